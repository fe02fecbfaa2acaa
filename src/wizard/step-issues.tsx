import { useMemo } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import { usePlanStore } from "../state/plan-store";
import { usePlan } from "../state/use-plan";
import { isPathShown } from "./issue-visibility";
import { unplacedIssues } from "./wizard-steps";

/** Findings of the step that belong to no single field ("two clusters share a name"): listed on top. */
export function StepIssues({ step }: { step: number }) {
  const plan = usePlan();
  const revealAll = usePlanStore((state) => state.revealAll);
  const revealedSteps = usePlanStore((state) => state.revealedSteps);
  const touchedFields = usePlanStore((state) => state.touchedFields);
  const shown = useMemo(
    () => unplacedIssues(step, plan.input, plan.issues).filter((issue) => isPathShown(issue.path, { revealAll, revealedSteps, touchedFields })),
    [plan, step, revealAll, revealedSteps, touchedFields],
  );
  if (shown.length === 0) return null;
  const errors = shown.filter((issue) => issue.severity === "error");
  const warnings = shown.filter((issue) => issue.severity === "warning");
  return (
    <Box data-step-issues tabIndex={-1} sx={{ display: "grid", gap: 1, mb: 2, "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main" } }}>
      {errors.length > 0 && (
        <Alert severity="error">
          <IssueTexts texts={errors.map((issue) => issue.message)} />
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning">
          <IssueTexts texts={warnings.map((issue) => issue.message)} />
        </Alert>
      )}
    </Box>
  );
}

function IssueTexts({ texts }: { texts: string[] }) {
  if (texts.length === 1) return <>{texts[0]}</>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {texts.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </Box>
  );
}
