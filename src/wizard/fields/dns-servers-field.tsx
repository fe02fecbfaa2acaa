import { useId } from "react";
import { flushSync } from "react-dom";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import FormHelperText from "@mui/material/FormHelperText";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { useWatch, type FieldPathByValue, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { MAX_DNS_SERVERS } from "../../planning/plan-input-schema";
import { FieldHelperText } from "./field-helper-text";
import { FormTextField } from "./form-text-field";
import { useFieldFeedback } from "./use-field-feedback";

export interface DnsServersFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The list's path, also the planner's: "vnet.dnsServers", "clusterNetworks.0.dnsServers". */
  path: FieldPathByValue<T, string[]>;
  help: string;
  required: boolean;
}

/** "DNS servers": one to three addresses, each its own field, added and removed in place. */
export function DnsServersField<T extends FieldValues>({ form, path, help, required }: DnsServersFieldProps<T>) {
  const servers: string[] = useWatch({ control: form.control, name: path });
  const group = useFieldFeedback(path, form.getFieldState(path, form.formState).error?.message);
  const helpId = useId();
  const row = (index: number) => `${path}.${index}` as Path<T> & FieldPathByValue<T, string>;

  const replace = (next: string[]) => form.setValue(path, next as PathValue<T, typeof path>, { shouldValidate: true, shouldDirty: true });
  const add = () => {
    flushSync(() => replace([...servers, ""]));
    form.setFocus(row(servers.length));
  };
  const remove = (index: number) => {
    flushSync(() => replace(servers.filter((_, i) => i !== index)));
    // The focus goes to the field that took the removed one's place, or the one before it.
    form.setFocus(row(Math.min(index, servers.length - 2)));
  };

  return (
    <Box component="fieldset" aria-describedby={helpId} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 500, mb: 0.5, p: 0 }}>
        DNS servers{required && <span aria-hidden="true"> *</span>}
      </Typography>
      <FormHelperText id={helpId} component="div" error={group.invalid} sx={{ mt: 0, mb: 1.5, mx: 0 }}>
        <FieldHelperText messages={group.messages} help={help} />
      </FormHelperText>
      <Stack spacing={2}>
        {servers.map((_, index) => (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
            <FormTextField
              control={form.control}
              name={row(index)}
              label={`DNS server ${index + 1}`}
              help={index === 0 ? "e.g. 10.0.0.10" : ""}
              required={required && index === 0}
              inputMode="decimal"
            />
            {servers.length > 1 && (
              <IconButton aria-label={`Remove DNS server ${index + 1}`} onClick={() => remove(index)} sx={{ mt: 1 }}>
                <DeleteIcon />
              </IconButton>
            )}
          </Stack>
        ))}
      </Stack>
      {servers.length < MAX_DNS_SERVERS && (
        <Button startIcon={<AddIcon />} onClick={add} sx={{ mt: 1 }}>
          Add DNS server
        </Button>
      )}
    </Box>
  );
}
