import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Typography from "@mui/material/Typography";
import { PLATFORMS } from "../planning/platforms";
import type { PlatformId } from "../planning/platform-profile";
import { usePlanStore } from "../state/plan-store";

/**
 * The wizard's first question: which platform the plan is for. Switching shows the other
 * platform's wizard; each platform keeps its own plan in the draft, so switching back loses nothing.
 */
export function PlatformPicker() {
  const platform = usePlanStore((state) => state.platform);
  const setPlatform = usePlanStore((state) => state.setPlatform);
  return (
    <FormControl component="fieldset" sx={{ mb: 3, width: "100%" }}>
      <FormLabel component="legend" sx={{ color: "text.primary", fontWeight: 500 }}>
        Platform
      </FormLabel>
      <RadioGroup row name="platform" value={platform} onChange={(event) => setPlatform(event.target.value as PlatformId)}>
        {PLATFORMS.map((choice) => (
          <FormControlLabel
            key={choice.id}
            value={choice.id}
            control={<Radio slotProps={{ input: choice.id === platform ? { "aria-describedby": `platform-${choice.id}-description` } : {} }} />}
            label={choice.label}
          />
        ))}
      </RadioGroup>
      {PLATFORMS.filter((choice) => choice.id === platform).map((choice) => (
        <Typography key={choice.id} id={`platform-${choice.id}-description`} variant="body2" sx={{ color: "text.secondary" }}>
          {choice.description} Each platform keeps its own plan in this browser.
        </Typography>
      ))}
    </FormControl>
  );
}
