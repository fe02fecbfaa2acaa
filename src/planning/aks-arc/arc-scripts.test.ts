import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arcScript, shQuote } from "./arc-scripts";
import { createArcPlan } from "./create-arc-plan";
import { janeArc, janeArcWith } from "./fixtures/arc-plan-inputs";

const script = (input = janeArc(), shell: "ps1" | "sh" = "sh") => {
  const result = arcScript(createArcPlan(input), shell);
  if (!result.ok) throw new Error(result.reason);
  return result.script;
};

/** A switch name the checks accept (no control or cmd.exe characters) that would run commands if unquoted. */
const HOSTILE_SWITCH = "$(touch pwned1)'; touch pwned2; echo ’$(calc)‘ ${IFS}\\x";
const hostile = janeArcWith((input) => (input.logicalNetwork.vmSwitchName = HOSTILE_SWITCH));

describe("the Arc scripts", () => {
  it("write every command of the vendor example, in both shells", () => {
    for (const shell of ["sh", "ps1"] as const) {
      const text = script(janeArc(), shell);
      for (const command of ["az stack-hci-vm network lnet create", "az aksarc create", "az k8s-runtime load-balancer enable", "az k8s-runtime load-balancer create"]) {
        expect(text).toContain(command);
      }
      expect(text).toMatch(/--ip-allocation-method 'Static'/);
      expect(text).toMatch(/--ip-pool-start '10\.220\.32\.18'/);
      expect(text).toMatch(/--control-plane-count '3'/);
      expect(text).toMatch(/--addresses '10\.220\.32\.47-10\.220\.32\.49'/);
      expect(text).toMatch(/--advertise-mode 'ARP'/);
      expect(text).toContain("REPLACE-WITH-CUSTOM-LOCATION-RESOURCE-ID");
      expect(text).not.toContain("nodepool add");
      expect(text).not.toContain("bgp-peer");
    }
  });

  it("add node pools, a typed control-plane IP, pod CIDR and BGP peers when the plan has them", () => {
    const input = janeArc();
    const b = input.clusters[1]!;
    b.controlPlaneIp = "10.220.32.60";
    b.podCidr = "172.30.0.0/16";
    b.nodePools.push({ name: "win", count: 2, osType: "windows" });
    b.loadBalancer = { addressRanges: ["10.220.32.50/31"], advertiseMode: "Both", bgpPeers: [{ name: "tor1", peerAddress: "10.220.32.1", peerAsn: 64512, myAsn: 64513 }] };
    const text = script(input);
    expect(text).toContain("--control-plane-ip '10.220.32.60'");
    expect(text).toContain("--pod-cidr '172.30.0.0/16'");
    expect(text).toMatch(/az aksarc nodepool add \\\n {2}--resource-group "\$\{RESOURCE_GROUP\}" \\\n {2}--cluster-name 'cluster-b' \\\n {2}--name 'win' \\\n {2}--node-count '2' \\\n {2}--os-type 'Windows'/);
    expect(text).toMatch(/bgp-peer create \\\n {2}--bgp-peer-name 'tor1' \\\n {2}--resource-uri "\$\{CLUSTER2_URI\}" \\\n {2}--my-asn '64513' \\\n {2}--peer-asn '64512' \\\n {2}--peer-address '10\.220\.32\.1'/);
    expect(text).toContain("--addresses '10.220.32.50-10.220.32.51'");
  });

  it("write the flags the vendor facts mark unverified only as comments that say so", () => {
    const input = janeArc();
    input.clusters[0]!.nodePools.push({ name: "pool2", count: 1, osType: "linux" });
    for (const shell of ["sh", "ps1"] as const) {
      const lines = script(input, shell).split("\n");
      expect(lines.filter((line) => line.includes("--validate"))).toEqual([expect.stringMatching(/^# Unverified: az aksarc create --validate/)]);
      expect(lines).toContain("# Unverified: az aksarc nodepool add is checked only against the vendor's online reference (no repository copy).");
      expect(lines.some((line) => /^# .*load-balancer create is in preview/.test(line))).toBe(true);
    }
  });

  it("are refused while the plan has errors, naming the first", () => {
    const input = janeArc();
    input.logicalNetwork.gateway = "10.220.33.1";
    const result = arcScript(createArcPlan(input), "sh");
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^The plan has 1 error: .* First: Gateway 10\.220\.33\.1 is outside 10\.220\.32\.0\/24/) });
  });

  it("let PowerShell stop on a failing az, as set -euo pipefail does in bash", () => {
    expect(script(janeArc(), "ps1").split("\n").slice(0, 2)).toEqual(["$ErrorActionPreference = 'Stop'", "$PSNativeCommandUseErrorActionPreference = $true"]);
    expect(script(janeArc(), "sh").split("\n").slice(0, 2)).toEqual(["#!/usr/bin/env bash", "set -euo pipefail"]);
  });
});

describe("shQuote in a real bash", () => {
  it("gives back every string exactly, whatever it holds", () => {
    const unit = fc.constantFrom(...[..."'\"$`\\\n\t\r !;&|(){}<>*?[]~#%^=,.:/-_\u2018\u2019\u00e9\u540d\u{1F600}aZ09"]);
    const samples = fc.sample(fc.string({ unit, maxLength: 30 }), { seed: 11, numRuns: 300 });
    samples.push("it's", "$(id)", "`id`", "a\nb", "'; rm -rf / #", "\\", "!!", "${IFS}");
    const program = samples.map((text) => `printf '%s\\0' ${shQuote(text)}`).join("\n");
    const result = spawnSync("bash", ["-c", program], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.split("\0").slice(0, -1)).toEqual(samples);
  });
});

describe("a hostile VM switch name", () => {
  it("reaches az as one literal argument in bash and runs nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "arc-sh-"));
    writeFileSync(join(dir, "deploy.sh"), script(hostile()));
    const stub = `az() { for arg in "$@"; do printf '%s\\0' "$arg"; done >> args.bin; printf '\\n' >> args.bin; echo /lnet/id; }; source ./deploy.sh`;
    const result = spawnSync("bash", ["-c", stub], { cwd: dir, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["args.bin", "deploy.sh"]);
    const calls = readFileSync(join(dir, "args.bin"), "utf8").split("\n").filter((call) => call !== "").map((call) => call.split("\0").slice(0, -1));
    const lnet = calls.find((args) => args.slice(0, 4).join(" ") === "stack-hci-vm network lnet create");
    expect(lnet?.[lnet.indexOf("--vm-switch-name") + 1]).toBe(HOSTILE_SWITCH);
    const create = calls.find((args) => args.slice(0, 2).join(" ") === "aksarc create");
    expect(create?.[create.indexOf("--vnet-ids") + 1]).toBe("/lnet/id");
    const enable = calls.find((args) => args.slice(0, 3).join(" ") === "k8s-runtime load-balancer enable");
    expect(enable?.[4]).toBe("/subscriptions/REPLACE-WITH-SUBSCRIPTION-ID/resourceGroups/REPLACE-WITH-RESOURCE-GROUP/providers/Microsoft.Kubernetes/connectedClusters/cluster-a");
  });

  it("stays inside one PowerShell single-quoted literal, quotes (typographic too) doubled", () => {
    const line = script(hostile(), "ps1").split("\n").find((candidate) => candidate.startsWith("  --vm-switch-name "));
    const literal = line?.slice("  --vm-switch-name ".length, -" `".length) ?? "";
    expect(line?.endsWith(" `")).toBe(true);
    expect(readPowerShellLiteral(literal)).toEqual({ value: HOSTILE_SWITCH, rest: "" });
  });
});

/**
 * PowerShell's single-quoted string: any of ' ‘ ’ ‚ ‛ ends it, unless another such quote follows,
 * which makes the pair one quote character. Nothing else is special inside.
 */
function readPowerShellLiteral(text: string): { value: string; rest: string } | null {
  const quote = /['\u2018\u2019\u201A\u201B]/;
  if (!quote.test(text.charAt(0))) return null;
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (!quote.test(char)) value += char;
    else if (quote.test(text.charAt(i + 1))) value += text.charAt(++i);
    else return { value, rest: text.slice(i + 1) };
  }
  return null;
}
