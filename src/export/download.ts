/** What a download holds: the text, its type, and its name on disk. */
export interface DownloadFile {
  name: string;
  text: string;
  type: string;
  /**
   * Saved behind a UTF-8 byte order mark. Only the saved file gets it (here and in the CLI's
   * output): the text itself, copied or shown, has none.
   */
  bom?: boolean;
}

/** The file's text as saved on disk. */
export function savedText(file: DownloadFile): string {
  return file.bom ? `\uFEFF${file.text}` : file.text;
}

/**
 * Saves text as a file, entirely in the page: a Blob, an object URL and a click on an <a download>.
 * Nothing goes over the network, so this works offline and from the single-file build.
 */
export function downloadText(file: DownloadFile): void {
  const { name, type } = file;
  const url = URL.createObjectURL(new Blob([savedText(file)], { type }));
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
