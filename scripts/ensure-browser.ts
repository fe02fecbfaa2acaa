/**
 * Makes sure the end-to-end tests have a Chromium and the print test its PDF tools, installing what
 * is missing where this machine allows it (`npm test` runs it first, so a fresh machine needs no
 * set-up of its own). Exits non-zero with one line saying what to install when it cannot.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "@playwright/test";
import { decideBrowserAction, PDF_TOOLS, type BrowserAction, type BrowserFacts } from "./ensure-browser-decision";

/** A download that hangs behind a firewall must not hold the run: Playwright's Chromium is about 170 MB. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function facts(tried: ReadonlySet<"download" | "apt">): BrowserFacts {
  return {
    chromiumPathEnv: process.env.CHROMIUM_PATH || undefined,
    exists: existsSync,
    managedBrowserInstalled: existsSync(chromium.executablePath()),
    pdfToolsPresent: PDF_TOOLS.every(onPath),
    isRoot: process.getuid?.() === 0,
    aptGetPresent: onPath("apt-get"),
    tried,
  };
}

function run(command: string, args: string[], options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): boolean {
  console.log(`ensure-browser: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status === 0;
}

function carryOut(action: Extract<BrowserAction, { kind: "download" | "apt" }>): void {
  if (action.kind === "download") {
    if (!run("npx", ["--no-install", "playwright", "install", "chromium"], { timeout: DOWNLOAD_TIMEOUT_MS })) {
      console.log("ensure-browser: Playwright could not download its Chromium; looking for another way.");
    }
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = (packages: readonly string[]) => run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env });
  if (!run("apt-get", ["update", "-qq"], { env }) || !install(action.packages)) return;
  if (action.optional.length > 0 && !install(action.optional)) {
    console.log(`ensure-browser: ${action.optional.join(" ")} is not to be had here; the tests drive Chromium itself.`);
  }
}

function main(): number {
  const tried = new Set<"download" | "apt">();
  for (;;) {
    const action = decideBrowserAction(facts(tried));
    if (action.kind === "ready") {
      console.log(`ensure-browser: end-to-end tests drive ${action.path ?? `Playwright's Chromium (${chromium.executablePath()})`}.`);
      return 0;
    }
    if (action.kind === "fail") {
      console.error(`ensure-browser: ${action.message}`);
      return 1;
    }
    tried.add(action.kind);
    carryOut(action);
  }
}

process.exitCode = main();
