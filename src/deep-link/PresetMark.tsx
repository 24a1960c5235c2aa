import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Marks a field whose value is the one the link suggested: show it only while the value still is. */
export function PresetMark({ field }: { field: string }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color="informative" shape="rounded" data-testid={`preset-mark-${field}`}>
      {t('deepLink.presetMark')}
    </Badge>
  );
}
