/** Where the first-screen guard (src/prerender/first-screen-guard.ts) leaves its record on `window`. */
export const EARLY_INPUT_GLOBAL = "__earlyInput";

/**
 * The id of the style the guard adds for the first screen's radios: the browser's focus mark on the
 * span around a radio's hidden input, until the app marks focus itself. A `:has()` rule, costly to
 * keep on a page of thousands of fields (measured: 40 ms a keystroke on the largest plan), so it
 * goes when the app takes over.
 */
export const EARLY_FOCUS_STYLE_ID = "first-screen-focus";

/** What the admin did on the prerendered screen before the app was up (src/prerender/first-screen-guard.ts). */
export interface EarlyInput {
  queue: { type: "change" | "click" | "enter"; element: HTMLElement }[];
  /** Set once handed over: the guard then stops holding input. */
  done: boolean;
}

/** The guard's record, when the page opened on a prerendered screen this visitor can use. */
export function earlyInput(): EarlyInput | null {
  return (window as unknown as Record<string, EarlyInput | undefined>)[EARLY_INPUT_GLOBAL] ?? null;
}

/**
 * A choice the browser made before the app was up: the element shows it, the app's state does not.
 * Clearing it and clicking it again makes the same choice through the app's own handler. First a
 * change event, which the app does not handle for a choice: React then hydrates the part of the
 * page around the input at once (it may still be waiting for an idle moment), and from there on
 * sees the input's changes; the click alone would find it unhydrated and already chosen.
 */
function replayChoice(input: HTMLInputElement): void {
  if (input.type === "radio" && !input.checked) return;
  input.dispatchEvent(new Event("change", { bubbles: true }));
  const wanted = input.checked;
  input.checked = !wanted;
  input.click();
}

function replay({ type, element }: EarlyInput["queue"][number]): void {
  if (!element.isConnected) return;
  if (type === "change" && element instanceof HTMLInputElement && element.type === "file") element.dispatchEvent(new Event("change", { bubbles: true }));
  else if (type === "change" && element instanceof HTMLInputElement) replayChoice(element);
  else if (type === "click") element.click();
  else if (type === "enter") element.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
}

/**
 * The app marks the keyboard's focus from the next focus on: a radio focused before keeps the
 * browser's mark until the focus leaves it.
 */
function dropEarlyFocusStyle(): void {
  const style = document.getElementById(EARLY_FOCUS_STYLE_ID);
  const focused = document.activeElement;
  if (!style) return;
  if (focused instanceof HTMLInputElement && focused.matches(":focus-visible")) focused.addEventListener("blur", () => style.remove(), { once: true });
  else style.remove();
}

function replayAll(queue: EarlyInput["queue"]): void {
  const lastChange = new Map(queue.filter((item) => item.type === "change").map((item) => [item.element, item]));
  for (const item of queue) if (item.type !== "change" || lastChange.get(item.element) === item) replay(item);
}

/**
 * Hands the held input to the app as its hydration commits: from now on the app handles input
 * itself, and what was held is replayed in the order the admin gave it (a choice changed twice is
 * made once, as it stands). The replay waits for a task of its own: events dispatched while React
 * commits are not handled as the admin's would be.
 */
export function handOverEarlyInput(early: EarlyInput): void {
  early.done = true;
  dropEarlyFocusStyle();
  const queue = early.queue.splice(0);
  if (queue.length > 0) setTimeout(() => replayAll(queue), 0);
}
