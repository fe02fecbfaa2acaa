import { type FindingCounts, type FindingList, type PlanFindings, listFindings } from "../planning/findings";
import type { Plan, PlanIssue } from "../planning/plan";
import { poolsOf } from "../planning/pools";
import { findingCounts } from "../planning/wording";
import type { PlanInput } from "../planning/plan-input-schema";
import { PLAN_SECTIONS, sectionIndexOfPath, type PlanSectionId } from "../planning/plan-sections";

/**
 * The wizard's steps in order; the index is the store's `step`. Each step asks for one section of
 * the plan, in PLAN_SECTIONS' order; the review shows the findings of the plan as a whole.
 */
export const WIZARD_STEPS = [
  { id: "network-model", label: "Network model", section: "model" },
  { id: "virtual-network", label: "Virtual network", section: "vnet" },
  { id: "cloud-service", label: "MOC cloud service", section: "cloudService" },
  { id: "clusters", label: "Clusters", section: "clusters" },
  { id: "services", label: "Services", section: "services" },
  { id: "review", label: "Review", section: "plan" },
] as const satisfies ReadonlyArray<{ id: string; label: string; section: PlanSectionId }>;

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

const STEP_OF_SECTION: readonly number[] = PLAN_SECTIONS.map((section) => WIZARD_STEPS.findIndex((step) => step.section === section.id));

/**
 * The step whose form holds the field a planner issue names ("vnet.gateway" -> virtual network).
 * Paths no form holds land on the review, which lists every finding.
 */
export function stepOfPath(path: string): number {
  return STEP_OF_SECTION[sectionIndexOfPath(path)] ?? STEP.review;
}

/** The findings of the section a step asks for. */
export function findingsOfStep(findings: PlanFindings, step: number): FindingList {
  const section = WIZARD_STEPS[step]?.section;
  return findings.sections.find((group) => group.section.id === section) ?? listFindings([]);
}

/**
 * Where the focus may go for a finding, most specific first: the field, then the groups holding it
 * ("clusters.0.nodePools.1.count" -> the pool, the cluster's pools, the cluster). Roots are steps,
 * not fields.
 */
export function focusCandidates(path: string): string[] {
  const parts = path.split(".");
  const candidates: string[] = [];
  for (let length = parts.length; length >= 2; length -= 1) candidates.push(parts.slice(0, length).join("."));
  return path === "" ? [] : candidates.length > 0 ? candidates : [path];
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
      return [
        ...(input.cloudService.hostAddressing === "static"
          ? ["cloudService.hostAddressing", "cloudService.cloudServiceCidr", "cloudService.hciHostIp"]
          : ["cloudService.hostAddressing"]),
        ...["imageDir", "workingDir", "cloudConfigLocation"].map((key) => `storage.${key}`),
        ...(input.proxy?.enabled ? ["enabled", "http", "https", "noProxy", "credential"].map((key) => `proxy.${key}`) : []),
      ];
    case STEP.clusters:
      return input.clusters.flatMap((_, i) => clusterPaths(input, i));
    case STEP.services:
      return [...input.services.flatMap((_, i) => servicePaths(input, i)), ...OPTION_PATHS];
    default:
      return [];
  }
}

const OPTION_PATHS = ["options.vipSharing", "options.growthReserve.clusters", "options.growthReserve.controlPlaneNodes", "options.growthReserve.workerNodes"];
const CLUSTER_FIELDS = ["name", "controlPlaneNodes", "workerNodes", "nodePools", "loadBalancer"];
const NODE_POOL_FIELDS = ["name", "count", "osType"];
const SERVICE_FIELDS = ["name", "port", "instances", "cluster"];

function clusterPaths(input: PlanInput, i: number): string[] {
  const cluster = input.clusters[i];
  if (!cluster) return [];
  return [
    `clusters.${i}`,
    ...CLUSTER_FIELDS.map((key) => `clusters.${i}.${key}`),
    ...cluster.nodePools.flatMap((_, j) => NODE_POOL_FIELDS.map((key) => `clusters.${i}.nodePools.${j}.${key}`)),
  ];
}

function servicePaths(input: PlanInput, i: number): string[] {
  return i < input.services.length ? [`services.${i}`, ...SERVICE_FIELDS.map((key) => `services.${i}.${key}`)] : [];
}

const INDEX = "(0|[1-9]\\d*)";
const CLUSTER_FIELD = new RegExp(`^clusters\\.${INDEX}(?:\\.(?:${CLUSTER_FIELDS.join("|")})|\\.nodePools\\.${INDEX}\\.(?:${NODE_POOL_FIELDS.join("|")}))?$`);
const SERVICE_FIELD = new RegExp(`^services\\.${INDEX}(?:\\.(?:${SERVICE_FIELDS.join("|")}))?$`);

/**
 * Whether a field of the step shows `path`: fieldPathsOfStep asked of one path, matched against the
 * shape of the list's paths instead of listing them, since a plan's 49,000 findings are each asked
 * once per keystroke.
 */
function isPlaced(step: number, input: PlanInput, path: string): boolean {
  if (step === STEP.clusters) {
    const match = CLUSTER_FIELD.exec(path);
    const cluster = match ? input.clusters[Number(match[1])] : undefined;
    return cluster !== undefined && (match?.[2] === undefined || Number(match[2]) < cluster.nodePools.length);
  }
  if (step === STEP.services) {
    const match = SERVICE_FIELD.exec(path);
    return match ? Number(match[1]) < input.services.length : OPTION_PATHS.includes(path);
  }
  return fieldPathsOfStep(step, input).includes(path);
}

function virtualNetworkPaths(input: PlanInput): string[] {
  const pools = poolsOf(input.model).flatMap((spec) => [spec.startField, spec.endField]);
  return [
    ...["name", "vswitchName", "addressPrefix", "gateway", "dnsServers", "vlanId", ...pools].map((key) => `vnet.${key}`),
    ...input.vnet.dnsServers.map((_, i) => `vnet.dnsServers.${i}`),
  ];
}

/** Issues of a step that no field of it shows: they go in a list at the top of the step. */
export function unplacedIssues(step: number, input: PlanInput, issues: readonly PlanIssue[]): PlanIssue[] {
  return issues.filter((issue) => stepOfPath(issue.path) === step && !isPlaced(step, input, issue.path));
}

const unplacedByPlan = new WeakMap<Plan, Map<number, FindingList>>();

/** unplacedIssues of the plan's own findings, sorted out once per plan and step. */
export function unplacedFindingsOfStep(plan: Plan, findings: PlanFindings, step: number): FindingList {
  let byStep = unplacedByPlan.get(plan);
  if (!byStep) unplacedByPlan.set(plan, (byStep = new Map()));
  let unplaced = byStep.get(step);
  if (!unplaced) byStep.set(step, (unplaced = listFindings(unplacedIssues(step, plan.input, findingsOfStep(findings, step).findings))));
  return unplaced;
}

export type StepCounts = FindingCounts;

/** Errors the planner finds in a step, shown yet or not: Next stays on a step that has any. */
export function errorCountOfStep(findings: PlanFindings, step: number): number {
  return findingsOfStep(findings, step).errors;
}

/** Where those errors are: Next shows the first of them. */
export function errorPathsOfStep(findings: PlanFindings, step: number): string[] {
  const { findings: list, errors } = findingsOfStep(findings, step);
  return list.slice(0, errors).map((issue) => issue.path);
}

/** "2 errors, 1 warning": what a step holds, in words, for its label and its accessible name. */
export function describeCounts({ errors, warnings }: StepCounts): string {
  return findingCounts(errors, warnings, { skipZero: true });
}
