import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { AddressRange, PlanIssue } from "./plan";
import { formatAddresses } from "./wording";

/** Small pieces every check module shares: issue builders and the wording of numbers and ranges. */

/** Findings are collected into one array passed down the checks, in form order. */
export type IssueList = PlanIssue[];

export function error(path: string, message: string): PlanIssue {
  return { path, severity: "error", message };
}

export function warning(path: string, message: string): PlanIssue {
  return { path, severity: "warning", message };
}

/** A parsed address prefix the checks can measure against: only lengths /8 to /30 get here. */
export interface Subnet {
  network: number;
  broadcast: number;
  prefix: number;
  /** Written as a network address, e.g. 10.0.0.0/24. */
  text: string;
}

export function subnetOf(network: number, broadcast: number, prefix: number): Subnet {
  return { network, broadcast, prefix, text: formatCidr(network, prefix) };
}

/** The addresses of a subnet a host may take: all but its network and broadcast address. */
export function hostRange(subnet: Subnet): AddressRange {
  return { start: subnet.network + 1, end: subnet.broadcast - 1 };
}

/** @example addressCount(1) // "1 address"; addressCount(1200) // "1,200 addresses" */
export function addressCount(count: number): string {
  return formatAddresses(count);
}

/** @example rangeText({ start: 167772180, end: 167772259 }) // "10.0.0.20-10.0.0.99" */
export function rangeText(range: AddressRange): string {
  return `${formatIpv4(range.start)}-${formatIpv4(range.end)}`;
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Keeps a mistyped value readable inside a message without letting a 256-character name swamp it. */
export function quoted(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Where the admin can look up a fixed address: gateway, DNS servers, cloud service IP, HCI host.
 * Shared by the pool checks (none may lie in a pool) and the DHCP lease count.
 */
export interface FixedAddress {
  path: string;
  /** "Gateway", "DNS server", "Cloud service IP", "HCI host" */
  label: string;
  address: number;
  /** The admin chose this address for the plan and can pick another; an HCI host's IP is a given. */
  movable: boolean;
}

/** A label as it reads inside a sentence: "Gateway" becomes "gateway", "DNS server" stays. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
