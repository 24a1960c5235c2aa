import { describe, expect, it } from 'vitest';
import { formatExpiry } from './format-expiry';

describe('formatExpiry', () => {
  it('writes the date, the time and the time zone, in the admin’s language', () => {
    expect(formatExpiry('2028-04-30T10:00:00Z', 'en', 'UTC')).toBe('April 30, 2028 at 10:00 AM UTC');
    expect(formatExpiry('2028-04-30T10:00:00Z', 'en', 'Asia/Tokyo')).toMatch(/^April 30, 2028 at 7:00 PM GMT\+9$/);
    expect(formatExpiry('2028-04-30T10:00:00Z', 'ja', 'Asia/Tokyo')).toBe('2028年4月30日 19:00 JST');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatExpiry('soon', 'en')).toBe('soon');
  });
});
