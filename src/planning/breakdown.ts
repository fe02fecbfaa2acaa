import { API_SERVER_VIPS_PER_CLUSTER, AKS_HOST_IPS, serviceVipGroups, WORKLOAD_EXTRA_IPS, workloadExtraIps, type ServiceVipGroup } from "./counting";
import type { AddressNeed, BreakdownLine, SubnetSizing } from "./plan";
import { loadBalancerOf, type CountedInput, type CountedService, type NetworkModel } from "./plan-input-schema";
import { RECOMMENDED_PREFIX } from "./subnet";

/**
 * The reference doc's itemised list ("3 IP addresses for the AKS host (...)"), one line per rule,
 * generated from the inputs. Node-side lines add up to the node need, VIP-side lines to the VIP
 * need; summary lines repeat totals.
 */
export interface BreakdownNeeds {
  minimum: AddressNeed;
  reserve: AddressNeed;
  need: AddressNeed;
  subnet: SubnetSizing;
}

/** What one network's breakdown counts: the AKS host or not, which clusters (by index) and services. */
export interface BreakdownMembers {
  aksHost: boolean;
  clusters: readonly number[];
  services: readonly CountedService[];
}

/** Without `members`, the whole plan on one network: the AKS host, every cluster and service. */
export function buildBreakdown(input: CountedInput, needs: BreakdownNeeds, members?: BreakdownMembers): BreakdownLine[] {
  const aksHost = members?.aksHost ?? true;
  const clusterIndices = members?.clusters ?? input.clusters.map((_, index) => index);
  const hostLine: BreakdownLine = {
    id: "aks-host",
    side: "node",
    count: AKS_HOST_IPS,
    text: `${ips(AKS_HOST_IPS)} for the AKS host (one IP for the control plane node and two IPs for running update operations)`,
    rule: "aks-host",
  };
  return [
    ...(aksHost ? [hostLine] : []),
    ...clusterIndices.flatMap((index) => {
      const cluster = input.clusters[index];
      return cluster ? clusterLines(clusterLabel(cluster.name, index), index, cluster) : [];
    }),
    ...apiServerLines(clusterIndices.length),
    ...serviceLines(input, members?.services ?? input.services),
    ...(aksHost ? growthLines(input, needs.reserve) : []),
    totalLine(needs),
    ...splitLines(input.model, clusterIndices.length, needs),
  ];
}

/** A cluster without a name yet is called by its 1-based position, as the wizard lists it. */
export function clusterLabel(name: string, index: number): string {
  return `cluster ${name.trim() === "" ? index + 1 : name.trim()}`;
}

// Each line is written whole, with its cluster: copying three lines per cluster with a spread
// was a fifth of createPlan's time at 1,000 clusters (CPU profile).
function clusterLines(label: string, index: number, cluster: CountedInput["clusters"][number]): BreakdownLine[] {
  const id = `cluster-${index}`;
  const extra = loadBalancerOf(cluster) === "haproxy" ? WORKLOAD_EXTRA_IPS : workloadExtraIps("none");
  const why =
    loadBalancerOf(cluster) === "haproxy"
      ? "five IPs for running update operations and 1 IP for load balancer"
      : "five IPs for running update operations; no load balancer VM: kube-vip serves its API server";
  return [
    {
      id: `${id}-control-plane`,
      side: "node",
      count: cluster.controlPlaneNodes,
      text: `${ips(cluster.controlPlaneNodes)} for the control plane nodes in ${label} (one IP per control plane node)`,
      rule: "control-plane-nodes",
      cluster: index,
    },
    {
      id: `${id}-workers`,
      side: "node",
      count: cluster.workerNodes,
      text: `${ips(cluster.workerNodes)} for the worker nodes in ${label} (one IP per worker node)`,
      rule: "worker-nodes",
      cluster: index,
    },
    {
      id: `${id}-update-and-load-balancer`,
      side: "node",
      count: extra,
      text: `${ips(extra)} additionally for ${label} (${why})`,
      rule: "cluster-update-and-load-balancer",
      cluster: index,
    },
  ];
}

function apiServerLines(clusters: number): BreakdownLine[] {
  if (clusters === 0) return [];
  const count = clusters * API_SERVER_VIPS_PER_CLUSTER;
  return [
    {
      id: "api-servers",
      side: "vip",
      count,
      text: `${ips(count)} for the Kubernetes cluster API ${clusters === 1 ? "server" : "servers"} (one IP per Kubernetes cluster)`,
      rule: "api-servers",
    },
  ];
}

function serviceLines(input: CountedInput, services: readonly CountedService[]): BreakdownLine[] {
  const { vipSharing } = input.options;
  const clusterIndex = new Map<string, number>();
  input.clusters.forEach((cluster, index) => {
    if (!clusterIndex.has(cluster.name)) clusterIndex.set(cluster.name, index);
  });
  const byCluster = new Map<string, CountedService[]>();
  for (const service of services) {
    const members = byCluster.get(service.cluster) ?? [];
    members.push(service);
    byCluster.set(service.cluster, members);
  }
  return serviceVipGroups(services, vipSharing).map((group) => {
    const members = byCluster.get(group.cluster) ?? [];
    const scope = group.cluster === "" ? "the Kubernetes services" : `the Kubernetes services of cluster ${group.cluster}`;
    const why = vipSharing ? sharingExplanation(members, group) : "one IP address per service instance, VIP sharing is off";
    // A service naming no cluster, or one the plan lacks (an error at its field), belongs to none.
    const cluster = group.cluster === "" ? undefined : clusterIndex.get(group.cluster);
    const line: BreakdownLine = {
      id: group.cluster === "" ? "services" : `services-cluster-${group.cluster}`,
      side: "vip",
      count: group.vips,
      text: `${ips(group.vips)} for ${scope} (${why})`,
      rule: vipSharing ? "services-shared-vips" : "services-one-vip-per-instance",
    };
    if (cluster !== undefined) line.cluster = cluster;
    return line;
  });
}

/** Why one load balancer's services need as many VIPs as the busiest port has instances. */
function sharingExplanation(members: readonly CountedService[], group: ServiceVipGroup): string {
  const onBusiest = members.filter((service) => service.port === group.busiestPort);
  const others = members.filter((service) => service.port !== group.busiestPort);
  const single = onBusiest.length === 1 && onBusiest[0]?.instances === 1;
  const head = single
    ? `one IP address for ${names(onBusiest)} on port ${group.busiestPort}`
    : `one IP address per instance of ${names(onBusiest)}, since they all use port ${group.busiestPort}`;
  if (others.length === 0) return head;
  const shared = group.vips === 1 ? "this one" : "any one of these";
  const verb = others.length === 1 ? "it uses a different port" : "they use different ports";
  return `${head}; ${names(others)} can use ${shared} as long as ${verb}`;
}

/** Service names, the first few spelled out so a plan with thousands of services stays readable. */
function names(services: readonly CountedService[]): string {
  const labels = services.map((service, index) => (service.name.trim() === "" ? `service ${index + 1}` : service.name.trim()));
  const shown = labels.length > 4 ? [...labels.slice(0, 3), `${labels.length - 3} more`] : labels;
  return shown.length === 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}

function growthLines(input: CountedInput, reserve: AddressNeed): BreakdownLine[] {
  const { clusters, controlPlaneNodes, workerNodes } = input.options.growthReserve;
  if (clusters === 0) return [];
  const more = `${count(clusters)} more workload ${clusters === 1 ? "cluster" : "clusters"}`;
  return [
    {
      id: "growth-reserve-nodes",
      side: "node",
      count: reserve.node,
      text:
        `${ips(reserve.node)} reserved for growth: ${more} of ${nodes(controlPlaneNodes, "control plane")} and ` +
        `${nodes(workerNodes, "worker")} each (one IP per node, plus five IPs for update operations and 1 IP for load balancer per cluster)`,
      rule: "growth-reserve",
    },
    {
      id: "growth-reserve-vips",
      side: "vip",
      count: reserve.vip,
      text: `${ips(reserve.vip)} reserved for growth: the API servers of ${more} (one IP per Kubernetes cluster)`,
      rule: "growth-reserve",
    },
  ];
}

function totalLine({ need, reserve, subnet }: BreakdownNeeds): BreakdownLine {
  const growth = reserve.total > 0 ? `, ${count(reserve.total)} of them for growth` : "";
  let advice: string;
  if (subnet.minimumPrefix === null) advice = "more than a /8 holds, so no subnet takes this plan: plan fewer clusters, nodes or services";
  else if (subnet.minimumPrefix > RECOMMENDED_PREFIX) {
    advice = `reserve a /${subnet.minimumPrefix} subnet (the reference doc recommends at least a /${RECOMMENDED_PREFIX})`;
  } else advice = `reserve a /${subnet.minimumPrefix} subnet`;
  return { id: "total", side: "summary", count: need.total, text: `${ips(need.total)} in total${growth}: ${advice}`, rule: "total-and-subnet" };
}

function splitLines(model: NetworkModel, clusters: number, needs: BreakdownNeeds): BreakdownLine[] {
  const { need, reserve, subnet } = needs;
  const vipParts = vipPoolParts(clusters, needs.minimum, reserve);
  if (model === "static") {
    return [
      {
        id: "split-vip-pool",
        side: "summary",
        count: need.vip,
        text: `${ips(need.vip)} for the virtual IP pool (${vipParts})`,
        rule: "split-static",
      },
      {
        id: "split-node-pool",
        side: "summary",
        count: need.node,
        text: `${ips(need.node)} for the Kubernetes node VM pool (all the IP addresses for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations)`,
        rule: "split-static",
      },
    ];
  }
  const subnetText = subnet.minimumPrefix === null ? "more than a /8 holds" : `a /${subnet.minimumPrefix} subnet`;
  return [
    {
      id: "split-dhcp-reserve",
      side: "summary",
      count: need.total,
      text: `Reserve ${ips(need.total)} (${subnetText}) on the DHCP server`,
      rule: "split-dhcp",
    },
    {
      id: "split-dhcp-exclude",
      side: "summary",
      count: need.vip,
      text: `Exclude ${ips(need.vip)} from the DHCP scope for the virtual IP pool (${vipParts})`,
      rule: "split-dhcp",
    },
    {
      id: "split-dhcp-leases",
      side: "summary",
      count: need.node,
      text: `Keep at least ${count(need.node)} free ${need.node === 1 ? "lease" : "leases"} in the DHCP scope for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations`,
      rule: "split-dhcp",
    },
  ];
}

/** "two for Kubernetes cluster API servers and three for Kubernetes services", as the doc splits it. */
function vipPoolParts(clusters: number, minimum: AddressNeed, reserve: AddressNeed): string {
  const apiServers = clusters * API_SERVER_VIPS_PER_CLUSTER;
  const services = minimum.vip - apiServers;
  const parts = [
    apiServers > 0 ? `${word(apiServers)} for Kubernetes cluster API ${apiServers === 1 ? "server" : "servers"}` : "",
    services > 0 ? `${word(services)} for Kubernetes services` : "",
    reserve.vip > 0 ? `${word(reserve.vip)} for growth` : "",
  ].filter((part) => part !== "");
  if (parts.length === 0) return "no workload clusters or services yet";
  return parts.length === 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

function nodes(n: number, role: string): string {
  return `${count(n)} ${role} ${n === 1 ? "node" : "nodes"}`;
}

/** "1 IP address", "32 IP addresses", "16,777,214 IP addresses". */
export function ips(n: number): string {
  return `${count(n)} IP ${n === 1 ? "address" : "addresses"}`;
}

/** Thousands separators without Intl: a plan has thousands of lines and Intl per call is slow. */
function count(n: number): string {
  return n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The doc spells small counts out ("two for Kubernetes cluster API server"). */
function word(n: number): string {
  return WORDS[n] ?? count(n);
}
