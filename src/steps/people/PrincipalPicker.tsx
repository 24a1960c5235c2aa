import {
  Avatar,
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
import { useState, type KeyboardEvent, type Ref } from 'react';
import type { GraphApi } from '../../graph/client';
import type { ChosenPrincipal } from '../../setup/types';
import { peopleMessages as m } from './people-messages';
import { usePrincipalSearch } from './use-principal-search';

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

/** Users get round avatars, groups square ones; the visible "User"/"Group" text says the same. */
function PrincipalAvatar({ principal }: { principal: ChosenPrincipal }) {
  return (
    <Avatar
      name={principal.displayName}
      shape={principal.kind === 'group' ? 'square' : 'circular'}
      color={principal.kind === 'group' ? 'brand' : 'neutral'}
      aria-hidden
    />
  );
}

export function PrincipalPicker({ graph, value, onChange, onBlur, inputRef, errorMessage }: PrincipalPickerProps) {
  const styles = useStyles();
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
      setAnnouncement(m.added(added));
    } else if (removed) {
      setAnnouncement(m.removed(removed));
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
    setAnnouncement(m.removed(last));
  };

  const renderOption = (principal: ChosenPrincipal) => (
    <TagPickerOption
      key={principal.id}
      value={principal.id}
      text={principal.displayName}
      aria-label={m.optionName(principal)}
      media={<PrincipalAvatar principal={principal} />}
      secondaryContent={
        <>
          {m.kindLabel(principal.kind)}
          {principal.detail ? (
            <>
              {' · '}
              <bdi className={styles.detail}>{principal.detail}</bdi>
            </>
          ) : null}
        </>
      }
    >
      <bdi>{principal.displayName}</bdi>
    </TagPickerOption>
  );

  const users = options.filter((principal) => principal.kind === 'user');
  const groups = options.filter((principal) => principal.kind === 'group');

  return (
    <div className={styles.picker}>
      <Field
        label={m.fieldLabel()}
        required
        hint={m.fieldHint()}
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
            <TagPickerGroup aria-label={m.chosenListLabel()}>
              {value.map((principal) => (
                <Tag
                  key={principal.id}
                  value={principal.id}
                  aria-label={m.tagName(principal)}
                  media={<PrincipalAvatar principal={principal} />}
                >
                  <bdi>{principal.displayName}</bdi>
                  <span className={styles.kind}>({m.kindLabel(principal.kind)})</span>
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
              onBlur={onBlur}
              autoComplete="off"
              spellCheck={false}
            />
          </TagPickerControl>
          {/* Always present: TagPicker takes a lone child for the popover, not the trigger. */}
          <TagPickerList>
            {users.length > 0 ? <TagPickerOptionGroup label={m.usersHeading()}>{users.map(renderOption)}</TagPickerOptionGroup> : null}
            {groups.length > 0 ? <TagPickerOptionGroup label={m.groupsHeading()}>{groups.map(renderOption)}</TagPickerOptionGroup> : null}
          </TagPickerList>
        </TagPicker>
      </Field>

      <div className={styles.status} aria-live="polite">
        {search.state === 'searching' && <Spinner size="tiny" labelPosition="after" label={m.searching()} />}
        {search.state === 'found' && search.results.length === 0 && <Text>{m.noMatches()}</Text>}
        {search.state === 'found' && search.results.length > 0 && options.length === 0 && <Text>{m.allMatchesChosen()}</Text>}
        {search.state === 'found' && options.length > 0 && <span className={styles.visuallyHidden}>{m.matchCount(options.length)}</span>}
        {search.state === 'failed' && (
          <MessageBar intent={search.problem === 'throttled' ? 'warning' : 'error'}>
            <MessageBarBody>
              <MessageBarTitle>{m.searchFailed()}</MessageBarTitle>
              {search.message}
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
