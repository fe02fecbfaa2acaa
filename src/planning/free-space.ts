import { parseIpv4 } from "./ipv4";
import { formatIpv4 } from "./ipv4-format";
import type { AddressRange, SizedRange } from "./plan";
import type { PlanInput } from "./plan-input-schema";
import { valueOf, type InputReading, type NetworkReading } from "./read-input";

/**
 * Ranges as plain arithmetic on 32-bit numbers: a /8 holds 16M addresses, so nothing here walks
 * address by address.
 */

/** Single addresses inside the prefix that no pool may take. */
export interface ReservedAddress {
  kind: "network" | "broadcast" | "gateway" | "dns" | "cloud-service";
  label: string;
  address: number;
}

export function rangeSize(range: AddressRange): number {
  return range.end - range.start + 1;
}

export function sized(range: AddressRange): SizedRange;
export function sized(range: AddressRange | null): SizedRange | null;
export function sized(range: AddressRange | null): SizedRange | null {
  return range && { start: range.start, end: range.end, size: rangeSize(range) };
}

export function contains(range: AddressRange, address: number): boolean {
  return address >= range.start && address <= range.end;
}

/** The part of `range` inside `block`, or null when they do not meet. */
export function clip(range: AddressRange, block: AddressRange): AddressRange | null {
  const start = Math.max(range.start, block.start);
  const end = Math.min(range.end, block.end);
  return start <= end ? { start, end } : null;
}

/** An admin's typed start/end pair, when both parse and start <= end. */
export function parseRange(startText: string, endText: string): AddressRange | null {
  const start = parseIpv4(startText);
  const end = parseIpv4(endText);
  if (!start.ok || !end.ok || start.value > end.value) return null;
  return { start: start.value, end: end.value };
}

/**
 * Network, broadcast, the network's gateway and DNS servers and, with static HCI hosts, the cloud service IP and
 * the HCI host IP: whichever parse and lie inside `block`. The HCI host fields are unused when
 * the hosts take DHCP addresses, so a leftover value there reserves nothing.
 */
export function reservedAddresses(input: PlanInput, reading: InputReading, block: AddressRange, network: NetworkReading = reading): ReservedAddress[] {
  const reserved: ReservedAddress[] = [
    { kind: "network", label: `Network address ${formatIpv4(block.start)}`, address: block.start },
    { kind: "broadcast", label: `Broadcast address ${formatIpv4(block.end)}`, address: block.end },
  ];
  const add = (kind: ReservedAddress["kind"], name: string, address: number | null) => {
    if (address !== null && contains(block, address)) reserved.push({ kind, label: `${name} ${formatIpv4(address)}`, address });
  };
  add("gateway", "Gateway", valueOf(network.gateway));
  for (const dns of network.dnsServers) add("dns", "DNS server", valueOf(dns));
  if (input.cloudService.hostAddressing === "static") {
    add("cloud-service", "Cloud service IP", valueOf(reading.cloudServiceCidr)?.address ?? null);
    add("cloud-service", "HCI host", valueOf(reading.hciHostIp));
  }
  return reserved;
}

/** The continuous runs of `block` that none of `taken` touches, in address order. */
export function freeRuns(block: AddressRange, taken: readonly AddressRange[]): AddressRange[] {
  const inside = taken
    .map((range) => clip(range, block))
    .filter((range): range is AddressRange => range !== null)
    .sort((a, b) => a.start - b.start);
  const runs: AddressRange[] = [];
  let next = block.start;
  for (const range of inside) {
    if (range.start > next) runs.push({ start: next, end: range.start - 1 });
    next = Math.max(next, range.end + 1);
  }
  if (next <= block.end) runs.push({ start: next, end: block.end });
  return runs;
}

/** The first `size` addresses of the lowest run that holds them. */
export function takeLow(runs: readonly AddressRange[], size: number): AddressRange | null {
  const run = runs.find((candidate) => rangeSize(candidate) >= size);
  return run && size > 0 ? { start: run.start, end: run.start + size - 1 } : null;
}

/** The last `size` addresses of the highest run that holds them. */
export function takeHigh(runs: readonly AddressRange[], size: number): AddressRange | null {
  const run = runs.findLast((candidate) => rangeSize(candidate) >= size);
  return run && size > 0 ? { start: run.end - size + 1, end: run.end } : null;
}

/** `runs` less one taken range. */
export function without(runs: readonly AddressRange[], taken: AddressRange): AddressRange[] {
  return runs.flatMap((run) => {
    if (taken.end < run.start || taken.start > run.end) return [run];
    const left = taken.start > run.start ? [{ start: run.start, end: taken.start - 1 }] : [];
    const right = taken.end < run.end ? [{ start: taken.end + 1, end: run.end }] : [];
    return [...left, ...right];
  });
}
