/**
 * Generates the service worker again after prerendering (the last step of `npm run build`). `vite build` generates
 * it from the client build, when `dist/index.html` is still the bare shell; prerendering then writes the library
 * page there, so the precache's revision of `index.html` would describe the shell and a new deployment whose only
 * change is a prerendered page would not be picked up. This runs vite-plugin-pwa's own generator (its API for
 * frameworks that prerender after the build), with the configuration in `vite.config.ts`.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig, type Plugin } from 'vite';

async function main() {
  const config = await resolveConfig(
    { configFile: 'vite.config.ts', logLevel: 'warn' },
    'build',
    'production',
  );
  // vite-plugin-pwa's API (`VitePluginPWAAPI`), the part used here.
  const plugin = config.plugins.find((p: Plugin) => p.name === 'vite-plugin-pwa') as
    { api?: { generateSW: () => Promise<void> } } | undefined;
  if (!plugin?.api) throw new Error('vite.config.ts has no vite-plugin-pwa plugin');
  await plugin.api.generateSW();
  // The Workbox runtime of the first generation, if its name differs, is referenced by nothing now.
  const dist = resolve(import.meta.dirname, '../dist');
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  for (const file of readdirSync(dist))
    if (/^workbox-[\w-]+\.js(\.map)?$/.test(file) && !worker.includes(file.replace(/\.js(\.map)?$/, '')))
      rmSync(join(dist, file));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
