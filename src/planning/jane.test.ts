import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import type { BreakdownLine, Plan } from "./plan";
import { planInputSchema } from "./plan-input-schema";

/** The reference doc's worked example, from the checked-in plan file. */
const jane = planInputSchema.parse(JSON.parse(readFileSync(new URL("../../public/examples/jane.json", import.meta.url), "utf8")));

const sumOf = (lines: readonly BreakdownLine[]) => lines.reduce((sum, line) => sum + line.count, 0);
const clusterSum = (plan: Plan, index: number) => sumOf(plan.breakdown.filter((line) => line.id.startsWith(`cluster-${index}-`)));
const countOf = (plan: Plan, id: string) => plan.breakdown.find((line) => line.id === id)?.count;

describe("Jane's plan (static)", () => {
  const plan = createPlan(jane);

  it.each([
    ["AKS host", (p: Plan) => countOf(p, "aks-host"), 3],
    ["cluster A", (p: Plan) => clusterSum(p, 0), 14],
    ["cluster B", (p: Plan) => clusterSum(p, 1), 10],
    ["API servers", (p: Plan) => countOf(p, "api-servers"), 2],
    ["services", (p: Plan) => countOf(p, "services"), 3],
    ["total", (p: Plan) => p.need.total, 32],
  ])("counts %s as the doc does", (_name, read, expected) => {
    expect(read(plan)).toBe(expected);
  });

  it("needs a /26 and recommends the doc's /24", () => {
    expect(plan.subnet).toEqual({ minimumPrefix: 26, recommendedPrefix: 24, chosenPrefix: 24 });
  });

  it("splits 5 to the VIP pool and 27 to the node VM pool", () => {
    expect(plan.split).toEqual({ model: "static", vipPoolSize: 5, nodePoolSize: 27 });
  });

  it("writes the doc's itemised lines", () => {
    expect(plan.breakdown.map((line) => line.text)).toEqual([
      "3 IP addresses for the AKS host (one IP for the control plane node and two IPs for running update operations)",
      "3 IP addresses for the control plane nodes in cluster clustera (one IP per control plane node)",
      "5 IP addresses for the worker nodes in cluster clustera (one IP per worker node)",
      "6 IP addresses additionally for cluster clustera (five IPs for running update operations and 1 IP for load balancer)",
      "1 IP address for the control plane nodes in cluster clusterb (one IP per control plane node)",
      "3 IP addresses for the worker nodes in cluster clusterb (one IP per worker node)",
      "6 IP addresses additionally for cluster clusterb (five IPs for running update operations and 1 IP for load balancer)",
      "2 IP addresses for the Kubernetes cluster API servers (one IP per Kubernetes cluster)",
      "3 IP addresses for the Kubernetes services (one IP address per instance of frontend, since they all use port 443; backend can use any one of these as long as it uses a different port)",
      "32 IP addresses in total: reserve a /26 subnet (the reference doc recommends at least a /24)",
      "5 IP addresses for the virtual IP pool (two for Kubernetes cluster API servers and three for Kubernetes services)",
      "27 IP addresses for the Kubernetes node VM pool (all the IP addresses for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations)",
    ]);
  });

  it("has valid ranges: no errors", () => {
    expect(plan.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(plan.errorCount).toBe(0);
  });
});

describe("Jane's plan (DHCP)", () => {
  const plan = createPlan({ ...jane, model: "dhcp" });

  it("reserves 32 (a /26) on the DHCP server and excludes 5 for the VIP pool", () => {
    expect(plan.split).toEqual({ model: "dhcp", reserve: 32, reservePrefix: 26, exclude: 5, minimumFreeLeases: 27 });
  });

  it("writes the DHCP split lines", () => {
    expect(plan.breakdown.filter((line) => line.rule === "split-dhcp").map((line) => line.text)).toEqual([
      "Reserve 32 IP addresses (a /26 subnet) on the DHCP server",
      "Exclude 5 IP addresses from the DHCP scope for the virtual IP pool (two for Kubernetes cluster API servers and three for Kubernetes services)",
      "Keep at least 27 free leases in the DHCP scope for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations",
    ]);
  });
});

describe("Jane's typed ranges", () => {
  const plan = createPlan(jane);

  it("reads the prefix and pools with their sizes", () => {
    expect(plan.ranges.subnet).toMatchObject({ prefix: 24, size: 256 });
    expect(plan.ranges.nodePool?.size).toBe(80);
    expect(plan.ranges.vipPool?.size).toBe(20);
    expect(plan.ranges.dhcpScope).toBeNull();
  });

  it("sizes the suggested ranges to the need with room: 27 + 6 node addresses, 5 + 1 for the AKS host's API server + 1 VIPs", () => {
    expect(plan.suggestions.nodePool?.size).toBe(33);
    expect(plan.suggestions.vipPool?.size).toBe(7);
    expect(plan.suggestions.room).toEqual({ node: 6, hostApiServerVip: 1, vip: 1, percent: 20 });
  });
});
