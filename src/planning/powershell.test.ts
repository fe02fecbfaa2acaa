import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeDhcp, janeStatic, twoNetworks, twoNetworksDhcp } from "./fixtures/plan-inputs";
import type { PlanInput } from "./plan-input-schema";
import { deploymentScript } from "./powershell";
import { psPath, psQuote } from "./powershell-syntax";
import { readInput } from "./read-input";

const SEED = 20_240_611;

const HEADER = [
  "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
  "# Before running: Initialize-AksHciNode on every HCI host, IPv6 off on the hosts, the same external vSwitch name on all of them.",
  "#",
  "# Ports to open between the VLAN of the HCI hosts and the VLAN of the Kubernetes virtual network, when they differ:",
  "#   TCP 22 on the AKS VMs (SSH, for collecting logs with Get-AksHciLogs): from the HCI hosts to the AKS VMs (Kubernetes node VM pool or DHCP leases)",
  "#   TCP 6443 on the AKS VMs (Kubernetes API server): from the HCI hosts to the AKS VMs (Kubernetes node VM pool or DHCP leases)",
  "#   TCP 46000 on the AKS VMs (cloud agent to the load balancer agent, lbagent): from the HCI hosts to the AKS VMs (Kubernetes node VM pool or DHCP leases)",
  "#   TCP 55000 on the cloud agent's IP (-cloudServiceCidr) (cloud agent gRPC server): from the AKS VMs to the cloud agent's IP",
  "#   TCP 65000 on the cloud agent's IP (-cloudServiceCidr) (cloud agent gRPC authentication): from the AKS VMs to the cloud agent's IP",
  "#   TCP 45000, 45001 on every HCI host (node agent, wssdagent) (node agent gRPC server and authentication): no rule needed: used on the hosts themselves, not across VLANs",
  "",
];
const VARIABLES = [
  "# Run the rest on one HCI host in an elevated PowerShell session. Replace these two first:",
  "$subscriptionId = '<Azure subscription ID>'",
  "$resourceGroupName = '<Azure resource group>'",
  "",
];
const CONFIG_AND_CLUSTERS = [
  "# Sets the AKS host's configuration: image, working and cloud agent directories, the virtual network and the cloud agent's address.",
  "# On a multi-node HCI cluster the three directories must be on shared storage every host reaches (a Cluster Shared Volume or an SMB share).",
  "$configParameters = @{",
  "    imageDir            = (Join-Path $env:SystemDrive 'AksHciImageStore')",
  "    workingDir          = (Join-Path $env:SystemDrive 'AksHci')",
  "    cloudConfigLocation = (Join-Path $env:SystemDrive 'wssdcloudagent')",
  "    vnet                = $vnet",
  "    cloudServiceCidr    = '10.0.1.10/24'",
  "}",
  "Set-AksHciConfig @configParameters",
  "",
  "# Registers the AKS host with Azure Arc in your subscription and resource group.",
  "$registrationParameters = @{",
  "    subscriptionId    = $subscriptionId",
  "    resourceGroupName = $resourceGroupName",
  "}",
  "Set-AksHciRegistration @registrationParameters",
  "",
  "# Deploys the AKS host (management cluster) and the cloud agent with the settings above.",
  "Install-AksHci",
  "",
  "# Creates workload cluster 1 with 3 control plane nodes and its first node pool of 5.",
  "$cluster1Parameters = @{",
  "    name                  = 'clustera'",
  "    controlPlaneNodeCount = 3",
  "    nodePoolName          = 'nodepool1'",
  "    nodeCount             = 5",
  "    osType                = 'Linux'",
  "}",
  "New-AksHciCluster @cluster1Parameters",
  "",
  "# Creates workload cluster 2 with 1 control plane node and its first node pool of 3.",
  "$cluster2Parameters = @{",
  "    name                  = 'clusterb'",
  "    controlPlaneNodeCount = 1",
  "    nodePoolName          = 'nodepool1'",
  "    nodeCount             = 3",
  "    osType                = 'Linux'",
  "}",
  "New-AksHciCluster @cluster2Parameters",
];

const JANE_STATIC = [
  "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
  "# Plan: static IP networking in 10.0.0.0/24, 32 IP addresses (a /26 at least): 27 for the Kubernetes node VM pool, 5 for the virtual IP pool.",
  ...HEADER,
  ...VARIABLES,
  "# Creates the AKS host's virtual network (static IP model): the node VM pool, the virtual IP pool, the gateway and the DNS servers.",
  "$networkParameters = @{",
  "    name               = 'janevnet'",
  "    vswitchName        = 'External'",
  "    k8sNodeIpPoolStart = '10.0.0.20'",
  "    k8sNodeIpPoolEnd   = '10.0.0.99'",
  "    vipPoolStart       = '10.0.0.200'",
  "    vipPoolEnd         = '10.0.0.219'",
  "    ipAddressPrefix    = '10.0.0.0/24'",
  "    gateway            = '10.0.0.1'",
  "    dnsServers         = @('10.0.0.10')",
  "}",
  "$vnet = New-AksHciNetworkSetting @networkParameters",
  "",
  ...CONFIG_AND_CLUSTERS,
  "",
].join("\n");

const JANE_DHCP = [
  "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
  "# Plan: DHCP networking in 10.0.0.0/24, 32 IP addresses (a /26 at least) reserved on the DHCP server: 5 excluded from the scope for the virtual IP pool, 27 leases kept free for the node VMs.",
  ...HEADER,
  "# On the Windows DHCP server (not on the HCI hosts): the scope must never lease the virtual IP pool 10.0.0.200-10.0.0.219.",
  "# The planned scope 10.0.0.20-10.0.0.199 leaves it out; if the scope on the server covers it, exclude it there:",
  "# Add-DhcpServerv4ExclusionRange -ScopeId '10.0.0.0' -StartRange '10.0.0.200' -EndRange '10.0.0.219'",
  "",
  ...VARIABLES,
  "# Creates the AKS host's virtual network (DHCP model): the nodes lease their addresses; the API servers and services take the virtual IP pool.",
  "$networkParameters = @{",
  "    name         = 'janevnet'",
  "    vswitchName  = 'External'",
  "    vipPoolStart = '10.0.0.200'",
  "    vipPoolEnd   = '10.0.0.219'",
  "}",
  "$vnet = New-AksHciNetworkSetting @networkParameters",
  "",
  ...CONFIG_AND_CLUSTERS,
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
    expect(script).toContain("    gateway            = '10.0.0.1'\n    dnsServers         = @('10.0.0.10', '10.0.0.11')\n    vlanID             = 7\n}\n");
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
    expect(script).toContain("    nodePoolName          = 'linuxpool'\n    nodeCount             = 3\n");
    expect(script).toContain(
      "# Adds node pool 2 of workload cluster 1: 2 Windows nodes.\n" +
        "$cluster1Pool2Parameters = @{\n    clusterName = 'clustera'\n    name        = 'winpool'\n    count       = 2\n    osType      = 'Windows'\n}\nNew-AksHciNodePool @cluster1Pool2Parameters\n",
    );
  });

  it("leaves out -cloudservicecidr when the HCI hosts take DHCP addresses", () => {
    const script = scriptOf(janeWith((input) => (input.cloudService = { hostAddressing: "dhcp", cloudServiceCidr: "", hciHostIp: "" })));
    expect(script).toContain("    vnet                = $vnet\n}\nSet-AksHciConfig @configParameters\n");
    expect(script).not.toMatch(/cloudServiceCidr\s+=/);
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
    const stale = janeWith((input) => (input.vnet.vipPoolStart = "10.0.0.300"));
    const plan = { ...createPlan(janeStatic()), input: stale, reading: readInput(stale) };
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
      { numRuns: 200, seed: SEED },
    );
  });
});

/** Every `name = value` line of the hashtable splatted into `cmdlet`, as [name, value]. */
function parametersOf(script: string, cmdlet: string): Array<[string, string]> {
  const lines = script.split("\n");
  const call = lines.findIndex((line) => line.includes(cmdlet.includes("@") ? cmdlet : `${cmdlet} @`));
  const open = lines.slice(0, call).findLastIndex((line) => line.endsWith("= @{"));
  return lines.slice(open + 1, call - 1).map((line) => {
    const [name = "", ...value] = line.trim().split(" = ");
    return [name.trim(), value.join(" = ")];
  });
}

/** The lines from a command's comment down to its call. */
function commandLines(script: string, call: string): string[] {
  const lines = script.split("\n");
  const end = lines.findIndex((line) => line.startsWith(call));
  let start = end;
  while (start > 0 && lines[start - 1] !== "") start--;
  return lines.slice(start, end + 1);
}

describe("deploymentScript with cluster networks (issue 10)", () => {
  const script = scriptOf(twoNetworks());

  it("creates the cluster network with New-AksHciClusterNetwork, splatted like New-AksHciNetworkSetting, after Install-AksHci", () => {
    expect(commandLines(script, "$clusterNetwork1 = New-AksHciClusterNetwork")).toEqual([
      "# Creates cluster network 1, the virtual network of the workload clusters that name it (static IP model): the node VM pool, the virtual IP pool, the gateway and the DNS servers.",
      "$clusterNetwork1Parameters = @{",
      "    name               = 'clusterbvnet'",
      "    vswitchName        = 'External'",
      "    k8sNodeIpPoolStart = '10.0.1.20'",
      "    k8sNodeIpPoolEnd   = '10.0.1.99'",
      "    vipPoolStart       = '10.0.1.200'",
      "    vipPoolEnd         = '10.0.1.219'",
      "    ipAddressPrefix    = '10.0.1.0/24'",
      "    gateway            = '10.0.1.1'",
      "    dnsServers         = @('10.0.1.10')",
      "    vlanID             = 20",
      "}",
      "$clusterNetwork1 = New-AksHciClusterNetwork @clusterNetwork1Parameters",
    ]);
    expect(script.indexOf("Install-AksHci\n")).toBeLessThan(script.indexOf("New-AksHciClusterNetwork @"));
  });

  it("passes it to cluster B alone with New-AksHciCluster -vnet, and keeps cluster A on the AKS host's network", () => {
    expect(commandLines(script, "New-AksHciCluster @cluster2Parameters")).toContain("    vnet                  = $clusterNetwork1");
    expect(commandLines(script, "New-AksHciCluster @cluster1Parameters").some((line) => line.includes("vnet"))).toBe(false);
    expect(script.indexOf("$clusterNetwork1 = ")).toBeLessThan(script.indexOf("New-AksHciCluster @cluster2Parameters"));
  });

  it("says each network's figures and the whole deployment's in its header", () => {
    expect(script.split("\n").slice(1, 4)).toEqual([
      "# Plan: static IP networking in 10.0.0.0/24, 20 IP addresses (a /27 at least): 17 for the Kubernetes node VM pool, 3 for the virtual IP pool.",
      "# Cluster network 1 (vLAN 20): static IP networking in 10.0.1.0/24, 12 IP addresses (a /28 at least): 10 for the Kubernetes node VM pool, 2 for the virtual IP pool.",
      "# In all, over 2 virtual networks: 32 IP addresses, 27 node-side and 5 virtual IPs.",
    ]);
  });

  it("on DHCP, leaves one exclusion per network for the DHCP server, each in its own scope", () => {
    const dhcp = scriptOf(twoNetworksDhcp());
    expect(dhcp).toContain("# Add-DhcpServerv4ExclusionRange -ScopeId '10.0.0.0' -StartRange '10.0.0.200' -EndRange '10.0.0.219'");
    expect(dhcp).toContain("# Add-DhcpServerv4ExclusionRange -ScopeId '10.0.1.0' -StartRange '10.0.1.200' -EndRange '10.0.1.219'");
    expect(commandLines(dhcp, "$clusterNetwork1 = New-AksHciClusterNetwork").some((line) => line.includes("k8sNodeIpPool"))).toBe(false);
  });

  it("keeps a typed network name one literal, never a comment or a command", () => {
    const input = twoNetworks();
    const hostile = "x'; Remove-Item C:\\ -Recurse; '";
    input.clusterNetworks![0]!.name = hostile;
    input.clusters[1]!.network = hostile;
    const plan = createPlan(input);
    // The name rule refuses it: the script is blocked, naming the reason.
    expect(deploymentScript(plan)).toMatchObject({ ok: false, reason: expect.stringContaining("New-AksHciClusterNetwork") });
  });
});

describe("deploymentScript, the vendor's cmdlets (vendor-facts 1c)", () => {
  it("gives every command a comment that says what it does, right above it", () => {
    const result = deploymentScript(createPlan(janeStatic()));
    expect(result.ok && result.commands.map((command) => [command.id, command.lines[0]?.startsWith("# ")])).toEqual([
      ["variables", true],
      ["network", true],
      ["config", true],
      ["registration", true],
      ["install", true],
      ["cluster-1", true],
      ["cluster-2", true],
    ]);
  });

  it("names New-AksHciNetworkSetting's parameters as the cmdlet does", () => {
    expect(parametersOf(scriptOf(janeStatic()), "New-AksHciNetworkSetting").map(([name]) => name)).toEqual([
      "name",
      "vswitchName",
      "k8sNodeIpPoolStart",
      "k8sNodeIpPoolEnd",
      "vipPoolStart",
      "vipPoolEnd",
      "ipAddressPrefix",
      "gateway",
      "dnsServers",
    ]);
  });

  it("passes Set-AksHciConfig -imageDir, -workingDir and -cloudConfigLocation from the plan", () => {
    const input = janeWith((i) => (i.storage = { imageDir: "C:\\ClusterStorage\\Volume1\\Images", workingDir: "\\\\fs\\aks\\work", cloudConfigLocation: "%SystemDrive%\\wssd" }));
    expect(parametersOf(scriptOf(input), "Set-AksHciConfig")).toEqual([
      ["imageDir", "'C:\\ClusterStorage\\Volume1\\Images'"],
      ["workingDir", "'\\\\fs\\aks\\work'"],
      ["cloudConfigLocation", "(Join-Path $env:SystemDrive 'wssd')"],
      ["vnet", "$vnet"],
      ["cloudServiceCidr", "'10.0.1.10/24'"],
    ]);
  });

  it("writes New-AksHciProxySetting and hands it to Set-AksHciConfig -proxySettings", () => {
    const input = janeWith((i) => (i.proxy = { enabled: true, http: "http://proxy.example.com:3128", https: "http://proxy.example.com:3129", noProxy: "localhost,127.0.0.1,.svc,10.0.0.0/24", credential: true }));
    const script = scriptOf(input);
    expect(parametersOf(script, "New-AksHciProxySetting")).toEqual([
      ["name", "'akshciproxy'"],
      ["http", "'http://proxy.example.com:3128'"],
      ["https", "'http://proxy.example.com:3129'"],
      ["noProxy", "'localhost,127.0.0.1,.svc,10.0.0.0/24'"],
      ["credential", "(Get-Credential -Message 'User name and password for the proxy')"],
    ]);
    expect(script).toContain("$proxySetting = New-AksHciProxySetting @proxyParameters\n");
    expect(parametersOf(script, "Set-AksHciConfig")).toContainEqual(["proxySettings", "$proxySetting"]);
    expect(script.indexOf("New-AksHciProxySetting @")).toBeLessThan(script.indexOf("Set-AksHciConfig @"));
  });

  it("writes no proxy command when the proxy is off", () => {
    const script = scriptOf(janeWith((i) => (i.proxy = { enabled: false, http: "http://x:1", https: "", noProxy: "", credential: false })));
    expect(script).not.toContain("New-AksHciProxySetting");
    expect(script).not.toContain("proxySettings");
  });

  it("writes New-AksHciLoadBalancerSetting -loadBalancerSku none and New-AksHciCluster -loadBalancerSettings for a cluster without a load balancer", () => {
    const script = scriptOf(janeWith((i) => (i.clusters[1]!.loadBalancer = "none")));
    expect(parametersOf(script, "New-AksHciLoadBalancerSetting")).toEqual([
      ["name", "'clusterblb'"],
      ["loadBalancerSku", "'none'"],
    ]);
    expect(script).toContain("$loadBalancer2 = New-AksHciLoadBalancerSetting @loadBalancer2Parameters\n");
    expect(script).toContain("    loadBalancerSettings  = $loadBalancer2\n}\nNew-AksHciCluster @cluster2Parameters\n");
    expect(parametersOf(script, "New-AksHciCluster @cluster1Parameters").map(([name]) => name)).not.toContain("loadBalancerSettings");
  });

  it("is not blocked in the DHCP model without prefix or scope, and leaves the exclusion for the admin to fill in", () => {
    const script = scriptOf(janeWith((i) => Object.assign(i.vnet, { addressPrefix: "", dhcpScopeStart: "", dhcpScopeEnd: "" }), janeDhcp));
    expect(script).toContain("# Fill in -ScopeId first: the network address of the subnet the DHCP scope serves (the plan has no address prefix).\n");
    expect(script).toContain("# Add-DhcpServerv4ExclusionRange -ScopeId '<scope ID>' -StartRange '10.0.0.200' -EndRange '10.0.0.219'\n");
    expect(script).toContain("# The plan has no DHCP scope");
    expect(parametersOf(script, "New-AksHciNetworkSetting").map(([name]) => name)).toEqual(["name", "vswitchName", "vipPoolStart", "vipPoolEnd"]);
  });

  it("keeps hostile storage paths, proxy settings and names one literal each", () => {
    const hostile = "'; Remove-Item C:\\ -Recurse; $(calc) \u2019`";
    const plain = janeWith((i) => {
      i.storage = { imageDir: "a", workingDir: "b", cloudConfigLocation: "c" };
      i.proxy = { enabled: true, http: "http://p:1", https: "", noProxy: "x", credential: false };
      i.clusters[1]!.loadBalancer = "none";
    });
    const evil = janeWith((i) => {
      i.storage = { imageDir: hostile, workingDir: hostile, cloudConfigLocation: hostile };
      i.proxy = { enabled: true, http: "http://p:1", https: "", noProxy: hostile, credential: false };
      i.clusters[1]!.loadBalancer = "none";
    });
    const { code, literals } = splitLiterals(scriptOf(evil));
    expect(code).toBe(splitLiterals(scriptOf(plain)).code);
    expect(literals.filter((literal) => literal === hostile)).toHaveLength(4);
  });
});

describe("psPath", () => {
  it.each([
    ["%systemdrive%\\AksHci", "(Join-Path $env:SystemDrive 'AksHci')"],
    ["%SYSTEMDRIVE%\\a'b", "(Join-Path $env:SystemDrive 'a''b')"],
    ["C:\\ClusterStorage\\Volume1", "'C:\\ClusterStorage\\Volume1'"],
  ])("writes %s as %s", (path, written) => {
    expect(psPath(path)).toBe(written);
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
