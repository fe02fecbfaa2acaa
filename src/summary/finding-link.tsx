import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import type { PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { openField } from "../wizard/field-focus";
import { visuallyHidden } from "../wizard/visually-hidden";
import { describeField } from "./format";

/**
 * A finding's field, as a link that opens its step with the focus in the field: a button, so
 * Enter and Space work and it reads as an action, styled as a link because it goes somewhere.
 */
export function FindingLink({ issue, input, spokenSeverity = false }: { issue: PlanIssue; input: PlanInput; spokenSeverity?: boolean }) {
  const field = issue.path === "" ? "the plan" : describeField(issue.path, input);
  return (
    <Link component="button" type="button" variant="inherit" onClick={() => openField(issue.path)} sx={{ textAlign: "left", verticalAlign: "baseline" }}>
      {/* Where the severity shows as an icon only, the link says it. */}
      {spokenSeverity && (
        <Box component="span" sx={visuallyHidden}>
          {issue.severity === "error" ? "Error in " : "Warning in "}
        </Box>
      )}
      {field}
    </Link>
  );
}
