import type { Plan, PlanIssue } from "./plan";
import { PLAN_SECTIONS, sectionIndexOfPath, type PlanSection } from "./plan-sections";

/**
 * The plan's findings grouped once: by section of the plan (the wizard's steps), by field path, and
 * as one list, errors first. Every view counts and lists from here (summary, step tabs, fields,
 * review, print), so a plan with 49,000 findings is walked once per plan, not once per view and
 * keystroke, and no two views can disagree on a count.
 */

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Findings with their counts: errors first, then warnings, each in the order of the form's fields. */
export interface FindingList extends FindingCounts {
  findings: readonly PlanIssue[];
}

export interface SectionFindings extends FindingList {
  section: PlanSection;
}

export interface PlanFindings extends FindingList {
  /** One per entry of PLAN_SECTIONS, in its order, empty ones included. */
  sections: readonly SectionFindings[];
  /** The findings of each field path that has any. */
  byPath: ReadonlyMap<string, FindingList>;
}

const NO_FINDINGS: FindingList = { findings: [], errors: 0, warnings: 0 };

/**
 * Groups a plan's findings (in the planner's form order). Given the previous grouping, a path whose
 * findings read the same keeps its previous list object: a field re-renders only when its own
 * findings change, not on every keystroke elsewhere in a plan with thousands of them.
 */
export function groupFindings(issues: readonly PlanIssue[], previous?: PlanFindings): PlanFindings {
  const all = bySeverity();
  const sectionLists = PLAN_SECTIONS.map(bySeverity);
  // Most paths hold one finding: one array per path, in the planner's order, sorted out below.
  const atPaths = new Map<string, PlanIssue[]>();
  for (const issue of issues) {
    const atPath = atPaths.get(issue.path);
    if (atPath) atPath.push(issue);
    else atPaths.set(issue.path, [issue]);
    all[issue.severity].push(issue);
    sectionLists[sectionIndexOfPath(issue.path)]?.[issue.severity].push(issue);
  }
  const byPath = new Map<string, FindingList>();
  for (const [path, atPath] of atPaths) {
    const before = previous?.byPath.get(path);
    // The planner hands on the very finding of a row no edit touched (see checks-clusters): kept as is.
    if (before && atPath.length === 1 && before.findings.length === 1 && before.findings[0] === atPath[0]) {
      byPath.set(path, before);
      continue;
    }
    const list = atPath.length === 1 ? singleFinding(atPath) : listFindings(atPath);
    byPath.set(path, before && readsTheSame(before, list) ? before : list);
  }
  const sections = PLAN_SECTIONS.map((section, index) => ({ section, ...listOf(sectionLists[index] ?? bySeverity()) }));
  return { ...listOf(all), sections, byPath };
}

function singleFinding(findings: readonly PlanIssue[]): FindingList {
  const isError = findings[0]?.severity === "error";
  return { findings, errors: isError ? 1 : 0, warnings: isError ? 0 : 1 };
}

type BySeverity = Record<PlanIssue["severity"], PlanIssue[]>;

function bySeverity(): BySeverity {
  return { error: [], warning: [] };
}

function listOf({ error: errors, warning: warnings }: BySeverity): FindingList {
  return { findings: warnings.length === 0 ? errors : [...errors, ...warnings], errors: errors.length, warnings: warnings.length };
}

function readsTheSame(a: FindingList, b: FindingList): boolean {
  if (a.findings.length !== b.findings.length) return false;
  for (let index = 0; index < a.findings.length; index++) {
    const x = a.findings[index];
    const y = b.findings[index];
    if (x?.severity !== y?.severity || x?.message !== y?.message) return false;
  }
  return true;
}

/** Any findings as a FindingList: errors first, then warnings, each kept in the order given. */
export function listFindings(issues: readonly PlanIssue[]): FindingList {
  const lists = bySeverity();
  for (const issue of issues) lists[issue.severity].push(issue);
  return listOf(lists);
}

/** The findings of one field path; the same empty list for every path without any. */
export function findingsAtPath(findings: PlanFindings, path: string): FindingList {
  return findings.byPath.get(path) ?? NO_FINDINGS;
}

const groupedByPlan = new WeakMap<Plan, PlanFindings>();

/**
 * The grouping of a plan's findings, computed on first use and then kept with the plan object.
 * `previous` (the grouping of the plan before it) only matters on that first use: see groupFindings.
 */
export function planFindings(plan: Plan, previous?: PlanFindings): PlanFindings {
  let grouped = groupedByPlan.get(plan);
  if (!grouped) {
    grouped = groupFindings(plan.issues, previous);
    groupedByPlan.set(plan, grouped);
  }
  return grouped;
}

/** What a capped list shows, and how many of each severity it leaves out. */
export interface FindingsShown {
  shown: readonly PlanIssue[];
  more: FindingCounts;
}

/**
 * The first `limit` findings of a list (errors first, so errors are never hidden behind warnings),
 * and the counts of the rest: views show a few dozen and say how many more there are.
 * @example firstFindings({ findings, errors: 49000, warnings: 0 }, 50).more // { errors: 48950, warnings: 0 }
 */
export function firstFindings(list: FindingList, limit: number): FindingsShown {
  const shown = list.findings.length <= limit ? list.findings : list.findings.slice(0, limit);
  const shownErrors = Math.min(list.errors, shown.length);
  return { shown, more: { errors: list.errors - shownErrors, warnings: list.warnings - (shown.length - shownErrors) } };
}
