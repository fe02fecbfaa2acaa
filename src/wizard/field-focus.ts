import { flushSync } from "react-dom";
import { usePlanStore } from "../state/plan-store";
import { focusCandidates, stepHeadingId, stepOfPath } from "./wizard-steps";

type Listener = (path: string) => void;

const listeners = new Set<Listener>();
let pending: string | null = null;
let watching: MutationObserver | null = null;

/**
 * Lists that show a page at a time hear which field was asked for, so they can show its row; a
 * list that mounts afterwards (the step opens) reads it with `pendingFieldPath`.
 */
export function onFieldRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The field a finding's link asked for, until it has the focus. */
export function pendingFieldPath(): string | null {
  return pending;
}

function findField(path: string): HTMLElement | null {
  const name = CSS.escape(path);
  return (
    document.querySelector<HTMLElement>(`[data-field-path="${name}"]`) ??
    document.querySelector<HTMLElement>(`[name="${name}"]:checked`) ??
    document.querySelector<HTMLElement>(`[name="${name}"]:not([aria-hidden="true"]):not([type="hidden"])`)
  );
}

/**
 * Focuses the field once its step shows (its heading is in the page): the field itself, else the
 * group or row holding it, else the findings listed at the top of the step, else its heading.
 */
function focusWhenShown(path: string): boolean {
  const heading = document.getElementById(stepHeadingId(stepOfPath(path)));
  if (!heading) return false;
  const target = focusCandidates(path).map(findField).find((element) => element !== null) ?? document.querySelector<HTMLElement>("[data-step-issues]") ?? heading;
  target.focus();
  pending = null;
  return true;
}

/**
 * A finding's link (Review, the summary): opens the step of its field, shows the field's row, and
 * puts the focus in the field, so the admin lands where the fix goes. The step may still be
 * loading: the focus waits for it in the page instead of for a time.
 */
export function openField(path: string): void {
  const store = usePlanStore.getState();
  watching?.disconnect();
  watching = null;
  pending = path;
  flushSync(() => {
    store.markTouched(path);
    for (const listener of listeners) listener(path);
    store.setStep(stepOfPath(path));
  });
  if (focusWhenShown(path)) return;
  const observer = new MutationObserver(() => {
    if (pending !== path || focusWhenShown(path)) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  watching = observer;
}
