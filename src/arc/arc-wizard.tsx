import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { usePlanStore } from "../state/plan-store";
import { ARC_STEPS, arcStepOfPath, isArcPathShown } from "./arc-steps";
import { goToArcStep } from "./arc-step-frame";
import { ArcTotals } from "./arc-review";
import { ArcClustersStep } from "./steps/arc-clusters-step";
import { ArcReviewStep } from "./steps/arc-review-step";
import { LoadBalancersStep } from "./steps/load-balancers-step";
import { LogicalNetworkStep } from "./steps/logical-network-step";
import { useArcPlan } from "./use-arc-plan";

/** In ARC_STEPS' order. */
const STEP_VIEWS = [LogicalNetworkStep, ArcClustersStep, LoadBalancersStep, ArcReviewStep];

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The steps by name, each with the errors the admin has been shown on it. */
function ArcStepper() {
  const current = usePlanStore((state) => state.arc.step);
  const reveal = usePlanStore((state) => state.arc);
  const plan = useArcPlan();
  const shown = plan.issues.filter((issue) => issue.severity === "error" && isArcPathShown(issue.path, reveal));
  return (
    <Box component="nav" aria-label="AKS Arc steps" sx={{ mb: 3 }}>
      <Box component="ol" sx={{ display: "flex", flexWrap: "wrap", gap: 1, m: 0, p: 0, listStyle: "none" }}>
        {ARC_STEPS.map((step, index) => {
          const errors = shown.filter((issue) => arcStepOfPath(issue.path) === index).length;
          return (
            <li key={step.id}>
              <Button variant={index === current ? "contained" : "text"} aria-current={index === current ? "step" : undefined} onClick={() => goToArcStep(index)}>
                {index + 1}. {step.label}
                {errors > 0 && ` (${plural(errors, "error")})`}
              </Button>
            </li>
          );
        })}
      </Box>
    </Box>
  );
}

function ArcSummary() {
  const plan = useArcPlan();
  return (
    <Paper component="aside" aria-label="Plan summary" variant="outlined" sx={{ p: 2, position: { md: "sticky" }, top: 16, alignSelf: "start" }}>
      <Typography component="h2" variant="h6" gutterBottom>
        Plan summary
      </Typography>
      <ArcTotals plan={plan} />
      <Typography sx={{ mt: 2 }}>
        {plural(plan.errorCount, "error")}, {plural(plan.warningCount, "warning")}
      </Typography>
      {plan.subnet.minimumPrefix !== null && plan.need.total > 0 && <Typography variant="body2">The logical network needs a /{plan.subnet.minimumPrefix} or larger.</Typography>}
    </Paper>
  );
}

/** The AKS Arc wizard: its steps, the current step's form and the live summary beside it. */
export function ArcWizard() {
  const step = usePlanStore((state) => state.arc.step);
  const revision = usePlanStore((state) => state.revision);
  const CurrentStep = STEP_VIEWS[step] ?? LogicalNetworkStep;
  return (
    <>
      <ArcStepper />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 1fr) 300px" }, gap: 4 }}>
        <Box sx={{ minWidth: 0 }}>
          <CurrentStep key={`${step}-${revision}`} />
        </Box>
        <ArcSummary />
      </Box>
    </>
  );
}
