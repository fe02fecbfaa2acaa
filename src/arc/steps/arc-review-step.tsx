import { useState, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import DownloadIcon from "@mui/icons-material/Download";
import { downloadText } from "../../export/download";
import { ArcFindingList } from "../arc-finding-list";
import { ARC_EXPORTS } from "../../export/arc-export-files";
import { ArcBreakdown, ArcNetworkRequirements, ArcPoolsTable, ArcTotals } from "../arc-review";
import { ARC_REVIEW_STEP, arcStepHeadingId } from "../arc-steps";
import { ArcStepHeading, goToArcStep } from "../arc-step-frame";
import { useArcPlan } from "../use-arc-plan";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 4 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Downloads() {
  const plan = useArcPlan();
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <>
      <Stack direction="row" sx={{ flexWrap: "wrap", gap: 1 }}>
        {ARC_EXPORTS.map((format) => (
          <Button
            key={format.id}
            variant="outlined"
            startIcon={<DownloadIcon />}
            onClick={() => {
              const file = format.build(plan);
              setRefused(file.ok ? null : file.reason);
              if (file.ok) downloadText(file.file);
            }}
          >
            Download {format.label}
          </Button>
        ))}
      </Stack>
      {refused !== null && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {refused}
        </Alert>
      )}
    </>
  );
}

/** The AKS Arc plan whole: figures, every breakdown line, pools, network requirements, findings, downloads. */
export function ArcReviewStep() {
  const plan = useArcPlan();
  const findings = `${plan.errorCount} ${plan.errorCount === 1 ? "error" : "errors"}, ${plan.warningCount} ${plan.warningCount === 1 ? "warning" : "warnings"}`;
  return (
    <Box component="section" aria-labelledby={arcStepHeadingId(ARC_REVIEW_STEP)}>
      <ArcStepHeading step={ARC_REVIEW_STEP}>Review</ArcStepHeading>
      <Typography sx={{ mb: 3, color: "text.secondary" }}>The AKS Arc plan as the planner computed it from your entries. Pick a step above to change anything.</Typography>
      <ArcTotals plan={plan} />
      <Section id="arc-breakdown" title="IP addresses to reserve">
        <ArcBreakdown plan={plan} />
      </Section>
      <Section id="arc-pools" title="Pools">
        <ArcPoolsTable plan={plan} />
      </Section>
      <Section id="arc-findings" title={`Findings: ${findings}`}>
        {plan.issues.length === 0 ? <Typography>None: the plan passes every check.</Typography> : <ArcFindingList issues={plan.issues} label="Findings" />}
      </Section>
      <Section id="arc-network" title="Network requirements">
        <ArcNetworkRequirements />
      </Section>
      <Section id="arc-export" title="Deploy and export">
        <Typography sx={{ mb: 2, color: "text.secondary" }}>
          The scripts create the logical network, the clusters, their node pools and MetalLB load balancers with az; replace the REPLACE-WITH placeholders first.
        </Typography>
        <Downloads />
      </Section>
      <Box sx={{ mt: 4 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={() => goToArcStep(ARC_REVIEW_STEP - 1)}>
          Back
        </Button>
      </Box>
    </Box>
  );
}
