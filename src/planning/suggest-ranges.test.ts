import { describe, expect, it } from "vitest";
import { countMinimum } from "./counting";
import { formatIpv4 } from "./ipv4-format";
import type { AddressRange } from "./plan";
import { emptyPlanInput, MAX_COUNT, type CountedInput } from "./plan-input-schema";
import { minimumPrefixFor } from "./subnet";
import { suggestRanges } from "./suggest-ranges";
import { readInput } from "./read-input";

/** Jane's counts (node 27, VIP 5) in a prefix of the test's choosing; HCI hosts on DHCP. */
function plan(edit: (input: CountedInput) => void): CountedInput {
  const input = emptyPlanInput();
  input.vnet.addressPrefix = "10.0.0.0/24";
  input.vnet.gateway = "10.0.0.1";
  input.vnet.dnsServers = ["10.0.0.10"];
  input.cloudService.hostAddressing = "dhcp";
  input.clusters = [
    { name: "clustera", controlPlaneNodes: 3, workerNodes: 5, nodePools: [] },
    { name: "clusterb", controlPlaneNodes: 1, workerNodes: 3, nodePools: [] },
  ];
  input.services = [
    { name: "frontend", port: 443, instances: 3, cluster: "" },
    { name: "backend", port: 80, instances: 1, cluster: "" },
  ];
  edit(input);
  return input;
}

const show = (range: AddressRange | null) => (range ? `${formatIpv4(range.start)}-${formatIpv4(range.end)}` : null);

function suggest(input: CountedInput) {
  const need = countMinimum(input);
  const result = suggestRanges(input, readInput(input), need, minimumPrefixFor(need.total));
  return { nodePool: show(result.nodePool), vipPool: show(result.vipPool), dhcpScope: show(result.dhcpScope), reason: result.reason };
}

function roomOf(input: CountedInput, percent?: number) {
  const need = countMinimum(input);
  return suggestRanges(input, readInput(input), need, minimumPrefixFor(need.total), percent).room;
}

describe("suggestRanges, static model", () => {
  it.each([
    ["Jane in a /24: node pool from the low end past the DNS server, VIP pool at the top, each with room", () => {}, "10.0.0.11-10.0.0.43", "10.0.0.248-10.0.0.254", null],
    ["a DNS server splitting a /26 in two: room shrinks to 1 address", (p: CountedInput) => ((p.vnet.addressPrefix = "10.0.0.0/26"), (p.vnet.dnsServers = ["10.0.0.32"])),
      "10.0.0.2-10.0.0.29",
      "10.0.0.57-10.0.0.62",
      "The free space of 10.0.0.0/26 is too tight for 20% room: these ranges hold 1 address more than the need. For more room, move the gateway, DNS servers or cloud service IP to the ends of the prefix, or choose a larger prefix.",
    ],
    [
      "the cloud service IP of static hosts is skipped",
      (p: CountedInput) => ((p.cloudService.hostAddressing = "static"), (p.cloudService.cloudServiceCidr = "10.0.0.11/24")),
      "10.0.0.12-10.0.0.44",
      "10.0.0.248-10.0.0.254",
      null,
    ],
    [
      "the VIP pool goes first when the node pool's lowest fit would starve it, at exactly the need when nothing more fits",
      (p: CountedInput) => {
        p.vnet.addressPrefix = "10.0.0.0/26";
        p.vnet.gateway = "10.0.0.29";
        p.vnet.dnsServers = ["10.0.0.57"];
        p.services = [{ name: "web", port: 443, instances: 26, cluster: "" }];
      },
      "10.0.0.30-10.0.0.56",
      "10.0.0.1-10.0.0.28",
      "The free space of 10.0.0.0/26 holds these pools only at exactly their need, which leaves no room for growth (the pools get a warning): choose a /25 or larger prefix.",
    ],
  ])("%s", (_name, edit, nodePool, vipPool, reason) => {
    expect(suggest(plan(edit))).toEqual({ nodePool, vipPool, dhcpScope: null, reason });
  });

  it.each([
    [
      "a prefix smaller than the minimum",
      (p: CountedInput) => (p.vnet.addressPrefix = "10.0.0.0/28"),
      "The free space of 10.0.0.0/28 holds no continuous range of 27 addresses for the Kubernetes node VM pool: choose a /26 or larger prefix.",
    ],
    [
      "a prefix big enough but cut up by reserved addresses",
      (p: CountedInput) => ((p.vnet.addressPrefix = "10.0.0.0/26"), (p.vnet.gateway = "10.0.0.20"), (p.vnet.dnsServers = ["10.0.0.40"])),
      "The free space of 10.0.0.0/26 holds no continuous range of 27 addresses for the Kubernetes node VM pool: move the gateway, DNS servers or cloud service IP to the ends of the prefix, or choose a larger prefix.",
    ],
    [
      "a plan no subnet holds",
      (p: CountedInput) => (p.clusters = [{ name: "huge", controlPlaneNodes: 1, workerNodes: MAX_COUNT, nodePools: [] }]),
      "The free space of 10.0.0.0/24 holds no continuous range of 16,777,224 addresses for the Kubernetes node VM pool: no IPv4 subnet holds this plan, so plan fewer clusters, nodes or services.",
    ],
  ])("suggests nothing for %s, and says why", (_name, edit, reason) => {
    expect(suggest(plan(edit))).toEqual({ nodePool: null, vipPool: null, dhcpScope: null, reason });
  });

  it("suggests the node pool alone while nothing needs a VIP yet", () => {
    expect(suggest(plan((p) => ((p.clusters = []), (p.services = []))))).toEqual({
      nodePool: "10.0.0.2-10.0.0.5",
      vipPool: null,
      dhcpScope: null,
      reason: "Add a workload cluster or a service to size the virtual IP pool: the plan has nothing for it yet.",
    });
  });
});

describe("suggestRanges room", () => {
  it("adds 20% of each side, at least 1, and the AKS host's API server VIP: Jane gets 27 + 6 and 5 + 1 + 1", () => {
    expect(roomOf(plan(() => {}))).toEqual({ node: 6, hostApiServerVip: 1, vip: 1, percent: 20 });
  });

  it("takes the admin's share: 50% of 27 is 14 (rounded up), of 5 is 3", () => {
    const input = plan(() => {});
    expect(roomOf(input, 50)).toEqual({ node: 14, hostApiServerVip: 1, vip: 3, percent: 50 });
    expect(suggest(input).nodePool).toBe("10.0.0.11-10.0.0.43");
  });

  it("with 0% the node pool is exactly the need, the VIP pool still holds the host's API server", () => {
    expect(roomOf(plan(() => {}), 0)).toEqual({ node: 0, hostApiServerVip: 1, vip: 0, percent: 0 });
  });

  it("leaves the DHCP scope a whole free run, so room is only in the VIP pool", () => {
    expect(roomOf(plan((p) => (p.model = "dhcp")))).toEqual({ node: 0, hostApiServerVip: 1, vip: 1, percent: 20 });
  });
});

describe("suggestRanges, DHCP model", () => {
  it.each([
    ["Jane in a /24: the scope is the lowest whole free run that holds 27 leases", "10.0.0.0/24", "10.0.0.11-10.0.0.247", "10.0.0.248-10.0.0.254"],
    ["a /26: the whole run up to the VIP pool", "10.0.0.0/26", "10.0.0.11-10.0.0.55", "10.0.0.56-10.0.0.62"],
  ])("%s", (_name, prefix, dhcpScope, vipPool) => {
    expect(suggest(plan((p) => ((p.model = "dhcp"), (p.vnet.addressPrefix = prefix))))).toEqual({ nodePool: null, vipPool, dhcpScope, reason: null });
  });

  it("keeps the scope below the VIP pool even when a run above it is free", () => {
    const result = suggest(plan((p) => ((p.model = "dhcp"), (p.vnet.dnsServers = ["10.0.0.100"]))));
    expect(result).toEqual({ nodePool: null, vipPool: "10.0.0.248-10.0.0.254", dhcpScope: "10.0.0.2-10.0.0.99", reason: null });
  });

  it("says why when no scope fits below the VIP pool", () => {
    expect(suggest(plan((p) => ((p.model = "dhcp"), (p.vnet.addressPrefix = "10.0.0.0/27"))))).toEqual({
      nodePool: null,
      vipPool: "10.0.0.26-10.0.0.30",
      dhcpScope: null,
      reason: "The free space of 10.0.0.0/27 holds no continuous range of 27 addresses for a DHCP scope below the virtual IP pool (10.0.0.26): choose a /26 or larger prefix.",
    });
  });
});

describe("suggestRanges without a usable prefix", () => {
  it.each([
    ["", "Enter the address prefix, e.g. 10.0.0.0/24, to get suggested ranges."],
    ["10.0.0.1", "Enter the address prefix, e.g. 10.0.0.0/24, to get suggested ranges."],
    ["fd00::/64", "Enter the address prefix, e.g. 10.0.0.0/24, to get suggested ranges."],
    ["10.10.2.0/22", "10.10.2.0/22 is not a network address: use 10.10.0.0/22 to get suggested ranges."],
    ["10.0.0.0/31", "Use a prefix from /8 to /30 to get suggested ranges."],
    ["0.0.0.0/0", "Use a prefix from /8 to /30 to get suggested ranges."],
  ])("%j", (prefix, reason) => {
    expect(suggest(plan((p) => (p.vnet.addressPrefix = prefix)))).toEqual({ nodePool: null, vipPool: null, dhcpScope: null, reason });
  });
});
