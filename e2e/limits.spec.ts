import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";

/**
 * Absurd counts, huge lists and broken links are refused with a message where the admin looks,
 * and the tab keeps working: the summary follows the next good value, the saved draft survives.
 */

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

function figure(scope: Locator, term: string): Locator {
  return scope.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

function summaryTotal(page: Page): Locator {
  return figure(page.getByRole("complementary", { name: "Plan summary" }), "Total IP addresses");
}

async function loadExample(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(summaryTotal(page)).toHaveText("32");
}

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

test("10^9 worker nodes are refused at the field, and the summary follows the fix", async ({ page }) => {
  await loadExample(page);
  await openStep(page, "Workload clusters");
  const workers = page.getByRole("group", { name: "Workload cluster 1", exact: true }).getByLabel("Worker nodes");
  await workers.fill("1000000000");
  await expect(workers).toHaveAttribute("aria-invalid", "true");
  await expect(workers).toHaveAccessibleDescription(/Enter at most 16,777,214/);
  // Neither a billion nodes nor the last good count: the figures say they leave the entry out.
  await expect(summaryTotal(page)).toHaveText("27 (incomplete)");

  await workers.fill("6");
  await expect(workers).not.toHaveAttribute("aria-invalid", "true");
  await expect(summaryTotal(page)).toHaveText("33");
  await openStep(page, "Review");
  await expect(page.getByRole("region", { name: "Itemised breakdown" }).getByText(/^33 IP addresses in total/)).toBeVisible();
});

test("more workload clusters than the planner takes are refused with a message when imported", async ({ page }, testInfo) => {
  await loadExample(page);
  const path = testInfo.outputPath("huge-plan.json");
  const cluster = { name: "c", controlPlaneNodes: 1, workerNodes: 1, nodePools: [] };
  writeFileSync(path, JSON.stringify({ ...jane, clusters: Array.from({ length: 1_001 }, () => cluster) }));
  await page.getByRole("button", { name: "Export" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: "Import plan file…" }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole("alert").filter({ hasText: "Plan at most 1,000 workload clusters" })).toContainText("Your plan is unchanged.");
  await expect(summaryTotal(page)).toHaveText("32");
});

/** Name, fragment, and the start of the message it must show. */
const BROKEN_LINKS: Array<[string, string, string]> = [
  ["garbage after a known version", "v1.garbage", "This link is damaged"],
  ["an unknown version", "v9.x", "This link was made by a newer version of the planner (v9)"],
  ["a count of 10^9 workers", encodePlanLink({ ...jane, clusters: [{ name: "big", controlPlaneNodes: 1, workerNodes: 1e9, nodePools: [] }] }), "This link is damaged"],
];

for (const [name, fragment, message] of BROKEN_LINKS) {
  test(`a link fragment with ${name} shows a message and leaves the draft intact`, async ({ page }) => {
    await loadExample(page);
    await openStep(page, "Virtual network");
    await page.getByLabel("Address prefix").fill("10.0.0.0/23");

    await page.goto(`/#${fragment}`);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(summaryTotal(page)).toHaveText("32");
    await page.goto("/");
    await openStep(page, "Virtual network");
    await expect(page.getByLabel("Address prefix")).toHaveValue("10.0.0.0/23");
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("janevnet");
  });
}
