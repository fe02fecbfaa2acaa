import { lazy, Suspense } from "react";
import Container from "@mui/material/Container";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { useStore } from "zustand";
import { draftStorage, usePlanStore } from "../state/plan-store";
import { AppHeader } from "./app-header";
import { PlatformPicker } from "./platform-picker";
import { PLATFORM_VIEWS } from "./platform-views";
import { SkipLink } from "./skip-link";
import { MODE_STORAGE_KEY, theme } from "./theme";
// The theme's CSS variables, as a static stylesheet: see theme-css.ts.
import "./theme-vars.css";
import { useUndoStore } from "../state/undo";
import { useLatch } from "../ui/use-latch";
import { useIdle } from "./when-idle";

// None is needed to draw the first step: each loads in its own chunk when needed (the gates once the
// page has settled, at once when it opened with a link), which keeps the share-link codec and its
// dialogs out of the first page load and out of the way of the first click.
const DraftNotices = lazy(() => import("./draft-notices").then((module) => ({ default: module.DraftNotices })));
const ShareLinkGate = lazy(() => import("../share/share-link-gate").then((module) => ({ default: module.ShareLinkGate })));
const UndoNotice = lazy(() => import("./undo-notice").then((module) => ({ default: module.UndoNotice })));
// AKS Arc links (arc1.) have their own gate: the first platform's never reads them.
const ArcLinkGate = lazy(() => import("../arc/arc-link-gate").then((module) => ({ default: module.ArcLinkGate })));

/** A page opened from a share link is there for the link's plan: its gate does not wait. */
const OPENED_WITH_LINK = window.location.hash.length > 1;

/** The notices about the saved draft load only when there is something to say. */
function DraftNoticesWhenNeeded() {
  const needed = useStore(draftStorage.status, (status) => status.kept !== null || status.unsaved || status.clash !== null);
  return needed ? (
    <Suspense fallback={null}>
      <DraftNotices />
    </Suspense>
  ) : null;
}

/** The undo notice's code loads with the first change that offers an undo. */
function UndoNoticeWhenOffered() {
  const needed = useLatch(useUndoStore((state) => state.offer !== null));
  return needed ? (
    <Suspense fallback={null}>
      <UndoNotice />
    </Suspense>
  ) : null;
}

/**
 * The page: header with the plan actions, the platform question, that platform's wizard with its
 * live summary, the share-link gate, and the print view (hidden on screen; on paper it is all there
 * is, the screen chrome is hidden).
 */
export function App() {
  // Without a link in the address, the gates only wait for one pasted later: not first-click work.
  const settled = useIdle("settled");
  const views = PLATFORM_VIEWS[usePlanStore((state) => state.platform)];
  return (
    // noSsr: nothing renders this page on a server, so the colour scheme is read in the first render
    // instead of MUI rendering the whole page a second time after mount to apply it.
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={MODE_STORAGE_KEY} disableTransitionOnChange disableStyleSheetGeneration noSsr>
      <CssBaseline enableColorScheme />
      <SkipLink />
      <AppHeader actions={<views.Actions />} />
      <UndoNoticeWhenOffered />
      <Container component="main" id="main" maxWidth="lg" sx={{ py: 3, displayPrint: "none" }}>
        <DraftNoticesWhenNeeded />
        <PlatformPicker />
        <views.Wizard />
      </Container>
      {(settled || OPENED_WITH_LINK) && (
        <Suspense fallback={null}>
          <ShareLinkGate />
          <ArcLinkGate />
        </Suspense>
      )}
      <views.Print />
    </ThemeProvider>
  );
}
