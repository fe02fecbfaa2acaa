import { useState } from "react";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import Alert from "@mui/material/Alert";
import MenuBookIcon from "@mui/icons-material/MenuBook";
import RestartAltIcon from "@mui/icons-material/RestartAlt";
import jane from "../../public/examples/jane.json";
import { emptyPlanInput, planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { ConfirmDialog } from "../wizard/confirm-dialog";
import { requestHeadingFocus } from "../wizard/step-heading";

function sameInput(a: PlanInput, b: PlanInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Bundled, not fetched: the page also works opened from disk (file://) on an air-gapped host. */
function examplePlan(): PlanInput | null {
  const parsed = planInputSchema.safeParse(jane);
  return parsed.success ? parsed.data : null;
}

type Pending = "example" | "reset" | null;

/** "Load example" (the reference doc's Jane) and "Start over", each asking before it discards typed work. */
export function DraftActions() {
  const [pending, setPending] = useState<Pending>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const loadExample = () => {
    const example = examplePlan();
    setPending(null);
    if (!example) {
      setProblem("The bundled example is not a valid plan; nothing was changed.");
      return;
    }
    usePlanStore.getState().loadInput(example);
    requestHeadingFocus(usePlanStore.getState().step);
  };

  const startOver = () => {
    setPending(null);
    usePlanStore.getState().resetPlan();
    requestHeadingFocus(usePlanStore.getState().step);
  };

  const askOrLoadExample = () => {
    const { input } = usePlanStore.getState();
    const example = examplePlan();
    const nothingToLose = sameInput(input, emptyPlanInput()) || (example !== null && sameInput(input, example));
    if (nothingToLose) loadExample();
    else setPending("example");
  };

  return (
    <>
      <Button color="inherit" startIcon={<MenuBookIcon />} onClick={askOrLoadExample}>
        Load example
      </Button>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setPending("reset")}>
        Start over
      </Button>
      <ConfirmDialog
        open={pending === "example"}
        title="Replace your plan with the example?"
        confirmLabel="Load example"
        onConfirm={loadExample}
        onCancel={() => setPending(null)}
      >
        The reference doc's example (Jane: two workload clusters, a front end on port 443 and a backend database on port 80) replaces every
        field of the plan in this browser. Copy a share link or export the plan first to keep it.
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === "reset"}
        title="Start over with an empty plan?"
        confirmLabel="Start over"
        onConfirm={startOver}
        onCancel={() => setPending(null)}
      >
        Every field, cluster and service of the plan in this browser is cleared. Share links and files you exported keep their copy.
      </ConfirmDialog>
      <Snackbar open={problem !== null} onClose={() => setProblem(null)}>
        <Alert severity="error" onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      </Snackbar>
    </>
  );
}
