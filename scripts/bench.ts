import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createPlan } from "../src/planning/create-plan";
import { generatePlanInput } from "../src/planning/generate-plan-input";
import { benchBrowser } from "./bench-browser";
import { budgetCells, figure, verdict, type BudgetFigure } from "./bench-budget";
import { benchBundle, buildApp, type AssetSize } from "./bench-bundle";
import { benchFindings } from "./bench-findings";
import { chromiumPath } from "./bench-page";
import { benchShareLinks } from "./bench-share-link";

/**
 * `npm run bench`: every figure of issue "Quality bars" against its budget. How long createPlan
 * (counting, breakdown, suggestions, address map and every check) takes for growing plans; the
 * share-link lengths; the first-load JavaScript of a fresh build; and, in Chromium, typing and
 * review latency with a large plan. Not part of `npm test`: timings depend on the machine.
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function assetRows(assets: readonly AssetSize[]): BenchRow[] {
  return assets.map((asset) => ({ label: asset.file, cells: [kb(asset.raw), kb(asset.gzip)] }));
}

async function main(): Promise<void> {
  const figures: BudgetFigure[] = [];
  const rows = benchCreatePlan();
  console.log("createPlan (plan + validate)");
  console.log(printTable(["plan", "median ms", "p95 ms", "runs"], rows));
  figures.push(figure("createPlan, 1,000 clusters + 5,000 services (median)", Number(rows.at(-1)?.cells[0]), "ms", TARGET_MEDIAN_MS_AT_1000, 3));
  figures.push(...benchShareLinks());

  console.log("\nBuilding the app (site and offline file) into a temporary folder...");
  const app = await buildApp();
  try {
    const bundle = benchBundle(app.dir);
    figures.push(...bundle.figures);
    console.log("\nFirst-load JavaScript (the entry and the modules index.html preloads, gzip -9)");
    console.log(printTable(["file", "raw", "gzipped"], assetRows(bundle.assets)));
    if (bundle.offline) console.log(`Offline single file: ${kb(bundle.offline.raw)} (${kb(bundle.offline.gzip)} gzipped), everything inlined.`);

    const browser = await benchBrowser(app.dir);
    if (browser) {
      figures.push(...browser.figures);
      console.log(`\nChromium (${chromiumPath()}):`);
      for (const note of browser.notes) console.log(`  ${note}`);
    } else {
      console.log(`\nChromium: skipped, no browser at ${chromiumPath()} (install chromium or set CHROMIUM_PATH).`);
    }
    figures.push(...(await benchFindings(app.dir)));
  } finally {
    await app.remove();
  }

  console.log("\nBudgets");
  console.log(printTable(["figure", "measured", "budget", "verdict"], figures.map((item) => ({ label: budgetCells(item)[0], cells: budgetCells(item).slice(1) }))));
  const over = figures.filter((item) => verdict(item) === "OVER").length;
  console.log(over === 0 ? "\nEvery figure is within its budget." : `\n${over} of ${figures.length} figures over budget.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
