import { placeInSubnet, readAddress } from "./checks-fields";
import { addressCount, error, hostRange, midSentence, rangeText, warning, type FixedAddress, type IssueList, type Subnet } from "./checks-shared";
import { clip, contains, rangeSize } from "./free-space";
import { formatIpv4 } from "./ipv4";
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

function checkPoolSize(pool: Pool, need: number, reserve: number, growthReserved: boolean, room: Room, issues: IssueList): void {
  const size = rangeSize(pool.range);
  const range = rangeText(pool.range);
  if (size < need) {
    const fix = growthFix(pool.range, need - size, room, `${addressCount(need)}`);
    issues.push(error(pool.kind.endPath, `${pool.kind.title} ${range} holds ${addressCount(size)}; this plan needs ${needText(need, reserve)} (${(need - size).toLocaleString("en-US")} more): ${fix}`));
  } else if (size === need && !growthReserved) {
    issues.push(
      warning(
        pool.kind.endPath,
        `${pool.kind.title} ${range} holds exactly the ${addressCount(need)} this plan needs, with no room for growth: pools cannot be enlarged after deployment, so ${growthFix(pool.range, 1, room, `more than ${addressCount(need)}`)} (a growth reserve sizes the room in clusters)`,
      ),
    );
  }
}

/**
 * Leases left for node VMs: the scope less the VIP pool's part and the fixed addresses in it.
 * A gateway or DNS server inside the scope is not an error: Windows DHCP admins commonly define the
 * scope over the whole subnet and exclude or reserve the statically assigned addresses, so such an
 * address only costs a lease. No warning when the leases just suffice: unlike the pools, a DHCP
 * reservation can be expanded after deployment (the reference doc's comparison of the models).
 */
function checkFreeLeases(scope: Pool, vip: Pool | null, fixed: readonly FixedAddress[], context: NetworkContext, subnet: Subnet | null, issues: IssueList): void {
  const vipPart = vip && clip(scope.range, vip.range);
  const inScope = new Map<number, FixedAddress>();
  for (const item of fixed) {
    if (contains(scope.range, item.address) && !(vipPart && contains(vipPart, item.address)) && !inScope.has(item.address)) inScope.set(item.address, item);
  }
  const size = rangeSize(scope.range);
  const free = size - (vipPart ? rangeSize(vipPart) : 0) - inScope.size;
  const { node: need } = context.need;
  if (free >= need) return;
  const less = [
    ...(vipPart ? [`${vipPart.end - vipPart.start + 1} of the virtual IP pool`] : []),
    ...[...inScope.values()].map((item) => `the ${midSentence(item.label)} ${formatIpv4(item.address)}`),
  ];
  const room: Room = { limit: subnet && hostRange(subnet), obstacles: vip ? [vip.range] : [], skipped: [...new Set(fixed.map((item) => item.address))] };
  const fix = growthFix(scope.range, need - free, room, `${need.toLocaleString("en-US")} free leases`);
  issues.push(
    error(
      scope.kind.endPath,
      `${scope.kind.title} ${rangeText(scope.range)} leaves ${leases(free)}${less.length > 0 ? ` (${addressCount(size)} less ${listed(less)})` : ""}; ` +
        `this plan needs ${needText(need, context.reserve.node)} for node VMs, update operations and load balancer VMs (${(need - free).toLocaleString("en-US")} more): ${fix}`,
    ),
  );
}

function needText(need: number, reserve: number): string {
  const total = need.toLocaleString("en-US");
  return reserve > 0 ? `${total}, ${reserve.toLocaleString("en-US")} of them for the growth reserve` : total;
}

/** @example listed(["a", "b", "c"]) // "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function leases(count: number): string {
  return `${count.toLocaleString("en-US")} free ${count === 1 ? "lease" : "leases"}`;
}

/**
 * Where a range can grow by `more` usable addresses: `limit` bounds it (the subnet's hosts), it may
 * not run into `obstacles` (other pools, fixed addresses), and each `skipped` address it takes in
 * counts as no gain (a fixed address inside a DHCP scope).
 */
interface Room {
  limit: AddressRange | null;
  obstacles: AddressRange[];
  skipped: number[];
}

function point(item: FixedAddress): AddressRange {
  return { start: item.address, end: item.address };
}

function growthFix(range: AddressRange, more: number, room: Room, target: string): string {
  const end = laterEnd(range, more, room);
  if (end !== null) return `end it at ${formatIpv4(end)} or later`;
  const start = earlierStart(range, more, room);
  if (start !== null) return `start it at ${formatIpv4(start)} or earlier`;
  return `move it to a free stretch that holds ${target}, or choose a larger prefix`;
}

/** Each skipped address taken in pushes the end one further; at most one pass per skipped address. */
function laterEnd(range: AddressRange, more: number, room: Room): number | null {
  let end = range.end + more;
  for (let pass = 0; pass < room.skipped.length; pass++) {
    const next = range.end + more + room.skipped.filter((address) => address > range.end && address <= end).length;
    if (next === end) break;
    end = next;
  }
  const blocked = room.obstacles.some((obstacle) => obstacle.start <= end && obstacle.end > range.end);
  const beyond = room.limit === null ? end > 0xffff_ffff : end > room.limit.end;
  return blocked || beyond ? null : end;
}

function earlierStart(range: AddressRange, more: number, room: Room): number | null {
  let start = range.start - more;
  for (let pass = 0; pass < room.skipped.length; pass++) {
    const next = range.start - more - room.skipped.filter((address) => address < range.start && address >= start).length;
    if (next === start) break;
    start = next;
  }
  const blocked = room.obstacles.some((obstacle) => obstacle.end >= start && obstacle.start < range.start);
  const beyond = room.limit === null ? start < 0 : start < room.limit.start;
  return blocked || beyond ? null : start;
}
