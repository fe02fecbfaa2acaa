import { expect, test, type Locator, type Page } from "@playwright/test";

/** A 390 x 844 phone (issue 9 section 3): the way forward, the app bar's icons and the summary sheet. */
test.use({ viewport: { width: 390, height: 844 } });

/** The element the screen shows at the centre of the locator is the locator's own, not something on top of it. */
async function expectOnTop(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, "the element has a box").not.toBeNull();
  if (!box) return;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("button")?.textContent ?? null, centre);
  expect(hit).toBe(await locator.textContent());
}

test("Next of step 1 is on the first screen, above the summary bar", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Network model" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Plan summary" })).toBeVisible();
  const next = page.getByRole("button", { name: "Next: Workload clusters" });
  const box = await next.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectOnTop(page, next);
  await next.click();
  await expect(page.getByRole("heading", { level: 2, name: "Workload clusters" })).toBeVisible();
});

test("the app bar's icon buttons keep their names and say them in a tooltip", async ({ page }) => {
  await page.goto("/");
  const actions = page.getByRole("group", { name: "Plan actions" });
  for (const name of ["Copy share link", "Print plan", "Export"]) {
    const button = actions.getByRole("button", { name, exact: true });
    await expect(button).toBeVisible();
    // Icons only: the words are not drawn, the button is about as wide as its icon.
    expect((await button.boundingBox())?.width ?? Infinity).toBeLessThan(70);
    await button.hover();
    await expect(page.getByRole("tooltip", { name })).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(page.getByRole("tooltip")).toHaveCount(0);
  }
  await page.keyboard.press("Tab");
  await actions.getByRole("button", { name: "Print plan", exact: true }).focus();
  await expect(page.getByRole("tooltip", { name: "Print plan" })).toBeVisible();
});

test("the summary sheet leaves the form in sight and closes when the step changes", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByRole("tab", { name: /^Virtual network/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Virtual network" })).toBeVisible();
  const bar = page.getByRole("complementary", { name: "Plan summary" });
  const toggle = bar.getByRole("button", { name: /^Plan summary: 32 addresses/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const sheet = await bar.boundingBox();
  // At most about half the screen, so the fields above it stay in sight.
  expect(sheet?.height ?? Infinity).toBeLessThanOrEqual(844 * 0.5 + 80);
  await expect(page.getByRole("region", { name: "Plan summary" })).toBeVisible();

  await page.getByRole("tab", { name: /^MOC cloud service/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "MOC cloud service" })).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: /^Next: Review/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});
