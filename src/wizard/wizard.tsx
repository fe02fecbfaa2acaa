import { Suspense, useEffect, type ComponentType } from "react";
import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import { useIdle, whenIdle } from "../app/when-idle";
import { usePlanStore } from "../state/plan-store";
import { usePlan } from "../state/use-plan";
import { findingCounts, formatAddresses, plural } from "../review/format";
import { SummaryPanel } from "../review/summary-panel";
import { lazyStep } from "./lazy-step";
import { useShownFindings } from "./use-shown-findings";
import { NetworkModelStep } from "./steps/network-model-step";
import { stepTabId, WIZARD_PANEL_ID, WizardStepper } from "./wizard-stepper";

// The first step is in the first page load; the others load on demand (and are fetched early, below).
const LATER_STEPS = [
  lazyStep(() => import("./steps/virtual-network-step").then((module) => module.VirtualNetworkStep)),
  lazyStep(() => import("./steps/cloud-service-step").then((module) => module.CloudServiceStep)),
  lazyStep(() => import("./steps/clusters-step").then((module) => module.ClustersStep)),
  lazyStep(() => import("./steps/services-step").then((module) => module.ServicesStep)),
  lazyStep(() => import("./steps/review-step").then((module) => module.ReviewStep)),
];

const STEP_COMPONENTS: ComponentType[] = [NetworkModelStep, ...LATER_STEPS.map((step) => step.Component)];

function StepLoading() {
  return (
    <Typography role="status" sx={{ color: "text.secondary" }}>
      Loading the step…
    </Typography>
  );
}

/** On a phone the summary rides along at the bottom: its totals always in view, the rest one tap away. */
function SummaryBar() {
  const plan = usePlan();
  const shown = useShownFindings();
  const { errors, warnings, fieldsToGo } = shown.tally;
  const findings = [findingCounts(errors, warnings, { skipZero: true }), fieldsToGo > 0 ? `${plural(fieldsToGo, "field")} to go` : ""].filter(Boolean).join(", ");
  return (
    <Box component="aside" aria-label="Plan summary" sx={{ position: "sticky", bottom: 0, zIndex: 2, mt: 3, mx: -2 }}>
      <Accordion disableGutters square elevation={8}>
        <AccordionSummary expandIcon={<ExpandLessIcon />}>
          <Typography component="span" sx={{ fontWeight: 500 }}>
            Plan summary: {formatAddresses(plan.need.total)}
            {plan.unreadCounts.length > 0 && " (incomplete)"}
            {findings !== "" && `, ${findings}`}
          </Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ p: 1 }}>
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
  const CurrentStep = STEP_COMPONENTS[step] ?? NetworkModelStep;
  useEffect(() => {
    // Fetch the other steps while the admin reads the first, so Next never waits on the network;
    // not before the first step is up and the page idle, so they never delay its first click.
    void whenIdle().then(() => {
      for (const later of LATER_STEPS) void later.preload();
    });
  }, []);
  return (
    <>
      <WizardStepper />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 1fr) 320px" }, gap: 4 }}>
        <Box role="tabpanel" id={WIZARD_PANEL_ID} aria-labelledby={stepTabId(step)} sx={{ minWidth: 0 }}>
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
