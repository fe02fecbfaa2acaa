import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import jane from "../public/examples/jane.json";
import { createPlan } from "../src/planning/create-plan";
import { planInputSchema } from "../src/planning/plan-input-schema";
import { formatCount } from "../src/review/format";
import { stepHeadingId } from "../src/wizard/wizard-steps";
import { figure, type BudgetFigure } from "./bench-budget";
import { gzipSize } from "./bench-bundle";
import { median } from "./bench-page";

/**
 * Issue 13 section 2, cold start: from navigation (the page's time origin) until the first step
 * answers a click, and until the first figure of the example shows after "Load example", at full
 * speed and with the CPU slowed 4x (an admin's jump-host VM), beside the floor: a static page with
 * one button, served by the same server. Every load is a fresh browser context (no cache, no
 * stored draft). The conditions take turns within each round, so a burst of load elsewhere on the
 * machine hits them alike; the figures are medians of the rounds.
 */

export const INTERACTIVE_BUDGET_MS = 500;
export const INTERACTIVE_THROTTLED_BUDGET_MS = 1_200;
export const CPU_SLOWDOWNS = [1, 4] as const;
export const COLD_START_ROUNDS = 7;
const FLOOR_PAGE = "cold-start-floor.html";

/** The floor: a page that answers a click as soon as it is parsed. Nothing here can be faster. */
const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Floor</title></head>
  <body>
    <button type="button" aria-pressed="false">Answer</button>
    <script>
      const button = document.querySelector("button");
      button.addEventListener("click", () => button.setAttribute("aria-pressed", "true"));
    </script>
  </body>
</html>
`;

export function writeFloorPage(dist: string): void {
  writeFileSync(join(dist, FLOOR_PAGE), FLOOR_HTML);
}

/**
 * Runs before any script of the page. Records when the first click reaches the page (capture
 * phase) and the frame after it, and the frame after the loaded example's first figure shows: the
 * review step's heading in the page and the summary's total reading the example's.
 * A string, not a function: tsx would add a naming helper the page does not have.
 */
function probeScript(reviewHeadingId: string, exampleTotal: string): string {
  return `(() => {
  const probe = { clickFrame: NaN, figureFrame: NaN };
  window.__coldStart = probe;
  window.addEventListener("click", () => {
    if (Number.isNaN(probe.clickFrame)) requestAnimationFrame(() => { probe.clickFrame = performance.now(); });
  }, { capture: true });
  const figureShown = () =>
    document.getElementById(${JSON.stringify(reviewHeadingId)}) !== null &&
    document.querySelector('aside[aria-label="Plan summary"] dd')?.textContent === ${JSON.stringify(exampleTotal)};
  const observer = new MutationObserver(() => {
    if (!figureShown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { probe.figureFrame = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;
}

interface Probe {
  clickFrame: number;
  figureFrame: number;
}

export type Scenario = "floor" | "interactive" | "example";

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __coldStart: Probe }).__coldStart);

/** One cold load of one scenario at one CPU slowdown: milliseconds from navigation to the answer. */
export async function coldLoad(browser: Browser, origin: string, scenario: Scenario, slowdown: number, probe: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.goto(scenario === "floor" ? `${origin}${FLOOR_PAGE}` : origin, { waitUntil: "commit" });
    if (scenario === "floor") {
      const button = page.getByRole("button", { name: "Answer" });
      await button.click();
      await page.waitForFunction(() => document.querySelector("button")?.getAttribute("aria-pressed") === "true");
    } else if (scenario === "interactive") {
      const dhcp = page.getByRole("group", { name: "IP address assignment model" }).getByRole("radio", { name: "DHCP" });
      await dhcp.click();
      await page.waitForFunction(() => (document.querySelector('input[name="model"][value="dhcp"]') as HTMLInputElement | null)?.checked === true);
    } else {
      await page.getByRole("button", { name: "Load example" }).click();
      await page.waitForFunction(() => !Number.isNaN((window as unknown as { __coldStart: Probe }).__coldStart.figureFrame), undefined, { timeout: 60_000 });
    }
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { __coldStart: Probe }).__coldStart.clickFrame));
    const { clickFrame, figureFrame } = await readProbe(page);
    return scenario === "example" ? figureFrame : clickFrame;
  } finally {
    await context.close();
  }
}

/**
 * What the first step costs to show: the page is built with it in place (src/prerender/), so no
 * script runs before it shows; the price is the HTML's weight, gzipped as a server would send it.
 */
export function firstScreenHtml(dist: string): { gzipKb: number; hasFirstStep: boolean } {
  const html = readFileSync(join(dist, "index.html"));
  return { gzipKb: gzipSize(html) / 1024, hasFirstStep: html.toString("utf8").includes('name="model"') };
}

export interface ColdStart {
  /** Median milliseconds per scenario and CPU slowdown. */
  medians: Record<Scenario, Record<number, number>>;
  figures: BudgetFigure[];
  table: string[];
}

const SCENARIO_LABELS: Record<Scenario, string> = {
  floor: "Blank-page floor: a static page's button answers a click",
  interactive: "First step answers a click (DHCP radio)",
  example: "First figure after Load example (review + summary total)",
};

/** The page's probe, waiting for the example's total as the summary prints it. */
export function coldStartProbe(): string {
  return probeScript(stepHeadingId("review"), formatCount(createPlan(planInputSchema.parse(jane)).need.total));
}

/**
 * Writes the floor page into `dist` (served beside the app by the caller's server at `origin`)
 * and times every scenario at every slowdown, `rounds` times, in turns.
 */
export async function benchColdStart(browser: Browser, dist: string, origin: string, rounds = COLD_START_ROUNDS): Promise<ColdStart> {
  writeFloorPage(dist);
  const probe = coldStartProbe();
  const scenarios: Scenario[] = ["floor", "interactive", "example"];
  const samples = new Map<string, number[]>();
  // One untimed load of each, so the server's and the browser's own first-time costs are not in round 1.
  for (const scenario of scenarios) await coldLoad(browser, origin, scenario, 1, probe);
  for (let round = 0; round < rounds; round++) {
    for (const slowdown of CPU_SLOWDOWNS) {
      for (const scenario of scenarios) {
        const key = `${scenario}@${slowdown}`;
        samples.set(key, [...(samples.get(key) ?? []), await coldLoad(browser, origin, scenario, slowdown, probe)]);
      }
    }
  }
  const medians = Object.fromEntries(
    scenarios.map((scenario) => [scenario, Object.fromEntries(CPU_SLOWDOWNS.map((slowdown) => [slowdown, median(samples.get(`${scenario}@${slowdown}`) ?? [])]))]),
  ) as ColdStart["medians"];
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const ratio = (scenario: Scenario, slowdown: number) => `${((medians[scenario][slowdown] ?? NaN) / (medians.floor[slowdown] ?? NaN)).toFixed(1)}x`;
  const firstScreen = firstScreenHtml(dist);
  const table = [
    ...scenarios.map(
      (scenario) =>
        `${SCENARIO_LABELS[scenario].padEnd(58)} ${CPU_SLOWDOWNS.map((slowdown) => `${slowdown}x CPU: ${ms(medians[scenario][slowdown] ?? NaN).padStart(7)} (${ratio(scenario, slowdown)} floor)`).join("   ")}`,
    ),
    `index.html: ${firstScreen.gzipKb.toFixed(1)} KB gzipped, ${firstScreen.hasFirstStep ? "with the first step in place: no script runs before it shows" : "without the first step (not prerendered)"}.`,
  ];
  return {
    medians,
    table,
    figures: [
      figure(`Cold start to first step answering a click, 1x CPU (median of ${rounds})`, medians.interactive[1] ?? NaN, "ms", INTERACTIVE_BUDGET_MS),
      figure(`Cold start to first step answering a click, 4x CPU slowdown (median of ${rounds})`, medians.interactive[4] ?? NaN, "ms", INTERACTIVE_THROTTLED_BUDGET_MS),
    ],
  };
}
