import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";
import { axeViolations } from "./axe-checks";

/**
 * Issue 10: a workload cluster moved to a virtual network of its own in the wizard, both networks'
 * figures on Review, and the script that creates the network and hands it to the cluster.
 */

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

/** The clusters step by its name, whatever its position or its exact wording ("Clusters", "Workload clusters"). */
const CLUSTERS_STEP = /^(Workload clusters|Clusters)/;

async function expectNoViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test("a cluster moved to its own network: both breakdowns and maps on Review, and a script that creates the network for it", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/#${encodePlanLink(jane)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  await page.getByRole("tab", { name: CLUSTERS_STEP }).click();
  await expect(page.getByRole("heading", { level: 2, name: CLUSTERS_STEP })).toBeVisible();
  const clusterB = page.getByRole("group", { name: "Workload cluster 2", exact: true });
  await clusterB.getByRole("combobox", { name: "Virtual network" }).selectOption({ label: "Own virtual network" });
  const network = clusterB.getByRole("group", { name: "Cluster network 1" });
  await expect(network.getByRole("textbox", { name: "Network name" })).toHaveValue("clusterbvnet");
  const fields: Array<[string, string]> = [
    ["Network address prefix", "10.0.5.0/24"],
    ["Network gateway", "10.0.5.1"],
    ["DNS server 1", "10.0.5.10"],
    ["Kubernetes node VM pool start", "10.0.5.20"],
    ["Kubernetes node VM pool end", "10.0.5.99"],
    ["Virtual IP pool start", "10.0.5.200"],
    ["Virtual IP pool end", "10.0.5.219"],
    ["Network vLAN ID", "20"],
  ];
  for (const [label, value] of fields) await network.getByRole("textbox", { name: label }).fill(value);
  await expectNoViolations(page, "the clusters step with an own network open");

  await page.getByRole("tab", { name: /^Review/ }).click();
  const host = page.getByRole("region", { name: "The AKS host's network janevnet: workload cluster clustera" });
  const own = page.getByRole("region", { name: "Cluster network clusterbvnet: workload cluster clusterb" });
  // Host: 3 + 14 node-side, 1 API server + Jane's 3 service VIPs (tied to no cluster, so on the host's network) = 21.
  await expect(host.getByText("21 IP addresses in total: reserve a /27 subnet (the reference doc recommends at least a /24)")).toBeVisible();
  // clusterbvnet: cluster B's 1 + 3 + 6 node-side and its API server's VIP = 11.
  await expect(own.getByText("11 IP addresses in total: reserve a /28 subnet (the reference doc recommends at least a /24)")).toBeVisible();
  await expect(own.getByText("1 IP address for the Kubernetes cluster API server (one IP per Kubernetes cluster)")).toBeVisible();

  const maps = page.getByRole("region", { name: "Address map" });
  await expect(maps.getByRole("table", { name: /Address map of 10\.0\.0\.0\/24/ })).toBeVisible();
  await maps.getByRole("combobox", { name: "Network" }).selectOption({ label: "Cluster network clusterbvnet: workload cluster clusterb" });
  await expect(maps.getByRole("table", { name: /Address map of 10\.0\.5\.0\/24/ })).toBeVisible();
  await expect(maps.getByRole("table", { name: /Address map of 10\.0\.5\.0\/24/ }).getByRole("row", { name: /Kubernetes node VM pool 10\.0\.5\.20 10\.0\.5\.99/ })).toBeVisible();
  await expectNoViolations(page, "Review with two networks");

  const saved = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menu").getByRole("menuitem", { name: "Download deployment script (.ps1)" }).click();
  const script = readFileSync(await (await saved).path(), "utf8");
  expect(script).toContain(
    "$clusterNetwork1Parameters = @{\n    name               = 'clusterbvnet'\n    vswitchName        = 'External'\n    k8sNodeIpPoolStart = '10.0.5.20'\n    k8sNodeIpPoolEnd   = '10.0.5.99'\n" +
      "    vipPoolStart       = '10.0.5.200'\n    vipPoolEnd         = '10.0.5.219'\n    ipAddressPrefix    = '10.0.5.0/24'\n    gateway            = '10.0.5.1'\n    dnsServers         = @('10.0.5.10')\n    vlanID             = 20\n}\n" +
      "$clusterNetwork1 = New-AksHciClusterNetwork @clusterNetwork1Parameters\n",
  );
  expect(script).toContain("    name                  = 'clusterb'\n    controlPlaneNodeCount = 1\n    nodePoolName          = 'nodepool1'\n    nodeCount             = 3\n    osType                = 'Linux'\n    vnet                  = $clusterNetwork1\n}\nNew-AksHciCluster @cluster2Parameters\n");
  expect(script.indexOf("Install-AksHci\n")).toBeLessThan(script.indexOf("New-AksHciClusterNetwork @"));
});
