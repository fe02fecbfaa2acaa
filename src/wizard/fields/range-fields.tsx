import { useId } from "react";
import Box from "@mui/material/Box";
import FormHelperText from "@mui/material/FormHelperText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Control, FieldPathByValue, FieldValues } from "react-hook-form";
import { FormTextField } from "./form-text-field";

export interface RangeFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** "Kubernetes node VM pool": the fields are "<legend> start" and "<legend> end". */
  legend: string;
  start: FieldPathByValue<T, string>;
  end: FieldPathByValue<T, string>;
  help: string;
  /** What the plan needs the range to hold ("Needs 27 addresses …"), said before anything is typed. */
  need?: string;
  required?: boolean;
}

/** A continuous range as its first and last address, side by side where there is room. */
export function RangeFields<T extends FieldValues>({ control, legend, start, end, help, need, required = true }: RangeFieldsProps<T>) {
  const helpId = useId();
  const needId = useId();
  return (
    <Box component="fieldset" aria-describedby={need ? `${needId} ${helpId}` : helpId} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 0.5, p: 0 }}>
        {legend}
      </Typography>
      {need && (
        <Typography id={needId} variant="body2" sx={{ fontWeight: 500, mb: 0.5 }} data-pool-need>
          {need}
        </Typography>
      )}
      <FormHelperText id={helpId} sx={{ mt: 0, mb: 1.5, mx: 0 }}>
        {help}
      </FormHelperText>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormTextField control={control} name={start} label={`${legend} start`} help="The first address of the range." required={required} inputMode="decimal" />
        <FormTextField control={control} name={end} label={`${legend} end`} help="The last address of the range." required={required} inputMode="decimal" />
      </Stack>
    </Box>
  );
}
