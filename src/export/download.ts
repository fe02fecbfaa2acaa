/** What a download holds: the text, its type, and its name on disk. */
export interface DownloadFile {
  name: string;
  text: string;
  type: string;
}

/**
 * Saves text as a file, entirely in the page: a Blob, an object URL and a click on an <a download>.
 * Nothing goes over the network, so this works offline and from the single-file build.
 */
export function downloadText({ name, text, type }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers: give it a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
