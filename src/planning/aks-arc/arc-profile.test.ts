import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AKS_ARC_PROFILE } from "./arc-profile";
import { janeArc } from "./fixtures/arc-plan-inputs";

describe("the AKS Arc profile", () => {
  it("offers a blank input its own schema accepts, planned without findings beyond the blank fields", () => {
    const blank = AKS_ARC_PROFILE.emptyInput();
    expect(AKS_ARC_PROFILE.schema.safeParse(blank).success).toBe(true);
    const plan = AKS_ARC_PROFILE.createPlan(blank);
    expect(plan.issues.every((issue) => issue.message.startsWith("Enter "))).toBe(true);
    expect(AKS_ARC_PROFILE.scripts.map((script) => script.build(plan).ok)).toEqual([false, false]);
  });

  it("gives the vendor example's totals, pools table and both scripts", () => {
    const plan = AKS_ARC_PROFILE.createPlan(janeArc());
    expect(AKS_ARC_PROFILE.totals(plan).map((total) => [total.id, total.count])).toEqual([
      ["ip-pool", 16],
      ["load-balancer", 3],
      ["total", 19],
    ]);
    expect(AKS_ARC_PROFILE.pools.map((pool) => pool.id)).toEqual(["ip-pool", "load-balancer"]);
    expect(plan.pools.map((pool) => pool.id)).toEqual(["ip-pool", "load-balancer-0", "load-balancer-1"]);
    expect(AKS_ARC_PROFILE.scripts.map((script) => [script.id, script.build(plan).ok])).toEqual([
      ["ps1", true],
      ["sh", true],
    ]);
  });

  it("never throws on any text in any field, and refuses scripts exactly when there are errors", () => {
    const address = fc.oneof(fc.constantFrom("", "10.220.32.5", "10.220.32.0/24", "10.96.0.1", "300.1.1.1", "::1", "10.220.32.40-10.220.32.30", "0.0.0.0/0"), fc.string({ maxLength: 20 }));
    const arb = fc.record({
      prefix: address,
      gateway: address,
      dns: fc.array(address, { maxLength: 3 }),
      poolStart: address,
      poolEnd: address,
      controlPlaneIp: address,
      podCidr: address,
      ranges: fc.array(address, { maxLength: 3 }),
      mode: fc.constantFrom("ARP" as const, "BGP" as const, "Both" as const),
      name: fc.string({ maxLength: 20 }),
      count: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(arb, (fields) => {
        const input = janeArc();
        Object.assign(input.logicalNetwork, { addressPrefix: fields.prefix, gateway: fields.gateway, dnsServers: fields.dns, ipPoolStart: fields.poolStart, ipPoolEnd: fields.poolEnd });
        const cluster = input.clusters[0]!;
        Object.assign(cluster, { name: fields.name, controlPlaneIp: fields.controlPlaneIp, podCidr: fields.podCidr });
        cluster.nodePools[0]!.count = fields.count;
        cluster.loadBalancer = { addressRanges: fields.ranges, advertiseMode: fields.mode, bgpPeers: [{ name: "tor1", peerAddress: fields.gateway, peerAsn: 1, myAsn: 2 }] };
        const plan = AKS_ARC_PROFILE.createPlan(input);
        for (const script of AKS_ARC_PROFILE.scripts) expect(script.build(plan).ok).toBe(plan.errorCount === 0);
      }),
      { seed: 4, numRuns: 150 },
    );
  });
});
