/**
 * The parts of a plan input a finding can belong to, in the order the wizard asks for them (its
 * steps follow this table). A path belongs to the section of its first key ("vnet.gateway" to the
 * virtual network); a path no form holds ("" for the plan as a whole) goes to "plan".
 */
export const PLAN_SECTIONS = [
  { id: "model", label: "Network model", roots: ["model"] },
  // A cluster network is entered on the cluster that uses it (issue 10), so its findings are the clusters'.
  { id: "clusters", label: "Clusters", roots: ["clusters", "clusterNetworks"] },
  { id: "services", label: "Services", roots: ["services", "options"] },
  { id: "vnet", label: "Virtual network", roots: ["vnet"] },
  { id: "cloudService", label: "MOC cloud service", roots: ["cloudService", "storage", "proxy"] },
  { id: "plan", label: "The plan as a whole", roots: [] },
] as const;

export type PlanSection = (typeof PLAN_SECTIONS)[number];
export type PlanSectionId = PlanSection["id"];

const SECTION_INDEX_OF_ROOT: ReadonlyMap<string, number> = new Map(PLAN_SECTIONS.flatMap((section, index) => section.roots.map((root) => [root, index] as const)));
const WHOLE_PLAN = PLAN_SECTIONS.length - 1;

/**
 * The index in PLAN_SECTIONS of the section a dot path belongs to.
 * @example sectionIndexOfPath("clusters.2.nodePools.0.name") // 1, the clusters
 */
export function sectionIndexOfPath(path: string): number {
  const dot = path.indexOf(".");
  return SECTION_INDEX_OF_ROOT.get(dot === -1 ? path : path.slice(0, dot)) ?? WHOLE_PLAN;
}
