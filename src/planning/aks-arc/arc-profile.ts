import type { PlatformProfile } from "../platform-profile";
import { platformInfo } from "../platforms";
import { arcPlanInputSchema, emptyArcPlanInput, type ArcPlanInput } from "./arc-input-schema";
import type { ArcPlan } from "./arc-plan";
import { ARC_HELP, ARC_POOLS } from "./arc-rules";
import { arcScript } from "./arc-scripts";
import { createArcPlan } from "./create-arc-plan";

/** AKS enabled by Azure Arc on Azure Local (23H2 and later) as a platform profile. */
export const AKS_ARC_PROFILE: PlatformProfile<ArcPlanInput, ArcPlan> = {
  ...platformInfo("aks-arc"),
  schema: arcPlanInputSchema,
  emptyInput: emptyArcPlanInput,
  createPlan: createArcPlan,
  pools: ARC_POOLS,
  totals: (plan) => [
    { id: "ip-pool", label: "in the IP pool", count: plan.need.ipPool },
    ...(plan.need.outsidePool > 0 ? [{ id: "outside-pool", label: "control-plane IPs outside the pool", count: plan.need.outsidePool }] : []),
    { id: "load-balancer", label: "for load balancers", count: plan.need.loadBalancer },
    { id: "total", label: "in all", count: plan.need.total },
  ],
  scripts: [
    { id: "ps1", label: "PowerShell script", build: (plan) => arcScript(plan, "ps1") },
    { id: "sh", label: "bash script", build: (plan) => arcScript(plan, "sh") },
  ],
  help: ARC_HELP,
};
