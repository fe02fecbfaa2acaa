import { describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "./fixtures/plan-inputs";
import { readinessChecklist } from "./readiness";

describe("readinessChecklist", () => {
  it.each([
    ["initialize", /Initialize-AksHciNode.*every HCI host/],
    ["ipv6", /IPv6 is turned off/],
    ["vswitch", /same name on every HCI host \(External\).*trunked/],
    ["dns", /resolves the cloud agent's name.*pre-staged/],
    ["ports", /ports .* open between the VLANs/],
    ["storage", /directories exist on storage every HCI host reaches/],
  ])("lists %s for every plan", (id, words) => {
    expect(readinessChecklist(janeStatic()).find((item) => item.id === id)?.text).toMatch(words);
  });

  it("asks for the DHCP exclusion only in the DHCP model", () => {
    expect(readinessChecklist(janeStatic()).map((item) => item.id)).not.toContain("dhcp-exclusion");
    expect(readinessChecklist(janeDhcp()).find((item) => item.id === "dhcp-exclusion")?.text).toMatch(/excluded from the DHCP scope/);
  });

  it("asks about the proxy only when the plan has one", () => {
    const input = janeStatic();
    expect(readinessChecklist(input).map((item) => item.id)).not.toContain("proxy");
    input.proxy = { enabled: true, http: "http://proxy:3128", https: "", noProxy: "", credential: false };
    expect(readinessChecklist(input).map((item) => item.id)).toContain("proxy");
  });
});
