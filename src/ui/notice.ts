import { useState } from "react";

export interface Notice {
  severity: "success" | "error";
  text: string;
}

/** One short message at a time; a confirmation hides by itself, a problem stays until closed. */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  return { notice, notify: setNotice, close: () => setNotice(null) };
}
