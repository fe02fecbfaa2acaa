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
import { ClustersStep } from "./clusters-step";
import { afterPaint } from "../test-typing";

// Pages of 5 clusters instead of 25: the same paging for a fifth of the rendering.
vi.mock("../paging", async (importOriginal) => {
  const { pagingWithPageSize } = await import("../test-paging");
  return pagingWithPageSize(await importOriginal(), 5);
});

function renderStep(input?: PlanInput) {
  if (input) usePlanStore.setState({ input });
  usePlanStore.setState({ step: "clusters" });
  return render(
    <ThemeProvider theme={theme}>
      <ClustersStep />
    </ThemeProvider>,
  );
}

const cluster = (n: number) => screen.getByRole("group", { name: `Workload cluster ${n}` });
const pages = () => screen.getByRole("navigation", { name: "Workload cluster pages" });
const range = () => screen.getByRole("status").textContent;

function clusters(count: number): PlanInput {
  return generatePlanInput({ clusters: count, servicesPerCluster: 0 });
}

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(cleanup);

describe("ClustersStep", () => {
  it("shows the AKS host as a fixed card with the planner's line", () => {
    renderStep();
    const host = screen.getByRole("region", { name: "AKS host (management cluster)" });
    expect(host.textContent).toContain("3 IP addresses for the AKS host");
  });

  it("adds a workload cluster, puts the focus in its name and stores it at once", async () => {
    renderStep();
    await userEvent.click(screen.getByRole("button", { name: "Add workload cluster" }));
    const name = within(cluster(1)).getByRole("textbox", { name: "Name" });
    expect(document.activeElement).toBe(name);
    await userEvent.type(name, "clustera");
    await afterPaint();
    expect(usePlanStore.getState().input.clusters).toEqual([{ name: "clustera", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] }]);
  });

  it("flags an emptied count at once and keeps it empty in the plan, not the last good one", async () => {
    renderStep(janeStatic());
    const workers = within(cluster(1)).getByRole("textbox", { name: "Worker nodes" });
    await userEvent.clear(workers);
    await afterPaint();
    expect(workers.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(workers.getAttribute("aria-describedby") ?? "")?.textContent).toContain("Enter the number of worker nodes");
    expect(usePlanStore.getState().input.clusters[0]?.workerNodes).toBe("");
    await userEvent.type(workers, "7");
    await afterPaint();
    expect(workers.getAttribute("aria-invalid")).toBe("false");
    expect(usePlanStore.getState().input.clusters[0]?.workerNodes).toBe(7);
  });

  it.each([
    ["2.5", "is not a whole number"],
    ["abc", "is not a whole number"],
    ["-1", "is not a whole number"],
    ["0", "Enter 1 or more"],
  ])("keeps %j as typed in the plan and flags it", async (text, words) => {
    renderStep(janeStatic());
    const controlPlane = within(cluster(2)).getByRole("textbox", { name: "Control plane nodes" });
    await userEvent.clear(controlPlane);
    await userEvent.type(controlPlane, text);
    await afterPaint();
    expect(controlPlane.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(controlPlane.getAttribute("aria-describedby") ?? "")?.textContent).toContain(words);
    expect(usePlanStore.getState().input.clusters[1]?.controlPlaneNodes).toBe(text);
  });

  it("lists the planner's lines for each cluster", () => {
    renderStep(janeStatic());
    expect(within(cluster(1)).getByRole("list", { name: "Addresses for workload cluster 1" }).textContent).toContain(
      "5 IP addresses for the worker nodes in cluster clustera",
    );
  });

  it("removes a cluster and gives the focus to the add button", async () => {
    renderStep(janeStatic());
    await userEvent.click(within(cluster(1)).getByRole("button", { name: "Remove workload cluster 1" }));
    expect(usePlanStore.getState().input.clusters.map((item) => item.name)).toEqual(["clusterb"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Add workload cluster" }));
  });

  it("adds a node pool with its OS type", async () => {
    renderStep(janeStatic());
    await userEvent.click(within(cluster(1)).getByRole("button", { name: "Add node pool" }));
    const pool = within(cluster(1)).getByRole("group", { name: "Node pool 1" });
    await userEvent.selectOptions(within(pool).getByRole("combobox", { name: "OS type" }), "windows");
    expect(usePlanStore.getState().input.clusters[0]?.nodePools).toEqual([{ name: "nodepool1", count: 1, osType: "windows" }]);
  });
});

describe("ClustersStep with more clusters than a page holds", () => {
  it("shows a page of clusters at a time and moves between pages by the navigation", async () => {
    renderStep(clusters(12));
    expect(range()).toBe("Workload clusters 1–5 of 12");
    expect(cluster(5)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Workload cluster 6" })).toBeNull();
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    expect(range()).toBe("Workload clusters 6–10 of 12");
    expect(within(cluster(6)).getByRole("textbox", { name: "Name" })).toHaveProperty("value", "cluster6");
    expect(within(cluster(6)).getByRole("list", { name: "Addresses for workload cluster 6" }).textContent).toContain("worker nodes in cluster cluster6");
    expect(screen.queryByRole("group", { name: "Workload cluster 1" })).toBeNull();
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to last page" }));
    expect(range()).toBe("Workload clusters 11–12 of 12");
  });

  it("shows no page navigation while every cluster fits on one page", () => {
    renderStep(clusters(5));
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("adds a cluster on the page it lands on and puts the focus in its name", async () => {
    renderStep(clusters(5));
    await userEvent.click(screen.getByRole("button", { name: "Add workload cluster" }));
    expect(range()).toBe("Workload clusters 6–6 of 6");
    expect(document.activeElement).toBe(within(cluster(6)).getByRole("textbox", { name: "Name" }));
    await userEvent.type(within(cluster(6)).getByRole("textbox", { name: "Name" }), "late");
    await afterPaint();
    expect(usePlanStore.getState().input.clusters[5]?.name).toBe("late");
  });

  it("hands a keystroke on a later page to the store, leaving the other clusters as they were", async () => {
    renderStep(clusters(12));
    const before = usePlanStore.getState().input.clusters;
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    await userEvent.type(within(cluster(7)).getByRole("textbox", { name: "Worker nodes" }), "1");
    await afterPaint();
    const after = usePlanStore.getState().input.clusters;
    expect(after[6]?.workerNodes).toBe(Number(`${before[6]?.workerNodes}1`));
    expect(after[0]).toBe(before[0]);
    expect(after[11]).toBe(before[11]);
  });

  it("on Next shows the page of the first cluster in error and focuses its field", async () => {
    const input = clusters(12);
    for (const index of [9, 6]) Object.assign(input.clusters[index] ?? {}, { name: "" });
    renderStep(input);
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(range()).toBe("Workload clusters 6–10 of 12");
    const name = within(cluster(7)).getByRole("textbox", { name: "Name" });
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
  });

  it("on Next goes back to the page of a count that does not parse", async () => {
    renderStep(clusters(12));
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    await userEvent.clear(within(cluster(10)).getByRole("textbox", { name: "Worker nodes" }));
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 1" }));
    await userEvent.click(screen.getByRole("button", { name: /^Next/ }));
    expect(range()).toBe("Workload clusters 6–10 of 12");
    expect(document.activeElement).toBe(within(cluster(10)).getByRole("textbox", { name: "Worker nodes" }));
    expect(usePlanStore.getState().step).toBe("clusters");
  });

  it("goes back a page when the last cluster of the last page is removed", async () => {
    renderStep(clusters(6));
    await userEvent.click(within(pages()).getByRole("button", { name: "Go to page 2" }));
    await userEvent.click(within(cluster(6)).getByRole("button", { name: "Remove workload cluster 6" }));
    expect(usePlanStore.getState().input.clusters).toHaveLength(5);
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(cluster(5)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Add workload cluster" }));
  });
});
