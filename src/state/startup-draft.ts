import type { PlanInput } from "../planning/plan-input-schema";

/**
 * The draft as the page opened it, before any edit. The share-link gate loads lazily, a moment
 * after the first step is drawn: a link is judged against this draft, so an edit typed in that
 * moment does not turn opening the link into a question about replacing that edit.
 */
let atStart: PlanInput | null = null;

/** Called once before the first render (tests set it as a page load would). */
export function rememberStartupDraft(input: PlanInput | null): void {
  atStart = input;
}

export function startupDraft(): PlanInput | null {
  return atStart;
}
