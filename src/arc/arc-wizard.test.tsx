// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@mui/material/styles";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { theme } from "../app/theme";
import { PlatformPicker } from "../app/platform-picker";
import { createArcPlan } from "../planning/aks-arc/create-arc-plan";
import { janeArc } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { usePlanStore } from "../state/plan-store";
import { arcActions } from "./arc-actions";
import { ArcWizard } from "./arc-wizard";

function renderWizard() {
  return render(
    <ThemeProvider theme={theme}>
      <PlatformPicker />
      <ArcWizard />
    </ThemeProvider>,
  );
}

beforeEach(() => {
  window.localStorage.clear();
  arcActions.reset();
  usePlanStore.getState().setPlatform("aks-hci");
});
afterEach(cleanup);

describe("the AKS Arc wizard", () => {
  it("shows the example's review: 16 in the IP pool, 3 for load balancers, 19 in all, and every breakdown line", () => {
    arcActions.loadInput(janeArc());
    renderWizard();
    const review = screen.getByRole("region", { name: "Review" });
    expect(within(review).getAllByRole("definition").map((figure) => figure.textContent)).toEqual(["16", "3", "19"]);
    const lines = within(screen.getByRole("list", { name: "IP addresses to reserve" })).getAllByRole("listitem");
    expect(lines.map((line) => line.textContent)).toEqual(createArcPlan(janeArc()).breakdown.map((line) => line.text));
    expect(lines.at(-1)?.textContent).toMatch(/^19 IP addresses in total/);
  });

  it("shows a finding at its field, with its fix, once the field is left", async () => {
    const user = userEvent.setup();
    renderWizard();
    const prefix = screen.getByRole("textbox", { name: /^Address prefix/ });
    await user.type(prefix, "10.220.32.0/33");
    expect(prefix.getAttribute("aria-invalid")).toBe("false");
    await user.tab();
    expect(prefix.getAttribute("aria-invalid")).toBe("true");
    expect(prefix.getAttribute("aria-describedby")).not.toBeNull();
    expect(screen.getAllByText(/^Address prefix: /).length).toBeGreaterThan(0);
  });

  it("refuses a count that is not a whole number at the field, in the schema's words, and keeps the stored one", async () => {
    const user = userEvent.setup();
    arcActions.addCluster();
    arcActions.setStep(1);
    renderWizard();
    const count = within(screen.getByRole("group", { name: "Node pool 1" })).getByRole("textbox", { name: /^Node count/ });
    await user.clear(count);
    await user.type(count, "4x");
    expect(screen.getByText("Enter a whole number")).toBeTruthy();
    expect(count.getAttribute("aria-invalid")).toBe("true");
    expect(usePlanStore.getState().arc.input.clusters[0]?.nodePools[0]?.count).toBe(4);
  });

  it("the platform question switches wizards and keeps both plans", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole("radio", { name: "AKS Arc on Azure Local" }));
    expect(usePlanStore.getState().platform).toBe("aks-arc");
    await user.click(screen.getByRole("radio", { name: "AKS on Azure Stack HCI and Windows Server" }));
    expect(usePlanStore.getState().platform).toBe("aks-hci");
  });
});
