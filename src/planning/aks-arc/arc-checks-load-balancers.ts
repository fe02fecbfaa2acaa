import { readAddress } from "../checks-fields";
import { addressCount, error, isBlank, quoted, rangeText, type IssueList } from "../checks-shared";
import { contains, rangeSize } from "../free-space";
import { formatIpv4 } from "../ipv4-format";
import type { AddressRange } from "../plan";
import type { ArcClusterNeed } from "./arc-plan";
import type { ArcPlanInput } from "./arc-input-schema";
import { SERVICE_BLOCK, type ArcFacts, type Located } from "./arc-read";
import { ARC_LIMITS } from "./arc-rules";
import type { ArcSuggestions } from "./arc-suggest";
import { arcNameProblem, BGP_PEER_NAME, overlaps } from "./arc-checks-shared";

/** MetalLB per cluster: where its ranges may lie, whether they hold its services, BGP peers; services; the management block. */

export function checkLoadBalancers(input: ArcPlanInput, facts: ArcFacts, clusters: readonly ArcClusterNeed[], suggestions: ArcSuggestions, issues: IssueList): void {
  const earlier: Array<Located<AddressRange> & { cluster: number }> = [];
  input.clusters.forEach((cluster, index) => {
    const at = `clusters.${index}.loadBalancer`;
    const ranges = facts.clusters[index]?.loadBalancerRanges ?? [];
    const announcedOnSubnet = cluster.loadBalancer.advertiseMode !== "BGP";
    for (const range of ranges) {
      checkRangePlace(range, announcedOnSubnet, facts, issues);
      const clash = earlier.find((other) => overlaps(other.value, range.value));
      if (clash) {
        const whose = clash.cluster === index ? "another range of this cluster" : `cluster ${clash.cluster + 1}'s range ${rangeText(clash.value)}`;
        issues.push(error(range.path, `${rangeText(range.value)} overlaps ${whose}: each MetalLB address may belong to one range of one cluster, so move or shorten this one`));
      }
      earlier.push({ ...range, cluster: index });
    }
    checkCapacity(ranges, clusters[index]?.loadBalancer ?? 0, suggestions.loadBalancers[index] ?? null, at, issues);
    checkBgpPeers(cluster.loadBalancer, at, issues);
  });
  checkServices(input, issues);
  checkManagementBlock(facts, earlier, issues);
}

/** ARP (and Both) announce on the nodes' subnet; in any mode a range must miss the pool and fixed addresses. */
function checkRangePlace(range: Located<AddressRange>, announcedOnSubnet: boolean, facts: ArcFacts, issues: IssueList): void {
  const { subnet, ipPool } = facts;
  const text = rangeText(range.value);
  if (announcedOnSubnet && subnet !== null && (range.value.start <= subnet.network || range.value.end >= subnet.broadcast)) {
    issues.push(error(range.path, `In ARP mode MetalLB announces its addresses on the nodes' subnet: ${text} must lie within ${formatIpv4(subnet.network + 1)}-${formatIpv4(subnet.broadcast - 1)}, or use BGP mode for another network`));
  }
  if (ipPool !== null && overlaps(ipPool, range.value)) {
    issues.push(error(range.path, `${text} overlaps the IP pool ${rangeText(ipPool)}: load-balancer addresses must lie outside the pool, or AKS Arc may give one to a node VM`));
  }
  const fixed = [facts.gateway, ...facts.dnsServers, ...facts.clusters.map((cluster) => cluster.controlPlaneIp)].find((address) => address !== null && contains(range.value, address.value));
  if (fixed) issues.push(error(range.path, `${text} holds ${formatIpv4(fixed.value)}, already the plan's ${fixed.role}: leave that address out of the range`));
  if (overlaps(range.value, SERVICE_BLOCK)) issues.push(error(range.path, `${text} overlaps the Kubernetes service range ${SERVICE_BLOCK.text}: choose addresses outside ${rangeText(SERVICE_BLOCK)}`));
}

function checkCapacity(ranges: readonly Located<AddressRange>[], need: number, suggested: AddressRange | null, at: string, issues: IssueList): void {
  const held = ranges.reduce((sum, range) => sum + rangeSize(range.value), 0);
  if (held >= need) return;
  const fix = suggested === null ? "add a range outside the IP pool" : `add a range such as ${rangeText(suggested)}`;
  const holds = ranges.length === 0 ? "has no address range" : `holds ${addressCount(held)}`;
  issues.push(error(`${at}.addressRanges`, `This cluster's load balancer ${holds} but its services need ${need}: ${fix}`));
}

function checkBgpPeers(loadBalancer: ArcPlanInput["clusters"][number]["loadBalancer"], at: string, issues: IssueList): void {
  if (loadBalancer.advertiseMode !== "ARP" && loadBalancer.bgpPeers.length === 0) {
    issues.push(error(`${at}.bgpPeers`, `${loadBalancer.advertiseMode} mode needs at least one BGP peer (az k8s-runtime bgp-peer create): add your router, or use ARP mode`));
  }
  const seen = new Set<string>();
  loadBalancer.bgpPeers.forEach((peer, index) => {
    const path = `${at}.bgpPeers.${index}`;
    if (isBlank(peer.name)) issues.push(error(`${path}.name`, `Enter a name for BGP peer ${index + 1}, e.g. peer${index + 1}`));
    else {
      const problem = arcNameProblem(peer.name, BGP_PEER_NAME);
      if (problem !== null) issues.push(error(`${path}.name`, problem));
      if (seen.has(peer.name)) issues.push(error(`${path}.name`, `Another BGP peer of this cluster is named ${peer.name}: give each its own name`));
      seen.add(peer.name);
    }
    readAddress(peer.peerAddress, `${path}.peerAddress`, "Peer address", "Enter the router's address the nodes peer with, e.g. 10.0.0.1", issues);
  });
}

/** A MetalLB pool serves one cluster, so every service names the cluster it runs in. */
function checkServices(input: ArcPlanInput, issues: IssueList): void {
  const names = new Set(input.clusters.map((cluster) => cluster.name));
  const choices = [...names].filter((name) => !isBlank(name)).slice(0, 5).join(", ");
  const pick = choices === "" ? "add the cluster first" : `pick one of ${choices}`;
  input.services.forEach((service, index) => {
    const at = `services.${index}`;
    if (isBlank(service.name)) issues.push(error(`${at}.name`, `Enter a name for service ${index + 1}, e.g. frontend`));
    if (isBlank(service.cluster)) issues.push(error(`${at}.cluster`, `Enter the cluster the service runs in: each cluster's MetalLB serves its own services; ${pick}`));
    else if (!names.has(service.cluster)) issues.push(error(`${at}.cluster`, `No cluster is named ${quoted(service.cluster)}: ${pick}`));
  });
}

function checkManagementBlock(facts: ArcFacts, ranges: readonly Located<AddressRange>[], issues: IssueList): void {
  const block = facts.managementBlock;
  if (block === null) return;
  const size = rangeSize(block);
  if (size < ARC_LIMITS.managementBlock) {
    issues.push(error("managementBlock.end", `Azure Local needs at least ${ARC_LIMITS.managementBlock} contiguous management addresses, this block holds ${size}: end it at ${formatIpv4(block.start + ARC_LIMITS.managementBlock - 1)} or later`));
  }
  const clashes = [
    ...(facts.ipPool !== null && overlaps(facts.ipPool, block) ? [`the IP pool ${rangeText(facts.ipPool)}`] : []),
    ...ranges.filter((range) => overlaps(range.value, block)).map((range) => `the load-balancer range ${rangeText(range.value)}`),
    ...facts.clusters.flatMap((cluster) => (cluster.controlPlaneIp !== null && contains(block, cluster.controlPlaneIp.value) ? [`the control-plane IP ${formatIpv4(cluster.controlPlaneIp.value)}`] : [])),
  ];
  if (clashes.length > 0) {
    issues.push(error("managementBlock.start", `The management block ${rangeText(block)} overlaps ${clashes.join(", ")}: Azure Local's own addresses must stay clear of AKS Arc's, so move one of them`));
  }
}
