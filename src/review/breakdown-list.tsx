import { startTransition, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import visuallyHidden from "@mui/utils/visuallyHidden";
import type { BreakdownLine, Plan } from "../planning/plan";
import { formatCount, formatAddresses, ruleName, sideLabels } from "./format";

export interface BreakdownListProps {
  plan: Plan;
  /** Heading level of the side groups; the review puts them under its own h2. */
  headingLevel?: "h3" | "h4";
}

/** A 1,000-cluster plan has 3,000+ node-side lines: the first ones show, the rest on request. */
const LINES_SHOWN_FIRST = 200;

type Side = BreakdownLine["side"];

/** Plain elements styled once at the list: thousands of MUI components per line would stall typing. */
const listStyles = {
  listStyle: "none",
  m: 0,
  p: 0,
  "& > li": {
    display: "grid",
    gridTemplateColumns: "3.5rem 1fr",
    columnGap: 1.5,
    py: 1,
    borderBottom: 1,
    borderColor: "divider",
  },
  "& .count": { textAlign: "right", fontWeight: 600, fontVariantNumeric: "tabular-nums" },
  "& .rule": {
    display: "inline-block",
    mt: 0.5,
    px: 1,
    py: 0.25,
    border: 1,
    borderColor: "divider",
    borderRadius: 4,
    typography: "caption",
    color: "text.secondary",
  },
  "& .visually-hidden": visuallyHidden,
} as const;

/** The Jane-style itemised breakdown, grouped by the side of the split each line adds to. */
export function BreakdownList({ plan, headingLevel = "h3" }: BreakdownListProps) {
  const sides = sideLabels(plan.model);
  const groups: Array<{ side: Side; title: string; total: number | null }> = [
    { side: "node", title: sides.node, total: plan.need.node },
    { side: "vip", title: sides.vip, total: plan.need.vip },
    { side: "summary", title: "Total and split", total: null },
  ];
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      {groups.map(({ side, title, total }) => (
        <SideGroup
          key={side}
          lines={plan.breakdown.filter((line) => line.side === side)}
          title={total === null ? title : `${title}: ${formatAddresses(total)}`}
          headingLevel={headingLevel}
        />
      ))}
    </Box>
  );
}

interface SideGroupProps {
  lines: BreakdownLine[];
  title: string;
  headingLevel: "h3" | "h4";
}

function SideGroup({ lines, title, headingLevel }: SideGroupProps) {
  const [showAll, setShowAll] = useState(false);
  if (lines.length === 0) return null;
  const shown = showAll ? lines : lines.slice(0, LINES_SHOWN_FIRST);
  return (
    <section>
      <Typography variant="subtitle1" component={headingLevel} sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Box component="ul" sx={listStyles}>
        {shown.map((line) => (
          <li key={line.id}>
            {/* The sentence starts with the same count: read it once. */}
            <span className="count" aria-hidden="true">
              {formatCount(line.count)}
            </span>
            <span>
              {line.text}
              <br />
              <span className="rule">
                <span className="visually-hidden">Rule applied: </span>
                {ruleName(line.rule)}
              </span>
            </span>
          </li>
        ))}
      </Box>
      {/* One toggling button keeps keyboard focus in place; the transition renders thousands of lines in slices, keeping the tab responsive. */}
      {lines.length > LINES_SHOWN_FIRST && (
        <Button onClick={() => startTransition(() => setShowAll(!showAll))} sx={{ mt: 1 }}>
          {showAll ? `Show the first ${LINES_SHOWN_FIRST} lines` : `Show all ${formatCount(lines.length)} lines`}
        </Button>
      )}
    </section>
  );
}
