import { checkClusterNetworkUse, checkNetworksApart, hostsSubnetOf, type CheckedNetwork } from "./checks-cluster-networks";
import { checkCloudService, checkCloudServicePlacement, type CloudServiceFacts } from "./checks-cloud-service";
import { checkClusters, checkGrowthReserve } from "./checks-clusters";
import { checkKubernetesRanges } from "./checks-kubernetes-ranges";
import { checkNetwork } from "./checks-network";
import { checkPools } from "./checks-pools";
import { checkProxy } from "./checks-proxy";
import { checkScale } from "./checks-scale";
import { checkServices } from "./checks-services";
import { checkStorage } from "./checks-storage";
import type { FixedAddress, IssueList } from "./checks-shared";
import { checkSubnetSize } from "./checks-subnet";
import { contains } from "./free-space";
import type { NetworkContext } from "./networks";
import type { CheckContext, PlanIssue } from "./plan";
import type { CountedInput } from "./plan-input-schema";

/**
 * Every check of PLANNING_SPEC.md section 5, each finding at the field the admin must change, in
 * the order the wizard shows the fields. Addresses are parsed once and compared as numbers; the
 * lists are walked once with Maps, so the cost is O(clusters + node pools + services). Every rule of
 * the AKS host's network applies to each cluster network too, at that network's fields.
 */
export function checkPlan(input: CountedInput, context: CheckContext): PlanIssue[] {
  const issues: IssueList = [];
  const [host, ...clusterNetworks] = context.networks;
  if (host === undefined) return issues;
  const network = checkNetwork(input.model, host, issues);
  const cloud = checkCloudService(input.cloudService, context.reading, issues);
  const cloudFixed = [cloud.cloudServiceIp, cloud.hciHost].filter((item): item is FixedAddress => item !== null);
  const fixed = [...ownFixed(network), ...cloudFixed];
  const pools = checkPools(input.model, host, network.subnet, fixed, issues);
  const cloudIp = cloud.cloudServiceIp?.address;
  const cloudInPool = cloudIp !== undefined && [pools.nodePool, pools.vipPool].some((pool) => pool !== null && contains(pool.range, cloudIp));
  checkCloudServicePlacement(cloud, network, cloudInPool, issues);
  checkSubnetSize(network.subnet, host, issues);
  checkKubernetesRanges(input.model, host, network.subnet, fixed, issues);
  checkStorage(input, issues);
  checkProxy(input, context.reading, issues);
  checkClusters(input.clusters, context.unread, issues);
  const checked: CheckedNetwork[] = [{ context: host, facts: network, pools }, ...clusterNetworks.map((each) => checkClusterNetwork(input, each, cloud, issues))];
  checkClusterNetworkUse(input, context, issues);
  checkNetworksApart(checked, hostsSubnetOf(input, context), issues);
  checkScale(input.clusters, input.options.growthReserve, issues);
  checkServices(input.services, input.clusters, issues);
  checkGrowthReserve(input.options.growthReserve, issues);
  return issues;
}

function ownFixed(network: ReturnType<typeof checkNetwork>): FixedAddress[] {
  return [network.gateway, ...network.dnsServers].filter((item): item is FixedAddress => item !== null);
}

/**
 * A cluster network by the host network's rules: its fields, its pools against its own need (the
 * cloud agent and HCI host may lie in none of them), its subnet's size, Kubernetes' ranges. The
 * cloud service IP's own warnings are the host network's alone: it is one address, said once.
 */
function checkClusterNetwork(input: CountedInput, context: NetworkContext, cloud: CloudServiceFacts, issues: IssueList): CheckedNetwork {
  const facts = checkNetwork(input.model, context, issues);
  const own = ownFixed(facts);
  const cloudFixed = [cloud.cloudServiceIp, cloud.hciHost].filter((item): item is FixedAddress => item !== null);
  const pools = checkPools(input.model, context, facts.subnet, [...own, ...cloudFixed], issues);
  checkSubnetSize(facts.subnet, context, issues);
  checkKubernetesRanges(input.model, context, facts.subnet, own, issues);
  return { context, facts, pools };
}
