// Dates in the admin's language and the browser's time zone, through Intl (i18next's own formatter
// does numbers and plurals in the catalogues: `{{count, number}}`, `key_one` / `key_other`).

/** A point in time, e.g. "March 4, 2029 at 9:15 AM" / "2029年3月4日 9:15"; unparsable input is shown as it is. */
export function formatDateTime(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language === 'en-XA' ? 'en' : language, { dateStyle: 'long', timeStyle: 'short' }).format(time);
}

/** A calendar date, e.g. "March 4, 2029" / "2029年3月4日". */
export function formatDate(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language === 'en-XA' ? 'en' : language, { dateStyle: 'long' }).format(time);
}
