import { describe, expect, it } from "vitest";
import type { PlanIssue } from "../planning/plan";
import { fieldMessages, isPathShown, type Reveal } from "./issue-visibility";
import { STEP } from "./wizard-steps";

const gateway: PlanIssue = { path: "vnet.gateway", severity: "error", message: "Gateway 10.1.0.1 is outside 10.0.0.0/24" };
const dnsList: PlanIssue = { path: "vnet.dnsServers", severity: "warning", message: "All DNS servers are public" };
const nothing: Reveal = { revealAll: false, revealedSteps: [], touchedFields: [] };

describe("isPathShown", () => {
  it.each<[string, Reveal, PlanIssue, boolean]>([
    ["hides findings of a pristine form", nothing, gateway, false],
    ["shows a finding once its field was left", { ...nothing, touchedFields: ["vnet.gateway"] }, gateway, true],
    ["not for another field's touch", { ...nothing, touchedFields: ["vnet.gatewayx", "vnet.name"] }, gateway, false],
    ["shows a group finding once a field inside was left", { ...nothing, touchedFields: ["vnet.dnsServers.1"] }, dnsList, true],
    ["shows every finding of a step after Next", { ...nothing, revealedSteps: [STEP.virtualNetwork] }, gateway, true],
    ["not of another step", { ...nothing, revealedSteps: [STEP.clusters] }, gateway, false],
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
