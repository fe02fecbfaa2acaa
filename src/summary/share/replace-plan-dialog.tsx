import { useId } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import type { PlanInput } from "../../planning/plan-input-schema";

export interface ReplacePlanDialogProps {
  /** Where the other plan comes from, as the question names it. */
  source: "link" | "file";
  current: PlanInput;
  incoming: PlanInput | null;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asks before a plan from a link or a file replaces the admin's own draft, naming both plans. */
export function ReplacePlanDialog({ source, current, incoming, onReplace, onKeep }: ReplacePlanDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog open={incoming !== null} onClose={onKeep} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>Replace your current plan with the one in this {source}?</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>
          Your plan ({describePlan(current)}) is replaced by the {source}&apos;s plan ({incoming ? describePlan(incoming) : ""}). The
          planner keeps one draft: to keep yours as well, choose Keep mine and download it first (Export › Download plan file).
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          Keep mine
        </Button>
        <Button onClick={onReplace} variant="contained">
          Replace
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function describePlan(input: PlanInput): string {
  const name = input.vnet.name.trim() === "" ? "no virtual network name yet" : `virtual network “${input.vnet.name}”`;
  const clusters = input.clusters.length === 1 ? "1 workload cluster" : `${input.clusters.length.toLocaleString("en-US")} workload clusters`;
  const services = input.services.length === 1 ? "1 service" : `${input.services.length.toLocaleString("en-US")} services`;
  return `${name}, ${clusters}, ${services}`;
}
