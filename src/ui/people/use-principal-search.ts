// Type-ahead over Graph: debounced, one search in flight, and an answer only counts if it is the
// answer to the latest text (a slow reply for "ad" must not overwrite the one for "ade").
import { useEffect, useRef, useState } from 'react';
import type { GraphApi } from '../../graph/client';
import { graphWords, PrincipalSearchError, searchPrincipals, type PrincipalSearchProblem } from '../../graph/search-principals';
import type { ChosenPrincipal } from '../../setup/types';

export const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_MIN_LENGTH = 1;

export type PrincipalSearch =
  | { state: 'idle' }
  | { state: 'searching'; text: string; previous: ChosenPrincipal[] }
  | { state: 'found'; text: string; results: ChosenPrincipal[] }
  /** `reason`: what Graph or the browser said, in their words (shown inside the translated message). */
  | { state: 'failed'; text: string; problem: PrincipalSearchProblem; reason: string };

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type Answer = Extract<PrincipalSearch, { state: 'found' | 'failed' }>;
const IDLE: PrincipalSearch = { state: 'idle' };

export function usePrincipalSearch(graph: GraphApi, query: string): PrincipalSearch {
  const text = query.trim();
  // The latest answer, with what it answered: the current text's answer shows; any other text is
  // still searching (derived, not set when the text changes).
  const [answer, setAnswer] = useState<{ graph: GraphApi; answer: Answer } | null>(null);
  const latestRequest = useRef(0);

  useEffect(() => {
    const request = ++latestRequest.current;
    if (text.length < SEARCH_MIN_LENGTH) return;
    const answered = (next: Answer) => {
      if (request === latestRequest.current) setAnswer({ graph, answer: next });
    };
    const inFlight = new AbortController();
    const timer = setTimeout(() => {
      searchPrincipals(graph, text, { signal: inFlight.signal }).then(
        (results) => answered({ state: 'found', text, results }),
        (error: unknown) => {
          if (isAbort(error)) return;
          if (error instanceof PrincipalSearchError) {
            answered({ state: 'failed', text, problem: error.problem, reason: graphWords(error.failure) });
          } else {
            answered({ state: 'failed', text, problem: 'failed', reason: error instanceof Error ? error.message : String(error) });
          }
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      inFlight.abort();
    };
  }, [graph, text]);

  if (text.length < SEARCH_MIN_LENGTH) return IDLE;
  if (answer && answer.graph === graph && answer.answer.text === text) return answer.answer;
  // Earlier results stay on screen while the next ones load, so the list does not flicker per keystroke.
  return { state: 'searching', text, previous: answer?.answer.state === 'found' ? answer.answer.results : [] };
}
