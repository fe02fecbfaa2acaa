import { serviceVipGroups } from "../counting";
import { parseIpv4 } from "../ipv4";
import type { ArcNeed, ArcClusterNeed } from "./arc-plan";
import type { ArcClusterInput, ArcPlanInput, ArcServiceInput } from "./arc-input-schema";
import { CONTROL_PLANE_IPS_PER_CLUSTER, UPGRADE_IPS_PER_CLUSTER } from "./arc-rules";

/**
 * The vendor's IP planning rule: the IP pool holds one address per node VM (control-plane nodes
 * too, as its example counts them), one upgrade IP per cluster and the cluster's control-plane IP
 * when AKS Arc picks it; load-balancer addresses are counted per cluster with the first platform's
 * port-sharing rule, since each cluster has its own MetalLB.
 */
/** `services` are the cluster's own. */
export function countCluster(cluster: ArcClusterInput, services: readonly ArcServiceInput[], sharedAddresses: boolean): ArcClusterNeed {
  const workerNodes = cluster.nodePools.reduce((sum, pool) => sum + pool.count, 0);
  // A typed address that does not parse is flagged at its field and counted as if left blank.
  const picked = !parseIpv4(cluster.controlPlaneIp).ok;
  const controlPlaneIpInPool = picked ? CONTROL_PLANE_IPS_PER_CLUSTER : 0;
  const [group] = serviceVipGroups(services, sharedAddresses);
  return {
    controlPlaneNodes: cluster.controlPlaneCount,
    workerNodes,
    upgradeIps: UPGRADE_IPS_PER_CLUSTER,
    controlPlaneIpInPool,
    controlPlaneIpOutsidePool: CONTROL_PLANE_IPS_PER_CLUSTER - controlPlaneIpInPool,
    ipPool: cluster.controlPlaneCount + workerNodes + UPGRADE_IPS_PER_CLUSTER + controlPlaneIpInPool,
    loadBalancer: group?.vips ?? 0,
    busiestPort: group?.busiestPort ?? null,
  };
}

export function countArcClusters(input: ArcPlanInput): ArcClusterNeed[] {
  const byCluster = new Map<string, ArcServiceInput[]>();
  for (const service of input.services) {
    const members = byCluster.get(service.cluster) ?? [];
    members.push(service);
    byCluster.set(service.cluster, members);
  }
  // Two clusters of one name share their services' count: the duplicate name is an error anyway.
  return input.clusters.map((cluster) => countCluster(cluster, byCluster.get(cluster.name) ?? [], input.options.sharedAddresses));
}

export function totalNeed(clusters: readonly ArcClusterNeed[]): ArcNeed {
  const sum = (pick: (cluster: ArcClusterNeed) => number) => clusters.reduce((total, cluster) => total + pick(cluster), 0);
  const ipPool = sum((cluster) => cluster.ipPool);
  const outsidePool = sum((cluster) => cluster.controlPlaneIpOutsidePool);
  const loadBalancer = sum((cluster) => cluster.loadBalancer);
  return { ipPool, outsidePool, loadBalancer, total: ipPool + outsidePool + loadBalancer };
}
