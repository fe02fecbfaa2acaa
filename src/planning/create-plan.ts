import { buildAddressMap } from "./address-map";
import { buildBreakdown } from "./breakdown";
import { checkPlan } from "./checks";
import { addNeeds, countMinimum, countReserve } from "./counting";
import { sized } from "./free-space";
import type { AddressNeed, Plan, PlanIssue, PlanRanges, Split, SubnetSizing } from "./plan";
import type { CountedInput, PlanInput } from "./plan-input-schema";
import { POOLS } from "./pools";
import { readCounts } from "./read-counts";
import { readInput, type InputReading } from "./read-input";
import { buildRecommendations } from "./recommendations";
import { minimumPrefixFor, recommendedPrefixFor } from "./subnet";
import { suggestRanges } from "./suggest-ranges";

/**
 * The single source of truth: every number the UI, share link, print view and exports show comes
 * from here. Never throws for a schema-valid input; works on ranges, never per address. Counts are
 * read first: every rule below sees numbers, and a count that does not read is an error of the plan.
 */
export function createPlan(entered: PlanInput): Plan {
  const counts = readCounts(entered);
  const input = counts.counted;
  const unread = new Set(counts.unread);
  const reading = readInput(input);
  const minimum = countMinimum(input);
  const reserve = countReserve(input.options.growthReserve);
  const need = addNeeds(minimum, reserve);
  const subnet = sizeSubnet(reading, need);
  // A rule's finding at a count that does not read would judge the stand-in value, not the entry.
  const checked = checkPlan(input, { unread, minimum, reserve, need, subnet, reading });
  const ruled = unread.size === 0 ? checked : checked.filter((issue) => !unread.has(issue.path));
  const issues = counts.issues.length === 0 ? ruled : [...counts.issues, ...ruled];
  const errorCount = countErrors(issues);
  return {
    input: entered,
    counted: input,
    unreadCounts: counts.unread,
    model: input.model,
    minimum,
    reserve,
    need,
    breakdown: buildBreakdown(input, { minimum, reserve, need, subnet }),
    subnet,
    split: splitFor(input, need, subnet),
    reading,
    ranges: readRanges(input, reading),
    suggestions: suggestRanges(input, reading, need, subnet.minimumPrefix),
    addressMap: buildAddressMap(input, reading),
    recommendations: buildRecommendations(input, need, reserve),
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

function sizeSubnet(reading: InputReading, need: AddressNeed): SubnetSizing {
  return {
    minimumPrefix: minimumPrefixFor(need.total),
    recommendedPrefix: recommendedPrefixFor(need.total),
    chosenPrefix: reading.prefix.status === "ok" ? reading.prefix.value.prefix : null,
  };
}

function splitFor(input: CountedInput, need: AddressNeed, subnet: SubnetSizing): Split {
  if (input.model === "static") return { model: "static", nodePoolSize: need.node, vipPoolSize: need.vip };
  return { model: "dhcp", reserve: need.total, reservePrefix: subnet.minimumPrefix, exclude: need.vip, minimumFreeLeases: need.node };
}

function readRanges(input: CountedInput, reading: InputReading): PlanRanges {
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
