import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createPlan } from "../src/planning/create-plan";
import { generatePlanInput } from "../src/planning/generate-plan-input";

/**
 * `npm run bench`: how long createPlan (counting, breakdown, suggestions, address map and every
 * check) takes for growing plans. Not part of `npm test`: timings depend on the machine. Other
 * figures (share-link length, bundle size) can add their own rows through `printTable`.
 */

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export interface BenchRow {
  label: string;
  cells: string[];
}

/** Runs `task` untimed `warmup` times (so the JIT settles), then times it `runs` times. */
export function measure(task: () => void, { warmup = 20, runs = 200 } = {}): Timing {
  for (let i = 0; i < warmup; i++) task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), runs };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export const PLAN_SIZES = [1, 10, 100, 1_000] as const;
export const TARGET_MEDIAN_MS_AT_1000 = 5;

/** plan+validate time per workload-cluster count, five services per cluster. */
export function benchCreatePlan(sizes: readonly number[] = PLAN_SIZES): BenchRow[] {
  return sizes.map((clusters) => {
    const input = generatePlanInput({ clusters, servicesPerCluster: 5 });
    const timing = measure(() => createPlan(input), { warmup: 30, runs: clusters >= 1_000 ? 200 : 500 });
    return {
      label: `${count(clusters, "cluster")}, ${count(clusters * 5, "service")}`,
      cells: [timing.medianMs.toFixed(3), timing.p95Ms.toFixed(3), String(timing.runs)],
    };
  });
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

/** A plain-text table: first column left-aligned, the rest right-aligned. */
export function printTable(headers: readonly string[], rows: readonly BenchRow[]): string {
  const lines = [headers, ...rows.map((row) => [row.label, ...row.cells])];
  const widths = headers.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? "").length)));
  const format = (line: readonly string[]) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [format(lines[0] ?? []), widths.map((width) => "-".repeat(width)).join("  "), ...lines.slice(1).map(format)].join("\n");
}

function main(): void {
  const rows = benchCreatePlan();
  console.log("createPlan (plan + validate)");
  console.log(printTable(["plan", "median ms", "p95 ms", "runs"], rows));
  const atThousand = Number(rows.at(-1)?.cells[0]);
  const verdict = atThousand < TARGET_MEDIAN_MS_AT_1000 ? "meets" : "misses";
  console.log(`\nMedian at 1,000 clusters ${verdict} the ${TARGET_MEDIAN_MS_AT_1000} ms target.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
