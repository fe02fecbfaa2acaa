import { describe, expect, it } from "vitest";
import { clip, freeRuns, parseRange, reservedAddresses, takeHigh, takeLow, without } from "./free-space";
import { parseIpv4 } from "./ipv4";
import type { AddressRange } from "./plan";
import { emptyPlanInput, type PlanInput } from "./plan-input-schema";
import { readInput } from "./read-input";

const r = (start: number, end: number): AddressRange => ({ start, end });
const ip = (text: string) => {
  const parsed = parseIpv4(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe("freeRuns", () => {
  it.each([
    ["nothing taken", r(0, 9), [], [r(0, 9)]],
    ["both ends taken", r(0, 9), [r(0, 0), r(9, 9)], [r(1, 8)]],
    ["a hole in the middle", r(0, 9), [r(4, 5)], [r(0, 3), r(6, 9)]],
    ["overlapping and unsorted taken ranges", r(0, 9), [r(6, 7), r(2, 4), r(3, 6)], [r(0, 1), r(8, 9)]],
    ["taken ranges outside the block", r(10, 19), [r(0, 12), r(30, 40)], [r(13, 19)]],
    ["everything taken", r(0, 3), [r(0, 3)], []],
    ["a /8 without walking it", r(ip("10.0.0.0"), ip("10.255.255.255")), [r(ip("10.0.0.1"), ip("10.0.0.1"))], [r(ip("10.0.0.0"), ip("10.0.0.0")), r(ip("10.0.0.2"), ip("10.255.255.255"))]],
  ])("%s", (_name, block, taken, expected) => {
    expect(freeRuns(block, taken)).toEqual(expected);
  });
});

describe("takeLow and takeHigh", () => {
  const runs = [r(1, 3), r(10, 19), r(30, 34)];
  it.each([
    [2, r(1, 2), r(33, 34)],
    [5, r(10, 14), r(30, 34)],
    [6, r(10, 15), r(14, 19)],
    [11, null, null],
    [0, null, null],
  ])("size %i: low %o, high %o", (size, low, high) => {
    expect(takeLow(runs, size)).toEqual(low);
    expect(takeHigh(runs, size)).toEqual(high);
  });
});

describe("without", () => {
  it.each([
    ["the middle of a run", [r(0, 9)], r(3, 4), [r(0, 2), r(5, 9)]],
    ["a whole run", [r(0, 2), r(5, 9)], r(0, 2), [r(5, 9)]],
    ["across runs", [r(0, 2), r(5, 9)], r(2, 6), [r(0, 1), r(7, 9)]],
    ["nothing it touches", [r(0, 2)], r(5, 6), [r(0, 2)]],
  ])("takes %s", (_name, runs, taken, expected) => {
    expect(without(runs, taken)).toEqual(expected);
  });
});

describe("clip", () => {
  it.each([
    [r(0, 9), r(5, 20), r(5, 9)],
    [r(0, 4), r(5, 20), null],
    [r(6, 7), r(5, 20), r(6, 7)],
  ])("clips %o to %o", (range, block, expected) => {
    expect(clip(range, block)).toEqual(expected);
  });
});

describe("parseRange", () => {
  it.each([
    ["10.0.0.1", "10.0.0.5", r(ip("10.0.0.1"), ip("10.0.0.5"))],
    ["10.0.0.5", "10.0.0.5", r(ip("10.0.0.5"), ip("10.0.0.5"))],
    ["10.0.0.5", "10.0.0.1", null],
    ["", "10.0.0.1", null],
    ["10.0.0.1", "10.0.0.300", null],
  ])("%s - %s", (start, end, expected) => {
    expect(parseRange(start, end)).toEqual(expected);
  });
});

describe("reservedAddresses", () => {
  const block = r(ip("10.0.0.0"), ip("10.0.0.255"));
  const input = (edit: (plan: PlanInput) => void): PlanInput => {
    const plan = emptyPlanInput();
    plan.vnet.gateway = "10.0.0.1";
    plan.vnet.dnsServers = ["10.0.0.10", "8.8.8.8", "garbage"];
    plan.cloudService = { hostAddressing: "static", cloudServiceCidr: "10.0.0.20/24", hciHostIp: "10.0.0.21" };
    edit(plan);
    return plan;
  };

  it.each([
    ["static hosts: the cloud service and HCI host IPs count", () => {}, ["10.0.0.0", "10.0.0.255", "10.0.0.1", "10.0.0.10", "10.0.0.20", "10.0.0.21"]],
    ["DHCP hosts: their leftover fields reserve nothing", (p: PlanInput) => (p.cloudService.hostAddressing = "dhcp"), ["10.0.0.0", "10.0.0.255", "10.0.0.1", "10.0.0.10"]],
    ["a gateway outside the prefix", (p: PlanInput) => (p.vnet.gateway = "10.0.1.1"), ["10.0.0.0", "10.0.0.255", "10.0.0.10", "10.0.0.20", "10.0.0.21"]],
  ])("%s", (_name, edit, expected) => {
    expect(reservedAddresses(input(edit), readInput(input(edit)), block).map(({ address }) => address)).toEqual(expected.map(ip));
  });

  it("labels each address for the address map", () => {
    expect(reservedAddresses(input(() => {}), readInput(input(() => {})), block).map(({ kind, label }) => [kind, label])).toEqual([
      ["network", "Network address 10.0.0.0"],
      ["broadcast", "Broadcast address 10.0.0.255"],
      ["gateway", "Gateway 10.0.0.1"],
      ["dns", "DNS server 10.0.0.10"],
      ["cloud-service", "Cloud service IP 10.0.0.20"],
      ["cloud-service", "HCI host 10.0.0.21"],
    ]);
  });
});
