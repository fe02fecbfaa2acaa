import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeDhcp, janeStatic } from "./fixtures/plan-inputs";
import type { PlanInput } from "./plan-input-schema";
import { deploymentScript, psQuote } from "./powershell";

const SEED = 20_240_611;

const HEADER_PORTS = [
  "# Ports to open between the VLAN of the HCI hosts and the VLAN of the Kubernetes virtual network, when they differ:",
  "#   TCP 45000 to every HCI host (wssdagent): node agent gRPC server",
  "#   TCP 45001 to every HCI host (wssdagent): node agent gRPC authentication",
  "#   TCP 55000 to the cloud service IP (wssdcloudagent): cloud agent gRPC server",
  "#   TCP 65000 to the cloud service IP (wssdcloudagent): cloud agent gRPC authentication",
  "",
];
const SETUP = [
  "# Run on one HCI host in an elevated PowerShell session, after Initialize-AksHciNode on every HCI host.",
  "# Change these first: both paths must be on storage every HCI host reaches, such as a Cluster Shared Volume.",
  "$workingDir = 'C:\\ClusterStorage\\Volume1\\AksHci\\WorkingDir'",
  "$cloudConfigLocation = 'C:\\ClusterStorage\\Volume1\\AksHci\\Config'",
  "$subscriptionId = '<Azure subscription ID>'",
  "$resourceGroupName = '<Azure resource group>'",
  "",
];
const INSTALL_AND_CLUSTERS = [
  "",
  "Set-AksHciConfig -workingDir $workingDir -cloudConfigLocation $cloudConfigLocation -vnet $vnet -cloudservicecidr '10.0.1.10/24'",
  "Set-AksHciRegistration -subscriptionId $subscriptionId -resourceGroupName $resourceGroupName",
  "Install-AksHci",
  "",
  "# Workload clusters",
  "New-AksHciCluster -name 'clustera' -controlPlaneNodeCount 3 -nodePoolName 'nodepool1' -nodeCount 5 -osType Linux",
  "New-AksHciCluster -name 'clusterb' -controlPlaneNodeCount 1 -nodePoolName 'nodepool1' -nodeCount 3 -osType Linux",
];

const JANE_STATIC = [
  "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
  "# Plan: static IP networking in 10.0.0.0/24, 32 IP addresses (a /26 at least): 27 for the Kubernetes node VM pool, 5 for the virtual IP pool.",
  "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
  "#",
  ...HEADER_PORTS,
  ...SETUP,
  "$vnet = New-AksHciNetworkSetting -name 'janevnet' -vswitchName 'External' -k8sNodeIpPoolStart '10.0.0.20' -k8sNodeIpPoolEnd '10.0.0.99' -vipPoolStart '10.0.0.200' -vipPoolEnd '10.0.0.219' -ipAddressPrefix '10.0.0.0/24' -gateway '10.0.0.1' -dnsServers '10.0.0.10'",
  ...INSTALL_AND_CLUSTERS,
  "",
].join("\n");

const JANE_DHCP = [
  "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
  "# Plan: DHCP networking in 10.0.0.0/24, 32 IP addresses (a /26 at least) reserved on the DHCP server: 5 excluded from the scope for the virtual IP pool, 27 leases kept free for the node VMs.",
  "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
  "#",
  ...HEADER_PORTS,
  "# On the Windows DHCP server for 10.0.0.0/24 (not on the HCI hosts): the scope must never lease the virtual IP pool 10.0.0.200-10.0.0.219.",
  "# The planned scope 10.0.0.20-10.0.0.199 leaves it out; if the scope on the server covers it, exclude it there:",
  "# Add-DhcpServerv4ExclusionRange -ScopeId '10.0.0.0' -StartRange '10.0.0.200' -EndRange '10.0.0.219'",
  "",
  ...SETUP,
  "$vnet = New-AksHciNetworkSetting -name 'janevnet' -vswitchName 'External' -vipPoolStart '10.0.0.200' -vipPoolEnd '10.0.0.219'",
  ...INSTALL_AND_CLUSTERS,
  "",
].join("\n");

function scriptOf(input: PlanInput): string {
  const result = deploymentScript(createPlan(input));
  if (!result.ok) throw new Error(`blocked: ${result.reason}`);
  return result.script;
}

function janeWith(edit: (input: PlanInput) => void, base = janeStatic): PlanInput {
  const input = base();
  edit(input);
  return input;
}

const QUOTES = "'\u2018\u2019\u201A\u201B";

/**
 * How PowerShell's tokenizer reads single-quoted strings: any of ' ‘ ’ ‚ ‛ opens and closes one,
 * two in a row inside stand for the second. Returns the code with every literal replaced by
 * <literal> and comments by <comment>, and the literals' values.
 */
function splitLiterals(script: string): { code: string; literals: string[] } {
  let code = "";
  const literals: string[] = [];
  let at = 0;
  while (at < script.length) {
    const char = script.charAt(at);
    if (char === "#") {
      const end = script.indexOf("\n", at);
      code += "<comment>";
      at = end === -1 ? script.length : end;
    } else if (QUOTES.includes(char)) {
      let value = "";
      at++;
      for (;;) {
        if (at >= script.length) throw new Error("unterminated string literal");
        const inside = script.charAt(at);
        if (QUOTES.includes(inside)) {
          const next = script.charAt(at + 1);
          if (next !== "" && QUOTES.includes(next)) {
            value += next;
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += inside;
        at++;
      }
      literals.push(value);
      code += "<literal>";
    } else {
      code += char;
      at++;
    }
  }
  return { code, literals };
}

describe("deploymentScript", () => {
  it("writes Jane's static plan", () => {
    expect(scriptOf(janeStatic())).toBe(JANE_STATIC);
  });

  it("writes Jane's plan on DHCP, with the exclusion for the DHCP server", () => {
    expect(scriptOf(janeDhcp())).toBe(JANE_DHCP);
  });

  it("passes several DNS servers as an array and the vLAN as -vlanID", () => {
    const script = scriptOf(
      janeWith((input) => {
        input.vnet.dnsServers = ["10.0.0.10", "", "10.0.0.11"];
        input.vnet.vlanId = "7";
      }),
    );
    expect(script).toContain(" -gateway '10.0.0.1' -dnsServers '10.0.0.10','10.0.0.11' -vlanID 7\n");
  });

  it("creates further node pools with New-AksHciNodePool", () => {
    const script = scriptOf(
      janeWith((input) => {
        input.clusters[0]!.nodePools = [
          { name: "linuxpool", count: 3, osType: "linux" },
          { name: "winpool", count: 2, osType: "windows" },
        ];
      }),
    );
    expect(script).toContain(
      "New-AksHciCluster -name 'clustera' -controlPlaneNodeCount 3 -nodePoolName 'linuxpool' -nodeCount 3 -osType Linux\n" +
        "New-AksHciNodePool -clusterName 'clustera' -name 'winpool' -count 2 -osType Windows\n",
    );
  });

  it("leaves out -cloudservicecidr when the HCI hosts take DHCP addresses", () => {
    const script = scriptOf(janeWith((input) => (input.cloudService = { hostAddressing: "dhcp", cloudServiceCidr: "", hciHostIp: "" })));
    expect(script).toContain("Set-AksHciConfig -workingDir $workingDir -cloudConfigLocation $cloudConfigLocation -vnet $vnet\n");
  });

  it("is blocked while the plan has errors, naming the count and the first", () => {
    const result = deploymentScript(
      createPlan(
        janeWith((input) => {
          input.vnet.gateway = "192.168.1.1";
          input.clusters[0]!.name = "cluster-a";
        }),
      ),
    );
    expect(result).toEqual({
      ok: false,
      reason:
        "The plan has 2 errors: fix them before deploying, since network settings cannot be changed afterwards. " +
        "First: Gateway 192.168.1.1 is outside 10.0.0.0/24: use an address from 10.0.0.1 to 10.0.0.254",
    });
  });

  it("is blocked for a switch name with a line break rather than splitting the argument", () => {
    const result = deploymentScript(createPlan(janeWith((input) => (input.vnet.vswitchName = "External\nRemove-Item C:\\ -Recurse"))));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^The plan has 1 error: fix it before deploying.* First: The virtual switch name contains a line break/);
  });

  it("does not trust a plan whose error count does not match its input", () => {
    const plan = { ...createPlan(janeStatic()), input: janeWith((input) => (input.vnet.vipPoolStart = "10.0.0.300")) };
    expect(deploymentScript(plan)).toEqual({ ok: false, reason: "The plan's virtual IP pool start cannot be read: open the plan again so its checks run." });
  });
});

describe("deploymentScript escaping", () => {
  const janeCode = splitLiterals(JANE_STATIC).code;

  it.each([
    `"; Remove-Item C:\\ -Recurse; "`,
    `'; Remove-Item C:\\ -Recurse; '`,
    "\u2019; Remove-Item C:\\ -Recurse; \u2018",
    "\u201A\u201B''\u2018",
    "$(calc)",
    "`$(calc)`n; calc",
    "<img src=x onerror=alert(1)>",
    "x".repeat(256),
  ])("keeps the switch name %s one literal argument", (name) => {
    const script = scriptOf(janeWith((input) => (input.vnet.vswitchName = name)));
    const { code, literals } = splitLiterals(script);
    expect(code).toBe(janeCode);
    expect(literals).toContain(name);
  });

  it("keeps any switch name the checks accept one literal argument", () => {
    const acceptedName = fc.string({ unit: "binary", minLength: 1, maxLength: 256 }).filter((name) => name.trim() !== "" && !/[\p{Cc}\u2028\u2029]/u.test(name));
    fc.assert(
      fc.property(acceptedName, (name) => {
        const { code, literals } = splitLiterals(scriptOf(janeWith((input) => (input.vnet.vswitchName = name))));
        expect(code).toBe(janeCode);
        expect(literals).toContain(name);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });
});

describe("psQuote", () => {
  it.each([
    ["plain", "External", "'External'"],
    ["a quote", "it's", "'it''s'"],
    ["typographic quotes", "\u2018a\u2019", "'\u2018\u2018a\u2019\u2019'"],
    ["dollar and backtick", "$env:PATH `n", "'$env:PATH `n'"],
  ])("quotes %s", (_name, value, quoted) => {
    expect(psQuote(value)).toBe(quoted);
  });

  it("keeps a line break inside the literal, where it cannot start a command", () => {
    const value = "a\nRemove-Item C:\\ -Recurse\r\n'; calc";
    expect(splitLiterals(`Write-Output ${psQuote(value)}\n`)).toEqual({ code: "Write-Output <literal>\n", literals: [value] });
  });
});
