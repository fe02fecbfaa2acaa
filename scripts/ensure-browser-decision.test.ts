import { describe, expect, it } from "vitest";
import { decideBrowserAction, systemChromium, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL, type BrowserFacts } from "./ensure-browser-decision";

/** A fresh Debian container as root: nothing installed, apt-get at hand. */
function machine(overrides: Partial<BrowserFacts> & { files?: string[] } = {}): BrowserFacts {
  const { files = [], ...rest } = overrides;
  return {
    chromiumPathEnv: undefined,
    exists: (path) => files.includes(path),
    managedBrowserInstalled: false,
    pdfToolsPresent: false,
    isRoot: true,
    aptGetPresent: true,
    tried: new Set(),
    ...rest,
  };
}

describe("decideBrowserAction", () => {
  it("drives the binary CHROMIUM_PATH names, before Debian's", () => {
    const facts = machine({ chromiumPathEnv: "/opt/chrome/chrome", files: ["/opt/chrome/chrome", SYSTEM_CHROMIUM], pdfToolsPresent: true });
    expect(decideBrowserAction(facts)).toEqual({ kind: "ready", path: "/opt/chrome/chrome" });
  });

  it("says so when CHROMIUM_PATH names nothing, rather than driving another browser", () => {
    const action = decideBrowserAction(machine({ chromiumPathEnv: "/opt/missing", files: [SYSTEM_CHROMIUM], pdfToolsPresent: true }));
    expect(action).toEqual({ kind: "fail", message: expect.stringContaining("CHROMIUM_PATH is /opt/missing, which does not exist") });
  });

  it("drives Debian's Chromium when CHROMIUM_PATH is not set", () => {
    expect(decideBrowserAction(machine({ files: [SYSTEM_CHROMIUM], pdfToolsPresent: true }))).toEqual({ kind: "ready", path: SYSTEM_CHROMIUM });
  });

  it("drives Debian's headless shell before its Chromium when both are there", () => {
    expect(decideBrowserAction(machine({ files: [SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL], pdfToolsPresent: true }))).toEqual({ kind: "ready", path: SYSTEM_HEADLESS_SHELL });
  });

  it("drives Playwright's own Chromium when it is there and no system one is", () => {
    expect(decideBrowserAction(machine({ managedBrowserInstalled: true, pdfToolsPresent: true }))).toEqual({ kind: "ready", path: null });
  });

  it("tries Playwright's download first when there is no browser at all", () => {
    expect(decideBrowserAction(machine())).toEqual({ kind: "download" });
  });

  it("installs Chromium and poppler-utils with apt-get, as root, once the download failed, and the headless shell where there is one", () => {
    const optional = ["chromium-headless-shell"];
    expect(decideBrowserAction(machine({ tried: new Set(["download"]) }))).toEqual({ kind: "apt", packages: ["chromium", "poppler-utils"], optional });
    expect(decideBrowserAction(machine({ tried: new Set(["download"]), pdfToolsPresent: true }))).toEqual({ kind: "apt", packages: ["chromium"], optional });
  });

  it("installs poppler-utils alone when Chromium is there but the PDF tools are not", () => {
    expect(decideBrowserAction(machine({ files: [SYSTEM_CHROMIUM] }))).toEqual({ kind: "apt", packages: ["poppler-utils"], optional: [] });
  });

  it.each([
    ["not root", { isRoot: false }],
    ["without apt-get", { aptGetPresent: false }],
    ["after apt-get did not bring Chromium", { tried: new Set(["download", "apt"] as const) }],
  ])("says in one line what to install when %s", (_name, overrides) => {
    const action = decideBrowserAction(machine({ tried: new Set(["download"]), ...overrides }));
    expect(action.kind).toBe("fail");
    if (action.kind !== "fail") return;
    expect(action.message).toContain("apt-get install -y chromium poppler-utils");
    expect(action.message).toContain("CHROMIUM_PATH");
    expect(action.message).not.toContain("\n");
  });

  it("says to install poppler-utils when a browser is there, the PDF tools are not and apt-get cannot help", () => {
    const action = decideBrowserAction(machine({ files: [SYSTEM_CHROMIUM], isRoot: false }));
    expect(action).toEqual({ kind: "fail", message: expect.stringContaining("install poppler-utils") });
  });

  it("never asks for the same step twice: every machine ends ready or failed", () => {
    for (const isRoot of [true, false]) {
      for (const aptGetPresent of [true, false]) {
        const tried = new Set<"download" | "apt">();
        let action = decideBrowserAction(machine({ isRoot, aptGetPresent, tried }));
        while (action.kind === "download" || action.kind === "apt") {
          expect(tried.has(action.kind)).toBe(false);
          tried.add(action.kind);
          action = decideBrowserAction(machine({ isRoot, aptGetPresent, tried }));
        }
        expect(action.kind).toBe("fail");
      }
    }
  });
});

describe("systemChromium", () => {
  it("is CHROMIUM_PATH when set, else Debian's headless shell or Chromium when present, else none", () => {
    expect(systemChromium("/opt/chrome/chrome", () => true)).toBe("/opt/chrome/chrome");
    expect(systemChromium(undefined, () => true)).toBe(SYSTEM_HEADLESS_SHELL);
    expect(systemChromium(undefined, (path) => path === SYSTEM_CHROMIUM)).toBe(SYSTEM_CHROMIUM);
    expect(systemChromium(undefined, () => false)).toBeNull();
  });
});
