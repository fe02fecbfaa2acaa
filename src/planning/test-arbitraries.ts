import fc from "fast-check";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import {
  emptyPlanInput,
  MAX_COUNT,
  type NodePoolInput,
  type PlanInput,
  type CountedService,
  type CountedCluster,
} from "./plan-input-schema";

/**
 * fast-check arbitraries for plan inputs, shared by the planner's property tests. Only tests import
 * this file.
 */

const TWO_TO_32 = 2 ** 32;

/** A network address with a prefix the AKS virtual network accepts (/8 to /30). */
export interface PrefixSample {
  network: number;
  prefix: number;
  broadcast: number;
  text: string;
}

export const prefixArb = (minPrefix = 8, maxPrefix = 30): fc.Arbitrary<PrefixSample> =>
  fc.record({ prefix: fc.integer({ min: minPrefix, max: maxPrefix }), base: fc.integer({ min: 0, max: TWO_TO_32 - 1 }) }).map(({ prefix, base }) => {
    const size = 2 ** (32 - prefix);
    const network = Math.floor(base / size) * size;
    return { network, prefix, broadcast: network + size - 1, text: formatCidr(network, prefix) };
  });

/** An address of the block, biased to its edges where off-by-one mistakes live. */
const addressIn = (start: number, end: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: start, max: end }),
    fc.integer({ min: start, max: Math.min(end, start + 3) }),
    fc.integer({ min: Math.max(start, end - 3), max: end }),
  );

const hostIn = (block: PrefixSample) => addressIn(block.network + 1, block.broadcast - 1).map(formatIpv4);

/** Cheap to generate (stringMatching is slow): a few shared stems make duplicates likely too. */
const clusterNameArb = fc.tuple(fc.constantFrom("cluster", "prod", "dev", "x"), fc.integer({ min: 0, max: 20 })).map(([stem, n]) => `${stem}${n}`);

export const clusterArb: fc.Arbitrary<CountedCluster> = fc.record({
  name: clusterNameArb,
  controlPlaneNodes: fc.integer({ min: 1, max: 5 }),
  workerNodes: fc.integer({ min: 0, max: 40 }),
  nodePools: fc.constant([]),
});

const serviceArb = (clusterNames: readonly string[]): fc.Arbitrary<CountedService> =>
  fc.record({
    name: fc.constantFrom("frontend", "backend", "api", "web-ui", "db"),
    port: fc.constantFrom(80, 443, 8080, 5432, 6379),
    instances: fc.integer({ min: 1, max: 6 }),
    cluster: clusterNames.length === 0 ? fc.constant("") : fc.constantFrom("", ...clusterNames),
  });

/** A typed pool: a range of the block (either order), or one of the admin's mistakes. */
const typedPoolArb = (block: PrefixSample): fc.Arbitrary<[string, string]> =>
  fc.oneof(
    fc.tuple(addressIn(block.network, block.broadcast), addressIn(block.network, block.broadcast)).map(([a, b]): [string, string] => [formatIpv4(a), formatIpv4(b)]),
    fc.constant<[string, string]>(["", ""]),
    fc.constant<[string, string]>(["10.0.0.300", "not an address"]),
  );

/**
 * A schema-valid plan whose prefix is a network address with gateway, DNS servers and maybe the
 * cloud service IP inside it, so the planner has something to suggest around.
 */
export const planInputArb: fc.Arbitrary<PlanInput> = prefixArb().chain((block) =>
  fc
    .record({
      model: fc.constantFrom("static" as const, "dhcp" as const),
      gateway: hostIn(block),
      dnsServers: fc.array(hostIn(block), { minLength: 1, maxLength: 3 }),
      hostAddressing: fc.constantFrom("static" as const, "dhcp" as const),
      cloudServiceIp: fc.option(hostIn(block)),
      hciHostIp: fc.option(hostIn(block)),
      nodePool: typedPoolArb(block),
      vipPool: typedPoolArb(block),
      dhcpScope: typedPoolArb(block),
      clusters: fc.array(clusterArb, { maxLength: 6 }),
      vipSharing: fc.boolean(),
      growthReserve: fc.record({
        clusters: fc.integer({ min: 0, max: 3 }),
        controlPlaneNodes: fc.integer({ min: 1, max: 3 }),
        workerNodes: fc.integer({ min: 0, max: 10 }),
      }),
    })
    .chain((parts) =>
      fc.array(serviceArb(parts.clusters.map((cluster) => cluster.name)), { maxLength: 8 }).map((services): PlanInput => {
        const blank = emptyPlanInput();
        return {
          ...blank,
          model: parts.model,
          vnet: {
            ...blank.vnet,
            name: "vnet",
            vswitchName: "External",
            addressPrefix: block.text,
            gateway: parts.gateway,
            dnsServers: parts.dnsServers,
            k8sNodeIpPoolStart: parts.nodePool[0],
            k8sNodeIpPoolEnd: parts.nodePool[1],
            vipPoolStart: parts.vipPool[0],
            vipPoolEnd: parts.vipPool[1],
            dhcpScopeStart: parts.dhcpScope[0],
            dhcpScopeEnd: parts.dhcpScope[1],
          },
          cloudService: {
            hostAddressing: parts.hostAddressing,
            cloudServiceCidr: parts.cloudServiceIp === null ? "" : `${parts.cloudServiceIp}/${block.prefix}`,
            hciHostIp: parts.hciHostIp ?? "",
          },
          clusters: parts.clusters,
          services,
          options: { vipSharing: parts.vipSharing, growthReserve: parts.growthReserve },
        };
      }),
    ),
);

/** Text an admin might type into an address field, garbage included. */
const anyAddressText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.ipV4(),
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 40 })).map(([address, prefix]) => `${address}/${prefix}`),
  fc.ipV6(),
  fc.constantFrom("", " ", "0.0.0.0/0", "255.255.255.255/32", "10.10.2.0/22", "1.2.3", "01.2.3.4", "10.0.0.0/8"),
);

const anyCount = (min: number) => fc.oneof(fc.integer({ min, max: 10 }), fc.integer({ min, max: MAX_COUNT }), fc.constant(MAX_COUNT));

/** Any schema-valid plan: garbage addresses, counts up to what a /8 holds. */
export const anyPlanInputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    model: fc.constantFrom("static" as const, "dhcp" as const),
    addressPrefix: anyAddressText,
    gateway: anyAddressText,
    dnsServers: fc.array(anyAddressText, { maxLength: 5 }),
    pools: fc.array(anyAddressText, { minLength: 6, maxLength: 6 }),
    hostAddressing: fc.constantFrom("static" as const, "dhcp" as const),
    cloudServiceCidr: anyAddressText,
    hciHostIp: anyAddressText,
    clusters: fc.array(
      fc.record({ name: fc.string({ maxLength: 10 }), controlPlaneNodes: anyCount(1), workerNodes: anyCount(0), nodePools: fc.constant<NodePoolInput[]>([]) }),
      { maxLength: 5 },
    ),
    services: fc.array(
      fc.record({ name: fc.string({ maxLength: 10 }), port: fc.integer({ min: 1, max: 65_535 }), instances: anyCount(1), cluster: fc.string({ maxLength: 3 }) }),
      { maxLength: 6 },
    ),
    vipSharing: fc.boolean(),
    growthReserve: fc.record({ clusters: fc.integer({ min: 0, max: 1_000 }), controlPlaneNodes: anyCount(1), workerNodes: anyCount(0) }),
  })
  .map((parts): PlanInput => {
    const blank = emptyPlanInput();
    const [nodeStart = "", nodeEnd = "", vipStart = "", vipEnd = "", scopeStart = "", scopeEnd = ""] = parts.pools;
    return {
      ...blank,
      model: parts.model,
      vnet: {
        ...blank.vnet,
        addressPrefix: parts.addressPrefix,
        gateway: parts.gateway,
        dnsServers: parts.dnsServers,
        k8sNodeIpPoolStart: nodeStart,
        k8sNodeIpPoolEnd: nodeEnd,
        vipPoolStart: vipStart,
        vipPoolEnd: vipEnd,
        dhcpScopeStart: scopeStart,
        dhcpScopeEnd: scopeEnd,
      },
      cloudService: { hostAddressing: parts.hostAddressing, cloudServiceCidr: parts.cloudServiceCidr, hciHostIp: parts.hciHostIp },
      clusters: parts.clusters,
      services: parts.services,
      options: { vipSharing: parts.vipSharing, growthReserve: parts.growthReserve },
    };
  });

// At most 199 VMs with the growth reserve below (1 + 6 x (5 + 20 + 1) + 3 x (3 + 10 + 1)): the vendor tests 200, beyond is a warning.
const uniqueClustersArb: fc.Arbitrary<CountedCluster[]> = fc
  .array(fc.record({ controlPlaneNodes: fc.constantFrom(1, 3, 5), workerNodes: fc.integer({ min: 1, max: 20 }) }), { maxLength: 6 })
  .map((clusters) => clusters.map((cluster, index) => ({ ...cluster, name: `cluster${index}`, nodePools: [] })));

/**
 * A plan with nothing to find but its blank pools: unique names, odd control planes, workers in
 * every cluster, private DNS servers and the gateway inside a prefix of /24 or larger that is big
 * enough for the need, HCI hosts on DHCP or in another subnet. Gateway and DNS servers sit at the
 * prefix's low end most of the time and anywhere otherwise, so the free space is sometimes cut up.
 */
export const cleanPlanInputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    model: fc.constantFrom("static" as const, "dhcp" as const),
    clusters: uniqueClustersArb,
    staticHosts: fc.boolean(),
    vipSharing: fc.boolean(),
    growthReserve: fc.record({
      clusters: fc.integer({ min: 0, max: 3 }),
      controlPlaneNodes: fc.constantFrom(1, 3),
      workerNodes: fc.integer({ min: 1, max: 10 }),
    }),
    // Prefix lengths beyond the smallest that holds the need.
    slack: fc.integer({ min: 1, max: 4 }),
    // 10.0.0.0-10.63.255.255: clear of Kubernetes' own pod (10.244.0.0/16) and service (10.96.0.0/12) ranges, which warn.
    base: fc.integer({ min: 0, max: 2 ** 22 - 1 }),
    scattered: fc.boolean(),
    offsets: fc.array(fc.integer({ min: 1, max: 2 ** 16 }), { minLength: 2, maxLength: 4 }),
  })
  .chain((parts) =>
    fc.array(serviceArb(parts.clusters.map((cluster) => cluster.name)), { maxLength: 8 }).map((services): PlanInput => {
      const nodeSide = 3 + parts.clusters.reduce((sum, cluster) => sum + cluster.controlPlaneNodes + cluster.workerNodes + 6, 0);
      const reserve = parts.growthReserve.clusters * (parts.growthReserve.controlPlaneNodes + parts.growthReserve.workerNodes + 7);
      const vipSide = parts.clusters.length + services.reduce((sum, service) => sum + service.instances, 0);
      // Slack 1 is about the smallest prefix for the need (at most what sharing saves above it), often too tight for room.
      const bits = Math.max(8, Math.ceil(Math.log2(nodeSide + reserve + vipSide + 8)) + parts.slack - 1);
      const prefix = 32 - Math.min(bits, 24);
      const size = 2 ** (32 - prefix);
      const network = 10 * 2 ** 24 + Math.floor(parts.base / size) * size;
      const host = (offset: number) => formatIpv4(network + 1 + (offset % (size - 2)));
      const [gateway = 1, ...dns] = parts.scattered ? parts.offsets : parts.offsets.map((_, index) => index);
      const blank = emptyPlanInput();
      return {
        ...blank,
        model: parts.model,
        vnet: { ...blank.vnet, name: "vnet", vswitchName: "External", addressPrefix: formatCidr(network, prefix), gateway: host(gateway), dnsServers: dnsOf(dns.map(host), host(gateway), host(gateway + 1)) },
        cloudService: parts.staticHosts ? { hostAddressing: "static", cloudServiceCidr: "172.16.0.10/16", hciHostIp: "172.16.0.11" } : { hostAddressing: "dhcp", cloudServiceCidr: "", hciHostIp: "" },
        clusters: parts.clusters,
        services,
        options: { vipSharing: parts.vipSharing, growthReserve: parts.growthReserve },
      };
    }),
  );

/** Up to 3 distinct DNS servers other than the gateway, at least `fallback`. */
function dnsOf(addresses: string[], gateway: string, fallback: string): string[] {
  const distinct = [...new Set(addresses)].filter((address) => address !== gateway).slice(0, 3);
  return distinct.length > 0 ? distinct : [fallback];
}

/**
 * A clean plan (cleanPlanInputArb) with its first one to three clusters each moved to a cluster
 * network of its own: a /24 in 10.64.0.0-10.95.255.255 (apart from the host network's space and
 * Kubernetes' ranges), gateway .1, a DNS server at .10, vLAN 100 + its position, pools blank. Every
 * service is tied to a cluster, so each network holds its own services' VIPs.
 */
export const clusterNetworksPlanArb: fc.Arbitrary<PlanInput> = cleanPlanInputArb
  .filter((input) => input.clusters.length > 0)
  .chain((input) =>
    fc.record({ count: fc.integer({ min: 1, max: Math.min(3, input.clusters.length) }), block: fc.integer({ min: 64 * 256, max: 96 * 256 - 4 }) }).map(({ count, block }) => {
      const networks = Array.from({ length: count }, (_, index) => {
        const base = formatIpv4(10 * 2 ** 24 + (block + index) * 256).replace(/\.0$/, "");
        return { ...emptyPlanInput().vnet, name: `net${index + 1}`, vswitchName: "External", addressPrefix: `${base}.0/24`, gateway: `${base}.1`, dnsServers: [`${base}.10`], vlanId: String(100 + index) };
      });
      const [first] = input.clusters;
      return {
        ...input,
        clusters: input.clusters.map((cluster, index) => (index < count ? { ...cluster, network: `net${index + 1}` } : cluster)),
        services: input.services.map((service) => (service.cluster === "" && first ? { ...service, cluster: first.name } : service)),
        clusterNetworks: networks,
      };
    }),
  );
