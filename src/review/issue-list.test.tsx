// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import { listFindings } from "../planning/findings";
import type { PlanIssue } from "../planning/plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { IssueList } from "./issue-list";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

const issues: PlanIssue[] = [
  { path: "vnet.vipPoolEnd", severity: "warning", message: "The virtual IP pool holds exactly what this plan needs." },
  { path: "vnet.gateway", severity: "error", message: "Gateway 10.9.9.9 is outside 10.0.0.0/24." },
  { path: "clusters.1.controlPlaneNodes", severity: "warning", message: "Use an odd number of control plane nodes." },
  { path: "clusters.0.name", severity: "error", message: "Cluster names take lowercase letters and digits only." },
];

describe("IssueList", () => {
  it("lists errors before warnings, keeping the planner's order within each", () => {
    render(<IssueList findings={listFindings(issues)} input={jane} />);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      "Error in Virtual network › GatewayGateway 10.9.9.9 is outside 10.0.0.0/24.",
      "Error in Workload cluster 1 (clustera) › NameCluster names take lowercase letters and digits only.",
      "Warning in Virtual network › Virtual IP pool endThe virtual IP pool holds exactly what this plan needs.",
      "Warning in Workload cluster 2 (clusterb) › Control plane nodesUse an odd number of control plane nodes.",
    ]);
  });

  it.each([
    ["vnet.dnsServers.1", "DNS server 2"],
    ["cloudService.cloudServiceCidr", "MOC cloud service › Cloud service CIDR"],
    ["services.0.port", "Service 1 (frontend) › Port"],
    ["options.growthReserve.clusters", "Options › Growth reserve › Extra workload clusters"],
    ["model", "Network model"],
  ])("names the field of %s in words", (path, words) => {
    render(<IssueList findings={listFindings([{ path, severity: "error", message: "Fix it." }])} input={jane} />);
    expect(screen.getByRole("listitem").textContent).toContain(words);
  });

  it("names the fields of the planner's own findings", () => {
    const [clusterA, clusterB] = jane.clusters;
    if (!clusterA || !clusterB) throw new Error("Jane has two clusters");
    const plan = createPlan({ ...jane, vnet: { ...jane.vnet, gateway: "10.9.9.9" }, clusters: [{ ...clusterA, controlPlaneNodes: 2 }, clusterB] });
    render(<IssueList findings={listFindings(plan.issues)} input={plan.input} />);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(items[0]).toMatch(/^Error in Virtual network › Gateway/);
    expect(items.at(-1)).toMatch(/^Warning in Workload cluster 1 \(clustera\) › Control plane nodes/);
  });

  it("says so when the plan has no findings", () => {
    render(<IssueList findings={listFindings([])} input={jane} />);
    expect(screen.getByText("No errors or warnings.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("shows the first 100 findings and the rest on request", () => {
    const many: PlanIssue[] = Array.from({ length: 250 }, (_, i) => ({ path: `services.${i}.port`, severity: "warning", message: `Finding ${i}` }));
    render(<IssueList findings={listFindings(many)} input={jane} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    fireEvent.click(screen.getByRole("button", { name: "Show all 250 errors and warnings" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(250);
  });
});
