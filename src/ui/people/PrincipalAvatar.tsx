// Fluent's Avatar, recomposed from its own hook and render function (the same initials, icon
// fallback, DOM and labelling) with the styles of what the people picker shows: initials or the
// person icon, neutral or brand, circular or square, at the tag's and the option's sizes (up to
// 40 px). Fluent's style hook carries every size, ring, shadow, badge and its 30 named colours.
import { makeResetStyles, makeStyles, mergeClasses, renderAvatar_unstable, tokens, useFluent } from '@fluentui/react-components';
// The base hook, without the presence badge (and its 40 presence icons) that useAvatar_unstable
// brings for a `badge` slot the picker never fills; neither is re-exported by react-components.
import { getInitials, useAvatarBase_unstable, useAvatarContext } from '@fluentui/react-avatar';
import { PersonRegular } from '@fluentui/react-icons';
import type { ChosenPrincipal } from '../../setup/types';

const useRootClassName = makeResetStyles({
  display: 'inline-block',
  flexShrink: 0,
  position: 'relative',
  verticalAlign: 'middle',
  borderRadius: tokens.borderRadiusCircular,
  fontFamily: tokens.fontFamilyBase,
  fontWeight: tokens.fontWeightSemibold,
  fontSize: tokens.fontSizeBase300,
  width: '32px',
  height: '32px',
});

const useIconInitialsClassName = makeResetStyles({
  position: 'absolute',
  boxSizing: 'border-box',
  top: 0,
  left: 0,
  width: '100%',
  height: '100%',
  lineHeight: '1',
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  textAlign: 'center',
  userSelect: 'none',
  borderRadius: 'inherit',
});

const useStyles = makeStyles({
  16: { width: '16px', height: '16px' },
  20: { width: '20px', height: '20px' },
  24: { width: '24px', height: '24px' },
  28: { width: '28px', height: '28px' },
  36: { width: '36px', height: '36px' },
  40: { width: '40px', height: '40px' },
  textCaption2Strong: { fontSize: tokens.fontSizeBase100 },
  textCaption1Strong: { fontSize: tokens.fontSizeBase200 },
  squareSmall: { borderRadius: tokens.borderRadiusSmall },
  squareMedium: { borderRadius: tokens.borderRadiusMedium },
  icon12: { fontSize: '12px' },
  icon16: { fontSize: '16px' },
  icon20: { fontSize: '20px' },
  neutral: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground6 },
  brand: { color: tokens.colorNeutralForegroundStaticInverted, backgroundColor: tokens.colorBrandBackgroundStatic },
});

type SizedStyle = 16 | 20 | 24 | 28 | 36 | 40;

/** Users get round avatars, groups square ones; the visible "User"/"Group" text says the same. */
export function PrincipalAvatar({ principal }: { principal: ChosenPrincipal }) {
  // As useAvatar_unstable: the size from the context (a tag's), else 32; the shape and colour are the picker's.
  const size = useAvatarContext().size ?? 32;
  const shape = principal.kind === 'group' ? 'square' : 'circular';
  const state = useAvatarBase_unstable({ name: principal.displayName, 'aria-hidden': true }, null);
  const { dir } = useFluent();
  if (state.initials) state.initials.children = getInitials(principal.displayName, dir === 'rtl', { firstInitialOnly: size <= 16 });
  if (state.icon && !Object.hasOwn(state.icon, 'children')) state.icon.children = <PersonRegular />;
  const rootClassName = useRootClassName();
  const iconInitialsClassName = useIconInitialsClassName();
  const styles = useStyles();
  const color = principal.kind === 'group' ? styles.brand : styles.neutral;
  state.root.className = mergeClasses(
    'fui-Avatar',
    rootClassName,
    size !== 32 && size in styles && styles[size as SizedStyle],
    size <= 24 ? styles.textCaption2Strong : size <= 28 && styles.textCaption1Strong,
    shape === 'square' && (size <= 24 ? styles.squareSmall : styles.squareMedium),
    state.root.className,
  );
  if (state.initials) {
    state.initials.className = mergeClasses('fui-Avatar__initials', iconInitialsClassName, color, state.initials.className);
  }
  if (state.icon) {
    const iconSize = size <= 16 ? styles.icon12 : size <= 24 ? styles.icon16 : styles.icon20;
    state.icon.className = mergeClasses('fui-Avatar__icon', iconInitialsClassName, iconSize, color, state.icon.className);
  }
  return renderAvatar_unstable(state);
}
