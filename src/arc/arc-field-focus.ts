import { flushSync } from "react-dom";
import { arcActions } from "./arc-actions";
import { arcFocusCandidates, arcStepHeadingId, arcStepOfPath } from "./arc-steps";

function findField(path: string): HTMLElement | null {
  const name = CSS.escape(path);
  return document.querySelector<HTMLElement>(`[name="${name}"]:checked`) ?? document.querySelector<HTMLElement>(`[data-field-path="${name}"]`);
}

/**
 * A finding's link: opens the step of its field and puts the focus in the field, else in the
 * group holding it, else on the step's heading. Arc's steps are in one chunk, so they are in the
 * page as soon as the step is set.
 */
export function openArcField(path: string): void {
  flushSync(() => {
    arcActions.markTouched(path);
    arcActions.setStep(arcStepOfPath(path));
  });
  const target = arcFocusCandidates(path).map(findField).find((element) => element !== null) ?? document.getElementById(arcStepHeadingId(arcStepOfPath(path)));
  target?.focus();
}
