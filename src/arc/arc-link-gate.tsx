import { useEffect, useState } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Snackbar from "@mui/material/Snackbar";
import type { ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { decodeArcLink, isArcFragment } from "../share/arc-share-link";
import { withoutFragment } from "../share/share-url";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { arcActions } from "./arc-actions";
import { arcDraftReplaceable } from "./arc-load";

/**
 * Mounted once: opens an AKS Arc share link (at start, or pasted later), asking before it replaces
 * a different AKS Arc plan; the first platform's plan is never touched. Once handled the link leaves
 * the address bar, so a reload shows the saved draft (the link's plan, or the admin's own).
 */
export function ArcLinkGate() {
  const [pending, setPending] = useState<ArcPlanInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dropFragment = () => window.history.replaceState(window.history.state, "", withoutFragment());
    const open = () => {
      if (!isArcFragment(window.location.hash)) return;
      const decoded = decodeArcLink(window.location.hash);
      if (!decoded.ok) {
        setProblem(decoded.message);
        return;
      }
      setProblem(null);
      dropFragment();
      if (arcDraftReplaceable(decoded.input)) arcActions.loadInput(decoded.input);
      else {
        // Show the admin's own AKS Arc plan behind the question, whatever platform was on screen.
        arcActions.showPlatform();
        setPending(decoded.input);
      }
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);

  return (
    <>
      <ConfirmDialog
        open={pending !== null}
        title="Replace your AKS Arc plan with the one in this link?"
        confirmLabel="Replace"
        onConfirm={() => {
          if (pending) arcActions.loadInput(pending);
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      >
        The link holds a different AKS Arc plan. Replacing clears every field of yours; download your plan file first to keep a copy. Your plan of the other platform stays either way.
      </ConfirmDialog>
      <Snackbar open={problem !== null} anchorOrigin={{ vertical: "top", horizontal: "center" }}>
        <Alert severity="error" variant="filled" onClose={() => setProblem(null)} sx={{ maxWidth: 640 }}>
          <AlertTitle>This link could not be opened</AlertTitle>
          {problem} Your saved plan is unchanged.
        </Alert>
      </Snackbar>
    </>
  );
}
