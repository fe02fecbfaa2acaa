import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkPlan } from "../src/planning/checks";
import type { PlanIssue } from "../src/planning/plan";
import { inert, runPlanCli, USAGE } from "./plan-cli";

vi.mock("../src/planning/checks", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/planning/checks")>();
  return { ...real, checkPlan: vi.fn((): PlanIssue[] => []) };
});

const ESC = "\u001b";
const janeText = readFileSync("public/examples/jane.json", "utf8");
const jane = JSON.parse(janeText);
const arcText = readFileSync("public/examples/jane-aks-arc.json", "utf8");
const arc = JSON.parse(arcText);
const withClusterName = (name: string) => JSON.stringify({ ...jane, clusters: [{ ...jane.clusters[0], name }] });
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Buffer.from(utf16le(text).swap16());

const twoNetworksText = readFileSync("public/examples/two-networks.json", "utf8");

const files: Record<string, string | Uint8Array> = {
  "jane.json": janeText,
  "two-networks.json": twoNetworksText,
  "arc.json": arcText,
  "arc-error.json": JSON.stringify({ ...arc, logicalNetwork: { ...arc.logicalNetwork, gateway: "10.220.33.1" } }),
  "arc-hostile.json": JSON.stringify({ ...arc, logicalNetwork: { ...arc.logicalNetwork, vmSwitchName: `$(id)'\u2019; x` } }),
  "arc-escape.json": JSON.stringify({ ...arc, clusters: [{ ...arc.clusters[0], name: `x${ESC}[2K\u202e` }, arc.clusters[1]] }),
  "broken.json": "{ not json",
  "other.json": JSON.stringify({ name: "not a plan" }),
  "null.json": "null",
  "list.json": "[]",
  "empty.json": "\uFEFF \n",
  "bad-count.json": JSON.stringify({ ...jane, clusters: [{ name: "a", controlPlaneNodes: 0, workerNodes: 1, nodePools: [] }] }),
  "utf8-bom.json": `\uFEFF${janeText}`,
  "utf16le-bom.json": utf16le(janeText),
  "utf16be-bom.json": utf16be(janeText),
  "escape-name.json": withClusterName(`x${ESC}[1A${ESC}[2KChecks: 0 errors\u202e\u0085\u007f`),
  "escape-broken.json": `${ESC}[2J${ESC}]0;owned\u0007{`,
  [`evil${ESC}[2K.json`]: "{",
  "arc-unknown.json": JSON.stringify({ ...arc, platform: "aks-arc2" }),
};
const readFile = (path: string): Uint8Array => {
  const content = files[path];
  if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
};
const run = (...args: string[]) => runPlanCli(args, readFile);
/** What a terminal would act on rather than show: C0 except the line feed, DEL, C1, bidi controls. */
const active = (text: string) =>
  [...text].map((char) => char.codePointAt(0) ?? 0).filter((code) => (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069));

describe("inert", () => {
  it.each([
    ["a\u001b[2Kb", "a\\u001b[2Kb"],
    ["line\r\nnext\ttab", "line\\u000d\\u000anext\\u0009tab"],
    ["\u0000\u001f\u007f\u0080\u009b\u009f", "\\u0000\\u001f\\u007f\\u0080\\u009b\\u009f"],
    ["\u202aa\u202e\u2066b\u2069", "\\u202aa\\u202e\\u2066b\\u2069"],
    ["C:\\plans\\jane.json – Zürich 名前 😀 \u00a0", "C:\\plans\\jane.json – Zürich 名前 😀 \u00a0"],
  ])("%j prints as %j", (text, shown) => {
    expect(inert(text)).toBe(shown);
  });
});

describe("inert on every UTF-16 code unit", () => {
  it("escapes exactly C0, DEL, C1, U+202A-U+202E and U+2066-U+2069", () => {
    const escaped: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (inert(String.fromCharCode(code)) !== String.fromCharCode(code)) escaped.push(code);
    const expected = [...range(0x00, 0x1f), ...range(0x7f, 0x9f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
    expect(escaped).toEqual(expected);
  });
});

describe("runPlanCli", () => {
  it("prints Jane's breakdown, split, suggested ranges and checks, exit 0", () => {
    const { exitCode, stdout, stderr } = run("jane.json");
    expect([exitCode, stderr]).toEqual([0, ""]);
    for (const text of [
      "  - 3 IP addresses for the AKS host (one IP for the control plane node and two IPs for running update operations)",
      "  - 32 IP addresses in total: reserve a /26 subnet (the reference doc recommends at least a /24)",
      "  Kubernetes node VM pool: 27 addresses",
      "  Virtual IP pool: 5 addresses",
      "  Kubernetes node VM pool: 10.0.0.11 - 10.0.0.43 (33 addresses)",
      "  Virtual IP pool: 10.0.0.248 - 10.0.0.254 (7 addresses)",
      "  Kubernetes node VM pool: 27 needed + 6 to grow (20%). Virtual IP pool: 5 needed + 1 for the AKS host's own API server + 1 to grow (20%).",
      "Checks: 0 errors, 0 warnings",
    ]) {
      expect(stdout.split("\n")).toContain(text);
    }
  });

  it.each(["utf8-bom.json", "utf16le-bom.json", "utf16be-bom.json"])("opens %s as the app's import does", (path) => {
    expect(run("--json", path)).toEqual(run("--json", "jane.json"));
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

  it("prints escape sequences from names and messages as visible text, so they cannot rewrite the count", () => {
    vi.mocked(checkPlan).mockReturnValueOnce([{ path: "clusters.0.name", severity: "error", message: `Name "x${ESC}[1A${ESC}[2K" is not valid\r  0 errors` }]);
    const { exitCode, stdout } = run("escape-name.json");
    expect(exitCode).toBe(1);
    expect(active(stdout)).toEqual([]);
    expect(stdout).toContain("in cluster x\\u001b[1A\\u001b[2KChecks: 0 errors\\u202e\\u0085\\u007f (one IP per control plane node)");
    expect(stdout).toContain('  error    clusters.0.name: Name "x\\u001b[1A\\u001b[2K" is not valid\\u000d  0 errors');
    expect(stdout.split("\n").filter((line) => line.startsWith("Checks: "))).toEqual(["Checks: 1 error, 0 warnings"]);
  });

  it("keeps JSON output valid and equal in meaning while escaping DEL, C1 and bidi controls", () => {
    const { stdout } = run("--json", "escape-name.json");
    expect(active(stdout)).toEqual([]);
    expect(stdout).toContain('"name": "x\\u001b[1A\\u001b[2KChecks: 0 errors\\u202e\\u0085\\u007f"');
    expect(JSON.parse(stdout).input.clusters[0].name).toBe(`x${ESC}[1A${ESC}[2KChecks: 0 errors\u202e\u0085\u007f`);
  });

  it("prints the plan as JSON with addresses beside the numbers, with --json or --format json", () => {
    const { exitCode, stdout } = run("--json", "jane.json");
    const plan = JSON.parse(stdout);
    expect(exitCode).toBe(0);
    expect(plan.need).toEqual({ node: 27, vip: 5, total: 32 });
    expect(plan.suggestions.vipPool).toEqual({ start: 167772408, end: 167772414, size: 7, first: "10.0.0.248", last: "10.0.0.254" });
    expect(plan.addressMap[0].range).toEqual({ start: 167772160, end: 167772160, first: "10.0.0.0", last: "10.0.0.0" });
    expect(run("jane.json", "--format", "json")).toEqual(run("--json", "jane.json"));
    expect(run("--format=json", "jane.json")).toEqual(run("--json", "jane.json"));
    expect(run("--format", "text", "jane.json")).toEqual(run("jane.json"));
  });

  it("prints the deployment script the app exports, exit 0", () => {
    const { exitCode, stdout, stderr } = run("jane.json", "--format", "ps1");
    expect([exitCode, stderr]).toEqual([0, ""]);
    expect(stdout.startsWith("\uFEFF")).toBe(true);
    expect(stdout).toContain("New-AksHciNetworkSetting");
    expect(stdout).toContain("New-AksHciCluster");
    expect(stdout).toContain("'clustera'");
    expect(stdout).toMatch(/vipPoolStart\W+'10\.0\.0\.200'/);
    expect(active(stdout)).toEqual([]);
  });

  it("refuses the script for a plan with errors: the app's reason on stderr, exit 1", () => {
    vi.mocked(checkPlan).mockReturnValueOnce([{ path: "vnet.gateway", severity: "error", message: "Gateway 10.0.1.1 is outside 10.0.0.0/24" }]);
    const { exitCode, stdout, stderr } = run("jane.json", "--format", "ps1");
    expect([exitCode, stdout]).toEqual([1, ""]);
    expect(stderr).toMatch(/^The plan has 1 error\b[^\n]*Gateway 10\.0\.1\.1 is outside 10\.0\.0\.0\/24\n$/);
  });

  it("prints the address plan CSV the app exports: CRLF rows in address order, exit 0", () => {
    const { exitCode, stdout, stderr } = run("jane.json", "--format", "csv");
    expect([exitCode, stderr]).toEqual([0, ""]);
    const rows = stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(rows[0]).toBe("Purpose,Start,End,Size,Needed");
    expect(rows[1]).toMatch(/^[^,]+,10\.0\.0\.0,10\.0\.0\.0,1,$/);
    expect(rows.find((row) => row.includes(",10.0.0.200,"))).toMatch(/,10\.0\.0\.200,10\.0\.0\.219,20,5$/);
    expect(rows.at(-1)).toBe("");
    expect(stdout).not.toMatch(/[^\r]\n/);
  });

  it("prints the CSV of a plan with errors and exits 1, as the text does", () => {
    vi.mocked(checkPlan).mockReturnValueOnce([{ path: "vnet.gateway", severity: "error", message: "Gateway outside" }]);
    const { exitCode, stdout } = run("jane.json", "--format", "csv");
    expect(exitCode).toBe(1);
    expect(stdout).toContain("Purpose,Start,End,Size,Needed\r\n");
  });

  it.each([
    [[], USAGE],
    [["a.json", "b.json"], USAGE],
    [["--verbose", "jane.json"], USAGE],
    [["--format"], USAGE],
    [["--json", "--format", "ps1", "jane.json"], USAGE],
    [["--format", "xml", "jane.json"], 'Unknown format "xml": use text, json, ps1, sh or csv.'],
    [["--format", `x${ESC}[2K`, "jane.json"], 'Unknown format "x\\u001b[2K": use text, json, ps1, sh or csv.'],
    [["--format", "sh", "jane.json"], "--format sh is for AKS Arc plans: AKS on Azure Stack HCI deploys with PowerShell cmdlets, use --format ps1."],
    [["arc-unknown.json"], /^arc-unknown\.json is not a plan file\. Not a plan: platform: Expected "aks-arc" or "aks-hci"/],
    [["missing.json"], "Cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'"],
    [["broken.json"], /^broken\.json is not a plan file\. This file is not JSON: /],
    [["escape-broken.json"], /^escape-broken\.json is not a plan file\. This file is not JSON: .*\\u001b\[2J\\u001b\]0;owned\\u0007/],
    [[`evil${ESC}[2K.json`], /^evil\\u001b\[2K\.json is not a plan file\. This file is not JSON: /],
    [["empty.json"], "empty.json is not a plan file. This file is empty: choose a plan file saved by the planner (.json)"],
    [["null.json"], "null.json is not a plan file. Not a plan: Expected an object, found null"],
    [["list.json"], "list.json is not a plan file. Not a plan: Expected an object, found a list"],
    [["other.json"], /^other\.json is not a plan file\. Not a plan: model: Expected "static" or "dhcp", found undefined \(and \d+ more problems\)$/],
    [["bad-count.json"], "bad-count.json is not a plan file. Not a plan: clusters.0.controlPlaneNodes: Enter 1 or more"],
  ])("exits 2 with a one-line reason for %j", (args, reason) => {
    const { exitCode, stdout, stderr } = run(...args);
    expect([exitCode, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(active(stderr)).toEqual([]);
    expect(stderr.trimEnd()).toMatch(reason);
  });
});

describe("runPlanCli on a plan with cluster networks", () => {
  it("prints each network's breakdown, split and suggestions under its heading, then the whole deployment's total", () => {
    const { exitCode, stdout } = run("two-networks.json");
    expect(exitCode).toBe(0);
    const lines = stdout.split("\n");
    const host = lines.indexOf("== The AKS host's network (janevnet): workload cluster clustera ==");
    const bnet = lines.indexOf("== Cluster network clusterbvnet: workload cluster clusterb ==");
    expect(host).toBeGreaterThan(0);
    expect(bnet).toBeGreaterThan(host);
    expect(lines.slice(host, bnet)).toContain("  - 20 IP addresses in total: reserve a /27 subnet (the reference doc recommends at least a /24)");
    expect(lines.slice(bnet)).toContain("  - 12 IP addresses in total: reserve a /28 subnet (the reference doc recommends at least a /24)");
    expect(lines).toContain("In all, over 2 virtual networks: 32 IP addresses, 27 node-side and 5 virtual IPs");
  });

  it("prints the script that creates the network and passes it to cluster B", () => {
    const { exitCode, stdout } = run("two-networks.json", "--format", "ps1");
    expect(exitCode).toBe(0);
    expect(stdout).toContain("$clusterNetwork1 = New-AksHciClusterNetwork @clusterNetwork1Parameters");
    expect(stdout).toContain("    vnet                  = $clusterNetwork1");
  });
});

describe("runPlanCli on an AKS Arc plan file", () => {
  it("prints the breakdown with 16 in the IP pool, 3 for load balancers, 19 in all, exit 0", () => {
    const { exitCode, stdout, stderr } = run("arc.json");
    expect([exitCode, stderr]).toEqual([0, ""]);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Plan arc.json (AKS Arc on Azure Local)");
    for (const text of [
      "  - 16 IP addresses in the logical network's IP pool (every node VM, one upgrade IP per cluster and the control-plane IPs AKS Arc picks)",
      "  - 3 IP addresses for MetalLB load balancers, in the logical network's subnet but outside the IP pool (ARP mode)",
      "  - 19 IP addresses in total (16 in the IP pool, 3 for load balancers): the logical network needs a /27 or larger",
      "Totals: 16 in the IP pool, 3 for load balancers, 19 in all",
      "  IP pool: needs 16 addresses",
      "    entered: 10.220.32.18 - 10.220.32.37 (20 addresses)",
      "Checks: 0 errors, 0 warnings",
    ]) {
      expect(lines).toContain(text);
    }
  });

  it("prints the plan as JSON with addresses beside the numbers", () => {
    const plan = JSON.parse(run("--format", "json", "arc.json").stdout);
    expect(plan.platform).toBe("aks-arc");
    expect(plan.need).toEqual({ ipPool: 16, outsidePool: 0, loadBalancer: 3, total: 19 });
    expect(plan.pools[1].typed[0]).toMatchObject({ size: 3, first: "10.220.32.47", last: "10.220.32.49" });
  });

  it("prints an AKS Arc plan's address plan CSV as the app downloads it, CRLF and byte order mark included", () => {
    const { exitCode, stdout, stderr } = run("arc.json", "--format", "csv");
    expect([exitCode, stderr]).toEqual([0, ""]);
    expect(stdout.startsWith("\uFEFFPurpose,Start,End,Size,Needed\r\n")).toBe(true);
    expect(stdout).toContain('"IP pool (node VMs, upgrade and control-plane IPs)",10.220.32.18,10.220.32.37,20,16\r\n');
  });

  it("prints the PowerShell script with a byte order mark and the bash script without", () => {
    const ps1 = run("arc.json", "--format", "ps1");
    const sh = run("arc.json", "--format", "sh");
    expect([ps1.exitCode, sh.exitCode, ps1.stderr, sh.stderr]).toEqual([0, 0, "", ""]);
    expect(ps1.stdout.startsWith("\uFEFF$ErrorActionPreference = 'Stop'\n")).toBe(true);
    expect(sh.stdout.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    for (const { stdout } of [ps1, sh]) {
      expect(stdout).toContain("az aksarc create");
      expect(stdout).toContain("--vnet-ids");
      expect(stdout).toContain("az k8s-runtime load-balancer create");
    }
  });

  it("keeps a hostile switch name inside one quoted word in both scripts", () => {
    expect(run("arc-hostile.json", "--format", "sh").stdout).toContain(`  --vm-switch-name '$(id)'\\''\u2019; x' \\\n`);
    expect(run("arc-hostile.json", "--format", "ps1").stdout).toContain(`  --vm-switch-name '$(id)''\u2019\u2019; x' \`\n`);
  });

  it("refuses the scripts while the plan has errors: the reason on stderr, exit 1", () => {
    for (const format of ["ps1", "sh"]) {
      const { exitCode, stdout, stderr } = run("arc-error.json", "--format", format);
      expect([exitCode, stdout]).toEqual([1, ""]);
      expect(stderr).toMatch(/^The plan has 1 error\b[^\n]*Gateway 10\.220\.33\.1 is outside 10\.220\.32\.0\/24: use [^\n]*\n$/);
    }
    expect(run("arc-error.json").exitCode).toBe(1);
  });

  it("prints escape sequences from an Arc plan as visible text", () => {
    const { exitCode, stdout } = run("arc-escape.json");
    expect(exitCode).toBe(1);
    expect(active(stdout)).toEqual([]);
    expect(stdout).toContain("cluster x\\u001b[2K\\u202e (one IP per control-plane node)");
  });
});

// Each case starts Node and tsx (seconds on a busy machine): few cases, and a timeout that fits a
// loaded machine rather than the default 5 s.
describe("plan-cli as a process", { timeout: 60_000 }, () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/plan-cli.ts", ...args]);
  const dir = mkdtempSync(join(tmpdir(), "plan-cli-"));

  it.each([
    [["public/examples/jane.json", "--format", "ps1"], 0, /^\uFEFF[^]*New-AksHciNetworkSetting/],
    [["public/examples/jane-aks-arc.json"], 0, /^Totals: 16 in the IP pool, 3 for load balancers, 19 in all$/m],
    [["public/examples/jane-aks-arc.json", "--format", "sh"], 0, /^#!\/usr\/bin\/env bash\n[^]*az aksarc create/],
    [["does/not/exist.json"], 2, /^Cannot read does\/not\/exist\.json/],
  ])("%j exits %i", (args, code, output) => {
    const result = cli(...args);
    expect(result.status).toBe(code);
    expect((code === 0 ? result.stdout : result.stderr).toString("utf8")).toMatch(output);
  });

  it("reads a UTF-16 file with a BOM and writes no control byte from a hostile name (real checks)", () => {
    const path = join(dir, `plan${ESC}[2K.json`);
    writeFileSync(path, utf16le(withClusterName(`x${ESC}[1A${ESC}[2KChecks: 0 errors\u009b2K`)));
    const result = cli(path);
    expect(result.status).toBe(1);
    const bytes = [...result.stdout];
    expect(bytes).not.toContain(0x1b);
    expect(bytes.filter((byte) => byte < 0x20 && byte !== 0x0a)).toEqual([]);
    // U+009B as UTF-8 is C2 9B: the 8-bit CSI a terminal may act on.
    expect(result.stdout.includes(Buffer.from("\u009b"))).toBe(false);
    const text = result.stdout.toString("utf8");
    expect(text).toContain(`plan\\u001b[2K.json`);
    expect(text).toMatch(/^Checks: [1-9]\d* errors?, /m);
    expect(text).not.toMatch(/^Checks: 0 errors/m);
  });
});

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
