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
import { useKeyedRead } from '../ui/use-keyed-read';
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
  // A failure is kept as the error itself, so its words follow a language switch.
  const trendMicro = useKeyedRead([graph, attempt], () => listTrendMicroApps(graph));
  const [text, setText] = useState('');
  const query = text.trim();
  // While the typed text waits for its search (idle) the spinner shows already.
  const search = useKeyedRead([graph, query], query === '' ? null : () => searchAppsByName(graph, query), { delayMs: SEARCH_DEBOUNCE_MS });
  const link = journal.link;

  // A link's `check=1&region=…` is answered from the list: the app with that region's identifier.
  useEffect(() => {
    if (link?.state !== 'lookup' || trendMicro.state === 'loading' || trendMicro.state === 'idle') return;
    checkStore.linkLookedUp(trendMicro.state === 'done' ? (appForRegion(trendMicro.value, link.region)?.applicationId ?? null) : null);
  }, [link?.state, link?.region, trendMicro]);

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
          search.state === 'loading' || search.state === 'idle' ? (
            <Spinner size="tiny" labelPosition="after" label={t('check.ui.searching')} />
          ) : search.state === 'failed' ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
                {describeReadFailure(t, search.error)}
              </MessageBarBody>
            </MessageBar>
          ) : search.value.length === 0 ? (
            <Text>{t('check.ui.noSearchResults', { text: query })}</Text>
          ) : (
            <AppList apps={search.value} label={t('check.ui.searchResults', { text: query })} />
          )
        ) : trendMicro.state === 'loading' || trendMicro.state === 'idle' ? (
          <Spinner size="tiny" labelPosition="after" label={t('check.ui.loadingApps')} />
        ) : trendMicro.state === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('check.ui.readFailed')}</MessageBarTitle>
              {describeReadFailure(t, trendMicro.error)}
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
        ) : trendMicro.value.length === 0 ? (
          <Text>{t('check.ui.noTrendMicroApps')}</Text>
        ) : (
          <section className={styles.section} aria-labelledby="trend-micro-apps">
            <Text as="h2" weight="semibold" size={400} id="trend-micro-apps">
              {t('check.ui.trendMicroApps')}
            </Text>
            <AppList apps={trendMicro.value} label={t('check.ui.trendMicroApps')} />
          </section>
        )}
      </div>
    </StepFrame>
  );
}
