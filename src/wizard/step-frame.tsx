import type { FormEventHandler, KeyboardEvent, ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import ArrowForwardIcon from "@mui/icons-material/ArrowForward";
import { useFindingsSelector } from "../state/use-plan";
import { StepIssues } from "./step-issues";
import { SUMMARY_BAR_HEIGHT } from "./summary-bar-height";
import { StepHeading } from "./step-heading";
import { useGoToStep, type StepAdvance } from "./use-wizard-navigation";
import { errorCountOfStep, stepBeside, stepHeadingId, stepOf, type StepId } from "./wizard-steps";

/** What a step's form hands its frame: useStepForm makes it. */
export interface StepFrameForm {
  step: StepId;
  /** The step's form submit: react-hook-form's handleSubmit(advance, reject). Enter in a field submits. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  navigation: StepAdvance;
}

export interface StepFrameProps extends StepFrameForm {
  /** The heading; the step's label in the table unless the step says more. */
  title?: string;
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * Back and Next stay in view on a phone, just above the summary bar: a step's first screen is
 * mostly explanation, and the way forward must not be two screens down.
 */
const stickyOnPhone = {
  position: { xs: "sticky", md: "static" },
  bottom: `var(${SUMMARY_BAR_HEIGHT}, 0px)`,
  zIndex: 1,
  bgcolor: "background.default",
  mx: { xs: -2, md: 0 },
  px: { xs: 2, md: 0 },
  py: { xs: 1, md: 0 },
  borderTop: { xs: 1, md: 0 },
  borderColor: "divider",
} as const;

/** Browsers submit on Enter only from text fields; radios and switches advance the same way here. */
function submitOnEnterInChoice(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (event.key !== "Enter" || !(target instanceof HTMLInputElement) || (target.type !== "radio" && target.type !== "checkbox")) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

/** A form step: heading, what the step is for, its loose findings, the fields, then Back and Next. */
export function StepFrame({ step, title, intro, onSubmit, navigation, children }: StepFrameProps) {
  const headingId = stepHeadingId(step);
  return (
    <Box component="form" noValidate onSubmit={onSubmit} onKeyDown={submitOnEnterInChoice} aria-labelledby={headingId}>
      <StepHeading step={step}>{title ?? stepOf(step).label}</StepHeading>
      {intro && (
        <Typography component="div" sx={{ mb: 3, color: "text.secondary" }}>
          {intro}
        </Typography>
      )}
      <StepIssues step={step} />
      <Stack spacing={3}>{children}</Stack>
      <StepNavigation step={step} navigation={navigation} />
    </Box>
  );
}

function StepNavigation({ step, navigation }: { step: StepId; navigation: StepAdvance }) {
  const goTo = useGoToStep();
  const errors = useFindingsSelector((findings) => errorCountOfStep(findings, step), 0);
  const next = stepBeside(step, 1);
  const back = stepBeside(step, -1);
  const blocked = navigation.blocked && errors > 0;
  // A fragment: the sticky row must be a child of the (tall) form, or it sticks inside a box of its own height.
  return (
    <>
      {blocked && (
        <Alert
          severity="error"
          sx={{ mt: 4 }}
          action={
            <Button color="inherit" size="small" onClick={navigation.continueAnyway}>
              Continue anyway
            </Button>
          }
        >
          This step has {errors === 1 ? "1 error" : `${errors} errors`}, marked at {errors === 1 ? "its field" : "their fields"}. Fix{" "}
          {errors === 1 ? "it" : "them"} now, or continue and come back to it from the list of steps.
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ mt: blocked ? 2 : 4, justifyContent: "space-between", ...stickyOnPhone }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} disabled={back === null} onClick={() => goTo(back)}>
          Back
        </Button>
        {next && (
          <Button type="submit" variant="contained" endIcon={<ArrowForwardIcon />}>
            Next: {stepOf(next).label}
          </Button>
        )}
      </Stack>
    </>
  );
}
