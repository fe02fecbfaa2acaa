import Container from "@mui/material/Container";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { ShareLinkGate } from "../summary/share/share-link-gate";
import { Wizard } from "../wizard/wizard";
import { AppHeader } from "./app-header";
import { SkipLink } from "./skip-link";
import { theme } from "./theme";

/** The page: header, the wizard with its live summary, and the share-link gate. */
export function App() {
  return (
    <ThemeProvider theme={theme} defaultMode="system" disableTransitionOnChange>
      <CssBaseline enableColorScheme />
      <SkipLink />
      <AppHeader />
      <Container component="main" id="main" maxWidth="lg" sx={{ py: 3, displayPrint: "none" }}>
        <Wizard />
      </Container>
      <ShareLinkGate />
    </ThemeProvider>
  );
}
