import { useCallback, useState, type BaseSyntheticEvent } from "react";
import { flushSync } from "react-dom";
import type { FieldErrors } from "react-hook-form";
import { usePlanStore } from "../state/plan-store";
import { currentPlan, findingsOf } from "../state/use-plan";
import { requestHeadingFocus } from "./step-heading";
import { errorPaths } from "./paging";
import { errorPathsOfStep, stepBeside, type StepId } from "./wizard-steps";

/** Goes to a step (Next, Back) and moves the focus to its heading, away from a button that is gone. */
export function useGoToStep(): (step: StepId | null) => void {
  const setStep = usePlanStore((state) => state.setStep);
  return useCallback(
    (step: StepId | null) => {
      if (step === null) return;
      setStep(step);
      requestHeadingFocus(step);
    },
    [setStep],
  );
}

function focusFirstError(form: EventTarget | null | undefined, selector = '[aria-invalid="true"], [data-step-issues]'): void {
  if (!(form instanceof HTMLElement)) return;
  form.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * A step that shows its list a page at a time: given the paths in error, it shows the page of the
 * first row among them (a state update, committed before the focus moves there).
 */
export type ShowFirstError = (errorPaths: readonly string[]) => void;

export interface StepAdvance {
  /** Next was pressed while the step held errors: say so, and offer to continue anyway. */
  blocked: boolean;
  /** The form's values parse: go on, unless the planner finds errors in this step (its submit event names the form). */
  advance: (values: unknown, event?: BaseSyntheticEvent) => void;
  /**
   * A value does not even parse: show the step's findings too. The form focuses the field, or, in a
   * step with pages (its form made with shouldFocusError: false), this does once its page shows.
   */
  reject: (errors: FieldErrors, event?: BaseSyntheticEvent) => void;
  continueAnyway: () => void;
}

/**
 * Next: every finding of the step shows from now on; with errors the focus goes to the first field
 * in error and the step stays (the Stepper and "Continue anyway" still let the admin move on).
 */
export function useStepAdvance(step: StepId, showFirstError?: ShowFirstError): StepAdvance {
  const [blocked, setBlocked] = useState(false);
  const revealStep = usePlanStore((state) => state.revealStep);
  const goTo = useGoToStep();

  const advance = useCallback(
    async (_: unknown, event?: BaseSyntheticEvent) => {
      const inError = errorPathsOfStep(findingsOf(await currentPlan()), step);
      flushSync(() => {
        revealStep(step);
        setBlocked(inError.length > 0);
        if (inError.length > 0) showFirstError?.(inError);
      });
      if (inError.length > 0) focusFirstError(event?.target);
      else goTo(stepBeside(step, 1));
    },
    [goTo, revealStep, step, showFirstError],
  );

  const reject = useCallback(
    (errors: FieldErrors, event?: BaseSyntheticEvent) => {
      flushSync(() => {
        revealStep(step);
        setBlocked(true);
        showFirstError?.(errorPaths(errors));
      });
      if (showFirstError) focusFirstError(event?.target, '[aria-invalid="true"]');
    },
    [revealStep, step, showFirstError],
  );

  const continueAnyway = useCallback(() => goTo(stepBeside(step, 1)), [goTo, step]);

  return { blocked, advance, reject, continueAnyway };
}
