import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { arcPlanInputSchema, type ArcPlanInput } from "../src/planning/aks-arc/arc-input-schema";
import { createArcPlan } from "../src/planning/aks-arc/create-arc-plan";
import { arcScriptFile } from "../src/export/arc-export-files";
import { savedText } from "../src/export/download";
import { encodeArcLink } from "../src/share/arc-share-link";
import { encodePlanLink } from "../src/share/share-link";
import { planInputSchema } from "../src/planning/plan-input-schema";
import { axeViolations } from "./axe-checks";

/**
 * The second platform end to end: the vendor's worked example typed by hand through the AKS Arc
 * wizard, its review (16 / 3 / 19 and every breakdown line), both scripts as downloaded, a share
 * link round trip, the paper copy, and axe on every step.
 */

const example: ArcPlanInput = arcPlanInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane-aks-arc.json", import.meta.url), "utf8")));
const examplePlan = createArcPlan(example);

async function expectNoViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

async function chooseArc(page: Page) {
  await page.goto("/");
  await page.getByRole("radio", { name: "AKS Arc on Azure Local" }).check();
  await expect(page.getByRole("heading", { level: 2, name: "Logical network" })).toBeVisible();
}

function field(scope: Page | Locator, label: string | RegExp): Locator {
  return scope.getByRole("textbox", { name: label });
}

async function next(page: Page, step: string) {
  await page.getByRole("button", { name: `Next: ${step}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

/** The example as an admin types it, step by step, reaching each step by its name. */
async function typeExample(page: Page) {
  await chooseArc(page);
  await field(page, /^Name/).fill("aks-lnet");
  await field(page, /^VM switch name/).fill("ConvergedSwitch(compute_management)");
  await field(page, /^Address prefix/).fill("10.220.32.0/24");
  await field(page, /^Default gateway/).fill("10.220.32.1");
  await field(page, /^DNS server 1/).fill("10.220.32.10");
  await field(page, /^IP pool start/).fill("10.220.32.18");
  await field(page, /^IP pool end/).fill("10.220.32.37");

  await next(page, "Workload clusters");
  const shapes = [
    { name: "cluster-a", controlPlane: "3", nodes: "5" },
    { name: "cluster-b", controlPlane: "1", nodes: "3" },
  ];
  for (const [index, shape] of shapes.entries()) {
    await page.getByRole("button", { name: "Add workload cluster" }).click();
    const cluster = page.getByRole("group", { name: `Workload cluster ${index + 1}`, exact: true });
    await field(cluster, /^Name/).fill(shape.name);
    await cluster.getByRole("radio", { name: shape.controlPlane, exact: true }).check();
    await field(cluster.getByRole("group", { name: "Node pool 1", exact: true }), /^Node count/).fill(shape.nodes);
  }

  await next(page, "Load balancers");
  const balancer = page.getByRole("region", { name: "Load balancer of cluster cluster-a" });
  await balancer.getByRole("button", { name: "Add address range" }).click();
  await field(balancer, /^Address range 1/).fill("10.220.32.47-10.220.32.49");
  await balancer.getByRole("button", { name: "Add service to cluster cluster-a" }).click();
  const service = balancer.getByRole("group", { name: "Service 1", exact: true });
  await field(service, /^Service name/).fill("azure-vote-front");
  await field(service, /^Port/).fill("80");
  await field(service, /^Instances/).fill("3");

  await next(page, "Review");
}

async function download(page: Page, label: string): Promise<{ download: Download; text: string }> {
  const saved = page.waitForEvent("download");
  await page.getByRole("button", { name: label }).click();
  const file = await saved;
  return { download: file, text: readFileSync(await file.path(), "utf8") };
}

test("the vendor's example typed by hand reaches the review with 16, 3 and 19 and every breakdown line", async ({ page }) => {
  await typeExample(page);
  const review = page.getByRole("region", { name: "Review", exact: true });
  const totals = review.getByRole("definition");
  await expect(review.getByRole("term")).toHaveText(["in the IP pool", "for load balancers", "in all"]);
  await expect(totals).toHaveText(["16", "3", "19"]);
  await expect(page.getByRole("list", { name: "IP addresses to reserve" }).getByRole("listitem")).toHaveText(examplePlan.breakdown.map((line) => line.text));
  await expect(page.getByRole("heading", { name: /^Findings: 0 errors/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Ports to open/ })).toContainText("55000");
  await expect(review.getByText(/DNS servers must resolve the Azure Local cluster's FQDN/)).toBeVisible();

  const ps1 = await download(page, "Download PowerShell script (.ps1)");
  expect(ps1.download.suggestedFilename()).toBe("aks-lnet-deploy.ps1");
  const expectedPs1 = arcScriptFile(examplePlan, "ps1");
  expect(expectedPs1.ok && savedText(expectedPs1.file)).toBe(ps1.text);
  expect(ps1.text.startsWith("\uFEFF$ErrorActionPreference = 'Stop'")).toBe(true);
  expect(ps1.text).toContain("az stack-hci-vm network lnet create");
  expect(ps1.text).toContain("--ip-pool-start '10.220.32.18'");

  const sh = await download(page, "Download bash script (.sh)");
  expect(sh.download.suggestedFilename()).toBe("aks-lnet-deploy.sh");
  const expectedSh = arcScriptFile(examplePlan, "sh");
  expect(expectedSh.ok && savedText(expectedSh.file)).toBe(sh.text);
  expect(sh.text.startsWith("#!/usr/bin/env bash\n")).toBe(true);
  expect(sh.text).toContain("az k8s-runtime load-balancer create");

  const json = await download(page, "Download Plan file (JSON)");
  expect(arcPlanInputSchema.parse(JSON.parse(json.text))).toEqual(example);
  const csv = await download(page, "Download Address plan (CSV)");
  expect(csv.text).toMatch(/"IP pool \(node VMs, upgrade and control-plane IPs\)",10\.220\.32\.18,10\.220\.32\.37,20,16/);
  expect(csv.text).toMatch(/MetalLB load balancer of cluster cluster-a,10\.220\.32\.47,10\.220\.32\.49,3,3/);
});

test.describe("share links", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  // The example loaded, not typed: the test above types it, this one is about the link.
  test("the example's link opens the same plan in a fresh browser, the first platform's draft untouched", async ({ page, browser }) => {
    await chooseArc(page);
    await page.getByRole("button", { name: "Load example" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
    await page.getByRole("button", { name: "Copy share link" }).click();
    await expect(page.getByText("Share link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#arc1\./);
    expect(new URL(link).hash).toBe(`#${encodeArcLink(example)}`);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      const jane = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));
      // The fresh browser has a first-platform plan open: the Arc link must not replace it.
      await other.goto(`/#${encodePlanLink(jane)}`);
      await expect(other.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
      await other.goto(new URL(link).pathname + new URL(link).hash);
      await expect(other.getByRole("radio", { name: "AKS Arc on Azure Local" })).toBeChecked();
      const review = other.getByRole("region", { name: "Review", exact: true });
      await expect(review.getByRole("definition")).toHaveText(["16", "3", "19"]);
      await expect(other).not.toHaveURL(/#arc1/);
      await other.getByRole("radio", { name: "AKS on Azure Stack HCI and Windows Server" }).check();
      await expect(other.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
      await expect(other.getByText(/janevnet/).first()).toBeVisible();
    } finally {
      await fresh.close();
    }
  });
});

test("a damaged AKS Arc link says so and leaves the draft alone", async ({ page }) => {
  await page.goto(`/#${encodeArcLink(example).slice(0, 60)}`);
  await expect(page.getByText("This link could not be opened")).toBeVisible();
  await expect(page.getByRole("radio", { name: "AKS on Azure Stack HCI and Windows Server" })).toBeChecked();
});

test("switching platforms keeps each platform's plan", async ({ page }) => {
  await chooseArc(page);
  await field(page, /^Address prefix/).fill("10.220.32.0/24");
  await page.getByRole("radio", { name: "AKS on Azure Stack HCI and Windows Server" }).check();
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await page.getByRole("radio", { name: "AKS Arc on Azure Local" }).check();
  await expect(field(page, /^Address prefix/)).toHaveValue("10.220.32.0/24");
  await page.reload();
  await expect(page.getByRole("radio", { name: "AKS Arc on Azure Local" })).toBeChecked();
  await expect(field(page, /^Address prefix/)).toHaveValue("10.220.32.0/24");
});

test("a finding shows at its field with its fix, and its link on Review puts the focus there", async ({ page }) => {
  await chooseArc(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await page.getByRole("button", { name: /^1\. Logical network/ }).click();
  const poolEnd = field(page, /^IP pool end/);
  await poolEnd.fill("10.220.32.30");
  await expect(page.getByText("The IP pool holds 13 addresses but the clusters need 16: end it at 10.220.32.33 or later").first()).toBeVisible();
  await expect(poolEnd).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: /^4\. Review/ }).click();
  await page.getByRole("list", { name: "Findings" }).getByRole("button", { name: "Go to Logical network › IP pool end" }).click();
  await expect(poolEnd).toBeFocused();
});

test("every step of the example and the review have no axe violations", async ({ page }) => {
  await chooseArc(page);
  await expectNoViolations(page, "Logical network, empty");
  await page.getByRole("button", { name: "Load example" }).click();
  for (const step of ["1. Logical network", "2. Workload clusters", "3. Load balancers", "4. Review"]) {
    await page.getByRole("button", { name: new RegExp(`^${step.replace(".", "\\.")}`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: step.slice(3) })).toBeVisible();
    await expectNoViolations(page, step);
  }
});

test("the example prints within 2 A4 pages with its figures and requirements", async ({ page }, testInfo) => {
  await chooseArc(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeVisible();
  const path = testInfo.outputPath("aks-arc-A4.pdf");
  writeFileSync(path, await page.pdf({ format: "A4" }));
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))?.[1]);
  testInfo.annotations.push({ type: "pages", description: `A4: ${pages}` });
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(text).toMatch(/Network plan for logical network aks-lnet/);
  expect(text).toMatch(/In the IP pool:\s+16/);
  expect(text).toMatch(/For load balancers:\s+3/);
  expect(text).toMatch(/In all:\s+19/);
  expect(text).toMatch(/19 IP addresses in total/);
  expect(text).toMatch(/55000/);
  expect(text).toMatch(/resolve the Azure Local cluster's FQDN/);
  for (const screenOnly of ["Load example", "Plan summary", "Next"]) expect(text).not.toContain(screenOnly);
});
