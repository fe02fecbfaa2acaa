import { describe, expect, it } from "vitest";
import type { PlanIssue } from "../planning/plan";
import { emptyPlanInput, type PlanInput } from "../planning/plan-input-schema";
import { createPlan } from "../planning/create-plan";
import { groupFindings } from "../planning/findings";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { shownCountsByStep, type Reveal } from "./issue-visibility";
import {
  describeCounts,
  errorCountOfStep,
  errorPathsOfStep,
  fieldPathsOfStep,
  focusCandidates,
  stepBeside,
  stepIndex,
  stepOfPath,
  unplacedFindingsOfStep,
  unplacedIssues,
  WIZARD_STEPS,
  type StepId,
} from "./wizard-steps";

describe("the steps' order", () => {
  it("asks what is deployed before where it goes", () => {
    expect(WIZARD_STEPS.map((step) => step.label)).toEqual(["Network model", "Workload clusters", "Services", "Virtual network", "MOC cloud service", "Review"]);
  });

  it("goes from a step to the one beside it, and no further than either end", () => {
    expect(stepBeside("services", 1)).toBe("virtual-network");
    expect(stepBeside("services", -1)).toBe("clusters");
    expect(stepBeside("network-model", -1)).toBeNull();
    expect(stepBeside("review", 1)).toBeNull();
  });

  it("reads a name no step has as the first step", () => {
    expect(stepIndex("no-such-step")).toBe(0);
  });
});

const issue = (path: string, severity: PlanIssue["severity"] = "error"): PlanIssue => ({ path, severity, message: `about ${path}` });

function planWithLists(): PlanInput {
  const input = emptyPlanInput();
  input.clusters = [{ name: "a", controlPlaneNodes: 1, workerNodes: 2, nodePools: [{ name: "p", count: 2, osType: "linux" }] }];
  input.services = [{ name: "web", port: 443, instances: 2, cluster: "" }];
  return input;
}

describe("stepOfPath", () => {
  it.each([
    ["model", "network-model"],
    ["vnet.gateway", "virtual-network"],
    ["vnet.dnsServers.1", "virtual-network"],
    ["cloudService.cloudServiceCidr", "cloud-service"],
    ["cloudService.hostAddressing", "cloud-service"],
    ["clusters.0.name", "clusters"],
    ["clusters", "clusters"],
    ["clusters.2.nodePools.0.count", "clusters"],
    ["services.2.port", "services"],
    ["options.vipSharing", "services"],
    ["options.growthReserve.workerNodes", "services"],
    ["", "review"],
    ["plan", "review"],
    ["constructor", "review"],
    ["vnetx.gateway", "review"],
  ])("puts %j on step %s", (path, step) => {
    expect(stepOfPath(path)).toBe(step);
  });

  it("names a step of the table for every path", () => {
    for (const path of ["model", "vnet.name", "cloudService.hciHostIp", "clusters.0", "services.0", "options.vipSharing", ""]) {
      expect(WIZARD_STEPS.map((step) => step.id)).toContain(stepOfPath(path));
    }
  });
});

describe("fieldPathsOfStep", () => {
  it("shows the node VM pool in the static model and the DHCP scope in the DHCP model", () => {
    const input = emptyPlanInput();
    expect(fieldPathsOfStep("virtual-network", input)).toContain("vnet.k8sNodeIpPoolStart");
    expect(fieldPathsOfStep("virtual-network", input)).not.toContain("vnet.dhcpScopeStart");
    input.model = "dhcp";
    expect(fieldPathsOfStep("virtual-network", input)).toContain("vnet.dhcpScopeEnd");
    expect(fieldPathsOfStep("virtual-network", input)).not.toContain("vnet.k8sNodeIpPoolEnd");
  });

  it("lists every row of the cluster and service lists", () => {
    const input = planWithLists();
    expect(fieldPathsOfStep("clusters", input)).toEqual(
      expect.arrayContaining(["clusters.0.name", "clusters.0.workerNodes", "clusters.0.nodePools.0.osType"]),
    );
    expect(fieldPathsOfStep("services", input)).toEqual(expect.arrayContaining(["services.0.port", "options.growthReserve.clusters"]));
  });

  it("asks for the cloud service CIDR only when the hosts are static", () => {
    const input = emptyPlanInput();
    expect(fieldPathsOfStep("cloud-service", input)).toContain("cloudService.cloudServiceCidr");
    input.cloudService.hostAddressing = "dhcp";
    expect(fieldPathsOfStep("cloud-service", input)).not.toContain("cloudService.cloudServiceCidr");
  });
});

describe("unplacedFindingsOfStep", () => {
  const pools = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `pool${index + 1}`, count: 1, osType: "linux" as const }));
  const withPools = (count: number, name = "a"): PlanInput => ({
    ...emptyPlanInput(),
    clusters: [{ name, controlPlaneNodes: 1, workerNodes: count, nodePools: pools(count) }],
  });
  const paths = ["clusters.0.nodePools.3.name", "clusters.0.name", "clusters.4.name", "clusters"];
  const unplacedPaths = (input: PlanInput) => unplacedFindingsOfStep(createPlan(input), groupFindings(paths.map((path) => issue(path))), "clusters").findings.map((i) => i.path);

  it("answers as unplacedIssues as the rows come and go, and while they stay as they are", () => {
    for (const input of [withPools(4), withPools(3), withPools(3, "renamed"), withPools(4, "renamed")]) {
      expect(unplacedPaths(input)).toEqual(unplacedIssues("clusters", input, paths.map((path) => issue(path))).map((i) => i.path));
    }
    expect(unplacedPaths(withPools(3))).toEqual(["clusters.0.nodePools.3.name", "clusters.4.name", "clusters"]);
    expect(unplacedPaths(withPools(4))).toEqual(["clusters.4.name", "clusters"]);
  });
});

describe("unplacedIssues", () => {
  it("keeps the issues of the step no field shows", () => {
    const input = planWithLists();
    const issues = [issue("clusters.0.name"), issue("clusters"), issue("vnet.gateway"), issue("clusters.5.name")];
    expect(unplacedIssues("clusters", input, issues).map((i) => i.path)).toEqual(["clusters", "clusters.5.name"]);
  });

  it("places a cluster network's findings at its fields in the cluster card, not again at the top of the step", () => {
    const network = { ...emptyPlanInput().vnet, name: "bnet", dnsServers: ["10.0.1.10"] };
    const input: PlanInput = { ...planWithLists(), clusterNetworks: [network] };
    const issues = ["clusterNetworks.0.gateway", "clusterNetworks.0.dnsServers.0", "clusterNetworks.0", "clusters.0.network", "clusterNetworks.1.gateway"].map((path) => issue(path));
    expect(unplacedIssues("clusters", input, issues).map((i) => i.path)).toEqual(["clusterNetworks.1.gateway"]);
  });

  it("shows a DHCP scope finding on the step once the model is static (no field holds it then)", () => {
    const input = emptyPlanInput();
    expect(unplacedIssues("virtual-network", input, [issue("vnet.dhcpScopeStart")])).toHaveLength(1);
  });

  // Looked up row by row for long lists: the answer must stay the one fieldPathsOfStep gives.
  it.each<[StepId, string]>([
    ["clusters", "clusters.0"],
    ["clusters", "clusters.0.nodePools"],
    ["clusters", "clusters.0.nodePools.0.osType"],
    ["clusters", "clusters.0.nodePools.1.name"],
    ["clusters", "clusters.0.gateway"],
    ["clusters", "clusters.1"],
    ["services", "services.0"],
    ["services", "services.0.cluster"],
    ["services", "services.0.nodePools"],
    ["services", "services.1.port"],
    ["services", "services"],
    ["services", "options.growthReserve.workerNodes"],
    ["services", "options.growthReserve"],
  ])("places %j's %j exactly where fieldPathsOfStep does", (step, path) => {
    const input = planWithLists();
    const placed = fieldPathsOfStep(step, input).includes(path);
    expect(unplacedIssues(step, input, [issue(path)])).toHaveLength(placed ? 0 : 1);
  });
});

describe("shownCountsByStep", () => {
  it("counts errors and warnings per step, only those shown", () => {
    const issues = [issue("vnet.gateway"), issue("vnet.name"), issue("vnet.vlanId", "warning"), issue("services.0.port"), issue("")];
    const reveal: Reveal = { revealAll: false, revealedSteps: ["virtual-network", "review"], touchedFields: ["services.0.name"] };
    const counts = shownCountsByStep(groupFindings(issues), reveal);
    expect(counts[stepIndex("virtual-network")]).toEqual({ errors: 2, warnings: 1 });
    expect(counts[stepIndex("services")]).toEqual({ errors: 0, warnings: 0 });
    expect(counts[stepIndex("review")]).toEqual({ errors: 1, warnings: 0 });
  });
});

describe("errorCountOfStep", () => {
  it("counts the errors of one step, shown or not, and no warnings", () => {
    const issues = [issue("vnet.gateway"), issue("vnet.name", "warning"), issue("clusters.0.name"), issue("vnet.dnsServers.0")];
    const findings = groupFindings(issues);
    expect(errorCountOfStep(findings, "virtual-network")).toBe(2);
    expect(errorCountOfStep(findings, "services")).toBe(0);
    expect(errorPathsOfStep(findings, "virtual-network")).toEqual(["vnet.gateway", "vnet.dnsServers.0"]);
  });
});

describe("describeCounts", () => {
  it.each([
    [{ errors: 0, warnings: 0 }, ""],
    [{ errors: 1, warnings: 0 }, "1 error"],
    [{ errors: 2, warnings: 1 }, "2 errors, 1 warning"],
    [{ errors: 0, warnings: 3 }, "3 warnings"],
  ])("says %j as %j", (counts, text) => {
    expect(describeCounts(counts)).toBe(text);
  });
});

describe("focusCandidates", () => {
  it.each([
    ["vnet.gateway", ["vnet.gateway"]],
    ["model", ["model"]],
    ["clusters.0.nodePools.1.count", ["clusters.0.nodePools.1.count", "clusters.0.nodePools.1", "clusters.0.nodePools", "clusters.0"]],
    ["clusters.3.nodePools", ["clusters.3.nodePools", "clusters.3"]],
    ["services.12", ["services.12"]],
    ["", []],
  ])("leads %j to the field, then the groups holding it", (path, candidates) => {
    expect(focusCandidates(path)).toEqual(candidates);
  });
});

describe("every finding of a plan has a step and a field there", () => {
  it("places a count that does not read and a node-pool sum on the Clusters step, at fields it shows", () => {
    const input: PlanInput = janeStatic();
    input.clusters[0] = { ...input.clusters[0]!, workerNodes: 5, nodePools: [{ name: "pool", count: 2, osType: "linux" }] };
    input.clusters[1] = { ...input.clusters[1]!, controlPlaneNodes: "" };
    const plan = createPlan(input);
    const paths = plan.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["clusters.1.controlPlaneNodes", "clusters.0.nodePools"]));
    for (const path of paths) expect(stepOfPath(path)).toBe("clusters");
    expect(unplacedIssues("clusters", plan.input, plan.issues)).toEqual([]);
  });
});
