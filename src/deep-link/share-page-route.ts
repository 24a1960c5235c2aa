// The share page is `?share=1` on the wizard's own address: it works on any static host (no
// rewrite rules for a path) and is reachable without signing in.
const SHARE_PAGE_PARAMETER = 'share';

export function isSharePage(search: string): boolean {
  return new URLSearchParams(search).get(SHARE_PAGE_PARAMETER) === '1';
}

/** The wizard's own address with no query or fragment: the base of every link it builds. */
export function wizardBaseUrl(location: Pick<Location, 'origin'>, baseUrl: string): string {
  return new URL(baseUrl, location.origin).href;
}

export function sharePageUrl(baseUrl: string): string {
  return `${baseUrl}?${SHARE_PAGE_PARAMETER}=1`;
}
