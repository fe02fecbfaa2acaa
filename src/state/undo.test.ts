import { beforeEach, describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import { usePlanStore } from "./plan-store";
import { dismissUndo, offerUndo, removalText, undo, useUndoStore } from "./undo";

beforeEach(() => {
  usePlanStore.getState().resetPlan();
  useUndoStore.setState({ offer: null });
});

describe("undo", () => {
  it("brings back the draft exactly as it was before the change, step and revealed findings included", () => {
    usePlanStore.getState().loadInput(janeStatic());
    usePlanStore.getState().setStep("clusters");
    usePlanStore.getState().markTouched("clusters.0.name");
    const before = usePlanStore.getState();
    const revision = before.revision;
    offerUndo("Removed workload cluster 1 (clustera).");
    usePlanStore.getState().removeCluster(0);
    undo();
    const after = usePlanStore.getState();
    expect(after.input).toEqual(janeStatic());
    expect([after.step, after.revealAll, after.touchedFields]).toEqual(["clusters", before.revealAll, ["clusters.0.name"]]);
    expect(after.revision).toBe(revision + 1);
    expect(useUndoStore.getState().offer).toBeNull();
  });

  it("keeps its own copy: later edits of the plan do not change what Undo restores", () => {
    usePlanStore.getState().loadInput(janeStatic());
    offerUndo("Started over with an empty plan.");
    usePlanStore.getState().updateVirtualNetwork({ name: "changed" });
    undo();
    expect(usePlanStore.getState().input.vnet.name).toBe("janevnet");
  });

  it("offers nothing when the draft is the empty plan: there is nothing to lose", () => {
    offerUndo("Loaded the example plan in place of yours.");
    expect(useUndoStore.getState().offer).toBeNull();
  });

  it("shows one offer at a time, and a late dismissal of an older one leaves the newer", () => {
    usePlanStore.getState().loadInput(janeStatic());
    offerUndo("first");
    const first = useUndoStore.getState().offer?.id ?? -1;
    usePlanStore.getState().loadInput(janeDhcp());
    offerUndo("second");
    dismissUndo(first);
    expect(useUndoStore.getState().offer?.text).toBe("second");
    undo();
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
  });

  it("names what was removed", () => {
    expect(removalText("workload cluster 2", "clustera")).toBe("Removed workload cluster 2 (clustera).");
    expect(removalText("service 1", "  ")).toBe("Removed service 1.");
  });
});
