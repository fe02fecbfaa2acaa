import { clip, parseRange, reservedAddresses } from "./free-space";
import { parseCidr } from "./ipv4";
import type { AddressMapKind, AddressMapSegment, AddressRange } from "./plan";
import type { PlanInput } from "./plan-input-schema";

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
export function buildAddressMap(input: PlanInput): AddressMapSegment[] {
  const parsed = parseCidr(input.vnet.addressPrefix);
  if (!parsed.ok) return [];
  const block = { start: parsed.value.network, end: parsed.value.broadcast };
  const claims = [...singleClaims(input, block), ...poolClaims(input)]
    .map((claim) => ({ ...claim, range: clip(claim.range, block) }))
    .filter((claim): claim is Claim => claim.range !== null);
  return paint(block, claims);
}

function singleClaims(input: PlanInput, block: AddressRange): Claim[] {
  return reservedAddresses(input, block).map(({ kind, label, address }) => ({ kind, label, range: { start: address, end: address } }));
}

/** Only the pools the chosen model uses: a leftover DHCP scope in a static plan is not deployed. */
function poolClaims(input: PlanInput): Claim[] {
  const { vnet } = input;
  const pools: Array<[AddressMapKind, string, AddressRange | null]> = [
    ["vip-pool", "Virtual IP pool", parseRange(vnet.vipPoolStart, vnet.vipPoolEnd)],
    input.model === "static"
      ? ["node-pool", "Kubernetes node VM pool", parseRange(vnet.k8sNodeIpPoolStart, vnet.k8sNodeIpPoolEnd)]
      : ["dhcp-scope", "DHCP scope", parseRange(vnet.dhcpScopeStart, vnet.dhcpScopeEnd)],
  ];
  return pools.flatMap(([kind, label, range]) => (range ? [{ kind, label, range }] : []));
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
