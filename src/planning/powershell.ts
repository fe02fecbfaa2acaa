import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING, portsText, ruleText } from "./firewall-ports";
import { formatCidr, formatIpv4 } from "./ipv4";
import type { Plan } from "./plan";
import { loadBalancerOf, proxyOf, storageOf, type CountedInput, type OsType, type PlanInput } from "./plan-input-schema";
import { valueOf, type InputReading } from "./read-input";
import { findingCounts } from "./wording";

/**
 * The plan as the AksHci PowerShell commands that deploy it (PLANNING_SPEC.md section 6,
 * vendor-facts 1c), for an admin to read before running: each command's named parameters in a
 * splatted hashtable, one a line, under a comment that says what the command does.
 *
 * Every text value is a single-quoted PowerShell literal: no variable expansion, no subexpressions
 * ($(...)), no backtick escapes inside, and an embedded quote doubled. PowerShell also ends a
 * single-quoted string at the typographic quotes ‘ ’ ‚ ‛, so those are doubled as well. A line
 * break inside a single-quoted literal is plain text and cannot start a new command; the checks
 * still refuse control characters in every free text that reaches the script, so such a plan is
 * blocked with the reason instead of producing a two-line argument. Comments hold only numbers and
 * addresses the script formats itself, never typed text. Variable names are the script's own.
 */
export type DeploymentScript = { ok: true; script: string } | { ok: false; reason: string };

/** The script with its commands one by one, for the UI's copy buttons and the print view's blocks. */
export type CommandScript = { ok: true; script: string; commands: ScriptCommand[] } | { ok: false; reason: string };

/** One command (or a few that only make sense together) with the comment that says what it does. */
export interface ScriptCommand {
  id: string;
  /** Short heading for the UI's copy button: "New-AksHciNetworkSetting". */
  title: string;
  /** The lines, comment first, ready to paste. */
  lines: string[];
}

/** Placeholders for the admin to replace before running the script. */
export const SCRIPT_PLACEHOLDERS = {
  subscriptionId: "<Azure subscription ID>",
  resourceGroupName: "<Azure resource group>",
  scopeId: "<scope ID>",
} as const;

/** Names the script gives the settings objects it creates; the cmdlets require a name. */
const PROXY_SETTING_NAME = "akshciproxy";

/**
 * The script for a plan without errors, lines ending in "\n". Windows PowerShell 5.1 reads a .ps1
 * without a byte order mark in the ANSI code page, so a download must be saved as UTF-8 with BOM
 * for any non-ASCII switch name to survive.
 */
export function deploymentScript(plan: Plan): CommandScript {
  if (plan.errorCount > 0) return { ok: false, reason: blockedReason(plan) };
  const deployment = readDeployment(plan.input, plan.reading);
  if (typeof deployment === "string") return { ok: false, reason: deployment };
  const commands = [
    ...dhcpServerCommand(deployment),
    registrationVariables(),
    ...proxyCommand(plan.input),
    networkCommand(plan.input, deployment),
    configCommand(plan.input, deployment),
    registrationCommand(),
    installCommand(),
    ...clusterCommands(plan.counted),
  ];
  const lines = [...header(plan, deployment.prefix), ...commands.flatMap((command) => [...command.lines, ""])];
  return { ok: true, script: `${lines.join("\n").trimEnd()}\n`, commands };
}

/**
 * A PowerShell single-quoted literal of `value`: quotes (straight and typographic) doubled.
 * @example psQuote("it's") // "'it''s'"
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/**
 * A storage path as PowerShell: the vendor's defaults start with %systemdrive%, which PowerShell
 * does not expand, so that part becomes $env:SystemDrive and the rest stays a literal.
 * @example psPath("%systemdrive%\\AksHci") // "(Join-Path $env:SystemDrive 'AksHci')"
 */
export function psPath(path: string): string {
  const match = /^%systemdrive%\\?(.*)$/i.exec(path.trim());
  if (match === null) return psQuote(path.trim());
  return `(Join-Path $env:SystemDrive ${psQuote(match[1] ?? "")})`;
}

/** A hashtable value: literal text, a whole number, an array of text, or script-made code (a variable). */
type PsValue = { text: string } | { int: number } | { texts: readonly string[] } | { code: string };

function psValue(value: PsValue): string {
  if ("text" in value) return psQuote(value.text);
  if ("int" in value) return String(value.int);
  if ("texts" in value) return `@(${value.texts.map(psQuote).join(", ")})`;
  return value.code;
}

/**
 * `$variable = @{ ... }` with one parameter a line, keys aligned, then the call that splats it.
 * @example splat("# What it does", "vnetParameters", [["name", { text: "aksvnet" }]], "$vnet = New-AksHciNetworkSetting")
 */
function splat(id: string, cmdlet: string, comment: readonly string[], variable: string, parameters: ReadonlyArray<readonly [string, PsValue]>, call: string): ScriptCommand {
  const width = Math.max(...parameters.map(([name]) => name.length));
  return {
    id,
    title: cmdlet,
    lines: [...comment.map((line) => `# ${line}`), `$${variable} = @{`, ...parameters.map(([name, value]) => `    ${name.padEnd(width)} = ${psValue(value)}`), "}", `${call} @${variable}`],
  };
}

function blockedReason(plan: Plan): string {
  const count = plan.errorCount;
  const first = plan.issues.find((issue) => issue.severity === "error");
  const head = `The plan has ${findingCounts(count, 0, { skipZero: true })}: fix ${count === 1 ? "it" : "them"} before deploying, since network settings cannot be changed afterwards.`;
  return first ? `${head} First: ${first.message}` : head;
}

/** The plan's values as the cmdlets take them: addresses normalised from their 32-bit numbers. */
interface Deployment {
  nodePool: [string, string] | null;
  vipPool: [string, string];
  /** Null when the admin left the DHCP scope out (DHCP model only: a warning, not an error). */
  dhcpScope: [string, string] | null;
  /** Null in the DHCP model when no prefix was entered. */
  prefix: string | null;
  gateway: string | null;
  dnsServers: string[];
  vlanId: number | null;
  cloudServiceCidr: string | null;
}

/**
 * A plan whose errorCount is 0 always reads; this guards a Plan object built or kept elsewhere
 * (an old draft) from turning into a script with a wrong value. Returns the reason otherwise.
 */
function readDeployment(input: PlanInput, reading: InputReading): Deployment | string {
  const unreadable: string[] = [];
  const address = (read: InputReading["gateway"] | undefined, field: string): string => {
    if (read?.status === "ok") return formatIpv4(read.value);
    unreadable.push(field);
    return "";
  };
  const { model } = input;
  const isStatic = model === "static";
  const prefix = valueOf(reading.prefix);
  if (isStatic && prefix === null) unreadable.push("address prefix");
  const staticHosts = input.cloudService.hostAddressing === "static";
  const cloud = valueOf(reading.cloudServiceCidr);
  if (staticHosts && cloud === null) unreadable.push("cloud service CIDR");
  if (!reading.vlanId.ok) unreadable.push("vLAN ID");
  const { nodePool, vipPool, dhcpScope } = reading.pools;
  const scopeEntered = dhcpScope.start.status !== "blank" && dhcpScope.end.status !== "blank";
  const deployment: Deployment = {
    nodePool: isStatic ? [address(nodePool.start, "node VM pool start"), address(nodePool.end, "node VM pool end")] : null,
    vipPool: [address(vipPool.start, "virtual IP pool start"), address(vipPool.end, "virtual IP pool end")],
    dhcpScope: !isStatic && scopeEntered ? [address(dhcpScope.start, "DHCP scope start"), address(dhcpScope.end, "DHCP scope end")] : null,
    prefix: prefix && formatCidr(prefix.network, prefix.prefix),
    gateway: isStatic ? address(reading.gateway, "gateway") : null,
    dnsServers: isStatic ? reading.dnsServers.filter((read) => read.status !== "blank").map((read) => address(read, "DNS server")) : [],
    vlanId: reading.vlanId.ok ? reading.vlanId.value : null,
    cloudServiceCidr: staticHosts && cloud ? formatCidr(cloud.address, cloud.prefix) : null,
  };
  return unreadable.length === 0 ? deployment : `The plan's ${unreadable[0]} cannot be read: open the plan again so its checks run.`;
}

function header(plan: Plan, prefix: string | null): string[] {
  const { need, split, subnet } = plan;
  const reserve = plan.reserve.total > 0 ? `, the growth reserve of ${plan.reserve.total} included` : "";
  const minimum = subnet.minimumPrefix === null ? "" : ` (a /${subnet.minimumPrefix} at least)`;
  const where = prefix ?? "the DHCP scope's subnet";
  const summary =
    split.model === "static"
      ? `# Plan: static IP networking in ${where}, ${need.total} IP addresses${reserve}${minimum}: ${split.nodePoolSize} for the Kubernetes node VM pool, ${split.vipPoolSize} for the virtual IP pool.`
      : `# Plan: DHCP networking in ${where}, ${need.total} IP addresses${reserve}${minimum} reserved on the DHCP server: ${split.exclude} excluded from the scope for the virtual IP pool, ${split.minimumFreeLeases} leases kept free for the node VMs.`;
  return [
    "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
    summary,
    "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
    "# Before running: Initialize-AksHciNode on every HCI host, IPv6 off on the hosts, the same external vSwitch name on all of them.",
    "#",
    `# ${FIREWALL_PORTS_HEADING}:`,
    ...FIREWALL_PORTS.map((port) => `#   ${portsText(port)} on ${port.listensOn} (${port.purpose}): ${ruleText(port)}`),
    "",
  ];
}

/**
 * Runs on the DHCP server, not on the HCI hosts: kept as a comment for the admin to copy there.
 * Without an address prefix the scope ID is unknown, and the comment says what to fill in.
 */
function dhcpServerCommand(deployment: Deployment): ScriptCommand[] {
  if (deployment.nodePool !== null) return [];
  const [vipStart, vipEnd] = deployment.vipPool;
  const scopeId = deployment.prefix === null ? SCRIPT_PLACEHOLDERS.scopeId : deployment.prefix.split("/")[0] ?? "";
  const scope =
    deployment.dhcpScope === null
      ? "# The plan has no DHCP scope: make sure the scope on the server leaves the pool out; if it covers it, exclude it there:"
      : `# The planned scope ${deployment.dhcpScope[0]}-${deployment.dhcpScope[1]} leaves it out; if the scope on the server covers it, exclude it there:`;
  const fillIn =
    deployment.prefix === null ? ["# Fill in -ScopeId first: the network address of the subnet the DHCP scope serves (the plan has no address prefix)."] : [];
  return [
    {
      id: "dhcp-exclusion",
      title: "Add-DhcpServerv4ExclusionRange",
      lines: [
        `# On the Windows DHCP server (not on the HCI hosts): the scope must never lease the virtual IP pool ${vipStart}-${vipEnd}.`,
        scope,
        ...fillIn,
        `# Add-DhcpServerv4ExclusionRange -ScopeId ${psQuote(scopeId)} -StartRange ${psQuote(vipStart)} -EndRange ${psQuote(vipEnd)}`,
      ],
    },
  ];
}

function registrationVariables(): ScriptCommand {
  return {
    id: "variables",
    title: "Azure registration values",
    lines: [
      "# Run the rest on one HCI host in an elevated PowerShell session. Replace these two first:",
      `$subscriptionId = ${psQuote(SCRIPT_PLACEHOLDERS.subscriptionId)}`,
      `$resourceGroupName = ${psQuote(SCRIPT_PLACEHOLDERS.resourceGroupName)}`,
    ],
  };
}

/** New-AksHciProxySetting: applied once at Install-AksHci, immutable afterwards (vendor-facts 1c). */
function proxyCommand(input: PlanInput): ScriptCommand[] {
  const proxy = proxyOf(input);
  if (!proxy.enabled) return [];
  const parameters: Array<readonly [string, PsValue]> = [["name", { text: PROXY_SETTING_NAME }]];
  if (proxy.http.trim() !== "") parameters.push(["http", { text: proxy.http.trim() }]);
  if (proxy.https.trim() !== "") parameters.push(["https", { text: proxy.https.trim() }]);
  if (proxy.noProxy.trim() !== "") parameters.push(["noProxy", { text: proxy.noProxy.trim() }]);
  if (proxy.credential) parameters.push(["credential", { code: "(Get-Credential -Message 'User name and password for the proxy')" }]);
  const command = splat(
    "proxy",
    "New-AksHciProxySetting",
    ["Creates the proxy settings the AKS host and its clusters use. They apply at Install-AksHci and cannot be changed afterwards."],
    "proxyParameters",
    parameters,
    "$proxySetting = New-AksHciProxySetting",
  );
  return [command];
}

function networkCommand(input: PlanInput, deployment: Deployment): ScriptCommand {
  const { nodePool, vipPool, gateway, vlanId } = deployment;
  const parameters: Array<readonly [string, PsValue]> = [
    ["name", { text: input.vnet.name }],
    ["vswitchName", { text: input.vnet.vswitchName }],
  ];
  if (nodePool) parameters.push(["k8sNodeIpPoolStart", { text: nodePool[0] }], ["k8sNodeIpPoolEnd", { text: nodePool[1] }]);
  parameters.push(["vipPoolStart", { text: vipPool[0] }], ["vipPoolEnd", { text: vipPool[1] }]);
  if (gateway !== null && deployment.prefix !== null) {
    parameters.push(["ipAddressPrefix", { text: deployment.prefix }], ["gateway", { text: gateway }], ["dnsServers", { texts: deployment.dnsServers }]);
  }
  if (vlanId !== null) parameters.push(["vlanID", { int: vlanId }]);
  const what =
    nodePool === null
      ? "Creates the AKS host's virtual network (DHCP model): the nodes lease their addresses; the API servers and services take the virtual IP pool."
      : "Creates the AKS host's virtual network (static IP model): the node VM pool, the virtual IP pool, the gateway and the DNS servers.";
  return splat("network", "New-AksHciNetworkSetting", [what], "networkParameters", parameters, "$vnet = New-AksHciNetworkSetting");
}

function configCommand(input: PlanInput, deployment: Deployment): ScriptCommand {
  const storage = storageOf(input);
  const parameters: Array<readonly [string, PsValue]> = [
    ["imageDir", { code: psPath(storage.imageDir) }],
    ["workingDir", { code: psPath(storage.workingDir) }],
    ["cloudConfigLocation", { code: psPath(storage.cloudConfigLocation) }],
    ["vnet", { code: "$vnet" }],
  ];
  if (deployment.cloudServiceCidr !== null) parameters.push(["cloudServiceCidr", { text: deployment.cloudServiceCidr }]);
  if (proxyOf(input).enabled) parameters.push(["proxySettings", { code: "$proxySetting" }]);
  return splat(
    "config",
    "Set-AksHciConfig",
    [
      "Sets the AKS host's configuration: image, working and cloud agent directories, the virtual network and the cloud agent's address.",
      "On a multi-node HCI cluster the three directories must be on shared storage every host reaches (a Cluster Shared Volume or an SMB share).",
    ],
    "configParameters",
    parameters,
    "Set-AksHciConfig",
  );
}

function registrationCommand(): ScriptCommand {
  return splat(
    "registration",
    "Set-AksHciRegistration",
    ["Registers the AKS host with Azure Arc in your subscription and resource group."],
    "registrationParameters",
    [
      ["subscriptionId", { code: "$subscriptionId" }],
      ["resourceGroupName", { code: "$resourceGroupName" }],
    ],
    "Set-AksHciRegistration",
  );
}

function installCommand(): ScriptCommand {
  return { id: "install", title: "Install-AksHci", lines: ["# Deploys the AKS host (management cluster) and the cloud agent with the settings above.", "Install-AksHci"] };
}

/**
 * Per workload cluster: a load balancer setting when it is not the default HAProxy, the cluster
 * with its first node pool, then New-AksHciNodePool for further pools. Variable names carry the
 * cluster's position, never its typed name.
 */
function clusterCommands(input: CountedInput): ScriptCommand[] {
  return input.clusters.flatMap((cluster, index) => {
    const number = index + 1;
    const name = cluster.name;
    const first = cluster.nodePools[0] ?? { name: "nodepool1", count: cluster.workerNodes, osType: "linux" as const };
    const commands: ScriptCommand[] = [];
    const parameters: Array<readonly [string, PsValue]> = [
      ["name", { text: name }],
      ["controlPlaneNodeCount", { int: cluster.controlPlaneNodes }],
      ["nodePoolName", { text: first.name }],
      ["nodeCount", { int: first.count }],
      ["osType", { text: osType(first.osType) }],
    ];
    if (loadBalancerOf(cluster) === "none") {
      commands.push(
        splat(
          `cluster-${number}-load-balancer`,
          "New-AksHciLoadBalancerSetting",
          [`Workload cluster ${number}: no load balancer VM; kube-vip serves the API server. Services stay unreachable until you deploy your own load balancer.`],
          `loadBalancer${number}Parameters`,
          [
            ["name", { text: `${name}lb` }],
            ["loadBalancerSku", { text: "none" }],
          ],
          `$loadBalancer${number} = New-AksHciLoadBalancerSetting`,
        ),
      );
      parameters.push(["loadBalancerSettings", { code: `$loadBalancer${number}` }]);
    }
    commands.push(
      splat(
        `cluster-${number}`,
        "New-AksHciCluster",
        [`Creates workload cluster ${number} with ${cluster.controlPlaneNodes} control plane ${cluster.controlPlaneNodes === 1 ? "node" : "nodes"} and its first node pool of ${first.count}.`],
        `cluster${number}Parameters`,
        parameters,
        "New-AksHciCluster",
      ),
    );
    cluster.nodePools.slice(1).forEach((pool, poolIndex) => {
      commands.push(
        splat(
          `cluster-${number}-pool-${poolIndex + 2}`,
          "New-AksHciNodePool",
          [`Adds node pool ${poolIndex + 2} of workload cluster ${number}: ${pool.count} ${osType(pool.osType)} ${pool.count === 1 ? "node" : "nodes"}.`],
          `cluster${number}Pool${poolIndex + 2}Parameters`,
          [
            ["clusterName", { text: name }],
            ["name", { text: pool.name }],
            ["count", { int: pool.count }],
            ["osType", { text: osType(pool.osType) }],
          ],
          "New-AksHciNodePool",
        ),
      );
    });
    return commands;
  });
}

function osType(os: OsType): string {
  return os === "windows" ? "Windows" : "Linux";
}
