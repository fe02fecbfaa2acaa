import { lazy, Suspense, useEffect } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { useIdle, whenIdle, whenSettled } from "../app/when-idle";
import { loadPlanner } from "../state/planner";
import { usePlanStore } from "../state/plan-store";
import { lazyStep } from "./lazy-step";
import { stepTabId, WIZARD_PANEL_ID, WizardStepper } from "./wizard-stepper";
import { FIRST_STEP } from "./steps-table";
import { stepOf, WIZARD_STEPS } from "./wizard-steps";

const loadSummary = () => import("./plan-summary");
const SummaryAside = lazy(() => loadSummary().then((module) => ({ default: module.SummaryAside })));
const SummaryBar = lazy(() => loadSummary().then((module) => ({ default: module.SummaryBar })));

const STEP_VIEWS = new Map(WIZARD_STEPS.map((step) => [step.id, lazyStep(step.load)]));

function openingStepLoaded(): Promise<unknown> {
  const { platform, step } = usePlanStore.getState();
  if (platform !== "aks-hci") return Promise.resolve();
  const opening = STEP_VIEWS.get(stepOf(step).id)?.preload() ?? Promise.resolve();
  // A draft reopened past the first step shows its plan at once: its first frame waits for the planner too.
  return step === FIRST_STEP ? opening : Promise.all([opening, loadPlanner()]);
}

/** The step the page opens on, loading from the moment this module runs (nothing when it opens on AKS Arc). */
export const initialStepLoaded: Promise<unknown> = openingStepLoaded();

function StepLoading() {
  return (
    <Typography role="status" sx={{ color: "text.secondary" }}>
      Loading the step…
    </Typography>
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
    void whenIdle().then(loadPlanner);
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
        {wide && summaryShown && (
          <Suspense fallback={null}>
            <SummaryAside />
          </Suspense>
        )}
      </Box>
      {!wide && summaryShown && (
        <Suspense fallback={null}>
          <SummaryBar />
        </Suspense>
      )}
    </>
  );
}
