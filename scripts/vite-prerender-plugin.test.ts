import { describe, expect, it } from "vitest";
import type { Rollup } from "vite";
import { renderFirstScreen, takeStylesheet, withFirstScreen } from "./vite-prerender-plugin";

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>AKS hybrid network planner</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
    <link rel="modulepreload" crossorigin href="./assets/network-model-step-abc.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const STYLESHEETS: Record<string, string> = { "assets/index-abc.css": ":root{--mui-spacing:8px}" };
const stylesheet = (file: string) => STYLESHEETS[file] ?? "";
const guardFor = (entry: string, preloads: readonly string[]) => ({ body: "<h2>Network model</h2>", style: "<style>h2{}</style>", guard: `load(${JSON.stringify([entry, preloads])})` });

describe("withFirstScreen", () => {
  it("puts the screen in the root, its style and the stylesheet in the head, and the entry and preloads behind the guard", () => {
    const html = withFirstScreen(INDEX, guardFor, stylesheet);
    expect(html).toContain('<div id="root" data-prerendered><h2>Network model</h2></div>');
    expect(html).toContain('<script>load(["./assets/index-abc.js",["./assets/index-abc.js","./assets/network-model-step-abc.js"]])</script>');
    expect(html).toContain("<style>:root{--mui-spacing:8px}</style>");
    expect(html).toMatch(/<style>h2\{\}<\/style>\n {2}<\/head>/);
    expect(html).not.toMatch(/<script type="module"|modulepreload|rel="stylesheet"/);
  });

  it("refuses a page it cannot fill rather than build one that never starts", () => {
    const render = () => ({ body: "", style: "", guard: "" });
    expect(() => withFirstScreen(INDEX.replace('<div id="root"></div>', "<main></main>"), render, stylesheet)).toThrow(/needs <div id="root"><\/div>/);
    expect(() => withFirstScreen(INDEX.replace(/<script[^\n]*<\/script>/, ""), render, stylesheet)).toThrow(/entry's module script/);
  });
});

describe("takeStylesheet", () => {
  const bundleWith = (source: string) => ({ "assets/index-abc.css": { type: "asset", source } }) as unknown as Rollup.OutputBundle;

  it("takes the stylesheet out of the bundle, since the page carries it", () => {
    const bundle = bundleWith(":root{}");
    expect(takeStylesheet(bundle, "assets/index-abc.css")).toBe(":root{}");
    expect(bundle).toEqual({});
  });

  it("refuses a stylesheet that would close the <style> element early, or one that is not there", () => {
    expect(() => takeStylesheet(bundleWith('a::after{content:"</style>"}'), "assets/index-abc.css")).toThrow(/cannot go into a <style> element/);
    expect(() => takeStylesheet(bundleWith(""), "assets/other.css")).toThrow(/not in the bundle/);
  });
});

describe("renderFirstScreen (the build's render, in its own process)", () => {
  it("draws the first step whole: no fallback, no boundary left to stream in, no inline script", () => {
    const screen = renderFirstScreen("./assets/index-abc.js", ["./assets/index-abc.js", "./assets/network-model-step-abc.js"]);
    expect(screen.body).toContain('id="wizard-heading-network-model"');
    expect(screen.body).toContain('name="model" value="dhcp"');
    expect(screen.body).not.toContain("Loading the step");
    expect(screen.body).not.toMatch(/<script|<template|<!--\$\?-->|<style/);
    expect(screen.style).toMatch(/^<style data-emotion="css [\w-]+( [\w-]+)+">/);
    expect(screen.guard).toContain('import("./assets/index-abc.js")');
    expect(screen.guard).toContain('["./assets/index-abc.js","./assets/network-model-step-abc.js"]');
    expect(screen.guard).toContain('"aks-hci-planner:draft"');
  });
});
