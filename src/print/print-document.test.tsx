// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createPlan } from "../planning/create-plan";
import { janeDhcp, janeStatic, threeNetworks } from "../planning/fixtures/plan-inputs";
import { generatePlanInput } from "../planning/generate-plan-input";
import type { PlanInput } from "../planning/plan-input-schema";
import { decodePlanLink } from "../share/share-link";
import { PrintDocument } from "./print-document";
import { PRINTED_FINDINGS_PER_SECTION } from "./print-findings";

afterEach(cleanup);

const HOSTILE = "<img src=x onerror=alert(1)>";

function figure(term: string): string | null | undefined {
  return screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
}

describe("PrintDocument with cluster networks", () => {
  it("prints each network's figures in one table, its fields, and its address plan and breakdown under its heading", () => {
    const plan = createPlan(threeNetworks());
    render(<PrintDocument plan={plan} />);
    const figures = screen.getByRole("table", { name: "Key figures per virtual network" });
    expect(within(figures).getByRole("row", { name: "clusterbvnet 12 10 2 /28 /24" })).toBeTruthy();
    expect(within(figures).getByRole("row", { name: "All networks 43 36 7" })).toBeTruthy();
    expect(within(screen.getByRole("table", { name: /Cluster networks/ })).getByRole("row", { name: /clustercvnet External, vLAN 30 10\.0\.3\.0\/24; 10\.0\.3\.1; 10\.0\.3\.10/ })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3, name: "Cluster network clustercvnet: workload cluster clusterc" })).toHaveLength(1);
    expect(screen.getByRole("row", { name: "clustercvnet Kubernetes node VM pool 10.0.3.20 10.0.3.99 80 addresses" })).toBeTruthy();
    for (const network of plan.networks) for (const line of network.breakdown.filter((each) => each.id === "total")) expect(screen.getAllByText(line.text).length).toBeGreaterThan(0);
  });
});

describe("PrintDocument", () => {
  it("titles the handover with the virtual network's name and today's date", () => {
    render(<PrintDocument plan={createPlan(janeStatic())} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Network plan for virtual network janevnet");
    const today = new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());
    expect(screen.getByText(/printed/).textContent).toContain(`Static IP network model · printed ${today}`);
  });

  it("shows Jane's key figures, inputs, address plan and breakdown", () => {
    const plan = createPlan(janeStatic());
    render(<PrintDocument plan={plan} />);
    expect(figure("Total IP addresses")).toBe("32");
    expect(figure("Minimum subnet")).toBe("/26");
    expect(figure("VIP pool")).toBe("5");
    expect(figure("Kubernetes node VM pool")).toBe("27");
    const network = screen.getByRole("table", { name: "Virtual network" });
    expect(within(network).getByRole("row", { name: "Kubernetes node VM pool 10.0.0.20 – 10.0.0.99" })).toBeTruthy();
    expect(within(network).getByRole("row", { name: "vLAN ID untagged" })).toBeTruthy();
    expect(within(screen.getByRole("table", { name: /Workload clusters/ })).getByRole("row", { name: "clustera 3 5 —" })).toBeTruthy();
    expect(screen.getByRole("row", { name: "Virtual IP pool 10.0.0.200 10.0.0.219 20 addresses" })).toBeTruthy();
    for (const line of plan.breakdown.filter((line) => line.cluster === undefined)) expect(screen.getByText(line.text)).toBeTruthy();
    // Each workload cluster is a row of its breakdown lines' counts: control plane, workers, update and load balancer, service VIPs.
    const perCluster = screen.getByRole("table", { name: /^IP addresses per workload cluster/ });
    expect(within(perCluster).getByRole("row", { name: "clustera 3 5 6 0 14" })).toBeTruthy();
    expect(within(perCluster).getByRole("row", { name: "clusterb 1 3 6 0 10" })).toBeTruthy();
  });

  it("prints a 50-cluster plan's breakdown as one row per cluster, not a sentence per line", () => {
    const plan = createPlan(generatePlanInput({ clusters: 50, servicesPerCluster: 4 }));
    render(<PrintDocument plan={plan} />);
    const perCluster = screen.getByRole("table", { name: /^IP addresses per workload cluster/ });
    expect(within(perCluster).getAllByRole("row")).toHaveLength(1 + 50);
    expect(within(perCluster).getByRole("row", { name: "cluster7 1 2 6 3 12" })).toBeTruthy();
    expect(screen.queryByText(/for the worker nodes in cluster cluster7/)).toBeNull();
  });

  it("prints the deployment commands", () => {
    const { container } = render(<PrintDocument plan={createPlan(janeStatic())} />);
    const blocks = [...container.querySelectorAll("pre.command")].map((pre) => pre.textContent ?? "");
    // One block per command, so print's break-inside: avoid keeps each whole on a page.
    expect(blocks.find((block) => block.includes("New-AksHciNetworkSetting @"))).toMatch(/^# Creates the AKS host's virtual network[^]*name {15}= 'janevnet'[^]*\$vnet = New-AksHciNetworkSetting @networkParameters$/);
    expect(blocks.filter((block) => block.includes("New-AksHciCluster @"))).toHaveLength(2);
    expect(blocks[0]).toMatch(/^# AKS on Azure Stack HCI/);
  });

  it("prints the readiness checklist", () => {
    render(<PrintDocument plan={createPlan(janeStatic())} />);
    expect(screen.getByRole("heading", { name: "Readiness checklist" })).toBeTruthy();
    expect(screen.getByText(/Initialize-AksHciNode has run on every HCI host/)).toBeTruthy();
  });

  it("says why there are no commands while the plan has errors", () => {
    const plan = createPlan({ ...janeStatic(), vnet: { ...janeStatic().vnet, gateway: "10.9.9.9" } });
    const { container } = render(<PrintDocument plan={plan} />);
    expect(container.querySelector("pre")).toBeNull();
    expect(screen.getByText(/^No commands yet\. The plan has \d+ errors?/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: /^Errors and warnings \([1-9]\d* errors?,/ })).toBeTruthy();
  });

  it("prints the first findings of each part of the plan, how many more there are, and where to see them all", () => {
    // 3 clusters of 30 pools named alike: 29 duplicate names each, 87 errors in the clusters.
    const plan = createPlan(generatePlanInput({ clusters: 3, servicesPerCluster: 0, nodePoolsPerCluster: 30, sameNodePoolNames: true }));
    const { container } = render(<PrintDocument plan={plan} />);
    expect(screen.getByRole("heading", { level: 3, name: "Clusters (87 errors, 0 warnings)" })).toBeTruthy();
    expect(container.querySelectorAll("li strong")).toHaveLength(PRINTED_FINDINGS_PER_SECTION + plan.recommendations.length);
    expect(screen.getByText("And 62 more errors in Clusters.")).toBeTruthy();
    expect(screen.getByText(/^This document lists the first 25 findings of each part of the plan\. The planner lists all 87 on its Review step/)).toBeTruthy();
  });

  it("prints every finding when they fit, without a count of more", () => {
    const plan = createPlan({ ...janeStatic(), vnet: { ...janeStatic().vnet, gateway: "10.9.9.9" } });
    render(<PrintDocument plan={plan} />);
    expect(screen.getByRole("heading", { level: 3, name: /^Virtual network \([1-9]\d* errors?,/ })).toBeTruthy();
    expect(screen.queryByText(/more errors|This document lists the first/)).toBeNull();
  });

  it("shows the DHCP split for the DHCP model", () => {
    render(<PrintDocument plan={createPlan(janeDhcp())} />);
    expect(figure("Reserve on the DHCP server")).toBe("32");
    expect(figure("Exclude from the scope (VIP pool)")).toBe("5");
    expect(screen.getByRole("row", { name: "DHCP scope 10.0.0.20 – 10.0.0.199" })).toBeTruthy();
  });

  it("prints the share link as text and as a QR code", () => {
    render(<PrintDocument plan={createPlan(janeStatic())} />);
    const link = screen.getByText(/#v1\./);
    const fragment = link.textContent?.split("#")[1] ?? "";
    expect(decodePlanLink(fragment)).toEqual({ ok: true, input: janeStatic() });
    const qr = screen.getByRole("img", { name: "QR code of the share link" });
    expect(qr.querySelectorAll("rect").length).toBeGreaterThan(100);
  });

  it("says so when the link is too long for a QR code", () => {
    const input = generatePlanInput({ clusters: 50, servicesPerCluster: 4 });
    input.services = input.services.map((service, index) => ({ ...service, name: `service${index}` }));
    render(<PrintDocument plan={createPlan(input)} />);
    expect(screen.queryByRole("img", { name: "QR code of the share link" })).toBeNull();
    const note = screen.getByText(/^The link is too long for a QR code \([\d,]+ characters\): reopen the plan from its JSON file \(Export › Download plan file\)\.$/);
    // A line of its own across the page, not squeezed into the code's place beside the link.
    expect(note.closest(".share-body")).toBeNull();
  });

  it("prints names as inert text", () => {
    const input: PlanInput = {
      ...janeStatic(),
      vnet: { ...janeStatic().vnet, name: HOSTILE, vswitchName: HOSTILE },
      clusters: [{ name: HOSTILE, controlPlaneNodes: 1, workerNodes: 1, nodePools: [{ name: HOSTILE, count: 1, osType: "linux" }] }],
      services: [{ name: HOSTILE, port: 80, instances: 1, cluster: HOSTILE }],
    };
    const { container } = render(<PrintDocument plan={createPlan(input)} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(`Network plan for virtual network ${HOSTILE}`);
    expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(3);
  });
});
