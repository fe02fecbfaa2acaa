import { describe, expect, it } from "vitest";
import { emptyArcDraft } from "./arc-draft";
import { janeArc } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { emptyPlanInput } from "../planning/plan-input-schema";
import { createDraftStorage, DRAFT_KEY, DRAFT_VERSION, readStoredDraft, restoreDraft, type Draft } from "./draft-storage";

const draft: Draft = { platform: "aks-hci", input: emptyPlanInput(), step: "cloud-service", revealAll: false, revealedSteps: ["virtual-network"], touchedFields: ["vnet.gateway"], arc: emptyArcDraft() };
/** A draft as the planner saved it before the second platform: no platform, no Arc plan. */
const firstPlatformOnly = { input: draft.input, step: draft.step, revealAll: draft.revealAll, revealedSteps: draft.revealedSteps, touchedFields: draft.touchedFields };

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function refusingStorage(): Storage {
  const refuse = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };
  return { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse };
}

describe("restoreDraft", () => {
  it("keeps a valid draft", () => {
    expect(restoreDraft(draft)).toEqual(draft);
  });

  it.each([undefined, null, 42, "draft", [], { step: 1 }, { ...draft, input: { ...draft.input, model: "bgp" } }])("refuses %j", (stored) => {
    expect(restoreDraft(stored)).toBeNull();
  });

  it("falls back field by field for everything but the input", () => {
    expect(restoreDraft({ input: draft.input, step: 7.5, revealedSteps: [9], touchedFields: "x", platform: "aks-x" })).toEqual({
      platform: "aks-hci",
      input: draft.input,
      step: "network-model",
      revealAll: false,
      revealedSteps: [],
      touchedFields: [],
      arc: emptyArcDraft(),
    });
  });

  it("opens a draft saved before the second platform as the first platform, with an empty AKS Arc plan", () => {
    expect(restoreDraft(firstPlatformOnly)).toEqual(draft);
  });

  it("keeps the AKS Arc plan and its place in its wizard beside the first platform's", () => {
    const arc = { input: janeArc(), step: 2, revealAll: true, revealedSteps: [0, 1], touchedFields: ["logicalNetwork.gateway"] };
    expect(restoreDraft({ ...draft, platform: "aks-arc", arc })).toEqual({ ...draft, platform: "aks-arc", arc });
  });

  it("refuses a draft whose AKS Arc plan does not validate, rather than dropping that plan", () => {
    expect(restoreDraft({ ...draft, arc: { input: { ...janeArc(), clusters: "two" } } })).toBeNull();
  });
});

describe("readStoredDraft", () => {
  it("reads nothing stored as no draft", () => {
    expect(readStoredDraft(null)).toEqual({ kind: "none" });
  });

  it("opens a draft of this version and one of an older version that still validates", () => {
    expect(readStoredDraft(JSON.stringify({ state: draft, version: DRAFT_VERSION, tab: "a" }))).toEqual({
      kind: "draft",
      value: { state: draft, version: DRAFT_VERSION },
      tab: "a",
      over: null,
    });
    expect(readStoredDraft(JSON.stringify({ state: draft, version: 0 }))).toMatchObject({ kind: "draft", value: { version: 0 } });
    expect(readStoredDraft(JSON.stringify({ state: firstPlatformOnly, version: 1 }))).toMatchObject({ kind: "draft", value: { state: draft, version: 1 } });
  });

  it.each([
    ["text that is not JSON", "{oops", null],
    ["JSON that is not a draft", "42", null],
    ["an older draft that does not validate", JSON.stringify({ state: { plan: "old" }, version: 0 }), 0],
    ["a draft of this version that does not validate", JSON.stringify({ state: { ...draft, input: { model: "bgp" } }, version: DRAFT_VERSION }), DRAFT_VERSION],
    // A newer planner may store more than this one knows: saving it back here would lose that.
    ["a newer planner's draft, even one that validates", JSON.stringify({ state: draft, version: DRAFT_VERSION + 1 }), DRAFT_VERSION + 1],
  ])("keeps %s, byte for byte", (_, text, version) => {
    expect(readStoredDraft(text)).toEqual({ kind: "kept", kept: { text, version } });
  });
});

describe("createDraftStorage", () => {
  const saved = { state: draft, version: DRAFT_VERSION };
  const edited: typeof saved = { state: { ...draft, step: "clusters" }, version: DRAFT_VERSION };

  it("round-trips a draft, tagged with the tab that saved it", () => {
    const backing = memoryStorage();
    const storage = createDraftStorage(() => backing, "tab-a");
    storage.setItem(DRAFT_KEY, saved);
    expect(JSON.parse(backing.getItem(DRAFT_KEY) ?? "")).toEqual({ ...saved, tab: "tab-a" });
    expect(storage.getItem(DRAFT_KEY)).toEqual(saved);
  });

  it("never throws when the browser refuses storage, and says once that the plan is not saved", () => {
    const storage = createDraftStorage(refusingStorage);
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(() => storage.setItem(DRAFT_KEY, saved)).not.toThrow();
    expect(storage.status.getState().unsaved).toBe(true);
    storage.dismiss("unsaved");
    storage.setItem(DRAFT_KEY, edited);
    expect(storage.status.getState().unsaved).toBe(false);
    expect(() => storage.removeItem(DRAFT_KEY)).not.toThrow();
  });

  it("says once when a save fails for a full quota, and saves again when room is back", () => {
    const backing = memoryStorage();
    const storage = createDraftStorage(() => backing);
    storage.getItem(DRAFT_KEY);
    const setItem = backing.setItem;
    backing.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    storage.setItem(DRAFT_KEY, saved);
    storage.setItem(DRAFT_KEY, edited);
    expect(backing.getItem(DRAFT_KEY)).toBeNull();
    expect(storage.status.getState().unsaved).toBe(true);
    storage.dismiss("unsaved");
    backing.setItem = setItem;
    storage.setItem(DRAFT_KEY, edited);
    expect(storage.getItem(DRAFT_KEY)).toEqual(edited);
    expect(storage.status.getState()).toEqual({ kept: null, unsaved: false, clash: null });
  });

  it("keeps a draft it cannot open until the admin changes the plan, then saves over it", () => {
    const backing = memoryStorage();
    const old = JSON.stringify({ state: { plan: "old" }, version: 0 });
    backing.setItem(DRAFT_KEY, old);
    const storage = createDraftStorage(() => backing);
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(storage.status.getState().kept).toEqual({ text: old, version: 0 });
    storage.setItem(DRAFT_KEY, saved);
    expect(backing.getItem(DRAFT_KEY)).toBe(old);
    storage.release();
    storage.setItem(DRAFT_KEY, saved);
    expect(storage.getItem(DRAFT_KEY)).toEqual(saved);
    expect(storage.status.getState().kept).toBeNull();
  });

  it("throws a kept draft away when the admin discards it", () => {
    const backing = memoryStorage();
    backing.setItem(DRAFT_KEY, "{oops");
    const storage = createDraftStorage(() => backing);
    storage.getItem(DRAFT_KEY);
    storage.discardKept();
    expect(backing.getItem(DRAFT_KEY)).toBeNull();
    expect(storage.status.getState().kept).toBeNull();
  });

  it("saves over a change of another tab it has not shown yet, and both tabs say so", () => {
    const backing = memoryStorage();
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b");
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    tabA.setItem(DRAFT_KEY, saved);
    // Tab B saves a change of its plan before the storage event of tab A's save reaches it.
    tabB.release();
    tabB.setItem(DRAFT_KEY, edited);
    expect(JSON.parse(backing.getItem(DRAFT_KEY) ?? "")).toEqual({ ...edited, tab: "tab-b", over: "tab-a" });
    expect(tabB.status.getState().clash).toBe("saved-over-other-tab");
    expect(tabA.getItem(DRAFT_KEY)).toEqual(edited);
    expect(tabA.status.getState().clash).toBe("replaced-by-other-tab");
  });

  it("with a scheduler, writes the latest edit of a batch once, when the scheduler says", () => {
    const backing = memoryStorage();
    const writes: string[] = [];
    const setItem = backing.setItem.bind(backing);
    backing.setItem = (key, value) => {
      writes.push(value);
      setItem(key, value);
    };
    const due: Array<() => void> = [];
    const storage = createDraftStorage(() => backing, "tab-a", (save) => due.push(save));
    storage.getItem(DRAFT_KEY);
    storage.setItem(DRAFT_KEY, saved);
    storage.setItem(DRAFT_KEY, edited);
    expect(backing.getItem(DRAFT_KEY)).toBeNull();
    expect(due).toHaveLength(1);
    due.forEach((save) => save());
    expect(writes.map((text) => JSON.parse(text) as unknown)).toEqual([{ ...edited, tab: "tab-a" }]);
    expect(storage.flush()).toBe(false);
  });

  it("saves a waiting edit of the plan before it reads storage, and anything waiting on flush", () => {
    const backing = memoryStorage();
    const storage = createDraftStorage(() => backing, "tab-a", () => undefined);
    storage.getItem(DRAFT_KEY);
    storage.release();
    storage.setItem(DRAFT_KEY, saved);
    expect(storage.getItem(DRAFT_KEY)).toEqual(saved);
    storage.setItem(DRAFT_KEY, edited);
    expect(storage.flushEdit()).toBe(false);
    expect(storage.flush()).toBe(true);
    expect(JSON.parse(backing.getItem(DRAFT_KEY) ?? "")).toEqual({ ...edited, tab: "tab-a" });
  });

  it("never saves a move to another step over another tab's plan it has not read yet", () => {
    const backing = memoryStorage();
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b");
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    tabA.release();
    tabA.setItem(DRAFT_KEY, saved);
    tabB.setItem(DRAFT_KEY, edited);
    expect(JSON.parse(backing.getItem(DRAFT_KEY) ?? "")).toEqual({ ...saved, tab: "tab-a" });
    expect(tabB.getItem(DRAFT_KEY)).toEqual(saved);
    expect([tabA.status.getState().clash, tabB.status.getState().clash]).toEqual([null, null]);
  });

  it("lets a waiting save of the tab's place alone give way to another tab's plan", () => {
    const backing = memoryStorage();
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b", () => undefined);
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    tabB.setItem(DRAFT_KEY, edited);
    tabA.setItem(DRAFT_KEY, saved);
    // Tab A's storage event reaches tab B: nothing of B's plan waits, so B reads A's plan.
    expect(tabB.flushEdit()).toBe(false);
    expect(tabB.getItem(DRAFT_KEY)).toEqual(saved);
    expect(tabB.flush()).toBe(false);
    expect([tabA.status.getState().clash, tabB.status.getState().clash]).toEqual([null, null]);
  });

  it("follows another tab's saves without a word when nothing was saved over", () => {
    const backing = memoryStorage();
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b");
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    tabA.setItem(DRAFT_KEY, saved);
    expect(tabB.getItem(DRAFT_KEY)).toEqual(saved);
    tabB.setItem(DRAFT_KEY, edited);
    expect(tabA.getItem(DRAFT_KEY)).toEqual(edited);
    expect([tabA.status.getState().clash, tabB.status.getState().clash]).toEqual([null, null]);
  });
});
