import type { ReactNode } from "react";
import Autocomplete from "@mui/material/Autocomplete";
import TextField from "@mui/material/TextField";
import { useController, type Control, type FieldPathByValue, type FieldValues } from "react-hook-form";
import { FieldHelperText } from "./field-helper-text";
import type { SelectOption } from "./form-select-field";
import { useFieldFeedback } from "./use-field-feedback";

export interface FormComboboxFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  label: string;
  help: ReactNode;
  options: readonly SelectOption[];
}

/**
 * A choice among many (a service's cluster, out of up to 1,000): a combobox whose list renders only
 * while open and narrows as the admin types. A native select renders every option of every row up
 * front, which made a page of 25 services cost 25,000 option elements.
 */
export function FormComboboxField<T extends FieldValues>({ control, name, label, help, options }: FormComboboxFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const feedback = useFieldFeedback(name, fieldState.error?.message);
  const value = String(field.value ?? "");
  const listed = options.find((option) => option.value === value);
  // A value no option holds (a cluster renamed since) stays visible instead of silently becoming the first option.
  const selected = listed ?? { value, label: `${value} (not in the list)` };
  return (
    <Autocomplete
      options={listed ? options : [...options, selected]}
      value={selected}
      onChange={(_, option) => field.onChange(option.value)}
      onBlur={() => {
        field.onBlur();
        feedback.markTouched();
      }}
      getOptionLabel={(option) => option.label}
      getOptionKey={(option) => option.value}
      isOptionEqualToValue={(option, current) => option.value === current.value}
      disableClearable
      autoHighlight
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={label}
          error={feedback.invalid}
          helperText={<FieldHelperText messages={feedback.messages} help={help} />}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, "aria-invalid": feedback.invalid } }}
        />
      )}
    />
  );
}
