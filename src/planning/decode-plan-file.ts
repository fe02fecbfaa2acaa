/**
 * A plan file's text from its bytes, by its byte order mark: Windows editors save JSON as UTF-16
 * ("Unicode" in Notepad) or as UTF-8 with a BOM. Without a BOM the file is UTF-8. The BOM is dropped;
 * bytes that are not valid in the encoding become U+FFFD, which the JSON gate then refuses.
 * @example decodePlanFile(new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0])) // "{}"
 */
export function decodePlanFile(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}
