import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIpv4 } from "../ipv4-format";
import type { AddressRange } from "../plan";
import { arcPlanInputSchema, type ArcPlanInput } from "./arc-input-schema";
import { createArcPlan } from "./create-arc-plan";

const settings = { seed: 20_261_201, numRuns: 100 };
const overlaps = (a: AddressRange, b: AddressRange) => a.start <= b.end && b.start <= a.end;

/** Arc plans in 10.x networks of /16 to /28, with or without a typed pool, 1 to 6 clusters (control-plane IP picked, typed or mistyped) and their services. */
const arcInputArb: fc.Arbitrary<ArcPlanInput> = fc
  .record({
    prefix: fc.integer({ min: 16, max: 28 }),
    second: fc.integer({ min: 0, max: 255 }),
    poolLength: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
    clusters: fc.array(
      fc.record({
        controlPlaneCount: fc.constantFrom(1, 3, 5),
        pools: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 3 }),
        controlPlaneIp: fc.constantFrom("picked", "typed", "malformed"),
        services: fc.array(fc.record({ port: fc.constantFrom(80, 443, 8080), instances: fc.integer({ min: 1, max: 5 }) }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ prefix, second, poolLength, clusters }) => {
    const network = (10 * 2 ** 24 + second * 2 ** 16) - ((10 * 2 ** 24 + second * 2 ** 16) % 2 ** (32 - prefix));
    const at = (offset: number) => formatIpv4(network + offset);
    const hosts = 2 ** (32 - prefix) - 2;
    const poolEnd = poolLength === null ? 0 : Math.min(hosts, 2 + poolLength);
    return {
      platform: "aks-arc" as const,
      logicalNetwork: {
        name: "lnet",
        vmSwitchName: "switch",
        addressPrefix: `${at(0)}/${prefix}`,
        gateway: at(1),
        dnsServers: [at(2)],
        vlanId: "",
        ipPoolStart: poolLength === null ? "" : at(3),
        ipPoolEnd: poolLength === null ? "" : at(poolEnd),
      },
      clusters: clusters.map((cluster, index) => ({
        name: `c${index}`,
        controlPlaneCount: cluster.controlPlaneCount,
        controlPlaneIp: { picked: "", typed: at(hosts - index), malformed: "10.0." }[cluster.controlPlaneIp],
        podCidr: "",
        nodePools: cluster.pools.map((count, pool) => ({ name: `p${pool}`, count, osType: "linux" as const })),
        loadBalancer: { addressRanges: [], advertiseMode: "ARP" as const, bgpPeers: [] },
      })),
      services: clusters.flatMap((cluster, index) => cluster.services.map((service, k) => ({ name: `s${k}`, port: service.port, instances: service.instances, cluster: `c${index}` }))),
      managementBlock: { start: "", end: "" },
      options: { sharedAddresses: true },
    };
  });

describe("createArcPlan on random plans", () => {
  it("makes inputs the schema accepts", () => {
    fc.assert(fc.property(arcInputArb, (input) => arcPlanInputSchema.safeParse(input).success), settings);
  });

  it("suggests an IP pool of at least the need, inside the prefix's hosts, off the gateway and DNS server", () => {
    fc.assert(
      fc.property(arcInputArb, (input) => {
        const plan = createArcPlan(input);
        const suggested = plan.pools[0]?.suggested;
        if (!suggested || !plan.prefix) return;
        expect(suggested.size).toBeGreaterThanOrEqual(plan.need.ipPool);
        expect(suggested.start).toBeGreaterThan(plan.prefix.start + 2);
        expect(suggested.end).toBeLessThan(plan.prefix.end);
      }),
      settings,
    );
  });

  it("suggests load-balancer ranges inside the prefix, outside the pool, disjoint, each the cluster's need", () => {
    fc.assert(
      fc.property(arcInputArb, (input) => {
        const plan = createArcPlan(input);
        const [ipPool, ...loadBalancers] = plan.pools;
        const pool = ipPool?.typed[0] ?? ipPool?.suggested ?? null;
        const prefix = plan.prefix;
        if (prefix === null) return;
        const suggested = loadBalancers.flatMap((lb) => (lb.suggested ? [lb.suggested] : []));
        loadBalancers.forEach((lb) => {
          if (lb.suggested) expect(lb.suggested.size).toBe(lb.need);
        });
        suggested.forEach((range, index) => {
          expect(range.start).toBeGreaterThan(prefix.start);
          expect(range.end).toBeLessThan(prefix.end);
          if (pool) expect(overlaps(range, pool)).toBe(false);
          for (const other of suggested.slice(index + 1)) expect(overlaps(range, other)).toBe(false);
        });
      }),
      settings,
    );
  });

  it("passes the pool check only with a pool of at least the need", () => {
    fc.assert(
      fc.property(arcInputArb, (input) => {
        const plan = createArcPlan(input);
        const poolErrors = plan.issues.filter((issue) => issue.path.startsWith("logicalNetwork.ipPool") && issue.severity === "error");
        const typed = plan.pools[0]?.typedSize ?? 0;
        if (poolErrors.length === 0) expect(typed).toBeGreaterThanOrEqual(plan.need.ipPool);
      }),
      settings,
    );
  });

  it("adds the breakdown's pool lines up to the pool's need and its load-balancer lines to theirs", () => {
    fc.assert(
      fc.property(arcInputArb, (input) => {
        const plan = createArcPlan(input);
        const sum = (side: string) => plan.breakdown.filter((line) => line.side === side).reduce((total, line) => total + line.count, 0);
        expect([sum("ip-pool"), sum("outside-pool"), sum("load-balancer")]).toEqual([plan.need.ipPool, plan.need.outsidePool, plan.need.loadBalancer]);
        expect(plan.breakdown.at(-1)?.count).toBe(plan.need.total);
      }),
      settings,
    );
  });
});
