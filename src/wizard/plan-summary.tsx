import { useEffect, useRef, useState, type RefObject } from "react";
import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import { usePlanStore } from "../state/plan-store";
import { usePlan } from "../state/use-plan";
import { findingCounts, formatAddresses, plural } from "../review/format";
import { SummaryPanel } from "../review/summary-panel";
import { SUMMARY_BAR_HEIGHT } from "./summary-bar-height";
import { useShownFindings } from "./use-shown-findings";

/*
 * The live summary beside the form (below it, collapsible, on narrow screens). Its own chunk: it
 * follows the first step's first paint, so the step answers its first click sooner.
 */

/** Tells the step's sticky Back and Next how tall the bar below them is, so they sit just above it. */
function useBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty(SUMMARY_BAR_HEIGHT, `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty(SUMMARY_BAR_HEIGHT);
    };
  }, [bar]);
}

/**
 * On a phone the summary rides along at the bottom: its totals always in view, the rest one tap
 * away, in a sheet of at most half the screen (the form stays in sight above it) that closes when
 * the step changes.
 */
export function SummaryBar() {
  const plan = usePlan();
  const shown = useShownFindings();
  const step = usePlanStore((state) => state.step);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
  const { errors, warnings, fieldsToGo } = shown.tally;
  const findings = [findingCounts(errors, warnings, { skipZero: true }), fieldsToGo > 0 ? `${plural(fieldsToGo, "field")} to go` : ""].filter(Boolean).join(", ");
  return (
    <Box ref={bar} component="aside" aria-label="Plan summary" sx={{ position: "sticky", bottom: 0, zIndex: 2, mt: 3, mx: -2 }}>
      <Accordion disableGutters square elevation={8} expanded={openOn === step} onChange={(_, expanded) => setOpenOn(expanded ? step : null)}>
        <AccordionSummary expandIcon={<ExpandLessIcon />}>
          <Typography component="span" sx={{ fontWeight: 500 }}>
            Plan summary: {formatAddresses(plan.need.total)}
            {plan.unreadCounts.length > 0 && " (incomplete)"}
            {findings !== "" && `, ${findings}`}
          </Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ p: 1, maxHeight: "50vh", overflowY: "auto" }}>
          <SummaryPanel plan={plan} findings={shown} />
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}

export function SummaryAside() {
  const plan = usePlan();
  const findings = useShownFindings();
  return (
    <Box component="aside" aria-label="Plan summary" sx={{ position: "sticky", top: 16, alignSelf: "start" }}>
      <SummaryPanel plan={plan} findings={findings} />
    </Box>
  );
}
