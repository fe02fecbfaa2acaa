import { lazy, Suspense, useState, type ChangeEvent, type Ref } from "react";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { offerUndo } from "../state/undo";
import type { Notice } from "../ui/notice";

// Reading a file needs the plan-file gate and the link codec's fingerprint: loaded once a file is chosen.
const loadReader = () => Promise.all([import("./plan-file"), import("../share/load-decision")]);
const ReplacePlanDialog = lazy(() => import("../share/replace-plan-dialog").then((module) => ({ default: module.ReplacePlanDialog })));

export interface ImportPlanFileProps {
  /** The file input; the caller's "Import plan file" action clicks it. */
  inputRef: Ref<HTMLInputElement>;
  notify: (notice: Notice) => void;
}

interface PendingPlan {
  current: PlanInput;
  incoming: PlanInput;
  fileName: string;
}

/**
 * Opens a plan file: a bad file gets a message and replaces nothing; a good one loads, after
 * asking when the admin has a different plan open (as share links do).
 */
export function ImportPlanFile({ inputRef, notify }: ImportPlanFileProps) {
  const [pending, setPending] = useState<PendingPlan | null>(null);

  const load = (input: PlanInput, fileName: string) => {
    usePlanStore.getState().loadInput(input);
    notify({ severity: "success", text: `Opened the plan in “${fileName}”` });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    const file = field.files?.[0];
    // Cleared so that choosing the same file again reports again.
    field.value = "";
    if (!file) return;
    const [{ readPlanFile }, { decideLoad }] = await loadReader();
    const result = await readPlanFile(file);
    if (!result.ok) {
      notify({ severity: "error", text: `${result.message} Your plan is unchanged.` });
      return;
    }
    const current = usePlanStore.getState().input;
    const decision = decideLoad(current, result.input);
    if (decision === "ask") setPending({ current, incoming: result.input, fileName: file.name });
    else if (decision === "load") load(result.input, file.name);
    else notify({ severity: "success", text: `“${file.name}” holds the plan already open` });
  };

  const replace = () => {
    if (pending) {
      // The undo notice says what happened: a second notice beside it would only repeat it.
      offerUndo(`Opened the plan in “${pending.fileName}” in place of yours.`);
      usePlanStore.getState().loadInput(pending.incoming);
    }
    setPending(null);
  };

  return (
    <>
      <input ref={inputRef} type="file" accept=".json,application/json" hidden aria-label="Plan file to import" onChange={(event) => void choose(event)} />
      {pending && (
        <Suspense fallback={null}>
          <ReplacePlanDialog source="file" current={pending.current} incoming={pending.incoming} onReplace={replace} onKeep={() => setPending(null)} />
        </Suspense>
      )}
    </>
  );
}
