import type { NetworkPlan } from "./plan";
import { loadBalancerOf, proxyOf, storageOf, type CountedInput, type OsType, type PlanInput, type VirtualNetworkInput } from "./plan-input-schema";
import { psPath, psQuote, splat, type PsValue, type ScriptCommand } from "./powershell-syntax";

// The cmdlets of the deployment script, one builder each, in the order powershell.ts runs them.

/** Placeholders for the admin to replace before running the script. */
export const SCRIPT_PLACEHOLDERS = {
  subscriptionId: "<Azure subscription ID>",
  resourceGroupName: "<Azure resource group>",
  scopeId: "<scope ID>",
} as const;

/** Names the script gives the settings objects it creates; the cmdlets require a name. */
const PROXY_SETTING_NAME = "akshciproxy";

/** One virtual network's values as the cmdlets take them: addresses normalised from their 32-bit numbers. */
export interface NetworkDeployment {
  nodePool: [string, string] | null;
  vipPool: [string, string];
  /** Null when the admin left the DHCP scope out (DHCP model only: a warning, not an error). */
  dhcpScope: [string, string] | null;
  /** Null in the DHCP model when no prefix was entered. */
  prefix: string | null;
  gateway: string | null;
  dnsServers: string[];
  vlanId: number | null;
}

/** The plan's values as the cmdlets take them: the AKS host's network, each cluster network, the cloud agent. */
export interface Deployment {
  host: NetworkDeployment;
  /** Same index as `clusterNetworks`. */
  clusterNetworks: NetworkDeployment[];
  cloudServiceCidr: string | null;
}

/**
 * Runs on the DHCP server, not on the HCI hosts: kept as a comment for the admin to copy there.
 * Without an address prefix the scope ID is unknown, and the comment says what to fill in.
 */
export function dhcpServerCommand(deployment: NetworkDeployment, clusterNetwork: number | null): ScriptCommand[] {
  if (deployment.nodePool !== null) return [];
  const [vipStart, vipEnd] = deployment.vipPool;
  const scopeId = deployment.prefix === null ? SCRIPT_PLACEHOLDERS.scopeId : deployment.prefix.split("/")[0] ?? "";
  const scope =
    deployment.dhcpScope === null
      ? "# The plan has no DHCP scope: make sure the scope on the server leaves the pool out; if it covers it, exclude it there:"
      : `# The planned scope ${deployment.dhcpScope[0]}-${deployment.dhcpScope[1]} leaves it out; if the scope on the server covers it, exclude it there:`;
  const fillIn =
    deployment.prefix === null ? ["# Fill in -ScopeId first: the network address of the subnet the DHCP scope serves (the plan has no address prefix)."] : [];
  const whose = clusterNetwork === null ? "" : ` of cluster network ${clusterNetwork + 1}`;
  return [
    {
      id: clusterNetwork === null ? "dhcp-exclusion" : `dhcp-exclusion-network-${clusterNetwork + 1}`,
      title: "Add-DhcpServerv4ExclusionRange",
      lines: [
        `# On the Windows DHCP server (not on the HCI hosts): the scope must never lease the virtual IP pool${whose} ${vipStart}-${vipEnd}.`,
        scope,
        ...fillIn,
        `# Add-DhcpServerv4ExclusionRange -ScopeId ${psQuote(scopeId)} -StartRange ${psQuote(vipStart)} -EndRange ${psQuote(vipEnd)}`,
      ],
    },
  ];
}

export function registrationVariables(): ScriptCommand {
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
export function proxyCommand(input: PlanInput): ScriptCommand[] {
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

/**
 * New-AksHciNetworkSetting for the AKS host's network; New-AksHciClusterNetwork, which takes the
 * same parameters (vendor-facts 1c), for each cluster network, created after Install-AksHci and
 * handed to its clusters with New-AksHciCluster -vnet.
 */
export function networkCommand(vnet: VirtualNetworkInput, deployment: NetworkDeployment, clusterNetwork: number | null): ScriptCommand {
  const { nodePool, vipPool, gateway, vlanId } = deployment;
  const parameters: Array<readonly [string, PsValue]> = [
    ["name", { text: vnet.name }],
    ["vswitchName", { text: vnet.vswitchName }],
  ];
  if (nodePool) parameters.push(["k8sNodeIpPoolStart", { text: nodePool[0] }], ["k8sNodeIpPoolEnd", { text: nodePool[1] }]);
  parameters.push(["vipPoolStart", { text: vipPool[0] }], ["vipPoolEnd", { text: vipPool[1] }]);
  if (gateway !== null && deployment.prefix !== null) {
    parameters.push(["ipAddressPrefix", { text: deployment.prefix }], ["gateway", { text: gateway }], ["dnsServers", { texts: deployment.dnsServers }]);
  }
  if (vlanId !== null) parameters.push(["vlanID", { int: vlanId }]);
  const which = clusterNetwork === null ? "the AKS host's virtual network" : `cluster network ${clusterNetwork + 1}, the virtual network of the workload clusters that name it`;
  const what =
    nodePool === null
      ? `Creates ${which} (DHCP model): the nodes lease their addresses; the API servers and services take the virtual IP pool.`
      : `Creates ${which} (static IP model): the node VM pool, the virtual IP pool, the gateway and the DNS servers.`;
  if (clusterNetwork === null) return splat("network", "New-AksHciNetworkSetting", [what], "networkParameters", parameters, "$vnet = New-AksHciNetworkSetting");
  const number = clusterNetwork + 1;
  return splat(`cluster-network-${number}`, "New-AksHciClusterNetwork", [what], `clusterNetwork${number}Parameters`, parameters, `$clusterNetwork${number} = New-AksHciClusterNetwork`);
}

export function configCommand(input: PlanInput, deployment: Deployment): ScriptCommand {
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

export function registrationCommand(): ScriptCommand {
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

export function installCommand(): ScriptCommand {
  return { id: "install", title: "Install-AksHci", lines: ["# Deploys the AKS host (management cluster) and the cloud agent with the settings above.", "Install-AksHci"] };
}

/**
 * Per workload cluster: a load balancer setting when it is not the default HAProxy, the cluster
 * with its first node pool, then New-AksHciNodePool for further pools. Variable names carry the
 * cluster's position, never its typed name.
 */
export function clusterCommands(input: CountedInput, networks: readonly NetworkPlan[]): ScriptCommand[] {
  const networkOf = new Map<number, number>();
  for (const network of networks) {
    if (network.index !== null) for (const cluster of network.clusters) networkOf.set(cluster, network.index);
  }
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
    const clusterNetwork = networkOf.get(index);
    if (clusterNetwork !== undefined) parameters.push(["vnet", { code: `$clusterNetwork${clusterNetwork + 1}` }]);
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
        [
          `Creates workload cluster ${number} with ${cluster.controlPlaneNodes} control plane ${cluster.controlPlaneNodes === 1 ? "node" : "nodes"} and its first node pool of ${first.count}` +
            (clusterNetwork === undefined ? "." : `, on cluster network ${clusterNetwork + 1}.`),
        ],
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
