import { buildAddressMap } from "./address-map";
import { buildBreakdown } from "./breakdown";
import { checkPlan } from "./checks";
import { addNeeds, countMinimum, countReserve } from "./counting";
import { parseCidr } from "./ipv4";
import { parseRange, sized } from "./free-space";
import type { AddressNeed, Plan, PlanRanges, Split, SubnetSizing } from "./plan";
import type { CountedInput, PlanInput } from "./plan-input-schema";
import { readCounts } from "./read-counts";
import { buildRecommendations } from "./recommendations";
import { minimumPrefixFor, recommendedPrefixFor } from "./subnet";
import { suggestRanges } from "./suggest-ranges";

/**
 * The single source of truth: every number the UI, share link, print view and exports show comes
 * from here. Never throws for a schema-valid input; works on ranges, never per address. Counts are
 * read first: every rule below sees numbers, and a count that does not read is an error of the plan.
 */
export function createPlan(entered: PlanInput): Plan {
  const reading = readCounts(entered);
  const input = reading.counted;
  const unread = new Set(reading.unread);
  const minimum = countMinimum(input);
  const reserve = countReserve(input.options.growthReserve);
  const need = addNeeds(minimum, reserve);
  const subnet = sizeSubnet(input, need);
  // A rule's finding at a count that does not read would judge the stand-in value, not the entry.
  const ruled = checkPlan(input, { unread, minimum, reserve, need, subnet }).filter((issue) => !unread.has(issue.path));
  const issues = [...reading.issues, ...ruled];
  const errorCount = issues.filter((issue) => issue.severity === "error").length;
  return {
    input: entered,
    counted: input,
    unreadCounts: reading.unread,
    model: input.model,
    minimum,
    reserve,
    need,
    breakdown: buildBreakdown(input, { minimum, reserve, need, subnet }),
    subnet,
    split: splitFor(input, need, subnet),
    ranges: readRanges(input),
    suggestions: suggestRanges(input, need, subnet.minimumPrefix),
    addressMap: buildAddressMap(input),
    recommendations: buildRecommendations(input, need, reserve),
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

function sizeSubnet(input: CountedInput, need: AddressNeed): SubnetSizing {
  const chosen = parseCidr(input.vnet.addressPrefix);
  return {
    minimumPrefix: minimumPrefixFor(need.total),
    recommendedPrefix: recommendedPrefixFor(need.total),
    chosenPrefix: chosen.ok ? chosen.value.prefix : null,
  };
}

function splitFor(input: CountedInput, need: AddressNeed, subnet: SubnetSizing): Split {
  if (input.model === "static") return { model: "static", nodePoolSize: need.node, vipPoolSize: need.vip };
  return { model: "dhcp", reserve: need.total, reservePrefix: subnet.minimumPrefix, exclude: need.vip, minimumFreeLeases: need.node };
}

function readRanges(input: CountedInput): PlanRanges {
  const prefix = parseCidr(input.vnet.addressPrefix);
  const vnet = input.vnet;
  const isStatic = input.model === "static";
  return {
    subnet: prefix.ok ? { ...sized({ start: prefix.value.network, end: prefix.value.broadcast }), prefix: prefix.value.prefix } : null,
    nodePool: isStatic ? sized(parseRange(vnet.k8sNodeIpPoolStart, vnet.k8sNodeIpPoolEnd)) : null,
    vipPool: sized(parseRange(vnet.vipPoolStart, vnet.vipPoolEnd)),
    dhcpScope: isStatic ? null : sized(parseRange(vnet.dhcpScopeStart, vnet.dhcpScopeEnd)),
  };
}
