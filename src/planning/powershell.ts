import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING, portsText, ruleText } from "./firewall-ports";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { NetworkPlan, Plan } from "./plan";
import { clusterNetworksOf, type NetworkModel, type PlanInput } from "./plan-input-schema";
import {
  clusterCommands,
  configCommand,
  dhcpServerCommand,
  installCommand,
  networkCommand,
  proxyCommand,
  registrationCommand,
  registrationVariables,
  type Deployment,
  type NetworkDeployment,
} from "./powershell-commands";
import type { ScriptCommand } from "./powershell-syntax";
import { valueOf, type InputReading, type NetworkReading } from "./read-input";
import { findingCounts } from "./wording";

/**
 * The plan as the AksHci PowerShell commands that deploy it (PLANNING_SPEC.md section 6,
 * vendor-facts 1c), for an admin to read before running: each command's named parameters in a
 * splatted hashtable, one a line, under a comment that says what the command does. How values are
 * quoted is in powershell-syntax.ts, the commands themselves in powershell-commands.ts.
 */
export type DeploymentScript = { ok: true; script: string } | { ok: false; reason: string };

/** The script with its commands one by one, for the UI's copy buttons and the print view's blocks. */
export type CommandScript = { ok: true; script: string; commands: ScriptCommand[] } | { ok: false; reason: string };

/**
 * The script for a plan without errors, lines ending in "\n". Windows PowerShell 5.1 reads a .ps1
 * without a byte order mark in the ANSI code page, so a download must be saved as UTF-8 with BOM
 * for any non-ASCII switch name to survive.
 */
export function deploymentScript(plan: Plan): CommandScript {
  if (plan.errorCount > 0) return { ok: false, reason: blockedReason(plan) };
  const deployment = readDeployment(plan.input, plan.reading);
  if (typeof deployment === "string") return { ok: false, reason: deployment };
  const clusterNetworks = clusterNetworksOf(plan.input);
  const commands = [
    ...dhcpServerCommand(deployment.host, null),
    ...deployment.clusterNetworks.flatMap((network, index) => dhcpServerCommand(network, index)),
    registrationVariables(),
    ...proxyCommand(plan.input),
    networkCommand(plan.input.vnet, deployment.host, null),
    configCommand(plan.input, deployment),
    registrationCommand(),
    installCommand(),
    ...deployment.clusterNetworks.map((network, index) => networkCommand(clusterNetworks[index] ?? plan.input.vnet, network, index)),
    ...clusterCommands(plan.counted, plan.networks),
  ];
  const lines = [...header(plan, deployment), ...commands.flatMap((command) => [...command.lines, ""])];
  return { ok: true, script: `${lines.join("\n").trimEnd()}\n`, commands };
}

function blockedReason(plan: Plan): string {
  const count = plan.errorCount;
  const first = plan.issues.find((issue) => issue.severity === "error");
  const head = `The plan has ${findingCounts(count, 0, { skipZero: true })}: fix ${count === 1 ? "it" : "them"} before deploying, since network settings cannot be changed afterwards.`;
  return first ? `${head} First: ${first.message}` : head;
}

/**
 * A plan whose errorCount is 0 always reads; this guards a Plan object built or kept elsewhere
 * (an old draft) from turning into a script with a wrong value. Returns the reason otherwise.
 */
function readDeployment(input: PlanInput, reading: InputReading): Deployment | string {
  const unreadable: string[] = [];
  const host = readNetworkDeployment(input.model, reading, "", unreadable);
  const networks = clusterNetworksOf(input).map((_, index) => {
    const network = reading.clusterNetworks[index];
    if (network === undefined) unreadable.push(`cluster network ${index + 1}`);
    return readNetworkDeployment(input.model, network ?? reading, `cluster network ${index + 1}: `, unreadable);
  });
  const staticHosts = input.cloudService.hostAddressing === "static";
  const cloud = valueOf(reading.cloudServiceCidr);
  if (staticHosts && cloud === null) unreadable.push("cloud service CIDR");
  const deployment: Deployment = { host, clusterNetworks: networks, cloudServiceCidr: staticHosts && cloud ? formatCidr(cloud.address, cloud.prefix) : null };
  return unreadable.length === 0 ? deployment : `The plan's ${unreadable[0]} cannot be read: open the plan again so its checks run.`;
}

/** One network's fields as text; what does not read is named in `unreadable` (prefixed with `which`). */
function readNetworkDeployment(model: NetworkModel, reading: NetworkReading, which: string, unreadable: string[]): NetworkDeployment {
  const address = (read: NetworkReading["gateway"] | undefined, field: string): string => {
    if (read?.status === "ok") return formatIpv4(read.value);
    unreadable.push(`${which}${field}`);
    return "";
  };
  const isStatic = model === "static";
  const prefix = valueOf(reading.prefix);
  if (isStatic && prefix === null) unreadable.push(`${which}address prefix`);
  if (!reading.vlanId.ok) unreadable.push(`${which}vLAN ID`);
  const { nodePool, vipPool, dhcpScope } = reading.pools;
  const scopeEntered = dhcpScope.start.status !== "blank" && dhcpScope.end.status !== "blank";
  return {
    nodePool: isStatic ? [address(nodePool.start, "node VM pool start"), address(nodePool.end, "node VM pool end")] : null,
    vipPool: [address(vipPool.start, "virtual IP pool start"), address(vipPool.end, "virtual IP pool end")],
    dhcpScope: !isStatic && scopeEntered ? [address(dhcpScope.start, "DHCP scope start"), address(dhcpScope.end, "DHCP scope end")] : null,
    prefix: prefix && formatCidr(prefix.network, prefix.prefix),
    gateway: isStatic ? address(reading.gateway, "gateway") : null,
    dnsServers: isStatic ? reading.dnsServers.filter((read) => read.status !== "blank").map((read) => address(read, "DNS server")) : [],
    vlanId: reading.vlanId.ok ? reading.vlanId.value : null,
  };
}

/** "static IP networking in 10.0.0.0/24, 32 IP addresses (a /26 at least): 27 for ..., 5 for ...". */
function networkSummary(network: NetworkPlan, prefix: string | null): string {
  const { need, split, subnet } = network;
  const reserve = network.reserve.total > 0 ? `, the growth reserve of ${network.reserve.total} included` : "";
  const minimum = subnet.minimumPrefix === null ? "" : ` (a /${subnet.minimumPrefix} at least)`;
  const where = prefix ?? "the DHCP scope's subnet";
  return split.model === "static"
    ? `static IP networking in ${where}, ${need.total} IP addresses${reserve}${minimum}: ${split.nodePoolSize} for the Kubernetes node VM pool, ${split.vipPoolSize} for the virtual IP pool.`
    : `DHCP networking in ${where}, ${need.total} IP addresses${reserve}${minimum} reserved on the DHCP server: ${split.exclude} excluded from the scope for the virtual IP pool, ${split.minimumFreeLeases} leases kept free for the node VMs.`;
}

function header(plan: Plan, deployment: Deployment): string[] {
  const [host, ...clusterNetworks] = plan.networks;
  const summary = host === undefined ? [] : [`# Plan: ${networkSummary(host, deployment.host.prefix)}`];
  const perNetwork = clusterNetworks.map((network) => {
    const index = network.index ?? 0;
    const values = deployment.clusterNetworks[index];
    const vlan = values?.vlanId === null || values === undefined ? "untagged" : `vLAN ${values.vlanId}`;
    return `# Cluster network ${index + 1} (${vlan}): ${networkSummary(network, values?.prefix ?? null)}`;
  });
  const several = clusterNetworks.length > 0;
  const total = several ? [`# In all, over ${plan.networks.length} virtual networks: ${plan.need.total} IP addresses, ${plan.need.node} node-side and ${plan.need.vip} virtual IPs.`] : [];
  const crossing = several ? ["#", "# Each cluster network on a VLAN of its own needs the same rules between it and the HCI hosts: its VMs reach the cloud agent through its gateway."] : [];
  return [
    "# AKS on Azure Stack HCI and Windows Server: deployment commands generated from the plan.",
    ...summary,
    ...perNetwork,
    ...total,
    "# Network settings cannot be changed after the AKS host or a workload cluster is deployed: review every value first.",
    "# Before running: Initialize-AksHciNode on every HCI host, IPv6 off on the hosts, the same external vSwitch name on all of them.",
    "#",
    `# ${FIREWALL_PORTS_HEADING}:`,
    ...FIREWALL_PORTS.map((port) => `#   ${portsText(port)} on ${port.listensOn} (${port.purpose}): ${ruleText(port)}`),
    ...crossing,
    "",
  ];
}
