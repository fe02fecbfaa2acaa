/**
 * The AKS Arc wizard's steps as one table: the stepper, the step frames, the finding links and the
 * reveal rules all map over it. Each finding's path belongs to exactly one step.
 */
export interface ArcStep {
  id: string;
  label: string;
  owns: (path: string) => boolean;
}

const under = (root: string) => (path: string) => path === root || path.startsWith(`${root}.`);
const LOAD_BALANCER = /^clusters\.\d+\.loadBalancer(\.|$)/;

export const ARC_STEPS: readonly ArcStep[] = [
  { id: "logical-network", label: "Logical network", owns: (path) => under("logicalNetwork")(path) || under("managementBlock")(path) },
  { id: "clusters", label: "Workload clusters", owns: (path) => under("clusters")(path) && !LOAD_BALANCER.test(path) },
  { id: "load-balancers", label: "Load balancers", owns: (path) => LOAD_BALANCER.test(path) || under("services")(path) || under("options")(path) },
  { id: "review", label: "Review", owns: () => false },
];

export const ARC_REVIEW_STEP = ARC_STEPS.length - 1;

/** The step whose form holds the field at `path`; the review for a path no form holds. */
export function arcStepOfPath(path: string): number {
  const index = ARC_STEPS.findIndex((step) => step.owns(path));
  return index === -1 ? ARC_REVIEW_STEP : index;
}

export function arcStepHeadingId(step: number): string {
  return `arc-step-heading-${ARC_STEPS[step]?.id ?? "review"}`;
}

export interface ArcReveal {
  revealAll: boolean;
  revealedSteps: readonly number[];
  touchedFields: readonly string[];
}

/**
 * As on the first platform: a finding shows once its field (or one inside its group) was left, its
 * step's Next was pressed, or the plan is shown whole (review, example, link or file).
 */
export function isArcPathShown(path: string, reveal: ArcReveal): boolean {
  if (reveal.revealAll || reveal.revealedSteps.includes(arcStepOfPath(path))) return true;
  return reveal.touchedFields.some((field) => field === path || field.startsWith(`${path}.`));
}

/** The field itself, then each group holding it, outermost last: where a finding's link puts the focus. */
export function arcFocusCandidates(path: string): string[] {
  const parts = path.split(".");
  return parts.map((_, index) => parts.slice(0, parts.length - index).join("."));
}
