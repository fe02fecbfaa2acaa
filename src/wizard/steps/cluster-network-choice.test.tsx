// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@mui/material/styles";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { theme } from "../../app/theme";
import { janeStatic, twoNetworks } from "../../planning/fixtures/plan-inputs";
import type { PlanInput } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { ClustersStep } from "./clusters-step";
import { afterPaint } from "../test-typing";

function renderStep(input: PlanInput) {
  usePlanStore.getState().loadInput(input);
  usePlanStore.setState({ step: "clusters" });
  return render(
    <ThemeProvider theme={theme}>
      <ClustersStep />
    </ThemeProvider>,
  );
}

const cluster = (n: number) => screen.getByRole("group", { name: `Workload cluster ${n}` });
const choice = (n: number) => within(cluster(n)).getByRole("combobox", { name: "Virtual network" });
const stored = () => usePlanStore.getState().input;

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(cleanup);

describe("a cluster's virtual network", () => {
  it("starts on the AKS host's network, and an own network brings its fields in place, named after the cluster", async () => {
    renderStep(janeStatic());
    expect((choice(2) as HTMLSelectElement).value).toBe("host");
    await userEvent.selectOptions(choice(2), "Own virtual network");
    expect(stored().clusters[1]?.network).toBe("clusterbvnet");
    expect(stored().clusterNetworks).toEqual([expect.objectContaining({ name: "clusterbvnet", vswitchName: "External", addressPrefix: "" })]);
    const fields = within(cluster(2)).getByRole("group", { name: "Cluster network 1" });
    await userEvent.type(within(fields).getByRole("textbox", { name: /Network address prefix/ }), "10.0.1.0/24");
    await afterPaint();
    expect(stored().clusterNetworks?.[0]?.addressPrefix).toBe("10.0.1.0/24");
  });

  it("renames the network on every cluster that names it", async () => {
    renderStep(twoNetworks());
    const name = within(cluster(2)).getByRole("textbox", { name: /Network name/ });
    await userEvent.clear(name);
    await userEvent.type(name, "bnet");
    await afterPaint();
    expect(stored().clusterNetworks?.[0]?.name).toBe("bnet");
    expect(stored().clusters[1]?.network).toBe("bnet");
  });

  it("offers the same network to another cluster, which then points to where its fields are", async () => {
    renderStep(twoNetworks());
    await userEvent.selectOptions(choice(1), "Same as network clusterbvnet");
    expect(stored().clusters.map((each) => each.network)).toEqual(["clusterbvnet", "clusterbvnet"]);
    expect(within(cluster(2)).getByText("The fields of network clusterbvnet are on workload cluster 1.")).toBeTruthy();
    expect(within(cluster(1)).getByRole("group", { name: "Cluster network 1" })).toBeTruthy();
  });

  it("drops a network with its last cluster, so no network is created for nothing", async () => {
    renderStep(twoNetworks());
    await userEvent.selectOptions(choice(2), "The AKS host's network");
    expect(stored().clusters[1]?.network).toBe("");
    expect(stored().clusterNetworks).toBeUndefined();
  });

  it("shows the network's findings under its fields", async () => {
    const input = twoNetworks();
    input.clusterNetworks![0]!.gateway = "10.0.0.1";
    renderStep(input);
    const gateway = within(cluster(2)).getByRole("textbox", { name: /Network gateway/ });
    expect(gateway.getAttribute("aria-invalid")).toBe("true");
    expect(within(cluster(2)).getByText(/Gateway 10.0.0.1 is outside 10.0.1.0\/24/)).toBeTruthy();
  });
});
