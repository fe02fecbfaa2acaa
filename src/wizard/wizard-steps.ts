import type { PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { rowIndexOfPath } from "./paging";

/** The wizard's steps in order; the index is the store's `step`. */
export const WIZARD_STEPS = [
  { id: "network-model", label: "Network model" },
  { id: "virtual-network", label: "Virtual network" },
  { id: "cloud-service", label: "MOC cloud service" },
  { id: "clusters", label: "Clusters" },
  { id: "services", label: "Services" },
  { id: "review", label: "Review" },
] as const;

export const STEP = {
  networkModel: 0,
  virtualNetwork: 1,
  cloudService: 2,
  clusters: 3,
  services: 4,
  review: 5,
} as const;

/** The id of a step's heading: the skip link and the focus after navigation go there. */
export function stepHeadingId(step: number): string {
  return `wizard-heading-${WIZARD_STEPS[step]?.id ?? "step"}`;
}

const STEP_OF_ROOT: Record<string, number> = {
  model: STEP.networkModel,
  vnet: STEP.virtualNetwork,
  cloudService: STEP.cloudService,
  clusters: STEP.clusters,
  services: STEP.services,
  options: STEP.services,
};

/**
 * The step whose form holds the field a planner issue names ("vnet.gateway" -> virtual network).
 * Paths no form holds land on the review, which lists every finding.
 */
export function stepOfPath(path: string): number {
  const root = path.split(".", 1)[0] ?? "";
  return Object.hasOwn(STEP_OF_ROOT, root) ? (STEP_OF_ROOT[root] ?? STEP.review) : STEP.review;
}

/**
 * Every path a step shows a field (or a field group) for, given the input: the issues of the step
 * left over once these are taken are shown at the top of the step instead of being lost.
 */
export function fieldPathsOfStep(step: number, input: PlanInput): string[] {
  switch (step) {
    case STEP.networkModel:
      return ["model", "cloudService.hostAddressing"];
    case STEP.virtualNetwork:
      return virtualNetworkPaths(input);
    case STEP.cloudService:
      return input.cloudService.hostAddressing === "static"
        ? ["cloudService.hostAddressing", "cloudService.cloudServiceCidr", "cloudService.hciHostIp"]
        : ["cloudService.hostAddressing"];
    case STEP.clusters:
      return input.clusters.flatMap((_, i) => clusterPaths(input, i));
    case STEP.services:
      return [...input.services.flatMap((_, i) => servicePaths(input, i)), ...OPTION_PATHS];
    default:
      return [];
  }
}

const OPTION_PATHS = ["options.vipSharing", "options.growthReserve.clusters", "options.growthReserve.controlPlaneNodes", "options.growthReserve.workerNodes"];

function clusterPaths(input: PlanInput, i: number): string[] {
  const cluster = input.clusters[i];
  if (!cluster) return [];
  return [
    `clusters.${i}`,
    `clusters.${i}.name`,
    `clusters.${i}.controlPlaneNodes`,
    `clusters.${i}.workerNodes`,
    `clusters.${i}.nodePools`,
    ...cluster.nodePools.flatMap((_, j) => ["name", "count", "osType"].map((key) => `clusters.${i}.nodePools.${j}.${key}`)),
  ];
}

function servicePaths(input: PlanInput, i: number): string[] {
  return i < input.services.length ? ["", ".name", ".port", ".instances", ".cluster"].map((key) => `services.${i}${key}`) : [];
}

/**
 * Whether a field of the step shows `path`: fieldPathsOfStep asked of one path, looking only at
 * the row the path lies in, so a step of 10,000 services does not list 50,000 paths per keystroke.
 */
function isPlaced(step: number, input: PlanInput, path: string): boolean {
  if (step === STEP.clusters) {
    const row = rowIndexOfPath(path, "clusters");
    return row !== null && clusterPaths(input, row).includes(path);
  }
  if (step === STEP.services) {
    const row = rowIndexOfPath(path, "services");
    return row === null ? OPTION_PATHS.includes(path) : servicePaths(input, row).includes(path);
  }
  return fieldPathsOfStep(step, input).includes(path);
}

function virtualNetworkPaths(input: PlanInput): string[] {
  const pools =
    input.model === "static"
      ? ["k8sNodeIpPoolStart", "k8sNodeIpPoolEnd", "vipPoolStart", "vipPoolEnd"]
      : ["vipPoolStart", "vipPoolEnd", "dhcpScopeStart", "dhcpScopeEnd"];
  return [
    ...["name", "vswitchName", "addressPrefix", "gateway", "dnsServers", "vlanId", ...pools].map((key) => `vnet.${key}`),
    ...input.vnet.dnsServers.map((_, i) => `vnet.dnsServers.${i}`),
  ];
}

/** Issues of a step that no field of it shows: they go in a list at the top of the step. */
export function unplacedIssues(step: number, input: PlanInput, issues: readonly PlanIssue[]): PlanIssue[] {
  return issues.filter((issue) => stepOfPath(issue.path) === step && !isPlaced(step, input, issue.path));
}

export interface StepCounts {
  errors: number;
  warnings: number;
}

/** Errors and warnings per step, counting only the issues the admin is being shown. */
export function countsByStep(issues: readonly PlanIssue[], isShown: (issue: PlanIssue) => boolean): StepCounts[] {
  const counts = WIZARD_STEPS.map(() => ({ errors: 0, warnings: 0 }));
  for (const issue of issues) {
    if (!isShown(issue)) continue;
    const count = counts[stepOfPath(issue.path)];
    if (!count) continue;
    if (issue.severity === "error") count.errors += 1;
    else count.warnings += 1;
  }
  return counts;
}

/** Errors the planner finds in a step, shown yet or not: Next stays on a step that has any. */
export function errorCountOfStep(issues: readonly PlanIssue[], step: number): number {
  return errorPathsOfStep(issues, step).length;
}

/** Where those errors are: Next shows the first of them. */
export function errorPathsOfStep(issues: readonly PlanIssue[], step: number): string[] {
  return issues.filter((issue) => issue.severity === "error" && stepOfPath(issue.path) === step).map((issue) => issue.path);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "2 errors, 1 warning": what a step holds, in words, for its label and its accessible name. */
export function describeCounts({ errors, warnings }: StepCounts): string {
  return [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
}
