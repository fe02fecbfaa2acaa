import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod/mini";
import { MAX_CLUSTERS, planInputSchema, workloadClusterSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { usePlanSelector } from "../../state/use-plan";
import { listRowResolver } from "../list-row-resolver";
import { PagedList } from "../paged-list";
import { StepFrame } from "../step-frame";
import { useStepForm } from "../use-step-form";
import type { ListRows } from "../use-sync-to-store";
import { ClusterCard, type ClustersValues } from "./cluster-card";

const schema = z.object({ clusters: planInputSchema.shape.clusters });
// A keystroke checks and hands over its own cluster only: a plan holds up to 1,000 of them.
const resolver = listRowResolver(zodResolver(schema), "clusters", zodResolver(workloadClusterSchema));
const ROWS: ListRows<ClustersValues> = { list: "clusters", schema: workloadClusterSchema };

function stored(): ClustersValues {
  return { clusters: usePlanStore.getState().input.clusters };
}

/**
 * The stored clusters, each with its optional load balancer key even when unset: the field sets the
 * key as it registers, and a key missing from the defaults made react-hook-form count the form as
 * changed for good, so that each keystroke back to a field's first value re-compared all 50,000
 * node pools of a plan at the schema's limits.
 */
function formDefaults(): ClustersValues {
  return { clusters: stored().clusters.map((cluster) => ({ ...cluster, loadBalancer: cluster.loadBalancer })) };
}

function push(values: ClustersValues): void {
  usePlanStore.getState().setClusters(values.clusters);
}

/** The AKS host is always there and always the same; the planner's line says what it takes. */
function AksHostCard() {
  const line = usePlanSelector((plan) => plan.breakdown.find((item) => item.rule === "aks-host")?.text ?? "");
  return (
    <Card variant="outlined" component="section" aria-labelledby="aks-host-heading">
      <CardContent>
        <Typography id="aks-host-heading" component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
          AKS host (management cluster)
        </Typography>
        <Typography variant="body2" sx={{ color: "text.secondary" }}>
          Always exactly one, with one control plane node; nothing to enter. {line}.
        </Typography>
      </CardContent>
    </Card>
  );
}

/** The AKS host and the workload clusters the admin adds, edits and removes. */
export function ClustersStep() {
  const { form, frame, pagerRef } = useStepForm({ step: "clusters", schema, resolver, stored, defaults: formDefaults, push, rows: ROWS });
  return (
    <StepFrame
      {...frame}
      intro="Each workload cluster takes one IP per control plane node and per worker node, five for update operations and one for its HAProxy load balancer VM, plus one VIP for its API server."
    >
      <AksHostCard />
      <PagedList
        form={form}
        list="clusters"
        pagerRef={pagerRef}
        item="Workload cluster"
        items="Workload clusters"
        max={MAX_CLUSTERS}
        newRow={() => ({ name: "", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] })}
        row={(index, onRemove) => <ClusterCard form={form} index={index} onRemove={onRemove} />}
      />
    </StepFrame>
  );
}
