// The type of every feature catalogue, for i18next's compile-time key check (i18next.d.ts). Each
// feature's messages.en.ts adds its own entry by module augmentation, so no file lists them all:
//
//   declare module '../i18n/feature-catalogues' {
//     interface FeatureCatalogues { wizard: typeof wizardEn }
//   }
//
// The key must be the export's name without `En` (featureCatalogues below reads it so at
// run time); feature-catalogues.test.ts compares the two.
import type { Messages } from './catalogue';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface FeatureCatalogues {}

/**
 * The feature catalogues the build found (import.meta.glob in rest.en.ts / rest.ja.ts, a directory
 * walk in e2e): each file exports one catalogue named after its feature, `wizardEn`, `deepLinkJa`;
 * the name without the language suffix is the feature's top-level key (`wizard`, `deepLink`).
 */
export function featureCatalogues(modules: Record<string, Record<string, unknown>>, suffix: 'En' | 'Ja'): Record<string, Messages> {
  const features: Record<string, Messages> = {};
  for (const [file, module] of Object.entries(modules)) {
    const names = Object.keys(module).filter((name) => name.endsWith(suffix));
    if (names.length !== 1) throw new Error(`${file}: exports ${names.length} catalogues ending in ${suffix}, not one`);
    const name = names[0]!;
    const feature = name.slice(0, -suffix.length);
    if (feature in features) throw new Error(`${file}: a second catalogue for ${feature}`);
    features[feature] = module[name] as Messages;
  }
  return features;
}
