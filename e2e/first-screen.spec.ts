import { expect, test, type Page } from "@playwright/test";

// A new visitor's first screen is in index.html (src/prerender/): it shows and takes choices before
// the app's script runs, which starts on the first input or a second after load. Reduced motion
// builds another theme, so these run as a visitor who never changed that setting.
test.use({ reducedMotion: "no-preference" });

const DRAFT_KEY = "aks-hci-planner:draft";

/** Every uncaught error in the page: a hydration mismatch is one (React reports it that way). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

const modelGroup = (page: Page) => page.getByRole("group", { name: "IP address assignment model" });
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });
/** Whether the app has taken over the screen yet: the guard's record says so (src/app/early-input.ts). */
const appIsUp = (page: Page) => page.evaluate(() => (window as unknown as { __earlyInput?: { done: boolean } }).__earlyInput?.done === true);

/**
 * Opens the page with the app's entry script held back until `release` is called: what a test does
 * meanwhile is done before the app is up, however fast or slow the machine.
 */
async function openWithAppHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "domcontentloaded" });
  return release;
}

test("the first step is in the page before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/AKS hybrid network planner/);
  await expect(heading(page, "Network model")).toBeVisible();
  await expect(modelGroup(page).getByRole("radio", { name: "Static IP (recommended)" })).toBeChecked();
  await expect(page.getByRole("button", { name: /^Next/ })).toBeVisible();
  await context.close();
});

test("a choice and Next made before the app is up are both kept, without an error", async ({ page }) => {
  const errors = pageErrors(page);
  const release = await openWithAppHeld(page);
  await modelGroup(page).getByRole("radio", { name: "DHCP" }).click();
  await expect(modelGroup(page).getByRole("radio", { name: "DHCP" })).toBeChecked();
  await page.getByRole("button", { name: /^Next/ }).click();
  expect(await appIsUp(page)).toBe(false);
  release();

  await expect(heading(page, "Workload clusters")).toBeVisible();
  await page.getByRole("button", { name: /^Back/ }).click();
  await expect(modelGroup(page).getByRole("radio", { name: "DHCP" })).toBeChecked();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY)).toContain('"model":"dhcp"');
  expect(errors).toEqual([]);
});

test("the app starts on its own a moment after load and hydrates the screen in place", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto("/");
  const dhcp = modelGroup(page).getByRole("radio", { name: "DHCP" });
  const before = await dhcp.elementHandle();
  await expect.poll(() => appIsUp(page)).toBe(true);
  // The plan summary comes with the app: the page is the app's now, and the same elements.
  await expect(page.getByRole("complementary", { name: "Plan summary" })).toBeVisible();
  expect(await before?.evaluate((element) => element === document.querySelector('input[name="model"][value="dhcp"]'))).toBe(true);
  await dhcp.click();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY)).toContain('"model":"dhcp"');
  expect(errors).toEqual([]);
});

test("Load example pressed before the app is up opens the example's review", async ({ page }) => {
  const release = await openWithAppHeld(page);
  await page.getByRole("button", { name: "Load example" }).click();
  release();
  await expect(heading(page, "Review")).toBeVisible();
  // Jane's plan, the reference doc's worked example: 32 addresses.
  await expect(page.getByRole("complementary", { name: "Plan summary" }).getByRole("definition").first()).toHaveText("32");
});

test("on a slow network, the first step's code arriving late, the screen hydrates in place and Load example pressed meanwhile lands", async ({ page }) => {
  const errors = pageErrors(page);
  let releaseStep = () => {};
  const stepHeld = new Promise<void>((resolve) => (releaseStep = resolve));
  await page.route(/\/assets\/network-model-step-[\w-]+\.js$/, async (route) => {
    await stepHeld;
    await route.continue();
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  // The app waits for the step's code to hydrate. The wait outlasts the app's idle clock, which once
  // started as the entry ran: by the hydration the page counted as idle, so its first render showed
  // the summary the prerendered screen has not. React threw the screen away, and the press with it.
  await page.waitForTimeout(3_000);
  expect(await appIsUp(page)).toBe(false);
  releaseStep();
  await expect(heading(page, "Review")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Plan summary" }).getByRole("definition").first()).toHaveText("32");
  expect(errors).toEqual([]);
});

test("a visitor with a saved draft sees the draft, never the new visitor's screen", async ({ page }) => {
  await page.goto("/");
  await modelGroup(page).getByRole("radio", { name: "DHCP" }).click();
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(heading(page, "Workload clusters")).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY)).toContain('"step":"clusters"');

  await page.reload({ waitUntil: "domcontentloaded" });
  await expect(page.locator("html")).toHaveAttribute("data-first-screen", "stale");
  await expect(heading(page, "Workload clusters")).toBeVisible();
  await expect(heading(page, "Network model")).toHaveCount(0);
});

test("a radio reached by keyboard shows its focus before and after the app is up", async ({ page }) => {
  const release = await openWithAppHeld(page);
  const choice = (name: string) => modelGroup(page).getByRole("radio", { name });
  const outline = (name: string) => choice(name).evaluate((input) => getComputedStyle(input.parentElement as Element).outlineStyle);
  // Tab stops at the group's chosen radio; the arrows move within the group.
  const staticModel = choice("Static IP (recommended)");
  for (let presses = 0; presses < 20 && !(await staticModel.evaluate((input) => input === document.activeElement)); presses += 1) await page.keyboard.press("Tab");
  await expect(staticModel).toBeFocused();
  expect(await outline("Static IP (recommended)")).toBe("solid");
  expect(await appIsUp(page)).toBe(false);
  release();
  await expect.poll(() => appIsUp(page)).toBe(true);
  expect(await outline("Static IP (recommended)")).toBe("solid");
  await page.keyboard.press("ArrowDown");
  await expect(choice("DHCP")).toBeFocused();
  await expect(choice("DHCP")).toBeChecked();
  expect(await outline("DHCP")).toBe("solid");
});

test("a dark system gets the dark scheme before the app is up", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", reducedMotion: "no-preference" });
  const page = await context.newPage();
  const release = await openWithAppHeld(page);
  await expect(page.locator("html")).toHaveAttribute("data-dark", "");
  expect(await appIsUp(page)).toBe(false);
  release();
  await context.close();
});
