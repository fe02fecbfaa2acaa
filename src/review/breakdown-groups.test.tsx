// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import { generatePlanInput } from "../planning/generate-plan-input";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { BreakdownGroups } from "./breakdown-groups";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

const groupButton = (name: string) => screen.getByRole("button", { name: new RegExp(`^${name}: `) });

describe("BreakdownGroups", () => {
  it("shows Jane's total and split, her shared lines and her two clusters open, with their subtotals", () => {
    const plan = createPlan(jane);
    render(<BreakdownGroups plan={plan} />);
    expect(screen.getByRole("heading", { name: "Total and split" })).toBeTruthy();
    expect(screen.getByText(/^32 IP addresses in total: reserve a \/26 subnet/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "AKS host and shared: 8 addresses (3 for nodes, 5 virtual IPs)" })).toBeTruthy();
    expect(groupButton("clustera").textContent).toBe("clustera: 14 addresses");
    expect(groupButton("clusterb").getAttribute("aria-expanded")).toBe("true");
    for (const line of plan.breakdown) expect(screen.getByText(line.text)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 workload clusters");
  });

  it("closes and opens a group with its button, which names the lines it controls", () => {
    render(<BreakdownGroups plan={createPlan(jane)} />);
    const button = groupButton("clustera");
    const lines = document.getElementById(button.getAttribute("aria-controls") ?? "");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(lines?.hidden).toBe(true);
    expect(screen.queryByText(/for the worker nodes in cluster clustera/)).toBeNull();
    fireEvent.click(button);
    expect(lines?.hidden).toBe(false);
    expect(screen.getByText(/^5 IP addresses for the worker nodes in cluster clustera/)).toBeTruthy();
  });

  it("starts a 12-cluster plan closed, narrows it by cluster or service name, and opens or closes all", () => {
    const input = generatePlanInput({ clusters: 12, servicesPerCluster: 2 });
    input.services = input.services.map((service, index) => (index === 0 ? { ...service, name: "ledger" } : service));
    render(<BreakdownGroups plan={createPlan(input)} />);
    const list = () => screen.getByRole("list", { name: "Workload clusters" });
    const buttons = () => within(list()).getAllByRole("button");
    expect(buttons()).toHaveLength(12);
    expect(buttons().every((button) => button.getAttribute("aria-expanded") === "false")).toBe(true);
    const filter = screen.getByRole("textbox", { name: "Filter by cluster or service name" });
    fireEvent.change(filter, { target: { value: "cluster1" } });
    expect(buttons().map((button) => button.textContent?.split(":")[0])).toEqual(["cluster1", "cluster10", "cluster11", "cluster12"]);
    expect(screen.getByRole("status").textContent).toBe('4 of 12 workload clusters match "cluster1"');
    // A handful of matches open by themselves.
    expect(buttons().every((button) => button.getAttribute("aria-expanded") === "true")).toBe(true);
    fireEvent.change(filter, { target: { value: " Ledger" } });
    expect(buttons().map((button) => button.textContent?.split(":")[0])).toEqual(["cluster1"]);
    expect(screen.getByText(/^\d+ IP addresses? in total/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^AKS host and shared/ })).toBeNull();
    fireEvent.change(filter, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Expand all" }));
    expect(buttons().every((button) => button.getAttribute("aria-expanded") === "true")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    expect(buttons().every((button) => button.getAttribute("aria-expanded") === "false")).toBe(true);
  });
});
