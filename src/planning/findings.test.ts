import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { firstFindings, findingsAtPath, groupFindings, listFindings, planFindings, rowKeyOfPath } from "./findings";
import { generatePlanInput } from "./generate-plan-input";
import type { PlanIssue } from "./plan";
import { MAX_CLUSTERS, MAX_NODE_POOLS } from "./plan-input-schema";
import { PLAN_SECTIONS, sectionIndexOfPath } from "./plan-sections";

const issue = (path: string, severity: PlanIssue["severity"] = "error", message = `about ${path}`): PlanIssue => ({ path, severity, message });
const sectionOf = (id: string) => PLAN_SECTIONS.findIndex((section) => section.id === id);

describe("sectionIndexOfPath", () => {
  it.each([
    ["model", "model"],
    ["vnet.dnsServers.1", "vnet"],
    ["cloudService.hciHostIp", "cloudService"],
    ["clusters", "clusters"],
    ["clusters.2.nodePools.0.name", "clusters"],
    ["services.9.port", "services"],
    ["options.growthReserve.workerNodes", "services"],
    ["", "plan"],
    ["constructor", "plan"],
    ["vnetx.gateway", "plan"],
  ])("puts %j in the %s section", (path, section) => {
    expect(sectionIndexOfPath(path)).toBe(sectionOf(section));
  });
});

describe("rowKeyOfPath", () => {
  it.each([
    ["clusters.2.nodePools.0.name", "clusters.2"],
    ["clusters.10", "clusters.10"],
    ["clusters.1.name", "clusters.1"],
    ["clusters", "clusters"],
    ["vnet.dnsServers.1", "vnet"],
    ["options.growthReserve.workerNodes", "options"],
    ["clusters..name", "clusters"],
    ["", ""],
  ])("puts %j in the row %j", (path, row) => {
    expect(rowKeyOfPath(path)).toBe(row);
  });
});

describe("groupFindings at the schema's limits", () => {
  // 1,000 clusters of 50 node pools named alike: 49 duplicates per cluster, and their 50,000
  // one-node pools overflow the node VM pool (one more error, at its end); their 52,001 VMs pass the
  // vendor's tested 200 (one warning, at the clusters).
  const plan = createPlan(generatePlanInput({ clusters: MAX_CLUSTERS, servicesPerCluster: 0, nodePoolsPerCluster: MAX_NODE_POOLS, sameNodePoolNames: true }));
  const findings = groupFindings(plan.issues);
  const clusters = findings.sections[sectionOf("clusters")];

  it("holds every finding of the flat list once, with the plan's counts", () => {
    expect(plan.issues).toHaveLength(49_002);
    expect([findings.findings.length, findings.errors, findings.warnings]).toEqual([plan.issues.length, plan.errorCount, plan.warningCount]);
    expect(new Set(findings.findings)).toEqual(new Set(plan.issues));
  });

  it("counts per section, adding up to the totals", () => {
    expect(findings.sections.map((group) => group.section.id)).toEqual(PLAN_SECTIONS.map((section) => section.id));
    expect(findings.sections.map((group) => [group.section.id, group.errors, group.warnings])).toEqual([
      ["model", 0, 0],
      ["clusters", 49_000, 1],
      ["services", 0, 0],
      ["vnet", 1, 0],
      ["cloudService", 0, 0],
      ["plan", 0, 0],
    ]);
    for (const group of findings.sections) expect(group.findings).toHaveLength(group.errors + group.warnings);
    expect(findings.sections.reduce((sum, group) => sum + group.findings.length, 0)).toBe(plan.issues.length);
  });

  it("groups by path: each duplicate name at its own field, the first pool of each cluster clean", () => {
    const paths = [...findings.byRow.values()].flatMap((row) => [...row.byPath.values()]);
    expect(findings.byRow.size).toBe(1 + MAX_CLUSTERS + 1);
    expect(paths).toHaveLength(49_002);
    expect(paths.reduce((sum, list) => sum + list.findings.length, 0)).toBe(plan.issues.length);
    expect(findingsAtPath(findings, "clusters.999.nodePools.49.name")).toMatchObject({ errors: 1, warnings: 0 });
    expect(findingsAtPath(findings, "clusters.0.nodePools.0.name")).toEqual({ findings: [], errors: 0, warnings: 0 });
    expect(findingsAtPath(findings, "vnet.k8sNodeIpPoolEnd").errors).toBe(1);
  });

  it("regroups only the row an edit touched: the other rows keep their grouping object", () => {
    const input = generatePlanInput({ clusters: MAX_CLUSTERS, servicesPerCluster: 0, nodePoolsPerCluster: MAX_NODE_POOLS, sameNodePoolNames: true });
    const edited = input.clusters.map((cluster, index) =>
      index === 0 ? { ...cluster, nodePools: cluster.nodePools.map((pool, poolIndex) => (poolIndex === 1 ? { ...pool, name: "pool9" } : pool)) } : cluster,
    );
    const before = groupFindings(createPlan(input).issues);
    const after = groupFindings(createPlan({ ...input, clusters: edited }).issues, before);
    expect(after.errors).toBe(before.errors - 1);
    expect(after.byRow.get("clusters.1")).toBe(before.byRow.get("clusters.1"));
    expect(after.byRow.get("clusters.999")).toBe(before.byRow.get("clusters.999"));
    expect(after.byRow.get("clusters.0")).not.toBe(before.byRow.get("clusters.0"));
    expect(findingsAtPath(after, "clusters.0.nodePools.1.name")).toBe(findingsAtPath(after, "model"));
    expect(findingsAtPath(after, "clusters.0.nodePools.2.name")).toBe(findingsAtPath(before, "clusters.0.nodePools.2.name"));
  });

  it("shows the first 50 of the clusters' findings and counts the rest", () => {
    const { shown, more } = firstFindings(clusters ?? listFindings([]), 50);
    expect(shown).toHaveLength(50);
    expect(shown[0]?.path).toBe("clusters.0.nodePools.1.name");
    expect(more).toEqual({ errors: 48_950, warnings: 1 });
  });
});

describe("groupFindings", () => {
  const issues = [issue("vnet.vipPoolEnd", "warning"), issue("vnet.gateway"), issue("clusters.1.controlPlaneNodes", "warning"), issue("vnet.vipPoolEnd"), issue("")];

  it("lists errors before warnings, each in the planner's order, overall, per section and per path", () => {
    const findings = groupFindings(issues);
    expect(findings.findings.map((item) => `${item.severity} ${item.path}`)).toEqual([
      "error vnet.gateway",
      "error vnet.vipPoolEnd",
      "error ",
      "warning vnet.vipPoolEnd",
      "warning clusters.1.controlPlaneNodes",
    ]);
    expect(findings.sections[sectionOf("vnet")]).toMatchObject({ errors: 2, warnings: 1 });
    expect(findings.sections[sectionOf("plan")]).toMatchObject({ errors: 1, warnings: 0 });
    expect(findingsAtPath(findings, "vnet.vipPoolEnd").findings.map((item) => item.severity)).toEqual(["error", "warning"]);
  });

  it("keeps a path's list from the previous grouping while its findings read the same", () => {
    const before = groupFindings(issues);
    const after = groupFindings([...issues.map((item) => ({ ...item })), issue("vnet.gateway", "error", "a second one")], before);
    expect(findingsAtPath(after, "vnet.vipPoolEnd")).toBe(findingsAtPath(before, "vnet.vipPoolEnd"));
    expect(findingsAtPath(after, "vnet.gateway")).not.toBe(findingsAtPath(before, "vnet.gateway"));
    expect(findingsAtPath(after, "vnet.gateway").errors).toBe(2);
  });

  it("hands on the very findings of untouched paths, and settles a path whose first finding stayed but whose others changed", () => {
    const before = groupFindings(issues);
    const after = groupFindings([issues[0], issues[1], issues[2], issue("vnet.vipPoolEnd", "error", "reworded"), issues[4]].filter((item) => item !== undefined), before);
    expect(findingsAtPath(after, "vnet.gateway")).toBe(findingsAtPath(before, "vnet.gateway"));
    expect(findingsAtPath(after, "clusters.1.controlPlaneNodes")).toBe(findingsAtPath(before, "clusters.1.controlPlaneNodes"));
    expect(findingsAtPath(after, "vnet.vipPoolEnd")).not.toBe(findingsAtPath(before, "vnet.vipPoolEnd"));
    expect(findingsAtPath(after, "vnet.vipPoolEnd").findings.map((item) => item.message)).toEqual(["reworded", issues[0]?.message]);
    expect(after.sections[sectionOf("vnet")]).toMatchObject({ errors: 2, warnings: 1 });
  });

  it("gathers a row's findings wherever the planner lists them, and tells clusters.1 from clusters.10", () => {
    const findings = groupFindings([
      issue("clusters.1.name"),
      issue("vnet.gateway"),
      issue("clusters.10.name"),
      issue("clusters.1.name", "warning"),
      issue("clusters"),
      issue("clusters.1.workerNodes"),
    ]);
    expect(findingsAtPath(findings, "clusters").errors).toBe(1);
    expect(findingsAtPath(findings, "clusters.1.name")).toMatchObject({ errors: 1, warnings: 1 });
    expect(findingsAtPath(findings, "clusters.10.name")).toMatchObject({ errors: 1, warnings: 0 });
    expect(findings.byRow.get("clusters.1")?.issues.map((item) => item.path)).toEqual(["clusters.1.name", "clusters.1.name", "clusters.1.workerNodes"]);
  });

  it("gives every path without findings the same empty list", () => {
    const findings = groupFindings(issues);
    expect(findingsAtPath(findings, "vnet.name")).toBe(findingsAtPath(findings, "model"));
  });

  it("groups a plan once, however often it is asked", () => {
    const plan = createPlan(generatePlanInput({ clusters: 2 }));
    expect(planFindings(plan)).toBe(planFindings(plan));
  });
});

describe("firstFindings", () => {
  const list = listFindings([issue("a", "warning"), issue("b"), issue("c", "warning"), issue("d"), issue("e")]);

  it.each([
    [0, [], { errors: 3, warnings: 2 }],
    [2, ["b", "d"], { errors: 1, warnings: 2 }],
    [4, ["b", "d", "e", "a"], { errors: 0, warnings: 1 }],
    [5, ["b", "d", "e", "a", "c"], { errors: 0, warnings: 0 }],
    [50, ["b", "d", "e", "a", "c"], { errors: 0, warnings: 0 }],
  ])("shows the first %i, errors first, and counts the rest", (limit, paths, more) => {
    const result = firstFindings(list, limit);
    expect(result.shown.map((item) => item.path)).toEqual(paths);
    expect(result.more).toEqual(more);
  });
});
