import { startTransition, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import visuallyHidden from "@mui/utils/visuallyHidden";
import type { BreakdownLine } from "../planning/plan";
import { formatCount, ruleName } from "./format";

/** The shared lines of a 1,000-cluster plan can run long: the first ones show, the rest on request. */
const LINES_SHOWN_FIRST = 200;

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

export interface BreakdownLinesProps {
  lines: readonly BreakdownLine[];
}

/** Lines of the Jane-style breakdown, each with its count and the rule it applies; long lists show the first ones, the rest on request. */
export function BreakdownLines({ lines }: BreakdownLinesProps) {
  const [showAll, setShowAll] = useState(false);
  if (lines.length === 0) return null;
  const shown = showAll ? lines : lines.slice(0, LINES_SHOWN_FIRST);
  return (
    <>
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
    </>
  );
}
