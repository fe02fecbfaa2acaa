import type { ArcPlanInput } from "../src/planning/aks-arc/arc-input-schema";
import type { ArcPlan, PoolSummary } from "../src/planning/aks-arc/arc-plan";
import { AKS_ARC_PROFILE } from "../src/planning/aks-arc/arc-profile";
import { addressCount } from "../src/planning/checks-shared";
import { formatIpv4 } from "../src/planning/ipv4-format";
import type { SizedRange } from "../src/planning/plan";
import { ARC_EXPORTS, arcScriptFile } from "../src/export/arc-export-files";
import { savedText } from "../src/export/download";

/**
 * The plan CLI on an AKS Arc plan file: the same formats as the first platform, plus sh; ps1, sh and
 * csv print the files the app downloads. Output is raw text; plan-cli.ts makes it inert before printing.
 * Returns the one-line reason when the format does not apply.
 */
export interface ArcOutput {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
  /** The CSV keeps RFC 4180's CRLF, as the downloaded file does. */
  lineEnd: "\n" | "\r\n";
}

export function runArcFormat(format: string, input: ArcPlanInput, path: string, toJson: (plan: ArcPlan) => string): ArcOutput | string {
  const plan = AKS_ARC_PROFILE.createPlan(input);
  const exitCode = plan.errorCount > 0 ? 1 : 0;
  if (format === "ps1" || format === "sh" || format === "csv") {
    const file = format === "csv" ? ARC_EXPORTS.find((candidate) => candidate.id === "csv")?.build(plan) : arcScriptFile(plan, format);
    const lineEnd = format === "csv" ? "\r\n" : "\n";
    if (file === undefined) return `--format ${format} is not available for AKS Arc plans: use text, json, ps1 or sh.`;
    // As for the first platform: no file while the plan has errors it cannot hold, and the reason says what to fix.
    return file.ok ? { exitCode, stdout: savedText(file.file), stderr: "", lineEnd } : { exitCode: 1, stdout: "", stderr: file.reason, lineEnd: "\n" };
  }
  return { exitCode, stdout: `${format === "json" ? toJson(plan) : formatArcPlan(plan, path)}\n`, stderr: "", lineEnd: "\n" };
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
