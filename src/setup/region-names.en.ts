// The regions' English names: Trend Micro's own wording (seed/000_3cfbe9d2ee7a7e27.txt), so the
// admin recognises the choice from Trend Micro's guide. The region step's catalogue takes them
// (src/steps/region/messages.en.ts), and the check's English findings name regions with them.
import type { Region } from './types';

export const regionNamesEn = {
  us: 'North America, Latin America and Asia Pacific',
  eu: 'Europe and Africa',
  anz: 'Australia and New Zealand',
  jp: 'Japan',
  sg: 'Singapore',
  in: 'India',
  uae: 'Middle East (UAE)',
} as const satisfies Record<Region, string>;
