import { describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import { planDifferences } from "./plan-differences";

describe("planDifferences", () => {
  it("names the model when only the model differs: the issue's two Janes looked the same", () => {
    expect(planDifferences(janeStatic(), janeDhcp())).toEqual([{ label: "Network model", current: "Static IP", incoming: "DHCP" }]);
  });

  it("names counts and the total of addresses when clusters differ", () => {
    const bigger = janeStatic();
    bigger.clusters.push({ name: "clusterc", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] });
    expect(planDifferences(janeStatic(), bigger)).toEqual([
      { label: "Workload clusters", current: "2", incoming: "3" },
      { label: "Cluster nodes", current: "12", incoming: "15" },
      { label: "IP addresses needed", current: "32", incoming: "42" },
    ]);
  });

  it("names the virtual network and prefix, blank ones as such", () => {
    const other = janeStatic();
    other.vnet.name = "";
    other.vnet.addressPrefix = "172.16.0.0/16";
    expect(planDifferences(janeStatic(), other)).toEqual([
      { label: "Virtual network", current: "janevnet", incoming: "no name yet" },
      { label: "Address prefix", current: "10.0.0.0/24", incoming: "172.16.0.0/16" },
    ]);
  });

  it("is empty when the plans differ only in fields the facts do not sum up", () => {
    const other = janeStatic();
    other.vnet.gateway = "10.0.0.2";
    expect(planDifferences(janeStatic(), other)).toEqual([]);
  });
});
