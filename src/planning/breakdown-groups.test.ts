import { describe, expect, it } from "vitest";
import { filterBreakdown, groupBreakdown } from "./breakdown-groups";
import { createPlan } from "./create-plan";
import { generatePlanInput } from "./generate-plan-input";
import type { Plan } from "./plan";
import { emptyPlanInput, type CountedInput, type CountedService } from "./plan-input-schema";

const service = (name: string, cluster: string, port = 443, instances = 1): CountedService => ({ name, port, instances, cluster });

function planOf(edit: (input: CountedInput) => void): Plan {
  const input = emptyPlanInput();
  input.clusters = [
    { name: "web-east", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] },
    { name: "shop", controlPlaneNodes: 3, workerNodes: 4, nodePools: [] },
    { name: "", controlPlaneNodes: 1, workerNodes: 1, nodePools: [] },
  ];
  input.services = [service("frontend", "web-east"), service("webshop", "shop"), service("cart", "shop", 80, 2), service("dns", ""), service("orphan", "gone")];
  edit(input);
  return createPlan(input);
}

const plan = planOf(() => undefined);
const grouped = groupBreakdown(plan);
const ids = (lines: ReadonlyArray<{ id: string }>) => lines.map((line) => line.id);

describe("groupBreakdown", () => {
  it.each([
    [0, "web-east", ["cluster-0-control-plane", "cluster-0-workers", "cluster-0-update-and-load-balancer", "services-cluster-web-east"], ["frontend"]],
    [1, "shop", ["cluster-1-control-plane", "cluster-1-workers", "cluster-1-update-and-load-balancer", "services-cluster-shop"], ["webshop", "cart"]],
    [2, "Workload cluster 3", ["cluster-2-control-plane", "cluster-2-workers", "cluster-2-update-and-load-balancer"], []],
  ])("cluster %i is titled %s and holds its node lines and its services' VIPs", (index, title, lineIds, serviceNames) => {
    const group = grouped.clusters[index];
    expect(group?.title).toBe(title);
    expect(ids(group?.lines ?? [])).toEqual(lineIds);
    expect(group?.serviceNames).toEqual(serviceNames);
  });

  it("keeps the host, API server, untied services and missing cluster's lines shared, and the totals apart", () => {
    expect(ids(grouped.shared)).toEqual(["aks-host", "api-servers", "services", "services-cluster-gone"]);
    expect(grouped.sharedServiceNames).toEqual(["dns", "orphan"]);
    expect(ids(grouped.totals)).toEqual(["total", "split-vip-pool", "split-node-pool"]);
  });

  it("puts every line of the plan in exactly one place, in the plan's order within each", () => {
    const placed = [...grouped.shared, ...grouped.clusters.flatMap((group) => group.lines), ...grouped.totals];
    expect(placed).toHaveLength(plan.breakdown.length);
    expect(new Set(placed)).toEqual(new Set(plan.breakdown));
  });

  it("adds each group's lines into subtotals that sum to the plan's need", () => {
    expect(grouped.clusters[1]?.subtotal).toEqual({ node: 3 + 4 + 6, vip: 2, total: 15 });
    const groups = [grouped.sharedSubtotal, ...grouped.clusters.map((group) => group.subtotal)];
    expect(groups.reduce((sum, need) => sum + need.node, 0)).toBe(plan.need.node);
    expect(groups.reduce((sum, need) => sum + need.vip, 0)).toBe(plan.need.vip);
  });

  it("gives a service the first of two clusters of the same name (a duplicate name is an error at its field)", () => {
    const twin = planOf((input) => {
      input.clusters = [...input.clusters, { name: "shop", controlPlaneNodes: 1, workerNodes: 1, nodePools: [] }];
    });
    const { clusters } = groupBreakdown(twin);
    expect(ids(clusters[1]?.lines ?? [])).toContain("services-cluster-shop");
    expect(ids(clusters[3]?.lines ?? [])).not.toContain("services-cluster-shop");
    expect(clusters[3]?.serviceNames).toEqual([]);
  });

  it("groups the growth reserve with the shared lines", () => {
    const growing = planOf((input) => {
      input.options.growthReserve = { clusters: 2, controlPlaneNodes: 1, workerNodes: 2 };
    });
    expect(ids(groupBreakdown(growing).shared)).toEqual(expect.arrayContaining(["growth-reserve-nodes", "growth-reserve-vips"]));
  });

  it("groups 50 clusters and 200 services into 50 groups of 4 lines", () => {
    const big = groupBreakdown(createPlan(generatePlanInput({ clusters: 50, servicesPerCluster: 4 })));
    expect(big.clusters).toHaveLength(50);
    expect(big.clusters.every((group) => group.lines.length === 4 && group.serviceNames.length === 4)).toBe(true);
  });
});

describe("filterBreakdown", () => {
  it.each([
    ["", ["web-east", "shop", "Workload cluster 3"], true],
    ["   ", ["web-east", "shop", "Workload cluster 3"], true],
    ["SHOP", ["shop"], false],
    ["web", ["web-east", "shop"], false],
    [" cart ", ["shop"], false],
    ["front", ["web-east"], false],
    ["cluster 3", ["Workload cluster 3"], false],
    ["dns", [], true],
    ["orphan", [], true],
    ["nothing-like-it", [], false],
  ])("%j keeps %j (shared lines: %s)", (query, titles, shared) => {
    const filtered = filterBreakdown(grouped, query);
    expect(filtered.clusters.map((group) => group.title)).toEqual(titles);
    expect(filtered.showShared).toBe(shared);
    expect(filtered.clusterCount).toBe(3);
    expect(filtered.totals).toBe(grouped.totals);
  });
});
