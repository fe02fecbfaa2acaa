import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const STEPS = ["Network model", "Virtual network", "MOC cloud service", "Clusters", "Services", "Review"];
const SCHEMES = ["light", "dark"] as const;
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "390 px phone", width: 390, height: 844 },
];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

for (const viewport of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    test.describe(`${viewport.name}, ${scheme}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme });

      test("every step of the example plan has no axe violations and no sideways scroll", async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto("/");
        await page.getByRole("button", { name: "Load example" }).click();
        for (const step of STEPS) {
          await openStep(page, step);
          await expectNoViolations(page, `${step} (${viewport.name}, ${scheme})`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `sideways scroll on ${step}`).toBeLessThanOrEqual(0);
        }
      });

      test("a step showing its errors and warnings has no axe violations", async ({ page }) => {
        await page.goto("/");
        await openStep(page, "Virtual network");
        await page.getByLabel("Address prefix").fill("10.0.0.0/27");
        await page.getByLabel("Gateway").fill("10.1.0.1");
        await page.getByRole("button", { name: /^Next/ }).click();
        await expect(page.getByLabel("Gateway")).toHaveAttribute("aria-invalid", "true");
        await expectNoViolations(page, `virtual network with errors (${viewport.name}, ${scheme})`);
      });
    });
  }
}
