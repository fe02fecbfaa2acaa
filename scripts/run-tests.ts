/**
 * `npm test`: every check, in the order that fails soonest, each phase timed so a slow run says
 * where its time went. Stops at the first phase that fails.
 */
import { spawnSync } from "node:child_process";

interface Phase {
  name: string;
  command: string[];
}

const PHASES: readonly Phase[] = [
  // First: on a fresh machine it installs a browser (or says what to install) before minutes of other checks.
  { name: "browser", command: ["npm", "run", "test:browser"] },
  { name: "typecheck", command: ["npm", "run", "typecheck"] },
  { name: "lint", command: ["npm", "run", "lint"] },
  { name: "unit", command: ["npm", "run", "test:unit"] },
  // The type check already ran: the bundles alone.
  { name: "build", command: ["npm", "run", "build:bundle"] },
  { name: "e2e", command: ["npx", "playwright", "test"] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(timings: ReadonlyArray<{ name: string; ms: number; ok: boolean }>, totalMs: number): void {
  console.log("\nnpm test phases:");
  for (const { name, ms, ok } of timings) console.log(`  ${name.padEnd(10)} ${seconds(ms).padStart(9)}${ok ? "" : "  FAILED"}`);
  console.log(`  ${"total".padEnd(10)} ${seconds(totalMs).padStart(9)}`);
}

function main(): number {
  const started = performance.now();
  const timings: Array<{ name: string; ms: number; ok: boolean }> = [];
  for (const { name, command } of PHASES) {
    const [program = "", ...args] = command;
    console.log(`\n== ${name}: ${command.join(" ")}`);
    const phaseStarted = performance.now();
    const { status } = spawnSync(program, args, { stdio: "inherit" });
    const ms = performance.now() - phaseStarted;
    timings.push({ name, ms, ok: status === 0 });
    console.log(`== ${name}: ${status === 0 ? "passed" : "FAILED"} in ${seconds(ms)}`);
    if (status !== 0) {
      report(timings, performance.now() - started);
      return status ?? 1;
    }
  }
  report(timings, performance.now() - started);
  return 0;
}

process.exitCode = main();
