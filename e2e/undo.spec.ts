import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DRAFT_KEY } from "../src/state/draft-storage";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

/** The draft the page saved (once its edits waiting for their save are in): the plan input exactly as the store holds it. */
async function savedInput(page: Page): Promise<unknown> {
  const text = await page.evaluate((key) => {
    window.dispatchEvent(new Event("pagehide"));
    return window.localStorage.getItem(key);
  }, DRAFT_KEY);
  return (JSON.parse(text ?? "{}") as { state?: { input?: unknown } }).state?.input;
}

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

test("Undo, reached by keyboard, restores a removed workload cluster exactly", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await openStep(page, "Workload clusters");
  const clusters = page.getByRole("group", { name: /^Workload cluster \d+$/ });
  const firstName = page.getByRole("group", { name: "Workload cluster 1", exact: true }).getByRole("textbox", { name: "Name", exact: true });
  await firstName.fill("edited");
  const before = await savedInput(page);

  await page.getByRole("button", { name: "Remove workload cluster 1" }).click();
  await expect(clusters).toHaveCount(1);
  const notice = page.getByRole("status").filter({ hasText: "Removed workload cluster 1 (edited)." });
  await expect(notice).toBeVisible();

  // From the step, Shift+Tab back to the notice: it sits before the main content.
  const undo = notice.getByRole("button", { name: "Undo" });
  for (let presses = 0; presses < 60 && !(await undo.evaluate((button) => button === document.activeElement)); presses++) {
    await page.keyboard.press("Shift+Tab");
  }
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(notice).toBeHidden();
  await expect(clusters).toHaveCount(2);
  await expect(firstName).toHaveValue("edited");
  expect(await savedInput(page)).toEqual(before);
});

test("Undo restores a plan replaced by a link exactly, and one replaced by Start over", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await openStep(page, "Virtual network");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("mine");
  await page.getByLabel("Address prefix").fill("10.0.0.0/23");
  const mine = await savedInput(page);

  const theirs: PlanInput = { ...jane, model: "dhcp", vnet: { ...jane.vnet, k8sNodeIpPoolStart: "", k8sNodeIpPoolEnd: "", dhcpScopeStart: "10.0.0.20", dhcpScopeEnd: "10.0.0.199" } };
  await page.goto(`/#${encodePlanLink(theirs)}`);
  const dialog = page.getByRole("dialog", { name: "Replace your current plan with the one in this link?" });
  await expect(dialog.getByRole("row", { name: /Network model/ })).toContainText("Static IPDHCP");
  await expect(dialog.getByRole("row", { name: /Virtual network/ })).toContainText("minejanevnet");
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect.poll(() => savedInput(page)).toEqual(theirs);

  await page.getByRole("status").filter({ hasText: "Opened the plan in the link in place of yours." }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => savedInput(page)).toEqual(mine);
  await openStep(page, "Virtual network");
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("mine");

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("dialog", { name: "Start over with an empty plan?" }).getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveCount(0);
  await page.getByRole("status").filter({ hasText: "Started over with an empty plan." }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => savedInput(page)).toEqual(mine);
});
