import { useRef, useState, type ChangeEvent } from "react";
import Button from "@mui/material/Button";
import FileOpenIcon from "@mui/icons-material/FileOpenOutlined";
import LinkIcon from "@mui/icons-material/Link";
import MenuBookIcon from "@mui/icons-material/MenuBook";
import PrintIcon from "@mui/icons-material/Print";
import RestartAltIcon from "@mui/icons-material/RestartAlt";
import { decodePlanFile } from "../planning/decode-plan-file";
import { platformInfo } from "../planning/platforms";
import { parseAnyPlanJson, type AnyPlanInput } from "../planning/parse-any-plan";
import { MAX_PLAN_FILE_BYTES } from "../export/plan-file";
import { arcShareUrl } from "../share/arc-share-link";
import { CopyLinkDialog } from "../share/copy-link-dialog";
import { usePlanStore } from "../state/plan-store";
import { copyText } from "../ui/copy-text";
import { useNotice } from "../ui/notice";
import { NoticeSnackbar } from "../ui/notice-snackbar";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { arcActions } from "./arc-actions";
import { ARC_EXAMPLE, arcDraftReplaceable, loadAnyPlan } from "./arc-load";
import { goToArcStep } from "./arc-step-frame";
import { ARC_REVIEW_STEP } from "./arc-steps";

type Pending = { kind: "example" } | { kind: "reset" } | { kind: "file"; plan: AnyPlanInput; name: string } | null;

async function readFile(file: File): Promise<{ ok: true; plan: AnyPlanInput } | { ok: false; message: string }> {
  if (file.size > MAX_PLAN_FILE_BYTES) return { ok: false, message: `“${file.name}” is larger than any plan file: choose a plan file saved by the planner (.json).` };
  let text: string;
  try {
    text = decodePlanFile(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, message: `“${file.name}” could not be read: choose the file again.` };
  }
  const parsed = parseAnyPlanJson(text);
  return parsed.ok ? { ok: true, plan: parsed.platform === "aks-arc" ? { platform: "aks-arc", input: parsed.input } : { platform: "aks-hci", input: parsed.input } } : { ok: false, message: `“${file.name}” is not a plan file. ${parsed.message}` };
}

/**
 * The app bar's actions while the AKS Arc wizard shows: its example, Start over, print, and
 * opening a plan file of either platform. Each asks before it replaces typed work.
 */
export function ArcHeaderActions() {
  const [pending, setPending] = useState<Pending>(null);
  const { notice, notify, close } = useNotice();
  const fileInput = useRef<HTMLInputElement>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const copyLink = async () => {
    const link = arcShareUrl(usePlanStore.getState().arc.input);
    if (!link.ok) notify({ severity: "error", text: link.message });
    else if (await copyText(link.url)) notify({ severity: "success", text: "Share link copied" });
    else setManualCopy(link.url);
  };

  const apply = (action: NonNullable<Pending>) => {
    setPending(null);
    if (action.kind === "example" && ARC_EXAMPLE) {
      arcActions.loadInput(structuredClone(ARC_EXAMPLE));
      goToArcStep(ARC_REVIEW_STEP);
    } else if (action.kind === "reset") {
      arcActions.reset();
      goToArcStep(0);
    } else if (action.kind === "file") {
      loadAnyPlan(action.plan);
      notify({ severity: "success", text: `Opened the plan in “${action.name}”` });
    }
  };

  /** Straight away when nothing typed would be lost, else after the question. */
  const ask = (action: NonNullable<Pending>, replaceable: boolean) => (replaceable ? apply(action) : setPending(action));

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    const file = field.files?.[0];
    field.value = "";
    if (!file) return;
    const read = await readFile(file);
    if (!read.ok) {
      notify({ severity: "error", text: `${read.message} Your plan is unchanged.` });
      return;
    }
    // A plan of the first platform replaces that platform's plan: always asked, as it is not on screen.
    ask({ kind: "file", plan: read.plan, name: file.name }, read.plan.platform === "aks-arc" && arcDraftReplaceable(read.plan.input));
  };

  const titles = { example: "Replace your AKS Arc plan with the example?", reset: "Start over with an empty AKS Arc plan?", file: "Replace your plan with the one in this file?" } as const;
  return (
    <>
      <Button color="inherit" startIcon={<MenuBookIcon />} disabled={ARC_EXAMPLE === null} onClick={() => ask({ kind: "example" }, arcDraftReplaceable(ARC_EXAMPLE))}>
        Load example
      </Button>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setPending({ kind: "reset" })}>
        Start over
      </Button>
      <Button color="inherit" startIcon={<LinkIcon />} onClick={() => void copyLink()}>
        Copy share link
      </Button>
      <Button color="inherit" startIcon={<PrintIcon />} onClick={() => window.print()}>
        Print plan
      </Button>
      <Button color="inherit" startIcon={<FileOpenIcon />} onClick={() => fileInput.current?.click()}>
        Import plan file
      </Button>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Plan file to import" onChange={(event) => void choose(event)} />
      <ConfirmDialog open={pending !== null} title={pending ? titles[pending.kind] : ""} confirmLabel={pending?.kind === "reset" ? "Start over" : "Replace"} onConfirm={() => pending && apply(pending)} onCancel={() => setPending(null)}>
        {pending?.kind === "example" && "The vendor's worked example (clusters of 3+5 and 1+3 nodes, the voting app's front end on cluster-a) replaces every field of your AKS Arc plan. The plan of the other platform stays."}
        {pending?.kind === "reset" && "Every field, cluster and service of your AKS Arc plan is cleared. The plan of the other platform stays."}
        {pending?.kind === "file" && `The ${platformInfo(pending.plan.platform).label} plan in “${pending.name}” replaces your plan of that platform, and its wizard opens. Download your plan file first to keep a copy.`}
      </ConfirmDialog>
      <CopyLinkDialog url={manualCopy} onClose={() => setManualCopy(null)} />
      <NoticeSnackbar notice={notice} onClose={close} />
    </>
  );
}
