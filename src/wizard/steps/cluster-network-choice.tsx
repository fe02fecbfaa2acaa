import { useEffect, useMemo } from "react";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type UseFormReturn } from "react-hook-form";
import { useShallow } from "zustand/react/shallow";
import { z } from "zod/mini";
import { suggestName, VNET_NAME_RULE } from "../../planning/checks-names";
import { clusterNetworksOf, emptyVirtualNetwork, virtualNetworkSchema, type VirtualNetworkInput } from "../../planning/plan-input-schema";
import { poolsOf } from "../../planning/pools";
import { usePlanStore } from "../../state/plan-store";
import { DnsServersField } from "../fields/dns-servers-field";
import { FieldHelperText } from "../fields/field-helper-text";
import { FormTextField } from "../fields/form-text-field";
import { RangeFields } from "../fields/range-fields";
import { useFieldFeedback } from "../fields/use-field-feedback";
import { HELP } from "../help-text";
import type { ClustersValues } from "./cluster-card";

/**
 * Which virtual network a workload cluster is on (issue 10): the AKS host's, an own virtual network
 * whose fields show in place on the first cluster that names it, or the same as another cluster's.
 * A cluster network lives in the plan's `clusterNetworks`; the cluster names it in `network`.
 */

const HOST = "host";
const OWN = "own";

/** The store's view a cluster's choice needs: the networks' names and who is on them. */
interface Placement {
  names: readonly string[];
  /** The cluster network this cluster names (its index), or -1 for the AKS host's. */
  mine: number;
  /** The first cluster on that network: it holds the network's fields. */
  owner: number;
}

function usePlacement(index: number): Placement {
  const [mine, owner, ...names] = usePlanStore(
    useShallow((state) => {
      const networks = clusterNetworksOf(state.input);
      const name = state.input.clusters[index]?.network ?? "";
      const at = name === "" ? -1 : networks.findIndex((network) => network.name === name);
      const first = at === -1 ? -1 : state.input.clusters.findIndex((cluster) => cluster.network === name);
      return [at, first, ...networks.map((network) => network.name)];
    }),
  ) as [number, number, ...string[]];
  return { names, mine, owner };
}

/** A network as the choice names it: its name, or its position while it has none. */
function shownName(name: string, index: number): string {
  return name.trim() === "" ? String(index + 1) : name;
}

/** "clusterbvnet", or "clusterbvnet2" when that is taken: the cmdlet's rule, unique in the plan. */
function freshName(clusterName: string, index: number): string {
  const { input } = usePlanStore.getState();
  const taken = new Set([input.vnet.name, ...clusterNetworksOf(input).map((network) => network.name)]);
  const stem = suggestName(`${clusterName}vnet`, VNET_NAME_RULE, `cluster${index + 1}vnet`);
  let name = stem;
  for (let suffix = 2; taken.has(name); suffix++) name = `${stem}${suffix}`;
  return name;
}

/** A network no cluster is on any more would only be created for nothing: it goes with its last cluster. */
function withoutUnused(networks: VirtualNetworkInput[], form: UseFormReturn<ClustersValues>, name: string): VirtualNetworkInput[] {
  if (name === "" || form.getValues("clusters").some((cluster) => cluster.network === name)) return networks;
  return networks.filter((network) => network.name !== name);
}

/** After a cluster is removed: its network goes too when no other cluster is on it. */
export function dropNetworkOfRemoved(form: UseFormReturn<ClustersValues>, name: string): void {
  const store = usePlanStore.getState();
  const networks = clusterNetworksOf(store.input);
  const kept = withoutUnused(networks.slice(), form, name);
  if (kept.length !== networks.length) store.setClusterNetworks(kept);
}

export interface ClusterNetworkChoiceProps {
  form: UseFormReturn<ClustersValues>;
  index: number;
}

export function ClusterNetworkChoice({ form, index }: ClusterNetworkChoiceProps) {
  const { names, mine, owner } = usePlacement(index);
  const revision = usePlanStore((state) => state.revision);
  const path = `clusters.${index}.network` as const;
  const feedback = useFieldFeedback(path, undefined);
  const owns = mine !== -1 && owner === index;
  const value = mine === -1 ? HOST : String(mine);
  const options = [
    { value: HOST, label: "The AKS host's network" },
    ...(owns ? [] : [{ value: OWN, label: "Own virtual network" }]),
    ...names.map((name, at) => ({ value: String(at), label: at === mine && owns ? `Own virtual network (${shownName(name, at)})` : `Same as network ${shownName(name, at)}` })),
  ];

  const choose = (choice: string) => {
    const before = form.getValues(path) ?? "";
    const store = usePlanStore.getState();
    const networks = clusterNetworksOf(store.input).slice();
    let next = "";
    if (choice === OWN) {
      next = freshName(form.getValues(`clusters.${index}.name`), index);
      networks.push({ ...emptyVirtualNetwork(), name: next, vswitchName: store.input.vnet.vswitchName });
    } else if (choice !== HOST) {
      next = networks[Number(choice)]?.name ?? "";
    }
    form.setValue(path, next, { shouldDirty: true });
    store.setClusterNetworks(withoutUnused(networks, form, before));
  };

  return (
    <Stack spacing={2}>
      <TextField
        select
        label="Virtual network"
        value={value}
        onChange={(event) => choose(event.target.value)}
        onBlur={feedback.markTouched}
        error={feedback.invalid}
        helperText={<FieldHelperText messages={feedback.messages} help={HELP.clusterNetwork} />}
        slotProps={{ select: { native: true }, htmlInput: { "aria-invalid": feedback.invalid, "data-field-path": path } }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
      {owns && <ClusterNetworkFields key={`${mine}-${revision}`} clustersForm={form} networkIndex={mine} />}
      {mine !== -1 && !owns && (
        <Typography variant="body2" sx={{ color: "text.secondary" }}>
          The fields of network {shownName(names[mine] ?? "", mine)} are on workload cluster {owner + 1}.
        </Typography>
      )}
    </Stack>
  );
}

type NetworkValues = { clusterNetworks: VirtualNetworkInput[] };

/**
 * Hands each change of the network's fields to the store as it happens, as the steps' forms do
 * (use-sync-to-store); a new name goes to every cluster that named the old one. An emptied name
 * keeps the last one in the store while it is retyped: clusters name their network, and a cluster
 * naming nothing is on the AKS host's network, which would take the fields away mid-word.
 */
function useNetworkToStore(form: UseFormReturn<NetworkValues>, clustersForm: UseFormReturn<ClustersValues>, networkIndex: number): void {
  useEffect(() => {
    const subscription = form.watch(() => {
      // The parsed copy, never the form's own object: the form changes that one in place as the admin types.
      const parsed = virtualNetworkSchema.safeParse(form.getValues(`clusterNetworks.${networkIndex}`));
      if (!parsed.success) return;
      const typed = parsed.data;
      const store = usePlanStore.getState();
      const before = clusterNetworksOf(store.input)[networkIndex]?.name;
      const network = typed.name.trim() === "" && before !== undefined ? { ...typed, name: before } : typed;
      store.updateClusterNetwork(networkIndex, network);
      if (before === undefined || before === network.name) return;
      // The clusters' form keeps its own values: it learns the new name too, or its next change would undo it.
      clustersForm.getValues("clusters").forEach((cluster, at) => {
        if (cluster.network === before) clustersForm.setValue(`clusters.${at}.network`, network.name, { shouldDirty: true });
      });
    });
    return () => subscription.unsubscribe();
  }, [form, clustersForm, networkIndex]);
}
const networksSchema = z.object({ clusterNetworks: z.array(virtualNetworkSchema) });

/**
 * The New-AksHciClusterNetwork fields of one cluster network, named by their plan paths
 * ("clusterNetworks.0.gateway") so the planner's findings show under them. Renaming the network
 * renames it on every cluster that names it.
 */
function ClusterNetworkFields({ clustersForm, networkIndex }: { clustersForm: UseFormReturn<ClustersValues>; networkIndex: number }) {
  const model = usePlanStore((state) => state.input.model);
  const defaultValues = useMemo(() => ({ clusterNetworks: clusterNetworksOf(usePlanStore.getState().input).slice() }), []);
  const form = useForm<NetworkValues>({ defaultValues, resolver: zodResolver(networksSchema), mode: "onChange" });
  const base = `clusterNetworks.${networkIndex}` as const;
  useNetworkToStore(form, clustersForm, networkIndex);

  const isStatic = model === "static";
  return (
    <Stack spacing={2} role="group" aria-label={`Cluster network ${networkIndex + 1}`} sx={{ pl: 2, borderLeft: 2, borderColor: "divider" }}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormTextField control={form.control} name={`${base}.name`} label="Network name" help={HELP.clusterNetworkName} required />
        <FormTextField control={form.control} name={`${base}.vswitchName`} label="Network virtual switch" help={HELP.vswitchName} required />
      </Stack>
      <FormTextField
        control={form.control}
        name={`${base}.addressPrefix`}
        label="Network address prefix"
        help={isStatic ? HELP.addressPrefix : HELP.addressPrefixDhcp}
        placeholder="10.0.1.0/24"
        required={isStatic}
        inputMode="decimal"
      />
      <FormTextField control={form.control} name={`${base}.gateway`} label="Network gateway" help={HELP.gateway} placeholder="10.0.1.1" required={isStatic} inputMode="decimal" />
      <DnsServersField form={form} path={`${base}.dnsServers`} help={HELP.dnsServers} required={isStatic} />
      {poolsOf(model).map((spec) => (
        <RangeFields
          key={spec.id}
          control={form.control}
          legend={spec.label}
          start={`${base}.${spec.startField}`}
          end={`${base}.${spec.endField}`}
          help={spec.id === "nodePool" ? HELP.k8sNodePool : spec.id === "dhcpScope" ? HELP.dhcpScope : isStatic ? HELP.vipPool : HELP.vipPoolDhcp}
        />
      ))}
      <FormTextField control={form.control} name={`${base}.vlanId`} label="Network vLAN ID" help={HELP.clusterNetworkVlan} inputMode="numeric" />
    </Stack>
  );
}
