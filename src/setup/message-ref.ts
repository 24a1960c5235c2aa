/**
 * A message for the translation layer: a catalogue key (e.g. `deepLink.parser.regionUnknown`) and
 * its values; a value may itself be a message (a reason inside a sentence). Pure modules hand these
 * to the UI, which words them in the admin's language, so they stay free of the translation library.
 */
export interface MessageRef {
  key: string;
  values?: { [name: string]: string | number | MessageRef };
}
