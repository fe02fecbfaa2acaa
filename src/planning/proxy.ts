import { formatCidr, formatIpv4 } from "./ipv4-format";
import { KUBERNETES_RANGES } from "./kubernetes-ranges";
import type { PlanInput } from "./plan-input-schema";
import { valueOf, type InputReading } from "./read-input";

/**
 * The no-proxy list the docs require (set-proxy-settings, Set-AksHciConfig's example): local names,
 * `.svc` for in-cluster services, the AKS prefix and each cluster network's, the cloud agent and Kubernetes' own ranges.
 * @example suggestedNoProxy(jane, reading) // "localhost,127.0.0.1,.svc,10.0.0.0/24,172.16.10.10,10.96.0.0/12,10.244.0.0/16"
 */
export function suggestedNoProxy(input: PlanInput, reading: InputReading): string {
  const entries = ["localhost", "127.0.0.1", ".svc"];
  for (const network of [reading, ...reading.clusterNetworks]) {
    const prefix = valueOf(network.prefix);
    if (prefix) entries.push(formatCidr(prefix.network, prefix.prefix));
  }
  const cloud = input.cloudService.hostAddressing === "static" ? valueOf(reading.cloudServiceCidr) : null;
  if (cloud) entries.push(formatIpv4(cloud.address));
  entries.push(...KUBERNETES_RANGES.map((range) => range.cidr).reverse());
  return entries.join(",");
}

/** The entries of a comma-separated no-proxy list, trimmed, blanks dropped. */
export function noProxyEntries(list: string): string[] {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}
