import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";

/**
 * The plan on paper: page.pdf() of the Jane plan on A4 and Letter, read back with poppler's
 * pdftotext and pdfinfo (Debian poppler-utils; .ci/run installs it when missing).
 */

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));
const HOSTILE = "<img src=x onerror=alert(1)>";

async function openPlan(page: Page, input: PlanInput) {
  await page.goto(`/#${encodePlanLink(input)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeVisible();
}

/** Prints the page to a PDF file and returns its text and page count. */
async function printToPdf(page: Page, format: "A4" | "Letter", path: string): Promise<{ text: string; pages: number }> {
  writeFileSync(path, await page.pdf({ format }));
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { text, pages };
}

for (const format of ["A4", "Letter"] as const) {
  test(`the Jane plan prints on at most 3 ${format} pages with its key figures`, async ({ page }, testInfo) => {
    await openPlan(page, jane);
    const { text, pages } = await printToPdf(page, format, testInfo.outputPath(`jane-${format}.pdf`));
    testInfo.annotations.push({ type: "pages", description: `${format}: ${pages}` });
    expect(pages).toBeGreaterThanOrEqual(1);
    // The script lists each parameter on its own line and keeps every command whole on a page (issue 14): a third page.
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toMatch(/Network plan for virtual network janevnet/);
    expect(text).toMatch(/Total IP addresses:\s+32/);
    expect(text).toMatch(/Minimum subnet:\s+\/26/);
    expect(text).toMatch(/VIP pool:\s+5\b/);
    expect(text).toMatch(/Kubernetes node VM pool:\s+27\b/);
    expect(text).toMatch(/Kubernetes node VM pool\s+10\.0\.0\.20\s+10\.0\.0\.99\s+80 addresses/);
    expect(text).toMatch(/32 IP addresses in total: reserve a \/26 subnet/);
    expect(text).toMatch(/name\s+= 'janevnet'/);
    expect(text).toMatch(/\$vnet = New-AksHciNetworkSetting @networkParameters/);
    expect(text).toMatch(/TCP 55000 on the cloud agent's IP/);
    expect(text).toMatch(/Readiness checklist/);
    expect(text).toMatch(/#v1\./);
    // Nothing of the screen reaches the paper: no buttons, no stepper, no summary panel.
    for (const screenOnly of ["Copy share link", "Print plan", "Load example", "Plan summary", "Next"]) expect(text).not.toContain(screenOnly);
  });
}

test("the paper copy is black on white in the dark colour scheme too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openPlan(page, jane);
  const article = page.getByRole("article", { name: "Printable plan" });
  await expect(article).toHaveCSS("color", "rgb(0, 0, 0)");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(page.getByRole("main")).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
});

test("on screen the printable copy is not shown, and Print plan opens the print dialog", async ({ page }) => {
  await page.goto(`/#${encodePlanLink(jane)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeHidden();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print plan" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
});

test("names print as inert text, very long ones wrapped inside the page, beside the QR code", async ({ page }, testInfo) => {
  const long = "x".repeat(256);
  const hostile: PlanInput = {
    ...jane,
    vnet: { ...jane.vnet, vswitchName: long },
    clusters: jane.clusters.map((cluster, index) => (index === 0 ? { ...cluster, name: long } : cluster)),
    services: jane.services.map((service) => ({ ...service, name: HOSTILE })),
  };
  let alerted = false;
  page.on("dialog", (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await openPlan(page, hostile);
  const article = page.getByRole("article", { name: "Printable plan" });
  await expect(article.getByRole("img", { name: "QR code of the share link" })).toBeVisible();
  await expect(article.getByRole("cell", { name: HOSTILE }).first()).toBeVisible();
  expect(await article.locator("img").count()).toBe(0);
  expect(await article.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const { text } = await printToPdf(page, "A4", testInfo.outputPath("hostile.pdf"));
  expect(text).toContain(HOSTILE);
  expect(alerted).toBe(false);
});

/** Issue 10: the two-network example with a third cluster on a third network, 10.0.3.0/24 on vLAN 30. */
function threeNetworks(): PlanInput {
  const input = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/two-networks.json", import.meta.url), "utf8")));
  const [second] = input.clusterNetworks ?? [];
  if (second === undefined) throw new Error("two-networks.json lost its cluster network");
  const third = { ...second, name: "clustercvnet", addressPrefix: "10.0.3.0/24", gateway: "10.0.3.1", dnsServers: ["10.0.3.10"], k8sNodeIpPoolStart: "10.0.3.20", k8sNodeIpPoolEnd: "10.0.3.99", vipPoolStart: "10.0.3.200", vipPoolEnd: "10.0.3.219", vlanId: "30" };
  return {
    ...input,
    clusters: [...input.clusters, { name: "clusterc", controlPlaneNodes: 1, workerNodes: 2, nodePools: [], network: "clustercvnet" }],
    services: [...input.services, { name: "frontend", port: 443, instances: 1, cluster: "clusterc" }],
    clusterNetworks: [second, third],
  };
}

for (const format of ["A4", "Letter"] as const) {
  test(`a plan with 3 virtual networks prints on at most 5 ${format} pages with each network's figures`, async ({ page }, testInfo) => {
    await openPlan(page, threeNetworks());
    const { text, pages } = await printToPdf(page, format, testInfo.outputPath(`three-networks-${format}.pdf`));
    testInfo.annotations.push({ type: "pages", description: `${format}: ${pages}` });
    // Two pages more than Jane's 3: two more networks' address maps, breakdowns, inputs and New-AksHciClusterNetwork
    // commands (each command kept whole on a page) push the ports and the share link's QR code onto a fifth (measured: 5).
    expect(pages).toBeLessThanOrEqual(5);
    expect(text).toMatch(/Key figures per virtual network/);
    expect(text).toMatch(/20 IP addresses in total: reserve a \/27 subnet/);
    expect(text).toMatch(/12 IP addresses in total: reserve a \/28 subnet/);
    expect(text).toMatch(/11 IP addresses in total: reserve a \/28 subnet/);
    expect(text).toMatch(/\$clusterNetwork2 = New-AksHciClusterNetwork @clusterNetwork2Parameters/);
    expect(text).toMatch(/#v2\./);
  });
}
