import { freeRuns, rangeSize, reservedAddresses, sized, takeHigh, takeLow, without } from "./free-space";
import { formatCidr, formatIpv4 } from "./ipv4";
import type { AddressNeed, AddressRange, SuggestedRanges } from "./plan";
import type { PlanInput } from "./plan-input-schema";
import type { InputReading } from "./read-input";
import { LARGEST_PREFIX, SMALLEST_PREFIX } from "./subnet";

/**
 * PLANNING_SPEC.md section 4: continuous, disjoint ranges inside the prefix that skip its
 * reserved addresses, the node VM pool (or DHCP scope) from the low end, the VIP pool from the
 * high end.
 */
export function suggestRanges(input: PlanInput, reading: InputReading, need: AddressNeed, minimumPrefix: number | null): SuggestedRanges {
  const prefix = suggestionPrefix(input.vnet.addressPrefix, reading.prefix);
  if (typeof prefix === "string") return none(prefix);
  const { block, cidr } = prefix;
  const taken = reservedAddresses(input, reading, block).map(({ address }) => ({ start: address, end: address }));
  const runs = freeRuns(block, taken);
  const tooSmall = (size: number, pool: string) => noRoomReason(cidr, size, pool, block, minimumPrefix);
  return input.model === "static" ? suggestStatic(runs, need, tooSmall) : suggestDhcp(runs, need, tooSmall);
}

type ReasonFor = (size: number, pool: string) => string;

function suggestStatic(runs: AddressRange[], need: AddressNeed, tooSmall: ReasonFor): SuggestedRanges {
  const { nodePool, vipPool } = pickStaticPools(runs, need);
  let reason: string | null = null;
  if (!nodePool) reason = tooSmall(need.node, "the Kubernetes node VM pool");
  else if (!vipPool) reason = need.vip === 0 ? NO_VIP_NEED : tooSmall(need.vip, "the virtual IP pool");
  return { nodePool: sized(nodePool), vipPool: sized(vipPool), dhcpScope: null, reason };
}

/**
 * Node pool from the low end, VIP pool from the high end. When the node pool's lowest fit leaves
 * the VIP pool no room, the VIP pool picks first: the other order may fit both.
 */
function pickStaticPools(runs: AddressRange[], need: AddressNeed) {
  const nodePool = takeLow(runs, need.node);
  const vipPool = nodePool ? takeHigh(without(runs, nodePool), need.vip) : null;
  if (!nodePool || vipPool || need.vip === 0) return { nodePool, vipPool };
  const vipFirst = takeHigh(runs, need.vip);
  const nodeAfter = vipFirst ? takeLow(without(runs, vipFirst), need.node) : null;
  return nodeAfter ? { nodePool: nodeAfter, vipPool: vipFirst } : { nodePool, vipPool };
}

/**
 * The VIP pool from the high end; the scope is the lowest whole free run below it that holds the
 * node side, so the DHCP server keeps lease room and the VIP pool stays out of the scope.
 */
function suggestDhcp(runs: AddressRange[], need: AddressNeed, tooSmall: ReasonFor): SuggestedRanges {
  const vipPool = takeHigh(runs, need.vip);
  const below = vipPool ? without(runs, { start: vipPool.start, end: Number.MAX_SAFE_INTEGER }) : runs;
  const dhcpScope = below.find((run) => rangeSize(run) >= need.node) ?? null;
  let reason: string | null = null;
  if (!vipPool) reason = need.vip === 0 ? NO_VIP_NEED : tooSmall(need.vip, "the virtual IP pool");
  else if (!dhcpScope) reason = tooSmall(need.node, `a DHCP scope below the virtual IP pool (${formatIpv4(vipPool.start)})`);
  return { nodePool: null, vipPool: sized(vipPool), dhcpScope: sized(dhcpScope), reason };
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
  const start = `The free space of ${cidr} holds no continuous range of ${size.toLocaleString("en-US")} addresses for ${pool}`;
  if (minimumPrefix === null) return `${start}: no IPv4 subnet holds this plan, so plan fewer clusters, nodes or services.`;
  if (2 ** (32 - minimumPrefix) > rangeSize(block)) return `${start}: choose a /${minimumPrefix} or larger prefix.`;
  return `${start}: move the gateway, DNS servers or cloud service IP to the ends of the prefix, or choose a larger prefix.`;
}

function none(reason: string): SuggestedRanges {
  return { nodePool: null, vipPool: null, dhcpScope: null, reason };
}
