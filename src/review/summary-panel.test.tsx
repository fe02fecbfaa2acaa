// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createPlan } from "../planning/create-plan";
import type { Plan } from "../planning/plan";
import { emptyPlanInput, planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { splitFindings, type Reveal } from "../wizard/issue-visibility";
import janeFile from "../../public/examples/jane.json";
import { SummaryPanel } from "./summary-panel";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

const ALL: Reveal = { revealAll: true, revealedSteps: [], touchedFields: [] };
const NOTHING: Reveal = { revealAll: false, revealedSteps: [], touchedFields: [] };

function Panel({ plan, reveal = ALL }: { plan: Plan; reveal?: Reveal }) {
  return <SummaryPanel plan={plan} findings={splitFindings(plan.issues, reveal)} />;
}

/** The figure a term of the panel's definition list reads as: "Total IP addresses: 32". */
function valueOf(term: string): string | null | undefined {
  return screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
}

describe("SummaryPanel", () => {
  it("shows Jane's static figures under a 'Plan summary' heading", () => {
    render(<Panel plan={createPlan(jane)} />);
    expect(screen.getByRole("heading", { level: 2, name: "Plan summary" })).toBeTruthy();
    expect(valueOf("Total IP addresses")).toBe("32");
    expect(valueOf("Kubernetes node VM pool")).toBe("27");
    expect(valueOf("Virtual IP pool")).toBe("5");
    expect(valueOf("Minimum subnet")).toBe("/26");
    expect(valueOf("Recommended subnet")).toBe("/24");
  });

  it("labels the sides for the DHCP model: 32 to reserve, 5 to exclude from the scope", () => {
    render(<Panel plan={createPlan({ ...jane, model: "dhcp" })} />);
    expect(valueOf("Total IP addresses")).toBe("32");
    expect(valueOf("Virtual IP pool (excluded from scope)")).toBe("5");
    expect(valueOf("DHCP leases for nodes")).toBe("27");
    expect(screen.queryByText("Kubernetes node VM pool")).toBeNull();
  });

  it("counts the findings it is handed and links each to its field", () => {
    const plan = createPlan(jane);
    const issues = [
      { path: "vnet.gateway", severity: "error" as const, message: "a" },
      { path: "clusters.0.workerNodes", severity: "error" as const, message: "b" },
      { path: "vnet.vlanId", severity: "warning" as const, message: "c" },
    ];
    render(<Panel plan={{ ...plan, issues }} />);
    expect(valueOf("Errors")).toBe("2");
    expect(valueOf("Warnings")).toBe("1");
    expect(screen.getByRole("button", { name: "Error in Virtual network › Gateway" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Warning in Virtual network › vLAN ID" })).toBeTruthy();
  });

  it("links the first five findings with a field, errors before warnings, and sends the rest to Review", () => {
    const plan = createPlan(jane);
    const warning = { path: "vnet.vlanId", severity: "warning" as const, message: "w" };
    const errors = [0, 1, 2, 3, 4, 5].map((index) => ({ path: `vnet.dnsServers.${index}`, severity: "error" as const, message: `e${index}` }));
    const severities = () => screen.getAllByRole("button", { name: /^(Error|Warning) in / }).map((link) => link.getAttribute("aria-label") ?? link.textContent);
    render(<Panel plan={{ ...plan, issues: [warning, { path: "", severity: "error", message: "no field" }, ...errors] }} />);
    expect(screen.getAllByRole("button", { name: /^Error in / })).toHaveLength(5);
    expect(screen.queryByRole("button", { name: /^Warning in / })).toBeNull();
    expect(screen.getByRole("button", { name: "3 more on Review" })).toBeTruthy();
    cleanup();
    render(<Panel plan={{ ...plan, issues: [warning, ...errors.slice(0, 2)] }} />);
    expect(severities().map((name) => name?.split(" ")[0])).toEqual(["Error", "Error", "Warning"]);
  });

  it("opens an untouched new plan on the fields still to fill, not on red errors", () => {
    const plan = createPlan(emptyPlanInput());
    render(<Panel plan={plan} reveal={NOTHING} />);
    expect(valueOf("Errors")).toBe("0");
    expect(valueOf("Still to fill")).toMatch(/^\d+ fields to go$/);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });

  it("says its figures are incomplete while a count does not read", () => {
    const emptied = { ...jane, clusters: jane.clusters.map((cluster, index) => (index === 0 ? { ...cluster, workerNodes: "" } : cluster)) };
    render(<Panel plan={createPlan(emptied)} />);
    expect(valueOf("Total IP addresses")).toMatch(/\(incomplete\)$/);
    expect(screen.getByRole("note").textContent).toContain("Worker nodes is not a number yet");
    expect(valueOf("Errors")).toBe("1");
  });

  it("makes only the total live, so screen readers are not flooded on every key", () => {
    const { container } = render(<Panel plan={createPlan(jane)} />);
    const live = container.querySelectorAll("[aria-live]");
    expect(live).toHaveLength(1);
    expect(live[0]?.getAttribute("aria-live")).toBe("polite");
    expect(within(live[0] as HTMLElement).getByText("Total IP addresses")).toBeTruthy();
    expect(live[0]?.querySelectorAll("dt")).toHaveLength(1);
  });

  it("shows the minimum without growth reserve only when a reserve is set", () => {
    const { rerender } = render(<Panel plan={createPlan(jane)} />);
    expect(screen.queryByText("Minimum without growth reserve")).toBeNull();
    const growing = { ...jane, options: { ...jane.options, growthReserve: { clusters: 2, controlPlaneNodes: 1, workerNodes: 2 } } };
    rerender(<Panel plan={createPlan(growing)} />);
    // 2 more clusters of 1 + 2 nodes, 6 update/load balancer IPs and 1 API server VIP each: 2 x 10 = 20.
    expect(valueOf("Total IP addresses")).toBe("52");
    expect(valueOf("Minimum without growth reserve")).toBe("32");
  });

  it("formats large totals with thousands separators", () => {
    const big = { ...jane, clusters: [{ name: "big", controlPlaneNodes: 3, workerNodes: 12_000, nodePools: [] }] };
    render(<Panel plan={createPlan(big)} />);
    expect(valueOf("Kubernetes node VM pool")).toBe("12,012");
  });
});
