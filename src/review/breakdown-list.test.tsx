// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { BreakdownList } from "./breakdown-list";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

/** The list under a side's heading. */
function listUnder(heading: RegExp): HTMLElement {
  const section = screen.getByRole("heading", { name: heading }).closest("section");
  if (!section) throw new Error(`no section for ${heading}`);
  return within(section).getByRole("list");
}

describe("BreakdownList", () => {
  it("renders every line of Jane's breakdown", () => {
    const plan = createPlan(jane);
    render(<BreakdownList plan={plan} />);
    expect(plan.breakdown.length).toBeGreaterThan(10);
    for (const line of plan.breakdown) expect(screen.getByText(line.text)).toBeTruthy();
  });

  it("groups node, VIP and summary lines under their own headings", () => {
    render(<BreakdownList plan={createPlan(jane)} />);
    expect(within(listUnder(/^Kubernetes node VM pool: 27 addresses$/)).getAllByRole("listitem")).toHaveLength(7);
    expect(within(listUnder(/^Virtual IP pool: 5 addresses$/)).getAllByRole("listitem")).toHaveLength(2);
    expect(within(listUnder(/^Total and split$/)).getAllByRole("listitem")).toHaveLength(3);
  });

  it("names the rule each line applies", () => {
    render(<BreakdownList plan={createPlan(jane)} />);
    const nodeLines = within(listUnder(/^Kubernetes node VM pool/)).getAllByRole("listitem");
    expect(nodeLines[0]?.textContent).toContain("Rule applied: Minimum IP address reservation table, AKS Host row: 1 control plane + 2 update");
    expect(nodeLines[3]?.textContent).toContain("Rule applied: Minimum IP address reservation table, Workload cluster row: 5 update + 1 load balancer");
  });

  it("labels the sides for the DHCP model", () => {
    render(<BreakdownList plan={createPlan({ ...jane, model: "dhcp" })} />);
    expect(screen.getByRole("heading", { name: "DHCP leases for nodes: 27 addresses" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Virtual IP pool (excluded from scope): 5 addresses" })).toBeTruthy();
    expect(screen.getByText(/^Exclude 5 IP addresses from the DHCP scope/)).toBeTruthy();
  });

  it("shows the first 200 lines of a 100-cluster plan and the rest on request", () => {
    // 301 lines: more than the first 200, and a tenth of the DOM a 1,000-cluster plan costs happy-dom.
    const clusters = Array.from({ length: 100 }, (_, i) => ({ name: `c${i}`, controlPlaneNodes: 1, workerNodes: 1, nodePools: [] }));
    render(<BreakdownList plan={createPlan({ ...jane, clusters })} />);
    const nodeList = () => listUnder(/^Kubernetes node VM pool/);
    expect(within(nodeList()).getAllByRole("listitem")).toHaveLength(200);
    fireEvent.click(screen.getByRole("button", { name: "Show all 301 lines" }));
    // Counted by tag: role queries over hundreds of items take seconds in happy-dom.
    expect(nodeList().querySelectorAll(":scope > li")).toHaveLength(301);
    fireEvent.click(screen.getByRole("button", { name: "Show the first 200 lines" }));
    expect(within(nodeList()).getAllByRole("listitem")).toHaveLength(200);
  });
});
