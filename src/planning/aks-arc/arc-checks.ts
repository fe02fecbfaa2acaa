import type { IssueList } from "../checks-shared";
import type { PlanIssue } from "../plan";
import type { ArcClusterNeed, ArcNeed, ArcSubnetSizing } from "./arc-plan";
import type { ArcPlanInput } from "./arc-input-schema";
import type { ArcFacts } from "./arc-read";
import type { ArcSuggestions } from "./arc-suggest";
import { checkClusters } from "./arc-checks-clusters";
import { checkLoadBalancers } from "./arc-checks-load-balancers";
import { checkLogicalNetwork } from "./arc-checks-network";

export interface ArcCheckContext {
  facts: ArcFacts;
  clusters: readonly ArcClusterNeed[];
  need: ArcNeed;
  subnet: ArcSubnetSizing;
  suggestions: ArcSuggestions;
}

/** Every check of the Arc profile, in form order, after the reading problems found while parsing. */
export function checkArcPlan(input: ArcPlanInput, context: ArcCheckContext, readIssues: readonly PlanIssue[]): PlanIssue[] {
  const issues: IssueList = [...readIssues];
  checkLogicalNetwork(input, context.facts, context.need, context.subnet, issues);
  checkClusters(input, context.facts, issues);
  checkLoadBalancers(input, context.facts, context.clusters, context.suggestions, issues);
  return issues;
}
