import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { arcLogicalNetworkSchema, managementBlockSchema } from "../../planning/aks-arc/arc-input-schema";
import { ARC_HELP } from "../../planning/aks-arc/arc-rules";
import { usePlanStore } from "../../state/plan-store";
import { arcActions } from "../arc-actions";
import { ArcTextField, GroupFindings } from "../arc-fields";
import { ARC_LABELS } from "../arc-field-names";
import { ArcStepFrame } from "../arc-step-frame";
import { SuggestedRange } from "../suggested-range";
import { useArcPlan } from "../use-arc-plan";

const net = arcLogicalNetworkSchema.shape;
const address = net.gateway;

function DnsServers() {
  const servers = usePlanStore((state) => state.arc.input.logicalNetwork.dnsServers);
  const set = (next: string[]) => arcActions.updateLogicalNetwork({ dnsServers: next });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }} data-field-path="logicalNetwork.dnsServers" tabIndex={-1}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
        {ARC_LABELS.dnsServers}
      </Typography>
      <Stack spacing={2}>
        {servers.map((server, index) => (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
            <Box sx={{ flexGrow: 1, display: "grid" }}>
              <ArcTextField
                path={`logicalNetwork.dnsServers.${index}`}
                label={`${ARC_LABELS.dnsServer} ${index + 1}`}
                required={index === 0}
                help={index === 0 ? "Must resolve the Azure Local cluster's FQDN (e.g. your domain controller): AKS Arc's node VMs register through it." : "Another DNS server, tried when the first does not answer."}
                value={server}
                schema={address}
                inputMode="decimal"
                placeholder="10.220.32.10"
                onChange={(value) => set(servers.map((old, i) => (i === index ? value : old)))}
              />
            </Box>
            <IconButton aria-label={`Remove DNS server ${index + 1}`} disabled={servers.length === 1} onClick={() => set(servers.filter((_, i) => i !== index))} sx={{ mt: 1 }}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <GroupFindings path="logicalNetwork.dnsServers" />
      <Button startIcon={<AddIcon />} onClick={() => set([...servers, ""])} disabled={servers.length >= 16} sx={{ mt: 1 }}>
        Add DNS server
      </Button>
    </Box>
  );
}

/** Step 1 of AKS Arc: the logical network the clusters' VMs attach to, and its static IP pool. */
export function LogicalNetworkStep() {
  const network = usePlanStore((state) => state.arc.input.logicalNetwork);
  const management = usePlanStore((state) => state.arc.input.managementBlock);
  const plan = useArcPlan();
  const update = arcActions.updateLogicalNetwork;
  const ipPool = plan.pools[0];
  return (
    <ArcStepFrame
      step={0}
      intro="The logical network on Azure Local that every AKS Arc cluster's node VMs attach to (az stack-hci-vm network lnet create). It cannot be renamed or have its pool changed later."
    >
      <Alert severity="info">
        <strong>Why no DHCP?</strong> {ARC_HELP.staticOnly}
      </Alert>
      <ArcTextField path="logicalNetwork.name" label={ARC_LABELS.name} required help="An Azure resource name: letters, digits, periods, hyphens and underscores, up to 64. It cannot be changed once created." value={network.name} schema={net.name} placeholder="aks-lnet" onChange={(name) => update({ name })} />
      <ArcTextField path="logicalNetwork.vmSwitchName" label={ARC_LABELS.vmSwitchName} required help="The virtual switch on the Azure Local machines, exactly as Get-VMSwitch shows it." value={network.vmSwitchName} schema={net.vmSwitchName} placeholder="ConvergedSwitch(compute_management)" onChange={(vmSwitchName) => update({ vmSwitchName })} />
      <ArcTextField path="logicalNetwork.addressPrefix" label={ARC_LABELS.addressPrefix} required help="One prefix in CIDR notation (lnet create takes a single prefix). Static addressing only: see above. It must stay clear of the Kubernetes service range 10.96.0.0/12 and the pod range 10.244.0.0/16." value={network.addressPrefix} schema={net.addressPrefix} inputMode="decimal" placeholder="10.220.32.0/24" onChange={(addressPrefix) => update({ addressPrefix })} />
      <ArcTextField path="logicalNetwork.gateway" label={ARC_LABELS.gateway} required help="A host address of the prefix: AKS Arc requires a gateway on its logical network." value={network.gateway} schema={net.gateway} inputMode="decimal" placeholder="10.220.32.1" onChange={(gateway) => update({ gateway })} />
      <DnsServers />
      <ArcTextField path="logicalNetwork.vlanId" label={ARC_LABELS.vlanId} help="Leave empty for an untagged network. When the AKS network is on another VLAN than management, open the ports listed on Review between them." value={network.vlanId} schema={net.vlanId} inputMode="numeric" onChange={(vlanId) => update({ vlanId })} />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
          IP pool
        </Typography>
        <Stack spacing={2}>
          <Typography variant="body2" sx={{ color: "text.secondary" }}>
            {ARC_HELP.ipPool} Needed now: {ipPool?.need ?? 0}.
          </Typography>
          <ArcTextField path="logicalNetwork.ipPoolStart" label={ARC_LABELS.ipPoolStart} required help="The first address AKS Arc may hand to a node VM." value={network.ipPoolStart} schema={net.ipPoolStart} inputMode="decimal" placeholder="10.220.32.18" onChange={(ipPoolStart) => update({ ipPoolStart })} />
          <ArcTextField path="logicalNetwork.ipPoolEnd" label={ARC_LABELS.ipPoolEnd} required help="The last address of the pool: outside it lie the gateway, DNS servers and load-balancer ranges." value={network.ipPoolEnd} schema={net.ipPoolEnd} inputMode="decimal" placeholder="10.220.32.37" onChange={(ipPoolEnd) => update({ ipPoolEnd })} />
          {ipPool && <SuggestedRange pool={ipPool} reason={plan.suggestionReason} onUse={(start, end) => update({ ipPoolStart: start, ipPoolEnd: end })} />}
        </Stack>
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 500, mb: 1 }}>
          Azure Local management block (optional)
        </Typography>
        <Stack spacing={2}>
          <Typography variant="body2" sx={{ color: "text.secondary" }}>
            {ARC_HELP.managementBlock}
          </Typography>
          <ArcTextField path="managementBlock.start" label={ARC_LABELS.managementStart} help="First address of the block, or leave both empty." value={management.start} schema={managementBlockSchema.shape.start} inputMode="decimal" onChange={(start) => arcActions.updateManagementBlock({ start })} />
          <ArcTextField path="managementBlock.end" label={ARC_LABELS.managementEnd} help="Last address: the block holds at least 6 addresses." value={management.end} schema={managementBlockSchema.shape.end} inputMode="decimal" onChange={(end) => arcActions.updateManagementBlock({ end })} />
        </Stack>
      </Box>
    </ArcStepFrame>
  );
}
