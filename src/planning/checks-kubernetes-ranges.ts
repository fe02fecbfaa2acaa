import { warning, type FixedAddress, type IssueList, type Subnet } from "./checks-shared";
import { clip } from "./free-space";
import { formatIpv4 } from "./ipv4-format";
import { KUBERNETES_RANGES, type KubernetesRange } from "./kubernetes-ranges";
import type { AddressRange } from "./plan";
import type { NetworkModel } from "./plan-input-schema";
import { poolsOf } from "./pools";
import type { NetworkReading } from "./read-input";
import { rangeText } from "./checks-shared";

/**
 * Warns where the AKS network, a pool, the cloud agent or a DNS server lies in Kubernetes' own pod
 * or service range: inside a cluster those addresses mean pods and services, so a node, the cloud
 * agent or a DNS server there becomes unreachable from the pods. No page of the docs forbids it
 * outright (vendor-facts 3), hence a warning. A pool is only reported when the prefix is not, since
 * a pool lies inside the prefix.
 */
export function checkKubernetesRanges(model: NetworkModel, network: { path: string; reading: NetworkReading }, subnet: Subnet | null, fixed: readonly FixedAddress[], issues: IssueList): void {
  const { path, reading } = network;
  for (const kubernetes of KUBERNETES_RANGES) {
    const prefixHit = subnet !== null && clip({ start: subnet.network, end: subnet.broadcast }, kubernetes.range) !== null;
    if (prefixHit) {
      issues.push(warning(`${path}.addressPrefix`, `Address prefix ${subnet.text} overlaps ${kubernetes.name}, which AKS uses inside every cluster: ${FIX}`));
    } else {
      for (const spec of poolsOf(model)) {
        const range = reading.pools[spec.id].range;
        if (range && overlaps(range, kubernetes)) {
          issues.push(warning(`${path}.${spec.startField}`, `${spec.label} ${rangeText(range)} overlaps ${kubernetes.name}, which AKS uses inside every cluster: ${FIX}`));
        }
      }
    }
    for (const item of fixed) {
      if (item.label !== "Cloud service IP" && item.label !== "DNS server") continue;
      if (!overlaps({ start: item.address, end: item.address }, kubernetes)) continue;
      issues.push(
        warning(item.path, `${item.label} ${formatIpv4(item.address)} lies in ${kubernetes.name}: pods would send its traffic into the cluster's own network instead; use an address outside 10.244.0.0/16 and 10.96.0.0/12`),
      );
    }
  }
}

const FIX = "pods and services would shadow those addresses; choose a range outside 10.244.0.0/16 and 10.96.0.0/12";

function overlaps(range: AddressRange, kubernetes: KubernetesRange): boolean {
  return clip(range, kubernetes.range) !== null;
}
