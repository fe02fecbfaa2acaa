import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DRAFT_KEY, DRAFT_VERSION } from "../src/state/draft-storage";
import { axeViolations } from "./axe-checks";

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

function nameField(page: Page) {
  return page.getByRole("textbox", { name: "Name", exact: true });
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, { include: "main" })).toEqual([]);
}

/** The stored draft, once the edits waiting for their save are saved (as when the page goes away). */
function storedText(page: Page): Promise<string | null> {
  return page.evaluate((key) => {
    window.dispatchEvent(new Event("pagehide"));
    return window.localStorage.getItem(key);
  }, DRAFT_KEY);
}

test("two tabs on one draft follow each other's edits, so neither edit is lost", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto("/");
    await openStep(page, "Virtual network");
  }

  await nameField(first).fill("janevnet");
  await expect(nameField(second)).toHaveValue("janevnet");
  await second.getByLabel("Virtual switch name").fill("External");
  await expect(first.getByLabel("Virtual switch name")).toHaveValue("External");
  await expect(nameField(first)).toHaveValue("janevnet");
  await first.getByLabel("Gateway").fill("10.0.0.1");

  // Whichever tab is reloaded, the saved draft holds all three edits.
  await second.reload();
  await openStep(second, "Virtual network");
  await expect(nameField(second)).toHaveValue("janevnet");
  await expect(second.getByLabel("Virtual switch name")).toHaveValue("External");
  await expect(second.getByLabel("Gateway")).toHaveValue("10.0.0.1");
  // Following is silent: no tab was told that anything was saved over.
  for (const page of [first, second]) {
    await expect(page.getByRole("alert").filter({ hasText: "This plan was changed in another tab" })).toHaveCount(0);
  }
});

test("storage that refuses every save says so once, and the plan keeps working in the tab", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/");
  await openStep(page, "Virtual network");
  await nameField(page).fill("janevnet");
  const notice = page.getByRole("alert").filter({ hasText: "Your changes are not being saved in this browser" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("copy the share link or download the plan file");
  await expectNoAxeViolations(page);

  // Closed with the keyboard, it stays closed through further edits that fail to save as well.
  await notice.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Enter");
  await expect(notice).toHaveCount(0);
  await page.getByLabel("Virtual switch name").fill("External");
  await page.getByLabel("Gateway").fill("10.0.0.1");
  await expect(nameField(page)).toHaveValue("janevnet");
  await expect(page.getByLabel("Gateway")).toHaveValue("10.0.0.1");
  await expect(notice).toHaveCount(0);
});

test("a draft of another version survives the page load untouched, and downloads as it was", async ({ page }) => {
  const old = JSON.stringify({ state: { plan: { vnet: "janevnet", clusters: 2 } }, version: DRAFT_VERSION + 1 });
  await page.goto("/");
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [DRAFT_KEY, old] as const);
  await page.reload();

  const notice = page.getByRole("status").filter({ hasText: "A saved draft could not be opened" });
  await expect(notice).toContainText("saved by a newer version of the planner");
  await expect(notice).toContainText("your first change saves over it");
  await expectNoAxeViolations(page);
  // Moving through the wizard is not a change of the plan: the old draft is still there, byte for byte.
  await openStep(page, "Virtual network");
  expect(await storedText(page)).toBe(old);

  const saved = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download old draft (.json)" }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("aks-hci-planner-saved-draft.json");
  expect(readFileSync(await download.path(), "utf8")).toBe(old);
  expect(await storedText(page)).toBe(old);

  // The admin's first change is the choice to save over it.
  await nameField(page).fill("newvnet");
  await expect(notice).toHaveCount(0);
  await expect.poll(() => storedText(page)).toContain('"name":"newvnet"');
});

test("a kept draft can be discarded with the keyboard", async ({ page }) => {
  await page.goto("/");
  await page.evaluate((key) => window.localStorage.setItem(key, "{not json"), DRAFT_KEY);
  await page.reload();
  const notice = page.getByRole("status").filter({ hasText: "A saved draft could not be opened" });
  await notice.getByRole("button", { name: "Discard old draft" }).focus();
  await page.keyboard.press("Enter");
  await expect(notice).toHaveCount(0);
  expect(await storedText(page)).toBeNull();
});
