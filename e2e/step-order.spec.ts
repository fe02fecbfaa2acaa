import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { planInputSchema } from "../src/planning/plan-input-schema";
import { DRAFT_KEY, DRAFT_VERSION } from "../src/state/draft-storage";

/**
 * The steps were reordered (issue 9: what is deployed before where it goes). A draft saved before
 * holds its step as an index into the order of its time; it must open on the same step by name.
 */
const jane = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

const OLD_ORDER = ["Network model", "Virtual network", "MOC cloud service", "Workload clusters", "Services", "Review"];

for (const [index, step] of OLD_ORDER.entries()) {
  test(`a draft saved at old step index ${index} opens on ${step}`, async ({ page }) => {
    const draft = { state: { input: jane, step: index, revealAll: false, revealedSteps: [], touchedFields: [] }, version: DRAFT_VERSION };
    await page.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [DRAFT_KEY, JSON.stringify(draft)] as const);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
    await expect(page.getByRole("tab", { name: new RegExp(`^${step}`) })).toHaveAttribute("aria-selected", "true");
  });
}

test("a draft saved by name reopens on that step after a reload, whatever its place in the order", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: /^Services/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Services" })).toBeVisible();
  await expect.poll(() => page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}").state?.step, DRAFT_KEY)).toBe("services");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Services" })).toBeVisible();
});

// Written by the planner before the reorder (see src/state/share-link.frozen.test.ts): a link holds
// the plan, not a step, and opens on Review, which is still Review.
const OLD_JANE_LINK =
  "v1.NoBgNMBEBWCGB2BTAbkgLpMkCiAPNiATvLADaaQCMIAdLfQPQBMALJpRNQLphPgCc-XiHBNK-HqAhMAbDN4sesgOySoAY1IBXAM4FCsCpt36ARpEkBmMJUkBWMJa5rIAM0IB7eAXgATCqaw6gDWiH4WECws1gAcIFY2kuDxzkA.SOPFRD";

test("a share link made with the old step order opens on Review, and its steps by name hold its plan", async ({ page }) => {
  await page.goto(`/#${OLD_JANE_LINK}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.getByRole("tab", { name: /^Review/ })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: /^Workload clusters/ }).click();
  await expect(page.getByRole("group", { name: "Workload cluster 1", exact: true }).getByRole("textbox", { name: "Name", exact: true })).toHaveValue("clustera");
  await page.getByRole("tab", { name: /^Virtual network/ }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("janevnet");
});
