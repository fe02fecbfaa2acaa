import { memo, useId } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import ErrorIcon from "@mui/icons-material/ErrorOutlineOutlined";
import WarningIcon from "@mui/icons-material/WarningAmber";
import type { Plan, PlanIssue } from "../planning/plan";
import { REVIEW_STEP, usePlanStore } from "../state/plan-store";
import type { ShownFindings } from "../wizard/use-shown-findings";
import { FindingLink, findingLinkStyles } from "./finding-link";
import visuallyHidden from "@mui/utils/visuallyHidden";
import { formatAddresses, formatCount, formatPrefix, incompleteNote, planFigure, sideLabels } from "./format";

export interface SummaryPanelProps {
  plan: Plan;
  /** The findings the admin is being shown: the same list the stepper and Review count. */
  findings: ShownFindings;
}

/** Findings linked from the panel; the rest are one click away on Review. */
const LINKED_FINDINGS = 5;

/** Shown beside every step and re-rendered on every keystroke: a handful of figures, a short list. */
function SummaryPanelView({ plan, findings }: SummaryPanelProps) {
  const sides = sideLabels(plan.model);
  const { minimumPrefix, recommendedPrefix } = plan.subnet;
  const { errors, warnings, fieldsToGo } = findings.tally;
  const incomplete = incompleteNote(plan);
  const headingId = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Plan summary
      </Typography>
      {incomplete && (
        <Alert severity="error" role="note" sx={{ mb: 1 }}>
          {incomplete}
        </Alert>
      )}
      <Box
        component="dl"
        sx={{
          m: 0,
          "& > div": { display: "flex", justifyContent: "space-between", gap: 2, py: 0.25 },
          "& dt": { color: "text.secondary" },
          "& dd": { m: 0, textAlign: "right", fontVariantNumeric: "tabular-nums", fontWeight: 500 },
        }}
      >
        {/* Only the total is live: screen readers hear it change, not every figure on every key. */}
        <div aria-live="polite" aria-atomic="true">
          <dt>Total IP addresses</dt>
          <dd>{planFigure(plan, plan.need.total)}</dd>
        </div>
        {plan.reserve.total > 0 && (
          <div>
            <dt>Minimum without growth reserve</dt>
            <dd>{planFigure(plan, plan.minimum.total)}</dd>
          </div>
        )}
        <div>
          <dt>{sides.node}</dt>
          <dd>{planFigure(plan, plan.need.node)}</dd>
        </div>
        <div>
          <dt>{sides.vip}</dt>
          <dd>{planFigure(plan, plan.need.vip)}</dd>
        </div>
        {plan.networks.length > 1 ? (
          // Each virtual network is a subnet of its own: one minimum per network, none for the sum.
          plan.networks.map((network) => (
            <div key={network.path}>
              <dt>Minimum subnet, {network.name.trim() === "" ? network.label : network.name}</dt>
              <dd>{network.subnet.minimumPrefix === null ? "more than a /8 holds" : formatPrefix(network.subnet.minimumPrefix)}</dd>
            </div>
          ))
        ) : (
          <>
            <div>
              <dt>Minimum subnet</dt>
              <dd>{minimumPrefix === null ? "more than a /8 holds" : formatPrefix(minimumPrefix)}</dd>
            </div>
            <div>
              <dt>Recommended subnet</dt>
              <dd>{recommendedPrefix === null ? "more than a /8 holds" : formatPrefix(recommendedPrefix)}</dd>
            </div>
          </>
        )}
        {fieldsToGo > 0 && (
          <div>
            <dt>Still to fill</dt>
            <dd>
              {formatCount(fieldsToGo)} {fieldsToGo === 1 ? "field" : "fields"} to go
            </dd>
          </div>
        )}
        <div>
          <dt>
            <ErrorIcon fontSize="inherit" sx={{ verticalAlign: "-0.125em", mr: 0.5, color: errors > 0 ? "error.main" : "inherit" }} aria-hidden />
            Errors
          </dt>
          <dd>{formatCount(errors)}</dd>
        </div>
        <div>
          <dt>
            <WarningIcon fontSize="inherit" sx={{ verticalAlign: "-0.125em", mr: 0.5, color: warnings > 0 ? "warning.main" : "inherit" }} aria-hidden />
            Warnings
          </dt>
          <dd>{formatCount(warnings)}</dd>
        </div>
      </Box>
      <FindingLinks plan={plan} findings={findings} />
      {plan.reserve.total > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          The total includes {formatAddresses(plan.reserve.total)} of growth reserve.
        </Typography>
      )}
    </Paper>
  );
}

/**
 * The first `limit` findings that have a field to link to, errors before warnings. Stops at `limit`
 * errors: a plan at the schema's limits shows 49,000 findings, and filtering them all three times
 * took 4 ms a keystroke.
 */
function firstLinked(shown: readonly PlanIssue[], limit: number): PlanIssue[] {
  const errors: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];
  for (const issue of shown) {
    if (issue.path === "") continue;
    if (issue.severity === "warning") {
      if (warnings.length < limit) warnings.push(issue);
    } else if (errors.push(issue) === limit) break;
  }
  return [...errors, ...warnings].slice(0, limit);
}

/** The first findings shown, errors first, each a link to its field. */
function FindingLinks({ plan, findings }: SummaryPanelProps) {
  const setStep = usePlanStore((state) => state.setStep);
  const ordered = firstLinked(findings.shown, LINKED_FINDINGS);
  if (ordered.length === 0) return null;
  const more = findings.shown.length - ordered.length;
  return (
    <Box sx={{ mt: 1 }}>
      <Box component="ul" aria-label="Findings" sx={{ m: 0, p: 0, listStyle: "none", display: "grid", gap: 0.5, "& li": { display: "flex", gap: 0.5 }, "& .finding-link": findingLinkStyles, "& .visually-hidden": visuallyHidden }}>
        {ordered.map((issue, index) => (
          <Typography component="li" variant="body2" key={`${issue.path}-${index}`}>
            {issue.severity === "error" ? <ErrorIcon fontSize="inherit" color="error" sx={{ mt: "0.2em" }} aria-hidden /> : <WarningIcon fontSize="inherit" color="warning" sx={{ mt: "0.2em" }} aria-hidden />}
            <FindingLink issue={issue} input={plan.input} spokenSeverity />
          </Typography>
        ))}
      </Box>
      {more > 0 && (
        <Link component="button" type="button" variant="body2" onClick={() => setStep(REVIEW_STEP)} sx={{ mt: 0.5 }}>
          {formatCount(more)} more on Review
        </Link>
      )}
    </Box>
  );
}

export const SummaryPanel = memo(SummaryPanelView);
