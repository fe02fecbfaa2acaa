import { writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { dismissOpenedPlanNotice } from "./opened-plan-notice";
import { createPlan } from "../src/planning/create-plan";
import { generatePlanInput } from "../src/planning/generate-plan-input";
import { MAX_CLUSTERS, MAX_SERVICES, type PlanInput } from "../src/planning/plan-input-schema";
import { expectNoViolationsInBothSchemes } from "./axe-checks";

/**
 * A plan at the schema's limits, 1,000 workload clusters and 10,000 services, stays workable: the
 * Clusters and Services steps show their rows a page at a time, by role and label as ever.
 */

const big: PlanInput = generatePlanInput({ clusters: MAX_CLUSTERS, servicesPerCluster: MAX_SERVICES / MAX_CLUSTERS });

test.describe.configure({ timeout: 120_000 });

function summaryTotal(page: Page): Locator {
  return page
    .getByRole("complementary", { name: "Plan summary" })
    .getByRole("term")
    .filter({ hasText: /^Total IP addresses$/ })
    .locator("xpath=following-sibling::dd[1]");
}

function totalOf(input: PlanInput): string {
  return createPlan(input).need.total.toLocaleString("en-US");
}

async function importPlan(page: Page, path: string, input: PlanInput) {
  writeFileSync(path, JSON.stringify(input));
  await page.goto("/");
  await page.getByRole("button", { name: "Export" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: "Import plan file…" }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await dismissOpenedPlanNotice(page);
}

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

test("1,000 workload clusters open a page at a time, and the list takes edits, removals and additions up to the limit", async ({ page }, testInfo) => {
  await importPlan(page, testInfo.outputPath("big-plan.json"), big);
  await expect(summaryTotal(page)).toHaveText(totalOf(big));
  await openStep(page, "Workload clusters");
  const range = page.getByRole("status").filter({ hasText: /^Workload clusters/ });
  await expect(range).toHaveText("Workload clusters 1–25 of 1,000");
  await expect(page.getByRole("group", { name: "Workload cluster 25", exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Workload cluster 26", exact: true })).toHaveCount(0);

  const pages = page.getByRole("navigation", { name: "Workload cluster pages" });
  await pages.getByRole("button", { name: "Go to last page" }).click();
  await expect(range).toHaveText("Workload clusters 976–1,000 of 1,000");
  const last = page.getByRole("group", { name: "Workload cluster 1000", exact: true });
  await expect(last.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("cluster1000");

  await last.getByLabel("Worker nodes").fill("9");
  const edited: PlanInput = { ...big, clusters: big.clusters.map((cluster, index) => (index === 999 ? { ...cluster, workerNodes: 9 } : cluster)) };
  await expect(summaryTotal(page)).toHaveText(totalOf(edited));

  // At the limit there is nothing to add; one removed, one can be added again, on the page it lands on.
  const add = page.getByRole("button", { name: "Add workload cluster" });
  await expect(add).toHaveCount(0);
  await last.getByRole("button", { name: "Remove workload cluster 1000" }).click();
  await expect(range).toHaveText("Workload clusters 976–999 of 999");
  await add.click();
  await expect(range).toHaveText("Workload clusters 976–1,000 of 1,000");
  const added = page.getByRole("group", { name: "Workload cluster 1000", exact: true }).getByRole("textbox", { name: "Name", exact: true });
  await expect(added).toBeFocused();
  // Rows off screen skip layout and paint (content-visibility): the focused one is drawn where the admin sees it.
  await expect(added).toBeInViewport();
  await expect(add).toHaveCount(0);
});

test("on a plan at the limits, a key typed just before the page is left is kept", async ({ page }, testInfo) => {
  await importPlan(page, testInfo.outputPath("big-plan.json"), big);
  await openStep(page, "Workload clusters");
  const name = page.getByRole("group", { name: "Workload cluster 1", exact: true }).getByRole("textbox", { name: "Name", exact: true });
  await name.press("End");
  // The planner's work follows the paint on a plan this large: leaving the page must not drop the key.
  await name.press("x");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Workload clusters" })).toBeVisible();
  await expect(name).toHaveValue("cluster1x");
});

test("10,000 services open a page at a time; the pages work by keyboard and Next finds an error on another page", async ({ page }, testInfo) => {
  await importPlan(page, testInfo.outputPath("big-plan.json"), big);
  await expect(summaryTotal(page)).toHaveText(totalOf(big));
  await openStep(page, "Services");
  const range = page.getByRole("status").filter({ hasText: /^Services/ });
  await expect(range).toHaveText("Services 1–25 of 10,000");
  const pages = page.getByRole("navigation", { name: "Service pages" });
  await pages.getByRole("button", { name: "Go to page 2" }).click();
  await expect(range).toHaveText("Services 26–50 of 10,000");
  await expect(page.getByRole("group", { name: "Service 26", exact: true }).getByRole("combobox", { name: "Cluster" })).toHaveValue("cluster3");

  await pages.getByRole("button", { name: "Go to next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(range).toHaveText("Services 51–75 of 10,000");
  // Tab from the pages goes on into the page's first service.
  await pages.getByRole("button", { name: "Go to last page" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("group", { name: "Service 51", exact: true }).getByRole("button", { name: "Remove service 51" })).toBeFocused();

  // The cluster is chosen from a list that narrows as one types.
  const service60 = page.getByRole("group", { name: "Service 60", exact: true });
  const cluster = service60.getByRole("combobox", { name: "Cluster" });
  await cluster.fill("cluster999");
  await page.getByRole("option", { name: "cluster999", exact: true }).click();
  await expect(cluster).toHaveValue("cluster999");

  const name = service60.getByRole("textbox", { name: "Name", exact: true });
  await name.fill("");
  await pages.getByRole("button", { name: "Go to first page" }).click();
  await expect(range).toHaveText("Services 1–25 of 10,000");
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(range).toHaveText("Services 51–75 of 10,000");
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter a name for service 60/);
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "390 px phone", width: 390, height: 844 },
]) {
  test(`paged Clusters and Services steps have no axe violations in light and dark, and no sideways scroll (${viewport.name})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await importPlan(page, testInfo.outputPath("plan.json"), generatePlanInput({ clusters: 60, servicesPerCluster: 1 }));
    for (const [step, pages] of [
      ["Workload clusters", "Workload cluster pages"],
      ["Services", "Service pages"],
    ] as const) {
      await openStep(page, step);
      await page.getByRole("navigation", { name: pages }).getByRole("button", { name: "Go to page 2" }).click();
      await expect(page.getByRole("status").filter({ hasText: new RegExp(`^${step}`) })).toHaveText(`${step} 26–50 of 60`);
      await expectNoViolationsInBothSchemes(page, `${step}, page 2 (${viewport.name})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll on ${step}`).toBeLessThanOrEqual(0);
    }
  });
}
