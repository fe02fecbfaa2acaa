import { useCallback, useEffect, useId, useRef, useState } from "react";
import { commitTyped, flushTypedChange } from "./typed-changes";

export interface TypedValue<V> {
  /** What the field shows: the value typed, while it waits for the form. */
  value: V;
  /** Shows `next` at once and hands it to the form, in the keystroke or after the next paint (see typed-changes). */
  change: (next: V) => void;
  /** Hands a waiting value to the form now: on blur, before anything reads the form. */
  flush: () => void;
}

/**
 * A typed field's value, shown as typed: on a large plan it reaches the form a frame later, so the
 * keystroke paints before the form, the store and the planner do their work (typed-changes).
 * `value` is the form's; `commit` hands it one.
 */
export function useTypedValue<V>(value: V, commit: (next: V) => void): TypedValue<V> {
  const key = useId();
  const [typed, setTyped] = useState<{ next: V } | null>(null);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  const change = useCallback(
    (next: V) => {
      setTyped({ next });
      commitTyped(key, () => {
        latestCommit.current(next);
        setTyped(null);
      });
    },
    [key],
  );
  const flush = useCallback(() => flushTypedChange(key), [key]);
  // A field removed or paged away with a change waiting still hands it over.
  useEffect(() => flush, [flush]);
  return { value: typed ? typed.next : value, change, flush };
}
