import { Window } from "happy-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EARLY_FOCUS_STYLE_ID, EARLY_INPUT_GLOBAL, type EarlyInput } from "../app/early-input";
import { firstScreenGuard, type GuardFacts } from "./first-screen-guard";

const NARROW = "(max-width:899.95px)";
const REDUCED = "(prefers-reduced-motion: reduce)";
const ENTRY = "./assets/index-abc.js";
const PRELOADS = [ENTRY, "./assets/network-model-step-abc.js"];
const FACTS: GuardFacts = { entry: ENTRY, preloads: PRELOADS, draftKey: "draft", modeKey: "mode", staleMedia: [NARROW, REDUCED] };
const SCREEN = '<div id="root" data-prerendered><form><input type="radio" name="model" value="dhcp"><button type="submit">Next</button></form></div><button id="outside">Out</button>';

/** A page of its own for each test: the guard's listeners stay on the document it ran in. */
let page: Window;
let loadEntry: ReturnType<typeof vi.fn>;

beforeEach(() => {
  // The only script the page runs is the guard, which the build writes: nothing from outside.
  const settings = { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true };
  page = new Window({ url: "http://localhost/", width: 1280, height: 900, settings });
  page.document.body.innerHTML = SCREEN;
  media([]);
  loadEntry = vi.fn();
});

/** The browser's media as the queries that match. */
function media(matching: string[]) {
  page.matchMedia = ((query: string) => ({ matches: matching.includes(query) })) as unknown as Window["matchMedia"];
}

/**
 * Runs the guard as the page does: an inline script in its head. Its import() of the entry is
 * recorded instead (Node's VM, under happy-dom, runs no import() of a page's script).
 */
function runGuard() {
  (page as unknown as { loadEntry: typeof loadEntry }).loadEntry = loadEntry;
  const script = page.document.createElement("script");
  script.textContent = firstScreenGuard(FACTS).replace("import(", "loadEntry(");
  page.document.head.append(script);
}

const html = () => page.document.documentElement;
const early = () => (page as unknown as Record<string, EarlyInput | undefined>)[EARLY_INPUT_GLOBAL];
const click = (selector: string) => {
  const event = new page.MouseEvent("click", { bubbles: true, cancelable: true });
  page.document.querySelector(selector)?.dispatchEvent(event);
  return event;
};
/** The modules the page has been told to fetch ahead. */
const preloaded = () => [...page.document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute("href"));
/** How often the entry was loaded, once the guard's timers of the moment have run. */
const entryLoads = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return loadEntry.mock.calls.filter(([url]) => url === ENTRY).length;
};

describe("the first-screen guard", () => {
  it("keeps the screen for a new visitor on a wide window, and does not start the app yet", async () => {
    runGuard();
    expect(html().getAttribute("data-first-screen")).toBe("fresh");
    expect(early()).toEqual({ queue: [], done: false });
    expect(page.document.getElementById(EARLY_FOCUS_STYLE_ID)?.textContent).toContain(":has(> input:focus-visible)");
    expect(await entryLoads()).toBe(0);
  });

  it("fetches none of the app's modules before the app starts", async () => {
    runGuard();
    page.document.dispatchEvent(new page.Event("DOMContentLoaded", { bubbles: true }));
    expect(await entryLoads()).toBe(0);
    expect(preloaded()).toEqual([]);
  });

  it.each([
    ["a saved draft", () => page.localStorage.setItem("draft", "{}")],
    ["a share link", () => (page.location.hash = "#v1.abc")],
    ["a chosen colour mode", () => page.localStorage.setItem("mode", "dark")],
    ["a narrow window", () => media([NARROW])],
    ["reduced motion", () => media([REDUCED])],
  ])("removes the screen and starts the app at once for %s", async (_, arrange) => {
    arrange();
    runGuard();
    expect(html().getAttribute("data-first-screen")).toBe("stale");
    expect(page.document.getElementById("root")?.childElementCount).toBe(0);
    expect(early()).toBeUndefined();
    expect(page.document.getElementById(EARLY_FOCUS_STYLE_ID)).toBeNull();
    expect(preloaded()).toEqual(PRELOADS);
    expect(await entryLoads()).toBe(1);
  });

  it("applies the system's dark scheme before the first paint", () => {
    media(["(prefers-color-scheme: dark)"]);
    runGuard();
    expect(html().hasAttribute("data-dark")).toBe(true);
  });

  it("holds a click in the screen from the page's handlers, records it, and starts the app", async () => {
    runGuard();
    const pageHandler = vi.fn();
    page.document.getElementById("root")?.addEventListener("click", pageHandler);

    const event = click("#root button");

    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(early()?.queue).toEqual([{ type: "click", element: page.document.querySelector("#root button") }]);
    await vi.waitFor(async () => expect(await entryLoads()).toBe(1));
    expect(preloaded()).toEqual(PRELOADS);
  });

  it("records a choice, lets clicks outside the screen be, and holds nothing once the app is up", () => {
    runGuard();
    const radio = page.document.querySelector("#root input");
    radio?.dispatchEvent(new page.Event("change", { bubbles: true }));
    expect(click("#outside").defaultPrevented).toBe(false);
    expect(early()?.queue).toEqual([{ type: "change", element: radio }]);

    const record = early();
    if (record) record.done = true;
    expect(click("#root button").defaultPrevented).toBe(false);
    expect(record?.queue).toHaveLength(1);
  });

  it("never lets the screen's form submit before the app is up", () => {
    runGuard();
    const submit = new page.Event("submit", { bubbles: true, cancelable: true });
    page.document.querySelector("form")?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});
