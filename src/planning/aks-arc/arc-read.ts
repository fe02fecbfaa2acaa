import { readAddress } from "../checks-fields";
import { error, isBlank, quoted, subnetOf, type IssueList, type Subnet } from "../checks-shared";
import { parseCidr, parseIpv4 } from "../ipv4";
import { formatCidr, formatIpv4 } from "../ipv4-format";
import type { AddressRange } from "../plan";
import { LARGEST_PREFIX, SMALLEST_PREFIX } from "../subnet";
import type { ArcPlanInput } from "./arc-input-schema";
import { DEFAULT_POD_CIDR, SERVICE_CIDR } from "./arc-rules";

/**
 * Parse once: every address the admin typed, read into 32-bit numbers with its field's path, and
 * each blank required field or malformed value reported there. The checks, counts, suggestions and
 * scripts then work on these numbers, never on the text.
 */

export interface Located<T> {
  path: string;
  value: T;
}

/** A single address the plan fixes, named as messages call it. */
export interface FixedAddress extends Located<number> {
  role: "gateway" | "DNS server" | "control-plane IP";
}

/** A CIDR block read as the inclusive range it covers. */
export interface Block extends AddressRange {
  prefix: number;
  text: string;
}

export interface ArcClusterFacts {
  controlPlaneIp: FixedAddress | null;
  /** The cluster's pod range: its typed one, or the default when the field is blank. */
  podCidr: Block | null;
  podCidrTyped: boolean;
  loadBalancerRanges: Located<AddressRange>[];
}

/** The logical network's prefix, also as the range it covers. */
export type ArcSubnet = Subnet & AddressRange;

export interface ArcFacts {
  /** Null when the prefix is blank, malformed or of a length the planner does not take. */
  subnet: ArcSubnet | null;
  gateway: FixedAddress | null;
  dnsServers: FixedAddress[];
  vlanText: string;
  ipPool: AddressRange | null;
  clusters: ArcClusterFacts[];
  managementBlock: AddressRange | null;
}

export const SERVICE_BLOCK = blockOf(SERVICE_CIDR);
export const DEFAULT_POD_BLOCK = blockOf(DEFAULT_POD_CIDR);

const NET = "logicalNetwork";

export function readArcInput(input: ArcPlanInput, issues: IssueList): ArcFacts {
  const network = input.logicalNetwork;
  const subnet = readPrefix(network.addressPrefix, issues);
  const example = subnet === null ? "10.0.0.1" : formatIpv4(subnet.network + 1);
  const gateway = fixed("gateway", `${NET}.gateway`, readAddress(network.gateway, `${NET}.gateway`, "Gateway", `Enter the logical network's default gateway, e.g. ${example}: az stack-hci-vm network lnet create requires it for AKS`, issues));
  return {
    subnet,
    gateway,
    dnsServers: readDnsServers(network.dnsServers, issues),
    vlanText: network.vlanId,
    ipPool: readPool(network.ipPoolStart, network.ipPoolEnd, issues),
    clusters: input.clusters.map((cluster, index) => readCluster(cluster, `clusters.${index}`, issues)),
    managementBlock: readManagementBlock(input.managementBlock.start, input.managementBlock.end, issues),
  };
}

function fixed(role: FixedAddress["role"], path: string, value: number | null): FixedAddress | null {
  return value === null ? null : { role, path, value };
}

function readPrefix(text: string, issues: IssueList): ArcSubnet | null {
  const path = `${NET}.addressPrefix`;
  if (isBlank(text)) {
    issues.push(error(path, "Enter the logical network's address prefix, e.g. 10.0.0.0/24: AKS Arc needs one prefix for its static IP pool"));
    return null;
  }
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    issues.push(error(path, `Address prefix: ${parsed.message.replace("AKS on Azure Stack HCI virtual networks", "AKS Arc logical networks")}`));
    return null;
  }
  const { address, prefix, network, broadcast } = parsed.value;
  if (prefix < LARGEST_PREFIX || prefix > SMALLEST_PREFIX) {
    issues.push(error(path, `A /${prefix} is not a usable logical network here: use a prefix length from /${LARGEST_PREFIX} to /${SMALLEST_PREFIX}`));
    return null;
  }
  if (address !== network) issues.push(error(path, `${formatCidr(address, prefix)} is not a network address: the /${prefix} holding it is ${formatCidr(network, prefix)}`));
  return { ...subnetOf(network, broadcast, prefix), start: network, end: broadcast };
}

/** Blank rows are ignored (the form keeps one for the next server); at least one is required. */
function readDnsServers(texts: readonly string[], issues: IssueList): FixedAddress[] {
  const filled = texts.flatMap((text, index) => (isBlank(text) ? [] : [{ text, path: `${NET}.dnsServers.${index}` }]));
  if (filled.length === 0) {
    const path = texts.length === 0 ? `${NET}.dnsServers` : `${NET}.dnsServers.0`;
    issues.push(error(path, "Enter at least one DNS server: AKS Arc requires one that resolves the Azure Local cluster's FQDN, e.g. your domain controller"));
    return [];
  }
  const seen = new Set<number>();
  return filled.flatMap(({ text, path }) => {
    const address = readAddress(text, path, "DNS server", null, issues);
    if (address === null) return [];
    if (seen.has(address)) {
      issues.push(error(path, `${text.trim()} is already a DNS server of this network: enter a different address or remove this one`));
      return [];
    }
    seen.add(address);
    return [{ role: "DNS server" as const, path, value: address }];
  });
}

/** The IP pool is required: the static network's node, upgrade and control-plane addresses come from it. */
function readPool(startText: string, endText: string, issues: IssueList): AddressRange | null {
  const why = "the cluster VMs take their addresses from it";
  const start = readAddress(startText, `${NET}.ipPoolStart`, "IP pool start", `Enter the first address of the IP pool: ${why}`, issues);
  const end = readAddress(endText, `${NET}.ipPoolEnd`, "IP pool end", `Enter the last address of the IP pool: ${why}`, issues);
  if (start === null || end === null) return null;
  if (start > end) {
    issues.push(error(`${NET}.ipPoolEnd`, `The IP pool ends before it starts: enter an end address after ${startText.trim()}`));
    return null;
  }
  return { start, end };
}

function readCluster(cluster: ArcPlanInput["clusters"][number], at: string, issues: IssueList): ArcClusterFacts {
  const cpPath = `${at}.controlPlaneIp`;
  const podPath = `${at}.podCidr`;
  const typedPod = !isBlank(cluster.podCidr);
  return {
    controlPlaneIp: fixed("control-plane IP", cpPath, readAddress(cluster.controlPlaneIp, cpPath, "Control-plane IP", null, issues)),
    podCidr: typedPod ? readBlock(cluster.podCidr, podPath, "Pod CIDR", issues) : DEFAULT_POD_BLOCK,
    podCidrTyped: typedPod,
    loadBalancerRanges: cluster.loadBalancer.addressRanges.flatMap((text, index) => {
      const path = `${at}.loadBalancer.addressRanges.${index}`;
      const range = readAddressRange(text, path, issues);
      return range === null ? [] : [{ path, value: range }];
    }),
  };
}

function readBlock(text: string, path: string, label: string, issues: IssueList): Block | null {
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    issues.push(error(path, `${label}: ${parsed.message}`));
    return null;
  }
  const { address, network, broadcast, prefix } = parsed.value;
  if (address !== network) {
    issues.push(error(path, `${formatCidr(address, prefix)} is not a network address: use ${formatCidr(network, prefix)}`));
  }
  return { start: network, end: broadcast, prefix, text: formatCidr(network, prefix) };
}

/**
 * A load-balancer range as `--addresses` takes it: "first-last" or a CIDR, whose every address
 * MetalLB may hand out.
 * @example parseAddressRange("10.0.0.40-10.0.0.49") // { ok: true, value: { start: ..40, end: ..49 } }
 */
export function parseAddressRange(raw: string): { ok: true; value: AddressRange } | { ok: false; message: string } {
  const text = raw.trim();
  const example = "e.g. 10.0.0.40-10.0.0.49 or 10.0.0.48/29";
  if (text === "") return { ok: false, message: `Enter an address range, ${example}, or remove this row` };
  if (text.includes("/")) {
    const cidr = parseCidr(text);
    return cidr.ok ? { ok: true, value: { start: cidr.value.network, end: cidr.value.broadcast } } : { ok: false, message: `Address range: ${cidr.message}` };
  }
  const [first = "", last, ...rest] = text.split("-");
  if (last === undefined || rest.length > 0) return { ok: false, message: `"${quoted(text)}" is not an address range: write first-last or a CIDR, ${example}` };
  const start = parseIpv4(first);
  const end = parseIpv4(last);
  if (!start.ok) return { ok: false, message: `Range start: ${start.message}` };
  if (!end.ok) return { ok: false, message: `Range end: ${end.message}` };
  if (start.value > end.value) return { ok: false, message: `The range ${quoted(text)} ends before it starts: write the lower address first` };
  return { ok: true, value: { start: start.value, end: end.value } };
}

function readAddressRange(text: string, path: string, issues: IssueList): AddressRange | null {
  const parsed = parseAddressRange(text);
  if (parsed.ok) return parsed.value;
  issues.push(error(path, parsed.message));
  return null;
}

/** Both ends blank: the admin gave none, and nothing is checked. */
function readManagementBlock(startText: string, endText: string, issues: IssueList): AddressRange | null {
  if (isBlank(startText) && isBlank(endText)) return null;
  const whenBlank = "Enter both ends of the management block, or leave both empty";
  const start = readAddress(startText, "managementBlock.start", "Management block start", whenBlank, issues);
  const end = readAddress(endText, "managementBlock.end", "Management block end", whenBlank, issues);
  if (start === null || end === null) return null;
  if (start > end) {
    issues.push(error("managementBlock.end", `The management block ends before it starts: enter an end address after ${startText.trim()}`));
    return null;
  }
  return { start, end };
}

function blockOf(cidr: string): Block {
  const parsed = parseCidr(cidr);
  if (!parsed.ok) throw new Error(`bad built-in CIDR ${cidr}`);
  return { start: parsed.value.network, end: parsed.value.broadcast, prefix: parsed.value.prefix, text: cidr };
}
