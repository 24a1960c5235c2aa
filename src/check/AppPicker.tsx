// Choosing the app to check: apps with a Trend Micro EUC identifier first, any enterprise app by
// the start of its name, or (from a support link) the app with the link's region identifier.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useKeyedState } from '../ui/use-keyed-state';
import type { GraphApi } from '../graph/client';
import { appForRegion, listTrendMicroApps, searchAppsByName, type CheckableApp } from '../graph/check-setup';
import { GraphOperationError } from '../graph/retry';
import { startAttemptByClick } from '../auth/interaction-guard';
import { explainError } from '../graph/explain-failure';
import type { TFunction } from 'i18next';
import { StepFrame } from '../ui/StepFrame';
import { checkStore, type CheckJournal } from './check-store';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '../ui/people/use-principal-search';

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

type Loaded = { state: 'loading' } | { state: 'done'; apps: CheckableApp[] } | { state: 'error'; message: unknown };
const LOADING: Loaded = { state: 'loading' };

/** Graph's own words and what to do, in the admin's language. */
export function describeReadFailure(t: TFunction, error: unknown): string {
  if (!(error instanceof GraphOperationError)) return error instanceof Error ? error.message : String(error);
  const { message, adviceKey } = explainError(error);
  return `${message} ${t(`graph.advice.${adviceKey}`)}`;
}

function AppList({ apps, label }: { apps: CheckableApp[]; label: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.list} aria-label={label}>
      {apps.map((app) => (
        <li key={app.applicationId} className={styles.item}>
          <span className={styles.name}>
            <Text weight="semibold" as="span">
              <bdi translate="no">{app.displayName}</bdi>
            </Text>
            <br />
            <Text size={200} as="span" id={`app-${app.applicationId}-kind`}>
              {app.eucRegion ? t('check.ui.regionOfApp', { region: t(`region.regions.${app.eucRegion}`) }) : t('check.ui.notTrendMicro')}
            </Text>
          </span>
          <Button
            appearance={app.eucRegion ? 'primary' : 'secondary'}
            aria-label={t('check.ui.checkAppNamed', { app: app.displayName })}
            aria-describedby={`app-${app.applicationId}-kind`}
            onClick={() => checkStore.pick(app.applicationId)}
          >
            {t('check.ui.checkApp')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function AppPicker({ graph, journal }: { graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [trendMicro, setTrendMicro] = useKeyedState<Loaded>([graph, attempt], LOADING);
  const [text, setText] = useState('');
  const query = text.trim();
  const [search, setSearch] = useKeyedState<Loaded>([graph, query], LOADING);
  const link = journal.link;

  useEffect(() => {
    let current = true;
    const inputs = [graph, attempt];
    listTrendMicroApps(graph).then(
      (apps) => current && setTrendMicro(inputs, { state: 'done', apps }),
      // Kept as the error itself, so its words follow a language switch.
      (error: unknown) => current && setTrendMicro(inputs, { state: 'error', message: error }),
    );
    return () => {
      current = false;
    };
  }, [graph, attempt, setTrendMicro]);

  // A link's `check=1&region=…` is answered from the list: the app with that region's identifier.
  useEffect(() => {
    if (link?.state !== 'lookup' || trendMicro.state === 'loading') return;
    checkStore.linkLookedUp(trendMicro.state === 'done' ? (appForRegion(trendMicro.apps, link.region)?.applicationId ?? null) : null);
  }, [link?.state, link?.region, trendMicro]);

  useEffect(() => {
    if (query === '') return;
    let current = true;
    const inputs = [graph, query];
    const timer = setTimeout(() => {
      searchAppsByName(graph, query).then(
        (apps) => current && setSearch(inputs, { state: 'done', apps }),
        (error: unknown) => current && setSearch(inputs, { state: 'error', message: error }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [graph, query, setSearch]);

  if (link?.state === 'lookup') {
    return (
      <StepFrame title={t('check.ui.pickTitle')} footer={<span />}>
        <Spinner label={t('check.ui.linkLookingUp', { region: t(`region.regions.${link.region}`) })} />
      </StepFrame>
    );
  }

  return (
    <StepFrame title={t('check.ui.pickTitle')} intro={t('check.ui.pickIntro')} footer={<span />}>
      {link?.state === 'missing' && (
        <MessageBar intent="warning" layout="multiline" data-testid="link-no-app">
          <MessageBarBody>{t('check.ui.linkNoApp', { region: t(`region.regions.${link.region}`) })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('check.ui.searchLabel')} hint={t('check.ui.searchHint')}>
        <Input type="search" value={text} onChange={(_, data) => setText(data.value)} autoComplete="off" spellCheck={false} />
      </Field>
      <div aria-live="polite" className={styles.section}>
        {query !== '' ? (
          search.state === 'loading' ? (
            <Spinner size="tiny" labelPosition="after" label={t('check.ui.searching')} />
          ) : search.state === 'error' ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
                {describeReadFailure(t, search.message)}
              </MessageBarBody>
            </MessageBar>
          ) : search.apps.length === 0 ? (
            <Text>{t('check.ui.noSearchResults', { text: query })}</Text>
          ) : (
            <AppList apps={search.apps} label={t('check.ui.searchResults', { text: query })} />
          )
        ) : trendMicro.state === 'loading' ? (
          <Spinner size="tiny" labelPosition="after" label={t('check.ui.loadingApps')} />
        ) : trendMicro.state === 'error' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
              {describeReadFailure(t, trendMicro.message)}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                onClick={() => {
                  startAttemptByClick();
                  setAttempt((n) => n + 1);
                }}
              >
                {t('check.ui.tryAgain')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : trendMicro.apps.length === 0 ? (
          <Text>{t('check.ui.noTrendMicroApps')}</Text>
        ) : (
          <section className={styles.section} aria-labelledby="trend-micro-apps">
            <Text as="h2" weight="semibold" size={400} id="trend-micro-apps">
              {t('check.ui.trendMicroApps')}
            </Text>
            <AppList apps={trendMicro.apps} label={t('check.ui.trendMicroApps')} />
          </section>
        )}
      </div>
    </StepFrame>
  );
}
