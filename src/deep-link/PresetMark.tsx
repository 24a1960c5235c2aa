import { Badge } from '@fluentui/react-components';
import { deepLinkUiMessages as m } from './deep-link-messages';

/** Marks a field whose value is the one the link suggested: show it only while the value still is. */
export function PresetMark({ field }: { field: string }) {
  return (
    <Badge appearance="tint" color="informative" shape="rounded" data-testid={`preset-mark-${field}`}>
      {m.presetMark()}
    </Badge>
  );
}
