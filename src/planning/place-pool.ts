import { contains, rangeSize } from "./free-space";
import type { AddressRange, Plan, SizedRange } from "./plan";
import { pool, type PoolId } from "./pools";
import { DEFAULT_ROOM_PERCENT, HOST_API_SERVER_VIP, roomShare } from "./suggest-ranges";
import { formatAddresses, formatCount } from "./wording";

/**
 * The address map as a tool, the way subnet calculators work: the admin picks a free block and a
 * pool, and the pool is laid there from the block's first address, sized as "Suggest ranges" sizes
 * it (the need, the AKS host's own API server VIP for the VIP pool, and room to grow). A block too
 * small for that gets the pool at its whole size, as long as the planner's checks still pass; a
 * block smaller than that is refused with the figures.
 */

export type Placement = { ok: true; pool: PoolId; range: SizedRange; text: string } | { ok: false; message: string };

type PlacementSource = Pick<Plan, "model" | "need" | "reserve" | "addressMap">;

/** The address map's free stretches, in address order: where a pool can be placed. */
export function freeBlocks(plan: Pick<Plan, "addressMap">): SizedRange[] {
  return plan.addressMap.filter((segment) => segment.kind === "free").map(({ range, size }) => ({ ...range, size }));
}

interface PoolSizing {
  need: number;
  /** Below this the pool checks object: exactly the need is a warning for a pool without a growth reserve. */
  least: number;
  /** The size "Suggest ranges" would give it. */
  wanted: number;
  /** "5 needed + 1 for the AKS host's own API server + 1 to grow (20%)" */
  parts: Array<[number, string]>;
}

/** What a pool of this plan needs, and what the planner would give it with room. */
export function poolSizing(plan: Pick<Plan, "need" | "reserve">, id: PoolId, percent = DEFAULT_ROOM_PERCENT): PoolSizing {
  const need = pool(id).side === "vip" ? plan.need.vip : plan.need.node;
  const grow = roomShare(need, percent);
  const host = id === "vipPool" ? HOST_API_SERVER_VIP : 0;
  // A DHCP reservation can grow after deployment, so a scope of exactly the leases needed passes.
  const least = id === "dhcpScope" || plan.reserve.total > 0 ? need : need + 1;
  const parts: Array<[number, string]> = [
    [need, "needed"],
    [host, "for the AKS host's own API server"],
    [grow, `to grow (${percent}%)`],
  ];
  return { need, least, wanted: need + host + grow, parts: parts.filter(([count]) => count > 0) };
}

/**
 * The pool laid from the first address of `block`, which must lie in one free stretch of the map.
 * @example placePool(plan, "vipPool", { start: 167772360, end: 167772414 }) // { ok: true, range: 10.0.0.200-10.0.0.206, ... }
 */
export function placePool(plan: PlacementSource, id: PoolId, block: AddressRange): Placement {
  const spec = pool(id);
  if (!spec.models.includes(plan.model)) {
    return { ok: false, message: `The ${plan.model === "static" ? "static IP" : "DHCP"} model has no ${spec.noun}.` };
  }
  if (!freeBlocks(plan).some((free) => contains(free, block.start) && contains(free, block.end))) {
    return { ok: false, message: "Pick a free block of the address map: this one is taken." };
  }
  const sizing = poolSizing(plan, id);
  if (sizing.need === 0) {
    return { ok: false, message: `Add a workload cluster or a service first: the plan has nothing for the ${spec.noun} yet.` };
  }
  const holds = rangeSize(block);
  if (holds < sizing.least) {
    return { ok: false, message: `This block holds ${formatAddresses(holds)}, the ${spec.noun} needs ${formatCount(sizing.least)}: pick a larger free block, or choose a larger address prefix.` };
  }
  const size = Math.min(holds, sizing.wanted);
  const range = { start: block.start, end: block.start + size - 1, size };
  return { ok: true, pool: id, range, text: `${formatAddresses(size)}: ${sizeText(sizing, size)}` };
}

function sizeText(sizing: PoolSizing, size: number): string {
  const planned = sizing.parts.map(([count, what]) => `${formatCount(count)} ${what}`).join(" + ");
  if (size === sizing.wanted) return planned;
  return `${formatCount(sizing.need)} needed and ${formatCount(size - sizing.need)} to spare, all this block holds (the planner would give it ${formatCount(sizing.wanted)}: ${planned})`;
}
