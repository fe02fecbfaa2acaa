import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import ErrorIcon from "@mui/icons-material/ErrorOutlineOutlined";
import WarningIcon from "@mui/icons-material/WarningAmber";
import CheckIcon from "@mui/icons-material/CheckCircleOutlined";
import { firstFindings, type FindingList } from "../planning/findings";
import type { PlanInput } from "../planning/plan-input-schema";
import { FindingLink, findingLinkStyles } from "./finding-link";
import { formatCount } from "./format";

export interface IssueListProps {
  /** The plan's findings, errors first (planFindings). */
  findings: FindingList;
  /** Names list items in the field descriptions ("Workload cluster 1 (clustera) › Name"). */
  input: PlanInput;
}

/** A plan with 500 services can hold hundreds of findings; errors come first, so they always show. */
const ISSUES_SHOWN_FIRST = 100;

const listStyles = {
  listStyle: "none",
  m: 0,
  p: 0,
  "& > li": { display: "flex", gap: 1, py: 1, borderBottom: 1, borderColor: "divider" },
  "& svg": { flexShrink: 0, mt: "0.1em" },
  "& .severity": { fontWeight: 600 },
  "& .field": { color: "text.secondary" },
  "& .finding-link": findingLinkStyles,
} as const;

/** Every error and warning of the plan: severity as icon and word, the field as a link to it, the fix. */
export function IssueList({ findings, input }: IssueListProps) {
  const [showAll, setShowAll] = useState(false);
  if (findings.findings.length === 0) {
    return (
      <Typography sx={{ display: "flex", gap: 1, alignItems: "center" }}>
        <CheckIcon color="success" aria-hidden />
        No errors or warnings.
      </Typography>
    );
  }
  const total = findings.findings.length;
  const shown = showAll ? findings.findings : firstFindings(findings, ISSUES_SHOWN_FIRST).shown;
  return (
    <>
      <Box component="ul" sx={listStyles}>
        {shown.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {issue.severity === "error" ? <ErrorIcon color="error" aria-hidden /> : <WarningIcon color="warning" aria-hidden />}
            <span>
              <span className="severity">{issue.severity === "error" ? "Error" : "Warning"}</span>
              {issue.path !== "" && (
                <span className="field">
                  {" in "}
                  <FindingLink issue={issue} input={input} />
                </span>
              )}
              <br />
              {issue.message}
            </span>
          </li>
        ))}
      </Box>
      {/* One button that toggles, so keyboard focus stays where it was. */}
      {total > ISSUES_SHOWN_FIRST && (
        <Button onClick={() => setShowAll(!showAll)} sx={{ mt: 1 }}>
          {showAll ? `Show the first ${ISSUES_SHOWN_FIRST} findings` : `Show all ${formatCount(total)} errors and warnings`}
        </Button>
      )}
    </>
  );
}
