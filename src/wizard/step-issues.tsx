import { useMemo } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import { firstFindings, listFindings, NO_FINDINGS, type FindingList } from "../planning/findings";
import type { Severity } from "../planning/plan";
import { usePlanStore } from "../state/plan-store";
import { findingsOf, usePlanIfReady } from "../state/use-plan";
import { moreFindings } from "../review/format";
import { isPathShown } from "./issue-visibility";
import { unplacedFindingsOfStep, type StepId } from "./wizard-steps";

/** A step lists this many of its loose findings; a plan at the schema's limits can hold 49,000. */
export const STEP_FINDINGS_SHOWN = 50;

/**
 * Findings of the step that belong to no single field ("two clusters share a name"): listed on top.
 * None until the planner is here: the opening step draws its first frame without it.
 */
export function StepIssues({ step }: { step: StepId }) {
  const plan = usePlanIfReady();
  const revealAll = usePlanStore((state) => state.revealAll);
  const revealedSteps = usePlanStore((state) => state.revealedSteps);
  const touchedFields = usePlanStore((state) => state.touchedFields);
  const shown = useMemo(() => {
    if (!plan) return NO_FINDINGS;
    const unplaced = unplacedFindingsOfStep(plan, findingsOf(plan), step).findings;
    const reveal = { revealAll, revealedSteps, touchedFields };
    return listFindings(unplaced.filter((issue) => isPathShown(issue.path, reveal)));
  }, [plan, step, revealAll, revealedSteps, touchedFields]);
  return <LooseFindings findings={shown} />;
}

/** The step's loose findings, the first STEP_FINDINGS_SHOWN of them, then how many more. */
export function LooseFindings({ findings }: { findings: FindingList }) {
  const { shown, more } = firstFindings(findings, STEP_FINDINGS_SHOWN);
  if (shown.length === 0) return null;
  const texts = (severity: Severity) => shown.filter((issue) => issue.severity === severity).map((issue) => issue.message);
  const [errors, warnings] = [texts("error"), texts("warning")];
  return (
    <Box data-step-issues tabIndex={-1} sx={{ display: "grid", gap: 1, mb: 2, "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main" } }}>
      {(errors.length > 0 || more.errors > 0) && (
        <Alert severity="error">
          <IssueTexts texts={errors} more={more.errors > 0 ? moreFindings(more.errors, "error", "on this step") : null} />
        </Alert>
      )}
      {(warnings.length > 0 || more.warnings > 0) && (
        <Alert severity="warning">
          <IssueTexts texts={warnings} more={more.warnings > 0 ? moreFindings(more.warnings, "warning", "on this step") : null} />
        </Alert>
      )}
    </Box>
  );
}

function IssueTexts({ texts, more }: { texts: string[]; more: string | null }) {
  if (texts.length === 1 && more === null) return <>{texts[0]}</>;
  return (
    <>
      {texts.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {texts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </Box>
      )}
      {more !== null && <Box sx={{ mt: texts.length > 0 ? 0.5 : 0 }}>{more}</Box>}
    </>
  );
}
