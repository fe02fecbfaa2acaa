// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@mui/material/styles";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { theme } from "../../app/theme";
import { createPlan } from "../../planning/create-plan";
import { janeDhcp, janeStatic } from "../../planning/fixtures/plan-inputs";
import { formatIpv4 } from "../../planning/ipv4-format";
import type { PlanInput } from "../../planning/plan-input-schema";
import { suggestRanges } from "../../planning/suggest-ranges";
import { usePlanStore } from "../../state/plan-store";
import { VirtualNetworkStep } from "./virtual-network-step";
import { afterPaint } from "../test-typing";

function renderStep(input?: PlanInput) {
  if (input) usePlanStore.setState({ input });
  usePlanStore.setState({ step: "virtual-network" });
  return render(
    <ThemeProvider theme={theme}>
      <VirtualNetworkStep />
    </ThemeProvider>,
  );
}

const field = (name: string) => screen.getByRole("textbox", { name });

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(cleanup);

describe("VirtualNetworkStep", () => {
  it("hands every keystroke to the store, before any Next", async () => {
    renderStep();
    await userEvent.type(field("Address prefix"), "10.0.0.0/24");
    await afterPaint();
    expect(usePlanStore.getState().input.vnet.addressPrefix).toBe("10.0.0.0/24");
  });

  it("shows a planner error once the field is left, not while the form is pristine", async () => {
    renderStep();
    await userEvent.type(field("Address prefix"), "10.0.0.0/24");
    await userEvent.type(field("Gateway"), "10.1.0.1");
    expect(field("Gateway").getAttribute("aria-invalid")).toBe("false");
    expect(field("Name").getAttribute("aria-invalid")).toBe("false");
    await userEvent.tab();
    expect(field("Gateway").getAttribute("aria-invalid")).toBe("true");
    const message = createPlan(usePlanStore.getState().input).issues.find((issue) => issue.path === "vnet.gateway")?.message ?? "";
    expect(message).not.toBe("");
    const describedBy = field("Gateway").getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toContain(message);
  });

  it("on Next with errors stays on the step, flags every field in error and focuses the first", async () => {
    renderStep();
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(usePlanStore.getState().step).toBe("virtual-network");
    expect(field("Name").getAttribute("aria-invalid")).toBe("true");
    expect(field("Address prefix").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field("Name"));
    expect(screen.getByRole("button", { name: "Continue anyway" })).toBeTruthy();
  });

  it("on Next without errors goes to the next step", async () => {
    renderStep(janeStatic());
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(usePlanStore.getState().step).toBe("cloud-service");
  });

  it("shows the DHCP scope instead of the Kubernetes node VM pool in the DHCP model", () => {
    renderStep(janeDhcp());
    expect(screen.getByRole("group", { name: "DHCP scope" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Kubernetes node VM pool" })).toBeNull();
  });

  it("adds and removes DNS servers, one to three", async () => {
    renderStep();
    const dns = screen.getByRole("group", { name: "DNS servers" });
    await userEvent.click(within(dns).getByRole("button", { name: "Add DNS server" }));
    await userEvent.click(within(dns).getByRole("button", { name: "Add DNS server" }));
    expect(within(dns).queryByRole("button", { name: "Add DNS server" })).toBeNull();
    expect(document.activeElement).toBe(within(dns).getByRole("textbox", { name: "DNS server 3" }));
    await userEvent.type(within(dns).getByRole("textbox", { name: "DNS server 3" }), "10.0.0.12");
    await userEvent.click(within(dns).getByRole("button", { name: "Remove DNS server 2" }));
    expect(usePlanStore.getState().input.vnet.dnsServers).toEqual(["", "10.0.0.12"]);
    expect(within(dns).getByRole("textbox", { name: "DNS server 2" })).toHaveProperty("value", "10.0.0.12");
  });
});

describe("Suggest ranges", () => {
  function withPrefixOnly(): PlanInput {
    const input = janeStatic();
    input.vnet = { ...input.vnet, k8sNodeIpPoolStart: "", k8sNodeIpPoolEnd: "", vipPoolStart: "", vipPoolEnd: "" };
    return input;
  }

  it("fills empty pools with the planner's suggestion", async () => {
    const input = withPrefixOnly();
    const { nodePool, vipPool } = createPlan(input).suggestions;
    if (!nodePool || !vipPool) throw new Error("the planner suggests both pools for Jane");
    renderStep(input);
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    expect(field("Kubernetes node VM pool start")).toHaveProperty("value", formatIpv4(nodePool.start));
    expect(field("Kubernetes node VM pool end")).toHaveProperty("value", formatIpv4(nodePool.end));
    expect(field("Virtual IP pool start")).toHaveProperty("value", formatIpv4(vipPool.start));
    expect(usePlanStore.getState().input.vnet.vipPoolEnd).toBe(formatIpv4(vipPool.end));
  });

  it("sizes the pools with the room the admin types, and shows where each address goes", async () => {
    const input = withPrefixOnly();
    const plan = createPlan(input);
    const wider = suggestRanges(input, plan.reading, plan.need, plan.subnet.minimumPrefix, 50);
    renderStep(input);
    expect(screen.getByText(plan.suggestions.roomText ?? "no room text")).toBeTruthy();
    await userEvent.clear(field("Room to grow (%)"));
    await userEvent.type(field("Room to grow (%)"), "50");
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    expect(wider.nodePool?.size).toBe(plan.need.node + Math.ceil(plan.need.node / 2));
    expect(field("Kubernetes node VM pool end")).toHaveProperty("value", formatIpv4(wider.nodePool?.end ?? 0));
    expect(createPlan(usePlanStore.getState().input).issues).toEqual([]);
  });

  it("refuses a room that is not a whole percent, and says so", async () => {
    renderStep(withPrefixOnly());
    await userEvent.clear(field("Room to grow (%)"));
    await userEvent.type(field("Room to grow (%)"), "lots");
    expect(field("Room to grow (%)").getAttribute("aria-invalid")).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    expect(screen.getByRole("status").textContent).toMatch(/^Enter a whole percent from 0 to 1,000/);
    expect(usePlanStore.getState().input.vnet.k8sNodeIpPoolStart).toBe("");
  });

  it("asks before replacing typed pools, and Cancel keeps them", async () => {
    renderStep(janeStatic());
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    const dialog = screen.getByRole("dialog", { name: "Replace the ranges you typed?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(field("Kubernetes node VM pool start")).toHaveProperty("value", "10.0.0.20");
    expect(usePlanStore.getState().input.vnet.vipPoolStart).toBe("10.0.0.200");
  });

  it("replaces typed pools only once the admin confirms", async () => {
    const input = janeStatic();
    const { vipPool } = createPlan(input).suggestions;
    renderStep(input);
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Replace" }));
    expect(usePlanStore.getState().input.vnet.vipPoolStart).toBe(vipPool ? formatIpv4(vipPool.start) : "");
  });

  it("says why nothing can be suggested yet", async () => {
    renderStep();
    await userEvent.click(screen.getByRole("button", { name: "Suggest ranges" }));
    const reason = createPlan(usePlanStore.getState().input).suggestions.reason ?? "";
    expect(reason).not.toBe("");
    expect(screen.getByRole("status").textContent).toBe(reason);
  });
});
