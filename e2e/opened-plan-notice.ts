import { expect, type Page } from "@playwright/test";

/**
 * Takes away the "Opened the plan" notice after an import. It hides itself after 4 s, on a busy
 * machine maybe before a click could reach its Close button: Escape closes it while it shows, and
 * either way it is gone.
 */
export async function dismissOpenedPlanNotice(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status").filter({ hasText: /^Opened the plan/ })).toHaveCount(0);
}
