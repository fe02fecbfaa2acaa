import type { ReactNode } from "react";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { ColorModeToggle } from "./color-mode-toggle";

/** The title and the platform's plan-wide actions; on a phone the actions wrap onto a second row. */
export function AppHeader({ actions }: { actions: ReactNode }) {
  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: "divider", displayPrint: "none" }}>
      <Toolbar sx={{ flexWrap: "wrap", columnGap: 2, rowGap: 0.5, py: 1 }}>
        <Typography component="h1" variant="h6" sx={{ flexGrow: 1, minWidth: "12rem" }}>
          AKS hybrid network planner
        </Typography>
        <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 0.5 }}>
          {actions}
          <ColorModeToggle />
        </Box>
      </Toolbar>
    </AppBar>
  );
}
