import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import { usePlan } from "../../state/use-plan";
import { ExportPanel } from "../../export/export-panel";
import { ReviewSummary } from "../../review/review-summary";
import { StepHeading } from "../step-heading";
import { useGoToStep } from "../use-wizard-navigation";
import { REVIEW_STEP, stepBeside, stepHeadingId } from "../wizard-steps";

/** The whole plan as the planner computed it, with every finding. */
export function ReviewStep() {
  const plan = usePlan();
  const goTo = useGoToStep();
  const headingId = stepHeadingId(REVIEW_STEP);
  return (
    <Box component="section" aria-labelledby={headingId}>
      <StepHeading step={REVIEW_STEP}>Review</StepHeading>
      <Typography sx={{ mb: 3, color: "text.secondary" }}>
        The plan as the planner computed it from your entries. Pick a step above to change anything.
      </Typography>
      <ReviewSummary plan={plan} />
      <Box component="section" aria-labelledby="deploy-and-export" sx={{ mt: 4 }}>
        <Typography id="deploy-and-export" variant="h6" component="h2" gutterBottom>
          Deploy and export
        </Typography>
        <ExportPanel plan={plan} />
      </Box>
      <Box sx={{ mt: 4 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={() => goTo(stepBeside(REVIEW_STEP, -1))}>
          Back
        </Button>
      </Box>
    </Box>
  );
}
