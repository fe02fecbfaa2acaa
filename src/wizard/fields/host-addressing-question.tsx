import type { Control, FieldPathByValue, FieldValues } from "react-hook-form";
import { HELP } from "../help-text";
import { FormRadioGroup, type RadioChoice } from "./form-radio-group";

const CHOICES: RadioChoice[] = [
  { value: "static", label: "Static", description: HELP.hostsStatic },
  { value: "dhcp", label: "DHCP", description: HELP.hostsDhcp },
];

/** The MOC question, asked once, with the network model: the MOC cloud service step follows the answer. */
export function HostAddressingQuestion<T extends FieldValues>({ control, name }: { control: Control<T>; name: FieldPathByValue<T, string> }) {
  return (
    <FormRadioGroup
      control={control}
      name={name}
      legend="How do the Azure Stack HCI hosts get their IP addresses?"
      choices={CHOICES}
      help={HELP.hostsQuestion}
    />
  );
}
