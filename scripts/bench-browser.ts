import { existsSync } from "node:fs";
import { emptyArcDraft } from "../src/state/arc-draft";
import type { Browser, Page } from "@playwright/test";
import { generatePlanInput } from "../src/planning/generate-plan-input";
import { MAX_CLUSTERS, MAX_SERVICES, type PlanInput } from "../src/planning/plan-input-schema";
import { DRAFT_KEY, DRAFT_VERSION, type Draft } from "../src/state/draft-storage";
import { stepHeadingId, type StepId } from "../src/wizard/wizard-steps";
import { figure, type BudgetFigure } from "./bench-budget";
import { benchColdStart, COLD_START_ROUNDS } from "./bench-cold-start";
import { chromiumPath, launchChromium, median, timeSummaryUpdate, withPreview } from "./bench-page";

/**
 * The in-browser figures of issue "Quality bars", timed with performance.now() inside the page so
 * Playwright's round trips never count: the cold start (bench-cold-start.ts), typing in the address
 * prefix with a 50-cluster, 500-service plan loaded, and rendering that plan's review step.
 */

export const TYPING_BUDGET_MS = 16;
export const REVIEW_BUDGET_MS = 100;
const KEYSTROKES = 50;
const REVIEW_RENDERS = 15;
/** A keystroke that changes nothing on screen would otherwise wait forever. */
const UPDATE_TIMEOUT_MS = 2_000;
const PREFIX = "10.20.0.0/16";
/** A step of 500 services' forms is slow to open: wait for it, and say how slow. */
const STEP_OPEN_TIMEOUT_MS = 60_000;
/** The schema's limits, 1,000 workload clusters with 10 services each: the steps show them a page at a time. */
const LARGE_PLAN = { clusters: MAX_CLUSTERS, servicesPerCluster: MAX_SERVICES / MAX_CLUSTERS };
const LARGE_PLAN_KEYSTROKES = 20;

export interface BrowserBench {
  figures: BudgetFigure[];
  /** Figures without a budget, printed for context. */
  notes: string[];
}

/** The draft the store restores on load (zustand's persist format), open on the given step. */
function draftOf(input: PlanInput, step: StepId = "virtual-network"): string {
  const state: Draft = { platform: "aks-hci", input, step, revealAll: false, revealedSteps: [], touchedFields: [], arc: emptyArcDraft() };
  return JSON.stringify({ state, version: DRAFT_VERSION });
}

/**
 * Typing "9" after the prefix makes it invalid (/169) and Backspace makes it valid again, so every
 * keystroke changes the summary's error count. Only the typed characters are timed.
 */
async function benchTyping(page: Page): Promise<{ update: number; frame: number }> {
  const field = page.getByRole("textbox", { name: "Address prefix" });
  await field.fill(PREFIX);
  await field.press("End");
  const summary = await page.getByRole("complementary", { name: "Plan summary" }).elementHandle();
  if (!summary) throw new Error("no plan summary beside the form");
  const updates: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const timed = await timeSummaryUpdate(page, summary, UPDATE_TIMEOUT_MS, () => field.press("9"));
    updates.push(timed.update);
    frames.push(timed.frame);
    await timeSummaryUpdate(page, summary, UPDATE_TIMEOUT_MS, () => field.press("Backspace"));
  }
  return { update: median(updates), frame: median(frames) };
}

/**
 * Arms a watch for the element `id`, then clicks the tab: resolves with the time from the click's
 * dispatch to the element being in the page (React commits a step whole) and to the next frame.
 */
async function timeStepOpen(page: Page, tab: RegExp, id: string): Promise<{ render: number; frame: number }> {
  const armed = page.evaluate(
    ([headingId, timeoutMs]) =>
      new Promise<{ render: number; frame: number }>((resolve, reject) => {
        let start = Number.NaN;
        window.addEventListener("click", () => (start = performance.now()), { capture: true, once: true });
        const timer = setTimeout(() => reject(new Error(`${headingId} did not appear within ${timeoutMs} ms`)), timeoutMs);
        const observer = new MutationObserver(() => {
          if (!document.getElementById(headingId)) return;
          const render = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ render, frame: performance.now() - start }));
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
    [id, STEP_OPEN_TIMEOUT_MS] as const,
  );
  await page.getByRole("tab", { name: tab }).click();
  return armed;
}

/** The Review step opened from the (light) MOC cloud service step, again and again. */
async function benchReview(page: Page): Promise<{ render: number; frame: number }> {
  const renders: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i < REVIEW_RENDERS; i++) {
    await timeStepOpen(page, /^MOC cloud service/, stepHeadingId("cloud-service"));
    const timed = await timeStepOpen(page, /^Review/, stepHeadingId("review"));
    renders.push(timed.render);
    frames.push(timed.frame);
  }
  return { render: median(renders), frame: median(frames) };
}

/**
 * The plan at the schema's limits, opened on the (light) MOC cloud service step: how long the
 * Clusters and the Services step take to open, and a keystroke in a service's instances (each one
 * changes the VIP count, so the summary) to the summary updating.
 */
async function benchLargePlan(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const draft = draftOf(generatePlanInput(LARGE_PLAN), "cloud-service");
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DRAFT_KEY, draft] as const);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole("heading", { level: 2, name: "MOC cloud service" }).waitFor();
    const clusters = await timeStepOpen(page, /^Workload clusters/, stepHeadingId("clusters"));
    await timeStepOpen(page, /^MOC cloud service/, stepHeadingId("cloud-service"));
    const services = await timeStepOpen(page, /^Services/, stepHeadingId("services"));
    const field = page.getByRole("group", { name: "Service 1", exact: true }).getByRole("textbox", { name: "Instances" });
    await field.press("End");
    const summary = await page.getByRole("complementary", { name: "Plan summary" }).elementHandle();
    if (!summary) throw new Error("no plan summary beside the form");
    const updates: number[] = [];
    for (let i = 0; i < LARGE_PLAN_KEYSTROKES; i++) {
      updates.push((await timeSummaryUpdate(page, summary, UPDATE_TIMEOUT_MS, () => field.press("9"))).update);
      await timeSummaryUpdate(page, summary, UPDATE_TIMEOUT_MS, () => field.press("Backspace"));
    }
    const plan = `${MAX_CLUSTERS.toLocaleString("en-US")} clusters + ${MAX_SERVICES.toLocaleString("en-US")} services`;
    return [
      `${plan}, shown a page at a time: Clusters step opened in ${clusters.frame.toFixed(0)} ms, Services step in ${services.frame.toFixed(0)} ms (to the next frame; no budget; once).`,
      `${plan}: keystroke in a service to summary ${median(updates).toFixed(1)} ms median of ${LARGE_PLAN_KEYSTROKES} (no budget).`,
    ];
  } finally {
    await context.close();
  }
}

/** Null (with the reason printed by the caller) when there is no Chromium to drive. */
export async function benchBrowser(dist: string): Promise<BrowserBench | null> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) return null;
  const input = generatePlanInput({ clusters: 50, servicesPerCluster: 10 });
  let browser: Browser | null = null;
  try {
    const launched = await launchChromium(executablePath);
    browser = launched;
    const context = await launched.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DRAFT_KEY, draftOf(input)] as const);
    const page = await context.newPage();
    return await withPreview(dist, async (url) => {
      // First, while the machine is quietest and before anything else ran in this browser.
      const coldStart = await benchColdStart(launched, dist, url);
      await page.goto(url);
      await page.getByRole("textbox", { name: "Address prefix" }).waitFor();
      const total = await page.getByRole("complementary", { name: "Plan summary" }).getByRole("definition").first().innerText();
      const typing = await benchTyping(page);
      const review = await benchReview(page);
      const services = await timeStepOpen(page, /^Services/, stepHeadingId("services"));
      const large = await benchLargePlan(launched, url);
      return {
        figures: [
          ...coldStart.figures,
          figure("Keystroke to summary, 50 clusters + 500 services (median)", typing.update, "ms", TYPING_BUDGET_MS, 1),
          figure("Review step render, same plan (median)", review.render, "ms", REVIEW_BUDGET_MS, 1),
        ],
        notes: [
          `Cold start, from navigation to the frame after the answer, each load in a fresh context, median of ${COLD_START_ROUNDS} rounds:`,
          ...coldStart.table.map((line) => `  ${line}`),
          `Plan loaded through the saved draft: ${total} IP addresses in total.`,
          `Keystroke to the next animation frame: ${typing.frame.toFixed(1)} ms median of ${KEYSTROKES}.`,
          `Review click to the next animation frame: ${review.frame.toFixed(1)} ms median of ${REVIEW_RENDERS}.`,
          `Services step (500 services' forms) opened in ${services.render.toFixed(0)} ms (no budget; once).`,
          ...large,
        ],
      };
    });
  } finally {
    await browser?.close();
  }
}
