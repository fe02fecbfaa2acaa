import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeDhcp, janeStatic } from "./fixtures/plan-inputs";
import { parsePlanJson, validatePlanInput, type PlanInputResult } from "./parse-plan-input";
import { planInputSchema } from "./plan-input-schema";
import { anyPlanInputArb, planInputArb } from "./test-arbitraries";

/**
 * Hardening: a plan file is outside data. Whatever it holds, the gate answers with a plan the
 * schema accepts (and the planner can plan) or with a message, never an exception.
 * Seeded, so a failure reproduces.
 */

const RUNS = 10_000;
const SEED = 6_351;
const settings = { seed: SEED, numRuns: RUNS };
/** 10,000 files take seconds on an idle core and ten times that on a machine busy with other work. */
const FUZZ_TIMEOUT_MS = 300_000;

/** What is wrong with the gate's answer; empty when it keeps its promise. */
function flawsOf(result: PlanInputResult): string[] {
  if (result.ok) {
    if (!planInputSchema.safeParse(result.input).success) return ["accepted a plan the schema refuses"];
    createPlan(result.input);
    return [];
  }
  const flaws: string[] = [];
  if (result.message.trim() === "") flaws.push("failed without a message");
  if (result.issues.length === 0) flaws.push("failed without an issue");
  for (const issue of result.issues) {
    if (typeof issue.path !== "string" || issue.severity !== "error" || issue.message.trim() === "") flaws.push(`malformed issue ${JSON.stringify(issue)}`);
  }
  return flaws;
}

function expectAnswer(result: PlanInputResult): void {
  expect(flawsOf(result)).toEqual([]);
}

/** Values that sit at the edges of JSON and of the schema: huge text, huge numbers, deep nesting. */
const edgeValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 2 ** 53, Number.MAX_VALUE, 16_777_215, 65_536, "", "static", "dhcp", "linux", [], {}),
  fc.constantFrom("<img src=x onerror=alert(1)>", '"; Remove-Item C:\\ -Recurse; "', "__proto__", "a\nb", "\u2028", "\uD800"),
  fc.integer({ min: 1, max: 10_000 }).map((length) => "x".repeat(length)),
  fc.integer({ min: 1, max: 30 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = unknown;

/** The plan's JSON with the value at one random path replaced (or its key removed). */
function replaceAt(root: Json, steps: readonly number[], value: unknown, remove: boolean): Json {
  let node = root;
  for (const [depth, step] of steps.entries()) {
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] ?? "";
    const record = node as Record<string, unknown>;
    const child = record[key];
    if (depth === steps.length - 1 || child === null || typeof child !== "object") {
      if (remove && !Array.isArray(node)) delete record[key];
      else record[key] = value;
      break;
    }
    node = child;
  }
  return root;
}

const validPlanArb = fc.oneof(fc.constant(null), planInputArb, anyPlanInputArb).map((input) => structuredClone(input ?? janeStatic()));

const mutatedPlanArb: fc.Arbitrary<Json> = fc
  .tuple(validPlanArb, fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), edgeValueArb, fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([plan, edits]) => edits.reduce<Json>((json, [steps, value, remove]) => replaceAt(json, steps, value, remove), plan));

/** One edit of the file's text: a character replaced, inserted or removed, or the file cut short. */
const textEditArb = fc.record({
  kind: fc.constantFrom("replace", "insert", "remove", "cut"),
  at: fc.nat(),
  text: fc.oneof(fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 2 }), fc.constantFrom('"', "{", "}", "[", "]", ",", ":", "\\", "\uFEFF", "1e999")),
});

function editText(text: string, { kind, at, text: piece }: { kind: string; at: number; text: string }): string {
  const position = text.length === 0 ? 0 : at % text.length;
  if (kind === "replace") return text.slice(0, position) + piece + text.slice(position + 1);
  if (kind === "insert") return text.slice(0, position) + piece + text.slice(position);
  if (kind === "remove") return text.slice(0, position) + text.slice(position + 1);
  return text.slice(0, position);
}

const mutatedFileArb = fc
  .tuple(validPlanArb, fc.boolean(), fc.array(textEditArb, { minLength: 1, maxLength: 4 }))
  .map(([plan, pretty, edits]) => edits.reduce(editText, JSON.stringify(plan, null, pretty ? 2 : undefined)));

describe("the plan file gate never throws", () => {
  it(
    "on any JSON value",
    () => {
      fc.assert(fc.property(fc.oneof(fc.jsonValue(), edgeValueArb), (raw) => {
        expectAnswer(validatePlanInput(raw));
      }), settings);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "on valid plans with values replaced or removed",
    () => {
      fc.assert(fc.property(mutatedPlanArb, (raw) => {
        expectAnswer(validatePlanInput(raw));
      }), settings);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "on any text and on valid plan files edited by hand",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json().map((json) => `\uFEFF${json}`), mutatedFileArb), (text) => {
          expectAnswer(parsePlanJson(text));
        }),
        settings,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it.each([
    ["a prototype key", `{"__proto__": {"model": "static"}, "model": "bgp"}`],
    ["lists over the schema's bounds", JSON.stringify({ ...janeStatic(), clusters: Array.from({ length: 1_001 }, () => janeStatic().clusters[0]) })],
    ["10,000 DNS servers", JSON.stringify({ ...janeDhcp(), vnet: { ...janeDhcp().vnet, dnsServers: Array.from({ length: 10_000 }, () => "10.0.0.10") } })],
    ["a count of 10^9 workers", JSON.stringify({ ...janeStatic(), clusters: [{ name: "big", controlPlaneNodes: 1, workerNodes: 1e9, nodePools: [] }] })],
    ["a number too large for a double", JSON.stringify(janeStatic()).replace('"workerNodes":5', '"workerNodes":1e999')],
    ["nesting 100,000 deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
  ])("on %s", (_name, text) => {
    const result = parsePlanJson(text);
    expectAnswer(result);
    expect(result.ok).toBe(false);
  });

  it("on objects that throw when read", () => {
    const throwing = Object.defineProperty({ ...janeStatic() }, "vnet", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const raw of [throwing, revoked.proxy]) expectAnswer(validatePlanInput(raw));
  });
});
