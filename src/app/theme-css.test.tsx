// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { render } from "@testing-library/react";
import { ThemeProvider } from "@mui/material/styles";
import { describe, expect, it } from "vitest";
import { theme } from "./theme";
import { themeStyleSheet } from "./theme-css";

/** Each rule's declarations, whitespace and comments aside; stylis's `-webkit-` copies left out. */
function rulesOf(css: string): Array<[string, string[]]> {
  const bare = css.replace(/\/\*.*?\*\//gs, "");
  return [...bare.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => [
    selector!.replace(/\s+/g, ""),
    body!
      .split(";")
      .map((declaration) => declaration.replace(/\s+/g, ""))
      .filter((declaration) => declaration !== "" && !declaration.startsWith("-webkit-")),
  ]);
}

/** The CSS the theme provider injects when left to build the variables itself, as the page did. */
function injectedByProvider(): string {
  const { unmount } = render(<ThemeProvider theme={theme} defaultMode="system" />);
  const css = [...document.querySelectorAll("style[data-emotion]")].map((style) => style.textContent).join("");
  unmount();
  return css;
}

describe("the theme's static stylesheet", () => {
  it("is the committed file: after a theme change, run `npm run theme-css`", () => {
    // Vitest runs from the project root; Vite would hand a CSS import to its CSS pipeline, not as text.
    const committed = readFileSync("src/app/theme-vars.css", "utf8");
    expect(committed).toBe(themeStyleSheet(theme));
  });

  it("declares what the theme provider would inject, in its order, for both colour schemes", () => {
    const injected = rulesOf(injectedByProvider());
    expect(injected.map(([selector]) => selector)).toEqual([":root", ":root,[data-light]", "[data-dark]"]);
    expect(rulesOf(themeStyleSheet(theme))).toEqual(injected);
  });
});
