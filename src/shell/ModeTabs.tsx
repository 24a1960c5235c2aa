// Fluent's TabList and Tab, recomposed from their own hooks and render functions (the same
// behaviour, roles, keyboard handling and DOM) with the styles of the one variant used here: large,
// horizontal, transparent, enabled. Fluent's style hooks carry every size, appearance and
// orientation (about 7 kB gzipped) for two tabs. The selection indicator does not slide between
// the tabs; it appears under the selected one.
import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  renderTabList_unstable,
  renderTab_unstable,
  tokens,
  typographyStyles,
  useTabListContextValues_unstable,
  useTabList_unstable,
  useTab_unstable,
  type TabListProps,
  type TabProps,
} from '@fluentui/react-components';
import { forwardRef } from 'react';

const useTabListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'row', flexShrink: 0, flexWrap: 'nowrap', position: 'relative', alignItems: 'stretch' },
});

const CONTENT = '.fui-Tab__content';

const useTabStyles = makeStyles({
  root: {
    alignItems: 'center',
    display: 'grid',
    flexShrink: 0,
    gridAutoFlow: 'column',
    gridTemplateColumns: 'auto',
    gridTemplateRows: 'auto',
    outlineStyle: 'none',
    position: 'relative',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    overflow: 'hidden',
    textTransform: 'none',
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalSNudge,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalMNudge}`,
    backgroundColor: tokens.colorTransparentBackground,
    ':enabled:hover': { backgroundColor: tokens.colorTransparentBackgroundHover },
    ':enabled:active': { backgroundColor: tokens.colorTransparentBackgroundPressed },
    [`& ${CONTENT}`]: { color: tokens.colorNeutralForeground2 },
    [`:enabled:hover ${CONTENT}`]: { color: tokens.colorNeutralForeground2Hover },
    [`:enabled:active ${CONTENT}`]: { color: tokens.colorNeutralForeground2Pressed },
    // The pending-selection indicator under a tab being hovered or pressed.
    '::before': { bottom: 0, height: tokens.strokeWidthThicker, left: tokens.spacingHorizontalM, right: tokens.spacingHorizontalM },
    ':hover::before': {
      backgroundColor: tokens.colorNeutralStroke1Hover,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
    },
    ':active::before': {
      backgroundColor: tokens.colorNeutralStroke1Pressed,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
    },
    '@media (forced-colors: active)': {
      ':hover::before': { backgroundColor: 'Highlight' },
      ':active::before': { backgroundColor: 'Highlight' },
    },
  },
  focus: createCustomFocusIndicatorStyle(
    {
      borderTopColor: 'transparent',
      borderRightColor: 'transparent',
      borderBottomColor: 'transparent',
      borderLeftColor: 'transparent',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: 'transparent',
      outlineStyle: 'solid',
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    { enableOutline: true },
  ),
  selected: {
    overflow: 'visible',
    [`& ${CONTENT}`]: { color: tokens.colorNeutralForeground1 },
    [`:enabled:hover ${CONTENT}`]: { color: tokens.colorNeutralForeground1Hover },
    [`:enabled:active ${CONTENT}`]: { color: tokens.colorNeutralForeground1Pressed },
    // The selection indicator.
    '::after': {
      backgroundColor: tokens.colorCompoundBrandStroke,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
      bottom: 0,
      height: tokens.strokeWidthThicker,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
    },
    ':enabled:hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':enabled:active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'ButtonText' },
      ':enabled:hover::after': { backgroundColor: 'ButtonText' },
      ':enabled:active::after': { backgroundColor: 'ButtonText' },
    },
  },
  content: {
    ...typographyStyles.body2,
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}`,
    gridColumnStart: 1,
    gridRowStart: 1,
  },
  contentSelected: { ...typographyStyles.subtitle2 },
  // The selected (bold) text's width, kept by every tab so that selecting one does not move the others.
  reservedSpace: { visibility: 'hidden' },
});

export const ModeTabList = forwardRef<HTMLDivElement, Omit<TabListProps, 'size' | 'appearance' | 'vertical'>>((props, ref) => {
  const state = useTabList_unstable({ ...props, size: 'large', appearance: 'transparent' }, ref);
  const contextValues = useTabListContextValues_unstable(state);
  const styles = useTabListStyles();
  state.root.className = mergeClasses('fui-TabList', styles.root, state.root.className);
  return renderTabList_unstable(state, contextValues);
});
ModeTabList.displayName = 'ModeTabList';

export const ModeTab = forwardRef<HTMLButtonElement, Omit<TabProps, 'icon' | 'disabled'>>((props, ref) => {
  const state = useTab_unstable(props, ref);
  const styles = useTabStyles();
  state.root.className = mergeClasses('fui-Tab', styles.root, styles.focus, state.selected && styles.selected, state.root.className);
  if (state.contentReservedSpace) {
    state.contentReservedSpace.className = mergeClasses(
      'fui-Tab__content--reserved-space',
      styles.content,
      styles.contentSelected,
      styles.reservedSpace,
      state.content.className,
    );
  }
  state.content.className = mergeClasses('fui-Tab__content', styles.content, state.selected && styles.contentSelected, state.content.className);
  return renderTab_unstable(state);
});
ModeTab.displayName = 'ModeTab';
