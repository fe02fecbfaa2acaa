import { describe, expect, it } from "vitest";
import { renderFirstScreen, withFirstScreen } from "./vite-prerender-plugin";

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>AKS hybrid network planner</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe("withFirstScreen", () => {
  it("puts the screen in the root, its style in the head, and the entry behind the guard", () => {
    const html = withFirstScreen(INDEX, (entry) => ({ body: "<h2>Network model</h2>", style: "<style>h2{}</style>", guard: `load(${JSON.stringify(entry)})` }));
    expect(html).toContain('<div id="root" data-prerendered><h2>Network model</h2></div>');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/index-abc.js">\n    <script>load("./assets/index-abc.js")</script>');
    expect(html).toMatch(/<style>h2\{\}<\/style>\n {2}<\/head>/);
    expect(html).not.toContain('<script type="module"');
  });

  it("refuses a page it cannot fill rather than build one that never starts", () => {
    const render = () => ({ body: "", style: "", guard: "" });
    expect(() => withFirstScreen(INDEX.replace('<div id="root"></div>', "<main></main>"), render)).toThrow(/needs <div id="root"><\/div>/);
    expect(() => withFirstScreen(INDEX.replace(/<script[^\n]*<\/script>/, ""), render)).toThrow(/entry's module script/);
  });
});

describe("renderFirstScreen (the build's render, in its own process)", () => {
  it("draws the first step whole: no fallback, no boundary left to stream in, no inline script", () => {
    const screen = renderFirstScreen("./assets/index-abc.js");
    expect(screen.body).toContain('id="wizard-heading-network-model"');
    expect(screen.body).toContain('name="model" value="dhcp"');
    expect(screen.body).not.toContain("Loading the step");
    expect(screen.body).not.toMatch(/<script|<template|<!--\$\?-->|<style/);
    expect(screen.style).toMatch(/^<style data-emotion="css [\w-]+( [\w-]+)+">/);
    expect(screen.guard).toContain('import("./assets/index-abc.js")');
    expect(screen.guard).toContain('"aks-hci-planner:draft"');
  });
});
