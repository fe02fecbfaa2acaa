import { describe, expect, it } from "vitest";
import type { ArcPlanInput } from "./arc-input-schema";
import { createArcPlan } from "./create-arc-plan";
import { ARC_CHECK_FIXTURES, type ArcCheckCase, type ArcCheckFixture } from "./fixtures/arc-check-fixtures";
import { janeArc } from "./fixtures/arc-plan-inputs";
import { emptyArcCluster, emptyArcPlanInput } from "./arc-input-schema";

const issuesOf = (input: ArcPlanInput) => createArcPlan(input).issues;
const invalidCases = ARC_CHECK_FIXTURES.flatMap((fixture) => fixture.invalid.map((sample) => [fixture.check, sample.name, fixture, sample] as const));
const validCases = ARC_CHECK_FIXTURES.flatMap((fixture) => fixture.valid.map((sample) => [fixture.check, sample.name, fixture, sample] as const));

describe("the Arc checks on the vendor's example", () => {
  it("find nothing", () => {
    expect(issuesOf(janeArc())).toEqual([]);
  });
});

describe("every Arc check has a valid and an invalid case", () => {
  it.each(ARC_CHECK_FIXTURES.map((fixture) => [fixture.check, fixture] as const))("%s", (_check, fixture) => {
    expect(fixture.invalid.length).toBeGreaterThan(0);
    expect(fixture.valid.length).toBeGreaterThan(0);
  });
});

describe("the Arc checks flag", () => {
  it.each(invalidCases)("%s: %s", (_check, _name, fixture: ArcCheckFixture, sample: ArcCheckCase) => {
    const issues = issuesOf(sample.input());
    const words = sample.words ?? [];
    const match = issues.find((issue) => issue.path === fixture.path && issue.severity === fixture.severity && words.every((word) => issue.message.includes(word)));
    expect(match, `no ${fixture.severity} at ${fixture.path} saying ${JSON.stringify(words)} among ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  });
});

describe("the Arc checks leave alone", () => {
  it.each(validCases)("%s: %s", (_check, _name, fixture: ArcCheckFixture, sample: ArcCheckCase) => {
    const atPath = issuesOf(sample.input()).filter((issue) => issue.path === fixture.path && issue.severity === fixture.severity);
    expect(atPath).toEqual([]);
  });
});

describe("the Arc checks' messages", () => {
  it("are sentences that say the fix", () => {
    for (const [, , , sample] of invalidCases) {
      for (const { message } of issuesOf(sample.input())) {
        expect(message).toMatch(/^[A-Z0-9"]/);
        expect(message).toMatch(/^Enter |: |; /);
      }
    }
  });

  it("report a blank plan's required fields at each field, never throwing", () => {
    const input = emptyArcPlanInput();
    input.clusters.push(emptyArcCluster());
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      "logicalNetwork.addressPrefix",
      "logicalNetwork.gateway",
      "logicalNetwork.dnsServers.0",
      "logicalNetwork.ipPoolStart",
      "logicalNetwork.ipPoolEnd",
      "logicalNetwork.name",
      "logicalNetwork.vmSwitchName",
      "clusters.0.name",
    ]);
  });
});
