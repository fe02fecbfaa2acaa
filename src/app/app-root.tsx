import { StrictMode, useEffect } from "react";
import { App } from "./app";
import { phoneTooltipLoaded } from "./plan-actions";
import { initialStepLoaded } from "../wizard/wizard";

/** Calls `run` once the tree it closes has been committed (hydrated, on a prerendered page). */
function AfterCommit({ run }: { run: (() => void) | undefined }) {
  useEffect(() => run?.(), [run]);
  return null;
}

/**
 * The page's whole React tree. The browser renders it and the build prerenders it (see
 * src/prerender/), so the two trees are the same element by element: hydration needs that.
 */
export function AppRoot({ onCommit }: { onCommit?: (() => void) | undefined }) {
  return (
    <StrictMode>
      <App />
      <AfterCommit run={onCommit} />
    </StrictMode>
  );
}

/**
 * The opening step's code (and on a phone the header's tooltip), fetched while the entry script ran:
 * the first render waits for it, so the first frame shows the step itself, not "Loading the step…"
 * and a second render right after. A failed load renders anyway.
 */
export const firstRenderReady: Promise<unknown> = Promise.allSettled([initialStepLoaded, phoneTooltipLoaded]);
