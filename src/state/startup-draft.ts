import type { PlanInput } from "../planning/plan-input-schema";

/**
 * The draft as the page opened it, before any edit, and the address's fragment then. The
 * share-link gate loads lazily, a moment after the first step is drawn: the link the page was
 * opened with is judged against this draft, so an edit typed in that moment does not turn opening
 * the link into a question about replacing that edit. A link that arrives later (pasted into the
 * address bar, even before the gate loaded) is judged against the plan on screen.
 */
let atStart: { input: PlanInput | null; fragment: string } = { input: null, fragment: "" };

/** Called once before the first render (tests set it as a page load would). */
export function rememberStartupDraft(input: PlanInput | null, fragment: string): void {
  atStart = { input, fragment };
}

/** The draft at page load when `fragment` is the one the page was opened with; else null. */
export function startupDraftFor(fragment: string): PlanInput | null {
  return fragment === atStart.fragment ? atStart.input : null;
}
