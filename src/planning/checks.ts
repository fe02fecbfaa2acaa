import { checkCloudService, checkCloudServicePlacement } from "./checks-cloud-service";
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
import type { CheckContext, PlanIssue } from "./plan";
import type { CountedInput } from "./plan-input-schema";

/**
 * Every check of PLANNING_SPEC.md section 5, each finding at the field the admin must change, in
 * the order the wizard shows the fields. Addresses are parsed once and compared as numbers; the
 * lists are walked once with Maps, so the cost is O(clusters + node pools + services).
 */
export function checkPlan(input: CountedInput, context: CheckContext): PlanIssue[] {
  const issues: IssueList = [];
  const network = checkNetwork(input, context, issues);
  const cloud = checkCloudService(input.cloudService, context.reading, issues);
  const fixed = [network.gateway, ...network.dnsServers, cloud.cloudServiceIp, cloud.hciHost].filter((item): item is FixedAddress => item !== null);
  const pools = checkPools(input, context, network.subnet, fixed, issues);
  const cloudIp = cloud.cloudServiceIp?.address;
  const cloudInPool = cloudIp !== undefined && [pools.nodePool, pools.vipPool].some((pool) => pool !== null && contains(pool.range, cloudIp));
  checkCloudServicePlacement(cloud, network, cloudInPool, issues);
  checkSubnetSize(network.subnet, context, issues);
  checkKubernetesRanges(input.model, context.reading, network.subnet, fixed, issues);
  checkStorage(input, issues);
  checkProxy(input, context.reading, issues);
  checkClusters(input.clusters, context.unread, issues);
  checkScale(input.clusters, input.options.growthReserve, issues);
  checkServices(input.services, input.clusters, issues);
  checkGrowthReserve(input.options.growthReserve, issues);
  return issues;
}
