import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { shownStep, useJournal, reachable, wizardStore, type StepId } from '../wizard/wizard-store';
import { useStepInHistory } from '../wizard/step-history';
import type { StepProps } from '../wizard/step-props';
import { NameStep } from '../steps/name/NameStep';
import { PeopleStep } from '../steps/people/PeopleStep';
import { RegionStep } from '../steps/region/RegionStep';
import { ClaimsStep } from '../steps/claims/ClaimsStep';
import { CertificateStep } from '../steps/certificate/CertificateStep';
import { ReviewStep } from '../steps/review/ReviewStep';
import { ApplyStep } from '../steps/apply/ApplyStep';
import { SummaryStep } from '../steps/summary/SummaryStep';
import { WizardPresetNotice } from '../deep-link/PresetNotice';

interface StepDefinition {
  id: StepId;
  Component: ComponentType<StepProps>;
}

/** In order; each step's label is `wizard.steps.<id>` in the catalogues. */
const STEPS: readonly StepDefinition[] = [
  { id: 'name', Component: NameStep },
  { id: 'people', Component: PeopleStep },
  { id: 'region', Component: RegionStep },
  { id: 'claims', Component: ClaimsStep },
  { id: 'certificate', Component: CertificateStep },
  { id: 'review', Component: ReviewStep },
  { id: 'apply', Component: ApplyStep },
  { id: 'summary', Component: SummaryStep },
];

const useStyles = makeStyles({
  layout: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start', flexWrap: 'wrap' },
  nav: { flex: '0 0 220px', minWidth: 0, '@media (max-width: 720px)': { flex: '1 1 100%' } },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    // Narrow screens: the steps sit above the content, two or more to a row.
    '@media (max-width: 720px)': { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' },
  },
  content: {
    flex: '1 1 480px',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXL,
    boxShadow: tokens.shadow4,
  },
  stepButton: { justifyContent: 'flex-start', width: '100%', minWidth: 0, textAlign: 'start' },
});

export default function Wizard({ session, graph }: { session: AdminSession; graph: GraphApi }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const journal = useJournal();
  const heading = useRef<HTMLDivElement>(null);
  const step = shownStep(journal.step, journal);
  const current = STEPS.find((s) => s.id === step) ?? STEPS[0]!;
  const firstRender = useRef(true);
  useStepInHistory(step);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // On every step change, focus moves to the new step's heading (screen readers announce it).
    heading.current?.querySelector<HTMLElement>('h1, h2')?.focus();
  }, [step]);

  const Component = current.Component;
  return (
    <div className={styles.layout}>
      <nav className={styles.nav} aria-label={t('wizard.stepsLabel')}>
        <ol className={styles.list}>
          {STEPS.map((s, index) => {
            const isCurrent = s.id === step;
            return (
              <li key={s.id}>
                <Button
                  appearance={isCurrent ? 'primary' : 'subtle'}
                  className={styles.stepButton}
                  aria-current={isCurrent ? 'step' : undefined}
                  disabled={!isCurrent && !reachable(s.id, journal)}
                  onClick={() => wizardStore.goTo(s.id)}
                >
                  {t('wizard.stepButton', { number: index + 1, label: t(`wizard.steps.${s.id}`) })}
                </Button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className={styles.content} ref={heading} aria-live="off">
        <WizardPresetNotice session={session} graph={graph} />
        <Component session={session} graph={graph} journal={journal} goTo={(s) => wizardStore.goTo(s)} />
      </section>
    </div>
  );
}
