import { describe, expect, it } from "vitest";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { generatePlanInput } from "../planning/generate-plan-input";
import { decodePlanLink } from "./share-link";
import { shareUrl } from "./share-url";

describe("shareUrl", () => {
  it("puts the plan in the fragment of the page's address, without the query string", () => {
    const result = shareUrl(janeStatic(), { protocol: "https:", host: "planner.example:8443", pathname: "/aks/" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [address, fragment = ""] = result.url.split("#");
    expect(address).toBe("https://planner.example:8443/aks/");
    expect(decodePlanLink(fragment)).toEqual({ ok: true, input: janeStatic() });
  });

  it("works for the offline file opened from disk", () => {
    const result = shareUrl(janeStatic(), { protocol: "file:", host: "", pathname: "/C:/tools/aks-hci-network-planner.html" });
    expect(result.ok && result.url.startsWith("file:///C:/tools/aks-hci-network-planner.html#v1.")).toBe(true);
  });

  it("says when a plan is too big for a link", () => {
    const input = generatePlanInput({ clusters: 1_000 });
    // Names that share nothing, so compression cannot shrink them away.
    input.services = input.services.map((service, index) => ({ ...service, name: ((index + 1) * 2_654_435_761).toString(36) }));
    const result = shareUrl(input, { protocol: "https:", host: "x", pathname: "/" });
    expect(result.ok ? "" : result.message).toMatch(/^This plan is too big for a share link \([\d,]+ characters; a link holds 16,000\)/);
  });
});
