import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { generatePlanInput } from "./generate-plan-input";
import { parseRange } from "./free-space";
import { planInputSchema } from "./plan-input-schema";

describe("generatePlanInput", () => {
  it.each([
    [1, "static"],
    [10, "dhcp"],
    [1_000, "static"],
    [1_000, "dhcp"],
  ] as const)("makes a valid %i-cluster %s plan whose pools hold its need", (clusters, model) => {
    const input = generatePlanInput({ clusters, model });
    expect(planInputSchema.safeParse(input).success).toBe(true);
    expect([input.clusters.length, input.services.length]).toEqual([clusters, clusters * 5]);
    const plan = createPlan(input);
    expect(plan.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const vipPool = parseRange(input.vnet.vipPoolStart, input.vnet.vipPoolEnd);
    const nodeSide = model === "static" ? parseRange(input.vnet.k8sNodeIpPoolStart, input.vnet.k8sNodeIpPoolEnd) : parseRange(input.vnet.dhcpScopeStart, input.vnet.dhcpScopeEnd);
    expect(vipPool && vipPool.end - vipPool.start + 1).toBeGreaterThanOrEqual(plan.need.vip);
    expect(nodeSide && nodeSide.end - nodeSide.start + 1).toBeGreaterThanOrEqual(plan.need.node);
  });

  it("is deterministic", () => {
    expect(generatePlanInput({ clusters: 7 })).toEqual(generatePlanInput({ clusters: 7 }));
  });
});
