import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";
import { expectNoViolationsInBothSchemes } from "./axe-checks";

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));
const janeDhcp: PlanInput = { ...jane, model: "dhcp", vnet: { ...jane.vnet, k8sNodeIpPoolStart: "", k8sNodeIpPoolEnd: "", dhcpScopeStart: "10.0.0.20", dhcpScopeEnd: "10.0.0.199" } };

async function openPlan(page: Page, input: PlanInput) {
  await page.goto(`/#${encodePlanLink(input)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
}

async function summaryFigure(page: Page, term: string): Promise<string> {
  const summary = page.getByRole("region", { name: "Plan summary" });
  return (await summary.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
}

async function exportItem(page: Page, name: string | RegExp) {
  await page.getByRole("button", { name: "Export" }).click();
  return page.getByRole("menu").getByRole("menuitem", { name });
}

async function downloadItem(page: Page, item: string): Promise<{ download: Download; text: string }> {
  const saved = page.waitForEvent("download");
  await (await exportItem(page, item)).click();
  const download = await saved;
  return { download, text: readFileSync(await download.path(), "utf8") };
}

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent("filechooser");
  await (await exportItem(page, "Import plan file…")).click();
  await (await chooser).setFiles(path);
}

test("the deployment script downloads as a .ps1 holding Jane's commands, saved with a BOM for Windows PowerShell", async ({ page }) => {
  await openPlan(page, jane);
  const { download, text } = await downloadItem(page, "Download deployment script (.ps1)");
  expect(download.suggestedFilename()).toBe("janevnet-deploy.ps1");
  expect(text.startsWith("\uFEFF# AKS on Azure Stack HCI")).toBe(true);
  expect(text).toContain(
    "$networkParameters = @{\n    name               = 'janevnet'\n    vswitchName        = 'External'\n    k8sNodeIpPoolStart = '10.0.0.20'\n    k8sNodeIpPoolEnd   = '10.0.0.99'\n" +
      "    vipPoolStart       = '10.0.0.200'\n    vipPoolEnd         = '10.0.0.219'\n    ipAddressPrefix    = '10.0.0.0/24'\n    gateway            = '10.0.0.1'\n    dnsServers         = @('10.0.0.10')\n}\n$vnet = New-AksHciNetworkSetting @networkParameters\n",
  );
  expect(text).toContain("    cloudServiceCidr    = '10.0.1.10/24'\n");
  expect(text).toContain("    imageDir            = (Join-Path $env:SystemDrive 'AksHciImageStore')\n");
  expect(text).toContain("    name                  = 'clustera'\n    controlPlaneNodeCount = 3\n    nodePoolName          = 'nodepool1'\n    nodeCount             = 5\n    osType                = 'Linux'\n}\nNew-AksHciCluster @cluster1Parameters\n");
});

test("the deployment script is blocked, with the reason, while the plan has errors", async ({ page }) => {
  await openPlan(page, { ...jane, vnet: { ...jane.vnet, gateway: "10.9.9.9" } });
  const copy = await exportItem(page, /^Copy deployment script/);
  await expect(copy).toBeDisabled();
  await expect(copy).toContainText(/The plan has \d+ errors?: fix/);
  await expect(page.getByRole("menuitem", { name: /^Download deployment script/ })).toBeDisabled();
  await expect(page.getByRole("menuitem", { name: "Download plan file (.json)" })).toBeEnabled();
});

test("the plan file downloads as JSON and opens again in a fresh browser", async ({ page, browser }, testInfo) => {
  await openPlan(page, jane);
  const { download, text } = await downloadItem(page, "Download plan file (.json)");
  expect(download.suggestedFilename()).toBe("janevnet-plan.json");
  expect(JSON.parse(text)).toEqual(jane);
  const path = testInfo.outputPath("janevnet-plan.json");
  writeFileSync(path, text);

  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await theirs.goto("/");
  // Watched from before the import: the notice hides itself after 4 s, which a busy machine can spend getting here.
  const noticeShown = theirs.getByRole("status").filter({ hasText: "Opened the plan in “janevnet-plan.json”" }).waitFor();
  await importFile(theirs, path);
  await noticeShown;
  await expect(theirs.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  expect(await summaryFigure(theirs, "Total IP addresses")).toBe("32");
  expect(await summaryFigure(theirs, "Kubernetes node VM pool")).toBe("27");
  await colleague.close();
});

test("importing a plan file over a different plan asks first", async ({ page }, testInfo) => {
  const path = testInfo.outputPath("jane.json");
  writeFileSync(path, JSON.stringify(jane, null, 2));
  await openPlan(page, janeDhcp);
  await importFile(page, path);
  const dialog = page.getByRole("dialog", { name: "Replace your current plan with the one in this file?" });
  await dialog.getByRole("button", { name: "Keep mine" }).click();
  expect(await summaryFigure(page, "DHCP leases for nodes")).toBe("27");
  await importFile(page, path);
  await dialog.getByRole("button", { name: "Replace" }).click();
  expect(await summaryFigure(page, "Kubernetes node VM pool")).toBe("27");
});

test("a bad plan file gets a clear message and replaces nothing", async ({ page }, testInfo) => {
  await openPlan(page, janeDhcp);
  const path = testInfo.outputPath("notes.json");
  writeFileSync(path, '{"model": "static", "vnet": 42}');
  await importFile(page, path);
  await expect(page.getByRole("alert")).toContainText("“notes.json” is not a plan file. Not a plan:");
  await expect(page.getByRole("alert")).toContainText("Your plan is unchanged.");
  expect(await summaryFigure(page, "DHCP leases for nodes")).toBe("27");
  await page.reload();
  expect(await summaryFigure(page, "DHCP leases for nodes")).toBe("27");
});

test("the address plan downloads as CSV, one row per range from network to broadcast address", async ({ page }) => {
  await openPlan(page, jane);
  const { download, text } = await downloadItem(page, "Download address plan (.csv)");
  expect(download.suggestedFilename()).toBe("janevnet-address-plan.csv");
  const rows = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(rows[0]).toBe("Purpose,Start,End,Size,Needed");
  expect(rows).toContain("Kubernetes node VM pool,10.0.0.20,10.0.0.99,80,27");
  expect(rows).toContain("Virtual IP pool,10.0.0.200,10.0.0.219,20,5");
  // The address plan ends at the broadcast address; after an empty row come the vendor's firewall ports.
  const blank = rows.indexOf("");
  expect(rows[blank - 1]).toBe("Broadcast address,10.0.0.255,10.0.0.255,1,");
  expect(rows[blank + 1]).toBe("Port,Listens on,Purpose,Rule between VLANs");
  expect(rows.slice(blank + 2)).toHaveLength(6);
});

test("the export menu works from the keyboard", async ({ page }) => {
  await openPlan(page, jane);
  await page.getByRole("button", { name: "Export" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Copy deployment script" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Download plan file (.json)" })).toBeFocused();
  const saved = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await saved).suggestedFilename()).toBe("janevnet-plan.json");
  await expect(page.getByRole("menu")).toBeHidden();
});

test("the open export menu, with a blocked script, has no accessibility violations in light and dark", async ({ page }) => {
  await openPlan(page, { ...jane, vnet: { ...jane.vnet, gateway: "10.9.9.9" } });
  // The menu's code loads on first use: the scan waits for the menu to show.
  await expect(await exportItem(page, /^Copy deployment script/)).toBeVisible();
  await expectNoViolationsInBothSchemes(page, "the export menu", '[role="menu"]');
  await page.keyboard.press("Escape");
});

test("the review step shows the deployment script, the ports to open and the downloads", async ({ page }) => {
  await openPlan(page, jane);
  const deploy = page.getByRole("region", { name: "Deploy and export" });
  await expect(deploy.getByLabel("Deployment script", { exact: true })).toContainText("$vnet = New-AksHciNetworkSetting @networkParameters");
  await expect(deploy.getByRole("table").filter({ hasText: "45000" })).toContainText("65000");
  await expect(deploy.getByRole("table").filter({ hasText: "45000" })).toContainText("46000");
  await expect(deploy.getByRole("list", { name: "Readiness checklist" })).toContainText("Initialize-AksHciNode");
  await expect(deploy.getByRole("button", { name: /download/i }).first()).toBeVisible();
});
