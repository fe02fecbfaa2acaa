import createCache, { type EmotionCache } from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import { prerenderToNodeStream } from "react-dom/static";
import { AppRoot, firstRenderReady } from "../app/app-root";
import { firstScreenGuard, GUARD_STYLE } from "./first-screen-guard";
import { guardFacts } from "./guard-facts";

export interface FirstScreen {
  /** The root's markup, to hydrate. */
  body: string;
  /** One <style> element with every rule the markup uses, for the page's head. */
  style: string;
  /** The inline script that decides, before the screen is parsed, whether it is this visitor's. */
  guard: string;
}

async function text(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let html = "";
  for await (const chunk of stream) html += chunk.toString();
  return html;
}

/**
 * Emotion's rules as one element, in the order they were first used, tagged the way Emotion's
 * browser cache reads at start-up: it adopts the element and does not insert those rules again.
 */
function styleElement(cache: EmotionCache): string {
  const rules = Object.entries(cache.inserted).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const names = rules.map(([name]) => name).join(" ");
  return `<style data-emotion="${cache.key} ${names}">${GUARD_STYLE}${rules.map(([, css]) => css).join("")}</style>`;
}

/**
 * The first screen a new visitor sees, as HTML: what the build writes into index.html for the
 * browser to hydrate, with the head's script that loads the app from `entry` and fetches `preloads`
 * ahead of it. Runs in Node at
 * build time (scripts/prerender-first-screen.ts). One Emotion cache for the whole render, in
 * compat mode: the rules are collected for the head instead of a <style> element before each use,
 * which the HTML parser would have to apply one by one.
 */
export async function renderFirstScreen(entry: string, preloads: readonly string[]): Promise<FirstScreen> {
  await firstRenderReady;
  const cache = createCache({ key: "css" });
  cache.compat = true;
  const { prelude } = await prerenderToNodeStream(
    <CacheProvider value={cache}>
      <AppRoot />
    </CacheProvider>,
    // Every boundary in place: React would otherwise move large ones in with inline scripts, which
    // the page's Content-Security-Policy blocks.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const body = await text(prelude);
  return { body, style: styleElement(cache), guard: firstScreenGuard(guardFacts(entry, preloads)) };
}
