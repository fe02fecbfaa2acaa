// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import jane from "../../public/examples/jane.json";
import { emptyArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { janeArc } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { emptyPlanInput, planInputSchema } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { arcActions } from "./arc-actions";
import { ARC_REVIEW_STEP } from "./arc-steps";

const janeInput = planInputSchema.parse(jane);
const state = () => usePlanStore.getState();

beforeEach(() => {
  window.localStorage.clear();
  state().resetPlan();
  arcActions.reset();
  state().setPlatform("aks-hci");
});

describe("two platforms in one draft", () => {
  it("switching platform keeps each platform's plan and place", () => {
    state().loadInput(janeInput);
    state().setPlatform("aks-arc");
    arcActions.updateLogicalNetwork({ addressPrefix: "10.220.32.0/24" });
    arcActions.setStep(1);
    state().setPlatform("aks-hci");
    expect(state().input).toEqual(janeInput);
    state().setPlatform("aks-arc");
    expect(state().arc.input.logicalNetwork.addressPrefix).toBe("10.220.32.0/24");
    expect(state().arc.step).toBe(1);
  });

  it("Start over on either platform leaves the other platform's plan", () => {
    arcActions.loadInput(janeArc());
    state().loadInput(janeInput);
    state().resetPlan();
    expect(state().input).toEqual(emptyPlanInput());
    expect(state().arc.input).toEqual(janeArc());
    state().loadInput(janeInput);
    arcActions.reset();
    expect(state().arc.input).toEqual(emptyArcPlanInput());
    expect(state().input).toEqual(janeInput);
  });

  it("a plan of either platform opens in its own wizard on the review, every finding shown", () => {
    arcActions.loadInput(janeArc());
    expect(state()).toMatchObject({ platform: "aks-arc", arc: { step: ARC_REVIEW_STEP, revealAll: true } });
    state().loadInput(janeInput);
    expect(state().platform).toBe("aks-hci");
  });

  it("saves the platform and the AKS Arc plan in the draft", () => {
    arcActions.loadInput(janeArc());
    // Saves wait for a pause in typing; leaving the page writes them at once.
    window.dispatchEvent(new Event("pagehide"));
    const saved = JSON.parse(window.localStorage.getItem("aks-hci-planner:draft") ?? "{}") as { state: { platform: string; arc: { input: unknown } } };
    expect(saved.state.platform).toBe("aks-arc");
    expect(saved.state.arc.input).toEqual(janeArc());
  });
});

describe("AKS Arc actions", () => {
  it("renaming a cluster takes its services along; others stay", () => {
    arcActions.loadInput(janeArc());
    arcActions.addService("cluster-b");
    arcActions.updateCluster(0, { name: "front" });
    expect(state().arc.input.services.map((service) => service.cluster)).toEqual(["front", "cluster-b"]);
  });

  it("removing a cluster keeps its services, so nothing typed disappears unseen", () => {
    arcActions.loadInput(janeArc());
    arcActions.removeCluster(0);
    expect(state().arc.input.clusters.map((cluster) => cluster.name)).toEqual(["cluster-b"]);
    expect(state().arc.input.services).toHaveLength(1);
  });

  it("adds node pools with a name of their own, and edits one pool", () => {
    arcActions.addCluster();
    arcActions.addNodePool(0);
    arcActions.updateNodePool(0, 1, { count: 4, osType: "windows" });
    expect(state().arc.input.clusters[0]?.nodePools).toEqual([
      { name: "nodepool1", count: 1, osType: "linux" },
      { name: "nodepool2", count: 4, osType: "windows" },
    ]);
    arcActions.removeNodePool(0, 0);
    expect(state().arc.input.clusters[0]?.nodePools).toHaveLength(1);
  });

  it("touching a field twice or revealing a step twice changes nothing the second time", () => {
    arcActions.markTouched("logicalNetwork.gateway");
    const before = state().arc;
    arcActions.markTouched("logicalNetwork.gateway");
    expect(state().arc).toBe(before);
    arcActions.revealStep(0);
    arcActions.revealStep(0);
    expect(state().arc.revealedSteps).toEqual([0]);
  });

  it("keeps the step inside the wizard, and the review reveals every finding", () => {
    arcActions.setStep(9);
    expect(state().arc).toMatchObject({ step: ARC_REVIEW_STEP, revealAll: true });
    arcActions.setStep(-1);
    expect(state().arc.step).toBe(0);
  });
});
