import { expect, test, type Locator, type Page } from "@playwright/test";

/** The figure a summary list gives for a term: the <dd> right after the <dt>. */
function figure(scope: Locator, term: string): Locator {
  return scope.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

async function next(page: Page) {
  await page.getByRole("button", { name: /^Next/ }).click();
}

async function expectStep(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

interface JaneOptions {
  model: "static" | "dhcp";
}

/**
 * The reference doc's example, typed in by hand in the wizard's order: what is deployed (clusters,
 * services), then where it goes (the virtual network, sized by then): the figures must be the doc's.
 */
async function typeJane(page: Page, { model }: JaneOptions) {
  await page.goto("/");
  await expectStep(page, "Network model");
  await page.getByRole("radio", { name: model === "static" ? "Static IP (recommended)" : "DHCP" }).first().check();
  await page.getByRole("group", { name: "How do the Azure Stack HCI hosts get their IP addresses?" }).getByRole("radio", { name: "Static" }).check();
  await next(page);

  await expectStep(page, "Workload clusters");
  const clusters: Array<[string, string, string]> = [
    ["clustera", "3", "5"],
    ["clusterb", "1", "3"],
  ];
  for (const [index, [name, controlPlane, workers]] of clusters.entries()) {
    await page.getByRole("button", { name: "Add workload cluster" }).click();
    const cluster = page.getByRole("group", { name: `Workload cluster ${index + 1}`, exact: true });
    await cluster.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await cluster.getByLabel("Control plane nodes").fill(controlPlane);
    await cluster.getByLabel("Worker nodes").fill(workers);
  }
  await next(page);

  await expectStep(page, "Services");
  const services: Array<[string, string, string]> = [
    ["frontend", "443", "3"],
    ["backend", "80", "1"],
  ];
  for (const [index, [name, port, instances]] of services.entries()) {
    await page.getByRole("button", { name: "Add service" }).click();
    const service = page.getByRole("group", { name: `Service ${index + 1}`, exact: true });
    await service.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await service.getByLabel("Port").fill(port);
    await service.getByLabel("Instances").fill(instances);
  }
  await next(page);
  await expectStep(page, "Virtual network");
  // The clusters and services are in: each pool says its size before a range is typed.
  const nodeSide = model === "static" ? "Kubernetes node VM pool" : "DHCP scope";
  await expect(page.getByRole("group", { name: nodeSide, exact: true })).toHaveAccessibleDescription(
    model === "static" ? /^Needs 27 addresses for this plan's nodes/ : /^Must keep at least 27 free leases for this plan's nodes/,
  );
  await expect(page.getByRole("group", { name: "Virtual IP pool", exact: true })).toHaveAccessibleDescription(/^Needs 5 addresses for this plan's API servers and services/);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("janevnet");
  await page.getByLabel("Virtual switch name").fill("External");
  await page.getByLabel("Address prefix").fill("10.0.0.0/24");
  await page.getByLabel("Gateway").fill("10.0.0.1");
  await page.getByRole("group", { name: "DNS servers" }).getByLabel("DNS server 1").fill("10.0.0.10");
  if (model === "static") {
    await page.getByLabel("Kubernetes node VM pool start").fill("10.0.0.20");
    await page.getByLabel("Kubernetes node VM pool end").fill("10.0.0.99");
  } else {
    await page.getByLabel("DHCP scope start").fill("10.0.0.20");
    await page.getByLabel("DHCP scope end").fill("10.0.0.199");
  }
  await page.getByLabel("Virtual IP pool start").fill("10.0.0.200");
  await page.getByLabel("Virtual IP pool end").fill("10.0.0.219");
  await next(page);

  await expectStep(page, "MOC cloud service");
  await page.getByLabel("Cloud service CIDR").fill("10.0.1.10/24");
  await next(page);

  await expectStep(page, "Review");
}

test("Jane typed in by hand in the static model reaches the review with the doc's figures", async ({ page }) => {
  await typeJane(page, { model: "static" });
  // Review leaves the totals to the plan summary beside it.
  const totals = page.getByRole("complementary", { name: "Plan summary" });
  await expect(figure(totals, "Total IP addresses")).toHaveText("32");
  await expect(figure(totals, "Minimum subnet")).toHaveText("/26");
  const split = page.getByRole("region", { name: "Split for the static IP model" });
  await expect(split.getByText(/^5 addresses for the Kubernetes cluster API servers and services/)).toBeVisible();
  await expect(split.getByText(/^27 addresses for the Kubernetes nodes/)).toBeVisible();
  await expect(page.getByRole("region", { name: /^Errors and warnings \(0 errors/ })).toBeVisible();
  for (const tab of await page.getByRole("tab").all()) await expect(tab).not.toHaveAccessibleName(/error/);
});

test("Jane in the DHCP model reserves 32 on the DHCP server and excludes 5 from the scope", async ({ page }) => {
  await typeJane(page, { model: "dhcp" });
  const totals = page.getByRole("complementary", { name: "Plan summary" });
  await expect(figure(totals, "Total IP addresses")).toHaveText("32");
  const split = page.getByRole("region", { name: "Split for the DHCP model" });
  await expect(split.getByText(/Reserve 32 addresses \(a \/26\) on the DHCP server/)).toBeVisible();
  await expect(split.getByText(/Exclude 5 addresses from the DHCP scope/)).toBeVisible();
});

test("the summary follows the typing before any Next", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: /^Workload clusters/ }).click();
  const summary = page.getByRole("complementary", { name: "Plan summary" });
  await expect(figure(summary, "Total IP addresses")).toHaveText("3");
  await page.getByRole("button", { name: "Add workload cluster" }).click();
  const cluster = page.getByRole("group", { name: "Workload cluster 1", exact: true });
  await cluster.getByLabel("Control plane nodes").fill("3");
  await cluster.getByLabel("Worker nodes").fill("5");
  // 3 for the AKS host, 3 + 5 + 6 for the cluster, 1 VIP for its API server.
  await expect(figure(summary, "Total IP addresses")).toHaveText("18");
  await cluster.getByLabel("Worker nodes").fill("");
  await expect(cluster.getByLabel("Worker nodes")).toHaveAttribute("aria-invalid", "true");
  await expect(cluster.getByText("Enter the number of worker nodes")).toBeVisible();
  // The emptied count is no longer the last good 5: the figures say they are incomplete.
  await expect(figure(summary, "Total IP addresses")).toHaveText("13 (incomplete)");
});

test("a gateway outside the prefix is flagged at the field and on the stepper", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Virtual network" }).click();
  await page.getByLabel("Address prefix").fill("10.0.0.0/24");
  const gateway = page.getByLabel("Gateway");
  await gateway.fill("10.1.0.1");
  await expect(gateway).not.toHaveAttribute("aria-invalid", "true");
  await gateway.blur();
  await expect(gateway).toHaveAttribute("aria-invalid", "true");
  await expect(gateway).toHaveAccessibleDescription(/10\.1\.0\.1.*10\.0\.0\.0\/24|10\.0\.0\.0\/24.*10\.1\.0\.1/);
  await expect(page.getByRole("tab", { name: /^Virtual network, 1 error/ })).toBeVisible();

  await gateway.fill("10.0.0.1");
  await gateway.blur();
  await expect(gateway).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("tab", { name: "Virtual network", exact: true })).toBeVisible();
});

test("Next on a step with errors stays and moves the focus to the first field in error", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "MOC cloud service" }).click();
  await next(page);
  const cidr = page.getByLabel("Cloud service CIDR");
  await expect(cidr).toBeFocused();
  await expect(cidr).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("tab", { name: /^MOC cloud service, 1 error/ })).toBeVisible();
  await page.getByRole("button", { name: "Continue anyway" }).click();
  await expectStep(page, "Review");
});

test("a reload mid-wizard keeps every value and the step", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radio", { name: "DHCP" }).first().check();
  await page.getByRole("tab", { name: /^Virtual network/ }).click();
  await expectStep(page, "Virtual network");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("janevnet");
  await page.getByLabel("Address prefix").fill("10.0.0.0/24");
  await page.getByRole("button", { name: "Add DNS server" }).click();
  await page.getByRole("textbox", { name: "DNS server 2" }).fill("10.0.0.11");
  await page.getByLabel("DHCP scope start").fill("10.0.0.20");
  await page.getByLabel("vLAN ID").fill("7");
  await page.getByRole("tab", { name: /^Workload clusters/ }).click();
  await page.getByRole("button", { name: "Add workload cluster" }).click();
  const cluster = page.getByRole("group", { name: "Workload cluster 1", exact: true });
  await cluster.getByRole("textbox", { name: "Name", exact: true }).fill("clustera");
  await cluster.getByLabel("Worker nodes").fill("5");
  await cluster.getByRole("button", { name: "Add node pool" }).click();
  await cluster.getByLabel("OS type").selectOption("windows");

  await page.reload();

  await expectStep(page, "Workload clusters");
  const reloaded = page.getByRole("group", { name: "Workload cluster 1", exact: true });
  await expect(reloaded.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("clustera");
  await expect(reloaded.getByLabel("Worker nodes")).toHaveValue("5");
  await expect(reloaded.getByLabel("OS type")).toHaveValue("windows");
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("janevnet");
  await expect(page.getByLabel("Address prefix")).toHaveValue("10.0.0.0/24");
  await expect(page.getByRole("textbox", { name: "DNS server 2" })).toHaveValue("10.0.0.11");
  await expect(page.getByLabel("DHCP scope start")).toHaveValue("10.0.0.20");
  await expect(page.getByLabel("vLAN ID")).toHaveValue("7");
  await page.getByRole("tab", { name: /Network model/ }).click();
  await expect(page.getByRole("radio", { name: "DHCP" }).first()).toBeChecked();
});

test("Load example opens the review of the doc's plan; Start over asks first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await expectStep(page, "Review");
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeFocused();
  await expect(figure(page.getByRole("complementary", { name: "Plan summary" }), "Total IP addresses")).toHaveText("32");

  await page.getByRole("button", { name: "Start over" }).click();
  const dialog = page.getByRole("dialog", { name: "Start over with an empty plan?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expectStep(page, "Review");
  await page.getByRole("button", { name: "Start over" }).click();
  await dialog.getByRole("button", { name: "Start over" }).click();
  await expectStep(page, "Network model");
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("");
});

test("Suggest ranges fills empty pools and asks before replacing typed ones", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await page.getByLabel("Address prefix").fill("10.0.0.0/24");
  await page.getByLabel("Gateway").fill("10.0.0.1");
  await page.getByRole("button", { name: "Suggest ranges" }).click();
  await expect(page.getByLabel("Kubernetes node VM pool start")).not.toHaveValue("");
  await expect(page.getByLabel("Kubernetes node VM pool end")).not.toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: /^Filled/ })).toBeVisible();

  await page.getByLabel("Kubernetes node VM pool start").fill("10.0.0.20");
  await page.getByRole("button", { name: "Suggest ranges" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace the ranges you typed?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Kubernetes node VM pool start")).toHaveValue("10.0.0.20");
});

test("Load example over a typed draft asks first, then every step shows the example", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("mine");
  await page.getByRole("button", { name: "Load example" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your plan with the example?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("mine");

  await page.getByRole("button", { name: "Load example" }).click();
  await dialog.getByRole("button", { name: "Load example" }).click();
  await expectStep(page, "Review");
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("janevnet");
  await expect(page.getByLabel("Virtual IP pool end")).toHaveValue("10.0.0.219");
  await page.getByRole("tab", { name: /Services/ }).click();
  await expect(page.getByRole("group", { name: "Service 1", exact: true }).getByLabel("Instances")).toHaveValue("3");
});

test("the example's pools replaced by Suggest ranges pass every check: 0 errors, 0 warnings", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByRole("tab", { name: /Virtual network/ }).click();
  await expect(page.getByText("Kubernetes node VM pool: 27 needed + 6 to grow (20%).", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Suggest ranges" }).click();
  await page.getByRole("dialog", { name: "Replace the ranges you typed?" }).getByRole("button", { name: "Replace" }).click();
  await expect(page.getByLabel("Kubernetes node VM pool end")).toHaveValue("10.0.0.43");
  await expect(page.getByLabel("Virtual IP pool start")).toHaveValue("10.0.0.248");
  const summary = page.getByRole("region", { name: "Plan summary" });
  await expect(summary.getByRole("definition").nth(await summaryIndex(page, "Errors"))).toHaveText("0");
  await expect(summary.getByRole("definition").nth(await summaryIndex(page, "Warnings"))).toHaveText("0");
});

async function summaryIndex(page: Page, term: string): Promise<number> {
  const terms = await page.getByRole("region", { name: "Plan summary" }).getByRole("term").allTextContents();
  const index = terms.findIndex((text) => text.trim() === term);
  expect(index, `the summary has no ${term}`).toBeGreaterThanOrEqual(0);
  return index;
}
