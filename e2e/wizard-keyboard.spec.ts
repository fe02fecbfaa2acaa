import { expect, test, type Locator, type Page } from "@playwright/test";

// The other specs run with reduced motion (playwright.config.ts): this walk keeps MUI's
// transitions and ripples, as an admin who never changed that setting sees them.
test.use({ reducedMotion: "no-preference" });

/** Presses Tab (or Shift+Tab) until the target has the focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a field and types into it; Chromium selects a field's text when Tab focuses it, so typing replaces it. */
async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

function heading(page: Page, name: string) {
  return page.getByRole("heading", { level: 2, name });
}

test("the whole wizard works from the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  // A keyboard user starts once the page is drawn (the first frame holds the whole first step).
  await expect(heading(page, "Network model")).toBeVisible();

  // The first Tab stop skips the header and lands on the step.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the current step" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading(page, "Network model")).toBeFocused();

  // Step 1: arrow keys move within a radio group and Enter advances; back by the stepper; Space on Next.
  const staticModel = page.getByRole("radio", { name: "Static IP (recommended)" });
  await tabTo(page, staticModel);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "DHCP" }).first()).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(staticModel).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(heading(page, "Workload clusters")).toBeFocused();
  // Back into the steps from the heading lands on the current step's tab.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("tab", { name: "Workload clusters" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await expect(heading(page, "Network model")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: /^Next/ }));
  await page.keyboard.press("Space");

  // Step 2, Enter in a field advances like Next; Enter and Space on "Add workload cluster"; the new cluster's name takes the focus.
  await expect(heading(page, "Workload clusters")).toBeFocused();
  const clusters: Array<[string, string, string, string]> = [
    ["Enter", "clustera", "3", "5"],
    ["Space", "clusterb", "1", "3"],
  ];
  for (const [index, [key, name, controlPlane, workers]] of clusters.entries()) {
    await tabTo(page, page.getByRole("button", { name: "Add workload cluster" }));
    await page.keyboard.press(key);
    const cluster = page.getByRole("group", { name: `Workload cluster ${index + 1}`, exact: true });
    await expect(cluster.getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
    await page.keyboard.type(name);
    await typeInto(page, cluster.getByLabel("Control plane nodes"), controlPlane);
    await typeInto(page, cluster.getByLabel("Worker nodes"), workers);
  }
  await page.keyboard.press("Enter");

  // Step 3.
  await expect(heading(page, "Services")).toBeFocused();
  const services: Array<[string, string, string]> = [
    ["frontend", "443", "3"],
    ["backend", "80", "1"],
  ];
  for (const [index, [name, port, instances]] of services.entries()) {
    await tabTo(page, page.getByRole("button", { name: "Add service" }));
    await page.keyboard.press("Enter");
    const service = page.getByRole("group", { name: `Service ${index + 1}`, exact: true });
    await expect(service.getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
    await page.keyboard.type(name);
    await typeInto(page, service.getByLabel("Port"), port);
    await typeInto(page, service.getByLabel("Instances"), instances);
  }
  const sharing = page.getByRole("switch", { name: "Services on different ports share VIPs" });
  await tabTo(page, sharing);
  await page.keyboard.press("Space");
  await expect(sharing).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(sharing).toBeChecked();
  await page.keyboard.press("Enter");

  // Step 4: the pools are sized by now.
  await expect(heading(page, "Virtual network")).toBeFocused();
  await expect(page.getByText("Needs 27 addresses for this plan's nodes, load balancer VMs and update operations.")).toBeVisible();
  await typeInto(page, page.getByRole("textbox", { name: "Name", exact: true }), "janevnet");
  await typeInto(page, page.getByLabel("Virtual switch name"), "External");
  await typeInto(page, page.getByLabel("Address prefix"), "10.0.0.0/24");
  await typeInto(page, page.getByLabel("Gateway"), "10.0.0.1");
  await typeInto(page, page.getByRole("textbox", { name: "DNS server 1" }), "10.0.0.10");
  await typeInto(page, page.getByLabel("Kubernetes node VM pool start"), "10.0.0.20");
  await typeInto(page, page.getByLabel("Kubernetes node VM pool end"), "10.0.0.99");
  await typeInto(page, page.getByLabel("Virtual IP pool start"), "10.0.0.200");
  await typeInto(page, page.getByLabel("Virtual IP pool end"), "10.0.0.219");
  await page.keyboard.press("Enter");

  // Step 5.
  await expect(heading(page, "MOC cloud service")).toBeFocused();
  await typeInto(page, page.getByLabel("Cloud service CIDR"), "10.0.1.10/24");
  await page.keyboard.press("Enter");

  // Review: the doc's total; then the stepper, by arrow keys, back to a step.
  await expect(heading(page, "Review")).toBeFocused();
  const totals = page.getByRole("complementary", { name: "Plan summary" });
  await expect(totals.getByRole("term").filter({ hasText: /^Total IP addresses$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("32");
  const reviewTab = page.getByRole("tab", { name: "Review" });
  await tabTo(page, reviewTab, { backwards: true, max: 100 });
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("tab", { name: "MOC cloud service" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "MOC cloud service" })).toHaveAttribute("aria-selected", "true");
  await expect(heading(page, "MOC cloud service")).toBeVisible();
});
