import { describe, expect, it, vi } from "vitest";
import { checkPlan } from "./checks";
import { createPlan } from "./create-plan";
import { readInput } from "./read-input";
import type { PlanIssue } from "./plan";
import { emptyPlanInput, MAX_CLUSTERS, MAX_COUNT, MAX_SERVICES, type PlanInput } from "./plan-input-schema";

vi.mock("./checks", () => ({ checkPlan: vi.fn((): PlanIssue[] => []) }));

function plan(edit: (input: PlanInput) => void): PlanInput {
  const input = emptyPlanInput();
  input.vnet.addressPrefix = "10.0.0.0/24";
  input.clusters = [{ name: "clustera", controlPlaneNodes: 3, workerNodes: 5, nodePools: [] }];
  input.services = [{ name: "web", port: 443, instances: 2, cluster: "" }];
  edit(input);
  return input;
}

describe("createPlan", () => {
  it.each([
    ["static", { model: "static", nodePoolSize: 17, vipPoolSize: 3 }],
    ["dhcp", { model: "dhcp", reserve: 20, reservePrefix: 27, exclude: 3, minimumFreeLeases: 17 }],
  ] as const)("splits the need for the %s model", (model, split) => {
    expect(createPlan(plan((p) => (p.model = model))).split).toEqual(split);
  });

  it("adds the growth reserve to the minimum", () => {
    const result = createPlan(plan((p) => (p.options.growthReserve = { clusters: 1, controlPlaneNodes: 1, workerNodes: 2 })));
    expect([result.minimum, result.reserve, result.need]).toEqual([
      { node: 17, vip: 3, total: 20 },
      { node: 9, vip: 1, total: 10 },
      { node: 26, vip: 4, total: 30 },
    ]);
  });

  it.each([
    ["10.0.0.0/24", 24],
    ["10.10.2.0/22", 22],
    ["10.0.0.0", null],
    ["", null],
  ])("reads the chosen prefix of %j", (prefix, chosen) => {
    expect(createPlan(plan((p) => (p.vnet.addressPrefix = prefix))).subnet).toEqual({ minimumPrefix: 27, recommendedPrefix: 24, chosenPrefix: chosen });
  });

  it("reads the input once and hands the checks that same reading", () => {
    const input = plan((p) => ((p.vnet.addressPrefix = "10.0.0.0/24"), (p.vnet.vipPoolStart = "10.0.0.200"), (p.vnet.vipPoolEnd = "10.0.0.219")));
    const result = createPlan(input);
    expect(result.reading).toEqual(readInput(input));
    expect(result.reading.pools.vipPool.range).toEqual(result.ranges.vipPool && { start: result.ranges.vipPool.start, end: result.ranges.vipPool.end });
    expect(vi.mocked(checkPlan).mock.lastCall?.[1].reading).toBe(result.reading);
  });

  it("hands the checks the plan's needs and counts their severities", () => {
    const issues: PlanIssue[] = [
      { path: "vnet.gateway", severity: "error", message: "a" },
      { path: "vnet.vlanId", severity: "error", message: "b" },
      { path: "clusters.0.controlPlaneNodes", severity: "warning", message: "c" },
    ];
    vi.mocked(checkPlan).mockReturnValueOnce(issues);
    const input = plan(() => {});
    const result = createPlan(input);
    const context = vi.mocked(checkPlan).mock.lastCall?.[1];
    expect(context?.unread).toEqual(new Set());
    expect(context?.reading).toBe(result.reading);
    expect(context?.networks.map(({ minimum, reserve, need, subnet }) => ({ minimum, reserve, need, subnet }))).toEqual([
      { minimum: result.minimum, reserve: result.reserve, need: result.need, subnet: result.subnet },
    ]);
    expect([result.issues, result.errorCount, result.warningCount]).toEqual([issues, 2, 1]);
  });

  it("fills every part of the plan for a valid plan", () => {
    const result = createPlan(plan((p) => (p.vnet.gateway = "10.0.0.1")));
    expect(result.breakdown.length).toBeGreaterThan(0);
    expect(result.suggestions.nodePool).not.toBeNull();
    expect(result.addressMap.length).toBeGreaterThan(0);
    expect(result.recommendations.map((r) => r.id)).toEqual(["aks-host-api-server-vip", "growth-room"]);
  });

  it("plans the largest input the schema takes in a /8 without walking addresses", () => {
    const input = plan((p) => {
      p.vnet.addressPrefix = "10.0.0.0/8";
      p.clusters = Array.from({ length: MAX_CLUSTERS }, (_, i) => ({ name: `c${i}`, controlPlaneNodes: MAX_COUNT, workerNodes: MAX_COUNT, nodePools: [] }));
      p.services = Array.from({ length: MAX_SERVICES }, (_, i) => ({ name: `s${i}`, port: 1 + (i % 100), instances: MAX_COUNT, cluster: `c${i % MAX_CLUSTERS}` }));
      p.options.growthReserve = { clusters: MAX_CLUSTERS, controlPlaneNodes: MAX_COUNT, workerNodes: MAX_COUNT };
    });
    const result = createPlan(input);
    expect(result.subnet.minimumPrefix).toBeNull();
    expect(result.suggestions.nodePool).toBeNull();
    expect(result.suggestions.reason).toMatch(/no IPv4 subnet holds this plan/);
    expect(Number.isSafeInteger(result.need.total)).toBe(true);
  });
});
