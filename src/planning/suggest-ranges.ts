import { freeRuns, rangeSize, reservedAddresses, sized, takeHigh, takeLow, without } from "./free-space";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { AddressNeed, AddressRange, NetworkPlan, Plan, SuggestedRanges, SuggestionRoom } from "./plan";
import type { PlanInput } from "./plan-input-schema";
import type { InputReading, NetworkReading } from "./read-input";
import { LARGEST_PREFIX, minimumPrefixFor, SMALLEST_PREFIX } from "./subnet";
import { formatCount } from "./wording";

/** Room asked for in each suggested pool, as a share of that pool's need. */
export const DEFAULT_ROOM_PERCENT = 20;

/** The AKS host's own API server VIP: recommended beyond the doc's minimum, so every VIP pool the planner offers holds it. */
export const HOST_API_SERVER_VIP = 1;

/**
 * PLANNING_SPEC.md section 4: continuous, disjoint ranges inside the prefix that skip its
 * reserved addresses, the node VM pool (or DHCP scope) from the low end, the VIP pool from the
 * high end. Beyond the spec, each pool gets room above the need (pools cannot grow after
 * deployment, and a pool of exactly the need is a warning) and the VIP pool the AKS host's own
 * API server VIP, so a suggestion applied as offered passes the pool checks. When the free space
 * cannot hold that, the room shrinks to 1 address, then to none, and `reason` says so.
 */
export function suggestRanges(
  input: PlanInput,
  reading: InputReading,
  need: AddressNeed,
  minimumPrefix: number | null,
  roomPercent = DEFAULT_ROOM_PERCENT,
  network: SuggestionNetwork = { addressPrefix: input.vnet.addressPrefix, reading, aksHost: true },
): SuggestedRanges {
  const percent = Math.max(0, Math.round(roomPercent));
  if (need.total === 0) return none("No workload cluster is on this network yet: choose it on a cluster to size its pools.", percent);
  const prefix = suggestionPrefix(network.addressPrefix, network.reading.prefix);
  if (typeof prefix === "string") return none(prefix, percent);
  const { block, cidr } = prefix;
  const taken = reservedAddresses(input, reading, block, network.reading).map(({ address }) => ({ start: address, end: address }));
  const runs = freeRuns(block, taken);
  const tooSmall = (size: number, pool: string) => noRoomReason(cidr, size, pool, block, minimumPrefix);
  const ladder = roomLadder(input.model, need, percent, network.aksHost ? HOST_API_SERVER_VIP : 0);
  for (const [step, room] of ladder.entries()) {
    const sizes = { node: need.node + room.node, vip: need.vip === 0 ? 0 : need.vip + room.hostApiServerVip + room.vip };
    const found = input.model === "static" ? pickStaticPools(runs, sizes) : pickDhcpPools(runs, sizes.vip, need.node);
    const fits = (found.nodePool ?? found.dhcpScope) !== null && (found.vipPool !== null || need.vip === 0);
    const last = step === ladder.length - 1;
    if (!fits && !last) continue;
    const shownRoom = { ...room, hostApiServerVip: need.vip === 0 ? 0 : room.hostApiServerVip, vip: need.vip === 0 ? 0 : room.vip };
    const reason = !fits ? missingReason(input.model, found, need, tooSmall) : need.vip === 0 ? NO_VIP_NEED : tighterReason(step, cidr, block, need, ladder[0] ?? room);
    const ranges = { nodePool: sized(found.nodePool), vipPool: sized(found.vipPool), dhcpScope: sized(found.dhcpScope) };
    return { ...ranges, room: shownRoom, roomText: roomText(ranges, need, shownRoom), reason };
  }
  return none("No ranges to suggest yet.", percent);
}

/** A network's suggestion again at another room: what the wizard's "Room to grow" asks for. */
export function suggestForNetwork(plan: Plan, network: NetworkPlan, roomPercent: number): SuggestedRanges {
  const vnet = network.index === null ? plan.input.vnet : plan.input.clusterNetworks?.[network.index];
  const place = { addressPrefix: vnet?.addressPrefix ?? "", reading: network.reading, aksHost: network.index === null };
  return suggestRanges(plan.input, plan.reading, network.need, network.subnet.minimumPrefix, roomPercent, place);
}

/** The network a suggestion is for: its typed prefix, its reading, and whether the AKS host's API server takes a VIP there. */
export interface SuggestionNetwork {
  addressPrefix: string;
  reading: NetworkReading;
  /** The AKS host's network: its VIP pool gets the host's own API server VIP too. */
  aksHost: boolean;
}

/** `percent` of a pool's need as room to grow, rounded up, at least 1 address; none for a need of none. @example roomShare(27, 20) // 6 */
export function roomShare(count: number, percent: number): number {
  return percent === 0 || count === 0 ? 0 : Math.max(1, Math.ceil((count * percent) / 100));
}

/** The room asked for, then 1 address to spare in each pool (still no warning), then none. */
function roomLadder(model: PlanInput["model"], need: AddressNeed, percent: number, hostApiServerVip: number): SuggestionRoom[] {
  const asked: SuggestionRoom = { node: model === "static" ? roomShare(need.node, percent) : 0, hostApiServerVip, vip: roomShare(need.vip, percent), percent };
  const least: SuggestionRoom = { node: Math.min(asked.node, 1), hostApiServerVip, vip: 0, percent };
  const exact: SuggestionRoom = { node: 0, hostApiServerVip: 0, vip: 0, percent };
  return [asked, least, exact];
}

interface Found {
  nodePool: AddressRange | null;
  vipPool: AddressRange | null;
  dhcpScope: AddressRange | null;
}

/** @example "Kubernetes node VM pool: 27 needed + 6 to grow (20%). Virtual IP pool: 5 needed + 1 for the AKS host's own API server + 1 to grow." */
function roomText(ranges: Found, need: AddressNeed, room: SuggestionRoom): string | null {
  const grow = (n: number) => (n > 0 ? ` + ${formatCount(n)} to grow (${room.percent}%)` : "");
  const parts: string[] = [];
  if (ranges.nodePool) parts.push(`Kubernetes node VM pool: ${formatCount(need.node)} needed${grow(room.node)}.`);
  if (ranges.dhcpScope) parts.push(`DHCP scope: the whole free stretch below the virtual IP pool, for ${formatCount(need.node)} leases or more.`);
  if (ranges.vipPool) {
    const host = room.hostApiServerVip > 0 ? ` + ${room.hostApiServerVip} for the AKS host's own API server` : "";
    parts.push(`Virtual IP pool: ${formatCount(need.vip)} needed${host}${grow(room.vip)}.`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

function missingReason(model: PlanInput["model"], found: Found, need: AddressNeed, tooSmall: ReasonFor): string {
  if (model === "static") {
    if (!found.nodePool) return tooSmall(need.node, "the Kubernetes node VM pool");
    return need.vip === 0 ? NO_VIP_NEED : tooSmall(need.vip, "the virtual IP pool");
  }
  if (!found.vipPool) return need.vip === 0 ? NO_VIP_NEED : tooSmall(need.vip, "the virtual IP pool");
  return tooSmall(need.node, `a DHCP scope below the virtual IP pool (${formatIpv4(found.vipPool.start)})`);
}

function tighterReason(step: number, cidr: string, block: AddressRange, need: AddressNeed, asked: SuggestionRoom): string | null {
  if (step === 0) return null;
  const wanted = need.total + asked.node + asked.hostApiServerVip + asked.vip;
  const fix = largerPrefixFix(wanted, block);
  if (step === 1) return `The free space of ${cidr} is too tight for ${asked.percent}% room: these ranges hold 1 address more than the need. For more room, ${fix}.`;
  return `The free space of ${cidr} holds these pools only at exactly their need, which leaves no room for growth (the pools get a warning): ${fix}.`;
}

function largerPrefixFix(total: number, block: AddressRange): string {
  const prefix = minimumPrefixFor(total);
  if (prefix !== null && 2 ** (32 - prefix) > rangeSize(block)) return `choose a /${prefix} or larger prefix`;
  return "move the gateway, DNS servers or cloud service IP to the ends of the prefix, or choose a larger prefix";
}

type ReasonFor = (size: number, pool: string) => string;

/**
 * Node pool from the low end, VIP pool from the high end. When the node pool's lowest fit leaves
 * the VIP pool no room, the VIP pool picks first: the other order may fit both.
 */
function pickStaticPools(runs: AddressRange[], sizes: { node: number; vip: number }): Found {
  const nodePool = takeLow(runs, sizes.node);
  const vipPool = nodePool ? takeHigh(without(runs, nodePool), sizes.vip) : null;
  if (!nodePool || vipPool || sizes.vip === 0) return { nodePool, vipPool, dhcpScope: null };
  const vipFirst = takeHigh(runs, sizes.vip);
  const nodeAfter = vipFirst ? takeLow(without(runs, vipFirst), sizes.node) : null;
  return nodeAfter ? { nodePool: nodeAfter, vipPool: vipFirst, dhcpScope: null } : { nodePool, vipPool, dhcpScope: null };
}

/**
 * The VIP pool from the high end; the scope is the lowest whole free run below it that holds the
 * node side, so the DHCP server keeps lease room and the VIP pool stays out of the scope.
 */
function pickDhcpPools(runs: AddressRange[], vipSize: number, nodeNeed: number): Found {
  const vipPool = takeHigh(runs, vipSize);
  const below = vipPool ? without(runs, { start: vipPool.start, end: Number.MAX_SAFE_INTEGER }) : runs;
  const dhcpScope = below.find((run) => rangeSize(run) >= nodeNeed) ?? null;
  return { nodePool: null, vipPool, dhcpScope };
}

const NO_VIP_NEED = "Add a workload cluster or a service to size the virtual IP pool: the plan has nothing for it yet.";

/** The prefix's range when it can take suggestions, else why not. */
function suggestionPrefix(prefixText: string, read: InputReading["prefix"]): { block: AddressRange; cidr: string } | string {
  if (read.status !== "ok") return "Enter the address prefix, e.g. 10.0.0.0/24, to get suggested ranges.";
  const { address, network, broadcast, prefix } = read.value;
  if (address !== network) {
    return `${prefixText.trim()} is not a network address: use ${formatCidr(network, prefix)} to get suggested ranges.`;
  }
  if (prefix < LARGEST_PREFIX || prefix > SMALLEST_PREFIX) {
    return `Use a prefix from /${LARGEST_PREFIX} to /${SMALLEST_PREFIX} to get suggested ranges.`;
  }
  return { block: { start: network, end: broadcast }, cidr: formatCidr(network, prefix) };
}

function noRoomReason(cidr: string, size: number, pool: string, block: AddressRange, minimumPrefix: number | null): string {
  const start = `The free space of ${cidr} holds no continuous range of ${formatCount(size)} addresses for ${pool}`;
  if (minimumPrefix === null) return `${start}: no IPv4 subnet holds this plan, so plan fewer clusters, nodes or services.`;
  if (2 ** (32 - minimumPrefix) > rangeSize(block)) return `${start}: choose a /${minimumPrefix} or larger prefix.`;
  return `${start}: move the gateway, DNS servers or cloud service IP to the ends of the prefix, or choose a larger prefix.`;
}

function none(reason: string, percent: number): SuggestedRanges {
  return { nodePool: null, vipPool: null, dhcpScope: null, room: { node: 0, hostApiServerVip: 0, vip: 0, percent }, roomText: null, reason };
}
