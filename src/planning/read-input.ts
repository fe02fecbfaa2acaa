import { parseVlanId } from "./checks-network";
import { parseCidr, parseIpv4, type Cidr, type Parsed } from "./ipv4";
import type { AddressRange } from "./plan";
import { clusterNetworksOf, type PlanInput, type VirtualNetworkInput } from "./plan-input-schema";
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

/** One virtual network's fields, read: the AKS host's or a cluster network's. */
export interface NetworkReading {
  prefix: FieldRead<Cidr>;
  gateway: FieldRead<number>;
  /** One per row of the network's `dnsServers`, same index. */
  dnsServers: FieldRead<number>[];
  /** Every pool, whatever the model: readers pick theirs with poolsOf(model). */
  pools: Record<PoolId, PoolRead>;
  vlanId: Parsed<number | null>;
}

/** The AKS host's network at the top (as before cluster networks), the cloud service, and each cluster network. */
export interface InputReading extends NetworkReading {
  cloudServiceCidr: FieldRead<Cidr>;
  hciHostIp: FieldRead<number>;
  /** One per entry of `clusterNetworks`, same index. */
  clusterNetworks: NetworkReading[];
}

export function readInput(input: PlanInput): InputReading {
  const { cloudService } = input;
  return {
    ...readNetwork(input.vnet),
    // Its example is a host address with the hosts' prefix, as -cloudServiceCidr takes it.
    cloudServiceCidr: readField(cloudService.cloudServiceCidr, (text) => parseCidr(text, "10.11.23.45/16")),
    hciHostIp: readField(cloudService.hciHostIp, parseIpv4),
    clusterNetworks: clusterNetworksOf(input).map(readNetwork),
  };
}

export function readNetwork(vnet: VirtualNetworkInput): NetworkReading {
  const pools = {} as Record<PoolId, PoolRead>;
  for (const spec of POOLS) pools[spec.id] = readPool(vnet[spec.startField], vnet[spec.endField]);
  return {
    prefix: readField(vnet.addressPrefix, parseCidr),
    gateway: readField(vnet.gateway, parseIpv4),
    dnsServers: vnet.dnsServers.map((text) => readField(text, parseIpv4)),
    pools,
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
