// Choosing the app to check: apps with a Trend Micro EUC identifier first, any enterprise app by
// the start of its name, or (from a support link) the app with the link's region identifier.
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { GraphApi } from '../graph/client';
import { findAppForRegion, listTrendMicroApps, searchAppsByName, type CheckableApp } from '../graph/check-setup';
import { GraphOperationError } from '../graph/retry';
import { explainFailure } from '../graph/explain-failure';
import { regionInfo } from '../setup/regions';
import { StepFrame } from '../app/StepFrame';
import { checkStore, type CheckJournal } from './check-store';
import { checkMessages as m } from './check-messages';

const SEARCH_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  name: { flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Loaded = { state: 'loading' } | { state: 'done'; apps: CheckableApp[] } | { state: 'error'; message: string };

function describe(error: unknown): string {
  if (error instanceof GraphOperationError) {
    const { message, advice } = explainFailure(error.failure, error.exhausted);
    return `${message} ${advice}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function AppList({ apps, label }: { apps: CheckableApp[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {apps.map((app) => (
        <li key={app.applicationId} className={styles.item}>
          <span className={styles.name}>
            <Text weight="semibold" as="span">
              <bdi>{app.displayName}</bdi>
            </Text>
            <br />
            <Text size={200} as="span" id={`app-${app.applicationId}-kind`}>
              {app.eucRegion ? m.regionOfApp({ region: regionInfo(app.eucRegion).label }) : m.notTrendMicro()}
            </Text>
          </span>
          <Button
            appearance={app.eucRegion ? 'primary' : 'secondary'}
            aria-label={`${m.checkApp()} ${app.displayName}`}
            aria-describedby={`app-${app.applicationId}-kind`}
            onClick={() => checkStore.pick(app.applicationId)}
          >
            {m.checkApp()}
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function AppPicker({ graph, journal }: { graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const [trendMicro, setTrendMicro] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Loaded & { text?: string }>({ state: 'done', apps: [] });
  const link = journal.link;

  useEffect(() => {
    if (link?.state !== 'lookup') return;
    let current = true;
    findAppForRegion(graph, link.region).then(
      (app) => current && checkStore.linkLookedUp(app?.applicationId ?? null),
      () => current && checkStore.linkLookedUp(null),
    );
    return () => {
      current = false;
    };
  }, [graph, link?.state, link?.region]);

  useEffect(() => {
    let current = true;
    setTrendMicro({ state: 'loading' });
    listTrendMicroApps(graph).then(
      (apps) => current && setTrendMicro({ state: 'done', apps }),
      (error: unknown) => current && setTrendMicro({ state: 'error', message: describe(error) }),
    );
    return () => {
      current = false;
    };
  }, [graph, attempt]);

  const query = text.trim();
  useEffect(() => {
    if (query === '') return;
    let current = true;
    setSearch({ state: 'loading', text: query });
    const timer = setTimeout(() => {
      searchAppsByName(graph, query).then(
        (apps) => current && setSearch({ state: 'done', apps, text: query }),
        (error: unknown) => current && setSearch({ state: 'error', message: describe(error), text: query }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [graph, query]);

  if (link?.state === 'lookup') {
    return (
      <StepFrame title={m.pickTitle()} footer={<span />}>
        <Spinner label={m.linkLookingUp({ region: regionInfo(link.region).label })} />
      </StepFrame>
    );
  }

  return (
    <StepFrame title={m.pickTitle()} intro={m.pickIntro()} footer={<span />}>
      {link?.state === 'missing' && (
        <MessageBar intent="warning" layout="multiline" data-testid="link-no-app">
          <MessageBarBody>{m.linkNoApp({ region: regionInfo(link.region).label })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={m.searchLabel()} hint={m.searchHint()}>
        <Input type="search" value={text} onChange={(_, data) => setText(data.value)} autoComplete="off" spellCheck={false} />
      </Field>
      <div aria-live="polite" className={styles.section}>
        {query !== '' ? (
          search.state === 'loading' ? (
            <Spinner size="tiny" labelPosition="after" label={m.searching()} />
          ) : search.state === 'error' ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{m.readFailed()}</MessageBarTitle>
                {search.message}
              </MessageBarBody>
            </MessageBar>
          ) : search.apps.length === 0 ? (
            <Text>{m.noSearchResults({ text: query })}</Text>
          ) : (
            <AppList apps={search.apps} label={m.searchResults({ text: query })} />
          )
        ) : trendMicro.state === 'loading' ? (
          <Spinner size="tiny" labelPosition="after" label={m.loadingApps()} />
        ) : trendMicro.state === 'error' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{m.readFailed()}</MessageBarTitle>
              {trendMicro.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setAttempt((n) => n + 1)}>{m.tryAgain()}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : trendMicro.apps.length === 0 ? (
          <Text>{m.noTrendMicroApps()}</Text>
        ) : (
          <section className={styles.section} aria-labelledby="trend-micro-apps">
            <Text as="h2" weight="semibold" size={400} id="trend-micro-apps">
              {m.trendMicroApps()}
            </Text>
            <AppList apps={trendMicro.apps} label={m.trendMicroApps()} />
          </section>
        )}
      </div>
    </StepFrame>
  );
}
