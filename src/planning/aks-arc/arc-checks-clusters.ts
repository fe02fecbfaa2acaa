import { placeInSubnet } from "../checks-fields";
import { error, isBlank, rangeText, type IssueList } from "../checks-shared";
import { contains } from "../free-space";
import { formatIpv4 } from "../ipv4-format";
import type { ArcClusterInput, ArcPlanInput } from "./arc-input-schema";
import { SERVICE_BLOCK, type ArcClusterFacts, type ArcFacts } from "./arc-read";
import { ARC_LIMITS } from "./arc-rules";
import { arcNameProblem, CLUSTER_NAME, NODE_POOL_NAME, overlaps } from "./arc-checks-shared";

/** The clusters: the vendor's limits, names, the control-plane IP and the pod range. */

export function checkClusters(input: ArcPlanInput, facts: ArcFacts, issues: IssueList): void {
  if (input.clusters.length > ARC_LIMITS.clusters) {
    issues.push(error("clusters", `An Azure Local instance runs at most ${ARC_LIMITS.clusters} AKS Arc clusters: this plan has ${input.clusters.length}; remove ${input.clusters.length - ARC_LIMITS.clusters} or plan them on another instance`));
  }
  const firstWithName = new Map<string, number>();
  const firstWithIp = new Map<number, number>();
  input.clusters.forEach((cluster, index) => {
    const at = `clusters.${index}`;
    checkClusterName(cluster.name, at, index, firstWithName, issues);
    checkControlPlaneCount(cluster.controlPlaneCount, at, issues);
    const clusterFacts = facts.clusters[index];
    if (clusterFacts) {
      checkControlPlaneIp(clusterFacts, facts, index, firstWithIp, issues);
      checkPodCidr(clusterFacts, facts, at, issues);
    }
    checkNodePools(cluster, at, issues);
  });
}

function checkClusterName(name: string, at: string, index: number, firstWithName: Map<string, number>, issues: IssueList): void {
  const path = `${at}.name`;
  if (isBlank(name)) {
    issues.push(error(path, `Enter a name for cluster ${index + 1}, e.g. cluster${index + 1}`));
    return;
  }
  const problem = arcNameProblem(name, CLUSTER_NAME);
  if (problem !== null) issues.push(error(path, problem));
  const first = firstWithName.get(name);
  if (first !== undefined) issues.push(error(path, `Cluster ${first + 1} is already named ${name}: give each cluster its own name`));
  else firstWithName.set(name, index);
}

function checkControlPlaneCount(count: number, at: string, issues: IssueList): void {
  const allowed: readonly number[] = ARC_LIMITS.controlPlaneCounts;
  if (allowed.includes(count)) return;
  const nearest = allowed.reduce((best, candidate) => (Math.abs(candidate - count) < Math.abs(best - count) ? candidate : best));
  issues.push(error(`${at}.controlPlaneCount`, `AKS Arc runs 1, 3 or 5 control-plane nodes, not ${count}: use ${nearest}`));
}

/**
 * An entered control-plane IP must be a host of the prefix and lie outside the IP pool (the az
 * aksarc reference), clear of the gateway, DNS servers and other clusters' control-plane IPs.
 */
function checkControlPlaneIp(cluster: ArcClusterFacts, facts: ArcFacts, index: number, firstWithIp: Map<number, number>, issues: IssueList): void {
  const ip = cluster.controlPlaneIp;
  if (ip === null) return;
  const text = formatIpv4(ip.value);
  const placement = facts.subnet === null ? null : placeInSubnet("Control-plane IP", ip.value, facts.subnet);
  if (placement !== null) {
    issues.push(error(ip.path, `${placement}, outside the IP pool, or leave it empty so AKS Arc picks one from the pool`));
    return;
  }
  if (facts.ipPool !== null && contains(facts.ipPool, ip.value)) {
    issues.push(error(ip.path, `Control-plane IP ${text} lies in the IP pool ${rangeText(facts.ipPool)}: enter an address outside the pool, or leave it empty so AKS Arc picks one from the pool`));
  }
  const fixed = [facts.gateway, ...facts.dnsServers].find((address) => address?.value === ip.value);
  if (fixed) issues.push(error(ip.path, `Control-plane IP ${text} is the ${fixed.role}: enter a free address of the prefix`));
  const first = firstWithIp.get(ip.value);
  if (first !== undefined) issues.push(error(ip.path, `Control-plane IP ${text} is already cluster ${first + 1}'s: give each cluster its own address`));
  else firstWithIp.set(ip.value, index);
}

function checkPodCidr(cluster: ArcClusterFacts, facts: ArcFacts, at: string, issues: IssueList): void {
  const pods = cluster.podCidr;
  if (!cluster.podCidrTyped || pods === null) return;
  const path = `${at}.podCidr`;
  if (overlaps(pods, SERVICE_BLOCK)) {
    issues.push(error(path, `Pod CIDR ${pods.text} overlaps the service range ${SERVICE_BLOCK.text}: choose a range outside ${rangeText(SERVICE_BLOCK)}, or leave it empty for 10.244.0.0/16`));
  }
  if (facts.subnet !== null && overlaps(pods, facts.subnet)) {
    issues.push(error(path, `Pod CIDR ${pods.text} overlaps the logical network ${facts.subnet.text}: choose a range clear of it, e.g. 10.244.0.0/16`));
  }
}

function checkNodePools(cluster: ArcClusterInput, at: string, issues: IssueList): void {
  const pools = cluster.nodePools;
  if (pools.length === 0) {
    issues.push(error(`${at}.nodePools`, "Add a node pool: az aksarc create makes the first one with the cluster, and MetalLB needs a Linux node"));
    return;
  }
  if (pools.length > ARC_LIMITS.nodePoolsPerCluster) {
    issues.push(error(`${at}.nodePools`, `A cluster takes at most ${ARC_LIMITS.nodePoolsPerCluster} node pools: remove ${pools.length - ARC_LIMITS.nodePoolsPerCluster} or move them to another cluster`));
  }
  const nodes = cluster.controlPlaneCount + pools.reduce((sum, pool) => sum + pool.count, 0);
  if (nodes > ARC_LIMITS.nodesPerCluster) {
    issues.push(error(`${at}.nodePools`, `A cluster runs at most ${ARC_LIMITS.nodesPerCluster} nodes, control plane included: this one has ${nodes}; remove ${nodes - ARC_LIMITS.nodesPerCluster} or split the cluster`));
  }
  if (pools[0]?.osType === "windows") {
    issues.push(error(`${at}.nodePools.0.osType`, "The first node pool is made by az aksarc create and must be Linux (MetalLB runs on Linux nodes): put a Linux pool first"));
  }
  const seen = new Set<string>();
  const { min, max } = ARC_LIMITS.nodesPerPool;
  pools.forEach((pool, index) => {
    const path = `${at}.nodePools.${index}`;
    if (isBlank(pool.name)) issues.push(error(`${path}.name`, `Enter a name for node pool ${index + 1}, e.g. nodepool${index + 1}`));
    else {
      const problem = arcNameProblem(pool.name, NODE_POOL_NAME);
      if (problem !== null) issues.push(error(`${path}.name`, problem));
      if (seen.has(pool.name)) issues.push(error(`${path}.name`, `Another node pool of this cluster is named ${pool.name}: give each pool its own name`));
      seen.add(pool.name);
    }
    if (pool.count < min || pool.count > max) {
      issues.push(error(`${path}.count`, `A node pool holds ${min} to ${max} nodes, not ${pool.count}: use ${Math.min(max, Math.max(min, pool.count))}${pool.count > max ? " and add another pool for the rest" : ""}`));
    }
  });
}
