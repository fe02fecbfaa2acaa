import { useEffect } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { zodResolver } from "@hookform/resolvers/zod";
import { useWatch } from "react-hook-form";
import { z } from "zod/mini";
import { cloudServiceSchema, type HostAddressing, proxyOf, proxySchema, storageOf, storageSchema } from "../../planning/plan-input-schema";
import { suggestedNoProxy } from "../../planning/proxy";
import { usePlan } from "../../state/use-plan";
import { FormSwitchField } from "../fields/form-switch-field";
import { usePlanStore } from "../../state/plan-store";
import { FormTextField } from "../fields/form-text-field";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { useStepForm } from "../use-step-form";
import { useGoToStep } from "../use-wizard-navigation";

const schema = z.object({ cloudService: cloudServiceSchema, storage: storageSchema, proxy: proxySchema });
type Values = z.infer<typeof schema>;
const resolver = zodResolver(schema);

function stored(): Values {
  const { input } = usePlanStore.getState();
  return { cloudService: input.cloudService, storage: storageOf(input), proxy: proxyOf(input) };
}

function push(values: Values): void {
  const store = usePlanStore.getState();
  store.updateCloudService(values.cloudService);
  store.updateDeployment(values.storage, values.proxy);
}

/** The answer given on the Network model step, where it is asked once, with the way back to change it. */
function HostAddressingAnswer({ hostAddressing }: { hostAddressing: HostAddressing }) {
  const goTo = useGoToStep();
  const change = (
    <Button color="inherit" size="small" onClick={() => goTo("network-model")}>
      Change
    </Button>
  );
  return hostAddressing === "static" ? (
    <Alert severity="info" action={change}>
      Your Azure Stack HCI hosts have static IP addresses (your answer on the Network model step): give the MOC cloud service its own
      address in their network with -cloudServiceCidr.
    </Alert>
  ) : (
    <Alert severity="info" action={change}>
      Nothing to enter here: your Azure Stack HCI hosts get their addresses from a DHCP server (your answer on the Network model step), so
      the MOC cloud service receives its IP address from that DHCP server too, and Set-AksHciConfig needs no -cloudServiceCidr.
    </Alert>
  );
}

/** The address of the MOC cloud agent, which depends on the HCI hosts, not on the model. */
export function CloudServiceStep() {
  const { form, frame } = useStepForm({ step: "cloud-service", schema, resolver, stored, push });
  const hostAddressing = useWatch({ control: form.control, name: "cloudService.hostAddressing" });
  const proxyEnabled = useWatch({ control: form.control, name: "proxy.enabled" });
  const plan = usePlan();
  // Turning the proxy on prefills the no-proxy list the docs require; a list the admin typed stays.
  useEffect(() => {
    if (proxyEnabled && form.getValues("proxy.noProxy").trim() === "") {
      form.setValue("proxy.noProxy", suggestedNoProxy(plan.input, plan.reading), { shouldDirty: true });
    }
  }, [proxyEnabled, form, plan]);
  return (
    <StepFrame
      {...frame}
      intro="Microsoft On-premises Cloud (MOC) manages the VMs: a highly available cloud agent service runs on one of the Azure Stack HCI nodes and fails over to another. Set-AksHciConfig gives it its IP address with -cloudServiceCidr."
    >
      <HostAddressingAnswer hostAddressing={hostAddressing} />
      {hostAddressing === "static" && (
        <>
          <FormTextField
            control={form.control}
            name="cloudService.cloudServiceCidr"
            label="Cloud service CIDR"
            help={HELP.cloudServiceCidr}
            required
            inputMode="decimal"
          />
          <FormTextField control={form.control} name="cloudService.hciHostIp" label="HCI host IP" help={HELP.hciHostIp} inputMode="decimal" />
        </>
      )}
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: "grid", gap: 2 }}>
        <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
          Storage paths (Set-AksHciConfig)
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {HELP.storage}
        </Typography>
        <FormTextField control={form.control} name="storage.imageDir" label="Image directory" help="-imageDir: where the VM images are stored." required />
        <FormTextField control={form.control} name="storage.workingDir" label="Working directory" help="-workingDir: small files the AKS host keeps." required />
        <FormTextField
          control={form.control}
          name="storage.cloudConfigLocation"
          label="Cloud agent configuration location"
          help="-cloudConfigLocation: the cloud agent's configuration, on highly available storage."
          required
        />
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: "grid", gap: 2 }}>
        <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
          Proxy (New-AksHciProxySetting)
        </Typography>
        <FormSwitchField control={form.control} name="proxy.enabled" label="The hosts reach the internet through a proxy" help={HELP.proxyEnabled} />
        {proxyEnabled && (
          <>
            <FormTextField control={form.control} name="proxy.http" label="HTTP proxy URL" help={HELP.proxyHttp} placeholder="http://proxy.example.com:3128" />
            <FormTextField control={form.control} name="proxy.https" label="HTTPS proxy URL" help={HELP.proxyHttps} placeholder="http://proxy.example.com:3128" />
            <FormTextField control={form.control} name="proxy.noProxy" label="No-proxy list" help={HELP.noProxy} />
            <FormSwitchField control={form.control} name="proxy.credential" label="The proxy asks for a user name and password" help={HELP.proxyCredential} />
          </>
        )}
      </Box>
    </StepFrame>
  );
}
