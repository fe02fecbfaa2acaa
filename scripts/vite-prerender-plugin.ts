import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { FirstScreen } from "../src/prerender/render-first-screen";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EMPTY_ROOT = '<div id="root"></div>';
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** The first screen, rendered by scripts/prerender-first-screen.ts in a process of its own. */
export function renderFirstScreen(entry: string): FirstScreen {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/prerender-first-screen.ts", entry], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as FirstScreen;
}

/**
 * index.html with the first screen in it: its markup in the root, its styles in the head, and the
 * entry script preloaded and started by the head's guard instead of a script tag.
 */
export function withFirstScreen(html: string, render: (entry: string) => FirstScreen): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry || !html.includes(EMPTY_ROOT)) throw new Error(`prerender-first-screen: index.html needs ${EMPTY_ROOT} and the entry's module script`);
  const screen = render(entry);
  return html
    .replace(ENTRY_SCRIPT, `<link rel="modulepreload" crossorigin href="${entry}">\n    <script>${screen.guard}</script>`)
    .replace("</head>", `  ${screen.style}\n  </head>`)
    .replace(EMPTY_ROOT, `<div id="root" data-prerendered>${screen.body}</div>`);
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
    transformIndexHtml: { order: "post", handler: (html) => withFirstScreen(html, renderFirstScreen) },
  };
}
