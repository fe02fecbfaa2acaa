import { useRef } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod/mini";
import { MAX_CLUSTERS, planInputSchema, workloadClusterSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { offerUndo, removalText } from "../../state/undo";
import { planOf } from "../../state/use-plan";
import { ListPager } from "../list-pager";
import { listRowResolver } from "../list-row-resolver";
import { StepFrame } from "../step-frame";
import { usePaging } from "../use-paging";
import { useStepAdvance } from "../use-wizard-navigation";
import { useSyncToStore, type ListRows } from "../use-sync-to-store";
import { STEP } from "../wizard-steps";
import { ClusterCard, type ClustersValues } from "./cluster-card";

const schema = z.object({ clusters: planInputSchema.shape.clusters });
// A keystroke checks and hands over its own cluster only: a plan holds up to 1,000 of them.
const resolver = listRowResolver(zodResolver(schema), "clusters", zodResolver(workloadClusterSchema));
const ROWS: ListRows<ClustersValues> = { list: "clusters", schema: workloadClusterSchema };

function storedValues(): ClustersValues {
  return { clusters: usePlanStore.getState().input.clusters };
}

function push(values: ClustersValues): void {
  usePlanStore.getState().setClusters(values.clusters);
}

/** The AKS host is always there and always the same; the planner's line says what it takes. */
function AksHostCard() {
  const line = usePlanStore((state) => planOf(state.input).breakdown.find((item) => item.rule === "aks-host")?.text ?? "");
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

/** Step 4: the AKS host and the workload clusters the admin adds, edits and removes. */
export function ClustersStep() {
  // Next focuses the first field in error itself, once the page holding it shows.
  const form = useForm<ClustersValues>({ defaultValues: storedValues(), resolver, mode: "onChange", shouldFocusError: false });
  useSyncToStore(form, schema, storedValues, push, ROWS);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "clusters" });
  const paging = usePaging("clusters", fields.length);
  const navigation = useStepAdvance(STEP.clusters, paging.showFirstError);
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <StepFrame
      step={STEP.clusters}
      title="Clusters"
      intro="Each workload cluster takes one IP per control plane node and per worker node, five for update operations and one for its HAProxy load balancer VM, plus one VIP for its API server."
      onSubmit={form.handleSubmit(navigation.advance, navigation.reject)}
      navigation={navigation}
    >
      <AksHostCard />
      <ListPager paging={paging} noun="Workload clusters" label="Workload cluster pages" />
      {fields.slice(paging.bounds.start, paging.bounds.end).map((field, offset) => (
        <ClusterCard
          key={field.id}
          form={form}
          index={paging.bounds.start + offset}
          onRemove={() => {
            const index = paging.bounds.start + offset;
            offerUndo(removalText(`workload cluster ${index + 1}`, form.getValues(`clusters.${index}.name`)));
            remove(index);
            addRef.current?.focus();
          }}
        />
      ))}
      {fields.length === 0 && <Typography sx={{ color: "text.secondary" }}>No workload clusters yet.</Typography>}
      {fields.length < MAX_CLUSTERS && (
        <Box>
          <Button
            ref={addRef}
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => {
              paging.showRow(fields.length);
              append({ name: "", controlPlaneNodes: 1, workerNodes: 2, nodePools: [] }, { focusName: `clusters.${fields.length}.name` });
            }}
          >
            Add workload cluster
          </Button>
        </Box>
      )}
    </StepFrame>
  );
}
