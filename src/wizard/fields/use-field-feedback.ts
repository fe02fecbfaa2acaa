import { useCallback } from "react";
import { usePlanStore } from "../../state/plan-store";
import { useFieldIssues } from "../../state/use-plan";
import { fieldMessages, isPathShown, type FieldMessage } from "../issue-visibility";

export interface FieldFeedback {
  messages: FieldMessage[];
  /** An error (form or planner) is showing: aria-invalid and the error colour. */
  invalid: boolean;
  /** Call on blur: from then on the planner's findings for the field show. */
  markTouched: () => void;
}

/** What a field shows under itself: its form error, else the planner's findings once they are due. */
export function useFieldFeedback(path: string, formError: string | undefined): FieldFeedback {
  const issues = useFieldIssues(path);
  const shown = usePlanStore((state) => isPathShown(path, state));
  const touch = usePlanStore((state) => state.markTouched);
  const messages = fieldMessages(path, formError, issues, shown);
  const markTouched = useCallback(() => touch(path), [touch, path]);
  return { messages, invalid: messages.some((message) => message.severity === "error"), markTouched };
}
