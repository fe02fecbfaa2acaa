import { memo, useId } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import ErrorIcon from "@mui/icons-material/ErrorOutlineOutlined";
import WarningIcon from "@mui/icons-material/WarningAmber";
import type { Plan } from "../planning/plan";
import { formatAddresses, formatCount, formatPrefix, sideLabels } from "./format";

export interface SummaryPanelProps {
  plan: Plan;
}

/** Shown beside every step and re-rendered on every keystroke: a handful of figures, no lists. */
function SummaryPanelView({ plan }: SummaryPanelProps) {
  const sides = sideLabels(plan.model);
  const { minimumPrefix, recommendedPrefix } = plan.subnet;
  const headingId = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Plan summary
      </Typography>
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
          <dd>{formatCount(plan.need.total)}</dd>
        </div>
        {plan.reserve.total > 0 && (
          <div>
            <dt>Minimum without growth reserve</dt>
            <dd>{formatCount(plan.minimum.total)}</dd>
          </div>
        )}
        <div>
          <dt>{sides.node}</dt>
          <dd>{formatCount(plan.need.node)}</dd>
        </div>
        <div>
          <dt>{sides.vip}</dt>
          <dd>{formatCount(plan.need.vip)}</dd>
        </div>
        <div>
          <dt>Minimum subnet</dt>
          <dd>{minimumPrefix === null ? "more than a /8 holds" : formatPrefix(minimumPrefix)}</dd>
        </div>
        <div>
          <dt>Recommended subnet</dt>
          <dd>{recommendedPrefix === null ? "more than a /8 holds" : formatPrefix(recommendedPrefix)}</dd>
        </div>
        <div>
          <dt>
            <ErrorIcon fontSize="inherit" sx={{ verticalAlign: "-0.125em", mr: 0.5, color: plan.errorCount > 0 ? "error.main" : "inherit" }} aria-hidden />
            Errors
          </dt>
          <dd>{formatCount(plan.errorCount)}</dd>
        </div>
        <div>
          <dt>
            <WarningIcon fontSize="inherit" sx={{ verticalAlign: "-0.125em", mr: 0.5, color: plan.warningCount > 0 ? "warning.main" : "inherit" }} aria-hidden />
            Warnings
          </dt>
          <dd>{formatCount(plan.warningCount)}</dd>
        </div>
      </Box>
      {plan.reserve.total > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          The total includes {formatAddresses(plan.reserve.total)} of growth reserve.
        </Typography>
      )}
    </Paper>
  );
}

export const SummaryPanel = memo(SummaryPanelView);
