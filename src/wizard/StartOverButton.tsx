// "Start over" asks first: it discards every answer and the record of the last apply in this tab,
// which is what the summary is built from. The directory keeps everything: a re-run finds the app.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { wizardStore, type WizardJournal } from './wizard-store';

/** What the journal holds that Start over would discard, as the admin knows it. */
function discarded(journal: WizardJournal): ('answers' | 'applyRecord')[] {
  const answered = Object.keys(journal.answers).length > 0 || Object.keys(journal.drafts).length > 0;
  return [...(answered ? (['answers'] as const) : []), ...(journal.apply ? (['applyRecord'] as const) : [])];
}

export function StartOverButton({ journal }: { journal: WizardJournal }) {
  const { t } = useTranslation();
  const { appName, cmpId } = journal.answers;
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('wizard.startOver.button')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('wizard.startOver.title')}</DialogTitle>
          <DialogContent>
            <Text as="p">{t('wizard.startOver.intro')}</Text>
            <ul data-testid="start-over-discards">
              {discarded(journal).map((what) => (
                <li key={what}>
                  {what === 'answers' && appName !== undefined && cmpId !== undefined
                    ? t('wizard.startOver.answersNamed', { appName, cmpId })
                    : t(`wizard.startOver.${what}`)}
                </li>
              ))}
            </ul>
            <Text as="p">{t('wizard.startOver.directoryKept')}</Text>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('wizard.startOver.cancel')}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={() => wizardStore.reset()}>
              {t('wizard.startOver.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
