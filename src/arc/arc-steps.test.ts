import { describe, expect, it } from "vitest";
import { createArcPlan } from "../planning/aks-arc/create-arc-plan";
import { emptyArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { janeArcWith } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { arcFieldName } from "./arc-field-names";
import { ARC_LAST_STEP } from "../state/arc-draft";
import { ARC_REVIEW_STEP, ARC_STEPS, arcFocusCandidates, arcStepOfPath, isArcPathShown } from "./arc-steps";

const stepNamed = (label: string) => ARC_STEPS.findIndex((step) => step.label === label);

describe("arcStepOfPath", () => {
  it.each([
    ["logicalNetwork.gateway", "Logical network"],
    ["logicalNetwork.dnsServers.0", "Logical network"],
    ["managementBlock.end", "Logical network"],
    ["clusters", "Workload clusters"],
    ["clusters.1.controlPlaneIp", "Workload clusters"],
    ["clusters.0.nodePools.2.count", "Workload clusters"],
    ["clusters.0.loadBalancer.addressRanges.0", "Load balancers"],
    ["clusters.3.loadBalancer.bgpPeers", "Load balancers"],
    ["services.4.cluster", "Load balancers"],
    ["options.sharedAddresses", "Load balancers"],
    ["platform", "Review"],
  ])("puts %s on %s", (path, label) => {
    expect(arcStepOfPath(path)).toBe(stepNamed(label));
  });

  it("places every finding of a broken plan on a step with a form", () => {
    const broken = janeArcWith((input) => {
      input.logicalNetwork.gateway = "10.0.0.1";
      input.clusters[0]!.controlPlaneCount = 2;
      input.clusters[0]!.loadBalancer.addressRanges = ["10.220.32.20-10.220.32.22"];
      input.services[0]!.cluster = "nowhere";
    })();
    for (const plan of [createArcPlan(broken), createArcPlan(emptyArcPlanInput())]) {
      for (const issue of plan.issues) expect(arcStepOfPath(issue.path), issue.path).toBeLessThan(stepNamed("Review"));
    }
  });
});

it("the draft keeps a step of the wizard's table: the last one is the review", () => {
  expect(ARC_LAST_STEP).toBe(ARC_REVIEW_STEP);
  expect(ARC_STEPS[ARC_REVIEW_STEP]?.label).toBe("Review");
});

describe("isArcPathShown", () => {
  const nothing = { revealAll: false, revealedSteps: [], touchedFields: [] };
  it("hides findings of a pristine form, shows them once the field or a field inside the group was left", () => {
    expect(isArcPathShown("logicalNetwork.gateway", nothing)).toBe(false);
    expect(isArcPathShown("logicalNetwork.gateway", { ...nothing, touchedFields: ["logicalNetwork.gateway"] })).toBe(true);
    expect(isArcPathShown("clusters.0.nodePools", { ...nothing, touchedFields: ["clusters.0.nodePools.1.count"] })).toBe(true);
    expect(isArcPathShown("clusters.0.name", { ...nothing, touchedFields: ["clusters.0.nodePools.1.count"] })).toBe(false);
  });

  it("shows a step's findings once Next was pressed there, and everything on the review", () => {
    expect(isArcPathShown("services.0.name", { ...nothing, revealedSteps: [stepNamed("Load balancers")] })).toBe(true);
    expect(isArcPathShown("logicalNetwork.name", { ...nothing, revealedSteps: [stepNamed("Load balancers")] })).toBe(false);
    expect(isArcPathShown("logicalNetwork.name", { ...nothing, revealAll: true })).toBe(true);
  });
});

describe("finding links", () => {
  it("try the field, then each group holding it", () => {
    expect(arcFocusCandidates("clusters.0.nodePools.1.count")).toEqual(["clusters.0.nodePools.1.count", "clusters.0.nodePools.1", "clusters.0.nodePools", "clusters.0", "clusters"]);
  });

  it.each([
    ["logicalNetwork.gateway", "Logical network › Default gateway"],
    ["logicalNetwork.dnsServers.1", "Logical network › DNS server 2"],
    ["logicalNetwork.dnsServers", "Logical network › DNS servers"],
    ["clusters.0.nodePools.1.count", "Workload cluster 1 › Node pool 2 › Node count"],
    ["clusters.1.loadBalancer.addressRanges.0", "Workload cluster 2 › Load balancer › Address range 1"],
    ["clusters.0.loadBalancer.bgpPeers.0.peerAsn", "Workload cluster 1 › Load balancer › BGP peer 1 › Peer ASN"],
    ["services.2.cluster", "Service 3 › Cluster"],
    ["managementBlock.end", "Management block › Management block end (optional)"],
    ["clusters", "Workload clusters"],
  ])("name %s as %s", (path, name) => {
    expect(arcFieldName(path)).toBe(name);
  });
});
