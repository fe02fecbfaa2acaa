// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import type { BreakdownLine } from "../planning/plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { BreakdownLines } from "./breakdown-list";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

describe("BreakdownLines", () => {
  it("renders every line it is given, each naming the rule it applies", () => {
    const plan = createPlan(jane);
    render(<BreakdownLines lines={plan.breakdown} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(plan.breakdown.length);
    for (const line of plan.breakdown) expect(screen.getByText(line.text)).toBeTruthy();
    expect(items[0]?.textContent).toContain("Rule applied: Minimum IP address reservation table, AKS Host row: 1 control plane + 2 update");
    expect(items[3]?.textContent).toContain("Rule applied: Minimum IP address reservation table, Workload cluster row: 5 update + 1 load balancer");
  });

  it("renders nothing for no lines", () => {
    const { container } = render(<BreakdownLines lines={[]} />);
    expect(container.childElementCount).toBe(0);
  });

  it("shows the first 200 of 301 lines and the rest on request", () => {
    const lines: BreakdownLine[] = Array.from({ length: 301 }, (_, i) => ({ id: `line-${i}`, side: "node", count: 1, text: `line ${i}`, rule: "worker-nodes" }));
    render(<BreakdownLines lines={lines} />);
    const list = () => screen.getByRole("list");
    // Counted by tag: role queries over hundreds of items take seconds in happy-dom.
    expect(list().querySelectorAll(":scope > li")).toHaveLength(200);
    fireEvent.click(screen.getByRole("button", { name: "Show all 301 lines" }));
    expect(list().querySelectorAll(":scope > li")).toHaveLength(301);
    fireEvent.click(screen.getByRole("button", { name: "Show the first 200 lines" }));
    expect(within(list()).getAllByRole("listitem")).toHaveLength(200);
  });
});
