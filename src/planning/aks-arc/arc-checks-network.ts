import { placeInSubnet } from "../checks-fields";
import { parseVlanId } from "../checks-network";
import { addressCount, error, isBlank, rangeText, warning, type IssueList } from "../checks-shared";
import { contains, rangeSize } from "../free-space";
import { formatIpv4 } from "../ipv4-format";
import type { ArcNeed, ArcSubnetSizing } from "./arc-plan";
import type { ArcPlanInput } from "./arc-input-schema";
import { SERVICE_BLOCK, type ArcFacts } from "./arc-read";
import { SUGGESTED_POOL_HEADROOM } from "./arc-rules";
import { arcNameProblem, LOGICAL_NETWORK_NAME, overlaps } from "./arc-checks-shared";

/** The logical network: names, VLAN, prefix (size, Kubernetes ranges), gateway, DNS and the IP pool. */

const NET = "logicalNetwork";
/** Characters cmd.exe interprets even inside arguments PowerShell passes to az.cmd, plus PowerShell's own escape. */
const CMD_METACHARACTERS = /["&|<>^%!`]/;

export function checkLogicalNetwork(input: ArcPlanInput, facts: ArcFacts, need: ArcNeed, sizing: ArcSubnetSizing, issues: IssueList): void {
  const network = input.logicalNetwork;
  if (isBlank(network.name)) issues.push(error(`${NET}.name`, "Enter a name for the logical network, e.g. aks-lnet: it cannot be changed once created"));
  else {
    const problem = arcNameProblem(network.name, LOGICAL_NETWORK_NAME);
    if (problem !== null) issues.push(error(`${NET}.name`, problem));
  }
  if (isBlank(network.vmSwitchName)) {
    issues.push(error(`${NET}.vmSwitchName`, "Enter the VM switch the logical network uses, as Get-VMSwitch shows it on the Azure Local machines, e.g. ConvergedSwitch(compute_management)"));
  } else if (/[\p{Cc}\u2028\u2029]/u.test(network.vmSwitchName)) {
    issues.push(error(`${NET}.vmSwitchName`, "The VM switch name contains a line break or another control character: type it as Get-VMSwitch shows it"));
  } else if (CMD_METACHARACTERS.test(network.vmSwitchName)) {
    issues.push(
      error(`${NET}.vmSwitchName`, `The VM switch name contains ${CMD_METACHARACTERS.exec(network.vmSwitchName)?.[0] ?? "a special character"}, which cmd.exe acts on when PowerShell runs az (a batch file on Windows): rename the switch without " & | < > ^ % ! or backticks`),
    );
  }
  const vlan = parseVlanId(network.vlanId);
  if (!vlan.ok) issues.push(error(`${NET}.vlanId`, vlan.message.replaceAll("vLAN", "VLAN")));
  checkPrefix(facts, sizing, issues);
  checkFixedAddresses(facts, issues);
  checkPool(facts, need, issues);
}

function checkPrefix(facts: ArcFacts, sizing: ArcSubnetSizing, issues: IssueList): void {
  const { subnet } = facts;
  if (subnet === null) return;
  const path = `${NET}.addressPrefix`;
  if (overlaps(subnet, SERVICE_BLOCK)) {
    issues.push(error(path, `${subnet.text} overlaps the Kubernetes service range ${SERVICE_BLOCK.text}, which AKS Arc does not let you change: choose a prefix outside ${rangeText(SERVICE_BLOCK)}`));
  }
  facts.clusters.forEach((cluster, index) => {
    if (cluster.podCidr === null || cluster.podCidrTyped || !overlaps(subnet, cluster.podCidr)) return;
    issues.push(error(path, `${subnet.text} overlaps the default pod range ${cluster.podCidr.text} of cluster ${index + 1}: choose another prefix, or set that cluster's pod CIDR to a range clear of it`));
  });
  if (sizing.minimumPrefix === null) {
    issues.push(error(path, "The plan needs more addresses than a /8 holds: plan fewer clusters, nodes or services"));
  } else if (sizing.minimumPrefix < subnet.prefix) {
    issues.push(error(path, `A /${subnet.prefix} is too small for this plan: use a /${sizing.minimumPrefix} or larger`));
  }
}

/** The gateway must be a host of the prefix; no DNS server may sit in the service range. */
function checkFixedAddresses(facts: ArcFacts, issues: IssueList): void {
  const { subnet, gateway } = facts;
  if (subnet !== null && gateway !== null) {
    const problem = placeInSubnet("Gateway", gateway.value, subnet);
    if (problem !== null) issues.push(error(gateway.path, problem));
  }
  for (const dns of facts.dnsServers) {
    if (contains(SERVICE_BLOCK, dns.value)) {
      issues.push(error(dns.path, `DNS server ${formatIpv4(dns.value)} lies in the Kubernetes service range ${SERVICE_BLOCK.text}: pods could not reach it; use a DNS server outside ${rangeText(SERVICE_BLOCK)}`));
    }
  }
}

function checkPool(facts: ArcFacts, need: ArcNeed, issues: IssueList): void {
  const { subnet, ipPool } = facts;
  if (subnet === null || ipPool === null) return;
  const startProblem = placeInSubnet("IP pool start", ipPool.start, subnet);
  const endProblem = placeInSubnet("IP pool end", ipPool.end, subnet);
  if (startProblem !== null) issues.push(error(`${NET}.ipPoolStart`, startProblem));
  if (endProblem !== null) issues.push(error(`${NET}.ipPoolEnd`, endProblem));
  if (startProblem !== null || endProblem !== null) return;
  for (const fixed of [facts.gateway, ...facts.dnsServers]) {
    if (fixed === null || !contains(ipPool, fixed.value)) continue;
    issues.push(error(`${NET}.ipPoolStart`, `The IP pool ${rangeText(ipPool)} holds the ${fixed.role} ${formatIpv4(fixed.value)}: move the pool so it leaves that address out`));
  }
  const size = rangeSize(ipPool);
  if (size < need.ipPool) {
    const end = ipPool.start + need.ipPool - 1;
    const fix = end < subnet.broadcast ? `end it at ${formatIpv4(end)} or later` : "start it lower or use a larger prefix";
    issues.push(error(`${NET}.ipPoolEnd`, `The IP pool holds ${addressCount(size)} but the clusters need ${need.ipPool}: ${fix}`));
  } else if (size === need.ipPool && need.ipPool > 0) {
    issues.push(warning(`${NET}.ipPoolEnd`, `The IP pool holds exactly the ${need.ipPool} addresses needed: a logical network's pool cannot grow later, so leave room for scaling (e.g. end it at ${formatIpv4(ipPool.start + Math.ceil(need.ipPool * SUGGESTED_POOL_HEADROOM) - 1)})`));
  }
}
