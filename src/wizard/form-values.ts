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

/**
 * settleValues for a change inside one row of a long list: that row alone is parsed, against its
 * own last good value, and put among the last good rows. Those are what the store holds, every
 * earlier change having been handed over, so a keystroke costs one row, not 10,000. Null when the
 * row does not settle or the lists differ in length (rows added or removed since): settle it all.
 */
export function settleRow<T extends object>(rowSchema: z.ZodMiniType, list: keyof T, index: number, values: T, lastGood: T): T | null {
  const rows: unknown = values[list];
  const lastRows: unknown = lastGood[list];
  if (!Array.isArray(rows) || !Array.isArray(lastRows) || rows.length !== lastRows.length || index >= rows.length) return null;
  const row = settleValues(rowSchema, rows[index], lastRows[index]);
  if (row === null) return null;
  const settled = [...lastRows];
  settled[index] = row;
  return { ...lastGood, [list]: settled };
}
