/** Addresses typed in one box, separated by commas, semicolons or new lines (the certificate step, a repair). */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}
