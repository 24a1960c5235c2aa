// zod 4 compiles fast parsers with `new Function` when it may. The wizard's CSP forbids eval, and
// even zod's guarded probe is reported as a violation, so JIT is off before any schema is built.
// No locale is loaded: zod/mini ships no default messages, every issue of the answer schemas names
// its catalogue entry (answers-schema.ts), and the page words one that names none (malformed
// stored state) with `validation.malformed` (src/i18n/translate.ts), in the admin's language.
import { z } from 'zod/mini';

z.config({ jitless: true });
