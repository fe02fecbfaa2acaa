import { lazy, Suspense, type ComponentType } from "react";
import Typography from "@mui/material/Typography";
import type { PlatformId } from "../planning/platform-profile";
import { usePlanIfReady } from "../state/use-plan";
import { PrintView } from "../print/print-view";
import { Wizard } from "../wizard/wizard";
import { DraftActions } from "./draft-actions";
import { PlanActions } from "./plan-actions";

// The second platform loads only when chosen: the first page load stays the first platform's.
const arcApp = () => import("../arc/arc-app");
const ArcHeaderActions = lazy(() => arcApp().then((module) => ({ default: module.ArcHeaderActions })));
const ArcWizard = lazy(() => arcApp().then((module) => ({ default: module.ArcWizard })));
const ArcPrintView = lazy(() => arcApp().then((module) => ({ default: module.ArcPrintView })));

/**
 * Its own component so that only it, not the whole page, re-renders with every keystroke. The paper
 * copy comes with the planner (nothing of it shows on screen) and never asks for it sooner.
 */
function CurrentPrintView() {
  const plan = usePlanIfReady();
  return plan && <PrintView plan={plan} />;
}

function FirstPlatformActions() {
  return (
    <>
      <DraftActions />
      <PlanActions />
    </>
  );
}

function Loading() {
  return (
    <Typography role="status" sx={{ color: "text.secondary" }}>
      Loading the wizard…
    </Typography>
  );
}

function lazily(View: ComponentType, fallback: ComponentType | null = null): ComponentType {
  const Fallback = fallback;
  return function Lazily() {
    return (
      <Suspense fallback={Fallback ? <Fallback /> : null}>
        <View />
      </Suspense>
    );
  };
}

export interface PlatformViews {
  /** The app bar's actions on the plan: example, start over, share, print, export, import. */
  Actions: ComponentType;
  Wizard: ComponentType;
  /** The paper copy, rendered into <body> beside the app. */
  Print: ComponentType;
}

/** Each platform's views: the app shows the chosen platform's, and tests no platform name itself. */
export const PLATFORM_VIEWS: Record<PlatformId, PlatformViews> = {
  "aks-hci": { Actions: FirstPlatformActions, Wizard, Print: CurrentPrintView },
  "aks-arc": { Actions: lazily(ArcHeaderActions), Wizard: lazily(ArcWizard, Loading), Print: lazily(ArcPrintView) },
};
