import { arcPlanInputSchema, type ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import type { ArcPlan } from "../planning/aks-arc/arc-plan";
import { AKS_ARC_PROFILE } from "../planning/aks-arc/arc-profile";
import { arcScript, type ArcShell } from "../planning/aks-arc/arc-scripts";
import { arcAddressPlanCsv, arcAddressPlanCsvBlocked } from "./arc-address-plan-csv";
import type { ExportFile } from "./export-files";
import { namedFile } from "./plan-file";

/**
 * An AKS Arc plan's deployment script as a file. The .ps1 is UTF-8 with a byte order mark (Windows
 * PowerShell 5.1 reads one without it in the ANSI code page); the .sh has none, since a BOM before
 * the #! line stops the kernel from finding the interpreter.
 */
export function arcScriptFile(plan: ArcPlan, shell: ArcShell): ExportFile {
  const script = arcScript(plan, shell);
  if (!script.ok) return { ok: false, reason: script.reason };
  const name = namedFile(plan.input.logicalNetwork.name, "aks-arc", `deploy.${shell}`);
  return { ok: true, file: { name, text: script.script, type: "text/plain;charset=utf-8", bom: shell === "ps1" } };
}

/**
 * The AKS Arc plan file: the input as arcPlanInputSchema defines it (with its "platform" field),
 * pretty-printed, the format `npm run plan` and the import read.
 */
export function arcPlanFileJson(input: ArcPlanInput): string {
  const validated = arcPlanInputSchema.safeParse(input);
  return `${JSON.stringify(validated.success ? validated.data : input, null, 2)}\n`;
}

function fileName(plan: ArcPlan, suffix: string): string {
  return namedFile(plan.input.logicalNetwork.name, "aks-arc", suffix);
}

/** What the AKS Arc review offers to download, one table every view maps over. */
export const ARC_EXPORTS: ReadonlyArray<{ id: string; label: string; build: (plan: ArcPlan) => ExportFile }> = [
  ...AKS_ARC_PROFILE.scripts.map((format) => ({ id: format.id, label: `${format.label} (.${format.id})`, build: (plan: ArcPlan) => arcScriptFile(plan, format.id) })),
  {
    id: "csv",
    label: "Address plan (CSV)",
    build: (plan) => {
      const blocked = arcAddressPlanCsvBlocked(plan);
      return blocked !== null ? { ok: false, reason: blocked } : { ok: true, file: { name: fileName(plan, "address-plan.csv"), text: arcAddressPlanCsv(plan), type: "text/csv;charset=utf-8", bom: true } };
    },
  },
  { id: "json", label: "Plan file (JSON)", build: (plan) => ({ ok: true, file: { name: fileName(plan, "plan.json"), text: arcPlanFileJson(plan.input), type: "application/json" } }) },
];
