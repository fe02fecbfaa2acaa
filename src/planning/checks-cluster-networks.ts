import type { NetworkFacts } from "./checks-network";
import type { PoolFacts } from "./checks-pools";
import { error, isBlank, quoted, rangeText, warning, type IssueList, type Subnet } from "./checks-shared";
import { clip } from "./free-space";
import { formatCidr } from "./ipv4-format";
import { networkLabel, type NetworkContext } from "./networks";
import type { AddressRange, CheckContext } from "./plan";
import { clusterNetworksOf, type CountedInput } from "./plan-input-schema";

/**
 * Rules between the virtual networks of one plan (vendor-facts 1c, 1d): the AKS host's network and
 * every cluster network created with New-AksHciClusterNetwork. Each network's own fields are
 * checked by the same rules as the host's (checks-network, checks-pools); these are the ones that
 * need two networks, or a network and the clusters and services that use it.
 */

/** One network as these rules see it, after its own checks. */
export interface CheckedNetwork {
  context: NetworkContext;
  facts: NetworkFacts;
  pools: PoolFacts;
}

/** Which cluster is on which network: names that lead nowhere, networks no cluster uses, networks shared, services left on the host's. */
export function checkClusterNetworkUse(input: CountedInput, context: CheckContext, issues: IssueList): void {
  const networks = clusterNetworksOf(input);
  for (const index of context.unknownNetworks) {
    const cluster = input.clusters[index];
    if (cluster === undefined) continue;
    const names = networks.map((network) => network.name).filter((name) => !isBlank(name));
    const choices = names.length === 0 ? "add that cluster network" : `pick one of ${names.slice(0, 5).map(quoted).join(", ")}`;
    issues.push(
      error(`clusters.${index}.network`, `No cluster network is named ${quoted(cluster.network ?? "")}: ${choices}, or leave it empty to keep the cluster on the AKS host's network`),
    );
  }
  if (networks.length === 0) return;
  const firstOn = new Map<number, number>();
  context.networkOf.forEach((network, cluster) => {
    if (network === null) return;
    const first = firstOn.get(network);
    if (first === undefined) {
      firstOn.set(network, cluster);
      return;
    }
    issues.push(
      warning(
        `clusters.${cluster}.network`,
        `Workload cluster ${cluster + 1} shares ${networkLabel({ index: network, vnet: networks[network] ?? { name: "" } })} with workload cluster ${first + 1}: the vendor notes that clusters sharing one cluster network can get duplicate load balancer IPs; give each cluster its own network if they must stay apart, or check the services' addresses after deployment`,
      ),
    );
  });
  networks.forEach((network, index) => {
    if (firstOn.has(index)) return;
    issues.push(
      warning(
        `clusterNetworks.${index}.name`,
        `No workload cluster is on ${networkLabel({ index, vnet: network })}: the script would create it for nothing; choose it on a cluster, or remove it`,
      ),
    );
  });
  if (firstOn.size === 0) return;
  input.services.forEach((service, index) => {
    if (service.cluster !== "") return;
    issues.push(
      warning(
        `services.${index}.cluster`,
        `Service ${isBlank(service.name) ? index + 1 : quoted(service.name)} is tied to no cluster, so its VIPs are counted in the AKS host's network: pick the cluster it runs in, so they are counted in that cluster's network`,
      ),
    );
  });
}

/** Names unique, address space apart, and each cluster network on a segment of its own. */
export function checkNetworksApart(checked: readonly CheckedNetwork[], hostsSubnet: Subnet | null, issues: IssueList): void {
  if (checked.length < 2) return;
  checkNamesUnique(checked, issues);
  checkOverlaps(checked, issues);
  checkSegments(checked, issues);
  if (hostsSubnet !== null) checkHostsSubnet(checked, hostsSubnet, issues);
}

function checkNamesUnique(checked: readonly CheckedNetwork[], issues: IssueList): void {
  const firstOf = new Map<string, NetworkContext>();
  for (const { context } of checked) {
    const name = context.vnet.name;
    if (isBlank(name)) continue;
    const first = firstOf.get(name);
    if (first === undefined) {
      firstOf.set(name, context);
      continue;
    }
    issues.push(error(`${context.path}.name`, `${capitalized(networkLabel(first))} is already named ${quoted(name)}: each virtual network needs its own name, e.g. ${name}${(context.index ?? 0) + 2}`));
  }
}

/** Where a network's addresses lie: its prefix, or without one (DHCP model) its typed pools. */
function footprint({ facts, pools }: CheckedNetwork): { ranges: AddressRange[]; text: string } | null {
  if (facts.subnet !== null) return { ranges: [{ start: facts.subnet.network, end: facts.subnet.broadcast }], text: facts.subnet.text };
  const ranges = [pools.nodePool, pools.vipPool, pools.dhcpScope].flatMap((pool) => (pool === null ? [] : [pool.range]));
  return ranges.length === 0 ? null : { ranges, text: ranges.map(rangeText).join(" and ") };
}

/**
 * Two virtual networks sharing addresses would hand the same address to two VMs; clusters meant
 * to share a network choose the same cluster network instead (several clusters may).
 */
function checkOverlaps(checked: readonly CheckedNetwork[], issues: IssueList): void {
  const seen: { network: CheckedNetwork; print: NonNullable<ReturnType<typeof footprint>> }[] = [];
  for (const network of checked) {
    const print = footprint(network);
    if (print === null) continue;
    const other = seen.find((earlier) => earlier.print.ranges.some((a) => print.ranges.some((b) => clip(a, b) !== null)));
    if (other !== undefined) {
      const label = networkLabel(other.network.context);
      const path = network.facts.subnet !== null ? `${network.context.path}.addressPrefix` : `${network.context.path}.vipPoolStart`;
      issues.push(
        error(
          path,
          `${print.text} overlaps ${label} (${other.print.text}): two virtual networks must not share addresses; give this one a subnet of its own, or choose ${label} on its clusters to share it`,
        ),
      );
    }
    seen.push({ network, print });
  }
}

/**
 * Two subnets on one vSwitch with the same vLAN (or both untagged) share one broadcast domain: the
 * cluster network then separates nothing, which is what it is usually made for.
 */
function checkSegments(checked: readonly CheckedNetwork[], issues: IssueList): void {
  const [host, ...clusterNetworks] = checked;
  if (host === undefined) return;
  clusterNetworks.forEach((network, position) => {
    const { context } = network;
    if (!context.reading.vlanId.ok || isBlank(context.vnet.vswitchName)) return;
    const vlan = context.reading.vlanId.value;
    const same = checked.slice(0, position + 1).find((earlier) => earlier.context.reading.vlanId.ok && earlier.context.reading.vlanId.value === vlan && earlier.context.vnet.vswitchName === context.vnet.vswitchName);
    if (same === undefined) return;
    const tag = vlan === null ? "both untagged" : `both on vLAN ${vlan}`;
    issues.push(
      warning(
        `${context.path}.vlanId`,
        `${capitalized(networkLabel(context))} and ${networkLabel(same.context)} are ${tag} on the virtual switch ${quoted(context.vnet.vswitchName)}: their subnets share one broadcast domain, so nothing separates them; give this network a vLAN ID of its own`,
      ),
    );
  });
}

/**
 * The cloud agent stays on the HCI hosts' subnet whatever network a cluster is on (vendor-facts 1d):
 * a cluster network inside that subnet is the hosts' own segment, not a network of its own, and its
 * VMs would take addresses the hosts' subnet plans for other machines.
 */
function checkHostsSubnet(checked: readonly CheckedNetwork[], hosts: Subnet, issues: IssueList): void {
  for (const { context, facts } of checked.slice(1)) {
    const subnet = facts.subnet;
    if (subnet === null) continue;
    if (clip({ start: subnet.network, end: subnet.broadcast }, { start: hosts.network, end: hosts.broadcast }) === null) continue;
    issues.push(
      warning(
        `${context.path}.addressPrefix`,
        `${subnet.text} overlaps the HCI hosts' subnet ${hosts.text} (of the cloud service CIDR), where the cloud agent stays: give ${networkLabel(context)} a subnet apart from the hosts', whose VMs reach the cloud agent through its gateway (ports 55000 and 65000)`,
      ),
    );
  }
}

/** The HCI hosts' subnet as the cloud service CIDR writes it (static hosts only). */
export function hostsSubnetOf(input: CountedInput, context: CheckContext): Subnet | null {
  const read = context.reading.cloudServiceCidr;
  if (input.cloudService.hostAddressing !== "static" || read.status !== "ok" || read.value.prefix > 30) return null;
  const { network, broadcast, prefix } = read.value;
  return { network, broadcast, prefix, text: formatCidr(network, prefix) };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
