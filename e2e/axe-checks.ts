import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

declare global {
  interface Window {
    axe: typeof axe;
  }
}

export type Scheme = "light" | "dark";

/**
 * The axe rules whose outcome depends on colours. The colour scheme changes nothing else: MUI's
 * CSS variables switch on one attribute of <html>, the elements, names and layout stay the same.
 * So a page scanned in full in one scheme needs only these in the other, at under half the cost.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Follows the system's scheme, as the app does by default, and waits until the page shows it. */
export async function showScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator("html")).toHaveAttribute(`data-${scheme}`, "");
}

/**
 * Each violation as its rule and the elements it found, so a failure says where to look.
 * axe.run in the page itself, with axe put into the page once and kept there: the app is one
 * document, so every later scan of the same page reuses it. @axe-core/playwright sends and compiles
 * axe's 650 KB twice for every scan and runs it in parts, one per frame (the app has none): that
 * cost a third of the accessibility tests' time. Same axe-core, same rules, same results.
 */
export async function axeViolations(page: Page, { include, colourOnly = false }: { include?: string | undefined; colourOnly?: boolean } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ selector, rules }) => {
      const results = await window.axe.run(selector ?? document, rules === null ? {} : { runOnly: { type: "rule", values: rules } });
      return results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(" ")) }));
    },
    { selector: include ?? null, rules: colourOnly ? COLOUR_RULES : null },
  );
  return violations.map(({ id, targets }) => `${id}: ${targets.join(", ")}`);
}

/** Every rule in the light scheme, then the colour rules in the dark one; the page is left light. */
export async function expectNoViolationsInBothSchemes(page: Page, where: string, include?: string): Promise<void> {
  await showScheme(page, "light");
  expect(await axeViolations(page, { include }), `axe violations on ${where}, light`).toEqual([]);
  await showScheme(page, "dark");
  expect(await axeViolations(page, { include, colourOnly: true }), `axe violations on ${where}, dark`).toEqual([]);
  await showScheme(page, "light");
}
