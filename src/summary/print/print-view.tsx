import { lazy, memo, Suspense, useDeferredValue } from "react";
import { createPortal } from "react-dom";
import type { Plan } from "../../planning/plan";
import { loadPrintDocument } from "./print-document-loader";

const PrintDocument = lazy(() => loadPrintDocument().then((module) => ({ default: module.PrintDocument })));

export interface PrintViewProps {
  plan: Plan;
}

/**
 * The plan as printed: not displayed on screen, the only thing on paper (print-styles.ts). Rendered
 * into <body> beside the app, so the print stylesheet can hide everything else in one rule. It
 * follows the plan at low priority (useDeferredValue), so typing never waits for the paper copy.
 */
export const PrintView = memo(function PrintView({ plan }: PrintViewProps) {
  const deferred = useDeferredValue(plan);
  return createPortal(
    <div data-print-root="">
      <Suspense fallback={null}>
        <PrintDocument plan={deferred} />
      </Suspense>
    </div>,
    document.body,
  );
});
