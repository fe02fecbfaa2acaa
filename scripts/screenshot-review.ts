import { resolve } from "node:path";
import { ROOT } from "./bench-bundle";
import { launchChromium, withPreview } from "./bench-page";

/*
 * Regenerates README's screenshot, docs/review-jane.png: the built app (run `npm run build` first),
 * the reference doc's Jane example loaded, on its Review step, in light mode at 1200 x 820. The
 * stepper across the top shows the wizard's order.
 *
 *   npx tsx scripts/screenshot-review.ts
 */
const OUT = resolve(ROOT, "docs/review-jane.png");

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    await withPreview(resolve(ROOT, "dist"), async (url) => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 820 }, colorScheme: "light", reducedMotion: "reduce" });
      await page.goto(url);
      await page.getByRole("button", { name: "Load example" }).click();
      await page.getByRole("heading", { level: 2, name: "Review" }).waitFor();
      await page.getByRole("region", { name: /^Split for the/ }).waitFor();
      // Neither the hover left on Load example nor the focus on the heading is part of the picture.
      await page.mouse.move(600, 810);
      await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
      await page.screenshot({ path: OUT });
      console.log(`Wrote ${OUT}`);
    });
  } finally {
    await browser.close();
  }
}

await main();
