import { create } from "zustand";
import { emptyPlanInput } from "../planning/plan-input-schema";
import type { Draft } from "./draft-storage";
import { usePlanStore } from "./plan-store";

/** A destructive change the admin can still take back: what it did, and the draft before it. */
export interface UndoOffer {
  id: number;
  /** Says what happened, as the notice shows it: "Removed workload cluster 2 (clustera)." */
  text: string;
  draft: Draft;
}

interface UndoState {
  offer: UndoOffer | null;
}

/** One offer at a time: a newer destructive change replaces the notice, as it replaces the draft. */
export const useUndoStore = create<UndoState>()(() => ({ offer: null }));

let nextId = 1;

/**
 * Call just before a destructive change (a removal, Start over, a plan replaced by the example, a
 * link or a file): the notice that follows can bring this draft back exactly. Nothing is offered
 * when the draft is the empty plan: there is nothing to lose.
 */
export function offerUndo(text: string): void {
  const { platform, input, step, revealAll, revealedSteps, touchedFields, arc } = usePlanStore.getState();
  // The share link's fingerprint would be exact, but its codec stays out of the first page load.
  if (JSON.stringify(input) === JSON.stringify(emptyPlanInput())) return;
  const draft = structuredClone({ platform, input, step, revealAll, revealedSteps, touchedFields, arc });
  useUndoStore.setState({ offer: { id: nextId++, text, draft } });
}

/** Puts the draft of the offer back; the steps' forms re-read it (the revision changes). */
export function undo(): void {
  const { offer } = useUndoStore.getState();
  if (offer === null) return;
  usePlanStore.setState((state) => ({ ...offer.draft, revision: state.revision + 1 }));
  useUndoStore.setState({ offer: null });
}

/** Closes the notice of offer `id`, unless a newer one replaced it meanwhile. */
export function dismissUndo(id: number): void {
  useUndoStore.setState((state) => (state.offer?.id === id ? { offer: null } : state));
}

/** @example removalText("workload cluster 2", "clustera") // "Removed workload cluster 2 (clustera)." */
export function removalText(what: string, name: string): string {
  const trimmed = name.trim();
  return `Removed ${what}${trimmed === "" ? "" : ` (${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed})`}.`;
}
