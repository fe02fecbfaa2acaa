import { placeInSubnet, readAddress } from "./checks-fields";
import { addressCount, error, hostRange, rangeText, warning, type FixedAddress, type IssueList, type Subnet } from "./checks-shared";
import { checkFreeLeases, checkPoolSize, laterEnd, point, type Room } from "./checks-pool-size";
import { clip, contains, rangeSize } from "./free-space";
import { formatIpv4 } from "./ipv4-format";
import type { NetworkContext } from "./networks";
import type { AddressRange } from "./plan";
import type { NetworkModel } from "./plan-input-schema";
import { pool as poolSpec, type PoolId, type PoolSpec } from "./pools";
import type { PoolRead } from "./read-input";

/**
 * The Kubernetes node VM pool (static model), the virtual IP pool (both models) and the DHCP scope
 * (DHCP model): placement, order, overlaps, the fixed addresses inside them and their sizes. All
 * arithmetic on ranges: a /8 pool is checked as fast as a /30 one.
 */

/** A pool's table entry with the form paths its findings go to. */
interface PoolKind extends PoolSpec {
  title: string;
  startPath: string;
  endPath: string;
}

export interface Pool {
  kind: PoolKind;
  range: AddressRange;
}

export interface PoolFacts {
  nodePool: Pool | null;
  vipPool: Pool | null;
  dhcpScope: Pool | null;
}

/** A pool's kind at a network's path ("vnet" or "clusterNetworks.0"). */
function kindOf(id: PoolId, path: string): PoolKind {
  const spec = poolSpec(id);
  return { ...spec, title: spec.label, startPath: `${path}.${spec.startField}`, endPath: `${path}.${spec.endField}` };
}

const HOST_KINDS = kindsAt("vnet");

function kindsAt(path: string): Record<PoolId, PoolKind> {
  return { nodePool: kindOf("nodePool", path), vipPool: kindOf("vipPool", path), dhcpScope: kindOf("dhcpScope", path) };
}

/** One network's pools against its own need and fixed addresses. */
export function checkPools(model: NetworkModel, context: NetworkContext, subnet: Subnet | null, fixed: readonly FixedAddress[], issues: IssueList): PoolFacts {
  const { need, reserve, reading } = context;
  const kinds = context.path === "vnet" ? HOST_KINDS : kindsAt(context.path);
  const growthReserved = reserve.total > 0;
  // A plan beyond a /8 is reported once at the prefix; sizing each pool to it would only repeat that.
  const fits = context.subnet.minimumPrefix !== null;
  const spare: Spare = { subnet, fixed };
  const vipPool = readPool(kinds.vipPool, reading.pools.vipPool, need.vip, spare, issues);
  if (model === "static") {
    const nodePool = readPool(kinds.nodePool, reading.pools.nodePool, need.node, spare, issues);
    const pools = [nodePool, vipPool].filter((pool): pool is Pool => pool !== null);
    for (const pool of pools) checkFixedInPool(pool, fixed, issues);
    if (nodePool !== null && vipPool !== null) checkPoolsOverlap(vipPool, nodePool, spare, issues);
    for (const pool of pools) {
      const others = pools.filter((other) => other !== pool).map((other) => other.range);
      const room: Room = { limit: subnet && hostRange(subnet), obstacles: [...others, ...fixed.map(point)], skipped: [] };
      const [poolNeed, poolReserve] = pool === nodePool ? [need.node, reserve.node] : [need.vip, reserve.vip];
      if (fits) checkPoolSize(pool, poolNeed, poolReserve, growthReserved, room, issues);
    }
    return { nodePool, vipPool, dhcpScope: null };
  }
  const dhcpScope = missingScope(reading.pools.dhcpScope, kinds.dhcpScope, issues) ? null : readPool(kinds.dhcpScope, reading.pools.dhcpScope, need.node, spare, issues);
  if (vipPool !== null) {
    checkFixedInPool(vipPool, fixed, issues);
    const room: Room = { limit: subnet && hostRange(subnet), obstacles: [...(dhcpScope ? [dhcpScope.range] : []), ...fixed.map(point)], skipped: [] };
    if (fits) checkPoolSize(vipPool, need.vip, reserve.vip, growthReserved, room, issues);
  }
  if (vipPool !== null && dhcpScope !== null) checkScopeOverlap(vipPool, dhcpScope, issues);
  if (dhcpScope !== null && fits) checkFreeLeases(dhcpScope, vipPool, fixed, context, subnet, issues);
  return { nodePool: null, vipPool, dhcpScope };
}

/** Where a pool may lie: the subnet's host addresses (no bound when the prefix is unusable), off the fixed addresses. */
interface Spare {
  subnet: Subnet | null;
  fixed: readonly FixedAddress[];
}

/**
 * The DHCP scope is the planner's own check, not a cmdlet parameter: when it is not entered the
 * deployment still works, so each blank end is a warning and the scope is left unchecked.
 */
function missingScope(read: PoolRead, scope: PoolKind, issues: IssueList): boolean {
  const ends = [
    [read.start, scope.startPath, "first"],
    [read.end, scope.endPath, "last"],
  ] as const;
  const blank = ends.filter(([end]) => end.status === "blank");
  for (const [, path, which] of blank) {
    issues.push(
      warning(path, `Enter the ${which} address the DHCP server leases in this subnet: without the scope the planner cannot check that it keeps the virtual IP pool out and enough leases free for the node VMs`),
    );
  }
  return blank.length > 0;
}

/** Both ends parsed, inside the subnet's host addresses, start before end; null when unusable. */
function readPool(kind: PoolKind, read: PoolRead, need: number, spare: Spare, issues: IssueList): Pool | null {
  const start = readAddress(read.start, kind.startPath, `${kind.title} start`, `Enter the first address of the ${kind.noun}: ${kind.why}`, issues);
  const hint = start !== null && need > 0 ? `: it needs ${addressCount(need)}, ${endFix(start, need, spare, "e.g.")}` : "";
  const end = readAddress(read.end, kind.endPath, `${kind.title} end`, `Enter the last address of the ${kind.noun}${hint}`, issues);
  let misplaced = false;
  for (const [address, path, label] of [
    [start, kind.startPath, "start"],
    [end, kind.endPath, "end"],
  ] as const) {
    const problem = address === null || spare.subnet === null ? null : placeInSubnet(`${kind.title} ${label}`, address, spare.subnet);
    if (problem !== null) issues.push(error(path, problem));
    misplaced ||= problem !== null;
  }
  // A range with an end outside the subnet is a typo to fix first; checking it further only adds noise.
  if (start === null || end === null || misplaced) return null;
  if (start > end) {
    const fix = need > 0 ? `it needs ${addressCount(need)}, ${endFix(start, need, spare, "end it at")}` : `end it at ${formatIpv4(start)} or later`;
    issues.push(error(kind.endPath, `${kind.title} ends at ${formatIpv4(end)}, before it starts at ${formatIpv4(start)}: ${fix}`));
    return null;
  }
  return { kind, range: { start, end } };
}

/**
 * Where a pool that starts at `start` must end to hold `count` addresses, when that stretch is
 * free of fixed addresses and inside the subnet's hosts; else the fix that exists.
 */
function endFix(start: number, count: number, spare: Spare, lead: "e.g." | "end it at"): string {
  const room: Room = { limit: spare.subnet && hostRange(spare.subnet), obstacles: spare.fixed.map(point), skipped: [] };
  const end = laterEnd({ start, end: start - 1 }, count, room);
  if (end !== null) return `${lead} ${formatIpv4(end)} or later`;
  return `more than fit from ${formatIpv4(start)} before ${room.limit !== null && start + count - 1 > room.limit.end ? "the end of the subnet" : "the next fixed address"}: start it where ${addressCount(count)} in a row are free, or choose a larger prefix`;
}

/** The gateway, DNS servers, cloud service IP and HCI host belong to other machines: AKS would hand them out again. */
function checkFixedInPool(pool: Pool, fixed: readonly FixedAddress[], issues: IssueList): void {
  const takers = pool.kind.id === "nodePool" ? "node VMs" : "API servers and services";
  for (const item of fixed) {
    if (!contains(pool.range, item.address)) continue;
    const ip = formatIpv4(item.address);
    const fix = item.movable ? `pick an address outside it, or move the pool so it leaves ${ip} out` : `move the pool so it leaves ${ip} out`;
    issues.push(error(item.path, `${item.label} ${ip} lies in the ${pool.kind.noun} ${rangeText(pool.range)}, which AKS hands out to ${takers}: ${fix}`));
  }
}

/**
 * Reported at the VIP pool's end that reaches into the node VM pool. The fixes offered are the ones
 * that exist: the VIP pool moved whole next to the node pool, or the node pool shrunk off it, each
 * only where it lands on free host addresses.
 */
function checkPoolsOverlap(vip: Pool, node: Pool, spare: Spare, issues: IssueList): void {
  const shared = clip(vip.range, node.range);
  if (shared === null) return;
  const below = vip.range.start < node.range.start;
  const size = rangeSize(vip.range);
  const moved = below ? { start: node.range.start - size, end: node.range.start - 1 } : { start: node.range.end + 1, end: node.range.end + size };
  const fixes = [
    isFree(moved, spare) ? `move it to ${rangeText(moved)}` : `move it to a free stretch of ${addressCount(size)} outside the ${node.kind.noun}`,
  ];
  if (below && vip.range.end < node.range.end) fixes.push(`start the ${node.kind.noun} at ${formatIpv4(vip.range.end + 1)}`);
  if (!below && vip.range.start > node.range.start) fixes.push(`end the ${node.kind.noun} at ${formatIpv4(vip.range.start - 1)}`);
  issues.push(
    error(
      below ? vip.kind.endPath : vip.kind.startPath,
      `${vip.kind.title} ${rangeText(vip.range)} overlaps the ${node.kind.noun} ${rangeText(node.range)} at ${rangeText(shared)}: the pools must not share addresses; ${fixes.join(", or ")}`,
    ),
  );
}

/** Inside the subnet's hosts and clear of every fixed address. */
function isFree(range: AddressRange, spare: Spare): boolean {
  const limit = spare.subnet && hostRange(spare.subnet);
  const inside = limit === null ? range.start >= 0 && range.end <= 0xffff_ffff : range.start >= limit.start && range.end <= limit.end;
  return inside && !spare.fixed.some((item) => contains(range, item.address));
}

/**
 * The reference doc: the VIP pool "must be excluded from the DHCP scope in order to avoid address
 * conflicts". The scope fields hold the range the server leases, so any overlap is a conflict.
 */
function checkScopeOverlap(vip: Pool, scope: Pool, issues: IssueList): void {
  const shared = clip(vip.range, scope.range);
  if (shared === null) return;
  const scopeText = rangeText(scope.range);
  issues.push(
    error(
      vip.range.start < scope.range.start ? vip.kind.endPath : vip.kind.startPath,
      `${vip.kind.title} ${rangeText(vip.range)} overlaps the DHCP scope ${scopeText} at ${rangeText(shared)}: the DHCP server would lease those addresses to other machines. ` +
        `Exclude it with Add-DhcpServerv4ExclusionRange and enter here the range the server still leases, or move the VIP pool outside the scope ${scopeText}`,
    ),
  );
}
