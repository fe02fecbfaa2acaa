import { Fragment, useEffect, useId, type ReactNode, type RefObject } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import AddIcon from "@mui/icons-material/Add";
import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { offerUndo, removalText } from "../state/undo";
import { ListPager } from "./list-pager";
import { usePaging } from "./use-paging";
import type { ShowFirstError } from "./use-wizard-navigation";

export interface PagedListProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The form's list: "clusters", "services". */
  list: ArrayPath<T>;
  /** useStepForm's pager: Next shows the page of the first row in error through it. */
  pagerRef: RefObject<ShowFirstError | null>;
  /** "Workload cluster": the add button, the removal's undo notice and the page navigation say it. */
  item: string;
  /** "Workload clusters": the range reads "Workload clusters 26–50 of 1,000", the empty list "No workload clusters yet." */
  items: string;
  max: number;
  newRow: () => FieldArray<T, ArrayPath<T>>;
  row: (index: number, onRemove: () => void) => ReactNode;
}

/**
 * A list the admin adds rows to and removes them from, a page at a time (a plan holds up to 1,000
 * clusters and 10,000 services): the pager, the rows of the page, and the add button. A removed row
 * can be undone, and the focus goes to the add button, not to the top of the page.
 */
export function PagedList<T extends FieldValues>({ form, list, pagerRef, item, items, max, newRow, row }: PagedListProps<T>) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: list });
  const paging = usePaging(list, fields.length);
  const addId = useId();
  useEffect(() => {
    pagerRef.current = paging.showFirstError;
  }, [pagerRef, paging.showFirstError]);
  const removeRow = (index: number) => {
    offerUndo(removalText(`${item.toLowerCase()} ${index + 1}`, String(form.getValues(`${list}.${index}.name` as Path<T>) ?? "")));
    remove(index);
    document.getElementById(addId)?.focus();
  };
  return (
    <>
      <ListPager paging={paging} noun={items} label={`${item} pages`} />
      {fields.slice(paging.bounds.start, paging.bounds.end).map((field, offset) => {
        const index = paging.bounds.start + offset;
        return <Fragment key={field.id}>{row(index, () => removeRow(index))}</Fragment>;
      })}
      {fields.length === 0 && <Typography sx={{ color: "text.secondary" }}>No {items.toLowerCase()} yet.</Typography>}
      {fields.length < max && (
        <Box>
          <Button
            id={addId}
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => {
              paging.showRow(fields.length);
              append(newRow(), { focusName: `${list}.${fields.length}.name` });
            }}
          >
            Add {item.toLowerCase()}
          </Button>
        </Box>
      )}
    </>
  );
}
