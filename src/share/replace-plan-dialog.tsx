import { useId } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import visuallyHidden from "@mui/utils/visuallyHidden";
import type { PlanInput } from "../planning/plan-input-schema";
import { planDifferences } from "./plan-differences";

export interface ReplacePlanDialogProps {
  /** Where the other plan comes from, as the question names it. */
  source: "link" | "file";
  current: PlanInput;
  incoming: PlanInput | null;
  onReplace: () => void;
  onKeep: () => void;
}

/**
 * Asks before a plan from a link or a file replaces the admin's own draft, showing where the two
 * differ (model, names, counts, the total of addresses), so two plans never read the same.
 */
export function ReplacePlanDialog({ source, current, incoming, onReplace, onKeep }: ReplacePlanDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const differences = incoming ? planDifferences(current, incoming) : [];
  return (
    <Dialog open={incoming !== null} onClose={onKeep} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>Replace your current plan with the one in this {source}?</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>
          {differences.length > 0
            ? `Your plan is replaced by the ${source}'s plan, which differs in ${differences.length === 1 ? "this" : "these"}:`
            : `Your plan is replaced by the ${source}'s plan. Model, names, counts and the total of addresses are the same; they differ in other fields (pools, gateway, DNS servers or names of clusters and services).`}{" "}
          The planner keeps one draft; Undo in the notice that follows brings yours back, and Export › Download plan file keeps a copy.
        </DialogContentText>
        {differences.length > 0 && (
          <Table size="small" sx={{ mt: 2 }}>
            <caption style={visuallyHidden}>How your plan and the {source}&apos;s plan differ</caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  What differs
                </TableCell>
                <TableCell component="th" scope="col">
                  Your plan
                </TableCell>
                <TableCell component="th" scope="col">
                  The {source}&apos;s plan
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {differences.map((difference) => (
                <TableRow key={difference.label}>
                  <TableCell component="th" scope="row">
                    {difference.label}
                  </TableCell>
                  <TableCell>{difference.current}</TableCell>
                  <TableCell>{difference.incoming}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
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
