import { useEffect, useRef, useState, type SyntheticEvent } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Snackbar, { type SnackbarCloseReason } from "@mui/material/Snackbar";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { offerUndo } from "../state/undo";
import { ReplacePlanDialog } from "./replace-plan-dialog";
import { watchShareLinks, type LinkWatcher } from "./share-link-watcher";

interface PendingPlan {
  current: PlanInput;
  incoming: PlanInput;
}

/**
 * Mounted once: opens the plan of a share link, asks before it replaces a different draft, and
 * says what is wrong with a damaged link while leaving the saved draft alone. History handling is
 * described in share-link-watcher.ts.
 */
export function ShareLinkGate() {
  const [pending, setPending] = useState<PendingPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const watcher = useRef<LinkWatcher | null>(null);

  useEffect(() => {
    const watching = watchShareLinks({
      ask: (current, incoming) => {
        setProblem(null);
        setPending({ current, incoming });
      },
      problem: (message) => {
        setPending(null);
        setProblem(message);
      },
      settled: () => {
        setProblem(null);
        setPending(null);
      },
    });
    watcher.current = watching;
    return () => {
      watching.stop();
      watcher.current = null;
    };
  }, []);

  const replace = () => {
    if (pending) {
      offerUndo("Opened the plan in the link in place of yours.");
      usePlanStore.getState().loadInput(pending.incoming);
    }
    setPending(null);
  };

  const keepMine = () => {
    setPending(null);
    watcher.current?.keepMine();
  };

  const closeProblem = (_: Event | SyntheticEvent, reason?: SnackbarCloseReason) => {
    // The message stays until the admin dismisses it: a click elsewhere must not hide it.
    if (reason !== "clickaway") setProblem(null);
  };

  return (
    <>
      {pending && <ReplacePlanDialog source="link" current={pending.current} incoming={pending.incoming} onReplace={replace} onKeep={keepMine} />}
      <Snackbar open={problem !== null} onClose={closeProblem} anchorOrigin={{ vertical: "top", horizontal: "center" }}>
        <Alert severity="error" variant="filled" onClose={() => setProblem(null)} sx={{ maxWidth: 640 }}>
          <AlertTitle>This link could not be opened</AlertTitle>
          {problem} Your saved plan is unchanged.
        </Alert>
      </Snackbar>
    </>
  );
}
