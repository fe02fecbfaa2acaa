import { useId, useRef } from "react";
import FormHelperText from "@mui/material/FormHelperText";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import type { BreakdownLine } from "../../planning/plan";
import { MAX_NODE_POOLS, type WorkloadClusterInput } from "../../planning/plan-input-schema";
import { usePlanSelector } from "../../state/use-plan";
import { FieldHelperText } from "../fields/field-helper-text";
import { FormNumberField } from "../fields/form-number-field";
import { FormSelectField } from "../fields/form-select-field";
import { FormTextField } from "../fields/form-text-field";
import { estimatedCardHeight, ListItemFieldset } from "../fields/list-item-fieldset";
import { useFieldFeedback } from "../fields/use-field-feedback";
import { HELP } from "../help-text";
import { offerUndo, removalText } from "../../state/undo";
import { ClusterNetworkChoice, dropNetworkOfRemoved } from "./cluster-network-choice";

export type ClustersValues = { clusters: WorkloadClusterInput[] };

const LOAD_BALANCERS = [
  { value: "haproxy", label: "HAProxy (one load balancer VM)" },
  { value: "none", label: "None (kube-vip; bring your own for services)" },
] as const;

const OS_TYPES = [
  { value: "linux", label: "Linux" },
  { value: "windows", label: "Windows" },
] as const;

const linesByCluster = new WeakMap<readonly BreakdownLine[], Map<number, string>>();

/**
 * The breakdown's lines of one cluster, joined: grouped once per plan, so the cards of a page look
 * theirs up instead of each scanning the thousands of lines of a 1,000-cluster plan per keystroke.
 */
function clusterLinesOf(breakdown: readonly BreakdownLine[], index: number): string {
  let grouped = linesByCluster.get(breakdown);
  if (!grouped) {
    grouped = new Map();
    for (const line of breakdown) {
      const match = /^cluster-(\d+)-/.exec(line.id);
      if (!match) continue;
      const cluster = Number(match[1]);
      const before = grouped.get(cluster);
      grouped.set(cluster, before === undefined ? line.text : `${before}\n${line.text}`);
    }
    linesByCluster.set(breakdown, grouped);
  }
  return grouped.get(index) ?? "";
}

/** The planner's lines for one cluster, as one string so the card re-renders only when they change. */
function useClusterLines(index: number): string[] {
  const lines = usePlanSelector((plan) => clusterLinesOf(plan.breakdown, index));
  return lines === "" ? [] : lines.split("\n");
}

function ClusterLines({ index }: { index: number }) {
  const lines = useClusterLines(index);
  if (lines.length === 0) return null;
  return (
    <Box component="ul" aria-label={`Addresses for workload cluster ${index + 1}`} sx={{ m: 0, pl: 2.5, color: "text.secondary" }}>
      {lines.map((line) => (
        <Typography component="li" variant="body2" key={line}>
          {line}
        </Typography>
      ))}
    </Box>
  );
}

/**
 * The cluster's node pools as one group with a field of its own: a sum that does not match the
 * worker count is said here, and a finding's link puts the focus here.
 */
function NodePools({ form, clusterIndex }: { form: UseFormReturn<ClustersValues>; clusterIndex: number }) {
  const name = `clusters.${clusterIndex}.nodePools` as const;
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const addRef = useRef<HTMLButtonElement>(null);
  const feedback = useFieldFeedback(name, undefined);
  const messageId = useId();
  return (
    <Stack
      spacing={2}
      role="group"
      aria-label={`Node pools of workload cluster ${clusterIndex + 1}`}
      aria-describedby={feedback.messages.length > 0 ? messageId : undefined}
      data-field-path={name}
      tabIndex={-1}
      sx={{ "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: 4 } }}
    >
      {feedback.messages.length > 0 && (
        <FormHelperText id={messageId} component="div" error={feedback.invalid} sx={{ m: 0 }}>
          <FieldHelperText messages={feedback.messages} help="" />
        </FormHelperText>
      )}
      {fields.map((field, poolIndex) => (
        <ListItemFieldset
          key={field.id}
          legend={`Node pool ${poolIndex + 1}`}
          variant="inset"
          onRemove={() => {
            offerUndo(removalText(`node pool ${poolIndex + 1} of workload cluster ${clusterIndex + 1}`, form.getValues(`${name}.${poolIndex}.name`)));
            remove(poolIndex);
            addRef.current?.focus();
          }}
        >
          <FormTextField control={form.control} name={`${name}.${poolIndex}.name`} label="Node pool name" help={HELP.nodePoolName} />
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <FormNumberField control={form.control} name={`${name}.${poolIndex}.count`} label="Node count" help={HELP.nodePoolCount} />
            <FormSelectField control={form.control} name={`${name}.${poolIndex}.osType`} label="OS type" help={HELP.nodePoolOs} options={OS_TYPES} />
          </Stack>
        </ListItemFieldset>
      ))}
      {fields.length < MAX_NODE_POOLS && (
        <Box>
          <Button
            ref={addRef}
            size="small"
            startIcon={<AddIcon />}
            onClick={() =>
              append({ name: `nodepool${fields.length + 1}`, count: 1, osType: "linux" }, { focusName: `${name}.${fields.length}.name` })
            }
          >
            Add node pool
          </Button>
        </Box>
      )}
    </Stack>
  );
}

export interface ClusterCardProps {
  form: UseFormReturn<ClustersValues>;
  index: number;
  onRemove: () => void;
}

/** One workload cluster: name, control plane and worker nodes, optional node pools, and its address lines. */
export function ClusterCard({ form, index, onRemove }: ClusterCardProps) {
  const base = `clusters.${index}` as const;
  const remove = () => {
    const network = form.getValues(`${base}.network`) ?? "";
    onRemove();
    dropNetworkOfRemoved(form, network);
  };
  return (
    <ListItemFieldset legend={`Workload cluster ${index + 1}`} onRemove={remove} path={base} estimatedHeight={estimatedCardHeight(form.getValues(`${base}.nodePools`).length)}>
      <FormTextField control={form.control} name={`${base}.name`} label="Name" help={HELP.clusterName} required />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormNumberField control={form.control} name={`${base}.controlPlaneNodes`} label="Control plane nodes" help={HELP.controlPlaneNodes} />
        <FormNumberField control={form.control} name={`${base}.workerNodes`} label="Worker nodes" help={HELP.workerNodes} />
      </Stack>
      <FormSelectField
        control={form.control}
        name={`${base}.loadBalancer`}
        label="Load balancer"
        help={HELP.loadBalancer}
        options={LOAD_BALANCERS}
        defaultValue="haproxy"
      />
      <ClusterNetworkChoice form={form} index={index} />
      <NodePools form={form} clusterIndex={index} />
      <ClusterLines index={index} />
    </ListItemFieldset>
  );
}
