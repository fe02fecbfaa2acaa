import Alert from "@mui/material/Alert";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod/mini";
import { cloudServiceSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { FormTextField } from "../fields/form-text-field";
import { HostAddressingQuestion } from "../fields/host-addressing-question";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { useStepAdvance } from "../use-wizard-navigation";
import { useSyncToStore } from "../use-sync-to-store";
import { STEP } from "../wizard-steps";

const schema = z.object({ cloudService: cloudServiceSchema });
type Values = z.infer<typeof schema>;

function storedValues(): Values {
  return { cloudService: usePlanStore.getState().input.cloudService };
}

function push(values: Values): void {
  usePlanStore.getState().updateCloudService(values.cloudService);
}

/** Step 3: the address of the MOC cloud agent, which depends on the HCI hosts, not on the model. */
export function CloudServiceStep() {
  const form = useForm<Values>({ defaultValues: storedValues(), resolver: zodResolver(schema), mode: "onChange" });
  useSyncToStore(form, schema, storedValues, push);
  const navigation = useStepAdvance(STEP.cloudService);
  const hostAddressing = useWatch({ control: form.control, name: "cloudService.hostAddressing" });
  return (
    <StepFrame
      step={STEP.cloudService}
      title="MOC cloud service"
      intro="Microsoft On-premises Cloud (MOC) manages the VMs: a highly available cloud agent service runs on one of the Azure Stack HCI nodes and fails over to another. Set-AksHciConfig gives it its IP address with -cloudServiceCidr."
      onSubmit={form.handleSubmit(navigation.advance, navigation.reject)}
      navigation={navigation}
    >
      <HostAddressingQuestion control={form.control} name="cloudService.hostAddressing" />
      {hostAddressing === "static" ? (
        <>
          <FormTextField
            control={form.control}
            name="cloudService.cloudServiceCidr"
            label="Cloud service CIDR"
            help={HELP.cloudServiceCidr}
            placeholder="10.0.1.10/24"
            required
            inputMode="decimal"
          />
          <FormTextField control={form.control} name="cloudService.hciHostIp" label="HCI host IP" help={HELP.hciHostIp} inputMode="decimal" />
        </>
      ) : (
        <Alert severity="info">
          Nothing to enter: your Azure Stack HCI nodes get their addresses from a DHCP server, so the MOC cloud service receives its IP
          address from that DHCP server too, and Set-AksHciConfig needs no -cloudServiceCidr.
        </Alert>
      )}
    </StepFrame>
  );
}
