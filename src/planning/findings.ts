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
  /** The findings by row of a list (see rowKeyOfPath), then by field path: read them with findingsAtPath. */
  byRow: ReadonlyMap<string, RowFindings>;
}

/** The findings of one row of a list ("clusters.2") or of one part of the plan outside the lists ("vnet"). */
export interface RowFindings {
  /** In the planner's order. */
  issues: readonly PlanIssue[];
  /** The findings of each field path of the row that has any. */
  byPath: ReadonlyMap<string, FindingList>;
}

/** The one empty list: a field without findings keeps it, and re-renders for none. */
export const NO_FINDINGS: FindingList = { findings: [], errors: 0, warnings: 0 };

/**
 * The row a finding's path lies in: a list's row ("clusters.2.nodePools.0.name" -> "clusters.2"),
 * else the path's first part ("vnet.gateway" -> "vnet").
 * @example rowKeyOfPath("clusters.10") // "clusters.10", not "clusters.1"
 */
export function rowKeyOfPath(path: string): string {
  const first = path.indexOf(".");
  if (first === -1) return path;
  const second = path.indexOf(".", first + 1);
  const end = second === -1 ? path.length : second;
  return end > first + 1 && isDigits(path, first + 1, end) ? path.slice(0, end) : path.slice(0, first);
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Groups a plan's findings (in the planner's form order). The planner hands on the very finding
 * objects of a row no edit touched (see checks-clusters), so a row whose findings are the very ones
 * of the previous grouping keeps that row's grouping whole: a keystroke regroups its own row, not the
 * 49,000 findings of a plan at the schema's limits (that took 40 ms a keystroke). Within a regrouped
 * row, a path whose findings read the same keeps its previous list object: a field re-renders only
 * when its own findings change.
 */
export function groupFindings(issues: readonly PlanIssue[], previous?: PlanFindings): PlanFindings {
  const { rows, sections: sectionRuns } = runsOf(issues);
  const byRow = new Map<string, RowFindings>();
  for (const [key, runs] of rows) {
    const before = previous?.byRow.get(key);
    byRow.set(key, before && sameIssues(before.issues, issues, runs) ? before : groupRow(issuesIn(issues, runs), before));
  }
  const sections = PLAN_SECTIONS.map((section, index) => ({ section, ...listOfRuns(issues, sectionRuns[index] ?? []) }));
  return { ...listOfRuns(issues, [0, issues.length]), sections, byRow };
}

/**
 * Runs of findings as index pairs, flat: [start, end, start, end, ...]. A plan at the schema's limits
 * has 49,000 findings in about 1,000 runs; the groups are built from the runs, each array allocated
 * at its size once, since pushing the findings one by one into growing lists took 18 ms.
 */
type Runs = number[];

/** The runs of each row (in the order rows first appear) and of each section of PLAN_SECTIONS. */
function runsOf(issues: readonly PlanIssue[]): { rows: Map<string, Runs>; sections: Runs[] } {
  const rows = new Map<string, Runs>();
  const sections = PLAN_SECTIONS.map((): Runs => []);
  let rowKey = "";
  let rowRuns: Runs | undefined;
  let sectionRuns: Runs = [];
  let keyIsRow = false;
  for (let index = 0; index < issues.length; index++) {
    const path = (issues[index] as PlanIssue).path;
    if (rowRuns !== undefined && inRow(path, rowKey, keyIsRow)) continue;
    rowRuns?.push(index);
    sectionRuns.push(index);
    rowKey = rowKeyOfPath(path);
    keyIsRow = rowKey.includes(".");
    rowRuns = rows.get(rowKey) ?? [];
    rows.set(rowKey, rowRuns);
    rowRuns.push(index);
    sectionRuns = sections[sectionIndexOfPath(path)] ?? [];
    sectionRuns.push(index);
  }
  rowRuns?.push(issues.length);
  sectionRuns.push(issues.length);
  return { rows, sections };
}

/** Calls `visit` with each finding of the runs, in order. */
function eachInRuns(issues: readonly PlanIssue[], runs: Runs, visit: (issue: PlanIssue) => void): void {
  for (let run = 0; run + 1 < runs.length; run += 2) {
    const end = runs[run + 1] ?? 0;
    for (let index = runs[run] ?? end; index < end; index++) visit(issues[index] as PlanIssue);
  }
}

function issuesIn(issues: readonly PlanIssue[], runs: Runs): PlanIssue[] {
  const found: PlanIssue[] = [];
  eachInRuns(issues, runs, (issue) => found.push(issue));
  return found;
}

/** The runs' findings as a FindingList (errors first), the one array allocated at its size. */
function listOfRuns(issues: readonly PlanIssue[], runs: Runs): FindingList {
  let errors = 0;
  let total = 0;
  eachInRuns(issues, runs, (issue) => {
    total++;
    if (issue.severity === "error") errors++;
  });
  if (runs.length === 2 && total === errors) return { findings: issues.slice(runs[0], runs[1]), errors, warnings: 0 };
  const findings = new Array<PlanIssue>(total);
  let nextError = 0;
  let nextWarning = errors;
  eachInRuns(issues, runs, (issue) => {
    if (issue.severity === "error") findings[nextError++] = issue;
    else findings[nextWarning++] = issue;
  });
  return { findings, errors, warnings: total - errors };
}

/** Whether the runs hold the very findings of `before`, in its order. */
function sameIssues(before: readonly PlanIssue[], issues: readonly PlanIssue[], runs: Runs): boolean {
  let at = 0;
  for (let run = 0; run + 1 < runs.length; run += 2) {
    const end = runs[run + 1] ?? 0;
    for (let index = runs[run] ?? end; index < end; index++) if (issues[index] !== before[at++]) return false;
  }
  return at === before.length;
}

const DOT = ".".charCodeAt(0);

/** rowKeyOfPath(path) === key (`keyIsRow`: the key names a list's row), in a few character reads. */
function inRow(path: string, key: string, keyIsRow: boolean): boolean {
  if (!path.startsWith(key)) return false;
  if (path.length === key.length) return true;
  if (path.charCodeAt(key.length) !== DOT) return false;
  // "clusters" holds a finding about the list as a whole; "clusters.1.name" lies in the row "clusters.1".
  return keyIsRow || !isDigits(path, key.length + 1, key.length + 2);
}

/** One row's findings by path; a path that reads as in `before` keeps its list object. */
function groupRow(issues: readonly PlanIssue[], before: RowFindings | undefined): RowFindings {
  const lists = new Map<string, PlanIssue[]>();
  for (const issue of issues) {
    const list = lists.get(issue.path);
    if (list) list.push(issue);
    else lists.set(issue.path, [issue]);
  }
  const byPath = new Map<string, FindingList>();
  for (const [path, list] of lists) {
    const kept = before?.byPath.get(path);
    const grouped = listFindings(list);
    byPath.set(path, kept && readsTheSame(kept, grouped) ? kept : grouped);
  }
  return { issues, byPath };
}

type BySeverity = Record<PlanIssue["severity"], PlanIssue[]>;

function bySeverity(): BySeverity {
  return { error: [], warning: [] };
}

function listOf({ error: errors, warning: warnings }: BySeverity): FindingList {
  return { findings: warnings.length === 0 ? errors : errors.concat(warnings), errors: errors.length, warnings: warnings.length };
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
  return findings.byRow.get(rowKeyOfPath(path))?.byPath.get(path) ?? NO_FINDINGS;
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
