import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { usePlanStore } from "./state/plan-store";
import { rememberStartupDraft } from "./state/startup-draft";
import { phoneTooltipLoaded } from "./app/plan-actions";
import { initialStepLoaded } from "./wizard/wizard";

// The store has read the saved draft by now (synchronous storage): remember it, and the link the
// page was opened with, before any edit.
rememberStartupDraft(usePlanStore.getState().input, window.location.hash);

function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById("root");
// The opening step's code (and on a phone the header's tooltip) was fetched while this script ran:
// the first render waits for it, so the first frame shows the step itself, not "Loading the step…"
// and a second render right after (measured: the first click is answered about 100 ms sooner at 1x
// CPU). A failed load renders anyway.
const firstRenderNeeds = Promise.allSettled([initialStepLoaded, phoneTooltipLoaded]);
if (root) void firstRenderNeeds.then(() => renderApp(root));
