import { REFERENCE_DOC_TITLE } from "../planning/wording";

/**
 * Help under each field, quoting the reference doc and the cmdlet rules of PLANNING_SPEC.md. Kept
 * apart so the steps stay short. A field's examples are in its error messages (the planner's), not
 * here too: one field, one example.
 */
export const HELP = {
  staticModel:
    "The virtual network allocates static IP addresses to the Kubernetes cluster API server, Kubernetes nodes, underlying VMs, load balancers, and any Kubernetes services that run on top of the cluster.",
  staticPros: "Guarantees long-lived IP addresses for all resources in the deployment.",
  staticCons:
    "Automatic expansion of the Kubernetes node IP pool is not supported: you may not be able to create new clusters once the pool is exhausted.",
  dhcpModel:
    "The virtual network allocates dynamic IP addresses to the Kubernetes nodes, underlying VMs, and load balancers using a DHCP server. The Kubernetes cluster API server and any Kubernetes services are still allocated static IP addresses (from the VIP pool).",
  dhcpPros: "Supports expansion of reserved DHCP IP addresses if your deployment gets bigger than you initially anticipated.",
  dhcpCons: "Does not guarantee long-lived IP addresses for some resource types in the deployment.",
  hostsStatic:
    "If your cluster nodes are assigned static IP addresses, then you must explicitly provide an IP address for the MOC cloud service, in the same subnet as the Azure Stack HCI cluster nodes.",
  hostsDhcp:
    "If your Azure Stack HCI nodes are assigned an IP address from a DHCP server, you do not need to explicitly provide an IP address to the MOC service, as it will also receive an IP address from the DHCP server.",
  hostsQuestion:
    "The IP address allocation for the MOC service is independent of your Kubernetes virtual network model: it depends on the underlying physical network and the IP addresses configured for the Azure Stack HCI cluster nodes.",
  name: "The name of your virtual network. The cmdlet accepts lowercase letters and digits only.",
  vswitchName: "The Hyper-V virtual switch the virtual network attaches to (the cmdlet's -vswitchName), as Get-VMSwitch lists it.",
  addressPrefix: `The IP address prefix to use for your subnet, as a network address with its length. ${REFERENCE_DOC_TITLE} recommends at least a /24 (256 addresses).`,
  addressPrefixDhcp: "The subnet your DHCP server's scope serves, as a network address with its length. The virtual IP pool lies in it too.",
  gateway: "The IP address of the default gateway for the subnet.",
  gatewayDhcp: "Optional with DHCP (the DHCP server hands it out); entering it keeps the suggested VIP pool clear of it.",
  dnsServers: "The DNS servers of the subnet, one to three of them. They must resolve internal names, such as the cloud agent's.",
  dnsServersDhcp: "Optional with DHCP (the DHCP server hands them out); entering them keeps the suggested VIP pool clear of them.",
  k8sNodePool:
    `A continuous range of IP addresses to be used for your Kubernetes node VMs, the load balancer VMs and update operations (updates consume extra IPs while they run). ${REFERENCE_DOC_TITLE} says 1 to 3 update IPs per cluster in its prose but counts 5 in its Minimum IP address reservation table: the planner follows the table's 5, the larger reading, since a pool cannot grow after deployment.`,
  vipPool:
    "A continuous range of IP addresses to be used for your Kubernetes cluster API server and Kubernetes services. It must be part of the same subnet as the Kubernetes node VM pool.",
  vipPoolDhcp:
    `A continuous range of IP addresses for your Kubernetes cluster API server and Kubernetes services. The VIP pool addresses need to be in the same subnet as the DHCP scope, and must be excluded from the DHCP scope in order to avoid address conflicts. (The cmdlet reference says the VIPs should be part of the DHCP reserve; the planner follows ${REFERENCE_DOC_TITLE}, which says excluded, since a leased VIP would clash.)`,
  dhcpScope:
    "The range your DHCP server leases on this subnet. The VIP pool must lie outside it, and it must keep enough free leases for the Kubernetes nodes, the load balancer VMs and update operations.",
  storage:
    "Set-AksHciConfig's -imageDir, -workingDir and -cloudConfigLocation. The vendor's defaults are on the system drive of the host that runs the script: on a multi-node Azure Stack HCI cluster each must be on shared storage every host reaches, such as a Cluster Shared Volume (C:\\ClusterStorage\\Volume1\\...) or an SMB share.",
  proxyEnabled:
    "Turn on when the HCI hosts reach the internet through an HTTP proxy. The settings apply once, at Install-AksHci, and cannot be changed afterwards (New-AksHciProxySetting).",
  proxyHttp: "The proxy for HTTP traffic, as http://host:port.",
  proxyHttps: "The proxy for HTTPS traffic, often the same URL as for HTTP.",
  noProxy:
    "Comma-separated addresses, prefixes and domains (with a leading dot) reached directly. Microsoft's proxy settings page requires localhost, 127.0.0.1, .svc, the AKS prefix, the cloud agent, and Kubernetes' 10.96.0.0/12 and 10.244.0.0/16; the planner prefills them.",
  proxyCredential: "The script then asks for the proxy's user name and password when it runs (Get-Credential): no password is stored in the plan.",
  loadBalancer:
    "HAProxy (the default) deploys one load balancer VM for the cluster's API server and services, taking one node-side address. None uses kube-vip for the API server only: one address fewer, but services are unreachable until you deploy your own load balancer. Changing it later means redeploying the cluster.",
  vlanId: "The vLAN ID for the virtual network, a whole number from 1 to 4094. If omitted, the virtual network will not be tagged.",
  cloudServiceCidr:
    "The IP address of the MOC cloud agent service with the prefix of its subnet (-cloudServiceCidr of Set-AksHciConfig). It must be in the same subnet as the IP addresses of the Azure Stack HCI cluster nodes.",
  hciHostIp: "Optional: the IP address of one Azure Stack HCI cluster node, to check that the cloud service IP is in the same subnet.",
  clusterNetwork:
    "The virtual network the cluster's node VMs, API server and services take their addresses from. The AKS host's network is the default; an own virtual network (New-AksHciClusterNetwork, passed with New-AksHciCluster -vnet) puts the cluster on its own subnet and vLAN. Several clusters may share one, though the vendor notes they can then get duplicate load balancer IPs.",
  clusterNetworkName: "The cluster network's name: lowercase letters and digits only (New-AksHciClusterNetwork), unique among the plan's virtual networks.",
  clusterNetworkVlan:
    "The vLAN ID of this network, a whole number from 1 to 4094: give it its own, or nothing separates it from the AKS host's network on the same virtual switch. Its VMs reach the cloud agent, which stays on the HCI hosts' subnet, through its gateway.",
  clusterName: "Lowercase letters and digits, starting with a letter; no hyphens (New-AksHciCluster rejects them).",
  controlPlaneNodes: "One IP per control plane node. 1, 3 or 5 is the norm: an odd count keeps a quorum.",
  workerNodes: "One IP per worker node. Each workload cluster also takes five IPs for update operations and one for its load balancer VM.",
  nodePoolName: "The node pool's name (-nodePoolName of New-AksHciCluster).",
  nodePoolCount: "Worker nodes in this pool; the pools of a cluster split its worker nodes.",
  nodePoolOs: "The pool's node operating system (-osType).",
  serviceName: "A name to recognise the service by.",
  port: "The port the service listens on, 1 to 65535. Services on different ports can share one VIP.",
  instances: "Load-balanced endpoints of the service: each instance on the same port needs its own VIP.",
  serviceCluster:
    "The workload cluster the service runs in. VIP sharing happens inside one load balancer, so services of different clusters never share a VIP.",
  vipSharing:
    `The rule of ${REFERENCE_DOC_TITLE}: services on different ports may share a VIP (Jane's backend database on port 80 uses one of the three front-end VIPs on port 443). Turn it off to plan one VIP per instance.`,
  growthReserve:
    "Network settings cannot change after deployment and the Kubernetes node VM pool cannot grow: leave room now for the workload clusters you expect to add later.",
  reserveClusters: "Workload clusters to leave room for.",
  reserveControlPlane: "Control plane nodes of each of those clusters.",
  reserveWorkers: "Worker nodes of each of those clusters.",
} as const;
