import { clip, reservedAddresses } from "./free-space";
import type { AddressMapKind, AddressMapSegment, AddressRange } from "./plan";
import type { NetworkModel, PlanInput } from "./plan-input-schema";
import { poolsOf } from "./pools";
import type { InputReading, NetworkReading } from "./read-input";

interface Claim {
  kind: AddressMapKind;
  label: string;
  range: AddressRange;
}

/**
 * The subnet picture from network to broadcast address: every address exactly once. Where typed
 * ranges overlap, the earlier claim wins (single addresses, then VIP pool, node pool, DHCP scope),
 * so an overlap still shows, as the winner cutting a hole in the loser; the checks report it.
 */
export function buildAddressMap(input: PlanInput, reading: InputReading, network: NetworkReading = reading): AddressMapSegment[] {
  if (network.prefix.status !== "ok") return [];
  const block = { start: network.prefix.value.network, end: network.prefix.value.broadcast };
  const claims = [...singleClaims(input, reading, block, network), ...poolClaims(input.model, network)]
    .map((claim) => ({ ...claim, range: clip(claim.range, block) }))
    .filter((claim): claim is Claim => claim.range !== null);
  return paint(block, claims);
}

function singleClaims(input: PlanInput, reading: InputReading, block: AddressRange, network: NetworkReading): Claim[] {
  return reservedAddresses(input, reading, block, network).map(({ kind, label, address }) => ({ kind, label, range: { start: address, end: address } }));
}

/**
 * Only the pools the chosen model uses (a leftover DHCP scope in a static plan is not deployed),
 * the VIP pool first: it wins where a typed node-side range overlaps it.
 */
function poolClaims(model: NetworkModel, network: NetworkReading): Claim[] {
  const pools = [...poolsOf(model)].sort((a, b) => Number(b.side === "vip") - Number(a.side === "vip"));
  return pools.flatMap((spec) => {
    const range = network.pools[spec.id].range;
    return range ? [{ kind: spec.mapKind, label: spec.label, range }] : [];
  });
}

/** Cuts the block at every claim edge; each piece goes to the first claim covering it, else free. */
function paint(block: AddressRange, claims: readonly Claim[]): AddressMapSegment[] {
  const edges = new Set<number>([block.start, block.end + 1]);
  for (const { range } of claims) edges.add(range.start).add(range.end + 1);
  const cuts = [...edges].sort((a, b) => a - b);
  const segments: AddressMapSegment[] = [];
  let previousOwner: Claim | undefined;
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] as number;
    const end = (cuts[index + 1] as number) - 1;
    const owner = claims.find(({ range }) => start >= range.start && start <= range.end);
    const last = segments.at(-1);
    if (last && owner === previousOwner) {
      last.range.end = end;
      last.size = end - last.range.start + 1;
    } else {
      segments.push({ kind: owner?.kind ?? "free", label: owner?.label ?? "Free", range: { start, end }, size: end - start + 1 });
    }
    previousOwner = owner;
  }
  return segments;
}
