import { type FindingCounts, type FindingList, type PlanFindings, listFindings } from "../planning/findings";
import type { Plan, PlanIssue } from "../planning/plan";
import { findingCounts } from "../planning/wording";
import type { PlanInput } from "../planning/plan-input-schema";
import { PLAN_SECTIONS, sectionIndexOfPath } from "../planning/plan-sections";
import { REVIEW_STEP, WIZARD_STEPS, type StepId } from "./steps-table";

export { FIRST_STEP, REVIEW_STEP, STEP_IDS, WIZARD_STEPS, type StepId } from "./steps-table";

const INDEX_OF_STEP: ReadonlyMap<string, number> = new Map(WIZARD_STEPS.map((step, index) => [step.id, index]));

/** A step's place in the order, 0 for a name no step has (a draft from another version). */
export function stepIndex(step: string): number {
  return INDEX_OF_STEP.get(step) ?? 0;
}

/** The step's row in the table; the first step for a name no step has. */
export function stepOf(step: string): (typeof WIZARD_STEPS)[number] {
  return WIZARD_STEPS[stepIndex(step)] ?? WIZARD_STEPS[0];
}

/** The step after (Next) or before (Back) this one, none past either end. */
export function stepBeside(step: StepId, offset: 1 | -1): StepId | null {
  return WIZARD_STEPS[stepIndex(step) + offset]?.id ?? null;
}

/** The id of a step's heading: the skip link and the focus after navigation go there. */
export function stepHeadingId(step: string): string {
  return `wizard-heading-${stepOf(step).id}`;
}

const STEP_OF_SECTION: ReadonlyArray<StepId> = PLAN_SECTIONS.map((section) => WIZARD_STEPS.find((step) => step.section === section.id)?.id ?? REVIEW_STEP);

/**
 * The step whose form holds the field a planner issue names ("vnet.gateway" -> virtual network).
 * Paths no form holds land on the review, which lists every finding.
 */
export function stepOfPath(path: string): StepId {
  return STEP_OF_SECTION[sectionIndexOfPath(path)] ?? REVIEW_STEP;
}

/** The findings of the section a step asks for. */
export function findingsOfStep(findings: PlanFindings, step: StepId): FindingList {
  const section = stepOf(step).section;
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

/** Every path a step shows a field (or a field group) for, given the input. */
export function fieldPathsOfStep(step: StepId, input: PlanInput): string[] {
  return stepOf(step).fields.paths(input);
}

function isPlaced(step: StepId, input: PlanInput, path: string): boolean {
  const { fields } = stepOf(step);
  return fields.places ? fields.places(input, path) : fields.paths(input).includes(path);
}

/** Issues of a step that no field of it shows: they go in a list at the top of the step. */
export function unplacedIssues(step: StepId, input: PlanInput, issues: readonly PlanIssue[]): PlanIssue[] {
  return issues.filter((issue) => stepOfPath(issue.path) === step && !isPlaced(step, input, issue.path));
}

const unplacedByPlan = new WeakMap<Plan, Map<StepId, FindingList>>();

// Per step, the answers of isPlaced for the last shape of its rows asked about (see StepFields.shape):
// a keystroke in a plan of 49,000 findings changes no row, so each path's answer is looked up.
const placedByStep = new Map<StepId, { shape: string; placed: Map<string, boolean> }>();

function placedIn(step: StepId, input: PlanInput): (path: string) => boolean {
  const shape = stepOf(step).fields.shape?.(input);
  if (shape === undefined) return (path) => isPlaced(step, input, path);
  let known = placedByStep.get(step);
  if (known?.shape !== shape) placedByStep.set(step, (known = { shape, placed: new Map() }));
  const { placed } = known;
  return (path) => {
    let answer = placed.get(path);
    if (answer === undefined) placed.set(path, (answer = isPlaced(step, input, path)));
    return answer;
  };
}

/**
 * unplacedIssues of the plan's own findings, sorted out once per plan and step. The step's own
 * section holds them (one step a section), so each is only asked whether a field places it.
 */
export function unplacedFindingsOfStep(plan: Plan, findings: PlanFindings, step: StepId): FindingList {
  let byStep = unplacedByPlan.get(plan);
  if (!byStep) unplacedByPlan.set(plan, (byStep = new Map()));
  let unplaced = byStep.get(step);
  if (!unplaced) {
    const placed = placedIn(step, plan.input);
    byStep.set(step, (unplaced = listFindings(findingsOfStep(findings, step).findings.filter((issue) => !placed(issue.path)))));
  }
  return unplaced;
}

export type StepCounts = FindingCounts;

/** Errors the planner finds in a step, shown yet or not: Next stays on a step that has any. */
export function errorCountOfStep(findings: PlanFindings, step: StepId): number {
  return findingsOfStep(findings, step).errors;
}

/** Where those errors are: Next shows the first of them. */
export function errorPathsOfStep(findings: PlanFindings, step: StepId): string[] {
  const { findings: list, errors } = findingsOfStep(findings, step);
  return list.slice(0, errors).map((issue) => issue.path);
}

/** "2 errors, 1 warning": what a step holds, in words, for its label and its accessible name. */
export function describeCounts({ errors, warnings }: StepCounts): string {
  return findingCounts(errors, warnings, { skipZero: true });
}
