import type { ReactNode } from "react";
import TextField from "@mui/material/TextField";
import type { Control, FieldPathByValue, FieldValues } from "react-hook-form";
import { useFormField } from "./use-form-field";

export interface SelectOption {
  value: string;
  label: string;
}

export interface FormSelectFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, string | undefined>;
  label: string;
  help: ReactNode;
  options: readonly SelectOption[];
  /** Shown when the field holds no value: an optional field's default (a plan saved before it existed). */
  defaultValue?: string;
}

/** A native select: the platform's own keyboard and screen reader support, also on phones. */
export function FormSelectField<T extends FieldValues>({ control, name, label, help, options, defaultValue = "" }: FormSelectFieldProps<T>) {
  const { field, feedback, shared } = useFormField(control, name, label, help);
  const value = String(field.value ?? defaultValue);
  // A value no option holds (a cluster renamed since) stays visible instead of silently becoming the first option.
  const shown = options.some((option) => option.value === value) ? options : [...options, { value, label: `${value} (not in the list)` }];
  return (
    <TextField
      select
      {...shared}
      value={value}
      onChange={field.onChange}
      slotProps={{ select: { native: true }, htmlInput: { "aria-invalid": feedback.invalid } }}
    >
      {shown.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
