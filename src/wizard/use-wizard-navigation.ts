import { useCallback, useState, type BaseSyntheticEvent } from "react";
import { flushSync } from "react-dom";
import { usePlanStore } from "../state/plan-store";
import { currentPlan } from "../state/use-plan";
import { requestHeadingFocus } from "./step-heading";
import { errorCountOfStep } from "./wizard-steps";

/** Goes to a step (Next, Back) and moves the focus to its heading, away from a button that is gone. */
export function useGoToStep(): (step: number) => void {
  const setStep = usePlanStore((state) => state.setStep);
  return useCallback(
    (step: number) => {
      setStep(step);
      requestHeadingFocus(usePlanStore.getState().step);
    },
    [setStep],
  );
}

function focusFirstError(form: EventTarget | null | undefined): void {
  if (!(form instanceof HTMLElement)) return;
  form.querySelector<HTMLElement>('[aria-invalid="true"], [data-step-issues]')?.focus();
}

export interface StepAdvance {
  /** Next was pressed while the step held errors: say so, and offer to continue anyway. */
  blocked: boolean;
  /** The form's values parse: go on, unless the planner finds errors in this step (its submit event names the form). */
  advance: (values: unknown, event?: BaseSyntheticEvent) => void;
  /** A value does not even parse: the form has focused it; show the step's findings too. */
  reject: () => void;
  continueAnyway: () => void;
}

/**
 * Next: every finding of the step shows from now on; with errors the focus goes to the first field
 * in error and the step stays (the Stepper and "Continue anyway" still let the admin move on).
 */
export function useStepAdvance(step: number): StepAdvance {
  const [blocked, setBlocked] = useState(false);
  const revealStep = usePlanStore((state) => state.revealStep);
  const goTo = useGoToStep();

  const advance = useCallback(
    (_: unknown, event?: BaseSyntheticEvent) => {
      const errors = errorCountOfStep(currentPlan().issues, step);
      flushSync(() => {
        revealStep(step);
        setBlocked(errors > 0);
      });
      if (errors > 0) focusFirstError(event?.target);
      else goTo(step + 1);
    },
    [goTo, revealStep, step],
  );

  const reject = useCallback(() => {
    revealStep(step);
    setBlocked(true);
  }, [revealStep, step]);

  const continueAnyway = useCallback(() => goTo(step + 1), [goTo, step]);

  return { blocked, advance, reject, continueAnyway };
}
