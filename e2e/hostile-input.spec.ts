import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/**
 * Names and text fields holding markup, a PowerShell injection and very long text: the page, the
 * print view and the deployment script show them as the text they are. A dialog (what `alert(1)`
 * would open) fails the test.
 */

const MARKUP = "<img src=x onerror=alert(1)>";
const INJECTION = '"; Remove-Item C:\\ -Recurse; "';
const SINGLE_QUOTED_INJECTION = "'; Remove-Item C:\\ -Recurse; '";
/** The schema's longest name (256 characters), the payloads repeated to fill it. */
const LONG = `${MARKUP}${INJECTION}`.repeat(5).padEnd(256, "x").slice(0, 256);

const dialogs: string[] = [];

test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
});

test.afterEach(async ({ page }) => {
  expect(dialogs, "a script ran from typed text").toEqual([]);
  // No element was made from the typed markup.
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], img[onerror]').length)).toBe(0);
});

async function openStep(page: Page, step: string) {
  await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
}

async function downloadScript(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /^Download deployment script/ }).click();
  return readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
}

test("markup and injections typed into names show as text in the page and on paper", async ({ page }) => {
  await openStep(page, "Virtual network");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(MARKUP);
  await page.getByLabel("Virtual switch name").fill(INJECTION);
  await openStep(page, "Workload clusters");
  await page.getByRole("group", { name: "Workload cluster 1", exact: true }).getByRole("textbox", { name: "Name", exact: true }).fill(INJECTION);
  await openStep(page, "Services");
  await page.getByRole("group", { name: "Service 1", exact: true }).getByRole("textbox", { name: "Name", exact: true }).fill(MARKUP);
  await page.getByRole("group", { name: "Service 2", exact: true }).getByRole("textbox", { name: "Name", exact: true }).fill(LONG);
  await openStep(page, "Review");

  // The planner quotes the bad names in its findings: as text, at their fields.
  const findings = page.getByRole("region", { name: /^Errors and warnings/ });
  await expect(findings.getByText(MARKUP).first()).toBeVisible();
  await expect(findings.getByText(INJECTION).first()).toBeVisible();

  await page.emulateMedia({ media: "print" });
  const paper = page.getByRole("article", { name: "Printable plan" });
  await expect(paper).toBeVisible();
  await expect(paper).toContainText(MARKUP);
  await expect(paper).toContainText(INJECTION);
  await expect(paper).toContainText(LONG);
});

for (const name of [INJECTION, SINGLE_QUOTED_INJECTION, MARKUP, LONG]) {
  test(`a switch name of ${name.length} characters stays one literal in the deployment script: ${name.slice(0, 30)}`, async ({ page }) => {
    await openStep(page, "Virtual network");
    await page.getByLabel("Virtual switch name").fill(name);
    await openStep(page, "Review");

    const literal = `'${name.replaceAll("'", "''")}'`;
    const script = await downloadScript(page);
    const lines = script.split("\n");
    expect(lines.filter((line) => line.trimStart().startsWith("vswitchName "))).toEqual([`    vswitchName        = ${literal}`]);
    expect(lines.filter((line) => /^\s*Remove-Item/.test(line))).toEqual([]);

    await page.emulateMedia({ media: "print" });
    const paper = page.getByRole("article", { name: "Printable plan" });
    await expect(paper).toContainText(`vswitchName        = ${literal}`);
  });
}

test("text longer than the schema allows is refused at the field, and the page keeps working", async ({ page }) => {
  await openStep(page, "Virtual network");
  const field = page.getByLabel("Virtual switch name");
  await field.fill(MARKUP.repeat(400));
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/256 characters/);
  await field.fill("External");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await openStep(page, "Review");
});
