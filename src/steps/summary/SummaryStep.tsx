// The wizard's last page: the shared summary (src/ui/summary/SummaryView.tsx) for the answers as
// applied, in the step's frame with "Start over".
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../ui/StepFrame';
import { SummaryView } from '../../ui/summary/SummaryView';
import { StartOverButton } from '../../wizard/StartOverButton';
import type { StepProps } from '../../wizard/step-props';
import { answersSchema } from '../../setup/answers-schema';
import { readReviewDraft } from '../../setup/changes';
import { answersAsApplied } from '../../setup/summary';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export function SummaryStep({ journal, session, graph }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const parsed = answersSchema.safeParse(journal.answers);
  const context = journal.apply?.context;
  if (!parsed.success || !context?.appId || !context.servicePrincipalId) return null;
  return (
    <StepFrame
      title={t('summary.title')}
      intro={t('summary.intro')}
      footer={
        <div className={styles.actions}>
          <StartOverButton journal={journal} />
        </div>
      }
    >
      <SummaryView
        key={context.servicePrincipalId}
        graph={graph}
        tenantId={session.account.tenantId}
        answers={answersAsApplied(parsed.data, journal.apply?.plan.existing ?? null, readReviewDraft(journal.drafts.review).choices)}
        appId={context.appId}
        servicePrincipalId={context.servicePrincipalId}
        issued={context.certificate}
        createdByThisRun={context.createdByThisRun === true}
      />
    </StepFrame>
  );
}
