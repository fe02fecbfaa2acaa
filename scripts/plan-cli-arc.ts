import type { ArcPlanInput } from "../src/planning/aks-arc/arc-input-schema";
import type { ArcPlan, PoolSummary } from "../src/planning/aks-arc/arc-plan";
import { AKS_ARC_PROFILE } from "../src/planning/aks-arc/arc-profile";
import { addressCount } from "../src/planning/checks-shared";
import { formatIpv4 } from "../src/planning/ipv4";
import type { SizedRange } from "../src/planning/plan";
import { arcScriptFile } from "../src/export/arc-export-files";
import { savedText } from "../src/export/download";

/**
 * The plan CLI on an AKS Arc plan file: the same formats as the first platform but csv (not built
 * for this platform yet), plus sh. Output is raw text; plan-cli.ts makes it inert before printing.
 * Returns the one-line reason when the format does not apply.
 */
export interface ArcOutput {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

export function runArcFormat(format: string, input: ArcPlanInput, path: string, toJson: (plan: ArcPlan) => string): ArcOutput | string {
  if (format === "csv") return "--format csv is not available for AKS Arc plans yet: use text, json, ps1 or sh.";
  const plan = AKS_ARC_PROFILE.createPlan(input);
  const exitCode = plan.errorCount > 0 ? 1 : 0;
  if (format === "ps1" || format === "sh") {
    const file = arcScriptFile(plan, format);
    // As for the first platform: no script while the plan has errors, and the reason says what to fix.
    return file.ok ? { exitCode, stdout: savedText(file.file), stderr: "" } : { exitCode: 1, stdout: "", stderr: file.reason };
  }
  return { exitCode, stdout: `${format === "json" ? toJson(plan) : formatArcPlan(plan, path)}\n`, stderr: "" };
}

export function formatArcPlan(plan: ArcPlan, path: string): string {
  const totals = AKS_ARC_PROFILE.totals(plan).map((total) => `${total.count} ${total.label}`);
  return [
    `Plan ${path} (${AKS_ARC_PROFILE.label})`,
    "",
    "IP addresses to reserve",
    ...plan.breakdown.map((line) => `  - ${line.text}`),
    "",
    `Totals: ${totals.join(", ")}`,
    "",
    "Pools",
    ...plan.pools.flatMap(poolLines),
    ...(plan.suggestionReason === null ? [] : [`  ${plan.suggestionReason}`]),
    "",
    `Checks: ${count(plan.errorCount, "error")}, ${count(plan.warningCount, "warning")}`,
    ...plan.issues.map((issue) => `  ${issue.severity.padEnd(7)}  ${issue.path}: ${issue.message}`),
  ].join("\n");
}

function poolLines(pool: PoolSummary): string[] {
  const typed = pool.typed.length === 0 ? "none" : pool.typed.map(showRange).join(", ");
  return [
    `  ${pool.label}: needs ${addressCount(pool.need)}`,
    `    entered: ${typed}`,
    ...(pool.suggested === null ? [] : [`    suggested: ${showRange(pool.suggested)}`]),
  ];
}

function showRange(range: SizedRange): string {
  return `${formatIpv4(range.start)} - ${formatIpv4(range.end)} (${addressCount(range.size)})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
