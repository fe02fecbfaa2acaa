import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
 * Legacy mode runs axe.run in the page itself. The default runs it in parts, one per frame, and
 * joins them in a new blank page with axe injected again: 2.5-3 times the cost of a scan, for
 * frames the app does not have. Same rules, same results here.
 */
export async function axeViolations(page: Page, { include, colourOnly = false }: { include?: string | undefined; colourOnly?: boolean } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode();
  if (include !== undefined) builder = builder.include(include);
  if (colourOnly) builder = builder.withRules(COLOUR_RULES);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Every rule in the light scheme, then the colour rules in the dark one; the page is left light. */
export async function expectNoViolationsInBothSchemes(page: Page, where: string, include?: string): Promise<void> {
  await showScheme(page, "light");
  expect(await axeViolations(page, { include }), `axe violations on ${where}, light`).toEqual([]);
  await showScheme(page, "dark");
  expect(await axeViolations(page, { include, colourOnly: true }), `axe violations on ${where}, dark`).toEqual([]);
  await showScheme(page, "light");
}
