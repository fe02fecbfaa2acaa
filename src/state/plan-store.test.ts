// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyPlanInput, planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import jane from "../../public/examples/jane.json";
import { DRAFT_KEY, DRAFT_VERSION } from "./draft-storage";

async function freshStore() {
  return (await freshModule()).usePlanStore;
}

async function freshModule() {
  vi.resetModules();
  return import("./plan-store");
}

/** What the browser does in this tab when another tab saves the draft. */
function saveFromOtherTab(state: object) {
  const newValue = JSON.stringify({ state, version: DRAFT_VERSION, tab: "other" });
  window.localStorage.setItem(DRAFT_KEY, newValue);
  window.dispatchEvent(new StorageEvent("storage", { key: DRAFT_KEY, newValue }));
}

/** What the page does as it goes away: every edit still waiting for its save is saved. */
function hidePage() {
  window.dispatchEvent(new Event("pagehide"));
}

/** The saved draft, once the edits waiting for their save are saved. */
function storedDraft(): unknown {
  hidePage();
  const text = window.localStorage.getItem(DRAFT_KEY);
  return text === null ? null : JSON.parse(text);
}

const janeInput: PlanInput = planInputSchema.parse(jane);

beforeEach(() => {
  window.localStorage.clear();
});

// No save of one test may land in the next one's storage.
afterEach(hidePage);

describe("plan store actions", () => {
  it("starts from an empty plan on the first step", async () => {
    const store = await freshStore();
    expect(store.getState().input).toEqual(emptyPlanInput());
    expect(store.getState().step).toBe("network-model");
  });

  it("merges partial changes into the virtual network and the cloud service", async () => {
    const store = await freshStore();
    store.getState().updateVirtualNetwork({ gateway: "10.0.0.1" });
    store.getState().updateVirtualNetwork({ name: "janevnet" });
    store.getState().updateCloudService({ hostAddressing: "dhcp" });
    store.getState().setModel("dhcp");
    const { input } = store.getState();
    expect(input.vnet).toMatchObject({ gateway: "10.0.0.1", name: "janevnet", addressPrefix: "" });
    expect(input.cloudService).toEqual({ hostAddressing: "dhcp", cloudServiceCidr: "", hciHostIp: "" });
    expect(input.model).toBe("dhcp");
  });

  it("adds, updates and removes clusters and services by position", async () => {
    const store = await freshStore();
    const { addCluster, updateCluster, removeCluster, addService, updateService, removeService } = store.getState();
    addCluster({ name: "clustera", controlPlaneNodes: 3, workerNodes: 5, nodePools: [] });
    addCluster({ name: "clusterb", controlPlaneNodes: 1, workerNodes: 3, nodePools: [] });
    updateCluster(1, { workerNodes: 4 });
    removeCluster(0);
    addService({ name: "frontend", port: 443, instances: 3, cluster: "" });
    addService({ name: "backend", port: 80, instances: 1, cluster: "" });
    updateService(0, { instances: 2 });
    removeService(1);
    const { input } = store.getState();
    expect(input.clusters).toEqual([{ name: "clusterb", controlPlaneNodes: 1, workerNodes: 4, nodePools: [] }]);
    expect(input.services).toEqual([{ name: "frontend", port: 443, instances: 2, cluster: "" }]);
  });

  it("replaces the option groups it is given and keeps the others", async () => {
    const store = await freshStore();
    store.getState().updateOptions({ vipSharing: false });
    expect(store.getState().input.options).toEqual({ ...emptyPlanInput().options, vipSharing: false });
  });

  it("shows every finding once the admin reaches the review", async () => {
    const store = await freshStore();
    store.getState().setStep("cloud-service");
    expect(store.getState().revealAll).toBe(false);
    store.getState().setStep("review");
    expect(store.getState().revealAll).toBe(true);
  });

  it("records touched fields and revealed steps once each", async () => {
    const store = await freshStore();
    const { markTouched, revealStep } = store.getState();
    markTouched("vnet.gateway");
    markTouched("vnet.gateway");
    revealStep("virtual-network");
    revealStep("virtual-network");
    expect(store.getState().touchedFields).toEqual(["vnet.gateway"]);
    expect(store.getState().revealedSteps).toEqual(["virtual-network"]);
  });

  it("loadInput replaces the whole input, opens the review with every finding shown and tells the forms", async () => {
    const store = await freshStore();
    store.getState().updateVirtualNetwork({ name: "draft" });
    store.getState().markTouched("vnet.name");
    const revision = store.getState().revision;
    store.getState().loadInput(janeInput);
    const state = store.getState();
    expect(state.input).toEqual(janeInput);
    expect(state.step).toBe("review");
    expect(state.revealAll).toBe(true);
    expect(state.touchedFields).toEqual([]);
    expect(state.revision).toBe(revision + 1);
  });

  it("resetPlan goes back to an empty plan on the first step with nothing flagged", async () => {
    const store = await freshStore();
    store.getState().loadInput(janeInput);
    store.getState().resetPlan();
    const state = store.getState();
    expect(state.input).toEqual(emptyPlanInput());
    expect(state.step).toBe("network-model");
    expect(state.revealAll).toBe(false);
    expect(state.revision).toBe(2);
  });
});

describe("plan store persistence", () => {
  it("saves the draft under a versioned key and restores it after a reload", async () => {
    const store = await freshStore();
    store.getState().loadInput(janeInput);
    store.getState().setStep("clusters");
    expect(storedDraft()).toMatchObject({ version: DRAFT_VERSION, state: { step: "clusters" } });
    const reloaded = await freshStore();
    expect(reloaded.getState().input).toEqual(janeInput);
    expect(reloaded.getState().step).toBe("clusters");
  });

  it("does not store the revision counter or the actions", async () => {
    const store = await freshStore();
    store.getState().setStep("virtual-network");
    expect(Object.keys((storedDraft() as { state: object }).state).sort()).toEqual([
      "arc",
      "input",
      "platform",
      "revealAll",
      "revealedSteps",
      "step",
      "touchedFields",
    ]);
  });

  it.each([
    ["text that is not JSON", "{not json"],
    ["JSON that is not a draft", JSON.stringify({ hello: "world" })],
    ["a number", "42"],
    ["null", "null"],
    ["a draft with a bad input", JSON.stringify({ version: DRAFT_VERSION, state: { input: { model: "bgp" }, step: 2 } })],
    ["a draft with a count out of range", JSON.stringify({ version: DRAFT_VERSION, state: { input: { ...janeInput, clusters: [{ name: "a", controlPlaneNodes: -1, workerNodes: 1, nodePools: [] }] } } })],
    ["a draft of another version that does not validate", JSON.stringify({ version: 0, state: { plan: "old" } })],
    ["a draft of a newer planner", JSON.stringify({ version: DRAFT_VERSION + 1, state: { input: janeInput, step: 4 } })],
  ])("starts from an empty plan on %s and keeps it stored, untouched, until the plan changes", async (_, stored) => {
    window.localStorage.setItem(DRAFT_KEY, stored);
    const { usePlanStore: store, draftStorage } = await freshModule();
    expect(store.getState().input).toEqual(emptyPlanInput());
    expect(store.getState().step).toBe("network-model");
    expect(draftStorage.status.getState().kept?.text).toBe(stored);
    store.getState().setStep("cloud-service");
    store.getState().markTouched("vnet.name");
    hidePage();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBe(stored);
    store.getState().updateVirtualNetwork({ name: "janevnet" });
    expect(storedDraft()).toMatchObject({ version: DRAFT_VERSION, state: { input: { vnet: { name: "janevnet" } }, step: "cloud-service" } });
    expect(draftStorage.status.getState().kept).toBeNull();
  });

  it("keeps a good input when only the step or the reveal state is bad", async () => {
    const state = { input: janeInput, step: 99, revealAll: "yes", revealedSteps: "all", touchedFields: [1, 2] };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, state }));
    const store = await freshStore();
    expect(store.getState()).toMatchObject({ input: janeInput, step: "network-model", revealAll: false, revealedSteps: [], touchedFields: [] });
  });

  it("keeps a draft of another version when it still validates", async () => {
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 0, state: { input: janeInput, step: "services" } }));
    const store = await freshStore();
    expect(store.getState().input).toEqual(janeInput);
    expect(store.getState().step).toBe("services");
  });

  // Saved before the steps had names: the index was a place in the order of the time.
  it.each([
    [0, "network-model"],
    [1, "virtual-network"],
    [2, "cloud-service"],
    [3, "clusters"],
    [4, "services"],
    [5, "review"],
  ])("opens a draft saved at old step index %d on the same step, %s, and saves it by name", async (index, name) => {
    const state = { input: janeInput, step: index, revealAll: false, revealedSteps: [1, index], touchedFields: [] };
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, state }));
    const store = await freshStore();
    expect(store.getState().step).toBe(name);
    expect(store.getState().revealedSteps).toEqual(index === 1 ? ["virtual-network", "virtual-network"] : ["virtual-network", name]);
    store.getState().markTouched("vnet.name");
    expect(storedDraft()).toMatchObject({ state: { step: name } });
  });

  it("keeps working in memory when storage refuses to save, and says so once", async () => {
    const { usePlanStore: store, draftStorage } = await freshModule();
    const setItem = vi.spyOn(window.localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    try {
      expect(() => store.getState().updateVirtualNetwork({ name: "janevnet" })).not.toThrow();
      expect(store.getState().input.vnet.name).toBe("janevnet");
      hidePage();
      expect(draftStorage.status.getState().unsaved).toBe(true);
      draftStorage.dismiss("unsaved");
      store.getState().updateVirtualNetwork({ name: "janevnet2" });
      hidePage();
      expect(draftStorage.status.getState().unsaved).toBe(false);
    } finally {
      setItem.mockRestore();
    }
  });
});

describe("plan store across tabs", () => {
  it("follows the plan another tab saves, keeps its own step, tells the forms and saves nothing back", async () => {
    const store = await freshStore();
    store.getState().setStep("cloud-service");
    hidePage();
    const revision = store.getState().revision;
    const setItem = vi.spyOn(window.localStorage, "setItem");
    try {
      saveFromOtherTab({ input: janeInput, step: "services", revealAll: true, revealedSteps: [], touchedFields: [] });
      expect(setItem).toHaveBeenCalledTimes(1);
    } finally {
      setItem.mockRestore();
    }
    expect(store.getState()).toMatchObject({ input: janeInput, step: "cloud-service", revealAll: false, revision: revision + 1 });
  });

  it("saves this tab's next edit on top of the other tab's", async () => {
    const store = await freshStore();
    store.getState().updateVirtualNetwork({ name: "mine" });
    hidePage();
    saveFromOtherTab({ input: { ...store.getState().input, cloudService: { ...janeInput.cloudService } }, step: "network-model" });
    store.getState().updateVirtualNetwork({ gateway: "10.0.0.1" });
    expect(storedDraft()).toMatchObject({ state: { input: { vnet: { name: "mine", gateway: "10.0.0.1" }, cloudService: janeInput.cloudService } } });
  });

  it("saves an edit a moment after typing, not in the middle of it, and at once when the page goes away", async () => {
    const store = await freshStore();
    store.getState().updateVirtualNetwork({ name: "mine" });
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(storedDraft()).toMatchObject({ state: { input: { vnet: { name: "mine" } } } });
  });

  it("saves a waiting edit over another tab's change of the plan it has not shown yet, and says so", async () => {
    const { usePlanStore: store, draftStorage } = await freshModule();
    store.getState().updateVirtualNetwork({ name: "mine" });
    saveFromOtherTab({ input: { ...emptyPlanInput(), vnet: { ...emptyPlanInput().vnet, name: "theirs" } }, step: "network-model" });
    expect(store.getState().input.vnet.name).toBe("mine");
    expect(JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? "null")).toMatchObject({ state: { input: { vnet: { name: "mine" } } }, over: "other" });
    expect(draftStorage.status.getState().clash).toBe("saved-over-other-tab");
  });

  it("saves a waiting edit without a word when the other tab's save changed no plan, and re-opens no form", async () => {
    const { usePlanStore: store, draftStorage } = await freshModule();
    store.getState().updateVirtualNetwork({ name: "mine" });
    const revision = store.getState().revision;
    saveFromOtherTab({ input: emptyPlanInput(), step: "services" });
    expect(store.getState()).toMatchObject({ input: { vnet: { name: "mine" } }, revision });
    expect(JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? "null")).toMatchObject({ state: { input: { vnet: { name: "mine" } } } });
    expect(draftStorage.status.getState().clash).toBeNull();
  });

  it("follows another tab's later edit without a word once its own edit is saved", async () => {
    const { usePlanStore: store, draftStorage } = await freshModule();
    store.getState().updateVirtualNetwork({ name: "mine" });
    hidePage();
    saveFromOtherTab({ input: { ...store.getState().input, vnet: { ...store.getState().input.vnet, name: "theirs" } }, step: "network-model" });
    expect(store.getState().input.vnet.name).toBe("theirs");
    expect(draftStorage.status.getState().clash).toBeNull();
  });

  it("ignores a draft from another tab it cannot open, and keeps it until the plan changes here", async () => {
    const store = await freshStore();
    store.getState().updateVirtualNetwork({ name: "mine" });
    saveFromOtherTab({ input: { model: "bgp" } });
    expect(store.getState().input.vnet.name).toBe("mine");
  });
});
