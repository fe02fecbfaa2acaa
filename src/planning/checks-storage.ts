import { error, isBlank, type IssueList } from "./checks-shared";
import { DEFAULT_STORAGE, type PlanInput, type StorageInput } from "./plan-input-schema";

/** Set-AksHciConfig's three storage paths: each needed, each one line (it goes into the script as a literal). */
const PATHS: ReadonlyArray<{ field: keyof StorageInput; label: string; parameter: string }> = [
  { field: "imageDir", label: "Image directory", parameter: "-imageDir" },
  { field: "workingDir", label: "Working directory", parameter: "-workingDir" },
  { field: "cloudConfigLocation", label: "Cloud agent configuration location", parameter: "-cloudConfigLocation" },
];

export function checkStorage(input: PlanInput, issues: IssueList): void {
  if (input.storage === undefined) return;
  for (const { field, label, parameter } of PATHS) {
    const value = input.storage[field];
    const path = `storage.${field}`;
    if (isBlank(value)) {
      issues.push(error(path, `Enter the ${label.toLowerCase()} (Set-AksHciConfig ${parameter}): the vendor's default is ${DEFAULT_STORAGE[field]}; on a multi-node HCI cluster use a path on shared storage, e.g. C:\\ClusterStorage\\Volume1\\AksHci`));
    } else if (/[\p{Cc}\u2028\u2029]/u.test(value)) {
      issues.push(error(path, `The ${label.toLowerCase()} contains a line break or another control character: type the path on one line`));
    }
  }
}
