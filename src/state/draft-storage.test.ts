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

  /** A draft whose plan differs from `draft`'s in the virtual network's name. */
  function named(name: string, step: Draft["step"] = "virtual-network"): typeof saved {
    return { state: { ...draft, step, input: { ...draft.input, vnet: { ...draft.input.vnet, name } } }, version: DRAFT_VERSION };
  }

  function stored(backing: Storage): unknown {
    return JSON.parse(backing.getItem(DRAFT_KEY) ?? "null");
  }

  /** Two tabs on one storage, both opened on what it holds; B's saves wait for a scheduler run by hand. */
  function twoTabs(backing = memoryStorage()) {
    const due: Array<() => void> = [];
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b", (save) => due.push(save));
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    const clashes = () => [tabA.status.getState().clash, tabB.status.getState().clash];
    return { backing, tabA, tabB, runDue: () => due.splice(0).forEach((save) => save()), clashes };
  }

  it("saves over a change of the plan another tab made that it has not shown yet, when it changed the plan too, and both tabs say so", () => {
    const { backing, tabA, tabB, clashes } = twoTabs();
    tabA.setItem(DRAFT_KEY, named("theirs"));
    // Tab B's edit waits for its save when tab A's storage event reaches it.
    tabB.setItem(DRAFT_KEY, named("mine"));
    expect(tabB.otherTabSaved()).toBe(false);
    expect(stored(backing)).toEqual({ ...named("mine"), tab: "tab-b", over: "tab-a" });
    expect(tabA.otherTabSaved()).toBe(true);
    expect(tabA.getItem(DRAFT_KEY)).toEqual(named("mine"));
    expect(clashes()).toEqual(["replaced-by-other-tab", "saved-over-other-tab"]);
  });

  it("saves an edit without a word over another tab's save that changed no plan (a move to another step)", () => {
    const { backing, tabA, tabB, runDue, clashes } = twoTabs();
    // Tab B moves to another step, and tab A edits before that save's storage event reaches it.
    tabB.setItem(DRAFT_KEY, edited);
    runDue();
    tabA.setItem(DRAFT_KEY, named("mine"));
    expect(stored(backing)).toEqual({ ...named("mine"), tab: "tab-a" });
    expect(tabB.otherTabSaved()).toBe(true);
    expect(tabB.getItem(DRAFT_KEY)).toEqual(named("mine"));
    expect(clashes()).toEqual([null, null]);
  });

  it("lets a waiting save that changed no plan of its own give way to another tab's edit, which it then follows", () => {
    const { backing, tabA, tabB, runDue, clashes } = twoTabs();
    tabB.setItem(DRAFT_KEY, edited);
    tabA.setItem(DRAFT_KEY, named("theirs"));
    runDue();
    expect(stored(backing)).toEqual({ ...named("theirs"), tab: "tab-a" });
    expect(tabB.otherTabSaved()).toBe(true);
    expect(tabB.getItem(DRAFT_KEY)).toEqual(named("theirs"));
    expect(clashes()).toEqual([null, null]);
  });

  it("gives way without a word when both tabs made the same change", () => {
    const { backing, tabA, tabB, runDue, clashes } = twoTabs();
    tabB.setItem(DRAFT_KEY, named("same", "clusters"));
    tabA.setItem(DRAFT_KEY, named("same"));
    runDue();
    expect(stored(backing)).toEqual({ ...named("same"), tab: "tab-a" });
    expect(clashes()).toEqual([null, null]);
  });

  it("has nothing to follow when another tab saved the plan this tab shows", () => {
    const { tabA, tabB, runDue } = twoTabs();
    tabA.setItem(DRAFT_KEY, named("shared"));
    expect(tabB.otherTabSaved()).toBe(true);
    tabB.getItem(DRAFT_KEY);
    tabB.setItem(DRAFT_KEY, named("shared", "clusters"));
    runDue();
    expect(tabA.otherTabSaved()).toBe(false);
    // Nor after its own save: what storage holds is what it wrote.
    tabA.setItem(DRAFT_KEY, named("mine"));
    expect(tabA.otherTabSaved()).toBe(false);
  });

  it("with a scheduler, tells it of each edit and writes the latest once, when the scheduler says", () => {
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
    expect(due).toHaveLength(2);
    due.forEach((save) => save());
    expect(writes.map((text) => JSON.parse(text) as unknown)).toEqual([{ ...edited, tab: "tab-a" }]);
    expect(storage.flush()).toBe(false);
  });

  it("saves what waits before it reads storage, and on flush", () => {
    const backing = memoryStorage();
    const storage = createDraftStorage(() => backing, "tab-a", () => undefined);
    storage.getItem(DRAFT_KEY);
    storage.setItem(DRAFT_KEY, named("mine"));
    expect(storage.getItem(DRAFT_KEY)).toEqual(named("mine"));
    storage.setItem(DRAFT_KEY, edited);
    expect(storage.flush()).toBe(true);
    expect(storage.flush()).toBe(false);
    expect(stored(backing)).toEqual({ ...edited, tab: "tab-a" });
  });

  it("follows another tab's saves without a word when nothing was saved over", () => {
    const backing = memoryStorage();
    const tabA = createDraftStorage(() => backing, "tab-a");
    const tabB = createDraftStorage(() => backing, "tab-b");
    tabA.getItem(DRAFT_KEY);
    tabB.getItem(DRAFT_KEY);
    tabA.setItem(DRAFT_KEY, named("a"));
    expect(tabB.getItem(DRAFT_KEY)).toEqual(named("a"));
    tabB.setItem(DRAFT_KEY, named("b"));
    expect(tabA.getItem(DRAFT_KEY)).toEqual(named("b"));
    expect([tabA.status.getState().clash, tabB.status.getState().clash]).toEqual([null, null]);
  });
});
