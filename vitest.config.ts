import { defineConfig } from 'vitest/config';

// Two projects (docs/decisions/025-component-tests.md): the Node tests (`*.test.ts`: pure code, the
// demo tenant, Graph) stay in Node and fast; the component tests (`*.test.tsx`) get a DOM
// (happy-dom, decision 018), jest-dom's matchers, the English catalogue and Graph answered by the
// demo tenant through MSW (src/testing/component-setup.ts).
export default defineConfig({
  test: {
    // Worker threads instead of child processes: each test file still gets a fresh module graph,
    // without a process per file. The whole run took 71.8 s instead of 88.4 s on the 2-core machine
    // (docs/decisions/027-e2e-speed.md).
    pool: 'threads',
    // happy-dom rejects an animation's `finished` promise when the animation is cancelled, and
    // nothing handles it: Fluent's motion listens to onfinish/oncancel instead (a Dialog unmounted
    // while it animates). Chromium reports no such rejection (checked: an animation cancelled with
    // its `finished` unhandled raised no unhandledrejection event and logged nothing), so it is
    // happy-dom's alone and is let pass; any other unhandled error still fails the run.
    onUnhandledError: (error) => !(error.name === 'AbortError' && error.message === 'The animation was canceled.'),
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/testing/component-setup.ts'],
          // Typing and re-rendering Fluent's fields takes seconds when the 2-core machine is loaded.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
