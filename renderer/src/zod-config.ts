// Imported first by the renderer's entry: zod compiles object schemas with `new Function` when it
// can, and its probe for that logs a CSP `eval` violation at every start under Readout's policy
// (script-src 'self'). Jitless zod validates the same way without ever trying.
import { z } from 'zod';

z.config({ jitless: true });
