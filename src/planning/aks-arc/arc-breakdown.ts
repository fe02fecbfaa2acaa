import { parseIpv4 } from "../ipv4";
import { formatIpv4 } from "../ipv4-format";
import { ips } from "../breakdown";
import type { ArcBreakdownLine, ArcClusterNeed, ArcNeed, ArcSubnetSizing } from "./arc-plan";
import type { ArcClusterInput, ArcPlanInput, ArcServiceInput } from "./arc-input-schema";
import { formatCount } from "../wording";

/**
 * The vendor's planning page itemises the example as node VMs, upgrade IPs and control-plane IPs
 * in the pool, then MetalLB addresses outside it; one line per rule and cluster, generated from
 * the inputs. Lines of side "ip-pool" add up to the pool's need, "load-balancer" lines to the
 * load-balancer need; "summary" lines repeat totals.
 */
export function buildArcBreakdown(input: ArcPlanInput, clusters: readonly ArcClusterNeed[], need: ArcNeed, subnet: ArcSubnetSizing): ArcBreakdownLine[] {
  const labels = input.clusters.map((cluster, index) => arcClusterLabel(cluster.name, index));
  const lines = input.clusters.flatMap((cluster, index) => poolLines(cluster, clusters[index], labels[index] ?? "", index));
  lines.push({
    id: "ip-pool",
    side: "summary",
    count: need.ipPool,
    text: `${ips(need.ipPool)} in the logical network's IP pool (every node VM, one upgrade IP per cluster and the control-plane IPs AKS Arc picks)`,
    rule: "ip-pool-total",
    cluster: null,
  });
  input.clusters.forEach((cluster, index) => {
    const counted = clusters[index];
    if (counted && counted.loadBalancer > 0) lines.push(loadBalancerLine(cluster, counted, input, labels[index] ?? "", index));
  });
  if (input.clusters.length > 0) {
    lines.push({
      id: "load-balancer",
      side: "summary",
      count: need.loadBalancer,
      text: `${ips(need.loadBalancer)} for MetalLB load balancers, ${placement(input)}`,
      rule: "load-balancer-total",
      cluster: null,
    });
  }
  lines.push(totalLine(need, subnet));
  return lines;
}

/** Where the load-balancer addresses go: BGP mode alone lets them leave the subnet. */
function placement(input: ArcPlanInput): string {
  const bgpOnly = input.clusters.filter((cluster) => cluster.loadBalancer.advertiseMode === "BGP").length;
  if (bgpOnly === 0) return "in the logical network's subnet but outside the IP pool (ARP mode)";
  if (bgpOnly === input.clusters.length) return "outside the IP pool; in BGP mode they may lie in another network";
  return "outside the IP pool, in the logical network's subnet for ARP and Both modes; BGP-mode ranges may lie in another network";
}

/** A cluster without a name yet is called by its 1-based position, as the wizard lists it. */
export function arcClusterLabel(name: string, index: number): string {
  return `cluster ${name.trim() === "" ? index + 1 : name.trim()}`;
}

function poolLines(cluster: ArcClusterInput, counted: ArcClusterNeed | undefined, label: string, index: number): ArcBreakdownLine[] {
  if (counted === undefined) return [];
  const id = `cluster-${index}`;
  const line = (suffix: string, side: ArcBreakdownLine["side"], count: number, text: string, rule: ArcBreakdownLine["rule"]): ArcBreakdownLine => ({
    id: `${id}-${suffix}`,
    side,
    count,
    text,
    rule,
    cluster: index,
  });
  const explicit = parseIpv4(cluster.controlPlaneIp);
  return [
    line("control-plane", "ip-pool", counted.controlPlaneNodes, `${ips(counted.controlPlaneNodes)} for the control-plane node VMs of ${label} (one IP per control-plane node)`, "control-plane-nodes"),
    ...cluster.nodePools.map((pool, poolIndex) =>
      line(`node-pool-${poolIndex}`, "ip-pool", pool.count, `${ips(pool.count)} for the node VMs of node pool ${poolName(pool.name, poolIndex)} in ${label} (one IP per node)`, "node-pool-nodes"),
    ),
    line("upgrade", "ip-pool", counted.upgradeIps, `${ips(counted.upgradeIps)} for rolling upgrades of ${label} (one IP per cluster)`, "upgrade-ip"),
    !explicit.ok
      ? line("control-plane-ip", "ip-pool", counted.controlPlaneIpInPool, `${ips(counted.controlPlaneIpInPool)} for the control-plane IP of ${label} (KubeVIP), which AKS Arc picks from the IP pool`, "control-plane-ip-in-pool")
      : line(
          "control-plane-ip",
          "outside-pool",
          counted.controlPlaneIpOutsidePool,
          `${ips(counted.controlPlaneIpOutsidePool)} for the control-plane IP of ${label} (KubeVIP), ${formatIpv4(explicit.value)} as entered, in the address prefix outside the IP pool`,
          "control-plane-ip-outside-pool",
        ),
  ];
}

function poolName(name: string, index: number): string {
  return name.trim() === "" ? String(index + 1) : name.trim();
}

function loadBalancerLine(cluster: ArcClusterInput, counted: ArcClusterNeed, input: ArcPlanInput, label: string, index: number): ArcBreakdownLine {
  const members = input.services.filter((service) => service.cluster === cluster.name);
  const why = input.options.sharedAddresses ? sharingExplanation(members, counted.busiestPort) : "one IP per service instance, address sharing is off";
  return {
    id: `cluster-${index}-load-balancer`,
    side: "load-balancer",
    count: counted.loadBalancer,
    text: `${ips(counted.loadBalancer)} for the MetalLB load balancer of ${label} (${why})`,
    rule: "load-balancer",
    cluster: index,
  };
}

function sharingExplanation(members: readonly ArcServiceInput[], busiestPort: number | null): string {
  const onBusiest = members.filter((service) => service.port === busiestPort);
  const others = members.filter((service) => service.port !== busiestPort);
  const single = onBusiest.length === 1 && onBusiest[0]?.instances === 1;
  const head = single ? `one IP for ${names(onBusiest)} on port ${busiestPort}` : `one IP per instance of ${names(onBusiest)}, since they all use port ${busiestPort}`;
  return others.length === 0 ? head : `${head}; ${names(others)} can share them on other ports`;
}

function names(services: readonly ArcServiceInput[]): string {
  const labels = services.map((service, index) => (service.name.trim() === "" ? `service ${index + 1}` : service.name.trim()));
  const shown = labels.length > 4 ? [...labels.slice(0, 3), `${labels.length - 3} more`] : labels;
  return shown.length === 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}

function totalLine(need: ArcNeed, subnet: ArcSubnetSizing): ArcBreakdownLine {
  const parts = [`${formatCount(need.ipPool)} in the IP pool`];
  if (need.outsidePool > 0) parts.push(`${formatCount(need.outsidePool)} control-plane ${need.outsidePool === 1 ? "IP" : "IPs"} outside it`);
  parts.push(`${formatCount(need.loadBalancer)} for load balancers`);
  const advice = subnet.minimumPrefix === null ? "more than a /8 holds: plan fewer clusters, nodes or services" : `the logical network needs a /${subnet.minimumPrefix} or larger`;
  return { id: "total", side: "summary", count: need.total, text: `${ips(need.total)} in total (${parts.join(", ")}): ${advice}`, rule: "total-and-subnet", cluster: null };
}
