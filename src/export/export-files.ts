import { deploymentScript } from "../planning/powershell";
import type { Plan } from "../planning/plan";
import { addressPlanCsv, addressPlanCsvBlocked } from "./address-plan-csv";
import type { DownloadFile } from "./download";
import { exportFileName, planFileJson } from "./plan-file";

/** A file the plan exports, or why it cannot be made yet. */
export type ExportFile = { ok: true; file: DownloadFile } | { ok: false; reason: string };

/**
 * The deployment script as a .ps1 file, saved as UTF-8 with a byte order mark: Windows PowerShell
 * 5.1 reads a .ps1 without one in the ANSI code page, which would garble a non-ASCII switch name.
 */
export function scriptFile(plan: Plan): ExportFile {
  const script = deploymentScript(plan);
  if (!script.ok) return { ok: false, reason: script.reason };
  return { ok: true, file: { name: exportFileName(plan.input, "deploy.ps1"), text: script.script, type: "text/plain;charset=utf-8", bom: true } };
}

export function planFile(plan: Plan): DownloadFile {
  return { name: exportFileName(plan.input, "plan.json"), text: planFileJson(plan.input), type: "application/json" };
}

/** The address plan as a .csv file, saved with a byte order mark so Excel reads it as UTF-8. */
export function addressPlanFile(plan: Plan): ExportFile {
  const blocked = addressPlanCsvBlocked(plan);
  if (blocked !== null) return { ok: false, reason: blocked };
  return { ok: true, file: { name: exportFileName(plan.input, "address-plan.csv"), text: addressPlanCsv(plan), type: "text/csv;charset=utf-8", bom: true } };
}
