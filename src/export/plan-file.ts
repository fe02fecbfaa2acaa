import { decodePlanFile } from "../planning/decode-plan-file";
import { parsePlanJson, validatePlanInput, type PlanInputResult } from "../planning/parse-plan-input";
import type { PlanInput } from "../planning/plan-input-schema";

/**
 * The plan file: the PlanInput exactly as planInputSchema defines it, pretty-printed, the format
 * `npm run plan` reads. Going through the schema drops anything that is not part of the format.
 */
export function planFileJson(input: PlanInput): string {
  const validated = validatePlanInput(input);
  return `${JSON.stringify(validated.ok ? validated.input : input, null, 2)}\n`;
}

/** Larger than any plan the schema accepts as JSON: refuse before reading the file into memory. */
export const MAX_PLAN_FILE_BYTES = 8 * 1024 * 1024;

/** A chosen file's plan, or the reason it holds none (the caller then replaces nothing). */
export async function readPlanFile(file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<PlanInputResult> {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    return refuse(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than any plan file: choose a plan file saved by the planner (.json).`);
  }
  let text: string;
  try {
    // Bytes, not file.text(): that reads UTF-8 only, and Notepad saves "Unicode" (UTF-16) files.
    text = decodePlanFile(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return refuse(`“${file.name}” could not be read: choose the file again.`);
  }
  const parsed = parsePlanJson(text);
  return parsed.ok ? parsed : { ...parsed, message: `“${file.name}” is not a plan file. ${parsed.message}` };
}

function refuse(message: string): PlanInputResult {
  return { ok: false, message, issues: [{ path: "", severity: "error", message }] };
}

/**
 * A file name from the virtual network's name: only letters, digits and dashes, so it is valid on
 * every system whatever the admin typed.
 * @example exportFileName(jane, "plan.json") // "janevnet-plan.json"
 */
export function exportFileName(input: PlanInput, suffix: string): string {
  return namedFile(input.vnet.name, "aks-hci", suffix);
}

/** @example namedFile("Jane VNet", "aks-hci", "plan.json") // "jane-vnet-plan.json" */
export function namedFile(name: string, fallback: string, suffix: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${stem || fallback}-${suffix}`;
}
