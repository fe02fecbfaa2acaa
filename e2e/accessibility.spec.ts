import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const STEPS = ["Network model", "Workload clusters", "Services", "Virtual network", "MOC cloud service", "Review"];
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

test.describe("390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the first step with its sticky Next, and the open summary sheet, have no axe violations, light and dark", async ({ page }) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Next: Workload clusters" })).toBeInViewport();
      await expectNoViolations(page, `Network model, empty plan (phone, ${scheme})`);
      await page.getByRole("complementary", { name: "Plan summary" }).getByRole("button", { name: /^Plan summary/ }).click();
      await expect(page.getByRole("region", { name: "Plan summary" })).toBeVisible();
      await expectNoViolations(page, `summary sheet open (phone, ${scheme})`);
    }
  });
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("Review, address map included, has no axe violations, and free space is drawn in the dark paper colour", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Load example" }).click();
    await openStep(page, "Review");
    const bar = page.getByRole("list", { name: /from network to broadcast address/ });
    await expect(bar).toBeVisible();
    const results = await new AxeBuilder({ page }).include("main").analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    const free = page.getByRole("list", { name: "Legend" }).getByRole("listitem").filter({ hasText: /^Free$/ }).locator("span");
    const [freeFill, pageFill] = await Promise.all([
      free.evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
      page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ]);
    expect(freeFill).not.toBe("rgb(255, 255, 255)");
    const fills = await bar.getByRole("listitem").evaluateAll((pieces) => pieces.map((piece) => getComputedStyle(piece).backgroundColor));
    expect(fills).not.toContain("rgb(255, 255, 255)");
    expect([freeFill, pageFill].every((fill) => /^rgb\((\d+), \1, \1\)$/.test(fill) && Number(fill.slice(4).split(",")[0]) < 64)).toBe(true);
  });

  test("the notice after opening a plan file, and the undo notice, have no axe violations", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Plan file to import").setInputFiles({ name: "jane.json", mimeType: "application/json", buffer: readFileSync(new URL("../public/examples/jane.json", import.meta.url)) });
    const opened = page.getByRole("status").filter({ hasText: "Opened the plan in “jane.json”" });
    await expect(opened).toBeVisible();
    // MUI's dark filled green (white on #388e3c) is 4.1:1; the theme's #2e7d32 is 5.1:1.
    expect(await opened.evaluate((notice) => getComputedStyle(notice).backgroundColor)).toBe("rgb(46, 125, 50)");
    expect((await new AxeBuilder({ page }).include(".MuiSnackbar-root").analyze()).violations.map((violation) => violation.id)).toEqual([]);

    await page.getByRole("button", { name: "Start over" }).click();
    await page.getByRole("dialog", { name: "Start over with an empty plan?" }).getByRole("button", { name: "Start over" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Started over with an empty plan." })).toBeVisible();
    expect((await new AxeBuilder({ page }).include(".MuiSnackbar-root").analyze()).violations.map((violation) => violation.id)).toEqual([]);
  });
});
