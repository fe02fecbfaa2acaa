import { arcScript, type ArcShell } from "../planning/aks-arc/arc-scripts";
import type { ArcPlan } from "../planning/aks-arc/arc-plan";
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
