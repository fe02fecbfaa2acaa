/** The AKS Arc platform's views, in one chunk the page loads only when that platform is chosen. */
export { ArcHeaderActions } from "./arc-header-actions";
export { ArcPrintView } from "./arc-print";
export { ArcWizard } from "./arc-wizard";
