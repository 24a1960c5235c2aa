// Saves text as a file through a Blob URL: nothing leaves the browser.
import { certificateFileName } from '../setup/certificate';

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file name from the app's display name (the certificate's rules), e.g. `Contoso EUC check 2026-11-26.json`. */
export function reportFileName(appName: string, checkedAt: Date): string {
  const base = certificateFileName(appName).replace(/\.cer$/, '');
  return `${base} check ${checkedAt.toISOString().slice(0, 10)}.json`;
}
