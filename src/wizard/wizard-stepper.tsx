import { useMemo, type FocusEvent } from "react";
import Box from "@mui/material/Box";
import Step from "@mui/material/Step";
import StepButton from "@mui/material/StepButton";
import StepLabel from "@mui/material/StepLabel";
import Stepper from "@mui/material/Stepper";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { usePlanStore } from "../state/plan-store";
import { useFindingsSelector } from "../state/use-plan";
import { shownCountsByStep } from "./issue-visibility";
import visuallyHidden from "@mui/utils/visuallyHidden";
import { describeCounts, stepIndex, stepOf, WIZARD_STEPS, type StepCounts } from "./wizard-steps";

export const WIZARD_PANEL_ID = "wizard-panel";

export function stepTabId(step: string): string {
  return `wizard-tab-${stepOf(step).id}`;
}

/**
 * Tab into the list lands on the current step's tab, as the tabs pattern has it (MUI's roving focus
 * would pick the first or the last focused one); arrow keys inside the list are left alone.
 */
function focusCurrentTabOnEntry(step: string) {
  return (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof Node && event.currentTarget.contains(from)) return;
    // A mouse click focuses the tab it opens: only keyboard entry (focus-visible) is redirected.
    if (!(event.target instanceof HTMLElement) || !event.target.matches(":focus-visible")) return;
    const current = document.getElementById(stepTabId(step));
    if (current && event.target !== current) current.focus();
  };
}

/** The shown counts as one string, "errors,warnings" per step: equal counts read equal, so nothing re-renders. */
const countsText = (counts: readonly StepCounts[]) => counts.map(({ errors, warnings }) => `${errors},${warnings}`).join(";");

function countsOfText(text: string): StepCounts[] {
  if (text === "") return [];
  return text.split(";").map((step) => {
    const [errors = 0, warnings = 0] = step.split(",").map(Number);
    return { errors, warnings };
  });
}

/**
 * Each step's counts; none until the planner is here (no finding shows before then). The stepper
 * re-renders when a count changes, not with every keystroke's new plan.
 */
function useShownCounts(): StepCounts[] {
  const text = useFindingsSelector((findings, state) => countsText(shownCountsByStep(findings, state)), "");
  return useMemo(() => countsOfText(text), [text]);
}

/** On a phone the tabs show numbers only: this line names the current step. */
function NarrowStepLine({ step, counts }: { step: string; counts: StepCounts | undefined }) {
  const status = counts ? describeCounts(counts) : "";
  return (
    <Typography variant="body2" sx={{ mt: 1, color: "text.secondary" }}>
      Step {stepIndex(step) + 1} of {WIZARD_STEPS.length}: {stepOf(step).label}
      {status && ` (${status})`}
    </Typography>
  );
}

/**
 * The steps as tabs (free navigation: any step, any time; arrow keys move between them, Enter or
 * Space opens one). A step holding errors shows the error icon and says how many.
 */
export function WizardStepper() {
  const step = usePlanStore((state) => state.step);
  const setStep = usePlanStore((state) => state.setStep);
  const counts = useShownCounts();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
  return (
    <Box component="nav" aria-label="Wizard" sx={{ mb: 3 }}>
      <Stepper nonLinear activeStep={stepIndex(step)} aria-label="Steps" onFocus={focusCurrentTabOnEntry(step)} sx={{ flexWrap: "nowrap" }}>
        {WIZARD_STEPS.map((item, index) => {
          const count = counts[index] ?? { errors: 0, warnings: 0 };
          const status = describeCounts(count);
          return (
            <Step key={item.id}>
              {/* The name comes from the content, "Virtual network, 2 errors", so it matches what is shown. */}
              <StepButton
                id={stepTabId(item.id)}
                aria-controls={item.id === step ? WIZARD_PANEL_ID : undefined}
                onClick={() => setStep(item.id)}
                // StepButton hands `optional` to its StepLabel, replacing one set on the label itself.
                optional={
                  status ? (
                    <Typography variant="caption" sx={[{ color: count.errors > 0 ? "error.main" : "text.secondary" }, narrow && visuallyHidden]}>
                      {status}
                    </Typography>
                  ) : undefined
                }
              >
                <StepLabel error={count.errors > 0}>
                  <Box component="span" sx={narrow ? visuallyHidden : undefined}>
                    {item.label}
                    {/* Heard, not seen: the comma between the step and its count, kept inline so no space precedes it. */}
                    {status && (
                      <Box component="span" sx={{ fontSize: 0 }}>
                        ,
                      </Box>
                    )}
                  </Box>
                </StepLabel>
              </StepButton>
            </Step>
          );
        })}
      </Stepper>
      {narrow && <NarrowStepLine step={step} counts={counts[stepIndex(step)]} />}
    </Box>
  );
}
