import { describe, expect, it } from "vitest";
import { createArcPlan } from "./create-arc-plan";
import { janeArc } from "./fixtures/arc-plan-inputs";

describe("the vendor's AKS Arc planning example", () => {
  const plan = createArcPlan(janeArc());

  it("counts 16 in the IP pool, 3 for load balancers, 19 in all, with no findings", () => {
    expect(plan.need).toEqual({ ipPool: 16, outsidePool: 0, loadBalancer: 3, total: 19 });
    expect(plan.issues).toEqual([]);
  });

  it("itemises every line as the vendor's page does", () => {
    expect(plan.breakdown.map((line) => [line.id, line.side, line.count, line.text])).toEqual([
      ["cluster-0-control-plane", "ip-pool", 3, "3 IP addresses for the control-plane node VMs of cluster cluster-a (one IP per control-plane node)"],
      ["cluster-0-node-pool-0", "ip-pool", 5, "5 IP addresses for the node VMs of node pool nodepool1 in cluster cluster-a (one IP per node)"],
      ["cluster-0-upgrade", "ip-pool", 1, "1 IP address for rolling upgrades of cluster cluster-a (one IP per cluster)"],
      ["cluster-0-control-plane-ip", "ip-pool", 1, "1 IP address for the control-plane IP of cluster cluster-a (KubeVIP), which AKS Arc picks from the IP pool"],
      ["cluster-1-control-plane", "ip-pool", 1, "1 IP address for the control-plane node VMs of cluster cluster-b (one IP per control-plane node)"],
      ["cluster-1-node-pool-0", "ip-pool", 3, "3 IP addresses for the node VMs of node pool nodepool1 in cluster cluster-b (one IP per node)"],
      ["cluster-1-upgrade", "ip-pool", 1, "1 IP address for rolling upgrades of cluster cluster-b (one IP per cluster)"],
      ["cluster-1-control-plane-ip", "ip-pool", 1, "1 IP address for the control-plane IP of cluster cluster-b (KubeVIP), which AKS Arc picks from the IP pool"],
      ["ip-pool", "summary", 16, "16 IP addresses in the logical network's IP pool (every node VM, one upgrade IP per cluster and the control-plane IPs AKS Arc picks)"],
      ["cluster-0-load-balancer", "load-balancer", 3, "3 IP addresses for the MetalLB load balancer of cluster cluster-a (one IP per instance of azure-vote-front, since they all use port 80)"],
      ["load-balancer", "summary", 3, "3 IP addresses for MetalLB load balancers, in the logical network's subnet but outside the IP pool (ARP mode)"],
      ["total", "summary", 19, "19 IP addresses in total (16 in the IP pool, 3 for load balancers): the logical network needs a /27 or larger"],
    ]);
  });

  it("has lines of each side that add up to that side's need", () => {
    const sum = (side: string) => plan.breakdown.filter((line) => line.side === side).reduce((total, line) => total + line.count, 0);
    expect([sum("ip-pool"), sum("outside-pool"), sum("load-balancer")]).toEqual([16, 0, 3]);
  });

  it("lists the vendor's pool (20 for 16) and MetalLB range, and suggests as many for the pool", () => {
    const [ipPool, lbA, lbB] = plan.pools;
    expect(ipPool).toMatchObject({ id: "ip-pool", need: 16, typedSize: 20, suggested: { size: 20 } });
    expect(lbA).toMatchObject({ id: "load-balancer-0", label: "Load balancer of cluster cluster-a", need: 3, typedSize: 3, suggested: { size: 3 } });
    expect(lbB).toMatchObject({ id: "load-balancer-1", need: 0, typed: [], suggested: null });
  });

  it("moves an entered control-plane IP out of the pool count into its own line", () => {
    const input = janeArc();
    input.clusters[1]!.controlPlaneIp = "10.220.32.60";
    const moved = createArcPlan(input);
    expect(moved.need).toEqual({ ipPool: 15, outsidePool: 1, loadBalancer: 3, total: 19 });
    expect(moved.breakdown.find((line) => line.id === "cluster-1-control-plane-ip")).toMatchObject({
      side: "outside-pool",
      count: 1,
      text: "1 IP address for the control-plane IP of cluster cluster-b (KubeVIP), 10.220.32.60 as entered, in the address prefix outside the IP pool",
    });
    expect(moved.breakdown.at(-1)?.text).toBe("19 IP addresses in total (15 in the IP pool, 1 control-plane IP outside it, 3 for load balancers): the logical network needs a /27 or larger");
  });

  it("counts a control-plane IP that does not parse in the pool, and flags it", () => {
    const input = janeArc();
    input.clusters[1]!.controlPlaneIp = "10.220.32.";
    const plan = createArcPlan(input);
    expect(plan.need).toEqual({ ipPool: 16, outsidePool: 0, loadBalancer: 3, total: 19 });
    expect(plan.breakdown.find((line) => line.id === "cluster-1-control-plane-ip")).toMatchObject({ side: "ip-pool", count: 1 });
    expect(plan.issues.map((issue) => issue.path)).toEqual(["clusters.1.controlPlaneIp"]);
  });

  it("counts one address per instance with sharing off, and shares ports with it on", () => {
    const input = janeArc();
    input.services.push({ name: "api", port: 443, instances: 2, cluster: "cluster-a" });
    expect(createArcPlan(input).need.loadBalancer).toBe(3);
    input.options.sharedAddresses = false;
    expect(createArcPlan(input).need.loadBalancer).toBe(5);
  });
});
