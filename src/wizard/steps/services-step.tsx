import { useRef } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import FormHelperText from "@mui/material/FormHelperText";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm, type UseFormReturn } from "react-hook-form";
import { z } from "zod/mini";
import { MAX_SERVICES, planInputSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { FormNumberField } from "../fields/form-number-field";
import { FormSelectField, type SelectOption } from "../fields/form-select-field";
import { FormSwitchField } from "../fields/form-switch-field";
import { FormTextField } from "../fields/form-text-field";
import { ListItemFieldset } from "../fields/list-item-fieldset";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { useStepAdvance } from "../use-wizard-navigation";
import { useSyncToStore } from "../use-sync-to-store";
import { STEP } from "../wizard-steps";

const schema = z.object({ services: planInputSchema.shape.services, options: planInputSchema.shape.options });
type Values = z.infer<typeof schema>;

function storedValues(): Values {
  const { input } = usePlanStore.getState();
  return { services: input.services, options: input.options };
}

function push(values: Values): void {
  const { setServices, updateOptions } = usePlanStore.getState();
  setServices(values.services);
  updateOptions(values.options);
}

/** The workload clusters' names, for the "Cluster" choice of each service. */
function useClusterOptions(): SelectOption[] {
  // One string, so the list re-renders when a name changes and not on every keystroke elsewhere.
  const names = usePlanStore((state) => JSON.stringify(state.input.clusters.map((cluster) => cluster.name)));
  const clusterNames = (JSON.parse(names) as string[]).filter((name) => name.trim() !== "");
  return [{ value: "", label: "Not tied to a cluster" }, ...[...new Set(clusterNames)].map((name) => ({ value: name, label: name }))];
}

function ServiceRow({ form, index, clusters, onRemove }: { form: UseFormReturn<Values>; index: number; clusters: SelectOption[]; onRemove: () => void }) {
  const base = `services.${index}` as const;
  return (
    <ListItemFieldset legend={`Service ${index + 1}`} onRemove={onRemove}>
      <FormTextField control={form.control} name={`${base}.name`} label="Name" help={HELP.serviceName} placeholder="e.g. frontend" />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormNumberField control={form.control} name={`${base}.port`} label="Port" help={HELP.port} />
        <FormNumberField control={form.control} name={`${base}.instances`} label="Instances" help={HELP.instances} />
      </Stack>
      <FormSelectField control={form.control} name={`${base}.cluster`} label="Cluster" help={HELP.serviceCluster} options={clusters} />
    </ListItemFieldset>
  );
}

function GrowthReserve({ form }: { form: UseFormReturn<Values> }) {
  return (
    <Paper component="fieldset" variant="outlined" aria-describedby="growth-reserve-help" sx={{ m: 0, p: 2, minWidth: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 500, px: 0.5 }}>
        Growth reserve
      </Typography>
      <FormHelperText id="growth-reserve-help" sx={{ mt: 0, mb: 2, mx: 0 }}>
        {HELP.growthReserve}
      </FormHelperText>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <FormNumberField control={form.control} name="options.growthReserve.clusters" label="Extra workload clusters" help={HELP.reserveClusters} />
        <FormNumberField
          control={form.control}
          name="options.growthReserve.controlPlaneNodes"
          label="Control plane nodes"
          help={HELP.reserveControlPlane}
        />
        <FormNumberField control={form.control} name="options.growthReserve.workerNodes" label="Worker nodes" help={HELP.reserveWorkers} />
      </Stack>
    </Paper>
  );
}

/** Step 5: the services that need VIPs, whether they share VIPs across ports, and room to grow. */
export function ServicesStep() {
  const form = useForm<Values>({ defaultValues: storedValues(), resolver: zodResolver(schema), mode: "onChange" });
  useSyncToStore(form, schema, storedValues, push);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "services" });
  const navigation = useStepAdvance(STEP.services);
  const clusters = useClusterOptions();
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <StepFrame
      step={STEP.services}
      title="Services"
      intro="Kubernetes and application services take their IP addresses from the virtual IP pool: one per load-balanced instance on the same port."
      onSubmit={form.handleSubmit(navigation.advance, navigation.reject)}
      navigation={navigation}
    >
      {fields.map((field, index) => (
        <ServiceRow
          key={field.id}
          form={form}
          index={index}
          clusters={clusters}
          onRemove={() => {
            remove(index);
            addRef.current?.focus();
          }}
        />
      ))}
      {fields.length === 0 && <Typography sx={{ color: "text.secondary" }}>No services yet.</Typography>}
      {fields.length < MAX_SERVICES && (
        <Box>
          <Button
            ref={addRef}
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => append({ name: "", port: 443, instances: 1, cluster: "" }, { focusName: `services.${fields.length}.name` })}
          >
            Add service
          </Button>
        </Box>
      )}
      <FormSwitchField control={form.control} name="options.vipSharing" label="Services on different ports share VIPs" help={HELP.vipSharing} />
      <GrowthReserve form={form} />
    </StepFrame>
  );
}
