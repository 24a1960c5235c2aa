// English strings of every feature past the first screen: each feature's `messages.en.ts` (and the
// domain's `setup/*-messages.en.ts`) found by the build, so a new feature's catalogue needs no entry
// here. A separate chunk: loaded before that code renders (i18n.ts). The start page's own strings
// (`shell/messages.en.ts`, key `app`) are on the first screen and are added by i18n.ts.
import { featureCatalogues, type FeatureCatalogues } from './feature-catalogues';

const modules = import.meta.glob<Record<string, unknown>>(['../**/*messages.en.ts', '!../shell/**'], { eager: true });

export const restEn = featureCatalogues(modules, 'En') as unknown as FeatureCatalogues;
