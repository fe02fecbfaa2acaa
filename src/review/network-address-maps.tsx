import { useId, useState } from "react";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import type { Plan } from "../planning/plan";
import { AddressMap } from "./address-map";
import { networkTitle, planOfNetwork } from "./network-view";

/**
 * The address map of one network at a time, with a choice of network above it: each network is a
 * subnet of its own, and one bar for all of them would draw unrelated address ranges side by side.
 */
export function NetworkAddressMaps({ plan }: { plan: Plan }) {
  const [chosen, setChosen] = useState(0);
  const helpId = useId();
  const index = Math.min(chosen, plan.networks.length - 1);
  const network = plan.networks[index];
  if (network === undefined) return null;
  return (
    <Box sx={{ display: "grid", gap: 2, minWidth: 0 }}>
      <TextField
        select
        label="Network"
        value={String(index)}
        onChange={(event) => setChosen(Number(event.target.value))}
        helperText="Each virtual network is a subnet of its own: choose the one whose addresses to show."
        slotProps={{ select: { native: true }, formHelperText: { id: helpId } }}
        sx={{ maxWidth: "40rem" }}
      >
        {plan.networks.map((each, at) => (
          <option key={each.path} value={String(at)}>
            {networkTitle(plan, each)}
          </option>
        ))}
      </TextField>
      <AddressMap plan={planOfNetwork(plan, network)} />
    </Box>
  );
}
