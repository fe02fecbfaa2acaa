import type { SvgIconComponent } from "@mui/icons-material";
import DataObjectIcon from "@mui/icons-material/DataObject";
import DownloadIcon from "@mui/icons-material/Download";
import TableChartIcon from "@mui/icons-material/TableChart";
import type { Plan } from "../planning/plan";
import { addressPlanFile, planFile, scriptFile, type ExportFile } from "./export-files";

export interface ExportFormat {
  id: "script" | "plan-file" | "address-plan";
  /** The download's accessible name, the same in the Export menu and on the review step. */
  label: string;
  icon: SvgIconComponent;
  build: (plan: Plan) => ExportFile;
  /** Shown instead of the full reason where that reason already stands next to it (the menu's copy item). */
  blockedNote?: string;
}

/** Every file the plan downloads as: the Export menu and the review step list these, in this order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: "script", label: "Download deployment script (.ps1)", icon: DownloadIcon, build: scriptFile, blockedNote: "Blocked until the plan has no errors" },
  { id: "plan-file", label: "Download plan file (.json)", icon: DataObjectIcon, build: (plan) => ({ ok: true, file: planFile(plan) }) },
  { id: "address-plan", label: "Download address plan (.csv)", icon: TableChartIcon, build: addressPlanFile },
];
