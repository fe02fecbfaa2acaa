import type { PlanInput, VirtualNetworkInput } from "../planning/plan-input-schema";
import { addressBase, compactAddress, compactCidr, expandAddress, expandCidr } from "./address-packing";

// ---------------------------------------------------------------------------------------------
// Version 1 compact form: a JSON array, positions instead of keys, trailing defaults dropped.
//
//   [model, vnet, cloudService, clusters, services, options]
//   model         0 static, 1 dhcp
//   vnet          [name, vswitchName, addressPrefix, gateway, dnsServers[], k8sNodeIpPoolStart,
//                  k8sNodeIpPoolEnd, vipPoolStart, vipPoolEnd, dhcpScopeStart, dhcpScopeEnd, vlanId]
//   cloudService  [hostAddressing (0 static, 1 dhcp), cloudServiceCidr, hciHostIp]
//   clusters      column-wise: [names[], controlPlaneNodes[], workerNodes[], nodePools[]?];
//                 nodePools (left out when no cluster has any) holds per cluster a list of
//                 [name, count, osType (0 linux, 1 windows)]
//   services      column-wise: [names[], ports[], instances[], clusters[]]; a cluster is the text
//                 itself when it names no workload cluster, else a number: the step from the previous
//                 number's cluster to this one's, counting clusters from 1 and "none" as 0 (services
//                 listed cluster by cluster give runs of 0, which compress to almost nothing)
//   options       [vipSharing (1 on, 0 off), reserve clusters, reserve control plane nodes,
//                  reserve workers]
//   extras        (left out when none is set, so links made before it existed read unchanged)
//                 [loadBalancers, storage, proxy], each null when the plan leaves it out:
//                 loadBalancers per cluster 0 haproxy, 1 none, null unset; storage [imageDir,
//                 workingDir, cloudConfigLocation]; proxy [enabled (1/0), http, https, noProxy,
//                 credential (1/0)]
//
// An address written the canonical way (10.0.0.20) is the number of addresses it lies past the
// address prefix's own address (20), or past 0.0.0.0 when the prefix is no address; an address
// with a prefix length (10.0.1.10/24) is [offset, length]. Anything else stays text, as typed.
// Column-wise lists put alike values side by side, which is what lz-string compresses best.
// ---------------------------------------------------------------------------------------------

type Compact = unknown[];

const MODELS = ["static", "dhcp"] as const;
const OS_TYPES = ["linux", "windows"] as const;
const EMPTY_VNET: Compact = ["", "", "", "", [], "", "", "", "", "", "", ""];
const DEFAULT_CLOUD: Compact = [0, "", ""];
const DEFAULT_OPTIONS: Compact = [1, 0, 1, 2];
const NO_EXTRAS: Compact = [null, null, null];
const DEFAULT_TOP: Compact = [0, EMPTY_VNET, DEFAULT_CLOUD, [], [], DEFAULT_OPTIONS, NO_EXTRAS];
const LOAD_BALANCERS = ["haproxy", "none"] as const;

/** A virtual network's fields, its addresses as offsets from its own prefix. Version 2 writes cluster networks so too. */
export function compactVnet(vnet: VirtualNetworkInput): Compact {
  const base = addressBase(vnet.addressPrefix);
  const address = (text: string) => compactAddress(text, base);
  return withoutTrailingDefaults(
    [
      vnet.name,
      vnet.vswitchName,
      vnet.addressPrefix,
      address(vnet.gateway),
      vnet.dnsServers.map(address),
      address(vnet.k8sNodeIpPoolStart),
      address(vnet.k8sNodeIpPoolEnd),
      address(vnet.vipPoolStart),
      address(vnet.vipPoolEnd),
      address(vnet.dhcpScopeStart),
      address(vnet.dhcpScopeEnd),
      vnet.vlanId,
    ],
    EMPTY_VNET,
  );
}

/** The version 1 array with every position written (none dropped as a default), so version 2 can add after it. */
export function toFullCompactV1(input: PlanInput): Compact {
  const base = addressBase(input.vnet.addressPrefix);
  const address = (text: string) => compactAddress(text, base);
  const { cloudService, options } = input;
  const clusterNames = input.clusters.map((cluster) => cluster.name);
  return [
      MODELS.indexOf(input.model),
      compactVnet(input.vnet),
      withoutTrailingDefaults(
        [MODELS.indexOf(cloudService.hostAddressing), compactCidr(cloudService.cloudServiceCidr, base), address(cloudService.hciHostIp)],
        DEFAULT_CLOUD,
      ),
      compactClusters(input.clusters),
      input.services.length === 0
        ? []
        : [
            input.services.map((service) => service.name),
            input.services.map((service) => service.port),
            input.services.map((service) => service.instances),
            clusterRefs(input.services, clusterNames),
          ],
      [options.vipSharing ? 1 : 0, options.growthReserve.clusters, options.growthReserve.controlPlaneNodes, options.growthReserve.workerNodes],
      withoutTrailingDefaults(compactExtras(input), NO_EXTRAS),
  ];
}

export function toCompactV1(input: PlanInput): Compact {
  return withoutTrailingDefaults(toFullCompactV1(input), DEFAULT_TOP);
}

function compactExtras(input: PlanInput): Compact {
  const { storage, proxy } = input;
  return [
    input.clusters.some((cluster) => cluster.loadBalancer !== undefined)
      ? input.clusters.map((cluster) => (cluster.loadBalancer === undefined ? null : LOAD_BALANCERS.indexOf(cluster.loadBalancer)))
      : null,
    storage ? [storage.imageDir, storage.workingDir, storage.cloudConfigLocation] : null,
    proxy ? [proxy.enabled ? 1 : 0, proxy.http, proxy.https, proxy.noProxy, proxy.credential ? 1 : 0] : null,
  ];
}

/** The optional fields back; each absent one stays absent, so a link decodes to exactly what was shared. */
function expandExtras(extras: unknown, clusters: Array<Record<string, unknown>>): Record<string, unknown> | null {
  if (!Array.isArray(extras) || extras.length > NO_EXTRAS.length) return null;
  const [loadBalancers, storage, proxy] = fill(extras, NO_EXTRAS);
  const result: Record<string, unknown> = {};
  if (loadBalancers !== null) {
    if (!Array.isArray(loadBalancers) || loadBalancers.length !== clusters.length) return null;
    loadBalancers.forEach((value, index) => {
      const cluster = clusters[index];
      if (cluster && value !== null) cluster.loadBalancer = lookup(LOAD_BALANCERS, value);
    });
  }
  if (storage !== null) {
    if (!Array.isArray(storage)) return null;
    const [imageDir, workingDir, cloudConfigLocation] = storage;
    result.storage = { imageDir, workingDir, cloudConfigLocation };
  }
  if (proxy !== null) {
    if (!Array.isArray(proxy)) return null;
    const [enabled, http, https, noProxy, credential] = proxy;
    result.proxy = { enabled: flag(enabled), http, https, noProxy, credential: flag(credential) };
  }
  return result;
}

function flag(value: unknown): unknown {
  return value === 1 ? true : value === 0 ? false : value;
}

/** Services are usually listed cluster by cluster: steps between cluster numbers are mostly 0. */
function clusterRefs(services: PlanInput["services"], clusterNames: string[]): (number | string)[] {
  let previous = 0;
  return services.map((service) => {
    const number = service.cluster === "" ? 0 : clusterNames.indexOf(service.cluster) + 1;
    if (number === 0 && service.cluster !== "") return service.cluster;
    const step = number - previous;
    previous = number;
    return step;
  });
}

function compactClusters(clusters: PlanInput["clusters"]): Compact {
  if (clusters.length === 0) return [];
  const columns: Compact = [clusters.map((c) => c.name), clusters.map((c) => c.controlPlaneNodes), clusters.map((c) => c.workerNodes)];
  if (clusters.some((cluster) => cluster.nodePools.length > 0)) {
    columns.push(clusters.map((c) => c.nodePools.map((pool) => [pool.name, pool.count, OS_TYPES.indexOf(pool.osType)])));
  }
  return columns;
}

function withoutTrailingDefaults(values: Compact, defaults: Compact): Compact {
  let length = values.length;
  while (length > 0 && JSON.stringify(values[length - 1]) === JSON.stringify(defaults[length - 1])) length -= 1;
  return values.slice(0, length);
}

/** A virtual network's fields back from compactVnet; null when they are not its structure. */
export function expandVnet(compact: unknown): Record<string, unknown> | null {
  if (!Array.isArray(compact)) return null;
  const vnetFields = fill(compact, EMPTY_VNET);
  const [name, vswitchName, addressPrefix, gateway, dnsServers, nodeStart, nodeEnd, vipStart, vipEnd, scopeStart, scopeEnd, vlanId] = vnetFields;
  if (vnetFields.length > EMPTY_VNET.length || !Array.isArray(dnsServers)) return null;
  const base = typeof addressPrefix === "string" ? addressBase(addressPrefix) : 0;
  const address = (value: unknown) => expandAddress(value, base);
  return {
    name,
    vswitchName,
    addressPrefix,
    gateway: address(gateway),
    dnsServers: dnsServers.map(address),
    k8sNodeIpPoolStart: address(nodeStart),
    k8sNodeIpPoolEnd: address(nodeEnd),
    vipPoolStart: address(vipStart),
    vipPoolEnd: address(vipEnd),
    dhcpScopeStart: address(scopeStart),
    dhcpScopeEnd: address(scopeEnd),
    vlanId,
  };
}

/** Rebuilds the plan input's shape; null when the structure is not v1's. Types are the schema's job. */
function rebuildV1(compact: unknown): Record<string, unknown> | null {
  if (!Array.isArray(compact) || compact.length > DEFAULT_TOP.length) return null;
  const [model, vnet, cloud, clusters, services, options, extras] = fill(compact, DEFAULT_TOP);
  if (![vnet, cloud, clusters, services, options].every(Array.isArray)) return null;
  const vnetInput = expandVnet(vnet);
  if (vnetInput === null) return null;
  const addressPrefix = vnetInput.addressPrefix;
  const base = typeof addressPrefix === "string" ? addressBase(addressPrefix) : 0;
  const address = (value: unknown) => expandAddress(value, base);
  const [hostAddressing, cloudServiceCidr, hciHostIp] = fill(cloud as unknown[], DEFAULT_CLOUD);
  const workloadClusters = expandClusters(clusters as unknown[]);
  const clusterNames = workloadClusters?.map((cluster) => cluster.name) ?? [];
  const planServices = expandServices(services as unknown[], clusterNames);
  const [vipSharing, reserveClusters, reserveControlPlanes, reserveWorkers] = fill(options as unknown[], DEFAULT_OPTIONS);
  if (!workloadClusters || !planServices) return null;
  const optional = expandExtras(extras, workloadClusters as Array<Record<string, unknown>>);
  if (optional === null) return null;
  return {
    model: lookup(MODELS, model),
    vnet: vnetInput,
    cloudService: { hostAddressing: lookup(MODELS, hostAddressing), cloudServiceCidr: expandCidr(cloudServiceCidr, base), hciHostIp: address(hciHostIp) },
    clusters: workloadClusters,
    services: planServices,
    options: {
      vipSharing: vipSharing === 1 ? true : vipSharing === 0 ? false : vipSharing,
      growthReserve: { clusters: reserveClusters, controlPlaneNodes: reserveControlPlanes, workerNodes: reserveWorkers },
    },
    ...optional,
  };
}

/** The plan input's shape back from a v1 compact form, or null when it is not one. Never throws. */
export function fromCompactV1(compact: unknown): Record<string, unknown> | null {
  try {
    return rebuildV1(compact);
  } catch {
    return null;
  }
}

function fill(values: unknown[], defaults: Compact): unknown[] {
  return defaults.map((fallback, index) => (index < values.length ? values[index] : fallback)).concat(values.slice(defaults.length));
}

function lookup(names: readonly string[], value: unknown): unknown {
  return typeof value === "number" ? names[value] : value;
}

/** Equal-length lists side by side (no lists at all for none), or null. */
function columns(compact: unknown[]): unknown[][] | null {
  if (!compact.every(Array.isArray)) return null;
  const lists = compact as unknown[][];
  return lists.every((list) => list.length === lists[0]?.length) ? lists : null;
}

function expandClusters(compact: unknown[]): Record<string, unknown>[] | null {
  const lists = columns(compact);
  if (!lists || (lists.length !== 0 && lists.length !== 3 && lists.length !== 4)) return null;
  const [names = [], controlPlanes = [], workers = [], pools] = lists;
  const poolsOf = (list: unknown): unknown =>
    Array.isArray(list) ? list.map((pool: unknown) => (Array.isArray(pool) ? { name: pool[0], count: pool[1], osType: lookup(OS_TYPES, pool[2]) } : pool)) : list;
  return names.map((name, index) => ({
    name,
    controlPlaneNodes: controlPlanes[index],
    workerNodes: workers[index],
    nodePools: pools ? poolsOf(pools[index]) : [],
  }));
}

function expandServices(compact: unknown[], clusterNames: unknown[]): Record<string, unknown>[] | null {
  const lists = columns(compact);
  if (!lists || (lists.length !== 0 && lists.length !== 4)) return null;
  const [names = [], ports = [], instances = [], clusters = []] = lists;
  let previous = 0;
  const clusterOf = (value: unknown): unknown => {
    if (typeof value !== "number") return value;
    previous += value;
    return previous === 0 ? "" : clusterNames[previous - 1];
  };
  return names.map((name, index) => ({ name, port: ports[index], instances: instances[index], cluster: clusterOf(clusters[index]) }));
}
