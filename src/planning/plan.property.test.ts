import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { parseCidr, parseIpv4 } from "./ipv4";
import { formatIpv4 } from "./ipv4-format";
import type { AddressMapSegment, AddressRange, Plan, SuggestedRanges } from "./plan";
import { planInputSchema, type PlanInput } from "./plan-input-schema";
import { assignableAddresses, LARGEST_PREFIX, minimumPrefixFor, SMALLEST_PREFIX } from "./subnet";
import { anyPlanInputArb, cleanPlanInputArb, planInputArb } from "./test-arbitraries";

const settings = { seed: 20_260_526, numRuns: 300 };
/** Hundreds of whole plans each: generous, so a machine shared with other jobs does not fail them. */
const PROPERTY_TIMEOUT = 120_000;

const size = (range: AddressRange) => range.end - range.start + 1;
const overlaps = (a: AddressRange, b: AddressRange) => a.start <= b.end && b.start <= a.end;

/** Parsed independently of the planner's own free-space code. */
function reservedOf(input: PlanInput, block: AddressRange): number[] {
  const texts = [input.vnet.gateway, ...input.vnet.dnsServers];
  if (input.cloudService.hostAddressing === "static") {
    texts.push(input.cloudService.cloudServiceCidr.split("/")[0] ?? "", input.cloudService.hciHostIp);
  }
  const parsed = texts.map(parseIpv4).flatMap((result) => (result.ok ? [result.value] : []));
  return [block.start, block.end, ...parsed];
}

function blockOf(input: PlanInput): AddressRange {
  const parsed = parseCidr(input.vnet.addressPrefix);
  if (!parsed.ok) throw new Error(`arbitrary made an unparsable prefix ${input.vnet.addressPrefix}`);
  return { start: parsed.value.network, end: parsed.value.broadcast };
}

function suggested(plan: Plan): AddressRange[] {
  const { nodePool, vipPool, dhcpScope } = plan.suggestions;
  return [nodePool, vipPool, dhcpScope].filter((range) => range !== null);
}

function expectCoversExactly(map: readonly AddressMapSegment[], block: AddressRange) {
  expect(map[0]?.range.start).toBe(block.start);
  expect(map.at(-1)?.range.end).toBe(block.end);
  map.forEach((segment, index) => {
    expect(segment.range.start).toBeLessThanOrEqual(segment.range.end);
    expect(segment.size).toBe(size(segment.range));
    const next = map[index + 1];
    if (next) expect(next.range.start).toBe(segment.range.end + 1);
  });
}

describe("createPlan on random valid plans", () => {
  it("makes plans the schema accepts", () => {
    fc.assert(fc.property(planInputArb, (input) => planInputSchema.safeParse(input).success), settings);
  });

  it("suggests ranges inside the prefix, disjoint, off the reserved addresses, and at least the need", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        const block = blockOf(input);
        const ranges = suggested(plan);
        const reserved = reservedOf(input, block);
        for (const range of ranges) {
          expect(range.start).toBeGreaterThanOrEqual(block.start);
          expect(range.end).toBeLessThanOrEqual(block.end);
          expect(reserved.filter((address) => address >= range.start && address <= range.end)).toEqual([]);
        }
        ranges.forEach((a, i) => ranges.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
        const { nodePool, vipPool, dhcpScope } = plan.suggestions;
        if (nodePool) expect(size(nodePool)).toBeGreaterThanOrEqual(plan.need.node);
        if (vipPool) expect(size(vipPool)).toBeGreaterThanOrEqual(plan.need.vip);
        if (dhcpScope) expect(size(dhcpScope)).toBeGreaterThanOrEqual(plan.need.node);
        if (ranges.length < 2) expect(plan.suggestions.reason).toMatch(/\S/);
      }),
      settings,
    );
  });

  it("suggests both pools whenever one free run could hold the whole need", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        const block = blockOf(input);
        const reserved = [...new Set(reservedOf(input, block))].sort((a, b) => a - b);
        const longestRun = Math.max(...reserved.slice(1).map((address, i) => address - (reserved[i] ?? 0) - 1));
        fc.pre(plan.need.vip > 0 && longestRun >= plan.need.total);
        const pools = input.model === "static" ? [plan.suggestions.nodePool, plan.suggestions.vipPool] : [plan.suggestions.dhcpScope, plan.suggestions.vipPool];
        expect(pools).not.toContain(null);
      }),
      settings,
    );
  });

  it("adds the node-side and VIP-side lines up to the need and the total", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        const sum = (side: string) => plan.breakdown.filter((line) => line.side === side).reduce((total, line) => total + line.count, 0);
        expect(sum("node")).toBe(plan.need.node);
        expect(sum("vip")).toBe(plan.need.vip);
        expect(sum("node") + sum("vip")).toBe(plan.need.total);
        expect(plan.breakdown.find((line) => line.id === "total")?.count).toBe(plan.need.total);
      }),
      settings,
    );
  });

  it("covers the prefix exactly once in the address map, reserved addresses as their own segments", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        const block = blockOf(input);
        expectCoversExactly(plan.addressMap, block);
        const gateway = parseIpv4(input.vnet.gateway);
        if (gateway.ok) {
          expect(plan.addressMap.find((segment) => segment.range.start === gateway.value && segment.range.end === gateway.value)).toBeDefined();
        }
      }),
      settings,
    );
  });
});

describe("minimum subnet", () => {
  const fits = (prefix: number, total: number) => assignableAddresses(prefix) >= total;

  it("is the smallest subnet that holds the total", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 25 })), (total) => {
        const prefix = minimumPrefixFor(total);
        if (prefix === null) {
          expect(fits(LARGEST_PREFIX, total)).toBe(false);
          return;
        }
        expect(fits(prefix, total)).toBe(true);
        if (prefix < SMALLEST_PREFIX) expect(fits(prefix + 1, total)).toBe(false);
      }),
      settings,
    );
  });

  it("is what the plan reports for its total", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = createPlan(input);
        expect(plan.subnet.minimumPrefix).toBe(minimumPrefixFor(plan.need.total));
      }),
      settings,
    );
  });
});

describe("createPlan on any schema-valid input", () => {
  it("never throws, keeps its sums, and maps any parsable prefix exactly once", () => {
    fc.assert(
      fc.property(anyPlanInputArb, (input) => {
        const plan = createPlan(input);
        const vipLines = plan.breakdown.filter((line) => line.side === "vip").reduce((total, line) => total + line.count, 0);
        expect(vipLines).toBe(plan.need.vip);
        expect(plan.errorCount + plan.warningCount).toBe(plan.issues.length);
        const prefix = parseCidr(input.vnet.addressPrefix);
        if (prefix.ok) expectCoversExactly(plan.addressMap, { start: prefix.value.network, end: prefix.value.broadcast });
        else expect(plan.addressMap).toEqual([]);
      }),
      settings,
    );
  });
});

const POOL_FIELDS = {
  nodePool: ["k8sNodeIpPoolStart", "k8sNodeIpPoolEnd"],
  vipPool: ["vipPoolStart", "vipPoolEnd"],
  dhcpScope: ["dhcpScopeStart", "dhcpScopeEnd"],
} as const;
const POOL_PATHS = new Set(Object.values(POOL_FIELDS).flatMap((fields) => fields.map((field) => `vnet.${field}`)));

/** What "Suggest ranges" does in the form: every offered range typed into its two fields. */
function applied(input: PlanInput, suggestions: SuggestedRanges): PlanInput {
  const next = structuredClone(input);
  for (const [key, [start, end]] of Object.entries(POOL_FIELDS)) {
    const range = suggestions[key as keyof typeof POOL_FIELDS];
    if (range === null) continue;
    next.vnet[start] = formatIpv4(range.start);
    next.vnet[end] = formatIpv4(range.end);
  }
  return next;
}

function offeredAll(plan: Plan): boolean {
  const { nodePool, vipPool, dhcpScope } = plan.suggestions;
  return vipPool !== null && (plan.model === "static" ? nodePool : dhcpScope) !== null;
}

describe("suggested ranges applied as offered", () => {
  it("leave a plan with nothing else to fix at 0 errors and 0 warnings whenever they carry room, and mostly they do", () => {
    let runs = 0;
    let withRoom = 0;
    fc.assert(
      fc.property(cleanPlanInputArb, (input) => {
        runs++;
        const before = createPlan(input);
        expect(before.issues.filter((issue) => !POOL_PATHS.has(issue.path))).toEqual([]);
        if (!offeredAll(before) || before.suggestions.room.hostApiServerVip === 0) return;
        withRoom++;
        const after = createPlan(applied(input, before.suggestions));
        expect(after.issues).toEqual([]);
        expect(after.errorCount + after.warningCount).toBe(0);
      }),
      settings,
    );
    expect(withRoom).toBeGreaterThan(runs * 0.6);
  }, PROPERTY_TIMEOUT);

});

const ADDRESS = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;
/**
 * Phrases that send the admin to one address ("end it at X", "e.g. X", "later than X" meaning
 * X + 1, "start after X") or one range ("move it to X-Y").
 */
const TO_ADDRESS = new RegExp(String.raw`(?:\b(?:end|start) (?:it|the [A-Za-z ]+?) at|e\.g\.|(later than|after)|(earlier than|before)) (${ADDRESS})(?![\d/])`, "g");
const TO_RANGE = new RegExp(String.raw`\bmove it to (${ADDRESS})-(${ADDRESS})`, "g");
const TO_CIDR = new RegExp(String.raw`e\.g\. (${ADDRESS})/(\d+)`, "g");

function unusable(input: PlanInput): Map<number, string> {
  const block = blockOf(input);
  const named = new Map([
    [block.start, "network"],
    [block.end, "broadcast"],
  ]);
  const gateway = parseIpv4(input.vnet.gateway);
  if (gateway.ok) named.set(gateway.value, "gateway");
  return named;
}

function address(text: string | undefined): number {
  const parsed = parseIpv4(text ?? "");
  if (!parsed.ok) throw new Error(`not an address: ${text}`);
  return parsed.value;
}

describe("fix messages", () => {
  it("never send the admin to the network, broadcast or gateway address, nor a cloud service CIDR example to a network or broadcast address", () => {
    let directives = 0;
    fc.assert(
      fc.property(fc.oneof(planInputArb, cleanPlanInputArb), (input) => {
        const named = unusable(input);
        for (const { message, path } of createPlan(input).issues) {
          for (const [, past, short, text] of message.matchAll(TO_ADDRESS)) {
            directives++;
            const target = address(text) + (past ? 1 : short ? -1 : 0);
            expect(named.get(target), message).toBeUndefined();
          }
          for (const [, from, to] of message.matchAll(TO_RANGE)) {
            directives++;
            const range = { start: address(from), end: address(to) };
            for (const [taken, what] of named) expect(taken >= range.start && taken <= range.end, `${message} takes in the ${what}`).toBe(false);
          }
          // A host address with its prefix is what the cloud service CIDR takes; the address prefix's examples are networks.
          if (path !== "cloudService.cloudServiceCidr") continue;
          for (const [, text, prefix] of message.matchAll(TO_CIDR)) {
            const cidr = parseCidr(`${text}/${prefix}`);
            expect(cidr.ok && cidr.value.address !== cidr.value.network && cidr.value.address !== cidr.value.broadcast, message).toBe(true);
          }
        }
      }),
      { ...settings, numRuns: 400 },
    );
    expect(directives).toBeGreaterThan(100);
  }, PROPERTY_TIMEOUT);
});
