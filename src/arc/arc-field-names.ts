/**
 * The AKS Arc fields' labels, by the last part of their plan path: the fields show them and the
 * finding links name fields with them, so a link reads as the label the admin sees.
 */
export const ARC_LABELS = {
  name: "Name",
  vmSwitchName: "VM switch name",
  addressPrefix: "Address prefix",
  gateway: "Default gateway",
  dnsServers: "DNS servers",
  dnsServer: "DNS server",
  vlanId: "VLAN ID (optional)",
  ipPoolStart: "IP pool start",
  ipPoolEnd: "IP pool end",
  managementStart: "Management block start (optional)",
  managementEnd: "Management block end (optional)",
  controlPlaneCount: "Control-plane nodes",
  controlPlaneIp: "Control-plane IP (optional)",
  podCidr: "Pod CIDR (optional)",
  nodePools: "Node pools",
  nodePoolName: "Node pool name",
  count: "Node count",
  osType: "OS",
  advertiseMode: "Advertise mode",
  addressRanges: "Address ranges",
  addressRange: "Address range",
  bgpPeers: "BGP peers",
  peerName: "Peer name",
  peerAddress: "Peer address",
  peerAsn: "Peer ASN",
  myAsn: "My ASN",
  serviceName: "Service name",
  port: "Port",
  instances: "Instances",
  cluster: "Cluster",
  sharedAddresses: "Services on different ports share addresses",
} as const;

const SECTION: Record<string, string> = { logicalNetwork: "Logical network", managementBlock: "Management block", options: "Options", clusters: "Workload clusters", services: "Services" };

/** A label for each path segment after a list index's owner: "nodePools.1" is "Node pool 2". */
const ITEM: Record<string, string> = { clusters: "Workload cluster", nodePools: "Node pool", services: "Service", bgpPeers: "BGP peer", addressRanges: "Address range", dnsServers: "DNS server" };

const LEAF: Record<string, string> = {
  "managementBlock.start": ARC_LABELS.managementStart,
  "managementBlock.end": ARC_LABELS.managementEnd,
};

const LABELS: Readonly<Record<string, string>> = ARC_LABELS;

function isIndex(part: string | undefined): boolean {
  return part !== undefined && /^\d+$/.test(part);
}

/**
 * A list's items are named by their position ("Node pool 2"), the list itself only when the path
 * ends there; every other part by its label.
 * @example arcFieldName("clusters.0.nodePools.1.count") // "Workload cluster 1 › Node pool 2 › Node count"
 */
export function arcFieldName(path: string): string {
  const parts = path.split(".");
  const names = parts.flatMap((part, index) => {
    const owner = parts[index - 1] ?? "";
    if (isIndex(part)) return [`${ITEM[owner] ?? "Item"} ${Number(part) + 1}`];
    if (isIndex(parts[index + 1])) return [];
    return [LEAF[`${owner}.${part}`] ?? LABELS[part] ?? SECTION[part] ?? (part === "loadBalancer" ? "Load balancer" : part)];
  });
  return names.join(" › ");
}
