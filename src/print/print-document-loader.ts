/**
 * The print document and its QR code load in their own chunk, after the first step is on screen:
 * the first load stays small, and the chunk is there long before anyone prints.
 */
export const loadPrintDocument = () => import("./print-document");
