import { create } from "zustand";
import { persist } from "zustand/middleware";
import {
  emptyPlanInput,
  type CloudServiceInput,
  type NetworkModel,
  type PlanInput,
  type PlanOptionsInput,
  type ServiceInput,
  type VirtualNetworkInput,
  type WorkloadClusterInput,
  proxyOf,
  storageOf,
  type ProxyInput,
  type StorageInput,
} from "../planning/plan-input-schema";
import { FIRST_STEP, REVIEW_STEP, type StepId } from "../wizard/steps-table";
import { emptyArcDraft, FIRST_PLATFORM } from "./arc-draft";
import type { PlatformId } from "../planning/platform-profile";
import { createDraftStorage, DRAFT_KEY, DRAFT_VERSION, type Draft, type SaveScheduler } from "./draft-storage";

function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as Array<keyof T>).every((key) => a[key] === b[key]);
}

export { REVIEW_STEP };

export interface PlanState extends Draft {
  /**
   * Bumped whenever the input is replaced as a whole (example, link, import, start over), never by
   * the forms: each step's form keys on it, so it re-reads the store instead of keeping stale values.
   */
  revision: number;
  /** The wizard of the other platform shows; each platform's plan stays as it was. */
  setPlatform: (platform: PlatformId) => void;
  setModel: (model: NetworkModel) => void;
  updateVirtualNetwork: (changes: Partial<VirtualNetworkInput>) => void;
  updateCloudService: (changes: Partial<CloudServiceInput>) => void;
  setClusters: (clusters: WorkloadClusterInput[]) => void;
  addCluster: (cluster: WorkloadClusterInput) => void;
  updateCluster: (index: number, changes: Partial<WorkloadClusterInput>) => void;
  removeCluster: (index: number) => void;
  setServices: (services: ServiceInput[]) => void;
  addService: (service: ServiceInput) => void;
  updateService: (index: number, changes: Partial<ServiceInput>) => void;
  removeService: (index: number) => void;
  updateOptions: (changes: Partial<PlanOptionsInput>) => void;
  /** The cluster networks (issue 10); with none left the field leaves the input, so plans without keep their share link. */
  setClusterNetworks: (networks: VirtualNetworkInput[]) => void;
  /** A new name goes to every cluster that named the old one, in the same update. */
  updateClusterNetwork: (index: number, network: VirtualNetworkInput) => void;
  /** Storage paths and proxy, stored only once they differ from the defaults, so untouched plans keep their share link. */
  updateDeployment: (storage: StorageInput, proxy: ProxyInput) => void;
  /**
   * Replaces the whole plan input (example, share link, JSON import). Goes to the review step, where
   * the admin sees the loaded plan whole, and shows every finding, since nothing was typed here.
   */
  loadInput: (input: PlanInput) => void;
  /** Back to an empty plan on step 1, nothing flagged; the AKS Arc plan stays. */
  resetPlan: () => void;
  setStep: (step: StepId) => void;
  /** The admin left the field: its planner findings show from now on. */
  markTouched: (path: string) => void;
  /** The admin pressed Next on the step: all of its findings show from now on. */
  revealStep: (step: StepId) => void;
}

/** The first platform's part of a fresh draft: Start over leaves the platform and the Arc plan alone. */
function freshDraft(): Omit<Draft, "platform" | "arc"> {
  return { input: emptyPlanInput(), step: FIRST_STEP, revealAll: false, revealedSteps: [], touchedFields: [] };
}

function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function replaceAt<T>(items: readonly T[], index: number, changes: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...changes } : item));
}

/** How long the admin's typing pauses before the edits are saved. */
export const SAVE_DELAY_MS = 500;
/** The longest an edit waits for such a pause: what a crash of the browser could cost while the admin keeps typing. */
export const SAVE_MAX_WAIT_MS = 5_000;

/**
 * Saves once typing pauses for SAVE_DELAY_MS and the page is idle, or after SAVE_MAX_WAIT_MS of typing
 * without a pause. Saving a plan at the schema's limits took 99-106 ms in a trace, which a keystroke
 * arriving meanwhile waits out; a save 0.5 s after the first edit fell into the typing every half second.
 */
function saveAfterPause(): SaveScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstEditAt: number | undefined;
  return (save) => {
    const now = performance.now();
    firstEditAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        firstEditAt = undefined;
        if (typeof requestIdleCallback === "function") requestIdleCallback(save, { timeout: SAVE_DELAY_MS });
        else save();
      },
      Math.min(SAVE_DELAY_MS, firstEditAt + SAVE_MAX_WAIT_MS - now),
    );
  };
}

/** The draft in localStorage, and what the admin must be told about it (see DraftStatus). */
export const draftStorage = createDraftStorage(undefined, undefined, typeof window === "undefined" ? undefined : saveAfterPause());

// True while this tab takes over a draft another tab saved: see followOtherTab.
let following = false;

/** The other tab's plan, with this tab's own place in the wizard; the forms re-read the store. */
function followed(stored: Draft, current: PlanState): PlanState {
  return {
    ...current,
    ...stored,
    platform: current.platform,
    step: current.step,
    revealAll: current.revealAll,
    revealedSteps: current.revealedSteps,
    touchedFields: current.touchedFields,
    arc: { ...current.arc, input: stored.arc.input },
    revision: current.revision + 1,
  };
}

export const usePlanStore = create<PlanState>()(
  persist(
    (set) => {
      const updateInput = (change: (input: PlanInput) => Partial<PlanInput>) =>
        set((state) => ({ input: { ...state.input, ...change(state.input) } }));
      return {
        ...freshDraft(),
        platform: FIRST_PLATFORM,
        arc: emptyArcDraft(),
        revision: 0,
        setPlatform: (platform) => set((state) => (state.platform === platform ? state : { platform, revision: state.revision + 1 })),
        setModel: (model) => updateInput(() => ({ model })),
        updateVirtualNetwork: (changes) => updateInput((input) => ({ vnet: { ...input.vnet, ...changes } })),
        updateCloudService: (changes) => updateInput((input) => ({ cloudService: { ...input.cloudService, ...changes } })),
        setClusters: (clusters) => updateInput(() => ({ clusters })),
        addCluster: (cluster) => updateInput((input) => ({ clusters: [...input.clusters, cluster] })),
        updateCluster: (index, changes) => updateInput((input) => ({ clusters: replaceAt(input.clusters, index, changes) })),
        removeCluster: (index) => updateInput((input) => ({ clusters: withoutIndex(input.clusters, index) })),
        setServices: (services) => updateInput(() => ({ services })),
        addService: (service) => updateInput((input) => ({ services: [...input.services, service] })),
        updateService: (index, changes) => updateInput((input) => ({ services: replaceAt(input.services, index, changes) })),
        removeService: (index) => updateInput((input) => ({ services: withoutIndex(input.services, index) })),
        updateOptions: (changes) => updateInput((input) => ({ options: { ...input.options, ...changes } })),
        setClusterNetworks: (networks) =>
          set((state) => {
            const input: PlanInput = { ...state.input, clusterNetworks: networks };
            if (networks.length === 0) delete input.clusterNetworks;
            return { input };
          }),
        updateClusterNetwork: (index, network) =>
          updateInput((input) => {
            const before = input.clusterNetworks?.[index]?.name;
            const renamed = before !== undefined && before !== network.name;
            return {
              clusterNetworks: (input.clusterNetworks ?? []).map((each, i) => (i === index ? network : each)),
              // In the same update: a cluster naming neither the old nor the new name would fall back to the host's network.
              ...(renamed ? { clusters: input.clusters.map((cluster) => (cluster.network === before ? { ...cluster, network: network.name } : cluster)) } : {}),
            };
          }),
        updateDeployment: (storage, proxy) =>
          updateInput((input) => ({
            ...(input.storage !== undefined || !sameValues(storage, storageOf(input)) ? { storage } : {}),
            ...(input.proxy !== undefined || !sameValues(proxy, proxyOf(input)) ? { proxy } : {}),
          })),
        loadInput: (input) =>
          set((state) => ({ platform: FIRST_PLATFORM, input, step: REVIEW_STEP, revealAll: true, revealedSteps: [], touchedFields: [], revision: state.revision + 1 })),
        resetPlan: () => set((state) => ({ ...freshDraft(), revision: state.revision + 1 })),
        // Reaching the review is the admin asking to see the whole plan, findings included.
        setStep: (step) => set(step === REVIEW_STEP ? { step, revealAll: true } : { step }),
        markTouched: (path) =>
          set((state) => (state.touchedFields.includes(path) ? state : { touchedFields: [...state.touchedFields, path] })),
        revealStep: (step) =>
          set((state) => (state.revealedSteps.includes(step) ? state : { revealedSteps: [...state.revealedSteps, step] })),
      };
    },
    {
      name: DRAFT_KEY,
      version: DRAFT_VERSION,
      storage: draftStorage,
      partialize: (state): Draft => ({
        platform: state.platform,
        input: state.input,
        step: state.step,
        revealAll: state.revealAll,
        revealedSteps: state.revealedSteps,
        touchedFields: state.touchedFields,
        arc: state.arc,
      }),
      // The storage hands over only drafts it has validated (older ones in today's shape); a draft it
      // cannot open stays in storage untouched and the plan starts empty (see readStoredDraft).
      migrate: (stored) => stored as Draft,
      merge: (stored, current) => {
        const draft = stored as Draft | undefined;
        if (!draft) return current;
        return following ? followed(draft, current) : { ...current, ...draft };
      },
    },
  ),
);

/**
 * Another tab saved the draft: this tab shows that plan too, so that its next save carries the other
 * tab's edit instead of silently saving over it. Reading the storage again never writes back.
 */
export function followOtherTab(): void {
  following = true;
  try {
    void usePlanStore.persist.rehydrate();
  } finally {
    following = false;
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== DRAFT_KEY && event.key !== null) return;
    // An edit of this tab not saved yet is saved first (see createDraftStorage); following a save
    // that changed nothing of the plan would only re-open the forms under the admin's typing.
    if (draftStorage.otherTabSaved()) followOtherTab();
  });
  // Whatever way the page goes (closed, reloaded, navigated away, frozen in the background), the
  // edits waiting for their save are saved first.
  const flush = () => void draftStorage.flush();
  window.addEventListener("pagehide", flush);
  window.addEventListener("beforeunload", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
}

// The admin's first change to the plan is the choice to save over a draft this planner could not open.
usePlanStore.subscribe((state, previous) => {
  if (!following && (state.input !== previous.input || state.arc.input !== previous.arc.input)) draftStorage.release();
});
