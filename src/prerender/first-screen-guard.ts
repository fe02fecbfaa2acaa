import { z } from "zod/mini";
import { EARLY_FOCUS_STYLE_ID, EARLY_INPUT_GLOBAL } from "../app/early-input";

/** What the guard needs to know about the page: all of it comes from the app's own constants. */
export interface GuardFacts {
  /** The entry script's URL as index.html names it. */
  entry: string;
  /** The modules the app needs first (the entry and the opening step's chunks), fetched together as it starts. */
  preloads: readonly string[];
  /** localStorage keys: the saved draft, and MUI's colour mode. */
  draftKey: string;
  modeKey: string;
  /** Media queries under which the app's first render differs from the prerendered screen. */
  staleMedia: readonly string[];
}

/** Where the guard names the first load's modules, so that a reader of the built page finds them. */
const FIRST_LOAD_DECLARATION = "const firstLoad = ";

/** The modules the guard in a built page fetches as the app starts (none for a page without one). */
export function guardFirstLoad(indexHtml: string): string[] {
  const start = indexHtml.indexOf(FIRST_LOAD_DECLARATION);
  if (start < 0) return [];
  const list = indexHtml.slice(start + FIRST_LOAD_DECLARATION.length, indexHtml.indexOf(";", start));
  return z.array(z.string()).parse(JSON.parse(list));
}

/** How long after the page has loaded the app starts on its own, when the admin has not touched it yet. */
export const BOOT_AFTER_LOAD_MS = 1_000;

/** The first screen's radios show the keyboard's focus before the app's script marks it (see EARLY_FOCUS_STYLE_ID). */
const EARLY_FOCUS_RULE = ".MuiButtonBase-root:has(> input:focus-visible) { outline: 2px solid var(--mui-palette-primary-main); outline-offset: 2px; }";

/** Hides a prerendered screen that is not this visitor's until the app replaces it. */
export const GUARD_STYLE = `html[data-first-screen="stale"] #root[data-prerendered] { visibility: hidden; }`;

/**
 * The inline script in index.html's head, before the prerendered first screen is parsed. It:
 * - applies the colour mode before the first paint (MUI's own InitColorSchemeScript does the same);
 * - decides whether the prerendered screen is the one this visitor would see (no link, no draft,
 *   the system's colour mode, a desktop-wide window, motion allowed). If not, the screen stays
 *   hidden (GUARD_STYLE), is removed once parsed, and the app starts then, to draw the right one;
 * - if it is, the admin can use it before the app's script runs: choices (radios, checkboxes) and
 *   a plan file picked for import answer at once, as the browser's own; button and link clicks,
 *   and Enter in a choice, are held (kept from the app's handlers while it hydrates, so nothing
 *   happens twice). All of it is handed to the app once it is up (src/app/early-input.ts); a form
 *   never submits to the server. Radios show the keyboard's focus meanwhile (EARLY_FOCUS_RULE).
 *   The app's script starts at the first of: such an input (after
 *   its frame is painted), or a second after the page has loaded. Its evaluation and the
 *   hydration are then out of the way of the admin's first click.
 * A string, not a function: a bundler's helpers would not exist in the page.
 */
export function firstScreenGuard(facts: GuardFacts): string {
  const json = JSON.stringify;
  return `(() => {
  const html = document.documentElement;
  // The modules the app needs first, fetched together as it starts rather than one import after
  // another. Not as tags in the HTML: there, their fetches and compiles held back the first paint
  // and the first click on a 2-core machine, even when started once the screen was painted.
  ${FIRST_LOAD_DECLARATION}${json(facts.preloads)};
  let preloaded = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    for (const href of firstLoad) {
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.crossOrigin = "";
      link.href = href;
      document.head.append(link);
    }
  };
  const load = () => {
    preload();
    return import(${json(facts.entry)});
  };
  let fresh = false;
  try {
    const mode = localStorage.getItem(${json(facts.modeKey)}) || "system";
    const dark = mode === "dark" || (mode === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    html.setAttribute(dark ? "data-dark" : "data-light", "");
    fresh = location.hash.length <= 1 && localStorage.getItem(${json(facts.draftKey)}) === null && mode === "system" &&
      !${json(facts.staleMedia)}.some((query) => matchMedia(query).matches);
  } catch {
    fresh = false;
  }
  html.setAttribute("data-first-screen", fresh ? "fresh" : "stale");
  if (!fresh) {
    preload();
    // Gone as soon as it is parsed: nothing may act on a screen the app is about to replace.
    const start = () => {
      document.getElementById("root")?.replaceChildren();
      load();
    };
    if (document.readyState === "loading") addEventListener("DOMContentLoaded", start);
    else start();
    return;
  }
  const early = { queue: [], done: false };
  window[${json(EARLY_INPUT_GLOBAL)}] = early;
  const focus = document.createElement("style");
  focus.id = ${json(EARLY_FOCUS_STYLE_ID)};
  focus.textContent = ${json(EARLY_FOCUS_RULE)};
  document.head.append(focus);
  let booted = false;
  const boot = () => {
    if (booted) return;
    booted = true;
    load();
  };
  const bootAfterFrame = () => requestAnimationFrame(() => setTimeout(boot, 0));
  const inRoot = (element) => element && element.closest("#root");
  const record = (type, element) => {
    early.queue.push({ type, element });
    bootAfterFrame();
  };
  // Held: the app's own handlers are not to see it now, only when it is replayed to them.
  const hold = (event, type, element) => {
    event.preventDefault();
    event.stopPropagation();
    record(type, element);
  };
  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!early.done && inRoot(input) && ["radio", "checkbox", "file"].includes(input.type)) record("change", input);
  }, true);
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("button, a[href]") : null;
    if (!early.done && inRoot(target)) hold(event, "click", target);
  }, true);
  document.addEventListener("keydown", (event) => {
    if (early.done) return;
    const target = event.target;
    if (event.key === "Enter" && inRoot(target) && target.matches("input[type=radio], input[type=checkbox]")) hold(event, "enter", target);
    else bootAfterFrame();
  }, true);
  document.addEventListener("submit", (event) => {
    if (!early.done) event.preventDefault();
  }, true);
  addEventListener("load", () => setTimeout(boot, ${BOOT_AFTER_LOAD_MS}));
})();`;
}
