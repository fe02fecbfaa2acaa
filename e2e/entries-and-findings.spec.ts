import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * What the admin sees is what the plan is: a count that does not read is an error everywhere (the
 * summary, the stepper, Review, page 1 of the paper copy, the script export) and stays as typed
 * across a reload; every finding leads to its field.
 */

function figure(scope: Locator, term: string): Locator {
  return scope.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

const summaryOf = (page: Page) => page.getByRole("complementary", { name: "Plan summary" });
const reviewFinding = (page: Page, field: string) => page.getByRole("region", { name: /^Errors and warnings/ }).getByRole("button", { name: field, exact: true });
const clusterCard = (page: Page, n: number) => page.getByRole("group", { name: `Workload cluster ${n}`, exact: true });

async function loadExample(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  const confirm = page.getByRole("dialog").getByRole("button", { name: "Load example" });
  if (await confirm.isVisible()) await confirm.click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
}

async function openStep(page: Page, name: RegExp) {
  await page.getByRole("tab", { name }).click();
}

/** Page 1 of the paper copy, as pdftotext reads it. */
async function printedPageOne(page: Page, path: string): Promise<string> {
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeVisible();
  writeFileSync(path, await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", path, "-"], { encoding: "utf8" });
}

test("an emptied count and 0 control plane nodes are errors everywhere, survive a reload as typed, and clear once fixed", async ({ page }, testInfo) => {
  await loadExample(page);
  const summary = summaryOf(page);
  await expect(figure(summary, "Total IP addresses")).toHaveText("32");

  await openStep(page, /^Workload clusters/);
  await clusterCard(page, 1).getByLabel("Worker nodes").fill("");
  await clusterCard(page, 2).getByLabel("Control plane nodes").fill("0");

  await expect(clusterCard(page, 1).getByLabel("Worker nodes")).toHaveAttribute("aria-invalid", "true");
  await expect(clusterCard(page, 2).getByLabel("Control plane nodes")).toHaveAttribute("aria-invalid", "true");
  await expect(figure(summary, "Errors")).toHaveText("2");
  await expect(figure(summary, "Total IP addresses")).toHaveText(/\(incomplete\)$/);
  await expect(summary.getByRole("note")).toContainText("not a number yet");
  await expect(page.getByRole("tab", { name: /^Workload clusters/ })).toHaveAccessibleName(/2 errors/);

  await openStep(page, /^Review/);
  await expect(page.getByRole("heading", { level: 2, name: "Errors and warnings (2 errors, 0 warnings)" })).toBeVisible();
  await expect(reviewFinding(page, "Workload cluster 1 (clustera) › Worker nodes")).toBeVisible();
  await expect(reviewFinding(page, "Workload cluster 2 (clusterb) › Control plane nodes")).toBeVisible();
  await expect(page.getByText("The deployment script is blocked.")).toBeVisible();
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem", { name: /^Download deployment script/ })).toBeDisabled();
  await page.keyboard.press("Escape");

  const pageOne = await printedPageOne(page, testInfo.outputPath("with-errors.pdf"));
  expect(pageOne).toContain("Not ready to deploy: 2 errors");
  expect(pageOne).toContain("Enter the number of worker nodes");
  expect(pageOne).toContain("Enter 1 or more");

  await page.reload();
  await openStep(page, /^Workload clusters/);
  await expect(clusterCard(page, 1).getByLabel("Worker nodes")).toHaveValue("");
  await expect(clusterCard(page, 1).getByLabel("Worker nodes")).toHaveAttribute("aria-invalid", "true");
  await expect(clusterCard(page, 2).getByLabel("Control plane nodes")).toHaveValue("0");
  await expect(figure(summaryOf(page), "Errors")).toHaveText("2");

  await clusterCard(page, 1).getByLabel("Worker nodes").fill("5");
  await clusterCard(page, 2).getByLabel("Control plane nodes").fill("1");
  await expect(figure(summaryOf(page), "Errors")).toHaveText("0");
  await expect(figure(summaryOf(page), "Total IP addresses")).toHaveText("32");
  await expect(page.getByRole("tab", { name: /^Workload clusters/ })).not.toHaveAccessibleName(/error/);
  await openStep(page, /^Review/);
  await expect(page.getByText("No errors or warnings.")).toBeVisible();
  await expect(page.getByText("The deployment script is blocked.")).toBeHidden();
  const cleanPageOne = await printedPageOne(page, testInfo.outputPath("fixed.pdf"));
  expect(cleanPageOne).not.toContain("Not ready to deploy");
});

test("a finding on Review and in the summary opens its step with the focus in its field", async ({ page }) => {
  await loadExample(page);
  await openStep(page, /^Workload clusters/);
  await clusterCard(page, 2).getByLabel("Worker nodes").fill("x");
  await openStep(page, /^Virtual network/);
  await page.getByLabel("Gateway").fill("10.9.9.9");
  await openStep(page, /^Review/);

  await reviewFinding(page, "Workload cluster 2 (clusterb) › Worker nodes").click();
  await expect(page.getByRole("heading", { level: 2, name: "Workload clusters" })).toBeVisible();
  await expect(clusterCard(page, 2).getByLabel("Worker nodes")).toBeFocused();

  // From the summary, by keyboard.
  const link = summaryOf(page).getByRole("button", { name: "Error in Virtual network › Gateway" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Virtual network" })).toBeVisible();
  await expect(page.getByLabel("Gateway")).toBeFocused();

  // A finding of the node pools as a whole leads to the pools.
  await openStep(page, /^Workload clusters/);
  await clusterCard(page, 2).getByLabel("Worker nodes").fill("3");
  await clusterCard(page, 1).getByRole("button", { name: "Add node pool" }).click();
  await clusterCard(page, 1).getByLabel("Node count").fill("2");
  await clusterCard(page, 1).getByLabel("Node count").blur();
  await openStep(page, /^Review/);
  await reviewFinding(page, "Workload cluster 1 (clustera) › Node pools").click();
  await expect(page.getByRole("group", { name: "Node pools of workload cluster 1" })).toBeFocused();
  await expect(page.getByRole("group", { name: "Node pools of workload cluster 1" })).toContainText("hold 2 worker nodes, but the cluster has 5");
});
