import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { formatIpv4 } from "./ipv4-format";
import type { NetworkPlan } from "./plan";
import { planInputSchema } from "./plan-input-schema";

/**
 * public/examples/two-networks.json: the reference doc's Jane with cluster B on a cluster network
 * of its own, 10.0.1.0/24 on vLAN 20. The doc's three front-end instances run across both clusters
 * (2 in A, 1 in B) and the database in A; the HCI hosts sit in 10.0.2.0/24, apart from both.
 * Every figure below is worked out by hand from the doc's table, not read back from the planner.
 */
const example = planInputSchema.parse(JSON.parse(readFileSync(new URL("../../public/examples/two-networks.json", import.meta.url), "utf8")));
const plan = createPlan(example);
const [host, bnet] = plan.networks as [NetworkPlan, NetworkPlan];
const texts = (network: NetworkPlan) => network.breakdown.map((line) => line.text);

describe("two networks: the AKS host's network holds the host, cluster A and A's VIPs", () => {
  it("counts line by line", () => {
    // Node side: host 1 + 2 = 3; cluster A 3 + 5 + (5 + 1) = 14; 3 + 14 = 17.
    // VIP side: A's API server 1; A's services: frontend 2 instances on 443, backend on 80 shares, so 2; 1 + 2 = 3.
    expect(texts(host)).toEqual([
      "3 IP addresses for the AKS host (one IP for the control plane node and two IPs for running update operations)",
      "3 IP addresses for the control plane nodes in cluster clustera (one IP per control plane node)",
      "5 IP addresses for the worker nodes in cluster clustera (one IP per worker node)",
      "6 IP addresses additionally for cluster clustera (five IPs for running update operations and 1 IP for load balancer)",
      "1 IP address for the Kubernetes cluster API server (one IP per Kubernetes cluster)",
      "2 IP addresses for the Kubernetes services of cluster clustera (one IP address per instance of frontend, since they all use port 443; backend can use any one of these as long as it uses a different port)",
      "20 IP addresses in total: reserve a /27 subnet (the reference doc recommends at least a /24)",
      "3 IP addresses for the virtual IP pool (one for Kubernetes cluster API server and two for Kubernetes services)",
      "17 IP addresses for the Kubernetes node VM pool (all the IP addresses for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations)",
    ]);
    expect(host.need).toEqual({ node: 17, vip: 3, total: 20 });
  });

  it("needs a /27: 32 - network - broadcast - gateway = 29 >= 20, while a /28 holds 13", () => {
    expect(host.subnet).toEqual({ minimumPrefix: 27, recommendedPrefix: 24, chosenPrefix: 24 });
    expect(host.split).toEqual({ model: "static", nodePoolSize: 17, vipPoolSize: 3 });
  });

  it("suggests 17 + 4 (20%) node addresses and 3 + 1 (the AKS host's API server) + 1 VIPs inside 10.0.0.0/24", () => {
    expect(host.suggestions.nodePool?.size).toBe(21);
    expect(host.suggestions.vipPool?.size).toBe(5);
    expect([host.suggestions.vipPool?.start, host.suggestions.vipPool?.end].map((address) => formatIpv4(address ?? 0))).toEqual(["10.0.0.250", "10.0.0.254"]);
  });
});

describe("two networks: cluster network clusterbvnet holds cluster B and its VIPs", () => {
  it("counts line by line, with no AKS host line", () => {
    // Node side: cluster B 1 + 3 + (5 + 1) = 10. VIP side: B's API server 1 + B's frontend 1 instance = 2.
    expect(texts(bnet)).toEqual([
      "1 IP address for the control plane nodes in cluster clusterb (one IP per control plane node)",
      "3 IP addresses for the worker nodes in cluster clusterb (one IP per worker node)",
      "6 IP addresses additionally for cluster clusterb (five IPs for running update operations and 1 IP for load balancer)",
      "1 IP address for the Kubernetes cluster API server (one IP per Kubernetes cluster)",
      "1 IP address for the Kubernetes services of cluster clusterb (one IP address for frontend on port 443)",
      "12 IP addresses in total: reserve a /28 subnet (the reference doc recommends at least a /24)",
      "2 IP addresses for the virtual IP pool (one for Kubernetes cluster API server and one for Kubernetes services)",
      "10 IP addresses for the Kubernetes node VM pool (all the IP addresses for the Kubernetes nodes and underlying VMs, the load balancer VMs, and update operations)",
    ]);
    expect(bnet.need).toEqual({ node: 10, vip: 2, total: 12 });
  });

  it("needs a /28: 16 - 3 = 13 >= 12", () => {
    expect(bnet.subnet).toEqual({ minimumPrefix: 28, recommendedPrefix: 24, chosenPrefix: 24 });
    expect(bnet.split).toEqual({ model: "static", nodePoolSize: 10, vipPoolSize: 2 });
  });

  it("suggests 10 + 2 node addresses and 2 + 1 VIPs (no AKS host VIP here) inside 10.0.1.0/24", () => {
    expect(bnet.suggestions.room).toEqual({ node: 2, hostApiServerVip: 0, vip: 1, percent: 20 });
    const { nodePool, vipPool } = bnet.suggestions;
    expect([nodePool, vipPool].map((range) => range && `${formatIpv4(range.start)}-${formatIpv4(range.end)}`)).toEqual(["10.0.1.11-10.0.1.22", "10.0.1.252-10.0.1.254"]);
  });

  it("maps its own subnet, gateway, DNS server and pools", () => {
    expect(bnet.addressMap.map(({ kind, size }) => `${kind} ${size}`)).toEqual([
      "network 1",
      "gateway 1",
      "free 8",
      "dns 1",
      "free 9",
      "node-pool 80",
      "free 100",
      "vip-pool 20",
      "free 35",
      "broadcast 1",
    ]);
  });
});

describe("two networks: the whole deployment", () => {
  it("keeps Jane's totals: 17 + 10 = 27 node-side, 3 + 2 = 5 VIPs, 32 in all", () => {
    expect([plan.minimum, plan.reserve, plan.need]).toEqual([
      { node: 27, vip: 5, total: 32 },
      { node: 0, vip: 0, total: 0 },
      { node: 27, vip: 5, total: 32 },
    ]);
  });

  it("places each cluster and has nothing to fix", () => {
    expect(plan.networks.map((network) => [network.label, network.path, network.clusters])).toEqual([
      ["the AKS host's network", "vnet", [0]],
      ["cluster network clusterbvnet", "clusterNetworks.0", [1]],
    ]);
    expect(plan.issues).toEqual([]);
  });

  it("keeps the host network's figures at the top of the plan, for the views that show one network", () => {
    expect(plan.breakdown).toBe(host.breakdown);
    expect(plan.subnet).toBe(host.subnet);
    expect(plan.addressMap).toBe(host.addressMap);
  });
});
