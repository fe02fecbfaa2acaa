import { parseVlanId } from "./checks-network";
import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING } from "./firewall-ports";
import { formatCidr, formatIpv4, parseCidr, parseIpv4 } from "./ipv4";
import type { Plan } from "./plan";
import type { CountedInput, OsType, PlanInput } from "./plan-input-schema";

/**
 * The plan as the AksHci PowerShell commands that deploy it (PLANNING_SPEC.md section 6).
 *
 * Every text value is a single-quoted PowerShell literal: no variable expansion, no subexpressions
 * ($(...)), no backtick escapes inside, and an embedded quote doubled. PowerShell also ends a
 * single-quoted string at the typographic quotes ‘ ’ ‚ ‛, so those are doubled as well. A line
 * break inside a single-quoted literal is plain text and cannot start a new command; the checks
 * still refuse control characters in the switch name (the only free text that reaches the script),
 * so such a plan is blocked with the reason instead of producing a two-line argument. Comments hold
 * only numbers and addresses the script formats itself, never typed text.
 */
export type DeploymentScript = { ok: true; script: string } | { ok: false; reason: string };

/** Placeholders at the top of the script, each for the admin to replace before running it. */
export const SCRIPT_PLACEHOLDERS = {
  workingDir: "C:\\ClusterStorage\\Volume1\\AksHci\\WorkingDir",
  cloudConfigLocation: "C:\\ClusterStorage\\Volume1\\AksHci\\Config",
  subscriptionId: "<Azure subscription ID>",
  resourceGroupName: "<Azure resource group>",
} as const;

/**
 * The script for a plan without errors, lines ending in "\n". Windows PowerShell 5.1 reads a .ps1
 * without a byte order mark in the ANSI code page, so a download must be saved as UTF-8 with BOM
 * for any non-ASCII switch name to survive.
 */
export function deploymentScript(plan: Plan): DeploymentScript {
  if (plan.errorCount > 0) return { ok: false, reason: blockedReason(plan) };
  const deployment = readDeployment(plan.input);
  if (typeof deployment === "string") return { ok: false, reason: deployment };
  const lines = [...header(plan, deployment.prefix), ...dhcpServerSection(deployment), ...setupSection(), ...hostSection(plan.input, deployment), ...clusterSection(plan.counted)];
  return { ok: true, script: `${lines.join("\n")}\n` };
}

/**
 * A PowerShell single-quoted literal of `value`: quotes (straight and typographic) doubled.
 * @example psQuote("it's") // "'it''s'"
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

function blockedReason(plan: Plan): string {
  const count = plan.errorCount;
  const first = plan.issues.find((issue) => issue.severity === "error");
  const head = `The plan has ${count} ${count === 1 ? "error" : "errors"}: fix ${count === 1 ? "it" : "them"} before deploying, since network settings cannot be changed afterwards.`;
  return first ? `${head} First: ${first.message}` : head;
}

/** The plan's values as the cmdlets take them: addresses normalised from their 32-bit numbers. */
interface Deployment {
  nodePool: [string, string] | null;
  vipPool: [string, string];
  dhcpScope: [string, string] | null;
  prefix: string;
  scopeId: string;
  gateway: string | null;
  dnsServers: string[];
  vlanId: number | null;
  cloudServiceCidr: string | null;
}

/**
 * A plan whose errorCount is 0 always reads; this guards a Plan object built or kept elsewhere
 * (an old draft) from turning into a script with a wrong value. Returns the reason otherwise.
 */
function readDeployment(input: PlanInput): Deployment | string {
  const unreadable: string[] = [];
  const address = (text: string, field: string): string => {
    const parsed = parseIpv4(text);
    if (parsed.ok) return formatIpv4(parsed.value);
    unreadable.push(field);
    return "";
  };
  const { vnet, model } = input;
  const prefix = parseCidr(vnet.addressPrefix);
  if (!prefix.ok) unreadable.push("address prefix");
  const cloud = parseCidr(input.cloudService.cloudServiceCidr);
  const staticHosts = input.cloudService.hostAddressing === "static";
  if (staticHosts && !cloud.ok) unreadable.push("cloud service CIDR");
  const vlan = parseVlanId(vnet.vlanId);
  if (!vlan.ok) unreadable.push("vLAN ID");
  const deployment: Deployment = {
    nodePool: model === "static" ? [address(vnet.k8sNodeIpPoolStart, "node VM pool start"), address(vnet.k8sNodeIpPoolEnd, "node VM pool end")] : null,
    vipPool: [address(vnet.vipPoolStart, "virtual IP pool start"), address(vnet.vipPoolEnd, "virtual IP pool end")],
    dhcpScope: model === "dhcp" ? [address(vnet.dhcpScopeStart, "DHCP scope start"), address(vnet.dhcpScopeEnd, "DHCP scope end")] : null,
    prefix: prefix.ok ? formatCidr(prefix.value.network, prefix.value.prefix) : "",
    scopeId: prefix.ok ? formatIpv4(prefix.value.network) : "",
    gateway: model === "static" ? address(vnet.gateway, "gateway") : null,
    dnsServers: model === "static" ? vnet.dnsServers.filter((text) => text.trim() !== "").map((text) => address(text, "DNS server")) : [],
    vlanId: vlan.ok ? vlan.value : null,
    cloudServiceCidr: staticHosts && cloud.ok ? formatCidr(cloud.value.address, cloud.value.prefix) : null,
  };
  return unreadable.length === 0 ? deployment : `The plan's ${unreadable[0]} cannot be read: open the plan again so its checks run.`;
}

function header(plan: Plan, prefix: string): string[] {
  const { need, split, subnet } = plan;
  const reserve = plan.reserve.total > 0 ? `, the growth reserve of ${plan.reserve.total} included` : "";
  const minimum = subnet.minimumPrefix === null ? "" : ` (a /${subnet.minimumPrefix} at least)`;
  const summary =
    split.model === "static"
      ? `# Plan: static IP networking in ${prefix}, ${need.total} IP addresses${reserve}${minimum}: ${split.nodePoolSize} for the Kubernetes node VM pool, ${split.vipPoolSize} for the virtual IP pool.`
      : `# Plan: DHCP networking in ${prefix}, ${need.total} IP addresses${reserve}${minimum} reserved on the DHCP server: ${split.exclude} excluded from the scope for the virtual IP pool, ${split.minimumFreeLeases} leases kept free for the node VMs.`;
  return [
    "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
    summary,
    "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
    "#",
    `# ${FIREWALL_PORTS_HEADING}:`,
    ...FIREWALL_PORTS.map((port) => `#   ${port.protocol} ${port.port} to ${port.listensOn} (${port.service}): ${port.purpose}`),
    "",
  ];
}

/** Runs on the DHCP server, not on the HCI hosts: kept as comments for the admin to copy there. */
function dhcpServerSection(deployment: Deployment): string[] {
  if (deployment.dhcpScope === null) return [];
  const [vipStart, vipEnd] = deployment.vipPool;
  return [
    `# On the Windows DHCP server for ${deployment.prefix} (not on the HCI hosts): the scope must never lease the virtual IP pool ${vipStart}-${vipEnd}.`,
    `# The planned scope ${deployment.dhcpScope[0]}-${deployment.dhcpScope[1]} leaves it out; if the scope on the server covers it, exclude it there:`,
    `# Add-DhcpServerv4ExclusionRange -ScopeId ${psQuote(deployment.scopeId)} -StartRange ${psQuote(vipStart)} -EndRange ${psQuote(vipEnd)}`,
    "",
  ];
}

function setupSection(): string[] {
  return [
    "# Run on one HCI host in an elevated PowerShell session, after Initialize-AksHciNode on every HCI host.",
    "# Change these first: both paths must be on storage every HCI host reaches, such as a Cluster Shared Volume.",
    `$workingDir = ${psQuote(SCRIPT_PLACEHOLDERS.workingDir)}`,
    `$cloudConfigLocation = ${psQuote(SCRIPT_PLACEHOLDERS.cloudConfigLocation)}`,
    `$subscriptionId = ${psQuote(SCRIPT_PLACEHOLDERS.subscriptionId)}`,
    `$resourceGroupName = ${psQuote(SCRIPT_PLACEHOLDERS.resourceGroupName)}`,
    "",
  ];
}

function hostSection(input: PlanInput, deployment: Deployment): string[] {
  const { nodePool, vipPool, gateway, vlanId, cloudServiceCidr } = deployment;
  const args = [`-name ${psQuote(input.vnet.name)}`, `-vswitchName ${psQuote(input.vnet.vswitchName)}`];
  if (nodePool) args.push(`-k8sNodeIpPoolStart ${psQuote(nodePool[0])}`, `-k8sNodeIpPoolEnd ${psQuote(nodePool[1])}`);
  args.push(`-vipPoolStart ${psQuote(vipPool[0])}`, `-vipPoolEnd ${psQuote(vipPool[1])}`);
  if (gateway !== null) {
    args.push(`-ipAddressPrefix ${psQuote(deployment.prefix)}`, `-gateway ${psQuote(gateway)}`, `-dnsServers ${deployment.dnsServers.map(psQuote).join(",")}`);
  }
  if (vlanId !== null) args.push(`-vlanID ${vlanId}`);
  const cloudService = cloudServiceCidr === null ? "" : ` -cloudservicecidr ${psQuote(cloudServiceCidr)}`;
  return [
    `$vnet = New-AksHciNetworkSetting ${args.join(" ")}`,
    "",
    `Set-AksHciConfig -workingDir $workingDir -cloudConfigLocation $cloudConfigLocation -vnet $vnet${cloudService}`,
    "Set-AksHciRegistration -subscriptionId $subscriptionId -resourceGroupName $resourceGroupName",
    "Install-AksHci",
  ];
}

/** The first node pool comes with New-AksHciCluster; further ones follow with New-AksHciNodePool. */
function clusterSection(input: CountedInput): string[] {
  if (input.clusters.length === 0) return [];
  const lines = input.clusters.flatMap((cluster) => {
    const name = psQuote(cluster.name);
    const first = cluster.nodePools[0] ?? { name: "nodepool1", count: cluster.workerNodes, osType: "linux" };
    return [
      `New-AksHciCluster -name ${name} -controlPlaneNodeCount ${cluster.controlPlaneNodes} -nodePoolName ${psQuote(first.name)} -nodeCount ${first.count} -osType ${osType(first.osType)}`,
      ...cluster.nodePools.slice(1).map((pool) => `New-AksHciNodePool -clusterName ${name} -name ${psQuote(pool.name)} -count ${pool.count} -osType ${osType(pool.osType)}`),
    ];
  });
  return ["", "# Workload clusters", ...lines];
}

function osType(os: OsType): string {
  return os === "windows" ? "Windows" : "Linux";
}
