import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { hostAddressingSchema, networkModelSchema } from "../../planning/plan-input-schema";
import { usePlanStore } from "../../state/plan-store";
import { FormRadioGroup, type RadioChoice } from "../fields/form-radio-group";
import { HostAddressingQuestion } from "../fields/host-addressing-question";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { useStepAdvance } from "../use-wizard-navigation";
import { useSyncToStore } from "../use-sync-to-store";
import { STEP } from "../wizard-steps";

const schema = z.object({
  model: networkModelSchema,
  cloudService: z.object({ hostAddressing: hostAddressingSchema }),
});
type Values = z.infer<typeof schema>;

function storedValues(): Values {
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

/** The reference doc's "Compare network models" table. */
const COMPARISON = [
  ["Kubernetes cluster API server", "Assigned statically using VIP pool", "Assigned statically using VIP pool"],
  ["Kubernetes nodes (on virtual machines)", "Assigned using Kubernetes node IP pool", "Assigned dynamically"],
  ["Kubernetes services", "Assigned statically using VIP pool", "Assigned statically using VIP pool"],
  ["HAProxy load balancer VM", "Assigned using Kubernetes node IP pool", "Assigned dynamically"],
  ["MOC cloud service", "Depends on the physical network of the HCI cluster nodes", "Depends on the physical network of the HCI cluster nodes"],
  ["VIP pool", "Mandatory", "Mandatory"],
  ["Kubernetes node VM IP pool", "Mandatory", "Not supported"],
] as const;

function ComparisonTable() {
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography component="span">What each model assigns, and how</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <TableContainer>
          <Table size="small">
            <caption>IP address allocation for resources in the static IP and DHCP networking models</caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Capability
                </TableCell>
                <TableCell component="th" scope="col">
                  Static IP
                </TableCell>
                <TableCell component="th" scope="col">
                  DHCP
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {COMPARISON.map(([capability, staticIp, dhcp]) => (
                <TableRow key={capability}>
                  <TableCell component="th" scope="row">
                    {capability}
                  </TableCell>
                  <TableCell>{staticIp}</TableCell>
                  <TableCell>{dhcp}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </AccordionDetails>
    </Accordion>
  );
}

/** Step 1: static IP or DHCP for the virtual network, and how the HCI hosts get their addresses. */
export function NetworkModelStep() {
  const form = useForm<Values>({ defaultValues: storedValues(), resolver: zodResolver(schema), mode: "onChange" });
  useSyncToStore(form, schema, storedValues, push);
  const navigation = useStepAdvance(STEP.networkModel);
  return (
    <StepFrame
      step={STEP.networkModel}
      title="Network model"
      intro="Choose how the virtual network gives addresses to the Kubernetes nodes and VMs. Both models need a virtual IP (VIP) pool for the API servers and services. This cannot be changed after deployment."
      onSubmit={form.handleSubmit(navigation.advance, navigation.reject)}
      navigation={navigation}
    >
      <FormRadioGroup control={form.control} name="model" legend="IP address assignment model" choices={MODEL_CHOICES} />
      <ComparisonTable />
      <HostAddressingQuestion control={form.control} name="cloudService.hostAddressing" />
    </StepFrame>
  );
}
