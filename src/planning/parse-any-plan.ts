import { arcPlanInputSchema, ARC_PLATFORM, type ArcPlanInput } from "./aks-arc/arc-input-schema";
import type { PlanIssue } from "./plan";
import type { PlanInput } from "./plan-input-schema";
import { readPlanJson, validateAgainst, validatePlanInput } from "./parse-plan-input";

/**
 * Plan files of either platform. A file whose "platform" is "aks-arc" is an AKS Arc plan; a file
 * without the field (every file saved before the second platform) is AKS on Azure Stack HCI, read
 * exactly as before, as is one that names "aks-hci".
 */
export type AnyPlanInput = { platform: "aks-hci"; input: PlanInput } | { platform: "aks-arc"; input: ArcPlanInput };
export type AnyPlanResult = ({ ok: true } & AnyPlanInput) | { ok: false; message: string; issues: PlanIssue[] };

const FIRST_PLATFORM = "aks-hci";

/** @example validateAnyPlanInput({ platform: "aks-arc", ... }) // { ok: true, platform: "aks-arc", input } */
export function validateAnyPlanInput(raw: unknown): AnyPlanResult {
  const platform = typeof raw === "object" && raw !== null && !Array.isArray(raw) && "platform" in raw ? raw.platform : undefined;
  if (platform === ARC_PLATFORM) {
    const arc = validateAgainst(arcPlanInputSchema, raw);
    return arc.ok ? { ok: true, platform: "aks-arc", input: arc.input } : arc;
  }
  if (platform === undefined || platform === FIRST_PLATFORM) {
    const first = validatePlanInput(raw);
    return first.ok ? { ok: true, platform: "aks-hci", input: first.input } : first;
  }
  const shown = typeof platform === "string" ? `"${platform.replace(/\s+/g, " ").slice(0, 30)}"` : typeof platform;
  const message = `Not a plan: platform: Expected "${ARC_PLATFORM}" or "${FIRST_PLATFORM}" (or no platform field), found ${shown}`;
  return { ok: false, message, issues: [{ path: "platform", severity: "error", message }] };
}

/** A plan file's text, of either platform. */
export function parseAnyPlanJson(text: string): AnyPlanResult {
  const json = readPlanJson(text);
  return json.ok ? validateAnyPlanInput(json.input) : json;
}
