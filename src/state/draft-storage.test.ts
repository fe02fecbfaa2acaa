import { describe, expect, it } from "vitest";
import { emptyPlanInput } from "../planning/plan-input-schema";
import { createDraftStorage, DRAFT_VERSION, restoreDraft, type Draft } from "./draft-storage";

const draft: Draft = { input: emptyPlanInput(), step: 2, revealAll: false, revealedSteps: [1], touchedFields: ["vnet.gateway"] };

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
    expect(restoreDraft({ input: draft.input, step: 7.5, revealedSteps: [9], touchedFields: "x" })).toEqual({
      input: draft.input,
      step: 0,
      revealAll: false,
      revealedSteps: [],
      touchedFields: [],
    });
  });
});

describe("createDraftStorage", () => {
  it("round-trips a draft", () => {
    const backing = memoryStorage();
    const storage = createDraftStorage(() => backing);
    storage.setItem("key", { state: draft, version: DRAFT_VERSION });
    expect(storage.getItem("key")).toEqual({ state: draft, version: DRAFT_VERSION });
  });

  it("reads text that is not JSON as no draft", () => {
    const backing = memoryStorage();
    backing.setItem("key", "{oops");
    expect(createDraftStorage(() => backing).getItem("key")).toBeNull();
  });

  it("never throws when the browser refuses storage", () => {
    const storage = createDraftStorage(refusingStorage);
    expect(storage.getItem("key")).toBeNull();
    expect(() => storage.setItem("key", { state: draft, version: DRAFT_VERSION })).not.toThrow();
    expect(() => storage.removeItem("key")).not.toThrow();
  });
});
