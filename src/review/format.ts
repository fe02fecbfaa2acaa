import type { FindingCounts } from "../planning/findings";
import { formatIpv4 } from "../planning/ipv4-format";
import type { AddressMapSegment, AddressRange, Plan, Severity } from "../planning/plan";
import { POOLS } from "../planning/pools";
import { formatCount } from "../planning/wording";
import type { NetworkModel, PlanInput } from "../planning/plan-input-schema";

/** Display formatting for the summary views. The numbers come from the Plan; nothing is counted here. */

import { findingCounts, plural } from "../planning/wording";

export { findingCounts, formatAddresses, formatCount, plural } from "../planning/wording";

/**
 * A count as entered: the number, or the text that is not one yet, quoted so it reads as the
 * admin's entry rather than a figure.
 * @example formatEntry("") // "(empty: not a number)"
 */
export function formatEntry(value: number | string): string {
  if (typeof value === "number") return formatCount(value);
  return value.trim() === "" ? "(empty: not a number)" : `"${value}" (not a number)`;
}

/**
 * An en dash with spaces reads as "to" and keeps the two addresses apart when the line wraps.
 * @example formatRange({ start: 167772180, end: 167772259 }) // "10.0.0.20 – 10.0.0.99"
 */
export function formatRange(range: AddressRange): string {
  if (range.start === range.end) return formatIpv4(range.start);
  return `${formatIpv4(range.start)} – ${formatIpv4(range.end)}`;
}

/** @example formatPrefix(26) // "/26" */
export function formatPrefix(prefix: number): string {
  return `/${prefix}`;
}

/** What each side of the split is called in the chosen model. */
export function sideLabels(model: NetworkModel): { node: string; vip: string } {
  return model === "static"
    ? { node: "Kubernetes node VM pool", vip: "Virtual IP pool" }
    : { node: "DHCP leases for nodes", vip: "Virtual IP pool (excluded from scope)" };
}

/** The row of the reference doc's table each breakdown line applies: the planner words it, the print says it too. */
export { ruleSource as ruleName } from "../planning/wording";

const GROUP_NAMES: Record<string, string> = {
  vnet: "Virtual network",
  cloudService: "MOC cloud service",
  options: "Options",
};

/** Field names as the wizard labels them (the reference doc's names). */
const FIELD_NAMES: Record<string, string> = {
  model: "Network model",
  name: "Name",
  vswitchName: "Virtual switch name",
  addressPrefix: "Address prefix",
  gateway: "Gateway",
  dnsServers: "DNS servers",
  ...Object.fromEntries(POOLS.flatMap((pool) => [
    [pool.startField, `${pool.label} start`],
    [pool.endField, `${pool.label} end`],
  ])),
  vlanId: "vLAN ID",
  hostAddressing: "HCI hosts' address assignment",
  cloudServiceCidr: "Cloud service CIDR",
  hciHostIp: "HCI host IP",
  controlPlaneNodes: "Control plane nodes",
  workerNodes: "Worker nodes",
  nodePools: "Node pools",
  count: "Nodes",
  osType: "OS type",
  port: "Port",
  instances: "Instances",
  cluster: "Cluster",
  vipSharing: "VIP sharing",
  growthReserve: "Growth reserve",
  clusters: "Extra workload clusters",
};

/** Names a list item by its position and, when it has one, the name the admin gave it. */
function itemName(kind: string, index: number, name: string | undefined): string {
  const position = `${kind} ${index + 1}`;
  return name?.trim() ? `${position} (${name.trim()})` : position;
}

function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const isIndex = (text: string | undefined): text is string => text !== undefined && /^\d+$/.test(text);

/** "clusters.0.nodePools.1.count" -> the cluster, the node pool, then the field. */
function listItemParts(root: "clusters" | "services", rest: readonly string[], input: PlanInput): string[] {
  const [indexText, ...tail] = rest;
  if (!isIndex(indexText)) return [root === "clusters" ? "Workload clusters" : "Services"];
  const index = Number(indexText);
  if (root === "services") return [itemName("Service", index, input.services[index]?.name), ...tail.map(fieldName)];
  const cluster = input.clusters[index];
  const parts = [itemName("Workload cluster", index, cluster?.name)];
  const [list, poolText, ...poolTail] = tail;
  if (list === "nodePools" && isIndex(poolText)) {
    const pool = Number(poolText);
    return [...parts, itemName("Node pool", pool, cluster?.nodePools[pool]?.name), ...poolTail.map(fieldName)];
  }
  return [...parts, ...tail.map(fieldName)];
}

/**
 * Turns an issue's field path into the words the admin sees on the form.
 * @example describeField("vnet.gateway", input) // "Virtual network › Gateway"
 * @example describeField("clusters.0.name", input) // "Workload cluster 1 (clustera) › Name"
 */
export function describeField(path: string, input: PlanInput): string {
  const [root = "", ...rest] = path.split(".");
  if (root === "clusters" || root === "services") return listItemParts(root, rest, input).join(" › ");
  if (root === "model") return "Network model";
  const [key, dnsIndex] = rest;
  const field = key === "dnsServers" && isIndex(dnsIndex) ? [`DNS server ${Number(dnsIndex) + 1}`] : rest.map(fieldName);
  return [GROUP_NAMES[root] ?? fieldName(root), ...field].join(" › ");
}

/**
 * What an address map segment is for, without repeating a single address the start column shows.
 * @example segmentPurpose({ label: "Gateway 10.0.0.1", range: { start: 167772161, end: 167772161 }, ... }) // "Gateway"
 */
export function segmentPurpose(segment: AddressMapSegment): string {
  const address = ` ${formatIpv4(segment.range.start)}`;
  return segment.size === 1 && segment.label.endsWith(address) ? segment.label.slice(0, -address.length) : segment.label;
}

/** Always both, zeros included: @example formatFindingCounts({ errors: 1, warnings: 0 }) // "1 error, 0 warnings" */
export function formatFindingCounts({ errors, warnings }: FindingCounts): string {
  return findingCounts(errors, warnings);
}

/** @example moreFindings(48952, "error", "on this step") // "and 48,952 more errors on this step" */
export function moreFindings(count: number, severity: Severity, where: string): string {
  return `and ${plural(count, `more ${severity}`, `more ${severity}s`)} ${where}`;
}

/** Fields named in the incomplete note before "and N more". */
const UNREAD_NAMED = 3;

/**
 * Why the figures of a plan are not final, when a count does not read yet; null when they are.
 * @example incompleteNote(plan) // "Incomplete: Workload cluster 1 (clustera) › Worker nodes is not a number yet. ..."
 */
export function incompleteNote(plan: Pick<Plan, "unreadCounts" | "input">): string | null {
  const count = plan.unreadCounts.length;
  if (count === 0) return null;
  const named = plan.unreadCounts.slice(0, UNREAD_NAMED).map((path) => describeField(path, plan.input));
  const more = count > UNREAD_NAMED ? ` and ${formatCount(count - UNREAD_NAMED)} more` : "";
  const subject = `${named.join("; ")}${more}`;
  return `Incomplete: ${subject} ${count === 1 ? "is" : "are"} not a number yet. The figures count ${count === 1 ? "it" : "each"} at the lowest value allowed until ${count === 1 ? "it is" : "they are"} fixed.`;
}

/** A figure of the plan, marked when it leaves out a count that does not read. @example planFigure(plan, 83) // "83 (incomplete)" */
export function planFigure(plan: Pick<Plan, "unreadCounts">, value: number): string {
  return plan.unreadCounts.length === 0 ? formatCount(value) : `${formatCount(value)} (incomplete)`;
}
