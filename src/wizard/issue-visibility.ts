import { findingsAtPath, type PlanFindings } from "../planning/findings";
import type { PlanIssue } from "../planning/plan";
import { findingsOfStep, stepIndex, stepOfPath, WIZARD_STEPS, type StepCounts, type StepId } from "./wizard-steps";

export interface Reveal {
  revealAll: boolean;
  revealedSteps: readonly StepId[];
  touchedFields: readonly string[];
}

/**
 * Whether the admin sees a planner finding yet: not while a form is pristine ("Enter a gateway" at
 * an empty page is noise), but once its field (or one inside its group) was left, once Next was
 * pressed on its step, or once the plan is shown whole (review, loaded example, link or file).
 */
export function isPathShown(path: string, reveal: Reveal): boolean {
  if (reveal.revealAll || reveal.revealedSteps.includes(stepOfPath(path))) return true;
  const inside = `${path}.`;
  return reveal.touchedFields.some((field) => field === path || field.startsWith(inside));
}

/**
 * Errors and warnings per step, in the steps' order, counting only the findings isPathShown lets through. Read from the
 * grouping, not finding by finding: a step shown whole takes its section's counts, any other step
 * the findings at the fields left so far and at the groups holding them.
 */
export function shownCountsByStep(findings: PlanFindings, reveal: Reveal): StepCounts[] {
  const isWhole = (step: StepId) => reveal.revealAll || reveal.revealedSteps.includes(step);
  const counts = WIZARD_STEPS.map(({ id }) => {
    const { errors, warnings } = isWhole(id) ? findingsOfStep(findings, id) : { errors: 0, warnings: 0 };
    return { errors, warnings };
  });
  for (const path of pathsShownByTouch(reveal.touchedFields)) {
    const step = stepOfPath(path);
    const count = counts[stepIndex(step)];
    if (!count || isWhole(step)) continue;
    const atPath = findingsAtPath(findings, path);
    count.errors += atPath.errors;
    count.warnings += atPath.warnings;
  }
  return counts;
}

/** Each field left, and every group holding it ("vnet.dnsServers.1" shows "vnet.dnsServers" and "vnet"). */
function pathsShownByTouch(touchedFields: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const field of touchedFields) {
    let end = field.length;
    while (end !== -1) {
      paths.add(field.slice(0, end));
      end = end === 0 ? -1 : field.lastIndexOf(".", end - 1);
    }
  }
  return paths;
}

export interface FieldMessage {
  severity: PlanIssue["severity"];
  text: string;
}

/**
 * What a field says under itself: its own form error (the value did not even parse, so the planner
 * still sees the last good one), else the planner's findings for it, errors before warnings.
 */
export function fieldMessages(path: string, formError: string | undefined, issues: readonly PlanIssue[], shown: boolean): FieldMessage[] {
  if (formError) return [{ severity: "error", text: formError }];
  if (!shown) return [];
  const own = issues.filter((issue) => issue.path === path);
  return [...own.filter((issue) => issue.severity === "error"), ...own.filter((issue) => issue.severity === "warning")].map(
    ({ severity, message }) => ({ severity, text: message }),
  );
}

/** What the summary, the stepper and the bar count: one tally of one list of findings. */
export interface FindingTally {
  /** Errors the admin is being shown. */
  errors: number;
  warnings: number;
  /** Fields holding errors not shown yet (a new plan's empty fields): "7 fields to go", not red errors. */
  fieldsToGo: number;
}

/** The findings the admin is being shown, in the planner's order, and the tally of all of them. */
export function splitFindings(issues: readonly PlanIssue[], reveal: Reveal): { shown: PlanIssue[]; tally: FindingTally } {
  const shown: PlanIssue[] = [];
  const toGo = new Set<string>();
  let errors = 0;
  for (const issue of issues) {
    if (isPathShown(issue.path, reveal)) {
      shown.push(issue);
      if (issue.severity === "error") errors += 1;
    } else if (issue.severity === "error") {
      toGo.add(issue.path);
    }
  }
  return { shown, tally: { errors, warnings: shown.length - errors, fieldsToGo: toGo.size } };
}
