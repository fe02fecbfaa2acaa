import { FIREWALL_PORTS, portsText, ruleText } from "../planning/firewall-ports";
import { formatIpv4 } from "../planning/ipv4-format";
import type { AddressMapKind, NetworkPlan, Plan, Split } from "../planning/plan";
import { segmentPurpose } from "../review/format";

/**
 * The address plan as CSV for spreadsheets: one row per range or reserved address of the subnet,
 * in address order, from network to broadcast address (the plan's address map), with what each
 * pool must hold next to its size.
 */
export const CSV_HEADER = ["Purpose", "Start", "End", "Size", "Needed"] as const;

/** With cluster networks, each row first names its network: one table for every subnet of the plan. */
export const NETWORKS_CSV_HEADER = ["Network", ...CSV_HEADER] as const;

/**
 * RFC 4180 text with CRLF line ends (the byte order mark Excel needs goes on when the file is saved).
 * Empty (header only) when the address prefix does not parse: then there is no map to list. A plan
 * with cluster networks lists each network's map in turn, under a Network column; a plan without
 * keeps the columns it always had.
 */
export function addressPlanCsv(plan: Plan): string {
  const several = plan.networks.length > 1;
  const rows = plan.networks.flatMap((network) =>
    network.addressMap.map((segment) => [
      ...(several ? [networkName(network)] : []),
      segmentPurpose(segment),
      formatIpv4(segment.range.start),
      formatIpv4(segment.range.end),
      segment.size,
      neededFor(network.split, segment.kind),
    ]),
  );
  return `${[several ? NETWORKS_CSV_HEADER : CSV_HEADER, ...rows, [], ...portRows()].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function networkName(network: NetworkPlan): string {
  return network.name.trim() === "" ? network.label : network.name;
}

/** The firewall table under the address plan, after an empty row, so one file holds the handover's numbers. */
export const PORTS_CSV_HEADER = ["Port", "Listens on", "Purpose", "Rule between VLANs"] as const;

function portRows(): Array<readonly string[]> {
  return [PORTS_CSV_HEADER, ...FIREWALL_PORTS.map((port) => [portsText(port), port.listensOn, port.purpose, ruleText(port)])];
}

/** Why the CSV has no rows, or null when it has. */
export function addressPlanCsvBlocked(plan: Plan): string | null {
  return plan.addressMap.length === 0 ? "Enter a valid address prefix first: the address plan lists the addresses of that subnet." : null;
}

function neededFor(split: Split, kind: AddressMapKind): number | "" {
  if (kind === "vip-pool") return split.model === "static" ? split.vipPoolSize : split.exclude;
  if (kind === "node-pool" && split.model === "static") return split.nodePoolSize;
  if (kind === "dhcp-scope" && split.model === "dhcp") return split.minimumFreeLeases;
  return "";
}

/**
 * One CSV field. Text a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return that hides such a start) gets a leading apostrophe, so a name typed into the plan
 * can never become a formula on the reader's machine (OWASP "CSV injection"). Numbers stay numbers.
 * @example csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
