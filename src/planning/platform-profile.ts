import type { z } from "zod/mini";
import type { PlanIssue } from "./plan";
import type { DeploymentScript } from "./powershell";

/**
 * A deployment platform as data: what it asks (schema), how it plans, which pools it has, how it
 * words its breakdown and which scripts it emits. Views and exports map over a profile instead of
 * testing the platform's name. The Arc profile is described so today; the first platform's plan
 * already has the same kinds of pieces and can be described so once its planner settles.
 */

export type PlatformId = "aks-hci" | "aks-arc";

/** A breakdown line as every platform writes it: its count, its sentence, the rule behind it. */
export interface ProfileBreakdownLine {
  id: string;
  side: string;
  count: number;
  text: string;
  rule: string;
}

/** What every platform's plan offers the views. */
export interface ProfilePlan {
  breakdown: readonly ProfileBreakdownLine[];
  issues: readonly PlanIssue[];
  errorCount: number;
  warningCount: number;
}

/** One row of a platform's pools table: a kind of address block the admin types and the planner sizes. */
export interface PoolSpec {
  id: string;
  label: string;
  /** Help text shown beside the pool's fields. */
  help: string;
  /** One such pool per cluster, or one for the whole plan. */
  perCluster: boolean;
}

/** A headline figure: "16 in the IP pool". */
export interface PlanTotal {
  id: string;
  label: string;
  count: number;
}

export interface ScriptFormat<P> {
  /** The CLI's --format value and the file's extension. */
  id: "ps1" | "sh";
  label: string;
  build: (plan: P) => DeploymentScript;
}

export interface PlatformProfile<Input, P extends ProfilePlan> {
  id: PlatformId;
  label: string;
  /** One sentence for the platform picker. */
  description: string;
  schema: z.ZodMiniType<Input>;
  emptyInput: () => Input;
  createPlan: (input: Input) => P;
  pools: readonly PoolSpec[];
  totals: (plan: P) => PlanTotal[];
  scripts: readonly ScriptFormat<P>[];
  /** Help texts by topic, for the fields and the review. */
  help: Readonly<Record<string, string>>;
}
