import { describe, expect, it } from "vitest";
import { buildAddressMap } from "./address-map";
import { formatIpv4 } from "./ipv4-format";
import { emptyPlanInput, type PlanInput } from "./plan-input-schema";
import { readInput } from "./read-input";

function plan(edit: (input: PlanInput) => void): PlanInput {
  const input = emptyPlanInput();
  input.vnet.addressPrefix = "10.0.0.0/24";
  input.vnet.gateway = "10.0.0.1";
  input.vnet.dnsServers = ["10.0.0.10"];
  input.cloudService.hostAddressing = "dhcp";
  edit(input);
  return input;
}

const mapOf = (input: PlanInput) => buildAddressMap(input, readInput(input));

/** "label first-last" per segment, so a table row reads like the map. */
const picture = (input: PlanInput) =>
  buildAddressMap(input, readInput(input)).map(({ kind, range, size }) => `${kind} ${formatIpv4(range.start)}-${formatIpv4(range.end)} (${size})`);

describe("buildAddressMap", () => {
  it.each([
    [
      "Jane's static pools between the gateway, DNS server and broadcast address",
      (p: PlanInput) => {
        p.vnet.k8sNodeIpPoolStart = "10.0.0.20";
        p.vnet.k8sNodeIpPoolEnd = "10.0.0.99";
        p.vnet.vipPoolStart = "10.0.0.200";
        p.vnet.vipPoolEnd = "10.0.0.219";
      },
      [
        "network 10.0.0.0-10.0.0.0 (1)",
        "gateway 10.0.0.1-10.0.0.1 (1)",
        "free 10.0.0.2-10.0.0.9 (8)",
        "dns 10.0.0.10-10.0.0.10 (1)",
        "free 10.0.0.11-10.0.0.19 (9)",
        "node-pool 10.0.0.20-10.0.0.99 (80)",
        "free 10.0.0.100-10.0.0.199 (100)",
        "vip-pool 10.0.0.200-10.0.0.219 (20)",
        "free 10.0.0.220-10.0.0.254 (35)",
        "broadcast 10.0.0.255-10.0.0.255 (1)",
      ],
    ],
    [
      "overlaps: single addresses cut holes in pools, the VIP pool in the node pool",
      (p: PlanInput) => {
        p.vnet.addressPrefix = "10.0.0.0/28";
        p.vnet.k8sNodeIpPoolStart = "10.0.0.0";
        p.vnet.k8sNodeIpPoolEnd = "10.0.0.12";
        p.vnet.vipPoolStart = "10.0.0.8";
        p.vnet.vipPoolEnd = "10.0.0.11";
        p.vnet.dnsServers = ["10.0.0.9"];
      },
      [
        "network 10.0.0.0-10.0.0.0 (1)",
        "gateway 10.0.0.1-10.0.0.1 (1)",
        "node-pool 10.0.0.2-10.0.0.7 (6)",
        "vip-pool 10.0.0.8-10.0.0.8 (1)",
        "dns 10.0.0.9-10.0.0.9 (1)",
        "vip-pool 10.0.0.10-10.0.0.11 (2)",
        "node-pool 10.0.0.12-10.0.0.12 (1)",
        "free 10.0.0.13-10.0.0.14 (2)",
        "broadcast 10.0.0.15-10.0.0.15 (1)",
      ],
    ],
    [
      "the DHCP model shows the scope and not a leftover node pool; pools are clipped to the prefix",
      (p: PlanInput) => {
        p.model = "dhcp";
        p.vnet.addressPrefix = "10.0.0.0/28";
        p.vnet.k8sNodeIpPoolStart = "10.0.0.2";
        p.vnet.k8sNodeIpPoolEnd = "10.0.0.5";
        p.vnet.dhcpScopeStart = "10.0.0.11";
        p.vnet.dhcpScopeEnd = "10.0.0.200";
        p.vnet.vipPoolStart = "9.255.255.250";
        p.vnet.vipPoolEnd = "10.0.0.3";
      },
      [
        "network 10.0.0.0-10.0.0.0 (1)",
        "gateway 10.0.0.1-10.0.0.1 (1)",
        "vip-pool 10.0.0.2-10.0.0.3 (2)",
        "free 10.0.0.4-10.0.0.9 (6)",
        "dns 10.0.0.10-10.0.0.10 (1)",
        "dhcp-scope 10.0.0.11-10.0.0.14 (4)",
        "broadcast 10.0.0.15-10.0.0.15 (1)",
      ],
    ],
    [
      "pools that do not parse or run backwards are left out",
      (p: PlanInput) => {
        p.vnet.addressPrefix = "10.0.0.0/29";
        p.vnet.k8sNodeIpPoolStart = "10.0.0.6";
        p.vnet.k8sNodeIpPoolEnd = "10.0.0.2";
        p.vnet.vipPoolStart = "10.0.0.4";
        p.vnet.vipPoolEnd = "";
      },
      ["network 10.0.0.0-10.0.0.0 (1)", "gateway 10.0.0.1-10.0.0.1 (1)", "free 10.0.0.2-10.0.0.6 (5)", "broadcast 10.0.0.7-10.0.0.7 (1)"],
    ],
    [
      "static HCI hosts: the cloud service and HCI host IPs inside the prefix",
      (p: PlanInput) => {
        p.vnet.addressPrefix = "10.0.0.0/29";
        p.cloudService = { hostAddressing: "static", cloudServiceCidr: "10.0.0.3/16", hciHostIp: "10.0.0.4" };
      },
      [
        "network 10.0.0.0-10.0.0.0 (1)",
        "gateway 10.0.0.1-10.0.0.1 (1)",
        "free 10.0.0.2-10.0.0.2 (1)",
        "cloud-service 10.0.0.3-10.0.0.3 (1)",
        "cloud-service 10.0.0.4-10.0.0.4 (1)",
        "free 10.0.0.5-10.0.0.6 (2)",
        "broadcast 10.0.0.7-10.0.0.7 (1)",
      ],
    ],
    ["a prefix with host bits maps the subnet that holds it", (p: PlanInput) => (p.vnet.addressPrefix = "10.0.0.5/30"), ["network 10.0.0.4-10.0.0.4 (1)", "free 10.0.0.5-10.0.0.6 (2)", "broadcast 10.0.0.7-10.0.0.7 (1)"]],
    ["a /32 is one address", (p: PlanInput) => (p.vnet.addressPrefix = "10.0.0.1/32"), ["network 10.0.0.1-10.0.0.1 (1)"]],
    ["a prefix that does not parse maps nothing", (p: PlanInput) => (p.vnet.addressPrefix = "10.0.0.0"), []],
  ])("%s", (_name, edit, expected) => {
    expect(picture(plan(edit))).toEqual(expected);
  });

  it("labels segments for people", () => {
    const labels = mapOf(plan((p) => ((p.vnet.vipPoolStart = "10.0.0.200"), (p.vnet.vipPoolEnd = "10.0.0.210")))).map((s) => s.label);
    expect(labels).toEqual(["Network address 10.0.0.0", "Gateway 10.0.0.1", "Free", "DNS server 10.0.0.10", "Free", "Virtual IP pool", "Free", "Broadcast address 10.0.0.255"]);
  });

  it("maps a /8 in a handful of segments", () => {
    const map = mapOf(plan((p) => (p.vnet.addressPrefix = "10.0.0.0/8")));
    expect(map.map((segment) => segment.size)).toEqual([1, 1, 8, 1, 16_777_204, 1]);
  });
});
