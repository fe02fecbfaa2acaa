import type { ReactNode } from "react";
import TextField from "@mui/material/TextField";
import type { Control, FieldPathByValue, FieldValues } from "react-hook-form";
import { useFormField } from "./use-form-field";

export interface FormTextFieldProps<T extends FieldValues> {
  control: Control<T>;
  /** Also the planner's issue path: each step's form values mirror the plan input's shape. */
  name: FieldPathByValue<T, string>;
  label: string;
  help: ReactNode;
  required?: boolean;
  placeholder?: string;
  /** "numeric" and "decimal" bring up the phone's number pad for addresses and IDs. */
  inputMode?: "text" | "numeric" | "decimal";
}

/** A text or address field: label, the doc's help, and the form's or planner's messages under it. */
export function FormTextField<T extends FieldValues>({ control, name, label, help, required = false, placeholder, inputMode = "text" }: FormTextFieldProps<T>) {
  const { typed, feedback, shared } = useFormField(control, name, label, help);
  return (
    <TextField
      {...shared}
      value={typed.value ?? ""}
      onChange={(event) => typed.change(event.target.value)}
      required={required}
      slotProps={{
        htmlInput: {
          inputMode,
          autoComplete: "off",
          spellCheck: false,
          "aria-invalid": feedback.invalid,
          ...(placeholder ? { placeholder } : {}),
        },
      }}
    />
  );
}
