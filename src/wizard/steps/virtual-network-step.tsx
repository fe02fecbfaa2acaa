import Stack from "@mui/material/Stack";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod/mini";
import { virtualNetworkSchema } from "../../planning/plan-input-schema";
import type { Plan } from "../../planning/plan";
import { poolNeed, poolsOf, type PoolId } from "../../planning/pools";
import { usePlanStore } from "../../state/plan-store";
import { usePlan } from "../../state/use-plan";
import { planFigure } from "../../review/format";
import { DnsServersField } from "../fields/dns-servers-field";
import { FormTextField } from "../fields/form-text-field";
import { RangeFields } from "../fields/range-fields";
import { HELP } from "../help-text";
import { StepFrame } from "../step-frame";
import { PlaceOnMapPanel } from "../place-on-map";
import { SuggestRangesPanel } from "../suggest-ranges";
import { useStepForm } from "../use-step-form";

const schema = z.object({ vnet: virtualNetworkSchema });

function poolHelp(id: PoolId, isStatic: boolean): string {
  if (id === "nodePool") return HELP.k8sNodePool;
  if (id === "dhcpScope") return HELP.dhcpScope;
  return isStatic ? HELP.vipPool : HELP.vipPoolDhcp;
}
/** What the plan needs of the pool, from its split: known before the admin types a range. */
function needText(plan: Plan, id: PoolId): string {
  const count = poolNeed(plan.split, id);
  const figure = planFigure(plan, count);
  if (id === "dhcpScope") return `Must keep at least ${figure} free ${count === 1 ? "lease" : "leases"} for this plan's nodes, load balancer VMs and update operations.`;
  const noun = count === 1 ? "address" : "addresses";
  return id === "vipPool" ? `Needs ${figure} ${noun} for this plan's API servers and services.` : `Needs ${figure} ${noun} for this plan's nodes, load balancer VMs and update operations.`;
}

type Values = z.infer<typeof schema>;
const resolver = zodResolver(schema);

function stored(): Values {
  return { vnet: usePlanStore.getState().input.vnet };
}

function push(values: Values): void {
  usePlanStore.getState().updateVirtualNetwork(values.vnet);
}

/** The New-AksHciNetworkSetting parameters, with the pools of the chosen model. */
export function VirtualNetworkStep() {
  const plan = usePlan();
  const model = plan.model;
  const { form, frame } = useStepForm({ step: "virtual-network", schema, resolver, stored, push });
  const isStatic = model === "static";
  return (
    <StepFrame
      {...frame}
      intro={
        isStatic
          ? "Static IP model: the subnet, its gateway and DNS servers, and two continuous pools inside it, the Kubernetes node VM pool and the virtual IP pool. Each pool says what the clusters and services you entered need of it."
          : "DHCP model: the DHCP server gives the nodes their addresses; you still reserve a virtual IP pool in the same subnet, excluded from the DHCP scope. Each range says what the clusters and services you entered need of it."
      }
    >
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormTextField control={form.control} name="vnet.name" label="Name" help={HELP.name} required />
        <FormTextField control={form.control} name="vnet.vswitchName" label="Virtual switch name" help={HELP.vswitchName} required />
      </Stack>
      <FormTextField
        control={form.control}
        name="vnet.addressPrefix"
        label="Address prefix"
        help={isStatic ? HELP.addressPrefix : HELP.addressPrefixDhcp}
        required
        inputMode="decimal"
      />
      <FormTextField
        control={form.control}
        name="vnet.gateway"
        label="Gateway"
        help={isStatic ? HELP.gateway : `${HELP.gateway} ${HELP.gatewayDhcp}`}
        required={isStatic}
        inputMode="decimal"
      />
      <DnsServersField form={form} path="vnet.dnsServers" help={isStatic ? HELP.dnsServers : `${HELP.dnsServers} ${HELP.dnsServersDhcp}`} required={isStatic} />
      {poolsOf(model).map((spec) => (
        <RangeFields
          key={spec.id}
          control={form.control}
          legend={spec.label}
          start={`vnet.${spec.startField}`}
          end={`vnet.${spec.endField}`}
          help={poolHelp(spec.id, isStatic)}
          need={needText(plan, spec.id)}
        />
      ))}
      <SuggestRangesPanel form={form} />
      <PlaceOnMapPanel form={form} />
      <FormTextField control={form.control} name="vnet.vlanId" label="vLAN ID" help={HELP.vlanId} inputMode="numeric" />
    </StepFrame>
  );
}
