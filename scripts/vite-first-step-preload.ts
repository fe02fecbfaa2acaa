import type { HtmlTagDescriptor, Plugin, Rollup } from "vite";

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The step a new visitor opens on: WIZARD_STEPS[0] in src/wizard/steps-table.ts. */
const FIRST_STEP_MODULE = "src/wizard/steps/network-model-step.tsx";

function chunkOf(bundle: OutputBundle, moduleSuffix: string): OutputChunk | undefined {
  return Object.values(bundle).find((item): item is OutputChunk => item.type === "chunk" && (item.facadeModuleId ?? "").endsWith(moduleSuffix));
}

/** The chunk and every chunk it imports statically, the entry (already a script tag) left out. */
function chunksToPreload(bundle: OutputBundle, first: OutputChunk): string[] {
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (chunk.isEntry || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === "chunk") visit(imported);
    }
  };
  visit(first);
  return [...files];
}

/**
 * Lists the opening step's chunks as <link rel="modulepreload"> in the page itself, so the entry no
 * longer creates those links while it runs: profiled, Vite's preload helper spent about 36 ms of the
 * first load at 4x CPU appending them. On the prerendered page the list moves into the guard, which
 * adds the links as the app starts (scripts/vite-prerender-plugin.ts).
 */
export function firstStepPreload(): Plugin {
  return {
    name: "first-step-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context): HtmlTagDescriptor[] {
        const first = context.bundle && chunkOf(context.bundle, FIRST_STEP_MODULE);
        if (!context.bundle || !first) return [];
        return chunksToPreload(context.bundle, first).map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
          injectTo: "head",
        }));
      },
    },
  };
}
