import { z } from "zod/mini";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";

/** The localStorage key of the draft; the version is in the stored value, see DRAFT_VERSION. */
export const DRAFT_KEY = "aks-hci-planner:draft";
export const DRAFT_VERSION = 1;
export const LAST_STEP = 5;

/** What survives a reload: the plan input, the step, and which findings the admin has been shown. */
export interface Draft {
  input: PlanInput;
  step: number;
  revealAll: boolean;
  revealedSteps: number[];
  touchedFields: string[];
}

const stepSchema = z.number().check(z.int(), z.gte(0), z.lte(LAST_STEP));

// Everything but the input falls back on its own: a bad step must not throw away a good plan.
const draftSchema = z.object({
  input: planInputSchema,
  step: z.catch(stepSchema, 0),
  revealAll: z.catch(z.boolean(), false),
  revealedSteps: z.catch(z.array(stepSchema).check(z.maxLength(LAST_STEP + 1)), []),
  touchedFields: z.catch(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(10_000)), []),
});

/** The stored draft when it is a valid one, else null (the caller then starts from an empty plan). */
export function restoreDraft(stored: unknown): Draft | null {
  const parsed = draftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * localStorage behind try/catch: a corrupt value, a full quota or storage blocked by the browser
 * must cost the admin the draft at worst, never the page.
 */
export function createDraftStorage(getStorage: () => Storage = () => window.localStorage): PersistStorage<Draft> {
  return {
    getItem(name) {
      try {
        const text = getStorage().getItem(name);
        return text === null ? null : (JSON.parse(text) as StorageValue<Draft>);
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        getStorage().setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage disabled: the plan stays in memory and in share links.
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing stored that could be removed.
      }
    },
  };
}
