import { readFileSync } from "node:fs";
import { generatePlanInput } from "../src/planning/generate-plan-input";
import { planInputSchema, type PlanInput } from "../src/planning/plan-input-schema";
import { encodePlanLink } from "../src/share/share-link";
import { figure, type BudgetFigure } from "./bench-budget";

/** Budgets of the share-link issue, in characters of fragment (after "#"). */
export const JANE_LINK_BUDGET = 200;
export const LARGE_LINK_BUDGET = 2_000;

/** The reference doc's example, the file the "Load example" action loads. */
export function janeInput(): PlanInput {
  return planInputSchema.parse(JSON.parse(readFileSync(new URL("../public/examples/jane.json", import.meta.url), "utf8")));
}

/** Fragment lengths of the share links for Jane and for a 50-cluster, 200-service plan. */
export function benchShareLinks(): BudgetFigure[] {
  const jane = encodePlanLink(janeInput());
  const large = encodePlanLink(generatePlanInput({ clusters: 50, servicesPerCluster: 4 }));
  return [
    figure("Share link, Jane", jane.length, "chars", JANE_LINK_BUDGET),
    figure("Share link, 50 clusters + 200 services", large.length, "chars", LARGE_LINK_BUDGET),
  ];
}
