import { describe, expect, it } from "vitest";
import { janeArc } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { arcShareUrl, decodeArcLink, encodeArcLink, isArcFragment } from "./arc-share-link";
import { decodePlanLink, isPlanFragment } from "./share-link";

/** The vendor example's link as this version made it: it must keep opening as that plan. */
const FROZEN_EXAMPLE =
  "arc1.N4IgNg9g5glgxgQzAOQKYBcDuEBOBrEALlADsEBbVIkBPAZwFowSMQAaEAN3IGVMZ0cABbIKVQiADCEEp1Q4oqACZ8BwgBRwI5AA4BXdKgD65BGUWUS6AJTsaSpTlR06ABScAzGAA9qARgAGADoAJhDggGYQoICAehCAFjsoBENMBABPf2CwyOi-OyUSOh55ORw6IgBtEEDQ8KCooMCQAF0OTjAzAEklajsYHVcICDAedAQcdGz6vOaADgGhkbAAURI+iTrcxuiIgHYQAF8OODA9OkMK6tIxajOLq4YEOy0rHFHXLpZpPSsiCKnGToD5gL5mVDdHT9Dg6CBKSQwRwwkAkeGoYajSqEKq3SjUNFKVBw0YFIF-aaEACsHAgdAAKhkdOJwDASHpfEd2uAIAglAAhJBmODyIigPmOZx0ABKZkU2Jq2waTQS+wYSrmCQAnG0OHzyugYHRUABZdHUACC0tcdgARlAhqh5ArWkcTniWQ9LvIGLbXsDQeCfhAKUQ-ED3p9vpDoRI7HCEUicCjCRiVgqPQT0SSwGSQFpQ4RASA6YzmdQwGyOcduZA+YLviLk8R7JKXLKSPLqtz9fJDcazUTLda7Q7XE7rjjXVyOMacJx4M4bqi7hIEAAvPROBicCCGBgeD7-WG4SnzAIcNmXYVLounc7e5v5h9PF4zkCmcyoSzofmQOAEC215TCiqAbP0JwljohoyNioB0EIkzKBaDhOC4t4gnoqBukAA.fPcYWD";

describe("AKS Arc share links", () => {
  it("open the frozen link of the vendor example as that plan", () => {
    expect(decodeArcLink(FROZEN_EXAMPLE)).toEqual({ ok: true, input: janeArc() });
    expect(decodeArcLink(`#${FROZEN_EXAMPLE}`)).toEqual({ ok: true, input: janeArc() });
  });

  it("round-trip a plan, names with quotes and unicode included", () => {
    const input = { ...janeArc(), logicalNetwork: { ...janeArc().logicalNetwork, name: `l'net "ä" 🚀`, vmSwitchName: "x".repeat(256) } };
    expect(decodeArcLink(encodeArcLink(input))).toEqual({ ok: true, input });
  });

  it("are told apart from the first platform's links, whose decoder never sees them", () => {
    expect(isArcFragment(`#${FROZEN_EXAMPLE}`)).toBe(true);
    expect(isPlanFragment(`#${FROZEN_EXAMPLE}`)).toBe(false);
    expect(isArcFragment("#v1.abc.def")).toBe(false);
    expect(decodePlanLink(FROZEN_EXAMPLE).ok).toBe(false);
  });

  it.each([
    ["cut short", FROZEN_EXAMPLE.slice(0, 80), /damaged/],
    ["changed by hand", FROZEN_EXAMPLE.replace("N4Ig", "N4Ih"), /checksum does not match/],
    ["of a newer planner", FROZEN_EXAMPLE.replace("arc1.", "arc2."), /newer version of the planner \(arc2\)/],
    ["without a tag", "arcx.abc.def", /does not start with "arc1\."/],
    ["too long", `arc1.${"A".repeat(20_000)}`, /more than any plan link holds/],
  ])("refuse a link %s with a reason", (_, link, reason) => {
    const decoded = decodeArcLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(reason);
  });

  it("refuse a link whose payload is not a valid AKS Arc plan", () => {
    const broken = encodeArcLink({ ...janeArc(), clusters: "two" } as never);
    const decoded = decodeArcLink(broken);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/not a valid plan/);
  });

  it("put the link in the page's fragment, without the query string", () => {
    const url = arcShareUrl(janeArc(), { protocol: "https:", host: "planner.example", pathname: "/app/" });
    expect(url).toEqual({ ok: true, url: `https://planner.example/app/#${FROZEN_EXAMPLE}` });
  });
});
