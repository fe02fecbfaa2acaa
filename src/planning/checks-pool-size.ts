import { addressCount, error, hostRange, midSentence, rangeText, warning, type FixedAddress, type IssueList, type Subnet } from "./checks-shared";
import type { Pool } from "./checks-pools";
import { clip, contains, rangeSize } from "./free-space";
import { formatIpv4 } from "./ipv4-format";
import type { NetworkContext } from "./networks";
import type { AddressRange } from "./plan";
import { formatCount } from "./wording";

/**
 * Whether a pool holds what the plan needs, and where it can grow when it does not: each fix names
 * an end or a start that stays in the subnet and clear of the other pools and fixed addresses.
 */

export function checkPoolSize(pool: Pool, need: number, reserve: number, growthReserved: boolean, room: Room, issues: IssueList): void {
  const size = rangeSize(pool.range);
  const range = rangeText(pool.range);
  if (size < need) {
    const fix = growthFix(pool.range, need - size, room, `${addressCount(need)}`);
    issues.push(error(pool.kind.endPath, `${pool.kind.title} ${range} holds ${addressCount(size)}; this plan needs ${needText(need, reserve)} (${formatCount(need - size)} more): ${fix}`));
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
export function checkFreeLeases(scope: Pool, vip: Pool | null, fixed: readonly FixedAddress[], context: NetworkContext, subnet: Subnet | null, issues: IssueList): void {
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
  const fix = growthFix(scope.range, need - free, room, `${formatCount(need)} free leases`);
  issues.push(
    error(
      scope.kind.endPath,
      `${scope.kind.title} ${rangeText(scope.range)} leaves ${leases(free)}${less.length > 0 ? ` (${addressCount(size)} less ${listed(less)})` : ""}; ` +
        `this plan needs ${needText(need, context.reserve.node)} for node VMs, update operations and load balancer VMs (${formatCount(need - free)} more): ${fix}`,
    ),
  );
}

function needText(need: number, reserve: number): string {
  const total = formatCount(need);
  return reserve > 0 ? `${total}, ${formatCount(reserve)} of them for the growth reserve` : total;
}

/** @example listed(["a", "b", "c"]) // "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function leases(count: number): string {
  return `${formatCount(count)} free ${count === 1 ? "lease" : "leases"}`;
}

/**
 * Where a range can grow by `more` usable addresses: `limit` bounds it (the subnet's hosts), it may
 * not run into `obstacles` (other pools, fixed addresses), and each `skipped` address it takes in
 * counts as no gain (a fixed address inside a DHCP scope).
 */
export interface Room {
  limit: AddressRange | null;
  obstacles: AddressRange[];
  skipped: number[];
}

export function point(item: FixedAddress): AddressRange {
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
export function laterEnd(range: AddressRange, more: number, room: Room): number | null {
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
