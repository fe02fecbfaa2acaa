import { useId, useMemo, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import DownloadIcon from "@mui/icons-material/Download";
import type { Plan } from "../planning/plan";
import { copyText } from "../ui/copy-text";
import { useNotice } from "../ui/notice";
import { NoticeSnackbar } from "../ui/notice-snackbar";
import { downloadText } from "./download";
import { scriptFile } from "./export-files";
import { EXPORT_FORMATS } from "./export-formats";
import { deploymentScript } from "../planning/powershell";
import type { ScriptCommand } from "../planning/powershell-syntax";
import { ReadinessList } from "../review/readiness-list";
import { PortsTable } from "./ports-table";

// The shade sits on the code alone: the copy buttons' primary text on it falls below 4.5:1 in light mode.
const CODE = { fontFamily: "monospace", fontSize: "0.8125rem", whiteSpace: "pre-wrap", overflowWrap: "anywhere", m: 0, p: 1, borderRadius: 1, bgcolor: "action.hover" } as const;

export interface ExportPanelProps {
  plan: Plan;
  /** Level of the panel's own headings: h3 under the review step's h2 sections. */
  headingLevel?: "h2" | "h3";
}

/**
 * The review step's exports: the deployment script (or why it is blocked), the ports to open
 * between VLANs, and the plan file and address plan downloads.
 */
export function ExportPanel({ plan, headingLevel = "h3" }: ExportPanelProps) {
  const { notice, notify, close } = useNotice();
  const script = useMemo(() => scriptFile(plan), [plan]);
  // The script has its own section above; the other formats are plain downloads.
  const downloads = useMemo(() => EXPORT_FORMATS.filter((format) => format.id !== "script").map((format) => ({ format, file: format.build(plan) })), [plan]);

  const commands = useMemo(() => {
    const built = deploymentScript(plan);
    return built.ok ? built.commands : [];
  }, [plan]);

  const copyCommand = async (command: ScriptCommand) => {
    const copied = await copyText(`${command.lines.join("\n")}\n`);
    notify(
      copied
        ? { severity: "success", text: `${command.title} copied` }
        : { severity: "error", text: "The browser did not let the planner copy the command: select it and press Ctrl+C, or download the script." },
    );
  };

  const copyScript = async () => {
    if (!script.ok) return;
    const copied = await copyText(script.file.text);
    notify(
      copied
        ? { severity: "success", text: "Deployment script copied" }
        : { severity: "error", text: "The browser did not let the planner copy the script: select it above and press Ctrl+C, or download it." },
    );
  };

  return (
    <Box sx={{ display: "grid", gap: 4, minWidth: 0 }}>
      <Part level={headingLevel} title="Deployment script (PowerShell)">
        {script.ok ? (
          <>
            <Typography color="text.secondary" gutterBottom>
              Review every value and replace the two Azure placeholders, then run it on one HCI host in an elevated PowerShell session. Each command has its own copy button.
            </Typography>
            <Box
              role="region"
              tabIndex={0}
              aria-label="Deployment script"
              sx={{ maxHeight: 520, overflow: "auto", p: 2, borderRadius: 1, border: 1, borderColor: "divider", display: "grid", gap: 1.5 }}
            >
              {commands.map((command) => (
                <Box key={command.id} sx={{ display: "grid", gap: 0.5 }}>
                  <Box component="pre" sx={CODE}>
                    {command.lines.join("\n")}
                  </Box>
                  <Box>
                    <Button size="small" startIcon={<ContentCopyIcon />} aria-label={`Copy ${command.title} (${command.id})`} onClick={() => void copyCommand(command)}>
                      Copy {command.title}
                    </Button>
                  </Box>
                </Box>
              ))}
            </Box>
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
              <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copyScript()}>
                Copy script
              </Button>
              <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => downloadText(script.file)}>
                Download .ps1
              </Button>
            </Box>
          </>
        ) : (
          <Alert severity="error" role="note">
            The deployment script is blocked. {script.reason}
          </Alert>
        )}
      </Part>
      <Part level={headingLevel} title="Readiness checklist">
        <Typography color="text.secondary" gutterBottom>
          Confirm each before running the script: the plan cannot check them.
        </Typography>
        <ReadinessList input={plan.input} />
      </Part>
      <Part level={headingLevel} title="Ports to open between VLANs">
        <PortsTable />
      </Part>
      <Part level={headingLevel} title="Plan file and address plan">
        <Typography color="text.secondary" gutterBottom>
          Keep the plan file to change the plan later: open it here with Export › Import plan file. The address plan lists every range of the
          subnet for a spreadsheet.
        </Typography>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
          {downloads.map(({ format, file }) => (
            <Button key={format.id} variant="outlined" startIcon={<format.icon />} disabled={!file.ok} onClick={() => file.ok && downloadText(file.file)}>
              {format.label}
            </Button>
          ))}
        </Box>
        {downloads.map(({ format, file }) =>
          file.ok ? null : (
            <Typography key={format.id} variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {file.reason}
            </Typography>
          ),
        )}
      </Part>
      <NoticeSnackbar notice={notice} onClose={close} />
    </Box>
  );
}

function Part({ title, level, children }: { title: string; level: "h2" | "h3"; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ minWidth: 0 }}>
      <Typography id={headingId} variant="h6" component={level} gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
