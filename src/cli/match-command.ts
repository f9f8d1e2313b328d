/**
 * `musubi match [--json] "<request>" | - | --for "<place>" --country CC [--records FILE]…
 * [--kind K] [--top N]` — the partner-matching contract the evaluation harness uses.
 */
import { z } from 'zod';
import { asMusubiError, EXIT_CODES, MusubiError } from '../core/errors.js';
import type { MatchOptions, Musubi } from '../core/musubi.js';
import type { MatchReply } from '../core/types.js';
import { formatMatchesForTerminal } from './format-matches.js';
import { readLines } from './stdin-lines.js';

export interface MatchCliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly createEngine: (extraRecordFiles: readonly string[]) => Promise<Musubi>;
}

const USAGE = 'Usage: musubi match [--json] "<request>" | - | --for "<place>" --country US [--records FILE]… [--kind city|region|organisation|program] [--top N]';

const FlagsSchema = z.object({
  json: z.boolean(),
  for: z.string().min(1).optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, '--country takes an ISO code such as US or JP').transform((c) => c.toUpperCase()).optional(),
  kind: z.enum(['city', 'region', 'organisation', 'program']).optional(),
  top: z.coerce.number().int('--top takes a whole number').min(1, '--top must be at least 1').max(50, '--top is at most 50').default(5),
  records: z.array(z.string().min(1)),
  text: z.array(z.string()),
});

export function parseMatchArgs(args: readonly string[]): z.infer<typeof FlagsSchema> {
  const raw: { json: boolean; records: string[]; text: string[]; [k: string]: unknown } = { json: false, records: [], text: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') raw.json = true;
    else if (a === '--records') raw.records.push(args[++i] ?? '');
    else if (['--for', '--country', '--kind', '--top'].includes(a)) {
      const value = args[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      raw[a.slice(2)] = value;
    } else if (a.startsWith('--')) throw new Error(`Unknown option ${a}`);
    else raw.text.push(a);
  }
  const parsed = FlagsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
  return parsed.data;
}

export function matchToJson(reply: MatchReply) {
  return {
    request: reply.request,
    profile: reply.profile,
    suggestions: reply.suggestions.map((s) => ({
      name: s.name,
      name_ja: s.nameJa,
      name_en: s.nameEn,
      kind: s.kind,
      country: s.country,
      score: s.score,
      reasons: s.reasons,
      evidence: s.evidence.map((e) => ({ report: e.report, record: e.record, quote: e.quote })),
      existing: s.existing,
    })),
    warnings: reply.warnings,
  };
}

export async function runMatchCommand(args: readonly string[], io: MatchCliIO): Promise<number> {
  let flags: z.infer<typeof FlagsSchema>;
  try {
    flags = parseMatchArgs(args);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!flags.for && flags.text.length === 0) {
    io.stderr.write(`Nothing to match.\n${USAGE}\n`);
    return 2;
  }
  const options: MatchOptions = { forPlace: flags.for, country: flags.country, kind: flags.kind, top: flags.top };
  const print = (reply: MatchReply) => io.stdout.write(`${flags.json ? JSON.stringify(matchToJson(reply)) : formatMatchesForTerminal(reply)}\n`);
  try {
    const engine = await io.createEngine(flags.records);
    if (flags.text.length === 1 && flags.text[0] === '-') {
      let failures = 0;
      for await (const { text: line, problem } of readLines(io.stdin as AsyncIterable<Buffer>)) {
        try {
          if (problem) throw new MusubiError(problem.code, problem.message);
          print(await engine.match(line, options));
        } catch (error) {
          failures++;
          const e = asMusubiError(error);
          io.stdout.write(`${flags.json ? JSON.stringify({ request: line, profile: {}, suggestions: [], error: e.code, message: e.message }) : `⚠ ${e.message}`}\n`);
        }
      }
      return failures ? 2 : 0;
    }
    print(await engine.match(flags.text.join(' '), options));
    return 0;
  } catch (error) {
    const e = asMusubiError(error);
    io.stderr.write(`${e.message}\n`);
    return EXIT_CODES[e.code];
  }
}
