// What the measuring scripts (bench.mjs, effort.mjs) share: their command-line options and a
// `vite preview` of a build that is known to be this build's.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

export async function preview(dir, previewPort) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(previewPort), '--strictPort', '--outDir', dir], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${previewPort}/`;
  const indexHtml = readFileSync(join(dir, 'index.html'), 'utf8');
  for (let i = 0; i < 100; i++) {
    // --strictPort: a server of someone else's on that port makes ours exit, not answer for it.
    if (server.exitCode !== null) throw new Error(`vite preview could not start on ${url} (port taken? use --port)`);
    try {
      // Served from this build (not another server that holds the port): the same index.html.
      if ((await (await fetch(url)).text()) === indexHtml) return { url, stop: () => process.kill(-server.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid, 'SIGTERM');
  throw new Error(`vite preview did not start on ${url}`);
}
