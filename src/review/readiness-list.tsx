import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { PlanInput } from "../planning/plan-input-schema";
import { readinessChecklist } from "../planning/readiness";

/** The host-side steps to confirm before running the script, from the planner's list. */
export function ReadinessList({ input }: { input: PlanInput }) {
  return (
    <Box component="ul" aria-label="Readiness checklist" sx={{ m: 0, pl: 3 }}>
      {readinessChecklist(input).map((item) => (
        <li key={item.id}>
          <Typography variant="body2">☐ {item.text}</Typography>
        </li>
      ))}
    </Box>
  );
}
