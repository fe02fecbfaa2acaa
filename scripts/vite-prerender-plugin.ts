import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Plugin, Rollup } from "vite";
import type { FirstScreen } from "../src/prerender/render-first-screen";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EMPTY_ROOT = '<div id="root"></div>';
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/;

/** The first screen, rendered by scripts/prerender-first-screen.ts in a process of its own. */
export function renderFirstScreen(entry: string, preloads: readonly string[]): FirstScreen {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/prerender-first-screen.ts", entry, ...preloads], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as FirstScreen;
}

type Render = typeof renderFirstScreen;
type OutputBundle = Rollup.OutputBundle;

/**
 * index.html with the first screen in it: its markup in the root, its styles in the head, and the
 * entry script started by the head's guard instead of a script tag. The modules to preload (the
 * entry and the opening step's chunks) are left to the guard, which fetches them once the screen
 * is painted. `stylesheet` reads the app's stylesheet, named by the page, so it comes in the page
 * itself: one request less in front of the first paint.
 */
export function withFirstScreen(html: string, render: Render, stylesheet: (file: string) => string): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry || !html.includes(EMPTY_ROOT)) throw new Error(`prerender-first-screen: index.html needs ${EMPTY_ROOT} and the entry's module script`);
  const preloads = [entry, ...[...html.matchAll(MODULE_PRELOAD)].map(([, href]) => href ?? "")];
  const screen = render(entry, preloads);
  const css = STYLESHEET.exec(html);
  const inlined = css ? html.replace(css[0], () => `<style>${stylesheet(css[1] ?? "")}</style>`) : html;
  return inlined
    .replace(MODULE_PRELOAD, "")
    .replace(ENTRY_SCRIPT, () => `<script>${screen.guard}</script>`)
    .replace("</head>", () => `  ${screen.style}\n  </head>`)
    .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered>${screen.body}</div>`);
}

/** The stylesheet's text, taken out of the bundle: the page carries it now. */
export function takeStylesheet(bundle: OutputBundle | undefined, file: string): string {
  const asset = bundle?.[file];
  if (!bundle || asset?.type !== "asset") throw new Error(`prerender-first-screen: ${file} is not in the bundle`);
  const text = typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source);
  if (/<\/style/i.test(text)) throw new Error(`prerender-first-screen: ${file} cannot go into a <style> element`);
  delete bundle[file];
  return text;
}

/**
 * Writes the first screen a new visitor sees into index.html: the page shows it as soon as the
 * HTML is parsed, and src/main.tsx hydrates it instead of drawing it again. The guard
 * (src/prerender/first-screen-guard.ts) starts the entry when the screen is not this visitor's,
 * on the admin's first input, or a moment after load.
 */
export function prerenderFirstScreen(): Plugin {
  return {
    name: "prerender-first-screen",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, context) => withFirstScreen(html, renderFirstScreen, (file) => takeStylesheet(context.bundle, file)),
    },
  };
}
