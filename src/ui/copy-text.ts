/**
 * Puts text on the clipboard; false when the browser refuses (no permission, an insecure origin
 * such as the offline file, or no Clipboard API), so the caller can offer the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText !== "function") return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
