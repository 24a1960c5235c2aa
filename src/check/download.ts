// The check report's file name.
import { certificateFileName } from '../setup/certificate';

/** A safe file name from the app's display name (the certificate's rules), e.g. `Contoso EUC check 2026-11-26.json`. */
export function reportFileName(appName: string, checkedAt: Date): string {
  const base = certificateFileName(appName).replace(/\.cer$/, '');
  return `${base} check ${checkedAt.toISOString().slice(0, 10)}.json`;
}
