// Type-ahead over Graph: debounced, one search in flight, and an answer only counts if it is the
// answer to the latest text (a slow reply for "ad" must not overwrite the one for "ade").
import { useEffect, useRef, useState } from 'react';
import type { GraphApi } from '../../graph/client';
import { graphWords, PrincipalSearchError, searchPrincipals, type PrincipalSearchProblem } from '../../graph/search-principals';
import type { ChosenPrincipal } from '../../setup/types';

export const SEARCH_DEBOUNCE_MS = 300;
export const SEARCH_MIN_LENGTH = 1;

export type PrincipalSearch =
  | { state: 'idle' }
  | { state: 'searching'; text: string; previous: ChosenPrincipal[] }
  | { state: 'found'; text: string; results: ChosenPrincipal[] }
  /** `reason`: what Graph or the browser said, in their words (shown inside the translated message). */
  | { state: 'failed'; text: string; problem: PrincipalSearchProblem; reason: string };

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function usePrincipalSearch(graph: GraphApi, query: string): PrincipalSearch {
  const [search, setSearch] = useState<PrincipalSearch>({ state: 'idle' });
  const latestRequest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    const request = ++latestRequest.current;
    if (text.length < SEARCH_MIN_LENGTH) {
      setSearch({ state: 'idle' });
      return;
    }
    // Earlier results stay on screen while the next ones load, so the list does not flicker per keystroke.
    setSearch((current) => ({
      state: 'searching',
      text,
      previous: current.state === 'found' ? current.results : current.state === 'searching' ? current.previous : [],
    }));
    const inFlight = new AbortController();
    const timer = setTimeout(() => {
      searchPrincipals(graph, text, { signal: inFlight.signal }).then(
        (results) => {
          if (request === latestRequest.current) setSearch({ state: 'found', text, results });
        },
        (error: unknown) => {
          if (isAbort(error) || request !== latestRequest.current) return;
          if (error instanceof PrincipalSearchError) {
            setSearch({ state: 'failed', text, problem: error.problem, reason: graphWords(error.failure) });
          } else {
            setSearch({ state: 'failed', text, problem: 'failed', reason: error instanceof Error ? error.message : String(error) });
          }
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      inFlight.abort();
    };
  }, [graph, query]);

  return search;
}
