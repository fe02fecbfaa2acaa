import type { AddressNeed } from "./plan";
import { loadBalancerOf, type CountedCluster, type CountedGrowthReserve, type CountedInput, type CountedService, type LoadBalancerSku } from "./plan-input-schema";

/** The reference doc's "Minimum IP address reservation" table. */
export const AKS_HOST_CONTROL_PLANE_IPS = 1;
export const AKS_HOST_UPDATE_IPS = 2;
export const AKS_HOST_IPS = AKS_HOST_CONTROL_PLANE_IPS + AKS_HOST_UPDATE_IPS;
/** The doc's table counts 5 update IPs per workload cluster, not the "one to three" of its prose. */
export const WORKLOAD_UPDATE_IPS = 5;
export const WORKLOAD_LOAD_BALANCER_IPS = 1;
export const WORKLOAD_EXTRA_IPS = WORKLOAD_UPDATE_IPS + WORKLOAD_LOAD_BALANCER_IPS;
export const API_SERVER_VIPS_PER_CLUSTER = 1;

/**
 * Node-side addresses of one workload cluster: its nodes, update operations and HAProxy VM. With
 * the load balancer "none" kube-vip serves the API server from the VIP pool and no HAProxy VM is
 * deployed, so that address is not needed (vendor-facts 1d).
 */
export function workloadClusterNodeIps(controlPlaneNodes: number, workerNodes: number, loadBalancer: LoadBalancerSku = "haproxy"): number {
  return controlPlaneNodes + workerNodes + workloadExtraIps(loadBalancer);
}

/** Update IPs plus the HAProxy VM's address, when the cluster has one. */
export function workloadExtraIps(loadBalancer: LoadBalancerSku): number {
  return WORKLOAD_UPDATE_IPS + (loadBalancer === "haproxy" ? WORKLOAD_LOAD_BALANCER_IPS : 0);
}

/** The services one load balancer serves, and the VIPs they need there. */
export interface ServiceVipGroup {
  /** Workload cluster name; "" for services not tied to a cluster. */
  cluster: string;
  vips: number;
  /** Port that sets the group's VIP count (the one with the most instances). */
  busiestPort: number | null;
  instances: number;
}

/**
 * VIPs for services, per load balancer. Instances on one port need distinct VIPs; services on
 * other ports can reuse those VIPs (the doc's Jane example), but only inside one load balancer,
 * so each workload cluster's services form a group and unassigned services one more.
 */
export function serviceVipGroups(services: readonly CountedService[], vipSharing: boolean): ServiceVipGroup[] {
  const groups = new Map<string, { perPort: Map<number, number>; instances: number }>();
  for (const service of services) {
    const group = groups.get(service.cluster) ?? { perPort: new Map<number, number>(), instances: 0 };
    group.perPort.set(service.port, (group.perPort.get(service.port) ?? 0) + service.instances);
    group.instances += service.instances;
    groups.set(service.cluster, group);
  }
  return [...groups].map(([cluster, { perPort, instances }]) => {
    let busiestPort: number | null = null;
    let most = 0;
    for (const [port, count] of perPort) {
      if (count > most) [busiestPort, most] = [port, count];
    }
    return { cluster, vips: vipSharing ? most : instances, busiestPort, instances };
  });
}

export function serviceVips(services: readonly CountedService[], vipSharing: boolean): number {
  return serviceVipGroups(services, vipSharing).reduce((sum, group) => sum + group.vips, 0);
}

function need(node: number, vip: number): AddressNeed {
  return { node, vip, total: node + vip };
}

export const NO_NEED: AddressNeed = Object.freeze({ node: 0, vip: 0, total: 0 });

/** What one virtual network holds: the AKS host (its own network only), some clusters and the services tied to them. */
export interface NetworkMembers {
  aksHost: boolean;
  clusters: readonly CountedCluster[];
  services: readonly CountedService[];
  vipSharing: boolean;
}

/** The reference doc's minimum for one network, without growth reserve. */
export function countNetwork(members: NetworkMembers): AddressNeed {
  let node = members.aksHost ? AKS_HOST_IPS : 0;
  for (const cluster of members.clusters) node += workloadClusterNodeIps(cluster.controlPlaneNodes, cluster.workerNodes, loadBalancerOf(cluster));
  const vip = members.clusters.length * API_SERVER_VIPS_PER_CLUSTER + serviceVips(members.services, members.vipSharing);
  return need(node, vip);
}

/** The reference doc's minimum, without growth reserve, with every cluster on the AKS host's network. */
export function countMinimum(input: CountedInput): AddressNeed {
  return countNetwork({ aksHost: true, clusters: input.clusters, services: input.services, vipSharing: input.options.vipSharing });
}

/** Extra workload clusters to leave room for, counted with the same rules (API server VIP each). */
export function countReserve(reserve: CountedGrowthReserve): AddressNeed {
  return need(
    reserve.clusters * workloadClusterNodeIps(reserve.controlPlaneNodes, reserve.workerNodes),
    reserve.clusters * API_SERVER_VIPS_PER_CLUSTER,
  );
}

export function addNeeds(a: AddressNeed, b: AddressNeed): AddressNeed {
  return need(a.node + b.node, a.vip + b.vip);
}
