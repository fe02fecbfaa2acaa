import { lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import { useIdle } from "../app/when-idle";
import type { Plan } from "../planning/plan";
import { loadPrintDocument } from "./print-document-loader";

const PrintDocument = lazy(() => loadPrintDocument().then((module) => ({ default: module.PrintDocument })));

export interface PrintViewProps {
  plan: Plan;
}

/**
 * The plan as printed: not displayed on screen, the only thing on paper (print-styles.ts). Rendered
 * into <body> beside the app, so the print stylesheet can hide everything else in one rule.
 *
 * Re-rendering the whole paper copy (breakdown, script, share link, QR code) on every keystroke
 * costs seconds in a 1,000-cluster plan, so it renders once, when the page has settled (which
 * also loads its chunk; the first step and its first click do not wait for it; the Print button
 * waits for the chunk), and then only when printing starts: `beforeprint` (Ctrl+P, the Print button) or the print media
 * query turning on, both committed synchronously so the paper never shows a stale plan.
 */
export const PrintView = memo(function PrintView({ plan }: PrintViewProps) {
  const latest = useRef(plan);
  const [printed, setPrinted] = useState(plan);
  const idle = useIdle("settled");
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    latest.current = plan;
  }, [plan]);

  useEffect(() => {
    const refresh = () =>
      flushSync(() => {
        setPrinted(latest.current);
        setPrinting(true);
      });
    const printMedia = window.matchMedia("print");
    const onMediaChange = (event: MediaQueryListEvent) => {
      if (event.matches) refresh();
    };
    window.addEventListener("beforeprint", refresh);
    printMedia.addEventListener("change", onMediaChange);
    return () => {
      window.removeEventListener("beforeprint", refresh);
      printMedia.removeEventListener("change", onMediaChange);
    };
  }, []);

  // The same element while `printed` stays: React then skips the paper copy on a keystroke.
  const paper = useMemo(() => <PrintDocument plan={printed} />, [printed]);
  return createPortal(
    <div data-print-root="">
      {(idle || printing) && <Suspense fallback={null}>{paper}</Suspense>}
    </div>,
    document.body,
  );
});
