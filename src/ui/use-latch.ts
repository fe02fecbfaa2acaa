import { useState } from "react";

/**
 * False until `on` is first true, then true for good. A popup whose code loads on first use mounts
 * then and stays mounted, so closing it plays its transition and hands the focus back.
 */
export function useLatch(on: boolean): boolean {
  const [latched, setLatched] = useState(on);
  if (on && !latched) setLatched(true);
  return latched || on;
}
