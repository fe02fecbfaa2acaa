import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { systemChromium } from "./scripts/ensure-browser-decision";

/**
 * The system Chromium (CHROMIUM_PATH, else Debian's) when there is one, else Playwright's own.
 * Nothing is thrown here when neither is installed: `npm test` runs scripts/ensure-browser.ts first,
 * which installs one or says in one line what to install.
 */
const executablePath = systemChromium(process.env.CHROMIUM_PATH || undefined, existsSync);

// Several builds can be tested side by side: E2E_DIST picks the built folder, E2E_PORT its port.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "e2e",
  // Side-by-side runs keep their traces apart: one results folder per built folder.
  outputDir: dist === "dist" ? "test-results" : `${dist}-results`,
  fullyParallel: true,
  // One worker a core; the timeouts leave room for a machine busy with other work.
  workers: 2,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: "list",
  // A failed test runs once more, traced, so the failure can be looked into; a test that then
  // passes still fails the run, so no retry hides a test that fails now and then. Tracing every
  // run instead took a quarter of the suite's time.
  retries: 1,
  failOnFlakyTests: true,
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    ...devices["Desktop Chrome"],
    // As an admin who turned animations off sees it: no transition to wait for (src/app/theme.ts).
    reducedMotion: "reduce",
    launchOptions: {
      ...(executablePath === null ? {} : { executablePath }),
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
