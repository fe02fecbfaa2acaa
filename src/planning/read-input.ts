import { parseVlanId } from "./checks-network";
import { parseCidr, parseIpv4, type Cidr, type Parsed } from "./ipv4";
import type { AddressRange } from "./plan";
import type { PlanInput } from "./plan-input-schema";
import { POOLS, type PoolId } from "./pools";

/**
 * The input's text fields read once, at the top of createPlan: every rule after that works on
 * numbers. A field is blank, holds a value, or holds text that does not parse (with the reason).
 */
export type FieldRead<T> = { status: "blank" } | { status: "ok"; value: T } | { status: "invalid"; message: string };

export interface PoolRead {
  start: FieldRead<number>;
  end: FieldRead<number>;
  /** Both ends parse and start <= end. */
  range: AddressRange | null;
}

export interface InputReading {
  prefix: FieldRead<Cidr>;
  gateway: FieldRead<number>;
  /** One per row of `vnet.dnsServers`, same index. */
  dnsServers: FieldRead<number>[];
  /** Every pool, whatever the model: readers pick theirs with poolsOf(model). */
  pools: Record<PoolId, PoolRead>;
  cloudServiceCidr: FieldRead<Cidr>;
  hciHostIp: FieldRead<number>;
  vlanId: Parsed<number | null>;
}

export function readInput(input: PlanInput): InputReading {
  const { vnet, cloudService } = input;
  const pools = {} as Record<PoolId, PoolRead>;
  for (const spec of POOLS) pools[spec.id] = readPool(vnet[spec.startField], vnet[spec.endField]);
  return {
    prefix: readField(vnet.addressPrefix, parseCidr),
    gateway: readField(vnet.gateway, parseIpv4),
    dnsServers: vnet.dnsServers.map((text) => readField(text, parseIpv4)),
    pools,
    // Its example is a host address with the hosts' prefix, as -cloudServiceCidr takes it.
    cloudServiceCidr: readField(cloudService.cloudServiceCidr, (text) => parseCidr(text, "10.11.23.45/16")),
    hciHostIp: readField(cloudService.hciHostIp, parseIpv4),
    vlanId: parseVlanId(vnet.vlanId),
  };
}

/** A text field as blank, parsed or invalid with the reason. */
export function readField<T>(text: string, parse: (text: string) => Parsed<T>): FieldRead<T> {
  if (text.trim() === "") return { status: "blank" };
  const parsed = parse(text);
  return parsed.ok ? { status: "ok", value: parsed.value } : { status: "invalid", message: parsed.message };
}

function readPool(startText: string, endText: string): PoolRead {
  const start = readField(startText, parseIpv4);
  const end = readField(endText, parseIpv4);
  const range = start.status === "ok" && end.status === "ok" && start.value <= end.value ? { start: start.value, end: end.value } : null;
  return { start, end, range };
}

/** The value when the field parsed, else null. @example valueOf({ status: "ok", value: 7 }) // 7 */
export function valueOf<T>(read: FieldRead<T>): T | null {
  return read.status === "ok" ? read.value : null;
}
