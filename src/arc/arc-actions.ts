import { emptyArcCluster, type ArcClusterInput, type ArcLogicalNetworkInput, type ArcLoadBalancerInput, type ArcNodePoolInput, type ArcPlanInput, type ArcServiceInput, type ManagementBlockInput } from "../planning/aks-arc/arc-input-schema";
import { usePlanStore } from "../state/plan-store";
import { ARC_LAST_STEP, emptyArcDraft, type ArcDraft } from "../state/arc-draft";

/**
 * The AKS Arc wizard's actions on the store: they change only `state.arc`, so the first platform's
 * plan and its wizard are never touched by them (and the other way round).
 */

/** An empty change leaves the state as it is, so nothing re-renders or is saved for it. */
function setArc(change: (arc: ArcDraft) => Partial<ArcDraft>): void {
  usePlanStore.setState((state) => {
    const changes = change(state.arc);
    return Object.keys(changes).length === 0 ? state : { arc: { ...state.arc, ...changes } };
  });
}

function setInput(change: (input: ArcPlanInput) => Partial<ArcPlanInput>): void {
  setArc((arc) => ({ input: { ...arc.input, ...change(arc.input) } }));
}

function replaceAt<T>(items: readonly T[], index: number, changes: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...changes } : item));
}

function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function updateClusterAt(index: number, change: (cluster: ArcClusterInput) => Partial<ArcClusterInput>): void {
  setInput((input) => ({ clusters: input.clusters.map((cluster, i) => (i === index ? { ...cluster, ...change(cluster) } : cluster)) }));
}

export const arcActions = {
  updateLogicalNetwork: (changes: Partial<ArcLogicalNetworkInput>) => setInput((input) => ({ logicalNetwork: { ...input.logicalNetwork, ...changes } })),
  updateManagementBlock: (changes: Partial<ManagementBlockInput>) => setInput((input) => ({ managementBlock: { ...input.managementBlock, ...changes } })),
  setSharedAddresses: (sharedAddresses: boolean) => setInput((input) => ({ options: { ...input.options, sharedAddresses } })),

  addCluster: () => setInput((input) => ({ clusters: [...input.clusters, emptyArcCluster()] })),
  /**
   * A service names its cluster, so renaming a cluster takes its services along: they would
   * otherwise belong to no cluster after every keystroke of the new name.
   */
  updateCluster: (index: number, changes: Partial<ArcClusterInput>) =>
    setInput((input) => {
      const before = input.clusters[index]?.name;
      const renamed = changes.name !== undefined && before !== undefined && changes.name !== before && before.trim() !== "";
      return {
        clusters: replaceAt(input.clusters, index, changes),
        ...(renamed ? { services: input.services.map((service) => (service.cluster === before ? { ...service, cluster: changes.name ?? "" } : service)) } : {}),
      };
    }),
  /** Its services stay, shown as belonging to no cluster, so nothing typed disappears unseen. */
  removeCluster: (index: number) => setInput((input) => ({ clusters: withoutIndex(input.clusters, index) })),

  addNodePool: (cluster: number) =>
    updateClusterAt(cluster, (current) => ({ nodePools: [...current.nodePools, { name: `nodepool${current.nodePools.length + 1}`, count: 1, osType: "linux" }] })),
  updateNodePool: (cluster: number, pool: number, changes: Partial<ArcNodePoolInput>) =>
    updateClusterAt(cluster, (current) => ({ nodePools: replaceAt(current.nodePools, pool, changes) })),
  removeNodePool: (cluster: number, pool: number) => updateClusterAt(cluster, (current) => ({ nodePools: withoutIndex(current.nodePools, pool) })),

  updateLoadBalancer: (cluster: number, changes: Partial<ArcLoadBalancerInput>) =>
    updateClusterAt(cluster, (current) => ({ loadBalancer: { ...current.loadBalancer, ...changes } })),

  addService: (cluster: string) => setInput((input) => ({ services: [...input.services, { name: "", port: 80, instances: 1, cluster }] })),
  updateService: (index: number, changes: Partial<ArcServiceInput>) => setInput((input) => ({ services: replaceAt(input.services, index, changes) })),
  removeService: (index: number) => setInput((input) => ({ services: withoutIndex(input.services, index) })),

  /** Reaching the review is the admin asking to see the whole plan, findings included. */
  setStep: (step: number) => {
    const next = Number.isInteger(step) ? Math.min(Math.max(step, 0), ARC_LAST_STEP) : 0;
    setArc(() => (next === ARC_LAST_STEP ? { step: next, revealAll: true } : { step: next }));
  },
  markTouched: (path: string) => setArc((arc) => (arc.touchedFields.includes(path) ? {} : { touchedFields: [...arc.touchedFields, path] })),
  revealStep: (step: number) => setArc((arc) => (arc.revealedSteps.includes(step) ? {} : { revealedSteps: [...arc.revealedSteps, step] })),

  /** A whole plan (the example, a link, a file): shown on the review with every finding. */
  loadInput: (input: ArcPlanInput) =>
    usePlanStore.setState((state) => ({ platform: "aks-arc", arc: { ...emptyArcDraft(input), step: ARC_LAST_STEP, revealAll: true }, revision: state.revision + 1 })),
  /** The AKS Arc wizard shows, its plan as it is. */
  showPlatform: () => usePlanStore.getState().setPlatform("aks-arc"),
  /** Back to an empty AKS Arc plan; the first platform's plan stays. */
  reset: () => usePlanStore.setState((state) => ({ arc: emptyArcDraft(), revision: state.revision + 1 })),
};
