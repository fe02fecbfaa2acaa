import { describe, expect, it } from "vitest";
import { checkPlan } from "./checks";
import { CHECK_FIXTURES, type CheckCase, type CheckFixture } from "./fixtures/check-fixtures";
import { contextFor, janeDhcp, janeStatic, twoNetworks, twoNetworksDhcp } from "./fixtures/plan-inputs";
import type { CountedInput } from "./plan-input-schema";

const issuesOf = (input: CountedInput) => checkPlan(input, contextFor(input));

describe("checkPlan on the reference doc's example", () => {
  it("finds nothing in Jane's static plan", () => {
    expect(issuesOf(janeStatic())).toEqual([]);
  });
  it("finds nothing in Jane's plan on DHCP", () => {
    expect(issuesOf(janeDhcp())).toEqual([]);
  });
  it("finds nothing in the two-network example, static or on DHCP", () => {
    expect(issuesOf(twoNetworks())).toEqual([]);
    expect(issuesOf(twoNetworksDhcp())).toEqual([]);
  });
});

const invalidCases = CHECK_FIXTURES.flatMap((fixture) => fixture.invalid.map((sample) => [fixture.check, sample.name, fixture, sample] as const));
const validCases = CHECK_FIXTURES.flatMap((fixture) => fixture.valid.map((sample) => [fixture.check, sample.name, fixture, sample] as const));

describe("every check has a valid and an invalid case", () => {
  it.each(CHECK_FIXTURES.map((fixture) => [fixture.check, fixture] as const))("%s", (_check, fixture) => {
    expect(fixture.invalid.length).toBeGreaterThan(0);
    expect(fixture.valid.length).toBeGreaterThan(0);
  });
});

describe("checkPlan flags", () => {
  it.each(invalidCases)("%s: %s", (_check, _name, fixture: CheckFixture, sample: CheckCase) => {
    const issues = issuesOf(sample.input());
    const words = sample.words ?? [];
    const match = issues.find(
      (issue) => issue.path === fixture.path && issue.severity === fixture.severity && words.every((word) => issue.message.includes(word)),
    );
    expect(match, `no ${fixture.severity} at ${fixture.path} saying ${JSON.stringify(words)} among ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  });
});

describe("checkPlan leaves alone", () => {
  it.each(validCases)("%s: %s", (_check, _name, fixture: CheckFixture, sample: CheckCase) => {
    const atPath = issuesOf(sample.input()).filter((issue) => issue.path === fixture.path && issue.severity === fixture.severity);
    expect(atPath).toEqual([]);
  });
});

describe("checkPlan messages", () => {
  it("are full sentences that say the fix", () => {
    const messages = invalidCases.flatMap(([, , , sample]) => issuesOf(sample.input()).map((issue) => issue.message));
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z0-9"]/);
      expect(message).toMatch(/^Enter |: |; /);
    }
  });

  it("report an empty plan's required fields at each field, never throwing", () => {
    const input = janeStatic();
    Object.assign(input.vnet, { name: "", vswitchName: "", addressPrefix: "", gateway: "", dnsServers: [""], k8sNodeIpPoolStart: "", k8sNodeIpPoolEnd: "", vipPoolStart: "", vipPoolEnd: "" });
    input.cloudService.cloudServiceCidr = "";
    const paths = issuesOf(input).map((issue) => issue.path);
    expect(paths).toEqual([
      "vnet.name",
      "vnet.vswitchName",
      "vnet.addressPrefix",
      "vnet.gateway",
      "vnet.dnsServers.0",
      "cloudService.cloudServiceCidr",
      "vnet.vipPoolStart",
      "vnet.vipPoolEnd",
      "vnet.k8sNodeIpPoolStart",
      "vnet.k8sNodeIpPoolEnd",
    ]);
  });
});

describe("checkPlan at scale", () => {
  it("checks a /8 pool by arithmetic, not address by address", () => {
    const input = janeStatic();
    Object.assign(input.vnet, {
      addressPrefix: "10.0.0.0/8",
      gateway: "10.0.0.1",
      k8sNodeIpPoolStart: "10.0.1.0",
      k8sNodeIpPoolEnd: "10.200.255.255",
      vipPoolStart: "10.201.0.0",
      vipPoolEnd: "10.255.255.254",
    });
    input.cloudService = { hostAddressing: "static", cloudServiceCidr: "192.168.1.10/24", hciHostIp: "192.168.1.11" };
    // A /8 of 10.0.0.0 holds Kubernetes' own pod and service ranges: those two warnings, nothing else.
    expect(issuesOf(input).map((issue) => [issue.path, issue.severity])).toEqual([
      ["vnet.addressPrefix", "warning"],
      ["vnet.addressPrefix", "warning"],
    ]);
  });

  it("reports each duplicate of 1,000 same-named clusters once", () => {
    const input = janeStatic();
    input.clusters = Array.from({ length: 1000 }, () => ({ name: "same", controlPlaneNodes: 1, workerNodes: 1, nodePools: [] }));
    input.vnet.addressPrefix = "10.0.0.0/16";
    input.vnet.k8sNodeIpPoolEnd = "10.0.99.255";
    input.vnet.vipPoolStart = "10.0.200.0";
    input.vnet.vipPoolEnd = "10.0.210.0";
    const duplicates = issuesOf(input).filter((issue) => issue.message.includes("is already named same"));
    expect(duplicates).toHaveLength(999);
  });
});

describe("a static plan with no DNS row at all", () => {
  it("puts the missing-DNS error on the DNS servers group, a field that exists", () => {
    const input = janeStatic();
    input.vnet.dnsServers = [];
    const paths = checkPlan(input, contextFor(input)).map((issue) => issue.path);
    expect(paths).toContain("vnet.dnsServers");
    expect(paths).not.toContain("vnet.dnsServers.0");
  });
});
