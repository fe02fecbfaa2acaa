import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { usePlanStore } from "./state/plan-store";
import { rememberStartupDraft } from "./state/startup-draft";

// The store has read the saved draft by now (synchronous storage): remember it before any edit.
rememberStartupDraft(usePlanStore.getState().input);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
