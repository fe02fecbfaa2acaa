import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import { arcClusterSchema, arcNodePoolSchema, type ArcClusterInput } from "../../planning/aks-arc/arc-input-schema";
import { ARC_HELP, ARC_LIMITS } from "../../planning/aks-arc/arc-rules";
import type { OsType } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { estimatedCardHeight, ListItemFieldset } from "../../wizard/fields/list-item-fieldset";
import { arcActions } from "../arc-actions";
import { ArcNumberField, ArcRadioField, ArcSelectField, ArcTextField, GroupFindings } from "../arc-fields";
import { ARC_LABELS } from "../arc-field-names";
import { ArcStepFrame } from "../arc-step-frame";

const cluster = arcClusterSchema.shape;
const pool = arcNodePoolSchema.shape;
const CONTROL_PLANE_CHOICES = ARC_LIMITS.controlPlaneCounts.map((count) => ({ value: count, label: String(count) }));
const OS_CHOICES: ReadonlyArray<{ value: OsType; label: string }> = [
  { value: "linux", label: "Linux" },
  { value: "windows", label: "Windows" },
];

function NodePools({ index, value }: { index: number; value: ArcClusterInput }) {
  const at = `clusters.${index}.nodePools`;
  return (
    <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }} data-field-path={at} tabIndex={-1}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
        {ARC_LABELS.nodePools}
      </Typography>
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        {ARC_HELP.firstNodePool} Up to {ARC_LIMITS.nodePoolsPerCluster} pools of {ARC_LIMITS.nodesPerPool.min}-{ARC_LIMITS.nodesPerPool.max} nodes, at most {ARC_LIMITS.nodesPerCluster} nodes in the cluster.
      </Typography>
      {value.nodePools.map((nodePool, poolIndex) => (
        <ListItemFieldset key={poolIndex} legend={`Node pool ${poolIndex + 1}`} variant="inset" path={`${at}.${poolIndex}`} onRemove={() => arcActions.removeNodePool(index, poolIndex)}>
          <ArcTextField path={`${at}.${poolIndex}.name`} label={ARC_LABELS.nodePoolName} required help="Lowercase letters and digits, a letter first, up to 12." value={nodePool.name} schema={pool.name} onChange={(name) => arcActions.updateNodePool(index, poolIndex, { name })} />
          <ArcNumberField path={`${at}.${poolIndex}.count`} label={ARC_LABELS.count} required help="Worker node VMs of this pool: one IP pool address each." value={nodePool.count} schema={pool.count} onChange={(count) => arcActions.updateNodePool(index, poolIndex, { count })} />
          <ArcSelectField path={`${at}.${poolIndex}.osType`} label={ARC_LABELS.osType} help="The first pool is Linux: MetalLB runs on Linux nodes." value={nodePool.osType} choices={OS_CHOICES} onChange={(osType) => arcActions.updateNodePool(index, poolIndex, { osType })} />
        </ListItemFieldset>
      ))}
      <GroupFindings path={at} />
      <Button startIcon={<AddIcon />} sx={{ alignSelf: "start" }} onClick={() => arcActions.addNodePool(index)}>
        Add node pool
      </Button>
    </Stack>
  );
}

function ClusterCard({ index, value }: { index: number; value: ArcClusterInput }) {
  const at = `clusters.${index}`;
  const update = (changes: Partial<ArcClusterInput>) => arcActions.updateCluster(index, changes);
  return (
    <ListItemFieldset legend={`Workload cluster ${index + 1}`} path={at} onRemove={() => arcActions.removeCluster(index)} estimatedHeight={estimatedCardHeight(value.nodePools.length)}>
      <ArcTextField path={`${at}.name`} label={ARC_LABELS.name} required help="Becomes the Kubernetes cluster's and its VMs' names: lowercase letters, digits and hyphens, up to 63 (the vendor documents no rule; the planner asks for a DNS label)." value={value.name} schema={cluster.name} placeholder={`cluster${index + 1}`} onChange={(name) => update({ name })} />
      <ArcRadioField path={`${at}.controlPlaneCount`} label={ARC_LABELS.controlPlaneCount} help="AKS Arc runs 1, 3 or 5 control-plane node VMs: one IP pool address each. 3 or 5 keep the cluster up when one fails." value={value.controlPlaneCount} choices={CONTROL_PLANE_CHOICES} onChange={(controlPlaneCount) => update({ controlPlaneCount })} />
      <ArcTextField path={`${at}.controlPlaneIp`} label={ARC_LABELS.controlPlaneIp} help={ARC_HELP.controlPlaneIp} value={value.controlPlaneIp} schema={cluster.controlPlaneIp} inputMode="decimal" onChange={(controlPlaneIp) => update({ controlPlaneIp })} />
      <ArcTextField path={`${at}.podCidr`} label={ARC_LABELS.podCidr} help={ARC_HELP.podAndServiceRanges} value={value.podCidr} schema={cluster.podCidr} inputMode="decimal" placeholder="10.244.0.0/16" onChange={(podCidr) => update({ podCidr })} />
      <NodePools index={index} value={value} />
    </ListItemFieldset>
  );
}

/** Step 2 of AKS Arc: the workload clusters, their control planes and node pools. */
export function ArcClustersStep() {
  const clusters = usePlanStore((state) => state.arc.input.clusters);
  return (
    <ArcStepFrame
      step={1}
      intro={`Each AKS Arc cluster takes from the IP pool one address per node VM (control plane and workers), one for rolling upgrades and, unless you enter one, its control-plane IP. An Azure Local instance runs up to ${ARC_LIMITS.clusters} clusters.`}
    >
      {clusters.map((value, index) => (
        <ClusterCard key={index} index={index} value={value} />
      ))}
      <GroupFindings path="clusters" />
      <Button variant="outlined" startIcon={<AddIcon />} sx={{ alignSelf: "start" }} onClick={arcActions.addCluster}>
        Add workload cluster
      </Button>
    </ArcStepFrame>
  );
}
