import { expect, test, type Page } from "@playwright/test";
import { dismissOpenedPlanNotice } from "./opened-plan-notice";
import { generatePlanInput } from "../src/planning/generate-plan-input";
import type { PlanInput } from "../src/planning/plan-input-schema";
import { expectNoViolationsInBothSchemes } from "./axe-checks";

/**
 * Reading a long plan (issue 9, section 4): 50 workload clusters and 200 services give 150+
 * breakdown lines. Review groups them per cluster, each group a disclosure button, the total and
 * split always in view, and a filter by cluster or service name narrows the groups.
 */

/** 50 clusters of 4 services; one service renamed so a service name picks out one cluster. */
function longPlan(): PlanInput {
  const input = generatePlanInput({ clusters: 50, servicesPerCluster: 4 });
  input.services = input.services.map((service) => (service.cluster === "cluster17" && service.name === "app2" ? { ...service, name: "payments" } : service));
  return input;
}

async function openLongPlan(page: Page) {
  await page.goto("/");
  await page.getByLabel("Plan file to import").setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(longPlan())) });
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await dismissOpenedPlanNotice(page);
}

const breakdown = (page: Page) => page.getByRole("region", { name: "Itemised breakdown" });
const clusterButton = (page: Page, name: string) => breakdown(page).getByRole("button", { name: new RegExp(`^${name}: `) });

test("50 clusters and 200 services: the review groups the breakdown per cluster, and collapse and filter work", async ({ page }) => {
  await openLongPlan(page);
  const groups = breakdown(page).getByRole("list", { name: "Workload clusters" }).getByRole("heading", { level: 4 });
  await expect(groups).toHaveCount(50);
  // More clusters than fit a screen start closed, one line each, with their subtotal.
  await expect(clusterButton(page, "cluster7")).toHaveAttribute("aria-expanded", "false");
  await expect(clusterButton(page, "cluster7")).toHaveText(/^cluster7: 12 addresses \(9 for nodes, 3 virtual IPs\)$/);
  await expect(breakdown(page).getByText(/for the worker nodes in cluster cluster7 /)).toBeHidden();
  const total = breakdown(page).getByText(/IP addresses in total/);
  await expect(total).toBeVisible();

  await clusterButton(page, "cluster7").click();
  await expect(clusterButton(page, "cluster7")).toHaveAttribute("aria-expanded", "true");
  await expect(breakdown(page).getByText(/^2 IP addresses for the worker nodes in cluster cluster7 /)).toBeVisible();
  // By keyboard too: Enter on the focused button closes it again.
  await clusterButton(page, "cluster7").focus();
  await page.keyboard.press("Enter");
  await expect(clusterButton(page, "cluster7")).toHaveAttribute("aria-expanded", "false");
  await expect(breakdown(page).getByText(/for the worker nodes in cluster cluster7 /)).toBeHidden();

  const filter = breakdown(page).getByRole("textbox", { name: "Filter by cluster or service name" });
  await filter.fill("cluster4");
  await expect(breakdown(page).getByRole("status")).toHaveText('11 of 50 workload clusters match "cluster4"');
  await expect(groups).toHaveCount(11);
  await expect(clusterButton(page, "cluster40")).toBeVisible();
  await expect(total).toBeVisible();

  // A service name finds its cluster; a handful of matches open by themselves.
  await filter.fill("PAYMENTS");
  await expect(groups).toHaveCount(1);
  await expect(clusterButton(page, "cluster17")).toHaveAttribute("aria-expanded", "true");
  await expect(breakdown(page).getByText(/for the Kubernetes services of cluster cluster17 \(.*payments/)).toBeVisible();
  await expect(total).toBeVisible();

  await filter.fill("");
  await expect(groups).toHaveCount(50);
  await breakdown(page).getByRole("button", { name: "Expand all" }).click();
  await expect(breakdown(page).getByRole("button", { expanded: true })).toHaveCount(50);
  await breakdown(page).getByRole("button", { name: "Collapse all" }).click();
  await expect(breakdown(page).getByRole("button", { expanded: true })).toHaveCount(0);
  // The whole review of this plan ran to 22,852 px before its breakdown was grouped (6,649 px after, at 1280 x 720).
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(10_000);
});

test("Review's summary shows its totals once: in the plan summary beside it, not again in a table of its own", async ({ page }) => {
  await openLongPlan(page);
  const summary = page.getByRole("complementary", { name: "Plan summary" });
  await expect(summary.getByRole("term").filter({ hasText: /^Total IP addresses$/ })).toHaveCount(1);
  await expect(page.getByRole("tabpanel").getByRole("term").filter({ hasText: /^Total IP addresses$/ })).toHaveCount(0);
});

test("the long review, a group open and the filter in use, has no axe violations in light and dark", async ({ page }) => {
  await openLongPlan(page);
  await clusterButton(page, "cluster3").click();
  await breakdown(page).getByRole("textbox", { name: "Filter by cluster or service name" }).fill("cluster3");
  await expect(breakdown(page).getByRole("status")).toHaveText('11 of 50 workload clusters match "cluster3"');
  await expectNoViolationsInBothSchemes(page, "the long review");
});
