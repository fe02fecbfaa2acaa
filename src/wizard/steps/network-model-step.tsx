import { lazy, memo, Suspense, useState } from "react";
import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import { zodResolver } from "@hookform/resolvers/zod";
import { useIdle } from "../../app/when-idle";
import { z } from "zod/mini";
import { hostAddressingSchema, networkModelSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { FormRadioGroup, type RadioChoice } from "../fields/form-radio-group";
import { HostAddressingQuestion } from "../fields/host-addressing-question";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { useStepForm } from "../use-step-form";

const schema = z.object({
  model: networkModelSchema,
  cloudService: z.object({ hostAddressing: hostAddressingSchema }),
});
type Values = z.infer<typeof schema>;
const resolver = zodResolver(schema);

function stored(): Values {
  const { input } = usePlanStore.getState();
  return { model: input.model, cloudService: { hostAddressing: input.cloudService.hostAddressing } };
}

function push(values: Values): void {
  const { setModel, updateCloudService } = usePlanStore.getState();
  setModel(values.model);
  updateCloudService(values.cloudService);
}

function ProsAndCons({ summary, pros, cons }: { summary: string; pros: string; cons: string }) {
  return (
    <>
      {summary}
      <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 2.5 }}>
        <li>
          <strong>Pro:</strong> {pros}
        </li>
        <li>
          <strong>Con:</strong> {cons}
        </li>
      </Box>
    </>
  );
}

const MODEL_CHOICES: RadioChoice[] = [
  {
    value: "static",
    label: "Static IP (recommended)",
    description: <ProsAndCons summary={HELP.staticModel} pros={HELP.staticPros} cons={HELP.staticCons} />,
  },
  {
    value: "dhcp",
    label: "DHCP",
    description: <ProsAndCons summary={HELP.dhcpModel} pros={HELP.dhcpPros} cons={HELP.dhcpCons} />,
  },
];

// Folded away on the first screen: the table (and MUI's table components) loads in its own chunk
// once the page has settled (or the admin unfolds it), so the first page load does without it.
const ModelComparisonTable = lazy(() => import("../model-comparison-table").then((module) => ({ default: module.ModelComparisonTable })));

// Memoised (no props): the step re-rendering around it leaves the accordion alone.
const ComparisonTable = memo(function ComparisonTable() {
  const idle = useIdle("settled");
  const [opened, setOpened] = useState(false);
  return (
    <Accordion variant="outlined" disableGutters onChange={(_, expanded) => setOpened((was) => was || expanded)}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography component="span">What each model assigns, and how</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {(idle || opened) && (
          <Suspense fallback={null}>
            <ModelComparisonTable />
          </Suspense>
        )}
      </AccordionDetails>
    </Accordion>
  );
});

/** Static IP or DHCP for the virtual network, and how the HCI hosts get their addresses. */
export function NetworkModelStep() {
  const { form, frame } = useStepForm({ step: "network-model", schema, resolver, stored, push });
  return (
    <StepFrame
      {...frame}
      intro="Choose how the virtual network gives addresses to the Kubernetes nodes and VMs. Both models need a virtual IP (VIP) pool for the API servers and services. This cannot be changed after deployment."
    >
      <FormRadioGroup control={form.control} name="model" legend="IP address assignment model" choices={MODEL_CHOICES} />
      <ComparisonTable />
      <HostAddressingQuestion control={form.control} name="cloudService.hostAddressing" />
    </StepFrame>
  );
}
