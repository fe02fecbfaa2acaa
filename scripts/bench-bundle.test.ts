import { describe, expect, it } from "vitest";
import { budgetCells, figure, verdict } from "./bench-budget";
import { firstScreenGuard } from "../src/prerender/first-screen-guard";
import { firstLoadScripts } from "./bench-bundle";

describe("firstLoadScripts", () => {
  it("takes the entry script and every modulepreload of a built page, in order", () => {
    const html = `<head>
    <script type="module" crossorigin src="./assets/index-D-W-u-nk.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-WkwZ5CU-.js">
    <link rel="stylesheet" crossorigin href="./assets/index-x.css">
    <link rel="icon" href="data:," />
    <link rel="modulepreload" crossorigin href="./assets/Menu-BP6zCdYa.js">
  </head>`;
    expect(firstLoadScripts(html)).toEqual(["./assets/index-D-W-u-nk.js", "./assets/rolldown-runtime-WkwZ5CU-.js", "./assets/Menu-BP6zCdYa.js"]);
  });

  it("takes the modules the prerendered page's guard preloads as the app starts", () => {
    const modules = ["./assets/index-abc.js", "./assets/network-model-step-abc.js"];
    const guard = firstScreenGuard({ entry: modules[0] ?? "", preloads: modules, draftKey: "draft", modeKey: "mode", staleMedia: [] });
    expect(firstLoadScripts(`<head><script>${guard}</script></head>`)).toEqual(modules);
  });

  it("finds nothing to fetch in the offline page, whose script is inline", () => {
    expect(firstLoadScripts(`<script type="module" crossorigin>var e=1;</script>`)).toEqual([]);
  });
});

describe("budget figures", () => {
  it.each([
    [199.9, "PASS"],
    [200, "PASS"],
    [200.1, "OVER"],
  ] as const)("%s KB against 200 KB is %s", (value, expected) => {
    expect(verdict(figure("First load", value, "KB", 200, 1))).toBe(expected);
  });

  it("prints the figure, its budget and the verdict", () => {
    expect(budgetCells(figure("Share link, 50 clusters", 1209, "chars", 2000))).toEqual(["Share link, 50 clusters", "1,209 chars", "2,000 chars", "PASS"]);
  });
});
