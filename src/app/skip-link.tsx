import Link from "@mui/material/Link";
import { usePlanStore } from "../state/plan-store";
import { requestHeadingFocus } from "../wizard/step-heading";
import { stepHeadingId } from "../wizard/wizard-steps";

/**
 * The first Tab stop: straight to the current step's heading, past the header's buttons. The
 * default is prevented: the URL fragment carries share links, so it must not become "#step".
 */
export function SkipLink() {
  return (
    <Link
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        const { step } = usePlanStore.getState();
        const heading = document.getElementById(stepHeadingId(step));
        // The step may still be loading on a fast first Tab: its heading then takes the focus as it mounts.
        if (heading) heading.focus();
        else requestHeadingFocus(step);
      }}
      sx={{
        position: "absolute",
        left: 8,
        top: -64,
        zIndex: 1200,
        p: 1,
        bgcolor: "background.paper",
        "&:focus": { top: 8 },
        displayPrint: "none",
      }}
    >
      Skip to the current step
    </Link>
  );
}
