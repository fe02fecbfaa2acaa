import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnyPlanJson } from "./parse-any-plan";
import { parsePlanJson } from "./parse-plan-input";

const jane = readFileSync("public/examples/jane.json", "utf8");
const janeArc = readFileSync("public/examples/jane-aks-arc.json", "utf8");

describe("parseAnyPlanJson", () => {
  it("reads a file without a platform as the first platform, exactly as before", () => {
    const before = parsePlanJson(jane);
    expect(parseAnyPlanJson(jane)).toEqual(before.ok ? { ok: true, platform: "aks-hci", input: before.input } : before);
  });

  it('reads "platform": "aks-hci" as the first platform too', () => {
    const result = parseAnyPlanJson(JSON.stringify({ ...JSON.parse(jane), platform: "aks-hci" }));
    expect(result).toMatchObject({ ok: true, platform: "aks-hci" });
  });

  it('reads "platform": "aks-arc" as an AKS Arc plan', () => {
    const result = parseAnyPlanJson(`\uFEFF${janeArc}`);
    expect(result).toMatchObject({ ok: true, platform: "aks-arc", input: { logicalNetwork: { ipPoolStart: "10.220.32.18" } } });
  });

  it.each([
    ["an unknown platform", JSON.stringify({ platform: "eks" }), 'Not a plan: platform: Expected "aks-arc" or "aks-hci" (or no platform field), found "eks"'],
    ["a platform that is not text", JSON.stringify({ platform: 7 }), 'Not a plan: platform: Expected "aks-arc" or "aks-hci" (or no platform field), found number'],
    ["an Arc plan missing its network", JSON.stringify({ ...JSON.parse(janeArc), logicalNetwork: undefined }), "Not a plan: logicalNetwork: Missing: expected an object"],
    ["a first-platform file marked aks-arc", JSON.stringify({ ...JSON.parse(jane), platform: "aks-arc" }), /^Not a plan: logicalNetwork: Missing: expected an object \(and \d+ more problems\)$/],
    ["not JSON", "{", /^This file is not JSON: /],
  ])("refuses %s with a one-line reason", (_name, text, message) => {
    const result = parseAnyPlanJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
