import { z } from "zod/mini";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { arcDraftSchema, emptyArcDraft, FIRST_PLATFORM, platformSchema, type ArcDraft } from "./arc-draft";
import { emptyPlanInput, planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import type { PlatformId } from "../planning/platform-profile";
import { FIRST_STEP, STEP_IDS, type StepId } from "../wizard/steps-table";

/** The localStorage key of the draft; the version is in the stored value, see DRAFT_VERSION. */
export const DRAFT_KEY = "aks-hci-planner:draft";
/**
 * 2 added the platform and the AKS Arc draft. A version-1 planner keeps such a draft untouched
 * instead of opening it and saving over the Arc plan it cannot see.
 */
export const DRAFT_VERSION = 2;

/**
 * The order of the steps before the need-first wizard: a draft saved then holds its step as an index
 * into this list, today's drafts hold the step's name. Frozen: it reads old drafts, whatever today's
 * order is.
 */
export const STEP_ORDER_BEFORE_NAMES: readonly StepId[] = ["network-model", "virtual-network", "cloud-service", "clusters", "services", "review"];

/**
 * What survives a reload: the platform in use, the first platform's plan input, step and the
 * findings the admin has been shown, and the same for AKS Arc (each platform keeps its own plan).
 */
export interface Draft {
  platform: PlatformId;
  input: PlanInput;
  step: StepId;
  revealAll: boolean;
  revealedSteps: StepId[];
  touchedFields: string[];
  arc: ArcDraft;
}

const oldStepIndexSchema = z.number().check(z.int(), z.gte(0), z.lte(STEP_ORDER_BEFORE_NAMES.length - 1));
/** A step by its name, or by its index in the order of the time (an older draft): the same step opens. */
const stepSchema = z.union([
  z.enum(STEP_IDS as [StepId, ...StepId[]]),
  z.pipe(oldStepIndexSchema, z.transform((index) => STEP_ORDER_BEFORE_NAMES[index] ?? FIRST_STEP)),
]);

// Everything but the input falls back on its own: a bad step must not throw away a good plan.
// A draft saved before the second platform has neither platform nor arc: it opens as the first
// platform with an empty Arc plan. An Arc plan that is there but does not validate is not dropped:
// the whole draft is kept, as any draft that does not validate.
const draftSchema = z.object({
  platform: z.catch(platformSchema, FIRST_PLATFORM),
  input: planInputSchema,
  step: z.catch(stepSchema, FIRST_STEP),
  revealAll: z.catch(z.boolean(), false),
  revealedSteps: z.catch(z.array(stepSchema).check(z.maxLength(STEP_IDS.length)), []),
  touchedFields: z.catch(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(10_000)), []),
  arc: z.optional(arcDraftSchema),
});

/** The stored draft when it is a valid one, else null. */
export function restoreDraft(stored: unknown): Draft | null {
  const parsed = draftSchema.safeParse(stored);
  return parsed.success ? { ...parsed.data, arc: parsed.data.arc ?? emptyArcDraft() } : null;
}

/** A stored draft this planner cannot open: kept byte for byte until the admin saves over it or discards it. */
export interface KeptDraft {
  text: string;
  /** The planner version that saved it, when it says; null when the text is not a tagged draft. */
  version: number | null;
}

/** What the stored text holds, read without trusting it. */
export type StoredDraft =
  | { kind: "none" }
  | { kind: "draft"; value: StorageValue<Draft>; tab: string | null; over: string | null }
  | { kind: "kept"; kept: KeptDraft };

const envelopeSchema = z.object({
  state: z.unknown(),
  version: z.optional(z.number()),
  tab: z.catch(z.optional(z.string()), undefined),
  over: z.catch(z.optional(z.string()), undefined),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Classifies the stored text. A draft of an older version that still validates opens (and is saved
 * in today's version); anything else, a newer planner's draft included, is kept for the admin.
 */
export function readStoredDraft(text: string | null): StoredDraft {
  if (text === null) return { kind: "none" };
  const envelope = envelopeSchema.safeParse(parseJson(text));
  const version = envelope.success ? (envelope.data.version ?? null) : null;
  const draft = envelope.success && (version === null || version <= DRAFT_VERSION) ? restoreDraft(envelope.data.state) : null;
  if (!envelope.success || !draft) return { kind: "kept", kept: { text, version } };
  return {
    kind: "draft",
    value: { state: draft, version: version ?? DRAFT_VERSION },
    tab: envelope.data.tab ?? null,
    over: envelope.data.over ?? null,
  };
}

/**
 * What the admin must be told about the draft in this browser:
 * - `kept`: a stored draft that could not be opened, still in storage;
 * - `unsaved`: a save failed (storage full or blocked), said once per page;
 * - `clash`: this tab and another saved at the same moment and one change was saved over the other.
 */
export interface DraftStatus {
  kept: KeptDraft | null;
  unsaved: boolean;
  clash: "saved-over-other-tab" | "replaced-by-other-tab" | null;
}

export interface DraftStorage extends PersistStorage<Draft> {
  status: StoreApi<DraftStatus>;
  /** Saves what waits for its turn (see SaveScheduler) now; true when it was written. */
  flush: () => boolean;
  /**
   * Another tab saved (its storage event): saves what waits here first (see createDraftStorage),
   * then says whether storage holds a plan this tab has not shown yet, which the tab then follows.
   */
  otherTabSaved: () => boolean;
  /** The admin changed the plan: from now on it is saved, over a kept draft if there is one; called before its save. */
  release: () => void;
  /** The admin chose to throw the kept draft away. */
  discardKept: () => void;
  dismiss: (notice: "unsaved" | "clash") => void;
}

function newTabId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * When the edits waiting are to be written: called on each edit with the function that writes the
 * latest of them, which it calls when it sees fit. Without one, every edit is written as it happens.
 */
export type SaveScheduler = (save: () => void) => void;

/** What an edit can change in a draft, as text to compare: both platforms' plans (not a tab's place in its wizard). */
function planText(draft: Pick<Draft, "input" | "arc">): string {
  return JSON.stringify([draft.input, draft.arc.input]);
}

/**
 * localStorage behind try/catch: a corrupt value, a full quota or storage blocked by the browser
 * never costs the page, and never costs the admin a draft or an edit without a word.
 *
 * Several tabs share the one key, each save tagged with its tab. An edit is lost only when a save
 * replaces a plan that holds a change this tab never showed. So a tab that finds, as it saves, a
 * value of another tab it has not read yet (that tab's storage event is still on its way) compares
 * plans with the one both started from, the plan this tab last read or wrote:
 * - the other tab's plan is that one (it moved to another step, or saved what it had read): nothing
 *   of it is lost, this tab saves;
 * - the other tab changed the plan and this tab did not (or made the same change): this tab gives
 *   way and follows it;
 * - both changed it: this tab's save goes over the other's, tagged with the tab it replaced, and
 *   both tabs say so.
 *
 * With a `schedule`, an edit is written when the scheduler says (the page: once typing pauses,
 * and before the page goes away), the latest edit of a batch only: turning a plan at the schema's
 * limits into 2.5 MB of JSON on every keystroke cost tens of milliseconds each. The wait widens the
 * window in which another tab's save is not read yet, hence the comparison of plans above rather
 * than of who saved last.
 */
export function createDraftStorage(getStorage: () => Storage = () => window.localStorage, tab = newTabId(), schedule?: SaveScheduler): DraftStorage {
  const status = createStore<DraftStatus>(() => ({ kept: null, unsaved: false, clash: null }));
  // The stored text as this tab last read or wrote it; undefined while storage has not answered.
  let lastSynced: string | null | undefined;
  let unsavedSaid = false;
  // The latest state not written yet, while a scheduled save waits.
  let pending: StorageValue<Draft> | null = null;
  // The plan this tab last read or wrote (undefined: the empty plan a tab opens with when nothing is
  // stored), and its planText once a comparison needs it: most saves compare nothing.
  let syncedPlan: Pick<Draft, "input" | "arc"> | undefined;
  let syncedText: string | undefined;
  const basePlan = () => (syncedText ??= planText(syncedPlan ?? { input: emptyPlanInput(), arc: emptyArcDraft() }));

  const storedText = (): string | null | undefined => {
    try {
      return getStorage().getItem(DRAFT_KEY);
    } catch {
      return undefined;
    }
  };

  /** The draft another tab saved that this tab has not read yet, if there is one. */
  const unreadOfOtherTab = (): { tab: string; draft: Draft; over: string | null } | null => {
    const current = storedText();
    if (current === undefined || lastSynced === undefined || current === lastSynced) return null;
    const stored = readStoredDraft(current);
    return stored.kind === "draft" && stored.tab !== null && stored.tab !== tab ? { tab: stored.tab, draft: stored.value.state, over: stored.over } : null;
  };

  const remove = () => {
    pending = null;
    try {
      getStorage().removeItem(DRAFT_KEY);
      lastSynced = null;
    } catch {
      // Nothing stored that could be removed.
    }
  };

  const write = (text: string): boolean => {
    try {
      getStorage().setItem(DRAFT_KEY, text);
      lastSynced = text;
      return true;
    } catch {
      return false;
    }
  };

  /** Writes the value; false when it gave way to another tab's plan (see above) or failed. */
  const save = (value: StorageValue<Draft>): boolean => {
    const other = unreadOfOtherTab();
    const theirs = other && planText(other.draft);
    const over = theirs && theirs !== basePlan() ? other?.tab : undefined;
    if (over && [basePlan(), theirs].includes(planText(value.state))) return false;
    const saved = write(JSON.stringify({ ...value, tab, ...(over ? { over } : {}) }));
    if (saved) [syncedPlan, syncedText] = [value.state, undefined];
    if (over && saved) status.setState({ clash: "saved-over-other-tab" });
    if (!saved && !unsavedSaid) {
      unsavedSaid = true;
      status.setState({ unsaved: true });
    }
    return saved;
  };

  const flush = (): boolean => {
    const value = pending;
    pending = null;
    return value !== null && save(value);
  };

  return {
    status,
    flush,
    otherTabSaved() {
      flush();
      const current = storedText();
      if (current === undefined || current === lastSynced) return false;
      const other = unreadOfOtherTab();
      // The other tab moved to another step, or saved the plan this tab shows: nothing to follow.
      if (other && other.over !== tab && planText(other.draft) === basePlan()) {
        lastSynced = current;
        return false;
      }
      return true;
    },
    getItem() {
      // Storage is read after this tab's own edit is in it (or has given way, see save).
      flush();
      const text = storedText();
      if (text === undefined) return null;
      lastSynced = text;
      const stored = readStoredDraft(text);
      if (stored.kind === "none") {
        status.setState({ kept: null });
        return null;
      }
      if (stored.kind === "kept") {
        status.setState({ kept: stored.kept });
        return null;
      }
      [syncedPlan, syncedText] = [stored.value.state, undefined];
      status.setState(stored.over === tab ? { kept: null, clash: "replaced-by-other-tab" } : { kept: null });
      return stored.value;
    },
    setItem(_, value) {
      if (status.getState().kept) return;
      pending = value;
      if (schedule) schedule(flush);
      else flush();
    },
    removeItem: remove,
    release() {
      if (status.getState().kept) status.setState({ kept: null });
    },
    discardKept() {
      if (!status.getState().kept) return;
      remove();
      status.setState({ kept: null });
    },
    dismiss(notice) {
      status.setState(notice === "unsaved" ? { unsaved: false } : { clash: null });
    },
  };
}
