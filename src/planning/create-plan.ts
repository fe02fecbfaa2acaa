import { buildAddressMap } from "./address-map";
import { buildBreakdown } from "./breakdown";
import { checkPlan } from "./checks";
import { sized } from "./free-space";
import { networkLabel, networkScopes, placeClusters, sizeNetworks, totalNeeds, type NetworkContext } from "./networks";
import type { NetworkPlan, Plan, PlanIssue, PlanRanges, Split } from "./plan";
import type { CountedInput, PlanInput } from "./plan-input-schema";
import { POOLS } from "./pools";
import { readCounts } from "./read-counts";
import { readInput, type InputReading, type NetworkReading } from "./read-input";
import { buildRecommendations } from "./recommendations";
import { suggestRanges } from "./suggest-ranges";

/**
 * The single source of truth: every number the UI, share link, print view and exports show comes
 * from here. Never throws for a schema-valid input; works on ranges, never per address. Counts are
 * read first: every rule below sees numbers, and a count that does not read is an error of the plan.
 * Each virtual network (the AKS host's, then each cluster network) is counted, sized, suggested,
 * mapped and checked on its own; the plan's top-level figures are the whole deployment's sums.
 */
export function createPlan(entered: PlanInput): Plan {
  const counts = readCounts(entered);
  const input = counts.counted;
  const unread = new Set(counts.unread);
  const reading = readInput(input);
  const placement = placeClusters(input);
  const contexts = sizeNetworks(input, networkScopes(input, reading, placement));
  // A rule's finding at a count that does not read would judge the stand-in value, not the entry.
  const checked = checkPlan(input, { unread, reading, networks: contexts, networkOf: placement.networkOf, unknownNetworks: placement.unknown });
  const ruled = unread.size === 0 ? checked : checked.filter((issue) => !unread.has(issue.path));
  const issues = counts.issues.length === 0 ? ruled : [...counts.issues, ...ruled];
  const errorCount = countErrors(issues);
  const networks = contexts.map((context) => planNetwork(input, reading, context));
  const host = networks[0] as NetworkPlan;
  const totals = totalNeeds(contexts);
  return {
    input: entered,
    counted: input,
    unreadCounts: counts.unread,
    model: input.model,
    ...totals,
    networks,
    breakdown: host.breakdown,
    subnet: host.subnet,
    split: host.split,
    reading,
    ranges: host.ranges,
    suggestions: host.suggestions,
    addressMap: host.addressMap,
    recommendations: buildRecommendations(input, host.need, totals.reserve),
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

// A loop, not filter(...).length: a plan at the schema's limits holds 49,000 findings per keystroke.
function countErrors(issues: readonly PlanIssue[]): number {
  let errors = 0;
  for (const issue of issues) if (issue.severity === "error") errors++;
  return errors;
}

function planNetwork(input: CountedInput, reading: InputReading, network: NetworkContext): NetworkPlan {
  const { minimum, reserve, need, subnet } = network;
  const aksHost = network.index === null;
  return {
    index: network.index,
    path: network.path,
    label: networkLabel(network),
    name: network.vnet.name,
    clusters: network.clusters,
    minimum,
    reserve,
    need,
    breakdown: buildBreakdown(input, network, { aksHost, clusters: network.clusters, services: network.services }),
    subnet,
    split: splitFor(input, network),
    reading: network.reading,
    ranges: readRanges(input, network.reading),
    suggestions: suggestRanges(input, reading, need, subnet.minimumPrefix, undefined, { addressPrefix: network.vnet.addressPrefix, reading: network.reading, aksHost }),
    addressMap: buildAddressMap(input, reading, network.reading),
  };
}

function splitFor(input: CountedInput, { need, subnet }: NetworkContext): Split {
  if (input.model === "static") return { model: "static", nodePoolSize: need.node, vipPoolSize: need.vip };
  return { model: "dhcp", reserve: need.total, reservePrefix: subnet.minimumPrefix, exclude: need.vip, minimumFreeLeases: need.node };
}

function readRanges(input: CountedInput, reading: NetworkReading): PlanRanges {
  const { prefix } = reading;
  const ranges: PlanRanges = {
    subnet: prefix.status === "ok" ? { ...sized({ start: prefix.value.network, end: prefix.value.broadcast }), prefix: prefix.value.prefix } : null,
    nodePool: null,
    vipPool: null,
    dhcpScope: null,
  };
  for (const spec of POOLS) {
    if (spec.models.includes(input.model)) ranges[spec.id] = sized(reading.pools[spec.id].range);
  }
  return ranges;
}
