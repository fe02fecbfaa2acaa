import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { checkPlan } from "../src/planning/checks";
import type { PlanIssue } from "../src/planning/plan";
import { runPlanCli, USAGE } from "./plan-cli";

vi.mock("../src/planning/checks", () => ({ checkPlan: vi.fn((): PlanIssue[] => []) }));

const janeText = readFileSync("public/examples/jane.json", "utf8");
const files: Record<string, string> = {
  "jane.json": janeText,
  "broken.json": "{ not json",
  "other.json": JSON.stringify({ name: "not a plan" }),
  "bad-count.json": JSON.stringify({ ...JSON.parse(janeText), clusters: [{ name: "a", controlPlaneNodes: 0, workerNodes: 1, nodePools: [] }] }),
};
const readFile = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
  return text;
};
const run = (...args: string[]) => runPlanCli(args, readFile);

describe("runPlanCli", () => {
  it("prints Jane's breakdown, split, suggested ranges and checks, exit 0", () => {
    const { exitCode, stdout, stderr } = run("jane.json");
    expect([exitCode, stderr]).toEqual([0, ""]);
    for (const text of [
      "  - 3 IP addresses for the AKS host (one IP for the control plane node and two IPs for running update operations)",
      "  - 32 IP addresses in total: reserve a /26 subnet (the reference doc recommends at least a /24)",
      "  Kubernetes node VM pool: 27 addresses",
      "  Virtual IP pool: 5 addresses",
      "  Kubernetes node VM pool: 10.0.0.11 - 10.0.0.37 (27 addresses)",
      "  Virtual IP pool: 10.0.0.250 - 10.0.0.254 (5 addresses)",
      "Checks: 0 errors, 0 warnings",
    ]) {
      expect(stdout.split("\n")).toContain(text);
    }
  });

  it("prints every issue with severity, field and message, exit 1 on errors", () => {
    vi.mocked(checkPlan).mockReturnValueOnce([
      { path: "vnet.gateway", severity: "error", message: "Gateway 10.0.1.1 is outside 10.0.0.0/24" },
      { path: "clusters.0.controlPlaneNodes", severity: "warning", message: "Use an odd count" },
    ]);
    const { exitCode, stdout } = run("jane.json");
    expect(exitCode).toBe(1);
    expect(stdout).toContain("Checks: 1 error, 1 warning\n  error    vnet.gateway: Gateway 10.0.1.1 is outside 10.0.0.0/24\n  warning  clusters.0.controlPlaneNodes: Use an odd count");
  });

  it("exits 0 on warnings alone", () => {
    vi.mocked(checkPlan).mockReturnValueOnce([{ path: "vnet.addressPrefix", severity: "warning", message: "Smaller than /24" }]);
    expect(run("jane.json").exitCode).toBe(0);
  });

  it("prints the plan as JSON with addresses beside the numbers", () => {
    const { exitCode, stdout } = run("--json", "jane.json");
    const plan = JSON.parse(stdout);
    expect(exitCode).toBe(0);
    expect(plan.need).toEqual({ node: 27, vip: 5, total: 32 });
    expect(plan.suggestions.vipPool).toEqual({ start: 167772410, end: 167772414, size: 5, first: "10.0.0.250", last: "10.0.0.254" });
    expect(plan.addressMap[0].range).toEqual({ start: 167772160, end: 167772160, first: "10.0.0.0", last: "10.0.0.0" });
  });

  it.each([
    [[], USAGE],
    [["a.json", "b.json"], USAGE],
    [["--verbose", "jane.json"], USAGE],
    [["missing.json"], "Cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'"],
    [["broken.json"], /^broken\.json is not JSON: /],
    [["other.json"], /^other\.json is not a plan file: model: /],
    [["bad-count.json"], "bad-count.json is not a plan file: clusters.0.controlPlaneNodes: Enter 1 or more"],
  ])("exits 2 with a one-line reason for %j", (args, reason) => {
    const { exitCode, stdout, stderr } = run(...args);
    expect([exitCode, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(stderr.trimEnd()).toMatch(reason);
  });
});

describe("plan-cli as a process", () => {
  it.each([
    [["public/examples/jane.json"], 0],
    [["does/not/exist.json"], 2],
  ])("%j exits %i", (args, code) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/plan-cli.ts", ...args], { encoding: "utf8" });
    expect(result.status).toBe(code);
    expect(code === 0 ? result.stdout : result.stderr).toMatch(code === 0 ? /32 IP addresses in total/ : /^Cannot read does\/not\/exist\.json/);
  });
});
