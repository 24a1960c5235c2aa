// The security headers of the built site, in one place: `vite preview` (and so every e2e test)
// serves them, the build writes them to staticwebapp.config.json (Azure Static Web Apps) and puts
// the policy in a <meta> tag too (for hosts that cannot set headers). README "Security" lists them.

const AUTHORITY_ORIGIN = 'https://login.microsoftonline.com';
const GRAPH_ORIGIN = 'https://graph.microsoft.com';

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // No inline script and no eval: every script is a file of this origin.
  'script-src': ["'self'"],
  // Fluent UI (Griffel) inserts its atomic CSS as <style> elements at run time; that needs
  // 'unsafe-inline' for styles only. Script stays strict.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", AUTHORITY_ORIGIN, GRAPH_ORIGIN],
  // MSAL renews tokens silently in a hidden iframe on the authority.
  'frame-src': ["'self'", AUTHORITY_ORIGIN],
  // The demo tenant's service worker (mockServiceWorker.js), same origin.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  return Object.entries(directives)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Frame-Options': 'DENY',
  };
}

/** Azure Static Web Apps: headers for every response, and the SPA's fallback. */
export function staticWebAppConfig() {
  return {
    globalHeaders: securityHeaders(),
    navigationFallback: { rewrite: '/index.html', exclude: ['/assets/*', '/config.json', '/redirect.html', '/mockServiceWorker.js', '/robots.txt'] },
    routes: [{ route: '/config.json', headers: { 'Cache-Control': 'no-store' } }],
    mimeTypes: { '.json': 'application/json' },
  };
}
