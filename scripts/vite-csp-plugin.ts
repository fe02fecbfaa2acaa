import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

/**
 * Adds a Content-Security-Policy meta tag to the built page: no eval, no remote origins.
 * Emotion (MUI) writes <style> elements at run time, hence 'unsafe-inline' for styles only.
 * Inline scripts are allowed by their SHA-256 hash: the page's first-screen guard, and in the
 * offline single file its whole script, hashed after vite-plugin-singlefile has inlined it.
 */
const basePolicy = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

function metaTag(policy: string[]): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.join("; ")}" />`;
}

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? "")
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}

function injectMeta(html: string, tag: string): string {
  return html.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${tag}`);
}

export function contentSecurityPolicy(options: { offlineFile?: string } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: "content-security-policy",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (options.offlineFile) return html;
        // The head's first-screen guard is inline (scripts/vite-prerender-plugin.ts): allowed by its hash.
        return injectMeta(html, metaTag([...basePolicy, ["script-src 'self'", ...inlineScriptHashes(html)].join(" "), "connect-src 'self'"]));
      },
    },
    closeBundle() {
      if (!options.offlineFile) return;
      const file = resolve(config.root, config.build.outDir, options.offlineFile);
      const html = readFileSync(file, "utf8");
      const scripts = inlineScriptHashes(html);
      writeFileSync(file, injectMeta(html, metaTag([...basePolicy, `script-src ${scripts.join(" ")}`, "connect-src 'none'"])));
    },
  };
}
