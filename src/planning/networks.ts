import { addNeeds, countNetwork, countReserve, NO_NEED } from "./counting";
import type { AddressNeed, SubnetSizing } from "./plan";
import { clusterNetworksOf, type CountedInput, type CountedService, type VirtualNetworkInput } from "./plan-input-schema";
import type { InputReading, NetworkReading } from "./read-input";
import { minimumPrefixFor, recommendedPrefixFor } from "./subnet";

/**
 * The virtual networks of a plan, each with what it holds. The AKS host's network (New-AksHciNetworkSetting)
 * holds the host, every cluster without a network of its own, the services tied to those clusters
 * or to none, and the growth reserve; each cluster network (New-AksHciClusterNetwork) holds its
 * clusters' node-side addresses, their API servers and their services' VIPs.
 */
export interface NetworkScope {
  /** Null for the AKS host's network, else the index in `clusterNetworks`. */
  index: number | null;
  /** Dot path of the network's fields, where its findings go: "vnet" or "clusterNetworks.0". */
  path: string;
  vnet: VirtualNetworkInput;
  reading: NetworkReading;
  /** Indices in `clusters` of the workload clusters on this network, in plan order. */
  clusters: number[];
  /** The services whose VIPs this network's virtual IP pool holds. */
  services: CountedService[];
}

/** A network with its counts and the subnet they need: what its checks, breakdown and suggestions read. */
export interface NetworkContext extends NetworkScope {
  /** Without the growth reserve: the reference doc's minimum for this network. */
  minimum: AddressNeed;
  /** The growth reserve: the AKS host's network only (reserved clusters are planned there). */
  reserve: AddressNeed;
  need: AddressNeed;
  subnet: SubnetSizing;
}

/** Which network each cluster is on, and which clusters name a network the plan does not have. */
export interface ClusterPlacement {
  /** Per cluster, same index: null for the AKS host's network, else the index in `clusterNetworks`. */
  networkOf: (number | null)[];
  /** Indices of clusters whose `network` names no cluster network: counted on the AKS host's network. */
  unknown: number[];
}

/**
 * A cluster's `network` is looked up by name among the cluster networks (the first of a name wins;
 * a second one of that name is an error of its own). Empty, or the AKS host network's own name,
 * means the host's network.
 */
export function placeClusters(input: CountedInput): ClusterPlacement {
  const byName = new Map<string, number>();
  clusterNetworksOf(input).forEach((network, index) => {
    if (network.name.trim() !== "" && !byName.has(network.name)) byName.set(network.name, index);
  });
  const unknown: number[] = [];
  const networkOf = input.clusters.map((cluster, index) => {
    const name = cluster.network ?? "";
    if (name.trim() === "" || byName.size === 0) {
      if (name.trim() !== "" && name !== input.vnet.name) unknown.push(index);
      return null;
    }
    const found = byName.get(name);
    if (found === undefined && name !== input.vnet.name) unknown.push(index);
    return found ?? null;
  });
  return { networkOf, unknown };
}

/** The AKS host's network first, then each cluster network in plan order, each with its clusters and services. */
export function networkScopes(input: CountedInput, reading: InputReading, placement: ClusterPlacement = placeClusters(input)): NetworkScope[] {
  const networks = clusterNetworksOf(input);
  const scopes: NetworkScope[] = [
    { index: null, path: "vnet", vnet: input.vnet, reading, clusters: [], services: [] },
    ...networks.map((vnet, index) => ({
      index,
      path: `clusterNetworks.${index}`,
      vnet,
      reading: reading.clusterNetworks[index] ?? reading,
      clusters: [],
      services: [],
    })),
  ];
  const scopeOf = (network: number | null | undefined): NetworkScope => (network === null || network === undefined ? scopes[0] : scopes[network + 1]) as NetworkScope;
  placement.networkOf.forEach((network, cluster) => scopeOf(network).clusters.push(cluster));
  if (networks.length === 0) {
    scopes[0]?.services.push(...input.services);
    return scopes;
  }
  // A service runs where its cluster runs; one tied to no cluster (or to an unknown one) stays on the host's network.
  const clusterByName = new Map<string, number>();
  input.clusters.forEach((cluster, index) => {
    if (!clusterByName.has(cluster.name)) clusterByName.set(cluster.name, index);
  });
  for (const service of input.services) {
    const cluster = service.cluster === "" ? undefined : clusterByName.get(service.cluster);
    scopeOf(cluster === undefined ? null : placement.networkOf[cluster]).services.push(service);
  }
  return scopes;
}

/** Each network sized by the doc's rules. The sum of their needs is the whole deployment's. */
export function sizeNetworks(input: CountedInput, scopes: readonly NetworkScope[]): NetworkContext[] {
  return scopes.map((scope) => {
    const isHost = scope.index === null;
    const clusters = scope.clusters.map((index) => input.clusters[index]).filter((cluster) => cluster !== undefined);
    const minimum = countNetwork({ aksHost: isHost, clusters, services: scope.services, vipSharing: input.options.vipSharing });
    const reserve = isHost ? countReserve(input.options.growthReserve) : NO_NEED;
    const need = addNeeds(minimum, reserve);
    const prefix = scope.reading.prefix;
    const subnet: SubnetSizing = {
      minimumPrefix: minimumPrefixFor(need.total),
      recommendedPrefix: recommendedPrefixFor(need.total),
      chosenPrefix: prefix.status === "ok" ? prefix.value.prefix : null,
    };
    return { ...scope, minimum, reserve, need, subnet };
  });
}

/** The whole deployment's counts: the sum over its networks. */
export function totalNeeds(networks: readonly NetworkContext[]): { minimum: AddressNeed; reserve: AddressNeed; need: AddressNeed } {
  let minimum = NO_NEED;
  let reserve = NO_NEED;
  for (const network of networks) {
    minimum = addNeeds(minimum, network.minimum);
    reserve = addNeeds(reserve, network.reserve);
  }
  return { minimum, reserve, need: addNeeds(minimum, reserve) };
}

/** How a message names a network: "the AKS host's network" or "cluster network clusterbnet" (its position when unnamed). */
export function networkLabel(scope: { index: number | null; vnet: { name: string } }): string {
  if (scope.index === null) return "the AKS host's network";
  const name = scope.vnet.name.trim();
  return `cluster network ${name === "" ? scope.index + 1 : name}`;
}
