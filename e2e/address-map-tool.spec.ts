import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createPlan } from "../src/planning/create-plan";
import { parseIpv4 } from "../src/planning/ipv4";
import { formatIpv4 } from "../src/planning/ipv4-format";
import { poolSizing } from "../src/planning/place-pool";
import { planInputSchema } from "../src/planning/plan-input-schema";
import { axeViolations } from "./axe-checks";

/**
 * The address map as a tool (issue 9, section 6): a free block of the prefix is picked, by mouse
 * or keyboard, and the chosen pool is placed there at its planned size; the pool's fields follow.
 */

const jane = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

const blocks = (page: Page) => page.getByRole("list", { name: "Free blocks of 10.0.0.0/24" });

function addressAfter(address: string, count: number): string {
  const parsed = parseIpv4(address);
  if (!parsed.ok) throw new Error(parsed.message);
  return formatIpv4(parsed.value + count - 1);
}

test("placing the VIP pool from the address map, by keyboard, fills its fields with a range of the needed size", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await openStep(page, "Virtual network");
  const { wanted } = poolSizing(createPlan(jane), "vipPool");
  expect(wanted).toBe(7);

  const block = blocks(page).getByRole("button", { name: "10.0.0.100 – 10.0.0.199 (100 addresses)" });
  await block.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Place here: 10.0.0.100 – 10.0.0.199" });
  await expect(menu).toBeVisible();
  const vipItem = menu.getByRole("menuitem", { name: /^Virtual IP pool/ });
  for (let press = 0; press < 3 && !(await vipItem.evaluate((item) => item === document.activeElement)); press++) await page.keyboard.press("ArrowDown");
  await expect(vipItem).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();

  const start = page.getByRole("textbox", { name: "Virtual IP pool start" });
  const end = page.getByRole("textbox", { name: "Virtual IP pool end" });
  await expect(start).toHaveValue("10.0.0.100");
  await expect(end).toHaveValue(addressAfter("10.0.0.100", wanted));
  await expect(start).toHaveAttribute("aria-invalid", "false");
  await expect(end).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByText(/^Placed the virtual IP pool at 10\.0\.0\.100 – 10\.0\.0\.106\. 7 addresses: 5 needed/)).toBeVisible();
  // The old VIP pool's range is free again, and the new one is taken.
  await expect(blocks(page).getByRole("button", { name: /^10\.0\.0\.107 – 10\.0\.0\.254 / })).toBeVisible();
  // The plan follows: Review's address map holds the moved pool.
  await openStep(page, "Review");
  await expect(page.getByRole("row", { name: /^Virtual IP pool 10\.0\.0\.100 10\.0\.0\.106 7$/ })).toBeVisible();
});

test("by mouse on the bar, a block too small for the node VM pool says so, and the panel has no axe violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await openStep(page, "Virtual network");
  // The free range 10.0.0.2-10.0.0.9 drawn on the bar, after the network address and the gateway.
  await page.getByTitle("Free: 10.0.0.2 – 10.0.0.9 (8 addresses)").click();
  const menu = page.getByRole("menu", { name: "Place here: 10.0.0.2 – 10.0.0.9" });
  const nodeItem = menu.getByRole("menuitem", { name: /^Kubernetes node VM pool/ });
  await expect(nodeItem).toHaveAttribute("aria-disabled", "true");
  await expect(nodeItem).toContainText("This block holds 8 addresses, the Kubernetes node VM pool needs 28");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Kubernetes node VM pool start" })).toHaveValue("10.0.0.20");
});
