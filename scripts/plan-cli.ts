import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createPlan } from "../src/planning/create-plan";
import { formatIpv4 } from "../src/planning/ipv4";
import type { AddressRange, Plan, SizedRange } from "../src/planning/plan";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";

/**
 * `npm run plan -- [--json] path/to/plan.json`: the planner on a plan file. Exit 0 when the plan
 * has no errors, 1 when it has, 2 when the file is unreadable or not a plan.
 */

export interface CliResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = "Usage: npm run plan -- [--json] path/to/plan.json";

/** Pure: arguments and a file reader in, what to print and the exit code out. */
export function runPlanCli(args: readonly string[], readFile: (path: string) => string): CliResult {
  const json = args.includes("--json");
  const rest = args.filter((arg) => arg !== "--json");
  const [path, ...extra] = rest;
  if (path === undefined || extra.length > 0 || path.startsWith("-")) return unusable(USAGE);
  const loaded = loadPlanInput(path, readFile);
  if (typeof loaded === "string") return unusable(loaded);
  const plan = createPlan(loaded);
  return {
    exitCode: plan.errorCount > 0 ? 1 : 0,
    stdout: `${json ? JSON.stringify(plan, withAddresses, 2) : formatPlan(plan, path)}\n`,
    stderr: "",
  };
}

/** The plan input, or a one-line reason it could not be read. */
function loadPlanInput(path: string, readFile: (path: string) => string): PlanInput | string {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    return `Cannot read ${path}: ${oneLine(error)}`;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return `${path} is not JSON: ${oneLine(error)}`;
  }
  const parsed = planInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${path} is not a plan file: ${field}${issue?.message ?? "unexpected shape"}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function unusable(reason: string): CliResult {
  return { exitCode: 2, stdout: "", stderr: `${reason}\n` };
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
  return [
    `Plan ${path} (${plan.model} model)`,
    "",
    "IP addresses to reserve",
    ...plan.breakdown.map((line) => `  - ${line.text}`),
    "",
    ...splitSection(plan),
    "",
    ...suggestionSection(plan),
    "",
    "Recommended, not part of the minimum",
    ...plan.recommendations.flatMap((recommendation) => [`  - ${recommendation.text}`, `    Why: ${recommendation.reason}`]),
    "",
    `Checks: ${plural(plan.errorCount, "error")}, ${plural(plan.warningCount, "warning")}`,
    ...plan.issues.map((issue) => `  ${issue.severity.padEnd(7)}  ${issue.path}: ${issue.message}`),
  ].join("\n");
}

function splitSection({ split }: Plan): string[] {
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

function suggestionSection({ suggestions }: Plan): string[] {
  const ranges: Array<[string, SizedRange | null]> = [
    ["Kubernetes node VM pool", suggestions.nodePool],
    ["DHCP scope", suggestions.dhcpScope],
    ["Virtual IP pool", suggestions.vipPool],
  ];
  return [
    "Suggested ranges",
    ...ranges.flatMap(([name, range]) => (range ? [`  ${name}: ${showRange(range)}`] : [])),
    ...(suggestions.reason === null ? [] : [`  ${suggestions.reason}`]),
  ];
}

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

function main(): void {
  const result = runPlanCli(process.argv.slice(2), (path) => readFileSync(path, "utf8"));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
