// The page's frame, shared by the wizard's shell and the share page: plain CSS (shell.css), not
// makeStyles, because it renders on the first screen (docs/decisions/007-performance.md).
import './shell.css';

const shellClasses = { page: 'shell-page', banner: 'shell-banner', main: 'shell-main' } as const;

export function useShellStyles(): typeof shellClasses {
  return shellClasses;
}
