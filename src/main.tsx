import { createRoot, hydrateRoot } from "react-dom/client";
import { AppRoot, firstRenderReady } from "./app/app-root";
import { earlyInput, handOverEarlyInput } from "./app/early-input";
import { usePlanStore } from "./state/plan-store";
import { rememberStartupDraft } from "./state/startup-draft";

// The store has read the saved draft by now (synchronous storage): remember it, and the link the
// page was opened with, before any edit.
rememberStartupDraft(usePlanStore.getState().input, window.location.hash);

/**
 * The built page holds the first screen a new visitor sees (src/prerender/). When it is this
 * visitor's, it is hydrated and what the admin did on it meanwhile is handed over; else (a link, a
 * draft, a phone…) it is replaced.
 */
function renderApp(root: HTMLElement): void {
  const early = root.hasAttribute("data-prerendered") ? earlyInput() : null;
  if (early) {
    hydrateRoot(root, <AppRoot onCommit={() => handOverEarlyInput(early)} />);
    return;
  }
  root.replaceChildren();
  root.removeAttribute("data-prerendered");
  createRoot(root).render(<AppRoot />);
}

const root = document.getElementById("root");
if (root) void firstRenderReady.then(() => renderApp(root));
