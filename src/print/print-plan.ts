import { loadPrintDocument } from "./print-document-loader";

/**
 * Opens the browser's print dialog once the printable document has loaded and rendered, so a click
 * in the first moments after the page opened does not print an empty page.
 */
export async function printPlan(): Promise<void> {
  await loadPrintDocument().catch(() => undefined);
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  window.print();
}
