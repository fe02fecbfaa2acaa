import { z } from "zod/mini";
import { arcPlanInputSchema, emptyArcPlanInput, type ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import type { PlatformId } from "../planning/platform-profile";

/**
 * The AKS Arc wizard's part of the saved draft: its plan input, its step and which findings the
 * admin has been shown. It lives beside the first platform's draft, so switching platforms keeps
 * both plans.
 */

/** Logical network, Workload clusters, Load balancers, Review. */
export const ARC_LAST_STEP = 3;

export const platformSchema = z.enum(["aks-hci", "aks-arc"]);
/** Every draft, link and file saved before the second platform is a plan of the first. */
export const FIRST_PLATFORM: PlatformId = "aks-hci";

const arcStepSchema = z.number().check(z.int(), z.gte(0), z.lte(ARC_LAST_STEP));

// As the first platform's draft: everything but the input falls back on its own.
export const arcDraftSchema = z.object({
  input: arcPlanInputSchema,
  step: z.catch(arcStepSchema, 0),
  revealAll: z.catch(z.boolean(), false),
  revealedSteps: z.catch(z.array(arcStepSchema).check(z.maxLength(ARC_LAST_STEP + 1)), []),
  touchedFields: z.catch(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(10_000)), []),
});

export type ArcDraft = z.infer<typeof arcDraftSchema>;

export function emptyArcDraft(input: ArcPlanInput = emptyArcPlanInput()): ArcDraft {
  return { input, step: 0, revealAll: false, revealedSteps: [], touchedFields: [] };
}
