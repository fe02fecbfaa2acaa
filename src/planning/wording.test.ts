import { describe, expect, it } from "vitest";
import type { RuleId } from "./plan";
import { findingCounts, formatAddresses, formatCount, plural, ruleSource } from "./wording";

describe("wording", () => {
  it.each([
    [0, "0"],
    [1_000, "1,000"],
    [16_777_214, "16,777,214"],
  ])("formatCount(%d) is %s", (value, text) => expect(formatCount(value)).toBe(text));

  it.each([
    [1, "error", undefined, "1 error"],
    [2, "error", undefined, "2 errors"],
    [0, "warning", undefined, "0 warnings"],
    [1_200, "address", "addresses", "1,200 addresses"],
  ])("plural(%d, %s)", (count, noun, nouns, text) => expect(plural(count, noun, nouns)).toBe(text));

  it("words addresses", () => expect([formatAddresses(1), formatAddresses(32)]).toEqual(["1 address", "32 addresses"]));

  it.each([
    [2, 1, false, "2 errors, 1 warning"],
    [0, 0, false, "0 errors, 0 warnings"],
    [0, 3, true, "3 warnings"],
    [1, 0, true, "1 error"],
    [0, 0, true, ""],
  ])("findingCounts(%d, %d, skipZero %s) is %j", (errors, warnings, skipZero, text) => expect(findingCounts(errors, warnings, { skipZero })).toBe(text));
});

describe("ruleSource", () => {
  // Each rule names where in the reference doc it comes from: the table and its row, or the section.
  it.each<[RuleId, RegExp]>([
    ["aks-host", /^Minimum IP address reservation table, AKS Host row: 1 control plane \+ 2 update$/],
    ["control-plane-nodes", /^Minimum IP address reservation table, Workload cluster row: /],
    ["worker-nodes", /^Minimum IP address reservation table, Workload cluster row: /],
    ["cluster-update-and-load-balancer", /^Minimum IP address reservation table, Workload cluster row: 5 update \+ 1 load balancer$/],
    ["api-servers", /^VIP pool table, Cluster API server row: 1 per cluster$/],
    ["services-shared-vips", /^VIP pool table, Kubernetes Services row: /],
    ["services-one-vip-per-instance", /^VIP pool table, Kubernetes Services row: /],
    ["growth-reserve", /^The planner's growth reserve/],
    ["total-and-subnet", /^Walk through an example deployment/],
    ["split-static", /^Split reserved IP addresses based on a static IP network model$/],
    ["split-dhcp", /^Split reserved IP addresses based on a DHCP network model$/],
  ])("%s: %s", (rule, source) => {
    expect(ruleSource(rule)).toMatch(source);
  });
});
