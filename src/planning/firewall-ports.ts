/**
 * The ports AKS on Azure Stack HCI needs open when the HCI hosts and the Kubernetes virtual network
 * sit on different VLANs (PLANNING_SPEC.md section 6; the vendor's system requirements name the
 * agents behind them). Data, so the print view, the CSV and the PowerShell export list the same.
 */
export interface FirewallPort {
  port: number;
  protocol: "TCP";
  agent: "node agent" | "cloud agent";
  /** The Windows service behind the agent, as it shows in Get-Service. */
  service: "wssdagent" | "wssdcloudagent";
  /** Where the agent listens, so the admin knows which destination the rule needs. */
  listensOn: string;
  purpose: string;
}

export const FIREWALL_PORTS: readonly FirewallPort[] = [
  {
    port: 45000,
    protocol: "TCP",
    agent: "node agent",
    service: "wssdagent",
    listensOn: "every HCI host",
    purpose: "node agent gRPC server",
  },
  {
    port: 45001,
    protocol: "TCP",
    agent: "node agent",
    service: "wssdagent",
    listensOn: "every HCI host",
    purpose: "node agent gRPC authentication",
  },
  {
    port: 55000,
    protocol: "TCP",
    agent: "cloud agent",
    service: "wssdcloudagent",
    listensOn: "the cloud service IP",
    purpose: "cloud agent gRPC server",
  },
  {
    port: 65000,
    protocol: "TCP",
    agent: "cloud agent",
    service: "wssdcloudagent",
    listensOn: "the cloud service IP",
    purpose: "cloud agent gRPC authentication",
  },
];

/** Heading for the list wherever it is shown. */
export const FIREWALL_PORTS_HEADING = "Ports to open between the VLAN of the HCI hosts and the VLAN of the Kubernetes virtual network, when they differ";
