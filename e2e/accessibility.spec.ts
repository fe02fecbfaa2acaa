import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, expectNoViolationsInBothSchemes } from "./axe-checks";

const STEPS = ["Network model", "Workload clusters", "Services", "Virtual network", "MOC cloud service", "Review"];
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "390 px phone", width: 390, height: 844 },
];

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

// Light and dark in one test per page: the scheme changes colours only, so the page is built once.
for (const viewport of VIEWPORTS) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("every step of the example plan has no axe violations in light and dark, and no sideways scroll", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("button", { name: "Load example" }).click();
      for (const step of STEPS) {
        await openStep(page, step);
        await expectNoViolationsInBothSchemes(page, `${step} (${viewport.name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scroll on ${step}`).toBeLessThanOrEqual(0);
      }
    });

    test("a step showing its errors and warnings has no axe violations in light and dark", async ({ page }) => {
      await page.goto("/");
      await openStep(page, "Virtual network");
      await page.getByLabel("Address prefix").fill("10.0.0.0/27");
      await page.getByLabel("Gateway").fill("10.1.0.1");
      await page.getByRole("button", { name: /^Next/ }).click();
      await expect(page.getByLabel("Gateway")).toHaveAttribute("aria-invalid", "true");
      await expectNoViolationsInBothSchemes(page, `virtual network with errors (${viewport.name})`);
    });
  });
}

test.describe("390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the first step with its sticky Next, and the open summary sheet, have no axe violations, light and dark", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Next: Workload clusters" })).toBeInViewport();
    await expectNoViolationsInBothSchemes(page, "Network model, empty plan (phone)");
    await page.getByRole("complementary", { name: "Plan summary" }).getByRole("button", { name: /^Plan summary/ }).click();
    await expect(page.getByRole("region", { name: "Plan summary" })).toBeVisible();
    await expectNoViolationsInBothSchemes(page, "summary sheet open (phone)");
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
    expect(await axeViolations(page, { include: "main" })).toEqual([]);

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
    const opened = page.getByRole("status").filter({ hasText: "Opened the plan in “jane.json”" });
    // The pointer on a notice holds it open (it hides itself after 4 s): on a busy machine the scan
    // can start later than that, so the pointer goes to the notice as soon as it shows.
    const held = opened.hover();
    await page.getByLabel("Plan file to import").setInputFiles({ name: "jane.json", mimeType: "application/json", buffer: readFileSync(new URL("../public/examples/jane.json", import.meta.url)) });
    await held;
    // MUI's dark filled green (white on #388e3c) is 4.1:1; the theme's #2e7d32 is 5.1:1.
    expect(await opened.evaluate((notice) => getComputedStyle(notice).backgroundColor)).toBe("rgb(46, 125, 50)");
    expect(await axeViolations(page, { include: ".MuiSnackbar-root" })).toEqual([]);

    await page.getByRole("button", { name: "Start over" }).click();
    const startedOver = page.getByRole("status").filter({ hasText: "Started over with an empty plan." });
    await page.getByRole("dialog", { name: "Start over with an empty plan?" }).getByRole("button", { name: "Start over" }).click();
    await startedOver.hover();
    expect(await axeViolations(page, { include: ".MuiSnackbar-root" })).toEqual([]);
  });
});
