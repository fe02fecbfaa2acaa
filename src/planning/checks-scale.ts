import { warning, type IssueList } from "./checks-shared";
import { loadBalancerOf, type CountedCluster, type CountedGrowthReserve } from "./plan-input-schema";
import { formatCount, plural } from "./wording";

/** vendor-facts 1b: the vendor tests AKS on Azure Stack HCI up to 8 physical servers and 200 VMs. */
export const TESTED_MAX_VMS = 200;
/** The AKS host (management cluster) runs as one VM. */
const AKS_HOST_VMS = 1;

/** VMs the plan deploys: the AKS host, every node, one HAProxy VM per cluster that has one, and the growth reserve's clusters. */
export function countVms(clusters: readonly CountedCluster[], reserve: CountedGrowthReserve): { total: number; loadBalancers: number; reserved: number } {
  let nodes = 0;
  let loadBalancers = 0;
  for (const cluster of clusters) {
    nodes += cluster.controlPlaneNodes + cluster.workerNodes;
    if (loadBalancerOf(cluster) === "haproxy") loadBalancers += 1;
  }
  const reserved = reserve.clusters * (reserve.controlPlaneNodes + reserve.workerNodes + 1);
  return { total: AKS_HOST_VMS + nodes + loadBalancers + reserved, loadBalancers, reserved };
}

export function checkScale(clusters: readonly CountedCluster[], reserve: CountedGrowthReserve, issues: IssueList): void {
  const vms = countVms(clusters, reserve);
  if (vms.total <= TESTED_MAX_VMS || clusters.length === 0) return;
  const parts = [`the AKS host's VM, the node VMs, ${plural(vms.loadBalancers, "load balancer VM")}`];
  if (vms.reserved > 0) parts.push(`${formatCount(vms.reserved)} for the growth reserve`);
  issues.push(
    warning(
      "clusters",
      `This plan deploys ${formatCount(vms.total)} VMs (${parts.join(", ")}): the vendor tests AKS on Azure Stack HCI up to ${TESTED_MAX_VMS} VMs on up to 8 physical servers, so plan fewer or smaller clusters, or spread them over another HCI cluster`,
    ),
  );
}
