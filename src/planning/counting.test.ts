import { describe, expect, it } from "vitest";
import { countMinimum, serviceVipGroups, serviceVips } from "./counting";
import { emptyPlanInput, type CountedService } from "./plan-input-schema";

const svc = (name: string, port: number, instances: number, cluster = ""): CountedService => ({ name, port, instances, cluster });

describe("serviceVips", () => {
  it("lets services on other ports share the VIPs of the busiest port (Jane)", () => {
    expect(serviceVips([svc("frontend", 443, 3), svc("db", 80, 1)], true)).toBe(3);
  });
  it("adds instances on the same port", () => {
    expect(serviceVips([svc("a", 443, 2), svc("b", 443, 2)], true)).toBe(4);
  });
  it("shares only inside one load balancer", () => {
    const groups = serviceVipGroups([svc("a", 443, 2, "x"), svc("b", 80, 1, "y"), svc("c", 80, 1, "x")], true);
    expect(groups.map((g) => [g.cluster, g.vips])).toEqual([["x", 2], ["y", 1]]);
  });
  it("gives one VIP per instance with sharing off", () => {
    expect(serviceVips([svc("frontend", 443, 3), svc("db", 80, 1)], false)).toBe(4);
  });
});

describe("countMinimum", () => {
  it("counts the AKS host alone as 3", () => {
    expect(countMinimum(emptyPlanInput())).toEqual({ node: 3, vip: 0, total: 3 });
  });
});
