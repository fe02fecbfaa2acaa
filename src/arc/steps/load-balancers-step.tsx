import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { arcClusterLabel } from "../../planning/aks-arc/arc-breakdown";
import { arcLoadBalancerSchema, arcServiceSchema, bgpPeerSchema, type AdvertiseMode, type ArcClusterInput, type ArcLoadBalancerInput, type ArcServiceInput } from "../../planning/aks-arc/arc-input-schema";
import { ARC_HELP } from "../../planning/aks-arc/arc-rules";
import { usePlanStore } from "../../state/plan-store";
import { ListItemFieldset } from "../../wizard/fields/list-item-fieldset";
import { arcActions } from "../arc-actions";
import { ArcNumberField, ArcRadioField, ArcSelectField, ArcTextField, GroupFindings } from "../arc-fields";
import { ARC_LABELS } from "../arc-field-names";
import { ArcStepFrame } from "../arc-step-frame";
import { SuggestedRange } from "../suggested-range";
import { useArcPlan } from "../use-arc-plan";

const service = arcServiceSchema.shape;
const peer = bgpPeerSchema.shape;
const rangeSchema = arcLoadBalancerSchema.shape.addressRanges.def.element;
type Ranges = ArcLoadBalancerInput["addressRanges"];

const MODES: ReadonlyArray<{ value: AdvertiseMode; label: string }> = [
  { value: "ARP", label: "ARP (layer 2)" },
  { value: "BGP", label: "BGP" },
  { value: "Both", label: "Both" },
];

function AddressRanges({ index, ranges }: { index: number; ranges: Ranges }) {
  const plan = useArcPlan();
  const at = `clusters.${index}.loadBalancer.addressRanges`;
  const set = (next: string[]) => arcActions.updateLoadBalancer(index, { addressRanges: next });
  const pool = plan.pools.find((candidate) => candidate.paths.includes(at));
  return (
    <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }} data-field-path={at} tabIndex={-1}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
        {ARC_LABELS.addressRanges}
      </Typography>
      {ranges.map((range, rangeIndex) => (
        <Stack key={rangeIndex} direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
          <Box sx={{ flexGrow: 1, display: "grid" }}>
            <ArcTextField
              path={`${at}.${rangeIndex}`}
              label={`${ARC_LABELS.addressRange} ${rangeIndex + 1}`}
              required
              help="first-last or a CIDR, as az k8s-runtime load-balancer create --addresses takes it; outside the IP pool."
              value={range}
              schema={rangeSchema}
              inputMode="decimal"
              placeholder="10.220.32.47-10.220.32.49"
              onChange={(value) => set(ranges.map((old, i) => (i === rangeIndex ? value : old)))}
            />
          </Box>
          <IconButton aria-label={`Remove address range ${rangeIndex + 1}`} onClick={() => set(ranges.filter((_, i) => i !== rangeIndex))} sx={{ mt: 1 }}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <GroupFindings path={at} />
      {pool && pool.need > 0 && <SuggestedRange pool={pool} reason={plan.suggestionReason} onUse={(start, end) => set([...ranges.filter((text) => text.trim() !== ""), `${start}-${end}`])} />}
      <Button startIcon={<AddIcon />} sx={{ alignSelf: "start" }} onClick={() => set([...ranges, ""])}>
        Add address range
      </Button>
    </Stack>
  );
}

function BgpPeers({ index, value }: { index: number; value: ArcClusterInput }) {
  const at = `clusters.${index}.loadBalancer.bgpPeers`;
  const peers = value.loadBalancer.bgpPeers;
  const set = (next: typeof peers) => arcActions.updateLoadBalancer(index, { bgpPeers: next });
  const update = (peerIndex: number, changes: Partial<(typeof peers)[number]>) => set(peers.map((old, i) => (i === peerIndex ? { ...old, ...changes } : old)));
  if (value.loadBalancer.advertiseMode === "ARP" && peers.length === 0) return null;
  return (
    <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }} data-field-path={at} tabIndex={-1}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
        {ARC_LABELS.bgpPeers}
      </Typography>
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        BGP and Both modes announce the addresses to these routers (az k8s-runtime bgp-peer create); every node peers with each.
      </Typography>
      {peers.map((bgpPeer, peerIndex) => (
        <ListItemFieldset key={peerIndex} legend={`BGP peer ${peerIndex + 1}`} variant="inset" path={`${at}.${peerIndex}`} onRemove={() => set(peers.filter((_, i) => i !== peerIndex))}>
          <ArcTextField path={`${at}.${peerIndex}.name`} label={ARC_LABELS.peerName} required help="Lowercase letters, digits and hyphens." value={bgpPeer.name} schema={peer.name} onChange={(name) => update(peerIndex, { name })} />
          <ArcTextField path={`${at}.${peerIndex}.peerAddress`} label={ARC_LABELS.peerAddress} required help="The router's address the nodes peer with." value={bgpPeer.peerAddress} schema={peer.peerAddress} inputMode="decimal" onChange={(peerAddress) => update(peerIndex, { peerAddress })} />
          <ArcNumberField path={`${at}.${peerIndex}.peerAsn`} label={ARC_LABELS.peerAsn} required help="The router's autonomous system number." value={bgpPeer.peerAsn} schema={peer.peerAsn} onChange={(peerAsn) => update(peerIndex, { peerAsn })} />
          <ArcNumberField path={`${at}.${peerIndex}.myAsn`} label={ARC_LABELS.myAsn} required help="The cluster's own autonomous system number." value={bgpPeer.myAsn} schema={peer.myAsn} onChange={(myAsn) => update(peerIndex, { myAsn })} />
        </ListItemFieldset>
      ))}
      <GroupFindings path={at} />
      <Button startIcon={<AddIcon />} sx={{ alignSelf: "start" }} onClick={() => set([...peers, { name: `peer${peers.length + 1}`, peerAddress: "", peerAsn: 64512, myAsn: 64513 }])}>
        Add BGP peer
      </Button>
    </Stack>
  );
}

function ServiceRow({ index, value, clusterChoice }: { index: number; value: ArcServiceInput; clusterChoice: ReadonlyArray<{ value: string; label: string }> | null }) {
  const at = `services.${index}`;
  const update = (changes: Partial<ArcServiceInput>) => arcActions.updateService(index, changes);
  return (
    <ListItemFieldset legend={`Service ${index + 1}`} variant="inset" path={at} onRemove={() => arcActions.removeService(index)}>
      <ArcTextField path={`${at}.name`} label={ARC_LABELS.serviceName} required help="A Kubernetes service of type LoadBalancer." value={value.name} schema={service.name} placeholder="azure-vote-front" onChange={(name) => update({ name })} />
      <ArcNumberField path={`${at}.port`} label={ARC_LABELS.port} required help="The port it listens on: services of one cluster on different ports can share addresses." value={value.port} schema={service.port} onChange={(port) => update({ port })} />
      <ArcNumberField path={`${at}.instances`} label={ARC_LABELS.instances} required help="Load-balanced instances that each need an address of their own on this port." value={value.instances} schema={service.instances} onChange={(instances) => update({ instances })} />
      {clusterChoice && <ArcSelectField path={`${at}.cluster`} label={ARC_LABELS.cluster} help="A MetalLB pool serves one cluster: pick the cluster the service runs in." value={value.cluster} choices={clusterChoice} onChange={(cluster) => update({ cluster })} />}
    </ListItemFieldset>
  );
}

function ClusterLoadBalancer({ index, value, services }: { index: number; value: ArcClusterInput; services: ReadonlyArray<{ service: ArcServiceInput; index: number }> }) {
  const at = `clusters.${index}.loadBalancer`;
  const label = arcClusterLabel(value.name, index);
  return (
    <Paper component="section" variant="outlined" aria-label={`Load balancer of ${label}`} sx={{ p: 2 }}>
      <Typography component="h3" variant="h6" sx={{ mb: 2 }}>
        Load balancer of {label}
      </Typography>
      <Stack spacing={3}>
        <ArcRadioField path={`${at}.advertiseMode`} label={ARC_LABELS.advertiseMode} help={ARC_HELP.loadBalancer} value={value.loadBalancer.advertiseMode} choices={MODES} onChange={(advertiseMode) => arcActions.updateLoadBalancer(index, { advertiseMode })} />
        <AddressRanges index={index} ranges={value.loadBalancer.addressRanges} />
        <BgpPeers index={index} value={value} />
        <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
            Services of {label}
          </Typography>
          {services.map((entry) => (
            <ServiceRow key={entry.index} index={entry.index} value={entry.service} clusterChoice={null} />
          ))}
          <Button startIcon={<AddIcon />} sx={{ alignSelf: "start" }} disabled={value.name.trim() === ""} onClick={() => arcActions.addService(value.name)}>
            Add service to {label}
          </Button>
          {value.name.trim() === "" && <FormHelperText>Name the cluster on the Workload clusters step first: a service belongs to its cluster by name.</FormHelperText>}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** Step 3 of AKS Arc: each cluster's MetalLB load balancer and the services it serves. */
export function LoadBalancersStep() {
  const clusters = usePlanStore((state) => state.arc.input.clusters);
  const services = usePlanStore((state) => state.arc.input.services);
  const shared = usePlanStore((state) => state.arc.input.options.sharedAddresses);
  const names = new Set(clusters.map((cluster) => cluster.name));
  const indexed = services.map((entry, index) => ({ service: entry, index }));
  const orphans = indexed.filter((entry) => !names.has(entry.service.cluster) || entry.service.cluster.trim() === "");
  const clusterChoice = clusters.filter((cluster) => cluster.name.trim() !== "").map((cluster) => ({ value: cluster.name, label: cluster.name }));
  return (
    <ArcStepFrame step={2} intro="Each cluster has its own MetalLB load balancer: its address ranges lie outside the IP pool and serve only that cluster's LoadBalancer services.">
      <Box>
        <FormControlLabel
          label={ARC_LABELS.sharedAddresses}
          control={
            <Switch
              checked={shared}
              onChange={(event) => arcActions.setSharedAddresses(event.target.checked)}
              slotProps={{ input: { "aria-describedby": "arc-shared-help", "data-field-path": "options.sharedAddresses" } as object }}
            />
          }
        />
        <FormHelperText id="arc-shared-help" sx={{ mt: 0 }}>
          {ARC_HELP.sharedAddresses}
        </FormHelperText>
      </Box>
      {clusters.length === 0 && <Typography>Add a workload cluster first: each load balancer belongs to one.</Typography>}
      {clusters.map((value, index) => (
        <ClusterLoadBalancer key={index} index={index} value={value} services={indexed.filter((entry) => entry.service.cluster === value.name && value.name.trim() !== "")} />
      ))}
      {orphans.length > 0 && (
        <Stack component="section" aria-label="Services without a cluster" spacing={2}>
          <Typography component="h3" variant="h6">
            Services without a cluster
          </Typography>
          {orphans.map((entry) => (
            <ServiceRow key={entry.index} index={entry.index} value={entry.service} clusterChoice={clusterChoice} />
          ))}
        </Stack>
      )}
    </ArcStepFrame>
  );
}
