import { firstFindings, planFindings, type SectionFindings } from "../planning/findings";
import type { Plan } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { describeField, formatCount, formatFindingCounts, moreFindings } from "../review/format";
import { Section } from "./print-section";

const NOTICE =
  "Network settings cannot be changed after the AKS host or a workload cluster is deployed; changing them means removing the clusters and uninstalling AKS on Azure Stack HCI and Windows Server.";

/** Paper lists this many findings per section of the plan: 49,000 of them would print 8 million characters. */
export const PRINTED_FINDINGS_PER_SECTION = 25;

export function Findings({ plan }: { plan: Plan }) {
  const findings = planFindings(plan);
  const sections = findings.sections.filter((group) => group.findings.length > 0);
  const capped = sections.some((group) => group.findings.length > PRINTED_FINDINGS_PER_SECTION);
  return (
    <Section title={`Errors and warnings (${formatFindingCounts(findings)})`}>
      {sections.length === 0 && <p>No errors or warnings.</p>}
      {sections.map((group) => (
        <SectionFindingsList key={group.section.id} group={group} input={plan.input} />
      ))}
      {capped && (
        <p>
          This document lists the first {PRINTED_FINDINGS_PER_SECTION} findings of each part of the plan. The planner lists all {formatCount(findings.findings.length)}{" "}
          on its Review step: open the plan from the link at the end of this document.
        </p>
      )}
      <p>
        <strong>Note:</strong> {NOTICE}
      </p>
      <ul>
        {plan.recommendations.map((recommendation) => (
          <li key={recommendation.id}>
            <strong>Recommended:</strong> {recommendation.text} {recommendation.reason}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function SectionFindingsList({ group, input }: { group: SectionFindings; input: PlanInput }) {
  const { shown, more } = firstFindings(group, PRINTED_FINDINGS_PER_SECTION);
  const where = `in ${group.section.label}`;
  const left = [more.errors > 0 ? moreFindings(more.errors, "error", where) : "", more.warnings > 0 ? moreFindings(more.warnings, "warning", where) : ""].filter(Boolean);
  return (
    <>
      <h3>
        {group.section.label} ({formatFindingCounts(group)})
      </h3>
      <ul>
        {shown.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <strong>{issue.severity === "error" ? "Error" : "Warning"}</strong>
            {issue.path !== "" && ` in ${describeField(issue.path, input)}`}: {issue.message}
          </li>
        ))}
      </ul>
      {left.length > 0 && <p>{capitalized(left.join("; "))}.</p>}
    </>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
