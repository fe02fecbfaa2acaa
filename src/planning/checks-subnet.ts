import { addressCount, error, warning, type IssueList, type Subnet } from "./checks-shared";
import { formatCidr } from "./ipv4-format";
import type { NetworkContext } from "./networks";
import { assignableAddresses, LARGEST_PREFIX, RECOMMENDED_PREFIX } from "./subnet";
import { formatCount } from "./wording";

/** Does the address prefix hold the plan's total, and is it the /24 the reference doc recommends? */
export function checkSubnetSize(subnet: Subnet | null, context: NetworkContext, issues: IssueList): void {
  const { need, minimum, reserve } = context;
  const prefixPath = `${context.path}.addressPrefix`;
  const minimumPrefix = context.subnet.minimumPrefix;
  if (minimumPrefix === null) {
    const largest = assignableAddresses(LARGEST_PREFIX);
    const beyond = `more than even a /${LARGEST_PREFIX} holds (${addressCount(largest)} beside network, broadcast and gateway)`;
    if (reserve.total > 0 && minimum.total <= largest) {
      issues.push(error("options.growthReserve.clusters", `With the growth reserve this plan needs ${addressCount(need.total)}, ${beyond}: reserve fewer or smaller clusters`));
    } else {
      issues.push(error(prefixPath, `This plan needs ${addressCount(need.total)}, ${beyond}: plan fewer or smaller clusters, or fewer service instances`));
    }
    return;
  }
  if (subnet === null) return;
  const capacity = assignableAddresses(subnet.prefix);
  const needText = reserve.total > 0 ? `${formatCount(need.total)}, the growth reserve included` : formatCount(need.total);
  if (capacity < need.total) {
    issues.push(
      error(
        prefixPath,
        `${subnet.text} holds ${addressCount(capacity)} beside network, broadcast and gateway; this plan needs ${needText}: use a /${minimumPrefix} or larger, e.g. ${widened(subnet, minimumPrefix)}`,
      ),
    );
  } else if (subnet.prefix > RECOMMENDED_PREFIX) {
    issues.push(
      warning(
        prefixPath,
        `${subnet.text} holds the ${needText} addresses this plan needs, but the reference doc recommends at least a /${RECOMMENDED_PREFIX} (256 addresses) because pools cannot be enlarged after deployment: use ${widened(subnet, RECOMMENDED_PREFIX)} if the address space allows`,
      ),
    );
  }
}

/** The block of length `prefix` that holds the subnet, e.g. 10.0.0.64/27 widened to /24 is 10.0.0.0/24. */
function widened(subnet: Subnet, prefix: number): string {
  const size = 2 ** (32 - prefix);
  return formatCidr(subnet.network - (subnet.network % size), prefix);
}
