/**
 * File and folder names in kebab-case: lowercase words joined by dashes, then any dotted suffixes
 * (`share-link.frozen.test.ts`). One spelling means an import path is never guessed wrong, and no
 * two files differ only in case (which Windows and macOS checkouts cannot hold side by side).
 */
const KEBAB_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The paths ("/"-separated, relative to the repository) with a file or folder name that is not kebab-case. */
export function notKebabCase(paths: readonly string[]): string[] {
  return paths.filter((path) => path.split("/").some((name) => !KEBAB_NAME.test(name)));
}
