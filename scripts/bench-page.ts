import { createServer } from "node:net";
import { chromium, type Browser, type ElementHandle, type Page } from "@playwright/test";
import { preview } from "vite";
import { ROOT } from "./bench-bundle";

/*
 * What the browser benches share: the Chromium they drive, a preview server of a build, medians,
 * and the timing of a keystroke to the summary's update.
 * Functions passed to page.evaluate must not be named inside (no `const f = () => ...`): tsx keeps
 * names with a helper that does not exist in the page.
 */

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function withPreview<T>(dist: string, run: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: "warn", build: { outDir: dist }, preview: { host: "127.0.0.1", port, strictPort: true, open: false } });
  try {
    return await run(`http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }
}

export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
}

/** What timeSummaryUpdate measures, in ms from the keystroke. */
export interface KeystrokeTiming {
  /** To the summary's text changing (React commits discrete events synchronously). */
  update: number;
  /** To the next animation frame: before that frame's style, layout and paint. */
  frame: number;
  /**
   * To the next paint, as the browser's Event Timing reports it (what INP is made of): the
   * keystroke's interaction duration, in steps of 8 ms. The browser reports none under 16 ms, so
   * 16 stands for "at most 16".
   */
  paint: number;
}

/** How long after the next frame a keystroke's Event Timing entry may take to arrive. */
const PAINT_ENTRY_WAIT_MS = 1_000;

/**
 * Arms a watch on the summary, then lets `act` fire one keystroke: resolves with the time from that
 * keystroke to the summary's text changing, to the next animation frame and to the next paint.
 */
export async function timeSummaryUpdate(page: Page, summary: ElementHandle, timeoutMs: number, act: () => Promise<void>): Promise<KeystrokeTiming> {
  const armed = page.evaluate(
    ([element, timeoutMs, paintWaitMs]) =>
      new Promise<KeystrokeTiming>((resolve, reject) => {
        const before = element.textContent;
        const armedAt = performance.now();
        let start = Number.NaN;
        let paint = 0;
        const timing = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEventTiming[]) {
            if (entry.interactionId > 0 && entry.startTime >= armedAt) paint = Math.max(paint, entry.duration);
          }
        });
        // durationThreshold is missing from TypeScript's DOM types; 16 is the least the browser takes.
        timing.observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
        window.addEventListener("input", () => (start = performance.now()), { capture: true, once: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          timing.disconnect();
          reject(new Error(`the summary did not change within ${timeoutMs} ms of a keystroke`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (element.textContent === before) return;
          const update = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const frame = performance.now() - start;
            const waitUntil = performance.now() + paintWaitMs;
            const poll = setInterval(() => {
              if (paint === 0 && performance.now() < waitUntil) return;
              clearInterval(poll);
              timing.disconnect();
              resolve({ update, frame, paint: Math.max(paint, 16) });
            }, 10);
          });
        });
        observer.observe(element, { subtree: true, childList: true, characterData: true });
      }),
    [summary, timeoutMs, PAINT_ENTRY_WAIT_MS] as const,
  );
  await act();
  return armed;
}
