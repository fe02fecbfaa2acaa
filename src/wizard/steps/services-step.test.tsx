// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@mui/material/styles";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { theme } from "../../app/theme";
import { janeStatic } from "../../planning/fixtures/plan-inputs";
import { generatePlanInput } from "../../planning/generate-plan-input";
import type { PlanInput } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { ServicesStep } from "./services-step";
import { afterPaint } from "../test-typing";

// Pages of 5 services instead of 25: the same paging for a fifth of the rendering.
vi.mock("../paging", async (importOriginal) => {
  const { pagingWithPageSize } = await import("../test-paging");
  return pagingWithPageSize(await importOriginal(), 5);
});

function renderStep(input?: PlanInput) {
  if (input) usePlanStore.setState({ input });
  usePlanStore.setState({ step: "services" });
  return render(
    <ThemeProvider theme={theme}>
      <ServicesStep />
    </ThemeProvider>,
  );
}

const service = (n: number) => screen.getByRole("group", { name: `Service ${n}` });
const pages = () => screen.getByRole("navigation", { name: "Service pages" });
const range = () => screen.getByRole("status").textContent;
const clusterOf = (n: number) => within(service(n)).getByRole("combobox", { name: "Cluster" });

/** 6 clusters with 2 services each: 12 services, three pages of 5. */
function twelveServices(): PlanInput {
  return generatePlanInput({ clusters: 6, servicesPerCluster: 2 });
}

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(cleanup);

describe("ServicesStep", () => {
  it("adds a service, puts the focus in its name and stores it at once", async () => {
    renderStep();
    await userEvent.click(screen.getByRole("button", { name: "Add service" }));
    const name = within(service(1)).getByRole("textbox", { name: "Name" });
    expect(document.activeElement).toBe(name);
    await userEvent.type(name, "web");
    await afterPaint();
    expect(usePlanStore.getState().input.services).toEqual([{ name: "web", port: 443, instances: 1, cluster: "" }]);
  });

  it("chooses a service's cluster from the combobox, narrowed by typing", async () => {
    renderStep(janeStatic());
    expect(clusterOf(1)).toHaveProperty("value", "Not tied to a cluster");
    await userEvent.click(clusterOf(1));
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["Not tied to a cluster", "clustera", "clusterb"]);
    await userEvent.clear(clusterOf(1));
    await userEvent.type(clusterOf(1), "b");
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["clusterb"]);
    await userEvent.click(screen.getByRole("option", { name: "clusterb" }));
    expect(usePlanStore.getState().input.services[0]?.cluster).toBe("clusterb");
    expect(clusterOf(1)).toHaveProperty("value", "clusterb");
  });

  it("keeps showing a cluster the plan no longer has, marked as not in the list", () => {
    const input = janeStatic();
    Object.assign(input.services[1] ?? {}, { cluster: "gone" });
    renderStep(input);
    expect(clusterOf(2)).toHaveProperty("value", "gone (not in the list)");
    expect(usePlanStore.getState().input.services[1]?.cluster).toBe("gone");
  });

  it("flags an emptied port at once and keeps it empty in the plan", async () => {
    renderStep(janeStatic());
    const port = within(service(2)).getByRole("textbox", { name: "Port" });
    await userEvent.clear(port);
    await afterPaint();
    expect(port.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(port.getAttribute("aria-describedby") ?? "")?.textContent).toContain("Enter a port");
    expect(usePlanStore.getState().input.services[1]?.port).toBe("");
    await userEvent.type(port, "8080");
    await afterPaint();
    expect(port.getAttribute("aria-invalid")).toBe("false");
    expect(usePlanStore.getState().input.services[1]?.port).toBe(8080);
  });
});

describe("ServicesStep with more services than a page holds", () => {
  it("shows a page of services at a time and moves between pages by the navigation", async () => {
    renderStep(twelveServices());
    expect(range()).toBe("Services 1–5 of 12");
    expect(screen.queryByRole("group", { name: "Service 6" })).toBeNull();
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to next page" }));
    expect(range()).toBe("Services 6–10 of 12");
    expect(clusterOf(6)).toHaveProperty("value", "cluster3");
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 3" }));
    expect(range()).toBe("Services 11–12 of 12");
    expect(screen.getAllByRole("group", { name: /^Service \d+$/ })).toHaveLength(2);
  });

  it("hands a keystroke to the store without touching the other services", async () => {
    renderStep(twelveServices());
    const before = usePlanStore.getState().input.services;
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    await userEvent.type(within(service(8)).getByRole("textbox", { name: "Name" }), "x");
    await afterPaint();
    const after = usePlanStore.getState().input;
    expect(after.services[7]?.name).toBe(`${before[7]?.name}x`);
    expect(after.services.filter((item, index) => item !== before[index])).toHaveLength(1);
  });

  it("adds a service on the last page and puts the focus in its name", async () => {
    renderStep(twelveServices());
    await userEvent.click(screen.getByRole("button", { name: "Add service" }));
    expect(range()).toBe("Services 11–13 of 13");
    expect(document.activeElement).toBe(within(service(13)).getByRole("textbox", { name: "Name" }));
  });

  it("on Next shows the page of the first service in error and focuses its field", async () => {
    const input = twelveServices();
    for (const index of [10, 7]) Object.assign(input.services[index] ?? {}, { name: "" });
    renderStep(input);
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(range()).toBe("Services 6–10 of 12");
    const name = within(service(8)).getByRole("textbox", { name: "Name" });
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
  });

  it("on Next stays on the page when the error is outside the list", async () => {
    renderStep(twelveServices());
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    const reserve = screen.getByRole("textbox", { name: "Extra workload clusters" });
    await userEvent.clear(reserve);
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(range()).toBe("Services 6–10 of 12");
    expect(document.activeElement).toBe(reserve);
  });
});
