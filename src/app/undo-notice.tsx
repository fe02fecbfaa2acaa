import { useEffect, useRef, useState } from "react";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Snackbar from "@mui/material/Snackbar";
import SnackbarContent from "@mui/material/SnackbarContent";
import CloseIcon from "@mui/icons-material/Close";
import { dismissUndo, undo, useUndoStore } from "../state/undo";
import { usePlanStore } from "../state/plan-store";
import { requestHeadingFocus } from "../wizard/step-heading";

/** Long enough to read the notice and reach Undo by keyboard; the clock stops while it is focused or hovered. */
export const UNDO_SECONDS = 15;

/**
 * The notice after a destructive change: what happened, and Undo. Rendered before the main content
 * (a snackbar is not a portal), so Shift+Tab from the step reaches it; it does not take the focus.
 */
export function UndoNotice() {
  const offer = useUndoStore((state) => state.offer);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const paused = hovered || focused;

  useEffect(() => {
    if (offer === null || paused) return;
    const timer = window.setTimeout(() => dismissUndo(offer.id), UNDO_SECONDS * 1_000);
    return () => window.clearTimeout(timer);
  }, [offer, paused]);

  const takeBack = () => {
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    undo();
    setFocused(false);
    // The notice goes away under the focus: hand it to the step the restored plan opens on.
    if (hadFocus) requestHeadingFocus(usePlanStore.getState().step);
  };

  return (
    <Snackbar open={offer !== null} anchorOrigin={{ vertical: "bottom", horizontal: "left" }}>
      <SnackbarContent
        ref={root}
        role="status"
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={(event) => setFocused(root.current?.contains(event.relatedTarget as Node | null) ?? false)}
        message={offer?.text}
        action={
          <>
            <Button color="inherit" size="small" onClick={takeBack} sx={{ fontWeight: 700, textDecoration: "underline" }}>
              Undo
            </Button>
            <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={() => offer && dismissUndo(offer.id)}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
        sx={{ maxWidth: 640 }}
      />
    </Snackbar>
  );
}
