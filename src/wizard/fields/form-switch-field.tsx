import { useId, type ReactNode } from "react";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import Switch from "@mui/material/Switch";
import Box from "@mui/material/Box";
import { useController, type Control, type FieldPathByValue, type FieldValues } from "react-hook-form";
import { FieldHelperText } from "./field-helper-text";
import { useFieldFeedback } from "./use-field-feedback";

export interface FormSwitchFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, boolean>;
  label: string;
  help: ReactNode;
}

/** An on/off option with its explanation linked to the switch. */
export function FormSwitchField<T extends FieldValues>({ control, name, label, help }: FormSwitchFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const feedback = useFieldFeedback(name, fieldState.error?.message);
  const helpId = useId();
  return (
    <Box>
      <FormControlLabel
        label={label}
        control={
          <Switch
            name={field.name}
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={() => {
              field.onBlur();
              feedback.markTouched();
            }}
            slotProps={{ input: { ref: field.ref, "aria-describedby": helpId } }}
          />
        }
      />
      <FormHelperText id={helpId} component="div" error={feedback.invalid} sx={{ mt: 0 }}>
        <FieldHelperText messages={feedback.messages} help={help} />
      </FormHelperText>
    </Box>
  );
}
