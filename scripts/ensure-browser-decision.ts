/**
 * Which browser the end-to-end tests drive, and what to install when there is none: the decision
 * alone, from facts gathered about the machine, so it can be tested without installing anything.
 * `ensure-browser.ts` gathers the facts, carries out the action, and asks again.
 */

/** Debian's and Ubuntu's Chromium; Playwright drives it when no CHROMIUM_PATH is set. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's headless shell of the same Chromium (package chromium-headless-shell), which Playwright
 * itself drives for headless tests: the end-to-end suite takes a fifth less time in it than in the
 * full browser, so it comes first when it is there.
 */
export const SYSTEM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** Installed with Chromium where the distribution has it; a distribution without it still gets Chromium. */
const OPTIONAL_PACKAGES = ["chromium-headless-shell"] as const;

/** The print test reads the PDF Chromium writes with these two (Debian's poppler-utils). */
export const PDF_TOOLS = ["pdftotext", "pdfinfo"] as const;

export interface BrowserFacts {
  /** CHROMIUM_PATH as set in the environment, if at all. */
  chromiumPathEnv: string | undefined;
  /** Whether a path names an existing file. */
  exists: (path: string) => boolean;
  /** Whether Playwright's own Chromium (`npx playwright install chromium`) is on disk. */
  managedBrowserInstalled: boolean;
  /** Whether pdftotext and pdfinfo are both on the PATH. */
  pdfToolsPresent: boolean;
  isRoot: boolean;
  aptGetPresent: boolean;
  /** What was tried already in this run: nothing is tried twice. */
  tried: ReadonlySet<"download" | "apt">;
}

export type BrowserAction =
  /** A system Chromium at this path, or Playwright's own (`path` null), and the PDF tools are there. */
  | { kind: "ready"; path: string | null }
  | { kind: "download" }
  | { kind: "apt"; packages: string[]; optional: readonly string[] }
  /** One line that says what to install. */
  | { kind: "fail"; message: string };

const INSTALL_ADVICE =
  "install Chromium and poppler-utils (as root on Debian/Ubuntu: apt-get update && apt-get install -y chromium poppler-utils), or set CHROMIUM_PATH to a Chromium binary";

/** The system Chromium the tests drive: CHROMIUM_PATH when set, else Debian's headless shell or Chromium when present; null for none. */
export function systemChromium(chromiumPathEnv: string | undefined, exists: (path: string) => boolean): string | null {
  if (chromiumPathEnv) return chromiumPathEnv;
  return [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM].find(exists) ?? null;
}

function browserPath(facts: BrowserFacts): string | null | undefined {
  const system = systemChromium(facts.chromiumPathEnv, facts.exists);
  if (system !== null && facts.exists(system)) return system;
  return facts.managedBrowserInstalled ? null : undefined;
}

export function decideBrowserAction(facts: BrowserFacts): BrowserAction {
  const { chromiumPathEnv, exists, isRoot, aptGetPresent, tried } = facts;
  // A path the admin named and mistyped is said, not silently swapped for another browser.
  if (chromiumPathEnv && !exists(chromiumPathEnv)) {
    return { kind: "fail", message: `CHROMIUM_PATH is ${chromiumPathEnv}, which does not exist: point it at a Chromium binary, or unset it.` };
  }
  const canApt = isRoot && aptGetPresent && !tried.has("apt");
  const path = browserPath(facts);
  if (path !== undefined) {
    if (facts.pdfToolsPresent) return { kind: "ready", path };
    if (canApt) return { kind: "apt", packages: ["poppler-utils"], optional: [] };
    return { kind: "fail", message: `The print test needs ${PDF_TOOLS.join(" and ")}: install poppler-utils (as root on Debian/Ubuntu: apt-get install -y poppler-utils).` };
  }
  if (!tried.has("download")) return { kind: "download" };
  if (canApt) return { kind: "apt", packages: facts.pdfToolsPresent ? ["chromium"] : ["chromium", "poppler-utils"], optional: OPTIONAL_PACKAGES };
  return { kind: "fail", message: `No Chromium for the end-to-end tests, and Playwright could not download its own: ${INSTALL_ADVICE}.` };
}
