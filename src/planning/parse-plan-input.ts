import type { z } from "zod/mini";
import type { PlanIssue } from "./plan";
import { planInputSchema, type PlanInput } from "./plan-input-schema";

/**
 * The gate for plans from outside: a JSON file, a decoded share link, the CLI. Whatever comes in,
 * the answer is a typed result, never an exception: either a schema-valid PlanInput (unknown keys
 * dropped) or a one-line message plus one issue per problem at its dot path.
 */
export type InputResult<T> = { ok: true; input: T } | { ok: false; message: string; issues: PlanIssue[] };
export type PlanInputResult = InputResult<PlanInput>;

/** @example validatePlanInput({ model: "static" }) // { ok: false, message: "Not a plan: vnet: Missing: expected an object (and 4 more problems)", ... } */
export function validatePlanInput(raw: unknown): PlanInputResult {
  return validateAgainst(planInputSchema, raw);
}

/** Any platform's schema, with the same wording of problems (the dispatching file parse uses it). */
export function validateAgainst<T>(schema: z.ZodMiniType<T>, raw: unknown): InputResult<T> {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(raw, { error: describeIssue });
  } catch {
    // Only exotic objects get here (a getter that throws, a revoked Proxy): JSON never does.
    return notAPlan([{ path: "", severity: "error", message: "It cannot be read as data" }]);
  }
  if (parsed.success) return { ok: true, input: parsed.data };
  return notAPlan(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), severity: "error", message: issue.message })));
}

/**
 * A plan file's text. A leading byte order mark is dropped: Windows editors save JSON with one.
 * @example parsePlanJson("{") // { ok: false, message: "This file is not JSON: ...", ... }
 */
export function parsePlanJson(text: string): PlanInputResult {
  const json = readPlanJson(text);
  return json.ok ? validatePlanInput(json.input) : json;
}

/** The JSON value of a plan file's text, before any schema: the first half of parsePlanJson. */
export function readPlanJson(text: string): InputResult<unknown> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return failure("This file is empty: choose a plan file saved by the planner (.json)");
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (thrown) {
    // The engine's reason quotes the file's text, line breaks included: keep the message one line.
    const reason = (thrown instanceof Error ? thrown.message : String(thrown)).replace(/\s+/g, " ");
    return failure(`This file is not JSON: ${clip(reason, 160)}`);
  }
  return { ok: true, input: raw };
}

function notAPlan(issues: PlanIssue[]): InputResult<never> {
  const [first] = issues;
  const where = first && first.path !== "" ? `${first.path}: ` : "";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? "problem" : "problems"})` : "";
  return { ok: false, message: `Not a plan: ${where}${first?.message ?? "it does not match the plan format"}${more}`, issues };
}

function failure(message: string): InputResult<never> {
  return { ok: false, message, issues: [{ path: "", severity: "error", message }] };
}

/**
 * Zod's defaults ("Invalid input: expected object, received undefined") rephrased for admins. The
 * schema's own messages ("Enter a whole number") take precedence over this map.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    const expected = KINDS[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `Missing: expected ${expected}` : `Expected ${expected}, found ${found(issue.input)}`;
  }
  if (issue.code === "invalid_value") {
    const options = issue.values.map((value) => JSON.stringify(value)).join(" or ");
    return `Expected ${options}, found ${found(issue.input)}`;
  }
  return undefined;
}

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

function found(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  // Messages are one line (the CLI prints them so): line breaks in the quoted text become spaces.
  if (typeof value === "string") return `the text "${clip(value.replace(/\s+/g, " "), 30)}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
