import type { NetworkModel, NodePoolInput, PlanInput, ServiceInput, WorkloadClusterInput } from "./plan-input-schema";

export interface GeneratedPlanShape {
  clusters: number;
  servicesPerCluster?: number;
  model?: NetworkModel;
  /** Node pools of one node each per cluster (its worker count follows); none by default. */
  nodePoolsPerCluster?: number;
  /**
   * Every pool of a cluster named alike: each pool after the first is then a duplicate, the way to
   * a plan with tens of thousands of findings (1,000 clusters x 50 pools: 49,000 of them).
   */
  sameNodePoolNames?: boolean;
}

/** Ports a typical cluster serves: two on 443 make the VIP sharing count. */
const SERVICE_PORTS = [443, 80, 8080, 443, 5432] as const;

/**
 * A realistic, valid plan of any size in 10.20.0.0/16, for the benchmark and size tests: odd
 * control plane counts, a few workers each, five services per cluster, pools that hold up to
 * 1,000 such clusters. Deterministic, so timings compare run to run.
 * @example generatePlanInput({ clusters: 100 }).clusters.length // 100
 */
export function generatePlanInput({ clusters, servicesPerCluster = 5, model = "static", nodePoolsPerCluster = 0, sameNodePoolNames = false }: GeneratedPlanShape): PlanInput {
  const nodePools = (): NodePoolInput[] =>
    Array.from({ length: nodePoolsPerCluster }, (_, index) => ({ name: sameNodePoolNames ? "pool" : `pool${index + 1}`, count: 1, osType: "linux" }));
  const workloadClusters: WorkloadClusterInput[] = Array.from({ length: clusters }, (_, index) => ({
    name: `cluster${index + 1}`,
    controlPlaneNodes: index % 4 === 0 ? 3 : 1,
    workerNodes: nodePoolsPerCluster > 0 ? nodePoolsPerCluster : 2 + (index % 6),
    nodePools: nodePools(),
  }));
  const services: ServiceInput[] = workloadClusters.flatMap((cluster, index) =>
    Array.from({ length: servicesPerCluster }, (_, serviceIndex) => ({
      name: `app${serviceIndex + 1}`,
      port: SERVICE_PORTS[serviceIndex % SERVICE_PORTS.length] ?? 443,
      instances: 1 + ((index + serviceIndex) % 3),
      cluster: cluster.name,
    })),
  );
  return {
    model,
    vnet: {
      name: "benchvnet",
      vswitchName: "External",
      addressPrefix: "10.20.0.0/16",
      gateway: "10.20.0.1",
      dnsServers: ["10.20.0.10", "10.20.0.11"],
      k8sNodeIpPoolStart: model === "static" ? "10.20.1.0" : "",
      k8sNodeIpPoolEnd: model === "static" ? "10.20.127.255" : "",
      vipPoolStart: "10.20.128.0",
      vipPoolEnd: "10.20.191.255",
      dhcpScopeStart: model === "dhcp" ? "10.20.1.0" : "",
      dhcpScopeEnd: model === "dhcp" ? "10.20.127.255" : "",
      vlanId: "7",
    },
    cloudService: { hostAddressing: "static", cloudServiceCidr: "10.21.0.20/16", hciHostIp: "10.21.0.21" },
    clusters: workloadClusters,
    services,
    options: { vipSharing: true, growthReserve: { clusters: 2, controlPlaneNodes: 1, workerNodes: 3 } },
  };
}
