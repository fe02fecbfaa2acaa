import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { PlanIssue } from "../planning/plan";
import { findingLinkStyles } from "../review/finding-link";
import { openArcField } from "./arc-field-focus";
import { arcFieldName } from "./arc-field-names";

/** Findings as a list, each with a link to its field: the admin lands where the fix goes. */
export function ArcFindingList({ issues, label }: { issues: readonly PlanIssue[]; label: string }) {
  if (issues.length === 0) return null;
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 2.5, display: "grid", gap: 0.75, "& .finding-link": findingLinkStyles }}>
      {issues.map((issue, index) => (
        <li key={`${issue.path}-${index}`}>
          <Typography component="span" sx={{ fontWeight: 500, color: issue.severity === "error" ? "error.main" : "text.primary" }}>
            {issue.severity === "error" ? "Error" : "Warning"}:{" "}
          </Typography>
          {issue.message}{" "}
          <button type="button" className="finding-link" onClick={() => openArcField(issue.path)}>
            Go to {arcFieldName(issue.path)}
          </button>
        </li>
      ))}
    </Box>
  );
}
