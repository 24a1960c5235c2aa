import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  TagPickerOptionGroup,
  Text,
  makeStyles,
  tokens,
  type TagPickerProps,
} from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_TYPE_DETAILS, type PrincipalSearchProblem } from '../../graph/search-principals';
import { PEOPLE_PICKER_SCOPES } from '../../setup/scopes';
import type { GraphApi } from '../../graph/client';
import type { ChosenPrincipal } from '../../setup/types';
import { usePrincipalSearch } from './use-principal-search';
import { pasteTrimmed } from '../trimmed-input';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kind: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalXS },
  detail: { overflowWrap: 'anywhere' },
  status: { minHeight: tokens.lineHeightBase300 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

interface PrincipalPickerProps {
  graph: GraphApi;
  /** The chosen principals: the form value. */
  value: ChosenPrincipal[];
  onChange: (principals: ChosenPrincipal[]) => void;
  onBlur: () => void;
  /** Receives the text box, so the form can focus it when the answer is invalid. */
  inputRef: Ref<HTMLInputElement>;
  errorMessage?: string | undefined;
}

/** A group's stored type words (search-principals.ts) in the admin's language; anything else is data. */
function detailText(t: TFunction, principal: ChosenPrincipal): string | undefined {
  if (principal.kind === 'group' && principal.detail === GROUP_TYPE_DETAILS.microsoft365) return t('people.groupType.microsoft365');
  if (principal.kind === 'group' && principal.detail === GROUP_TYPE_DETAILS.security) return t('people.groupType.security');
  return principal.detail;
}

/** The accessible name of an option: display name, kind, then what tells namesakes apart. */
function optionName(t: TFunction, principal: ChosenPrincipal): string {
  const detail = detailText(t, principal);
  const kind = t(`people.kindInName.${principal.kind}`);
  return detail
    ? t('people.optionNameWithDetail', { name: principal.displayName, kind, detail })
    : t('people.optionName', { name: principal.displayName, kind });
}

function searchProblemText(t: TFunction, problem: PrincipalSearchProblem, reason: string): string {
  if (problem === 'throttled') return t('people.searchThrottled');
  if (problem === 'forbidden') return t('people.searchForbidden', { scopes: PEOPLE_PICKER_SCOPES.join(', ') });
  return reason ? t('people.searchError', { reason }) : t('people.searchErrorUnknown');
}

export function PrincipalPicker({ graph, value, onChange, onBlur, inputRef, errorMessage }: PrincipalPickerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [listWanted, setListWanted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const search = usePrincipalSearch(graph, query);

  const chosenIds = new Set(value.map((principal) => principal.id));
  const shown = search.state === 'found' ? search.results : search.state === 'searching' ? search.previous : [];
  const options = shown.filter((principal) => !chosenIds.has(principal.id));
  // The list opens only when it has options; the search's progress and outcome are told below it.
  const open = listWanted && options.length > 0;

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    const known = new Map([...value, ...shown].map((principal) => [principal.id, principal] as const));
    const next = data.selectedOptions.flatMap((id) => known.get(id) ?? []);
    const added = next.find((principal) => !chosenIds.has(principal.id));
    const removed = value.find((principal) => !data.selectedOptions.includes(principal.id));
    onChange(next);
    if (added) {
      setQuery('');
      setAnnouncement(t('people.added', { name: added.displayName }));
    } else if (removed) {
      setAnnouncement(t('people.removed', { name: removed.displayName }));
    }
  };

  // Fluent's own Backspace only moves focus to the last tag; here one Backspace in the empty box
  // removes it, and focus stays where the admin is typing. Capture phase: it must run before
  // the input's handler, which would focus a tag that is about to disappear.
  const removeLastOnBackspace = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Backspace' || !(event.target instanceof HTMLInputElement) || event.target.value !== '') return;
    const last = value.at(-1);
    if (!last) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(value.slice(0, -1));
    setAnnouncement(t('people.removed', { name: last.displayName }));
  };

  const renderOption = (principal: ChosenPrincipal) => {
    const detail = detailText(t, principal);
    return (
      <TagPickerOption
        key={principal.id}
        value={principal.id}
        text={principal.displayName}
        aria-label={optionName(t, principal)}
        secondaryContent={
          <>
            {t(`people.kind.${principal.kind}`)}
            {detail ? (
              <>
                {' · '}
                <bdi className={styles.detail} translate={detail === principal.detail ? 'no' : undefined}>
                  {detail}
                </bdi>
              </>
            ) : null}
          </>
        }
      >
        <bdi translate="no">{principal.displayName}</bdi>
      </TagPickerOption>
    );
  };

  const users = options.filter((principal) => principal.kind === 'user');
  const groups = options.filter((principal) => principal.kind === 'group');

  return (
    <div className={styles.picker}>
      <Field
        label={t('people.fieldLabel')}
        required
        hint={t('people.fieldHint')}
        validationState={errorMessage ? 'error' : 'none'}
        validationMessage={errorMessage}
      >
        <TagPicker
          open={open}
          onOpenChange={(_event, data) => setListWanted(data.open)}
          selectedOptions={value.map((principal) => principal.id)}
          onOptionSelect={onOptionSelect}
        >
          <TagPickerControl onKeyDownCapture={removeLastOnBackspace}>
            <TagPickerGroup aria-label={t('people.chosenListLabel')}>
              {value.map((principal) => (
                <Tag
                  key={principal.id}
                  value={principal.id}
                  aria-label={t('people.tagName', { name: principal.displayName, kind: t(`people.kindInName.${principal.kind}`) })}
                >
                  <bdi translate="no">{principal.displayName}</bdi>
                  <span className={styles.kind}>{t('people.kindInParentheses', { kind: t(`people.kind.${principal.kind}`) })}</span>
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput
              ref={inputRef}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                // Pasted or autofilled text has no keystroke that would open the list.
                setListWanted(true);
              }}
              onPaste={(event) =>
                pasteTrimmed(event, (text) => {
                  setQuery(text);
                  setListWanted(true);
                })
              }
              onBlur={onBlur}
              autoComplete="off"
              spellCheck={false}
            />
          </TagPickerControl>
          {/* Always present: TagPicker takes a lone child for the popover, not the trigger. */}
          <TagPickerList>
            {users.length > 0 ? <TagPickerOptionGroup label={t('people.usersHeading')}>{users.map(renderOption)}</TagPickerOptionGroup> : null}
            {groups.length > 0 ? <TagPickerOptionGroup label={t('people.groupsHeading')}>{groups.map(renderOption)}</TagPickerOptionGroup> : null}
          </TagPickerList>
        </TagPicker>
      </Field>

      <div className={styles.status} aria-live="polite">
        {search.state === 'searching' && <Spinner size="tiny" labelPosition="after" label={t('people.searching')} />}
        {search.state === 'found' && search.results.length === 0 && <Text>{t('people.noMatches')}</Text>}
        {search.state === 'found' && search.results.length > 0 && options.length === 0 && <Text>{t('people.allMatchesChosen')}</Text>}
        {search.state === 'found' && options.length > 0 && <span className={styles.visuallyHidden}>{t('people.matchCount', { count: options.length })}</span>}
        {search.state === 'failed' && (
          <MessageBar intent={search.problem === 'throttled' ? 'warning' : 'error'}>
            <MessageBarBody>
              <MessageBarTitle>{t('people.searchFailed')}</MessageBarTitle>
              {searchProblemText(t, search.problem, search.reason)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.visuallyHidden} aria-live="polite" aria-atomic>
        {announcement}
      </div>
    </div>
  );
}
