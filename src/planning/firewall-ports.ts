/**
 * The ports AKS on Azure Stack HCI uses, from the vendor's system requirements (vendor-facts 1a):
 * on which machines each listens, and which firewall rule it needs when the HCI hosts and the
 * Kubernetes virtual network sit on different VLANs. The ports open on the machines themselves
 * automatically; only traffic crossing VLANs needs rules. Data, so the review, print view, CSV and
 * the script's header list the same. The docs name no protocol; Set-AksHciConfig calls the agent
 * ports "TCP/IP" ports, and gRPC, SSH and the Kubernetes API all run on TCP.
 */
export interface FirewallPort {
  /** One port, or a pair that always goes together (the node agent's 45000 and 45001). */
  ports: readonly number[];
  protocol: "TCP";
  /** Where it listens. */
  listensOn: string;
  purpose: string;
  /** The cross-VLAN rule, "from → to"; null when none is needed. */
  rule: { from: string; to: string } | null;
}

const HOSTS_TO_VMS = { from: "the HCI hosts", to: "the AKS VMs (Kubernetes node VM pool or DHCP leases)" } as const;

export const FIREWALL_PORTS: readonly FirewallPort[] = [
  { ports: [22], protocol: "TCP", listensOn: "the AKS VMs", purpose: "SSH, for collecting logs with Get-AksHciLogs", rule: HOSTS_TO_VMS },
  { ports: [6443], protocol: "TCP", listensOn: "the AKS VMs", purpose: "Kubernetes API server", rule: HOSTS_TO_VMS },
  { ports: [46000], protocol: "TCP", listensOn: "the AKS VMs", purpose: "cloud agent to the load balancer agent, lbagent", rule: HOSTS_TO_VMS },
  { ports: [55000], protocol: "TCP", listensOn: "the cloud agent's IP (-cloudServiceCidr)", purpose: "cloud agent gRPC server", rule: { from: "the AKS VMs", to: "the cloud agent's IP" } },
  { ports: [65000], protocol: "TCP", listensOn: "the cloud agent's IP (-cloudServiceCidr)", purpose: "cloud agent gRPC authentication", rule: { from: "the AKS VMs", to: "the cloud agent's IP" } },
  { ports: [45000, 45001], protocol: "TCP", listensOn: "every HCI host (node agent, wssdagent)", purpose: "node agent gRPC server and authentication", rule: null },
];

/** Heading for the list wherever it is shown. */
export const FIREWALL_PORTS_HEADING = "Ports to open between the VLAN of the HCI hosts and the VLAN of the Kubernetes virtual network, when they differ";

/** @example portsText(FIREWALL_PORTS[5]) // "TCP 45000, 45001" */
export function portsText(port: FirewallPort): string {
  return `${port.protocol} ${port.ports.join(", ")}`;
}

/** @example ruleText(FIREWALL_PORTS[0]) // "from the HCI hosts to the AKS VMs (...)" */
export function ruleText(port: FirewallPort): string {
  return port.rule === null ? "no rule needed: used on the hosts themselves, not across VLANs" : `from ${port.rule.from} to ${port.rule.to}`;
}
