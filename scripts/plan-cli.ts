import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createPlan } from "../src/planning/create-plan";
import { decodePlanFile } from "../src/planning/decode-plan-file";
import { formatIpv4 } from "../src/planning/ipv4-format";
import { parseAnyPlanJson, type AnyPlanInput } from "../src/planning/parse-any-plan";
import type { AddressRange, NetworkPlan, Plan, SizedRange } from "../src/planning/plan";
import { savedText } from "../src/export/download";
import { addressPlanFile, scriptFile } from "../src/export/export-files";
import { findingCounts, plural } from "../src/planning/wording";
import { runArcFormat } from "./plan-cli-arc";

/**
 * `npm run plan -- [--format text|json|ps1|sh|csv] path/to/plan.json`: the planner on a plan file of
 * either platform (an AKS Arc plan file says `"platform": "aks-arc"`).
 * Exit 0 when the plan has no errors, 1 when it has (or the deployment script is blocked), 2 when
 * the arguments are wrong or the file is unreadable or not a plan.
 */

export interface CliResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const FORMATS = ["text", "json", "ps1", "sh", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = "Usage: npm run plan -- [--format text|json|ps1|sh|csv] [--json] path/to/plan.json";

/** Pure: arguments and a file reader (bytes) in, what to print and the exit code out. */
export function runPlanCli(args: readonly string[], readFile: (path: string) => Uint8Array): CliResult {
  const parsedArgs = parseArgs(args);
  if (typeof parsedArgs === "string") return unusable(parsedArgs);
  const { format, path } = parsedArgs;
  const loaded = loadPlanInput(path, readFile);
  if (typeof loaded === "string") return unusable(loaded);
  if (loaded.platform === "aks-arc") {
    const arc = runArcFormat(format, loaded.input, path, (plan) => JSON.stringify(plan, withAddresses, 2));
    if (typeof arc === "string") return unusable(arc);
    const shown = (text: string, lineEnd: "\n" | "\r\n") => (text === "" ? "" : printable(text, lineEnd));
    return { exitCode: arc.exitCode, stdout: shown(arc.stdout, arc.lineEnd), stderr: shown(arc.stderr, "\n") };
  }
  if (format === "sh") return unusable("--format sh is for AKS Arc plans: AKS on Azure Stack HCI deploys with PowerShell cmdlets, use --format ps1.");
  const plan = createPlan(loaded.input);
  const exitCode = plan.errorCount > 0 ? 1 : 0;
  if (format === "ps1" || format === "csv") {
    const file = format === "ps1" ? scriptFile(plan) : addressPlanFile(plan);
    // The app offers no download then either; the reason names what to fix.
    if (!file.ok) return { exitCode: 1, stdout: "", stderr: printable(file.reason, "\n") };
    return { exitCode, stdout: printable(savedText(file.file), format === "csv" ? "\r\n" : "\n"), stderr: "" };
  }
  const text = format === "json" ? JSON.stringify(plan, withAddresses, 2) : formatPlan(plan, path);
  return { exitCode, stdout: printable(`${text}\n`, "\n"), stderr: "" };
}

/** The format and the file, or the one line to print when the arguments are not usable. */
function parseArgs(args: readonly string[]): { format: Format; path: string } | string {
  const formats: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") formats.push("json");
    else if (arg === "--format") {
      const value = args[++i];
      if (value === undefined) return USAGE;
      formats.push(value);
    } else if (arg.startsWith("--format=")) formats.push(arg.slice("--format=".length));
    else if (arg.startsWith("-")) return USAGE;
    else paths.push(arg);
  }
  const unknown = formats.find((format) => !isFormat(format));
  if (unknown !== undefined) return `Unknown format "${unknown}": use text, json, ps1, sh or csv.`;
  const [path, ...extraPaths] = paths;
  const [format = "text", ...otherFormats] = new Set(formats);
  if (path === undefined || extraPaths.length > 0 || otherFormats.length > 0 || !isFormat(format)) return USAGE;
  return { format, path };
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * The plan input through the same gate as the app's import (parsePlanJson, behind the platform
 * dispatch), or a one-line reason
 * worded as the app words it.
 */
function loadPlanInput(path: string, readFile: (path: string) => Uint8Array): AnyPlanInput | string {
  let bytes: Uint8Array;
  try {
    bytes = readFile(path);
  } catch (error) {
    return `Cannot read ${path}: ${oneLine(error)}`;
  }
  const parsed = parseAnyPlanJson(decodePlanFile(bytes));
  return parsed.ok ? parsed : `${path} is not a plan file. ${parsed.message}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function unusable(reason: string): CliResult {
  return { exitCode: 2, stdout: "", stderr: printable(reason, "\n") };
}

/**
 * Text a plan file controls, made inert for a terminal: C0 controls (line breaks and tabs too), DEL,
 * C1 controls and the bidi embeddings, overrides and isolates become visible `\uXXXX` escapes, so a
 * name cannot move the cursor, erase a line or reorder what follows it. `\uXXXX` is also a JSON
 * string escape, so JSON stays valid and means the same.
 * @example inert("a\u001b[2Kb") // "a\\u001b[2Kb"
 */
export function inert(text: string): string {
  return text.replace(ACTIVE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every character outside the printable ranges: the C0/DEL/C1 and bidi sets written as their complement. */
const ACTIVE = /[^\u0020-\u007e\u00a0-\u2029\u202f-\u2065\u206a-\uffff]/g;

/**
 * The output boundary: everything printed goes through here. Only the output's own line ends
 * (`eol`) stay; every line is made inert, whatever it holds.
 */
function printable(output: string, eol: "\n" | "\r\n"): string {
  const text = output.endsWith(eol) ? output : `${output}${eol}`;
  return text.split(eol).map(inert).join(eol);
}

/** JSON for people: every address range also gets its first and last address as text. */
function withAddresses(_key: string, value: unknown): unknown {
  if (isRange(value)) return { ...value, first: formatIpv4(value.start), last: formatIpv4(value.end) };
  return value;
}

function isRange(value: unknown): value is AddressRange {
  if (typeof value !== "object" || value === null) return false;
  return "start" in value && "end" in value && typeof value.start === "number" && typeof value.end === "number";
}

const showRange = (range: SizedRange) => `${formatIpv4(range.start)} - ${formatIpv4(range.end)} (${range.size} addresses)`;

export function formatPlan(plan: Plan, path: string): string {
  const several = plan.networks.length > 1;
  return [
    `Plan ${path} (${plan.model} model)`,
    "",
    ...plan.networks.flatMap((network) => [...(several ? [networkHeading(plan, network)] : []), ...networkSections(network), ""]),
    ...(several ? [`In all, over ${plan.networks.length} virtual networks: ${plural(plan.need.total, "IP address", "IP addresses")}, ${plan.need.node} node-side and ${plan.need.vip} virtual IPs`, ""] : []),
    "Recommended, not part of the minimum",
    ...plan.recommendations.flatMap((recommendation) => [`  - ${recommendation.text}`, `    Why: ${recommendation.reason}`]),
    "",
    `Checks: ${findingCounts(plan.errorCount, plan.warningCount)}`,
    ...plan.issues.map((issue) => `  ${issue.severity.padEnd(7)}  ${issue.path}: ${issue.message}`),
  ].join("\n");
}

/** "== Cluster network clusterbvnet: workload clusters clusterb ==" */
function networkHeading(plan: Plan, network: NetworkPlan): string {
  const names = network.clusters.map((index) => {
    const name = plan.counted.clusters[index]?.name.trim() ?? "";
    return name === "" ? String(index + 1) : name;
  });
  const clusters = names.length === 0 ? "no workload clusters" : `workload ${names.length === 1 ? "cluster" : "clusters"} ${names.join(", ")}`;
  const which = network.label.charAt(0).toUpperCase() + network.label.slice(1);
  return `== ${which}${network.index === null && network.name.trim() !== "" ? ` (${network.name})` : ""}: ${clusters} ==`;
}

function networkSections(network: NetworkPlan): string[] {
  return ["IP addresses to reserve", ...network.breakdown.map((line) => `  - ${line.text}`), "", ...splitSection(network), "", ...suggestionSection(network)];
}

function splitSection({ split }: Pick<NetworkPlan, "split">): string[] {
  if (split.model === "static") {
    return ["Split (static model)", `  Kubernetes node VM pool: ${plural(split.nodePoolSize, "address", "addresses")}`, `  Virtual IP pool: ${plural(split.vipPoolSize, "address", "addresses")}`];
  }
  return [
    "Split (DHCP model)",
    `  Reserve on the DHCP server: ${split.reserve}${split.reservePrefix === null ? "" : ` (a /${split.reservePrefix})`}`,
    `  Exclude from the DHCP scope for the virtual IP pool: ${split.exclude}`,
    `  Free leases the scope must keep: ${split.minimumFreeLeases}`,
  ];
}

function suggestionSection({ suggestions }: Pick<NetworkPlan, "suggestions">): string[] {
  const ranges: Array<[string, SizedRange | null]> = [
    ["Kubernetes node VM pool", suggestions.nodePool],
    ["DHCP scope", suggestions.dhcpScope],
    ["Virtual IP pool", suggestions.vipPool],
  ];
  return [
    "Suggested ranges",
    ...ranges.flatMap(([name, range]) => (range ? [`  ${name}: ${showRange(range)}`] : [])),
    ...(suggestions.roomText === null ? [] : [`  ${suggestions.roomText}`]),
    ...(suggestions.reason === null ? [] : [`  ${suggestions.reason}`]),
  ];
}


function main(): void {
  const result = runPlanCli(process.argv.slice(2), (path) => readFileSync(path));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
