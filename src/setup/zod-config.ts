// zod 4 compiles fast parsers with `new Function` when it may. The wizard's CSP forbids eval, and
// even zod's guarded probe is reported as a violation, so JIT is off before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
