import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";

/**
 * The offline single file (`npm run build` writes dist/offline/aks-hci-network-planner.html) opened
 * from disk, as an admin opens it on an air-gapped jump host: no server, no network.
 * E2E_OFFLINE_FILE points at another build of it; by default it sits in E2E_DIST's offline/.
 */
const offlineFile = resolve(process.env.E2E_OFFLINE_FILE ?? resolve(process.env.E2E_DIST ?? "dist", "offline", "aks-hci-network-planner.html"));
const offlineUrl = pathToFileURL(offlineFile).href;

const jane: PlanInput = planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));

function figure(scope: Locator, term: string): Locator {
  return scope.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

interface PageTrouble {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
  /** Requests for anything but the file itself, data: and blob: URLs. */
  requests: string[];
}

/** Records what must not happen while the page runs from disk. */
async function watch(page: Page): Promise<PageTrouble> {
  const trouble: PageTrouble = { errors: [], violations: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") trouble.errors.push(message.text());
  });
  page.on("pageerror", (error) => trouble.errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(offlineUrl) && !/^(data|blob):/.test(url)) trouble.requests.push(url);
  });
  await page.exposeFunction("reportCspViolation", (text: string) => trouble.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`);
    });
  });
  return trouble;
}

test.beforeAll(() => {
  if (!existsSync(offlineFile)) throw new Error(`No offline file at ${offlineFile}: run "npm run build" first, or set E2E_OFFLINE_FILE.`);
});

test("the offline file opened from disk plans Jane's example: 32 addresses, a /26", async ({ page }) => {
  const trouble = await watch(page);
  await page.goto(offlineUrl);
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  const summary = page.getByRole("complementary", { name: "Plan summary" });
  await expect(figure(summary, "Total IP addresses")).toHaveText("32");
  await expect(figure(summary, "Minimum subnet")).toHaveText("/26");
  await expect(page.getByRole("region", { name: "Itemised breakdown" }).getByText(/^32 IP addresses in total/)).toBeVisible();

  // Every step comes from the one file: none waits on a chunk it cannot fetch.
  for (const step of ["Network model", "Workload clusters", "Services", "Virtual network", "MOC cloud service", "Review"]) {
    await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The draft survives a reload of the file, as it does when served.
  await page.reload();
  await expect(figure(summary, "Total IP addresses")).toHaveText("32");

  expect(trouble.violations).toEqual([]);
  expect(trouble.errors.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([]);
  expect(trouble.errors).toEqual([]);
  expect(trouble.requests).toEqual([]);
});

test("a share link made for the offline file opens its plan from the fragment", async ({ page }) => {
  const trouble = await watch(page);
  await page.goto(`${offlineUrl}#${encodePlanLink(jane)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(figure(page.getByRole("complementary", { name: "Plan summary" }), "Total IP addresses")).toHaveText("32");
  expect(trouble.violations).toEqual([]);
  expect(trouble.errors).toEqual([]);
});
