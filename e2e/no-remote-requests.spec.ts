import { expect, test } from "@playwright/test";

/**
 * The planner must work offline and keep plans on the admin's machine: during a whole wizard run
 * (example, every step, review, print view, share link, exports) the page asks nothing of any origin
 * but its own. The Content-Security-Policy forbids it too; this test catches what the policy would
 * only block (and the admin would see break).
 */

const STEPS = ["Network model", "Workload clusters", "Services", "Virtual network", "MOC cloud service", "Review"];

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a full wizard run requests nothing from another origin", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const requested: string[] = [];
  const violations: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  page.on("websocket", (socket) => requested.push(socket.url()));
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });

  await page.goto("/");
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  for (const step of STEPS) {
    await page.getByRole("tab", { name: new RegExp(`^${step}`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
  }
  await page.getByRole("tab", { name: /^Virtual network/ }).click();
  await page.getByLabel("Address prefix").fill("10.0.0.0/23");
  await page.getByRole("tab", { name: /^Review/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Share link copied" })).toBeVisible();

  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download plan file (.json)" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  await page.getByRole("button", { name: "Export" }).click();
  const script = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /^Download deployment script/ }).click();
  expect((await script).suggestedFilename()).toMatch(/\.ps1$/);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable plan" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  expect(requested.length).toBeGreaterThan(0);
  const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
