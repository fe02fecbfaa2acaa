// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@mui/material/styles";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { theme } from "../app/theme";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { VirtualNetworkStep } from "./steps/virtual-network-step";

function renderStep(input: PlanInput) {
  usePlanStore.setState({ input });
  return render(
    <ThemeProvider theme={theme}>
      <VirtualNetworkStep />
    </ThemeProvider>,
  );
}

const withoutVipPool = (input: PlanInput): PlanInput => ({ ...input, vnet: { ...input.vnet, vipPoolStart: "", vipPoolEnd: "" } });
const blocks = () => within(screen.getByRole("list", { name: "Free blocks of 10.0.0.0/24" }));
const field = (name: string) => screen.getByRole("textbox", { name });

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(cleanup);

describe("PlaceOnMapPanel", () => {
  it("places the virtual IP pool in a picked free block at its planned size, and the fields and store follow", async () => {
    renderStep(withoutVipPool(janeStatic()));
    const block = blocks().getByRole("button", { name: "10.0.0.100 – 10.0.0.254 (155 addresses)" });
    expect(block.getAttribute("aria-expanded")).toBe("false");
    await userEvent.click(block);
    expect(block.getAttribute("aria-expanded")).toBe("true");
    const menu = screen.getByRole("menu", { name: "Place here: 10.0.0.100 – 10.0.0.254" });
    const items = within(menu).getAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Kubernetes node VM pool10.0.0.100 – 10.0.0.132, 33 addresses",
      "Virtual IP pool10.0.0.100 – 10.0.0.106, 7 addresses",
    ]);
    await userEvent.click(within(menu).getByRole("menuitem", { name: /^Virtual IP pool/ }));
    expect(field("Virtual IP pool start")).toHaveProperty("value", "10.0.0.100");
    expect(field("Virtual IP pool end")).toHaveProperty("value", "10.0.0.106");
    expect(usePlanStore.getState().input.vnet).toMatchObject({ vipPoolStart: "10.0.0.100", vipPoolEnd: "10.0.0.106" });
    expect(usePlanStore.getState().touchedFields).toEqual(expect.arrayContaining(["vnet.vipPoolStart", "vnet.vipPoolEnd"]));
    expect(screen.getByText(/^Placed the virtual IP pool at 10.0.0.100 – 10.0.0.106\. 7 addresses: 5 needed/)).toBeTruthy();
  });

  it("offers the DHCP model's scope and VIP pool, and says why a pool does not fit a small block", async () => {
    renderStep(withoutVipPool(janeDhcp()));
    await userEvent.click(blocks().getByRole("button", { name: /^10\.0\.0\.2 – 10\.0\.0\.9 / }));
    const menu = screen.getByRole("menu", { name: "Place here: 10.0.0.2 – 10.0.0.9" });
    const scope = within(menu).getByRole("menuitem", { name: /^DHCP scope/ });
    expect(scope.getAttribute("aria-disabled")).toBe("true");
    expect(scope.textContent).toContain("This block holds 8 addresses, the DHCP scope needs 27");
    expect(within(menu).getByRole("menuitem", { name: /^Virtual IP pool/ }).getAttribute("aria-disabled")).toBeNull();
  });
});
