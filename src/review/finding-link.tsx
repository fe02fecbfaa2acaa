import type { PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { openField } from "../wizard/field-focus";
import { describeField } from "./format";

/**
 * Looks of a finding link, for the lists that hold them (`"& .finding-link": findingLinkStyles`):
 * one rule per list rather than a styled component per finding, since Review may list hundreds.
 */
export const findingLinkStyles = {
  font: "inherit",
  color: "primary.main",
  textDecoration: "underline",
  textAlign: "left",
  background: "none",
  border: 0,
  p: 0,
  cursor: "pointer",
  "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: 2 },
} as const;

/** Where the severity shows as an icon only, the link says it: "Error in Virtual network › Gateway". */
const SPOKEN = { error: "Error in ", warning: "Warning in " } as const;

/**
 * A finding's field, as a link that opens its step with the focus in the field: a button, so
 * Enter and Space work and it reads as an action, styled as a link because it goes somewhere.
 */
export function FindingLink({ issue, input, spokenSeverity = false }: { issue: PlanIssue; input: PlanInput; spokenSeverity?: boolean }) {
  const field = describeField(issue.path, input);
  return (
    <button type="button" className="finding-link" onClick={() => openField(issue.path)}>
      {spokenSeverity && <span className="visually-hidden">{SPOKEN[issue.severity]}</span>}
      {field}
    </button>
  );
}
