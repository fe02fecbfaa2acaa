import { arcClusterLabel } from "../planning/aks-arc/arc-breakdown";
import type { ArcPlan } from "../planning/aks-arc/arc-plan";
import { ARC_LIMITS, ARC_PORTS } from "../planning/aks-arc/arc-rules";
import { formatIpv4 } from "../planning/ipv4-format";
import { csvCell } from "./address-plan-csv";

/**
 * An AKS Arc plan's addresses as CSV for spreadsheets, in the first platform's columns: every block
 * and fixed address the admin entered, in address order, each pool beside what it must hold; then
 * the ports to open between VLANs, with CRLF line ends (RFC 4180). Read from the plan's parsed
 * facts, never from the text; the saved file gets the byte order mark Excel needs (see download.ts).
 */
export const ARC_CSV_HEADER = ["Purpose", "Start", "End", "Size", "Needed"] as const;
export const ARC_PORTS_CSV_HEADER = ["Port", "From", "To", "Purpose"] as const;

type Row = [purpose: string, start: number, end: number, needed: number | ""];

export function arcAddressPlanCsv(plan: ArcPlan): string {
  const rows = addressRows(plan)
    .sort((a, b) => a[1] - b[1] || b[2] - a[2])
    .map(([purpose, start, end, needed]) => [purpose, formatIpv4(start), formatIpv4(end), end - start + 1, needed]);
  const ports = ARC_PORTS.map((port) => [`TCP ${port.port}`, port.from, port.to, port.purpose]);
  return `${[ARC_CSV_HEADER, ...rows, [], ARC_PORTS_CSV_HEADER, ...ports].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Why the CSV cannot be made yet, or null when it can. */
export function arcAddressPlanCsvBlocked(plan: ArcPlan): string | null {
  return plan.read.subnet === null ? "Enter a valid address prefix first: the address plan lists the addresses of the logical network." : null;
}

function addressRows(plan: ArcPlan): Row[] {
  const { read } = plan;
  const rows: Row[] = [];
  const name = plan.input.logicalNetwork.name.trim();
  if (read.subnet) rows.push([`Logical network ${name === "" ? "" : `${name} `}(${read.subnet.text})`, read.subnet.start, read.subnet.end, plan.need.total]);
  if (read.gateway) rows.push(["Default gateway", read.gateway.value, read.gateway.value, ""]);
  for (const dns of read.dnsServers) rows.push(["DNS server", dns.value, dns.value, ""]);
  if (read.ipPool) rows.push(["IP pool (node VMs, upgrade and control-plane IPs)", read.ipPool.start, read.ipPool.end, plan.need.ipPool]);
  plan.input.clusters.forEach((cluster, index) => {
    const label = arcClusterLabel(cluster.name, index);
    const facts = read.clusters[index];
    if (facts?.controlPlaneIp) rows.push([`Control-plane IP of ${label}`, facts.controlPlaneIp.value, facts.controlPlaneIp.value, ""]);
    for (const range of facts?.loadBalancerRanges ?? []) rows.push([`MetalLB load balancer of ${label}`, range.value.start, range.value.end, plan.clusters[index]?.loadBalancer ?? ""]);
  });
  if (read.managementBlock) rows.push(["Azure Local management block", read.managementBlock.start, read.managementBlock.end, ARC_LIMITS.managementBlock]);
  return rows;
}
