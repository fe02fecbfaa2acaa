import { useEffect, useRef, type ReactNode } from "react";
import Typography from "@mui/material/Typography";
import { stepHeadingId } from "./wizard-steps";

let focusPendingFor: string | null = null;

/**
 * Asks the heading of `step` to take the focus when it mounts: after Next, Back, a loaded example or
 * Start over, keyboard and screen reader users then start reading the new step from its top. The
 * step may still be loading, so the heading takes the focus itself rather than being looked up.
 */
export function requestHeadingFocus(step: string): void {
  focusPendingFor = step;
}

/** The step's title, focusable by script only (tabIndex -1) so Tab order stays on the controls. */
export function StepHeading({ step, children }: { step: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusPendingFor !== step) return;
    focusPendingFor = null;
    ref.current?.focus();
  }, [step]);
  return (
    <Typography ref={ref} id={stepHeadingId(step)} component="h2" variant="h5" tabIndex={-1} sx={{ mb: 1, "&:focus": { outline: "none" } }}>
      {children}
    </Typography>
  );
}
