// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import twoNetworksFile from "../../public/examples/two-networks.json";
import { createPlan } from "../planning/create-plan";
import { planInputSchema } from "../planning/plan-input-schema";
import { ReviewSummary } from "./review-summary";

const plan = createPlan(planInputSchema.parse(twoNetworksFile));

afterEach(cleanup);

const HOST = "The AKS host's network janevnet: workload cluster clustera";
const BNET = "Cluster network clusterbvnet: workload cluster clusterb";

function valueOf(scope: HTMLElement, term: string): string | null | undefined {
  return within(scope).getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
}

describe("ReviewSummary with cluster networks", () => {
  it("shows the deployment's totals, then each network under its own heading", () => {
    render(<ReviewSummary plan={plan} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Totals over 2 virtual networks",
      "Errors and warnings (0 errors, 0 warnings)",
      HOST,
      BNET,
      "Recommendations",
      "Address map",
    ]);
    expect(valueOf(screen.getByRole("region", { name: "Totals over 2 virtual networks" }), "Total IP addresses")).toBe("32");
  });

  it("gives each network its own figures, breakdown and split", () => {
    render(<ReviewSummary plan={plan} />);
    const host = screen.getByRole("region", { name: HOST });
    const bnet = screen.getByRole("region", { name: BNET });
    expect([valueOf(host, "Total IP addresses"), valueOf(host, "Minimum subnet")]).toEqual(["20", "/27"]);
    expect([valueOf(bnet, "Total IP addresses"), valueOf(bnet, "Minimum subnet"), valueOf(bnet, "Your address prefix")]).toEqual(["12", "/28", "/24: holds the total"]);
    expect(within(bnet).getByText("12 IP addresses in total: reserve a /28 subnet (the reference doc recommends at least a /24)")).toBeTruthy();
    expect(within(host).queryByText(/cluster clusterb/)).toBeNull();
  });

  it("switches the address map between the networks", async () => {
    render(<ReviewSummary plan={plan} />);
    const maps = screen.getByRole("region", { name: "Address map" });
    expect(within(maps).getByRole("table", { name: /Address map of 10\.0\.0\.0\/24/ })).toBeTruthy();
    await userEvent.selectOptions(within(maps).getByRole("combobox", { name: "Network" }), BNET);
    expect(within(maps).getByRole("table", { name: /Address map of 10\.0\.1\.0\/24/ })).toBeTruthy();
  });
});
