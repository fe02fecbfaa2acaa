import { describe, expect, it } from "vitest";
import { buildBreakdown, clusterLabel, ips } from "./breakdown";
import { addNeeds, countMinimum, countReserve } from "./counting";
import type { BreakdownLine } from "./plan";
import { emptyPlanInput, MAX_COUNT, type CountedInput, type CountedService } from "./plan-input-schema";
import { minimumPrefixFor, recommendedPrefixFor } from "./subnet";

const svc = (name: string, port: number, instances: number, cluster = ""): CountedService => ({ name, port, instances, cluster });

function plan(edit: (input: CountedInput) => void): CountedInput {
  const input = emptyPlanInput();
  input.clusters = [{ name: "clustera", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] }];
  edit(input);
  return input;
}

function breakdown(input: CountedInput): BreakdownLine[] {
  const minimum = countMinimum(input);
  const reserve = countReserve(input.options.growthReserve);
  const need = addNeeds(minimum, reserve);
  const subnet = { minimumPrefix: minimumPrefixFor(need.total), recommendedPrefix: recommendedPrefixFor(need.total), chosenPrefix: null };
  return buildBreakdown(input, { minimum, reserve, need, subnet });
}

const textOf = (input: CountedInput, id: string) => breakdown(input).find((line) => line.id === id)?.text;

describe("ips", () => {
  it.each([
    [0, "0 IP addresses"],
    [1, "1 IP address"],
    [2, "2 IP addresses"],
    [16_777_214, "16,777,214 IP addresses"],
  ])("%i", (n, text) => {
    expect(ips(n)).toBe(text);
  });
});

describe("clusterLabel", () => {
  it.each([
    ["clustera", 0, "cluster clustera"],
    ["", 1, "cluster 2"],
    ["  ", 4, "cluster 5"],
  ])("%j at %i", (name, index, label) => {
    expect(clusterLabel(name, index)).toBe(label);
  });
});

describe("services lines", () => {
  it.each([
    ["one service, one instance", [svc("web", 443, 1)], true, "1 IP address for the Kubernetes services (one IP address for web on port 443)"],
    [
      "two services sharing the busiest port",
      [svc("web", 443, 2), svc("api", 443, 1), svc("db", 80, 2)],
      true,
      "3 IP addresses for the Kubernetes services (one IP address per instance of web and api, since they all use port 443; db can use any one of these as long as it uses a different port)",
    ],
    [
      "several services on other ports, one VIP",
      [svc("web", 443, 1), svc("db", 80, 1), svc("cache", 6379, 1)],
      true,
      "1 IP address for the Kubernetes services (one IP address for web on port 443; db and cache can use this one as long as they use different ports)",
    ],
    [
      "many services, names cut short",
      [svc("a", 80, 1), svc("b", 81, 1), svc("c", 82, 1), svc("d", 83, 1), svc("e", 84, 1), svc("f", 85, 1)],
      true,
      "1 IP address for the Kubernetes services (one IP address for a on port 80; b, c, d and 2 more can use this one as long as they use different ports)",
    ],
    ["VIP sharing off", [svc("web", 443, 3), svc("db", 80, 1)], false, "4 IP addresses for the Kubernetes services (one IP address per service instance, VIP sharing is off)"],
    ["a service without a name", [svc("", 443, 2)], true, "2 IP addresses for the Kubernetes services (one IP address per instance of service 1, since they all use port 443)"],
  ])("%s", (_name, services, vipSharing, text) => {
    expect(textOf(plan((p) => ((p.services = services), (p.options.vipSharing = vipSharing))), "services")).toBe(text);
  });

  it("gives each workload cluster's load balancer its own line", () => {
    const input = plan((p) => (p.services = [svc("web", 443, 2, "clustera"), svc("db", 80, 1, "clustera"), svc("batch", 80, 1)]));
    expect(breakdown(input).filter((line) => line.rule === "services-shared-vips").map(({ id, count, text }) => ({ id, count, text }))).toEqual([
      {
        id: "services-cluster-clustera",
        count: 2,
        text: "2 IP addresses for the Kubernetes services of cluster clustera (one IP address per instance of web, since they all use port 443; db can use any one of these as long as it uses a different port)",
      },
      { id: "services", count: 1, text: "1 IP address for the Kubernetes services (one IP address for batch on port 80)" },
    ]);
  });

  it("names the rule by the sharing option", () => {
    const rules = (vipSharing: boolean) =>
      breakdown(plan((p) => ((p.services = [svc("web", 443, 1)]), (p.options.vipSharing = vipSharing)))).find((l) => l.side === "vip" && l.id === "services")?.rule;
    expect([rules(true), rules(false)]).toEqual(["services-shared-vips", "services-one-vip-per-instance"]);
  });
});

describe("cluster lines", () => {
  it("names an unnamed cluster by its position and keeps a zero-worker line", () => {
    const input = plan((p) => p.clusters.push({ name: "", controlPlaneNodes: 1, workerNodes: 0, nodePools: [] }));
    expect(breakdown(input).filter((line) => line.id.startsWith("cluster-1-")).map(({ id, side, count, text, rule }) => ({ id, side, count, text, rule }))).toEqual([
      {
        id: "cluster-1-control-plane",
        side: "node",
        count: 1,
        text: "1 IP address for the control plane nodes in cluster 2 (one IP per control plane node)",
        rule: "control-plane-nodes",
      },
      { id: "cluster-1-workers", side: "node", count: 0, text: "0 IP addresses for the worker nodes in cluster 2 (one IP per worker node)", rule: "worker-nodes" },
      {
        id: "cluster-1-update-and-load-balancer",
        side: "node",
        count: 6,
        text: "6 IP addresses additionally for cluster 2 (five IPs for running update operations and 1 IP for load balancer)",
        rule: "cluster-update-and-load-balancer",
      },
    ]);
  });

  it.each([
    [1, "1 IP address for the Kubernetes cluster API server (one IP per Kubernetes cluster)"],
    [3, "3 IP addresses for the Kubernetes cluster API servers (one IP per Kubernetes cluster)"],
  ])("writes the API-server line for %i clusters", (clusters, text) => {
    const input = plan((p) => (p.clusters = Array.from({ length: clusters }, (_, i) => ({ name: `c${i}`, controlPlaneNodes: 1, workerNodes: 1, nodePools: [] }))));
    expect(textOf(input, "api-servers")).toBe(text);
  });

  it("has no API-server line without workload clusters", () => {
    expect(breakdown(emptyPlanInput()).map((line) => line.id)).toEqual(["aks-host", "total", "split-vip-pool", "split-node-pool"]);
  });
});

describe("growth reserve lines", () => {
  const input = plan((p) => (p.options.growthReserve = { clusters: 2, controlPlaneNodes: 1, workerNodes: 3 }));

  it("adds a node-side and a VIP-side line", () => {
    expect(breakdown(input).filter((line) => line.rule === "growth-reserve").map(({ id, side, count, text }) => ({ id, side, count, text }))).toEqual([
      {
        id: "growth-reserve-nodes",
        side: "node",
        count: 20,
        text: "20 IP addresses reserved for growth: 2 more workload clusters of 1 control plane node and 3 worker nodes each (one IP per node, plus five IPs for update operations and 1 IP for load balancer per cluster)",
      },
      { id: "growth-reserve-vips", side: "vip", count: 2, text: "2 IP addresses reserved for growth: the API servers of 2 more workload clusters (one IP per Kubernetes cluster)" },
    ]);
  });

  it("says the total includes it, and splits it into the pools", () => {
    expect(textOf(input, "total")).toBe("35 IP addresses in total, 22 of them for growth: reserve a /26 subnet (the reference doc recommends at least a /24)");
    expect(textOf(input, "split-vip-pool")).toBe("3 IP addresses for the virtual IP pool (one for Kubernetes cluster API server and two for growth)");
  });
});

describe("total and split lines", () => {
  it.each([
    ["a small plan: the doc's /24 advice", (p: CountedInput) => p, "13 IP addresses in total: reserve a /28 subnet (the reference doc recommends at least a /24)"],
    [
      "a plan past a /24: no advice to repeat",
      (p: CountedInput) => (p.clusters = [{ name: "big", controlPlaneNodes: 3, workerNodes: 500, nodePools: [] }]),
      "513 IP addresses in total: reserve a /22 subnet",
    ],
    [
      "a plan no subnet holds",
      (p: CountedInput) => (p.clusters = [{ name: "huge", controlPlaneNodes: 1, workerNodes: MAX_COUNT, nodePools: [] }]),
      "16,777,225 IP addresses in total: more than a /8 holds, so no subnet takes this plan: plan fewer clusters, nodes or services",
    ],
  ])("%s", (_name, edit, text) => {
    expect(textOf(plan(edit), "total")).toBe(text);
  });

  it("writes the DHCP split", () => {
    const lines = breakdown(plan((p) => ((p.model = "dhcp"), (p.services = [svc("web", 443, 1)]))));
    expect(lines.filter((line) => line.rule === "split-dhcp").map(({ id, count, text }) => ({ id, count, text }))).toEqual([
      { id: "split-dhcp-reserve", count: 14, text: "Reserve 14 IP addresses (a /27 subnet) on the DHCP server" },
      { id: "split-dhcp-exclude", count: 2, text: "Exclude 2 IP addresses from the DHCP scope for the virtual IP pool (one for Kubernetes cluster API server and one for Kubernetes services)" },
      {
        id: "split-dhcp-leases",
        count: 12,
        text: "Keep at least 12 free leases in the DHCP scope for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations",
      },
    ]);
  });

  it("says so when the VIP pool has nothing to hold yet", () => {
    expect(textOf(emptyPlanInput(), "split-vip-pool")).toBe("0 IP addresses for the virtual IP pool (no workload clusters or services yet)");
  });

  it("marks every total and split line as summary, so sides add up to the need", () => {
    const lines = breakdown(plan((p) => (p.services = [svc("web", 443, 4)])));
    expect(lines.filter((line) => line.rule.startsWith("split-") || line.rule === "total-and-subnet").every((line) => line.side === "summary")).toBe(true);
  });
});
