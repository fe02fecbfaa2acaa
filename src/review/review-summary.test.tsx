// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { ReviewSummary } from "./review-summary";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

function section(name: RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

describe("ReviewSummary", () => {
  it("always shows that network settings cannot change after deployment", () => {
    render(<ReviewSummary plan={createPlan(jane)} />);
    expect(screen.getByRole("note").textContent).toContain(
      "Network settings cannot be changed after the AKS host or a workload cluster is deployed; changing them means removing the clusters and uninstalling AKS on Azure Stack HCI and Windows Server.",
    );
  });

  it("orders its sections under h2 headings", () => {
    render(<ReviewSummary plan={createPlan(jane)} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Split for the static IP model",
      "Errors and warnings (0 errors, 0 warnings)",
      "Itemised breakdown",
      "Recommendations",
      "Suggested ranges",
      "Address map",
    ]);
  });

  it("leaves the totals to the plan summary beside it, and says whether Jane's prefix holds them", () => {
    render(<ReviewSummary plan={createPlan(jane)} />);
    expect(screen.queryByText("Total IP addresses", { selector: "dt" })).toBeNull();
    expect(section(/^Split for the static IP model$/).textContent).toContain("Your address prefix: /24: holds the total.");
  });

  it.each([
    ["10.0.0.0/27", "/27: too small, use a /26 or larger"],
    ["10.0.0.0/26", "/26: holds the total, smaller than the recommended /24"],
    ["", "not entered yet"],
  ])("judges the address prefix %j", (addressPrefix, verdict) => {
    render(<ReviewSummary plan={createPlan({ ...jane, vnet: { ...jane.vnet, addressPrefix } })} />);
    expect(section(/^Split for the static IP model$/).textContent).toContain(`Your address prefix: ${verdict}.`);
  });

  it("splits Jane's static plan into a VIP pool of 5 and a node VM pool of 27, beside her typed ranges", () => {
    render(<ReviewSummary plan={createPlan(jane)} />);
    const split = section(/^Split for the static IP model$/);
    expect(split.textContent).toContain("5 addresses for the Kubernetes cluster API servers and services.");
    expect(split.textContent).toContain("Your range 10.0.0.200 – 10.0.0.219: 20 addresses");
    expect(split.textContent).toContain("27 addresses for the Kubernetes nodes, the load balancer VMs and update operations.");
    expect(split.textContent).toContain("Your range 10.0.0.20 – 10.0.0.99: 80 addresses");
  });

  it("splits Jane's DHCP plan: reserve 32 (a /26), exclude 5, keep 27 leases free", () => {
    render(<ReviewSummary plan={createPlan({ ...jane, model: "dhcp" })} />);
    const split = section(/^Split for the DHCP model$/);
    expect(split.textContent).toContain("Reserve 32 addresses (a /26) on the DHCP server.");
    expect(split.textContent).toContain("Exclude 5 addresses from the DHCP scope for the virtual IP pool.");
    expect(split.textContent).toContain("The scope must keep at least 27 free leases");
    expect(split.textContent).toContain("No range entered yet.");
  });

  it("shows the recommendations apart from the minimum, each with its reason", () => {
    const plan = createPlan(jane);
    render(<ReviewSummary plan={plan} />);
    const recommendations = section(/^Recommendations$/);
    const items = within(recommendations).getAllByRole("listitem");
    expect(items).toHaveLength(plan.recommendations.length);
    plan.recommendations.forEach((recommendation, index) => {
      expect(items[index]?.textContent).toBe(`${recommendation.text}Why: ${recommendation.reason}`);
    });
  });

  it("shows the suggested ranges, or why there are none", () => {
    const { rerender } = render(<ReviewSummary plan={createPlan(jane)} />);
    expect(within(section(/^Suggested ranges$/)).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Kubernetes node VM pool: 10\.0\.0\.\d+ – 10\.0\.0\.\d+$/),
      expect.stringMatching(/^Virtual IP pool: 10\.0\.0\.\d+ – 10\.0\.0\.\d+$/),
    ]);
    expect(within(section(/^Suggested ranges$/)).getByText(/^Kubernetes node VM pool: 27 needed \+ 6 to grow \(20%\)\./)).toBeTruthy();
    const noPrefix = createPlan({ ...jane, vnet: { ...jane.vnet, addressPrefix: "" } });
    rerender(<ReviewSummary plan={noPrefix} />);
    expect(within(section(/^Suggested ranges$/)).getByText(noPrefix.suggestions.reason ?? "")).toBeTruthy();
  });

  it("renders a 1,000-cluster plan without rendering thousands of breakdown lines", () => {
    const clusters = Array.from({ length: 1000 }, (_, i) => ({ name: `c${i}`, controlPlaneNodes: 3, workerNodes: 5, nodePools: [] }));
    const { container } = render(<ReviewSummary plan={createPlan({ ...jane, clusters })} />);
    expect(container.querySelectorAll("li").length).toBeLessThan(400);
    expect(within(section(/^Itemised breakdown$/)).getByRole("button", { name: "Show all 1,000 workload clusters" })).toBeTruthy();
  });
});
