// zod 4 compiles fast parsers with `new Function` when it may. The wizard's CSP forbids eval, and
// even zod's guarded probe is reported as a violation, so JIT is off before any schema is built.
// zod/mini ships no default messages: the English locale gives the type errors that carry no
// message of their own (malformed stored state) the same text as full zod.
import { z } from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
z.config({ jitless: true });
