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

/**
 * Arms a watch on the summary, then lets `act` fire one input event: resolves with the time from
 * that event's dispatch to the summary's text changing (React commits discrete events
 * synchronously; the MutationObserver callback runs right after the commit) and to the next frame.
 */
export async function timeSummaryUpdate(page: Page, summary: ElementHandle, timeoutMs: number, act: () => Promise<void>): Promise<{ update: number; frame: number }> {
  const armed = page.evaluate(
    ([element, timeoutMs]) =>
      new Promise<{ update: number; frame: number }>((resolve, reject) => {
        const before = element.textContent;
        let start = Number.NaN;
        window.addEventListener("input", () => (start = performance.now()), { capture: true, once: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the summary did not change within ${timeoutMs} ms of a keystroke`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (element.textContent === before) return;
          const update = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ update, frame: performance.now() - start }));
        });
        observer.observe(element, { subtree: true, childList: true, characterData: true });
      }),
    [summary, timeoutMs] as const,
  );
  await act();
  return armed;
}
