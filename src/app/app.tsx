import Container from "@mui/material/Container";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { usePlan } from "../state/use-plan";
import { PlanActions } from "../summary/plan-actions";
import { PrintView } from "../summary/print/print-view";
import { ShareLinkGate } from "../summary/share/share-link-gate";
import { Wizard } from "../wizard/wizard";
import { AppHeader } from "./app-header";
import { SkipLink } from "./skip-link";
import { theme } from "./theme";

/** Its own component so that only it, not the whole page, re-renders with every keystroke. */
function CurrentPrintView() {
  return <PrintView plan={usePlan()} />;
}

/**
 * The page: header with the plan actions, the wizard with its live summary, the share-link gate,
 * and the print view (hidden on screen; on paper it is all there is, the screen chrome is hidden).
 */
export function App() {
  return (
    <ThemeProvider theme={theme} defaultMode="system" disableTransitionOnChange>
      <CssBaseline enableColorScheme />
      <SkipLink />
      <AppHeader planActions={<PlanActions />} />
      <Container component="main" id="main" maxWidth="lg" sx={{ py: 3, displayPrint: "none" }}>
        <Wizard />
      </Container>
      <ShareLinkGate />
      <CurrentPrintView />
    </ThemeProvider>
  );
}
