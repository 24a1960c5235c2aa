// Saves text as a file through a Blob URL: nothing leaves the browser.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The MIME type of a Base64 (PEM) `.cer`, the "Certificate (Base64)" the Trend Micro console takes. */
export const CERTIFICATE_TYPE = 'application/x-x509-ca-cert';
