import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { formatIpv4 } from "./ipv4-format";
import type { NetworkPlan, Plan } from "./plan";
import type { PlanInput, VirtualNetworkInput } from "./plan-input-schema";
import { POOLS } from "./pools";
import { clusterNetworksPlanArb, planInputArb } from "./test-arbitraries";

const settings = { seed: 20_261_201, numRuns: 200 };
/** Hundreds of whole plans each: generous, so a machine shared with other jobs does not fail them. */
const PROPERTY_TIMEOUT = 120_000;

const vnetOf = (input: PlanInput, network: NetworkPlan): VirtualNetworkInput | undefined =>
  network.index === null ? input.vnet : input.clusterNetworks?.[network.index];

/** What "Suggest ranges" does on each network: every offered range typed into its two fields. */
function applied(plan: Plan): PlanInput {
  const next = structuredClone(plan.input);
  for (const network of plan.networks) {
    const vnet = vnetOf(next, network);
    if (vnet === undefined) continue;
    for (const spec of POOLS) {
      const range = network.suggestions[spec.id];
      if (range === null) continue;
      vnet[spec.startField] = formatIpv4(range.start);
      vnet[spec.endField] = formatIpv4(range.end);
    }
  }
  return next;
}

describe("cluster networks on random clean plans", () => {
  it("suggest each network's pools inside its own prefix, for its own need", () => {
    fc.assert(
      fc.property(clusterNetworksPlanArb, (input) => {
        const plan = createPlan(input);
        expect(plan.networks.length).toBe((input.clusterNetworks?.length ?? 0) + 1);
        for (const network of plan.networks) {
          const subnet = network.ranges.subnet;
          expect(subnet).not.toBeNull();
          for (const spec of POOLS) {
            const range = network.suggestions[spec.id];
            if (range === null || subnet === null) continue;
            expect(range.start).toBeGreaterThan(subnet.start);
            expect(range.end).toBeLessThan(subnet.end);
          }
          const { nodePool, vipPool, dhcpScope } = network.suggestions;
          if (nodePool) expect(nodePool.size).toBeGreaterThanOrEqual(network.need.node);
          if (dhcpScope) expect(dhcpScope.size).toBeGreaterThanOrEqual(network.need.node);
          if (vipPool) expect(vipPool.size).toBeGreaterThanOrEqual(network.need.vip);
        }
      }),
      settings,
    );
  }, PROPERTY_TIMEOUT);

  it("pass every network's checks once applied as offered: 0 errors, 0 warnings", () => {
    let runs = 0;
    let withRoom = 0;
    fc.assert(
      fc.property(clusterNetworksPlanArb, (input) => {
        runs++;
        const before = createPlan(input);
        const poolPaths = new Set(before.networks.flatMap((network) => POOLS.flatMap((spec) => [`${network.path}.${spec.startField}`, `${network.path}.${spec.endField}`])));
        expect(before.issues.filter((issue) => !poolPaths.has(issue.path))).toEqual([]);
        if (!before.networks.every((network) => network.suggestions.reason === null)) return;
        withRoom++;
        expect(createPlan(applied(before)).issues).toEqual([]);
      }),
      settings,
    );
    expect(withRoom).toBeGreaterThan(runs * 0.5);
  }, PROPERTY_TIMEOUT);

  it("add up: the networks' needs are the deployment's, and each network's lines its own need", () => {
    fc.assert(
      fc.property(clusterNetworksPlanArb, (input) => {
        const plan = createPlan(input);
        const sum = (pick: (network: NetworkPlan) => number) => plan.networks.reduce((total, network) => total + pick(network), 0);
        expect(sum((network) => network.need.node)).toBe(plan.need.node);
        expect(sum((network) => network.need.vip)).toBe(plan.need.vip);
        for (const network of plan.networks) {
          const side = (which: string) => network.breakdown.filter((line) => line.side === which).reduce((total, line) => total + line.count, 0);
          expect([side("node"), side("vip")]).toEqual([network.need.node, network.need.vip]);
        }
        expect(plan.networks.flatMap((network) => network.clusters).sort((a, b) => a - b)).toEqual(input.clusters.map((_, index) => index));
      }),
      settings,
    );
  }, PROPERTY_TIMEOUT);
});

describe("plans without cluster networks", () => {
  it("have one network whose figures are the plan's", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        expect(plan.networks.length).toBe(1);
        const [host] = plan.networks;
        expect(host?.need).toEqual(plan.need);
        expect(host?.breakdown).toBe(plan.breakdown);
        expect(host?.suggestions).toBe(plan.suggestions);
      }),
      settings,
    );
  }, PROPERTY_TIMEOUT);
});
