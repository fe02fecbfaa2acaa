import { useEffect, useRef, type ReactNode } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import ArrowForwardIcon from "@mui/icons-material/ArrowForward";
import { usePlanStore } from "../state/plan-store";
import { arcActions } from "./arc-actions";
import { ArcFindingList } from "./arc-finding-list";
import { ARC_STEPS, arcStepHeadingId, arcStepOfPath, isArcPathShown } from "./arc-steps";
import { useArcPlan } from "./use-arc-plan";

let headingFocusFor: number | null = null;

/** After Back or Next the new step's heading takes the focus, so reading starts at its top. */
export function goToArcStep(step: number): void {
  headingFocusFor = step;
  arcActions.setStep(step);
}

/** The step's title, focusable by script only (tabIndex -1) so Tab stays on the controls. */
export function ArcStepHeading({ step, children }: { step: number; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingFocusFor !== step) return;
    headingFocusFor = null;
    ref.current?.focus();
  }, [step]);
  return (
    <Typography ref={ref} id={arcStepHeadingId(step)} component="h2" variant="h5" tabIndex={-1} sx={{ mb: 1, "&:focus": { outline: "none" } }}>
      {children}
    </Typography>
  );
}

/** The step's findings the admin is shown, each linked to its field: nothing of the step goes unseen. */
function StepFindings({ step }: { step: number }) {
  const plan = useArcPlan();
  const reveal = usePlanStore((state) => state.arc);
  const shown = plan.issues.filter((issue) => arcStepOfPath(issue.path) === step && isArcPathShown(issue.path, reveal));
  if (shown.length === 0) return null;
  return (
    <Box component="section" aria-label="Findings on this step" sx={{ mb: 3, p: 2, border: 1, borderColor: "divider", borderRadius: 1 }}>
      <ArcFindingList issues={shown} label="Findings on this step" />
    </Box>
  );
}

/** A form step of the AKS Arc wizard: heading, what it is for, its findings, the fields, Back and Next. */
export function ArcStepFrame({ step, intro, children }: { step: number; intro: ReactNode; children: ReactNode }) {
  const next = ARC_STEPS[step + 1];
  return (
    <Box component="section" aria-labelledby={arcStepHeadingId(step)}>
      <ArcStepHeading step={step}>{ARC_STEPS[step]?.label}</ArcStepHeading>
      <Typography component="div" sx={{ mb: 3, color: "text.secondary" }}>
        {intro}
      </Typography>
      <StepFindings step={step} />
      <Stack spacing={3}>{children}</Stack>
      <Stack direction="row" spacing={2} sx={{ mt: 4, justifyContent: "space-between" }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} disabled={step === 0} onClick={() => goToArcStep(step - 1)}>
          Back
        </Button>
        {next && (
          <Button
            variant="contained"
            endIcon={<ArrowForwardIcon />}
            onClick={() => {
              arcActions.revealStep(step);
              goToArcStep(step + 1);
            }}
          >
            Next: {next.label}
          </Button>
        )}
      </Stack>
    </Box>
  );
}
