import { describe, expect, it } from "vitest";
import { groupFindings } from "../planning/findings";
import type { PlanIssue } from "../planning/plan";
import { fieldMessages, isPathShown, shownCountsByStep, splitFindings, type Reveal } from "./issue-visibility";
import { stepOfPath, WIZARD_STEPS } from "./wizard-steps";

const gateway: PlanIssue = { path: "vnet.gateway", severity: "error", message: "Gateway 10.1.0.1 is outside 10.0.0.0/24" };
const dnsList: PlanIssue = { path: "vnet.dnsServers", severity: "warning", message: "All DNS servers are public" };
const nothing: Reveal = { revealAll: false, revealedSteps: [], touchedFields: [] };

describe("isPathShown", () => {
  it.each<[string, Reveal, PlanIssue, boolean]>([
    ["hides findings of a pristine form", nothing, gateway, false],
    ["shows a finding once its field was left", { ...nothing, touchedFields: ["vnet.gateway"] }, gateway, true],
    ["not for another field's touch", { ...nothing, touchedFields: ["vnet.gatewayx", "vnet.name"] }, gateway, false],
    ["shows a group finding once a field inside was left", { ...nothing, touchedFields: ["vnet.dnsServers.1"] }, dnsList, true],
    ["shows every finding of a step after Next", { ...nothing, revealedSteps: ["virtual-network"] }, gateway, true],
    ["not of another step", { ...nothing, revealedSteps: ["clusters"] }, gateway, false],
    ["shows everything once revealed whole", { ...nothing, revealAll: true }, gateway, true],
  ])("%s", (_, reveal, issue, expected) => {
    expect(isPathShown(issue.path, reveal)).toBe(expected);
  });
});

describe("fieldMessages", () => {
  const issues: PlanIssue[] = [
    { path: "vnet.vipPoolEnd", severity: "warning", message: "Pool exactly at need" },
    { path: "vnet.vipPoolEnd", severity: "error", message: "Pool overlaps the node VM pool" },
    { path: "vnet.vipPoolStart", severity: "error", message: "Other field" },
  ];

  it("puts the field's own form error first and alone", () => {
    expect(fieldMessages("vnet.vipPoolEnd", "Enter a whole number", issues, true)).toEqual([{ severity: "error", text: "Enter a whole number" }]);
  });

  it("lists the planner's findings for the field, errors before warnings", () => {
    expect(fieldMessages("vnet.vipPoolEnd", undefined, issues, true).map((m) => m.text)).toEqual([
      "Pool overlaps the node VM pool",
      "Pool exactly at need",
    ]);
  });

  it("says nothing of findings not yet shown", () => {
    expect(fieldMessages("vnet.vipPoolEnd", undefined, issues, false)).toEqual([]);
  });
});

describe("shownCountsByStep", () => {
  const issues: PlanIssue[] = [
    gateway,
    dnsList,
    { path: "vnet.dnsServers.1", severity: "error", message: "Not an address" },
    { path: "vnet", severity: "warning", message: "About the whole network" },
    { path: "clusters.0.nodePools.1.name", severity: "error", message: "Duplicate" },
    { path: "clusters.0.nodePools", severity: "error", message: "Counts do not add up" },
    { path: "clusters.10.name", severity: "error", message: "Blank" },
    { path: "", severity: "warning", message: "The whole plan" },
  ];
  const findings = groupFindings(issues);

  // The counts read from the grouping must be the ones isPathShown gives finding by finding.
  it.each<[string, Reveal]>([
    ["a pristine form", nothing],
    ["fields left", { ...nothing, touchedFields: ["vnet.dnsServers.1", "clusters.0.nodePools.1.name", "clusters.1.name"] }],
    ["a field left twice and a group", { ...nothing, touchedFields: ["vnet.gateway", "vnet.gateway", "clusters.0.nodePools"] }],
    ["a step after Next, and a field of it", { ...nothing, revealedSteps: ["virtual-network"], touchedFields: ["vnet.gateway"] }],
    ["an odd path", { ...nothing, touchedFields: [".x", "", "vnet..gateway"] }],
    ["everything", { ...nothing, revealAll: true }],
  ])("counts what isPathShown shows: %s", (_, reveal) => {
    const expected = WIZARD_STEPS.map(({ id }) => {
      const shown = issues.filter((issue) => stepOfPath(issue.path) === id && isPathShown(issue.path, reveal));
      return { errors: shown.filter((issue) => issue.severity === "error").length, warnings: shown.filter((issue) => issue.severity === "warning").length };
    });
    expect(shownCountsByStep(findings, reveal)).toEqual(expected);
  });
});

describe("splitFindings", () => {
  const issues: PlanIssue[] = [
    { path: "vnet.name", severity: "error", message: "a" },
    { path: "vnet.gateway", severity: "error", message: "b" },
    { path: "vnet.gateway", severity: "warning", message: "c" },
    { path: "clusters.0.workerNodes", severity: "error", message: "d" },
  ];

  it("counts errors not shown yet as fields to go, once per field", () => {
    const { shown, tally } = splitFindings(issues, { revealAll: false, revealedSteps: [], touchedFields: [] });
    expect(shown).toEqual([]);
    expect(tally).toEqual({ errors: 0, warnings: 0, fieldsToGo: 3 });
  });

  it("counts what the admin is shown, the rest still to go", () => {
    const { shown, tally } = splitFindings(issues, { revealAll: false, revealedSteps: [], touchedFields: ["vnet.gateway"] });
    expect(shown.map((issue) => issue.message)).toEqual(["b", "c"]);
    expect(tally).toEqual({ errors: 1, warnings: 1, fieldsToGo: 2 });
  });

  it("shows everything once the plan is shown whole", () => {
    expect(splitFindings(issues, { revealAll: true, revealedSteps: [], touchedFields: [] }).tally).toEqual({ errors: 3, warnings: 1, fieldsToGo: 0 });
  });
});
