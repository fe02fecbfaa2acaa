import type { z } from "zod/mini";

type Key = PropertyKey;

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

function withValueAt(root: unknown, path: readonly Key[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(root)) return root.map((item, index) => (index === key ? withValueAt(item, rest, value) : item));
  if (root !== null && typeof root === "object") {
    return { ...(root as Record<Key, unknown>), [key]: withValueAt((root as Record<Key, unknown>)[key], rest, value) };
  }
  return root;
}

/**
 * The values a step's form can hand to the store: all of them when they parse, else the same with
 * each field that does not parse (an emptied number field) put back to its last good value, so the
 * live summary keeps following every other field. Null when even that does not parse.
 */
export function settleValues<T>(schema: z.ZodMiniType<T>, values: unknown, lastGood: T): T | null {
  const first = schema.safeParse(values);
  if (first.success) return first.data;
  let patched = values;
  for (const issue of first.error.issues) {
    const kept = valueAt(lastGood, issue.path);
    if (kept === undefined) return null;
    patched = withValueAt(patched, issue.path, kept);
  }
  const second = schema.safeParse(patched);
  return second.success ? second.data : null;
}

/** "12" -> 12; anything that is not a plain whole number (empty, "1.5", "1e3", "12abc") -> NaN. */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d{1,16}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
