import type { AddressRange } from "./plan";

/**
 * The address ranges Kubernetes uses inside every AKS cluster, on its overlay network. The docs give
 * the service range as 10.96.0.0/16 in one place (concepts-support) and 10.96.0.0/12 in the
 * Set-AksHciConfig reference and the IP planning page: the planner checks the wider /12, so nothing
 * the larger reading covers slips through.
 */
export interface KubernetesRange {
  id: "pods" | "services";
  cidr: string;
  /** As said inside a sentence. */
  name: string;
  range: AddressRange;
}

const block = (a: number, b: number, prefix: number): AddressRange => {
  const start = (a * 2 ** 24 + b * 2 ** 16) >>> 0;
  return { start, end: start + 2 ** (32 - prefix) - 1 };
};

export const KUBERNETES_RANGES: readonly KubernetesRange[] = [
  { id: "pods", cidr: "10.244.0.0/16", name: "the pod range 10.244.0.0/16", range: block(10, 244, 16) },
  {
    id: "services",
    cidr: "10.96.0.0/12",
    name: "the service range 10.96.0.0/12 (one page of the docs says /16, the cmdlet reference /12: the planner checks the wider /12)",
    range: block(10, 96, 12),
  },
];
