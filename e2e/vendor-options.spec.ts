import { expect, test, type Page } from "@playwright/test";

/** Issue 14: a proxy and a workload cluster without a load balancer, typed through the wizard, reach the deployment script. */

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

async function summaryFigure(page: Page, term: string): Promise<string> {
  const summary = page.getByRole("region", { name: "Plan summary" });
  return (await summary.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
});

test("a proxy and a cluster without a load balancer go from the wizard into the script", async ({ page }) => {
  await openStep(page, "MOC cloud service");
  await page.getByRole("switch", { name: "The hosts reach the internet through a proxy" }).check();
  await page.getByLabel("HTTP proxy URL").fill("http://proxy.example.com:3128");
  // Turning the proxy on prefills the no-proxy list the docs require, with this plan's prefix and cloud agent.
  await expect(page.getByLabel("No-proxy list")).toHaveValue("localhost,127.0.0.1,.svc,10.0.0.0/24,10.0.1.10,10.96.0.0/12,10.244.0.0/16");
  await page.getByLabel("Image directory").fill("C:\\ClusterStorage\\Volume1\\Images");

  await openStep(page, "Workload clusters");
  expect(await summaryFigure(page, "Total IP addresses")).toBe("32");
  const clusterB = page.getByRole("group", { name: "Workload cluster 2", exact: true });
  await clusterB.getByLabel("Load balancer").selectOption("none");
  // No HAProxy VM for cluster B: one node-side address fewer.
  await expect.poll(() => summaryFigure(page, "Total IP addresses")).toBe("31");
  await expect(clusterB).toContainText("services stay unreachable");

  await openStep(page, "Review");
  const script = page.getByRole("region", { name: "Deploy and export" }).getByRole("region", { name: "Deployment script", exact: true });
  await expect(script).toContainText("$proxySetting = New-AksHciProxySetting @proxyParameters");
  await expect(script).toContainText("http       = 'http://proxy.example.com:3128'");
  await expect(script).toContainText("proxySettings       = $proxySetting");
  await expect(script).toContainText("imageDir            = 'C:\\ClusterStorage\\Volume1\\Images'");
  await expect(script).toContainText("loadBalancerSku = 'none'");
  await expect(script).toContainText("loadBalancerSettings  = $loadBalancer2");
  await expect(page.getByRole("button", { name: "Copy New-AksHciLoadBalancerSetting (cluster-2-load-balancer)" })).toBeVisible();
});
