import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { janeStatic } from "./fixtures/plan-inputs";
import { parsePlanJson, validatePlanInput } from "./parse-plan-input";
import { planInputSchema } from "./plan-input-schema";

const SEED = 20_240_611;

describe("validatePlanInput", () => {
  it("accepts Jane's plan as it is", () => {
    expect(validatePlanInput(janeStatic())).toEqual({ ok: true, input: janeStatic() });
  });

  it("drops keys the format does not know", () => {
    const result = validatePlanInput({ ...janeStatic(), extra: "<img src=x onerror=alert(1)>" });
    expect(result.ok && "extra" in result.input).toBe(false);
  });

  it.each([
    ["a wrong count", (raw: Record<string, unknown>) => ((raw.clusters as Array<Record<string, unknown>>)[0]!.workerNodes = -1), "Not a plan: clusters.0.workerNodes: Enter 0 or more"],
    ["a missing group", (raw: Record<string, unknown>) => delete raw.vnet, "Not a plan: vnet: Missing: expected an object"],
    ["an unknown model", (raw: Record<string, unknown>) => (raw.model = "bgp"), 'Not a plan: model: Expected "static" or "dhcp", found the text "bgp"'],
    ["a name as a number", (raw: Record<string, unknown>) => ((raw.vnet as Record<string, unknown>).name = 7), "Not a plan: vnet.name: Expected text, found 7"],
    ["a port out of range", (raw: Record<string, unknown>) => ((raw.services as Array<Record<string, unknown>>)[0]!.port = 70_000), "Not a plan: services.0.port: A port is a number from 1 to 65535"],
  ])("explains %s in one line at its path", (_name, edit, message) => {
    const raw = janeStatic() as unknown as Record<string, unknown>;
    edit(raw);
    const result = validatePlanInput(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(message);
      expect(result.issues[0]?.severity).toBe("error");
    }
  });

  it("keeps a count entered as text, for the planner to report at its field", () => {
    const raw = janeStatic() as unknown as { clusters: Array<Record<string, unknown>> };
    raw.clusters[0]!.workerNodes = "five";
    const result = validatePlanInput(raw);
    expect(result.ok && result.input.clusters[0]?.workerNodes).toBe("five");
  });

  it("counts the further problems", () => {
    const result = validatePlanInput({ model: "static" });
    expect(!result.ok && result.message).toBe("Not a plan: vnet: Missing: expected an object (and 4 more problems)");
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(["vnet", "cloudService", "clusters", "services", "options"]);
  });

  it("answers for something that is not an object at all", () => {
    expect(validatePlanInput([1, 2])).toMatchObject({ ok: false, message: "Not a plan: Expected an object, found a list" });
    expect(validatePlanInput(undefined)).toMatchObject({ ok: false, message: "Not a plan: Missing: expected an object" });
  });

  it("does not throw for an object whose getter throws", () => {
    const hostile = Object.defineProperty({}, "model", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(validatePlanInput(hostile)).toMatchObject({ ok: false, message: "Not a plan: It cannot be read as data" });
  });

  it("never throws for arbitrary JSON values, and accepts only schema-valid plans", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = validatePlanInput(raw);
        if (result.ok) expect(planInputSchema.safeParse(result.input).success).toBe(true);
        else expect(result.message).toMatch(/^Not a plan: /);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });

  it("never throws for Jane's plan with one field replaced by arbitrary JSON", () => {
    const paths = [["model"], ["vnet", "dnsServers"], ["vnet", "vlanId"], ["cloudService"], ["clusters", 0, "nodePools"], ["services", 1, "instances"], ["options", "growthReserve"]] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const raw = janeStatic() as unknown as Record<string | number, unknown>;
        let holder: Record<string | number, unknown> = raw;
        for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
        holder[path.at(-1)!] = value;
        const result = validatePlanInput(raw);
        expect(result.ok || result.issues.length > 0).toBe(true);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });
});

describe("parsePlanJson", () => {
  it("reads the checked-in plan file, byte order mark or not", () => {
    const text = JSON.stringify(janeStatic(), null, 2);
    expect(parsePlanJson(text)).toEqual({ ok: true, input: janeStatic() });
    expect(parsePlanJson(`\uFEFF${text}`)).toEqual({ ok: true, input: janeStatic() });
  });

  it.each([
    ["empty", "", /^This file is empty/],
    ["cut short", '{"model": "static", "vnet": {', /^This file is not JSON: /],
    ["not JSON at all", "model: static", /^This file is not JSON: /],
    ["not JSON, over several lines", "model:\n  static\r\n", /^This file is not JSON: /],
    ["deeply nested", "[".repeat(200_000), /^This file is not JSON: /],
    ["JSON but no plan", "[]", /^Not a plan: /],
  ])("gives one line for a file that is %s", (_name, text, message) => {
    const result = parsePlanJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain("\n");
    }
  });

  it("never throws for arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parsePlanJson(text);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });
});

describe("validatePlanInput messages", () => {
  it("stay on one line when the offending text has line breaks", () => {
    const result = validatePlanInput({ ...janeStatic(), model: "a\nb" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toMatch(/\n/);
  });
});
