import Typography from "@mui/material/Typography";

export function App() {
  return (
    <main>
      <Typography variant="h1">AKS hybrid network planner</Typography>
    </main>
  );
}
