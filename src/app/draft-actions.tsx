import { lazy, Suspense, useState } from "react";
import Button from "@mui/material/Button";
import MenuBookIcon from "@mui/icons-material/MenuBook";
import RestartAltIcon from "@mui/icons-material/RestartAlt";
import jane from "../../public/examples/jane.json";
import { emptyPlanInput, planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { offerUndo } from "../state/undo";
import { REFERENCE_DOC_TITLE } from "../planning/wording";
import { requestHeadingFocus } from "../wizard/step-heading";
import { useIdle } from "./when-idle";

// Dialogs load when first opened: the first page load does without them.
const ConfirmDialog = lazy(() => import("../ui/confirm-dialog").then((module) => ({ default: module.ConfirmDialog })));

function sameInput(a: PlanInput, b: PlanInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Bundled, not fetched: the page also works opened from disk (file://) on an air-gapped host. Read
 * through the schema like any outside plan; were it ever broken, the button is disabled, not fatal.
 */
function examplePlan(): PlanInput | null {
  const parsed = planInputSchema.safeParse(jane);
  return parsed.success ? parsed.data : null;
}

// Read when first needed, not as the page's code loads: the first read of a plan sets up the schema,
// time the first step's first paint does without.
let example: PlanInput | null | undefined;

function bundledExample(): PlanInput | null {
  if (example === undefined) example = examplePlan();
  return example;
}

type Pending = "example" | "reset" | null;

/** "Load example" (the reference doc's Jane) and "Start over", each asking before it discards typed work. */
export function DraftActions() {
  const [pending, setPending] = useState<Pending>(null);
  // Reading the example through the schema waits until the page has settled, out of the first click's way.
  const idle = useIdle("settled");

  const loadExample = () => {
    setPending(null);
    const loaded = bundledExample();
    if (!loaded) return;
    offerUndo("Loaded the example plan in place of yours.");
    usePlanStore.getState().loadInput(structuredClone(loaded));
    requestHeadingFocus(usePlanStore.getState().step);
  };

  const startOver = () => {
    setPending(null);
    offerUndo("Started over with an empty plan.");
    usePlanStore.getState().resetPlan();
    requestHeadingFocus(usePlanStore.getState().step);
  };

  const askOrLoadExample = () => {
    const { input } = usePlanStore.getState();
    const loaded = bundledExample();
    const nothingToLose = sameInput(input, emptyPlanInput()) || (loaded !== null && sameInput(input, loaded));
    if (nothingToLose) loadExample();
    else setPending("example");
  };

  return (
    <>
      <Button color="inherit" startIcon={<MenuBookIcon />} onClick={askOrLoadExample} disabled={idle && bundledExample() === null}>
        Load example
      </Button>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setPending("reset")}>
        Start over
      </Button>
      {pending === "example" && (
        <Suspense fallback={null}>
          <ConfirmDialog open title="Replace your plan with the example?" confirmLabel="Load example" onConfirm={loadExample} onCancel={() => setPending(null)}>
            The example of {REFERENCE_DOC_TITLE} (Jane: two workload clusters, a front end on port 443 and a backend database on port 80) replaces every
            field of the plan in this browser. Undo in the notice that follows brings yours back; a share link or an exported plan keeps a copy.
          </ConfirmDialog>
        </Suspense>
      )}
      {pending === "reset" && (
        <Suspense fallback={null}>
          <ConfirmDialog open title="Start over with an empty plan?" confirmLabel="Start over" onConfirm={startOver} onCancel={() => setPending(null)}>
            Every field, cluster and service of the plan in this browser is cleared. Undo in the notice that follows brings them back; share links
            and files you exported keep their copy.
          </ConfirmDialog>
        </Suspense>
      )}
    </>
  );
}
