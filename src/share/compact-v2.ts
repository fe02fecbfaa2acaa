import { clusterNetworksOf, type PlanInput } from "../planning/plan-input-schema";
import { compactVnet, expandVnet, fromCompactV1, toFullCompactV1 } from "./compact-v1";

// ---------------------------------------------------------------------------------------------
// Version 2 compact form (issue 10, cluster networks): version 1's seven positions, every one
// written, then
//
//   networks      [clusterNetworks[], clusterRefs[]?]
//   clusterNetworks  each as version 1 writes the AKS host's vnet, its addresses as offsets from
//                    its own prefix
//   clusterRefs   per cluster (left out when no cluster has a `network`): null when the cluster has
//                 no `network` field, 0 for "", k for the k-th cluster network (from 1) the name
//                 first matches, else the text itself
//
// Plans without cluster networks are still written as version 1, so their links stay as they were.
// ---------------------------------------------------------------------------------------------

type Compact = unknown[];

/** True when the plan needs version 2: it has cluster networks, or a cluster names a network. */
export function needsV2(input: PlanInput): boolean {
  return input.clusterNetworks !== undefined || input.clusters.some((cluster) => cluster.network !== undefined);
}

export function toCompactV2(input: PlanInput): Compact {
  const networks = clusterNetworksOf(input);
  const names = networks.map((network) => network.name);
  const refs = input.clusters.map((cluster) => {
    if (cluster.network === undefined) return null;
    if (cluster.network === "") return 0;
    const at = names.indexOf(cluster.network);
    return at === -1 ? cluster.network : at + 1;
  });
  const written = refs.some((ref) => ref !== null) ? [networks.map(compactVnet), refs] : [networks.map(compactVnet)];
  // A plan file may say "clusterNetworks": [] itself: kept apart from leaving it out with null.
  return [...toFullCompactV1(input), input.clusterNetworks === undefined ? [null, ...written.slice(1)] : written];
}

/** The plan input's shape back from a v2 compact form, or null when it is not one. Never throws. */
export function fromCompactV2(compact: unknown): Record<string, unknown> | null {
  try {
    return rebuildV2(compact);
  } catch {
    return null;
  }
}

function rebuildV2(compact: unknown): Record<string, unknown> | null {
  if (!Array.isArray(compact) || compact.length !== 8) return null;
  const base = fromCompactV1(compact.slice(0, 7));
  const networksPart: unknown = compact[7];
  if (base === null || !Array.isArray(networksPart) || networksPart.length < 1 || networksPart.length > 2) return null;
  const [listed, refs]: unknown[] = networksPart;
  const clusters = base.clusters;
  if (!Array.isArray(clusters)) return null;
  const result: Record<string, unknown> = { ...base };
  let names: unknown[] = [];
  if (listed !== null) {
    if (!Array.isArray(listed)) return null;
    const networks = listed.map(expandVnet);
    if (networks.some((network) => network === null)) return null;
    result.clusterNetworks = networks;
    names = networks.map((network) => network?.name);
  }
  if (refs !== undefined) {
    if (!Array.isArray(refs) || refs.length !== clusters.length) return null;
    result.clusters = clusters.map((cluster: unknown, index) => {
      const ref: unknown = refs[index];
      if (ref === null || typeof cluster !== "object" || cluster === null) return cluster;
      const network = ref === 0 ? "" : typeof ref === "number" ? names[ref - 1] : ref;
      return { ...cluster, network };
    });
  }
  return result;
}
