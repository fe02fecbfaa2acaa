import { Suspense, useEffect, useRef, useState, type RefObject } from "react";
import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import { useIdle, whenSettled } from "../app/when-idle";
import { usePlanStore } from "../state/plan-store";
import { usePlan } from "../state/use-plan";
import { findingCounts, formatAddresses, plural } from "../review/format";
import { SummaryPanel } from "../review/summary-panel";
import { lazyStep } from "./lazy-step";
import { SUMMARY_BAR_HEIGHT } from "./summary-bar-height";
import { useShownFindings } from "./use-shown-findings";
import { stepTabId, WIZARD_PANEL_ID, WizardStepper } from "./wizard-stepper";
import { stepOf, WIZARD_STEPS } from "./wizard-steps";

const STEP_VIEWS = new Map(WIZARD_STEPS.map((step) => [step.id, lazyStep(step.load)]));

/** The step the page opens on, loading from the moment this module runs (nothing when it opens on AKS Arc). */
export const initialStepLoaded: Promise<unknown> =
  usePlanStore.getState().platform === "aks-hci" ? (STEP_VIEWS.get(stepOf(usePlanStore.getState().step).id)?.preload() ?? Promise.resolve()) : Promise.resolve();

function StepLoading() {
  return (
    <Typography role="status" sx={{ color: "text.secondary" }}>
      Loading the step…
    </Typography>
  );
}

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
function SummaryBar() {
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

function SummaryAside() {
  const plan = usePlan();
  const findings = useShownFindings();
  return (
    <Box component="aside" aria-label="Plan summary" sx={{ position: "sticky", top: 16, alignSelf: "start" }}>
      <SummaryPanel plan={plan} findings={findings} />
    </Box>
  );
}

/**
 * The wizard page: the steps, the current step's form and the live summary beside it (below it,
 * collapsible, on narrow screens). A step's form re-reads the store when the plan is replaced whole.
 */
export function Wizard() {
  const step = usePlanStore((state) => state.step);
  const revision = usePlanStore((state) => state.revision);
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up("md"), { noSsr: true });
  // The summary follows the first step's first paint, so the step answers its first click sooner.
  const summaryShown = useIdle();
  const current = stepOf(step).id;
  const CurrentStep = STEP_VIEWS.get(current)?.Component ?? StepLoading;
  useEffect(() => {
    // Fetch the other steps while the admin reads the first, so Next rarely waits on the network;
    // not before the page has settled, so their code never runs in the way of the first click.
    void whenSettled().then(() => {
      for (const view of STEP_VIEWS.values()) void view.preload();
    });
  }, []);
  return (
    <>
      <WizardStepper />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 1fr) 320px" }, gap: 4 }}>
        <Box role="tabpanel" id={WIZARD_PANEL_ID} aria-labelledby={stepTabId(current)} sx={{ minWidth: 0 }}>
          <Suspense fallback={<StepLoading />}>
            <CurrentStep key={`${step}-${revision}`} />
          </Suspense>
        </Box>
        {wide && summaryShown && <SummaryAside />}
      </Box>
      {!wide && summaryShown && <SummaryBar />}
    </>
  );
}
