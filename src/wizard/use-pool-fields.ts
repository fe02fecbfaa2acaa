import { useCallback } from "react";
import type { UseFormReturn } from "react-hook-form";
import { formatIpv4 } from "../planning/ipv4-format";
import type { AddressRange } from "../planning/plan";
import type { VirtualNetworkInput } from "../planning/plan-input-schema";
import { pool, type PoolId } from "../planning/pools";
import { usePlanStore } from "../state/plan-store";

export type VnetValues = { vnet: VirtualNetworkInput };

export interface PoolRange {
  key: PoolId;
  range: AddressRange;
}

export interface PoolFields {
  /** Writes each range to its pool's start and end fields, as if typed: validated, and its findings shown. */
  fill: (ranges: readonly PoolRange[]) => void;
  /** Whether the admin has typed anything into the pool's fields. */
  typed: (key: PoolId) => boolean;
}

/**
 * The one way the wizard writes pool ranges it proposes (Suggest ranges, the address map): through
 * the Virtual network form, so the fields, their checks and the store follow as if typed.
 */
export function usePoolFields(form: UseFormReturn<VnetValues>): PoolFields {
  const markTouched = usePlanStore((state) => state.markTouched);
  const fill = useCallback(
    (ranges: readonly PoolRange[]) => {
      for (const { key, range } of ranges) {
        const { startField: start, endField: end } = pool(key);
        form.setValue(`vnet.${start}`, formatIpv4(range.start), { shouldValidate: true, shouldDirty: true, shouldTouch: true });
        form.setValue(`vnet.${end}`, formatIpv4(range.end), { shouldValidate: true, shouldDirty: true, shouldTouch: true });
        markTouched(`vnet.${start}`);
        markTouched(`vnet.${end}`);
      }
    },
    [form, markTouched],
  );
  const typed = useCallback(
    (key: PoolId) => {
      const { startField: start, endField: end } = pool(key);
      const values = form.getValues("vnet");
      return values[start].trim() !== "" || values[end].trim() !== "";
    },
    [form],
  );
  return { fill, typed };
}
