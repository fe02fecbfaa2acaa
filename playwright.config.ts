import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Playwright cannot download its own browsers here: drive the system Chromium (Debian's package),
 * or CHROMIUM_PATH when set.
 */
function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}: install one with "apt-get update && apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return candidate;
}

// Several builds can be tested side by side: E2E_DIST picks the built folder, E2E_PORT its port.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "e2e",
  // Side-by-side runs keep their traces apart: one results folder per built folder.
  outputDir: dist === "dist" ? "test-results" : `${dist}-results`,
  fullyParallel: true,
  workers: 2,
  reporter: "list",
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
