// MSAL v5's redirect bridge: the authority redirects here; this hands the response back to the
// page that started sign-in (or navigates to it, for the redirect flow). Kept tiny on purpose.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  const text = document.createElement('p');
  text.textContent = `Sign-in could not be completed: ${error instanceof Error ? error.message : String(error)}`;
  document.body.append(text);
});
