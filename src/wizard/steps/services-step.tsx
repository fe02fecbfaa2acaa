import FormHelperText from "@mui/material/FormHelperText";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { zodResolver } from "@hookform/resolvers/zod";
import type { UseFormReturn } from "react-hook-form";
import { z } from "zod/mini";
import { MAX_SERVICES, planInputSchema, serviceSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { FormNumberField } from "../fields/form-number-field";
import { FormComboboxField } from "../fields/form-combobox-field";
import type { SelectOption } from "../fields/form-select-field";
import { FormSwitchField } from "../fields/form-switch-field";
import { FormTextField } from "../fields/form-text-field";
import { ListItemFieldset } from "../fields/list-item-fieldset";
import { HELP } from "../help-text";
import { listRowResolver } from "../list-row-resolver";
import { PagedList } from "../paged-list";
import { StepFrame } from "../step-frame";
import { useStepForm } from "../use-step-form";
import type { ListRows } from "../use-sync-to-store";

const schema = z.object({ services: planInputSchema.shape.services, options: planInputSchema.shape.options });
type Values = z.infer<typeof schema>;
// A keystroke checks and hands over its own service only: a plan holds up to 10,000 of them.
const resolver = listRowResolver(zodResolver(schema), "services", zodResolver(serviceSchema));
const ROWS: ListRows<Values> = { list: "services", schema: serviceSchema };

function stored(): Values {
  const { input } = usePlanStore.getState();
  return { services: input.services, options: input.options };
}

/** Only the part that changed: each store update plans the whole input again. */
function push(values: Values): void {
  const { input, setServices, updateOptions } = usePlanStore.getState();
  if (values.services !== input.services) setServices(values.services);
  if (values.options !== input.options) updateOptions(values.options);
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
    <ListItemFieldset legend={`Service ${index + 1}`} onRemove={onRemove} path={base}>
      <FormTextField control={form.control} name={`${base}.name`} label="Name" help={HELP.serviceName} />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormNumberField control={form.control} name={`${base}.port`} label="Port" help={HELP.port} />
        <FormNumberField control={form.control} name={`${base}.instances`} label="Instances" help={HELP.instances} />
      </Stack>
      <FormComboboxField control={form.control} name={`${base}.cluster`} label="Cluster" help={HELP.serviceCluster} options={clusters} />
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

/** The services that need VIPs, whether they share VIPs across ports, and room to grow. */
export function ServicesStep() {
  const { form, frame, pagerRef } = useStepForm({ step: "services", schema, resolver, stored, push, rows: ROWS });
  const clusters = useClusterOptions();
  return (
    <StepFrame
      {...frame}
      intro="Kubernetes and application services take their IP addresses from the virtual IP pool: one per load-balanced instance on the same port."
    >
      <PagedList
        form={form}
        list="services"
        pagerRef={pagerRef}
        item="Service"
        items="Services"
        max={MAX_SERVICES}
        newRow={() => ({ name: "", port: 443, instances: 1, cluster: "" })}
        row={(index, onRemove) => <ServiceRow form={form} index={index} clusters={clusters} onRemove={onRemove} />}
      />
      <FormSwitchField control={form.control} name="options.vipSharing" label="Services on different ports share VIPs" help={HELP.vipSharing} />
      <GrowthReserve form={form} />
    </StepFrame>
  );
}
