/**
 * The AKS Arc platform's numbers and the help text the wizard shows beside its fields. Each text
 * states a choice made where the vendor's pages disagree or are silent (docs/decisions.md, "AKS
 * Arc"), so the admin sees the same reasoning the planner follows.
 */

/** Vendor limits (scale-requirements.md). */
export const ARC_LIMITS = {
  controlPlaneCounts: [1, 3, 5],
  nodePoolsPerCluster: 16,
  nodesPerPool: { min: 1, max: 64 },
  nodesPerCluster: 200,
  clusters: 32,
  /** Azure Local needs at least 6 contiguous static management addresses. */
  managementBlock: 6,
} as const;

/** IP-pool addresses per cluster beside its node VMs (aks-hci-ip-address-planning.md). */
export const UPGRADE_IPS_PER_CLUSTER = 1;
export const CONTROL_PLANE_IPS_PER_CLUSTER = 1;

/** Kubernetes defaults: pods on a Calico VXLAN overlay, services on a fixed range. */
export const DEFAULT_POD_CIDR = "10.244.0.0/16";
export const SERVICE_CIDR = "10.96.0.0/12";

/**
 * The logical network's IP pool cannot grow (`lnet update` changes tags only), so the suggested
 * pool leaves a quarter more than the need: the vendor's example makes 20 addresses for 16.
 */
export const SUGGESTED_POOL_HEADROOM = 1.25;

export const ARC_HELP = {
  staticOnly:
    "AKS Arc clusters take their node, upgrade and control-plane addresses from a static IP pool: the logical network must use --ip-allocation-method Static. A DHCP logical network is not supported for AKS Arc, so this planner does not offer it.",
  controlPlaneIp:
    "Leave empty and AKS Arc picks the control-plane (KubeVIP) address from the IP pool: the planner counts one pool address per cluster for it, as the vendor's planning example does. Enter one to choose it yourself: it must then lie in the address prefix and outside the IP pool, as the az aksarc reference requires, and it no longer counts in the pool.",
  ipPool:
    "Holds every node VM (control-plane and worker), one upgrade IP per cluster and, unless you enter one, the cluster's control-plane IP. The pool cannot be changed after the logical network is created: leave room for scaling.",
  loadBalancer:
    "MetalLB addresses for this cluster's LoadBalancer services. ARP (and Both) mode announces them on the nodes' subnet: they must lie in the address prefix and outside the IP pool. BGP mode may use another network, announced to your routers through BGP peers. A MetalLB pool serves one cluster only.",
  sharedAddresses:
    "Services of one cluster on different ports can share an address: the cluster needs as many addresses as its busiest port has instances. MetalLB shares an address only between services annotated with the same metallb.universe.tf/allow-shared-ip key.",
  podAndServiceRanges:
    "Pods use 10.244.0.0/16 unless you set a pod CIDR; services use 10.96.0.0/12, which cannot be changed. Neither may overlap the logical network, its DNS servers, the load-balancer ranges or the management block: addresses in them would be routed into the cluster.",
  managementBlock:
    "Optional: Azure Local's block of at least 6 contiguous management addresses. Enter it to check that the IP pool and load-balancer ranges stay clear of it.",
  firstNodePool:
    "az aksarc create makes the cluster's first node pool itself, with --node-count; the planner sends the first pool's count there (it must be Linux, which MetalLB also needs) and adds the others with az aksarc nodepool add.",
} as const;

/** Ports to open when the management and AKS networks are different VLANs (both directions). */
export const ARC_PORTS = [
  { port: 22, from: "management network", to: "AKS node VMs", purpose: "SSH for log collection and support" },
  { port: 6443, from: "management network", to: "AKS node VMs", purpose: "Kubernetes API server" },
  { port: 55000, from: "AKS node VMs", to: "management network", purpose: "cloud agent gRPC server" },
  { port: 65000, from: "AKS node VMs", to: "management network", purpose: "cloud agent gRPC authentication" },
  { port: 40343, from: "AKS node VMs", to: "Azure Local cluster IP", purpose: "Arc gateway (only when Arc gateway is used)" },
] as const;

export const ARC_DNS_REQUIREMENT =
  "The logical network's DNS servers must resolve the Azure Local cluster's FQDN; the proxy is inherited from Azure Local and cannot be set per cluster.";

/** The Arc profile's pools table: every view and the plan's pool summaries map over it. */
export const ARC_POOLS = [
  { id: "ip-pool", label: "IP pool", help: ARC_HELP.ipPool, perCluster: false },
  { id: "load-balancer", label: "Load balancer", help: ARC_HELP.loadBalancer, perCluster: true },
] as const;
