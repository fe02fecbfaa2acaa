import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { parseIpv4 } from "./ipv4";
import { formatIpv4 } from "./ipv4-format";
import { freeBlocks, placePool, poolSizing } from "./place-pool";
import type { AddressRange, Plan } from "./plan";
import { planInputSchema, type PlanInput } from "./plan-input-schema";
import { pool, type PoolId } from "./pools";

const jane = planInputSchema.parse(JSON.parse(readFileSync(new URL("../../public/examples/jane.json", import.meta.url), "utf8")));

function ip(text: string): number {
  const parsed = parseIpv4(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const block = (start: string, end: string): AddressRange => ({ start: ip(start), end: ip(end) });
const text = (range: AddressRange) => `${formatIpv4(range.start)}-${formatIpv4(range.end)}`;

/** Jane with the given pools blanked and the rest edited: the blocks a placement can use. */
function janeWith(edit: (input: PlanInput) => void = () => undefined): Plan {
  const input = structuredClone(jane);
  edit(input);
  return createPlan(input);
}

/** The input with the placed range written to the pool's fields, as the wizard writes it. */
function withPlaced(plan: Plan, id: PoolId, range: AddressRange): Plan {
  const { startField, endField } = pool(id);
  return createPlan({ ...plan.input, vnet: { ...plan.input.vnet, [startField]: formatIpv4(range.start), [endField]: formatIpv4(range.end) } });
}

const poolFindings = (plan: Plan) => plan.issues.filter((issue) => /^vnet\.(k8sNodeIpPool|vipPool|dhcpScope)/.test(issue.path));

describe("freeBlocks", () => {
  it("lists Jane's free stretches in address order", () => {
    expect(freeBlocks(janeWith()).map(text)).toEqual(["10.0.0.2-10.0.0.9", "10.0.0.11-10.0.0.19", "10.0.0.100-10.0.0.199", "10.0.0.220-10.0.0.254"]);
  });

  it("is empty while the prefix does not parse", () => {
    expect(freeBlocks(janeWith((input) => (input.vnet.addressPrefix = "10.0.0/24")))).toEqual([]);
  });
});

describe("poolSizing", () => {
  it.each([
    ["nodePool", 0, 27, 28, 33],
    ["vipPool", 0, 5, 6, 7],
    // a growth cluster of 1 + 2 nodes takes 3 + 5 update IPs + 1 load balancer = 9 node-side addresses
    ["nodePool", 1, 27 + 9, 36, 36 + 8],
    ["vipPool", 1, 6, 6, 6 + 1 + 2],
  ] as const)("%s with %i growth clusters needs %i, at least %i, and is offered %i", (id, clusters, need, least, wanted) => {
    const plan = janeWith((input) => (input.options.growthReserve = { clusters, controlPlaneNodes: 1, workerNodes: 2 }));
    expect(poolSizing(plan, id)).toMatchObject({ need, least, wanted });
  });

  it("asks no extra address of a DHCP scope: a DHCP reservation can grow after deployment", () => {
    const dhcp = janeWith((input) => (input.model = "dhcp"));
    expect(poolSizing(dhcp, "dhcpScope")).toMatchObject({ need: 27, least: 27, wanted: 33 });
  });
});

describe("placePool", () => {
  const blanked = (input: PlanInput) => {
    input.vnet.vipPoolStart = "";
    input.vnet.vipPoolEnd = "";
  };

  it.each([
    ["vipPool", "static", ["10.0.0.100", "10.0.0.199"], "10.0.0.100-10.0.0.106", "7 addresses: 5 needed + 1 for the AKS host's own API server + 1 to grow (20%)"],
    ["vipPool", "static", ["10.0.0.2", "10.0.0.9"], "10.0.0.2-10.0.0.8", "7 addresses: 5 needed + 1 for the AKS host's own API server + 1 to grow (20%)"],
    ["vipPool", "static", ["10.0.0.150", "10.0.0.155"], "10.0.0.150-10.0.0.155", "6 addresses: 5 needed and 1 to spare, all this block holds (the planner would give it 7: 5 needed + 1 for the AKS host's own API server + 1 to grow (20%))"],
    ["nodePool", "static", ["10.0.0.100", "10.0.0.199"], "10.0.0.100-10.0.0.132", "33 addresses: 27 needed + 6 to grow (20%)"],
    ["dhcpScope", "dhcp", ["10.0.0.100", "10.0.0.126"], "10.0.0.100-10.0.0.126", "27 addresses: 27 needed and 0 to spare, all this block holds (the planner would give it 33: 27 needed + 6 to grow (20%))"],
  ] as const)("lays the %s (%s model) in %j at %s", (id, model, [start, end], placed, sizeText) => {
    const plan = janeWith((input) => {
      input.model = model;
      blanked(input);
    });
    const placement = placePool(plan, id, block(start, end));
    expect(placement).toMatchObject({ ok: true, pool: id, text: sizeText });
    if (!placement.ok) return;
    expect(text(placement.range)).toBe(placed);
    expect(placement.range.size).toBe(placement.range.end - placement.range.start + 1);
  });

  it.each([
    ["vipPool", "static", ["10.0.0.150", "10.0.0.154"], "This block holds 5 addresses, the virtual IP pool needs 6: pick a larger free block, or choose a larger address prefix."],
    ["nodePool", "static", ["10.0.0.2", "10.0.0.9"], "This block holds 8 addresses, the Kubernetes node VM pool needs 28: pick a larger free block, or choose a larger address prefix."],
    ["dhcpScope", "static", ["10.0.0.100", "10.0.0.199"], "The static IP model has no DHCP scope."],
    ["nodePool", "dhcp", ["10.0.0.100", "10.0.0.199"], "The DHCP model has no Kubernetes node VM pool."],
    ["vipPool", "static", ["10.0.0.1", "10.0.0.9"], "Pick a free block of the address map: this one is taken."],
    ["vipPool", "static", ["10.0.0.90", "10.0.0.120"], "Pick a free block of the address map: this one is taken."],
  ] as const)("refuses the %s (%s model) in %j", (id, model, [start, end], message) => {
    const plan = janeWith((input) => {
      input.model = model;
      blanked(input);
    });
    expect(placePool(plan, id, block(start, end))).toEqual({ ok: false, message });
  });

  it("refuses the VIP pool while the plan has nothing for it", () => {
    const empty = janeWith((input) => {
      input.clusters = [];
      input.services = [];
      blanked(input);
    });
    expect(placePool(empty, "vipPool", block("10.0.0.100", "10.0.0.199"))).toEqual({
      ok: false,
      message: "Add a workload cluster or a service first: the plan has nothing for the virtual IP pool yet.",
    });
  });

  it.each([
    ["static", 0],
    ["static", 2],
    ["dhcp", 0],
  ] as const)("passes the planner's own pool checks, placed in every block that takes it (%s model, %i growth clusters)", (model, clusters) => {
    const start = janeWith((input) => {
      input.model = model;
      input.options.growthReserve = { clusters, controlPlaneNodes: 1, workerNodes: 2 };
      input.vnet = { ...input.vnet, k8sNodeIpPoolStart: "", k8sNodeIpPoolEnd: "", vipPoolStart: "", vipPoolEnd: "", dhcpScopeStart: "", dhcpScopeEnd: "" };
    });
    const [nodeSide, vip] = model === "static" ? (["nodePool", "vipPool"] as const) : (["dhcpScope", "vipPool"] as const);
    let tried = 0;
    for (const nodeBlock of freeBlocks(start)) {
      const node = placePool(start, nodeSide, nodeBlock);
      if (!node.ok) continue;
      const withNode = withPlaced(start, nodeSide, node.range);
      for (const vipBlock of freeBlocks(withNode)) {
        const placed = placePool(withNode, vip, vipBlock);
        if (!placed.ok) continue;
        tried += 1;
        expect(poolFindings(withPlaced(withNode, vip, placed.range)), `${text(node.range)} and ${text(placed.range)}`).toEqual([]);
      }
    }
    expect(tried).toBeGreaterThan(1);
  });
});
