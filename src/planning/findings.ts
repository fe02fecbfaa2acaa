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

/** The one empty list: a field without findings keeps it, and re-renders for none. */
export const NO_FINDINGS: FindingList = { findings: [], errors: 0, warnings: 0 };

/**
 * Groups a plan's findings (in the planner's form order). Given the previous grouping, a path whose
 * findings read the same keeps its previous list object: a field re-renders only when its own
 * findings change, not on every keystroke elsewhere in a plan with thousands of them.
 * One pass over the findings, one map lookup each: a plan at the schema's limits has 49,000.
 */
export function groupFindings(issues: readonly PlanIssue[], previous?: PlanFindings): PlanFindings {
  const all = bySeverity();
  const sectionLists = PLAN_SECTIONS.map(bySeverity);
  const byPath = new Map<string, FindingList>();
  // Paths with more than one finding, and paths whose one finding is not the very one of the previous grouping: settled after the pass.
  const several = new Map<string, PlanIssue[]>();
  const fresh: string[] = [];
  const section = sectionFinder();
  for (const issue of issues) {
    const { path, severity } = issue;
    all[severity].push(issue);
    sectionLists[section(path)]?.[severity].push(issue);
    const first = byPath.get(path);
    if (first !== undefined) {
      const list = several.get(path);
      if (list) list.push(issue);
      else several.set(path, [first.findings[0] as PlanIssue, issue]);
      continue;
    }
    const before = previous?.byPath.get(path);
    // The planner hands on the very finding of a row no edit touched (see checks-clusters): kept as is.
    if (before?.findings.length === 1 && before.findings[0] === issue) byPath.set(path, before);
    else {
      byPath.set(path, singleFinding(issue));
      fresh.push(path);
    }
  }
  for (const [path, list] of several) byPath.set(path, listFindings(list));
  for (const path of [...fresh, ...several.keys()]) {
    const before = previous?.byPath.get(path);
    const list = byPath.get(path);
    if (before && list && readsTheSame(before, list)) byPath.set(path, before);
  }
  const sections = PLAN_SECTIONS.map((section, index) => ({ section, ...listOf(sectionLists[index] ?? bySeverity()) }));
  return { ...listOf(all), sections, byPath };
}

/** sectionIndexOfPath, for findings that come in long runs under one root ("clusters.") as the planner lists them. */
function sectionFinder(): (path: string) => number {
  let root = "";
  let index = 0;
  return (path) => {
    if (root === "" || !path.startsWith(root)) {
      const dot = path.indexOf(".");
      root = dot === -1 ? "" : path.slice(0, dot + 1);
      index = sectionIndexOfPath(path);
    }
    return index;
  };
}

function singleFinding(issue: PlanIssue): FindingList {
  const isError = issue.severity === "error";
  return { findings: [issue], errors: isError ? 1 : 0, warnings: isError ? 0 : 1 };
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
