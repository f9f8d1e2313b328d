import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleSession, handleLine, runConsoleChat } from '../../../adapters/console/console-chat.js';
import { MusubiError } from '../../../src/core/errors.js';
import { createFakeEngine } from '../../fakes/fake-engine.js';

describe('terminal chat', () => {
  it('routes plain text to ask and /match, /programs, /help to their commands', async () => {
    const engine = createFakeEngine();
    expect(await handleLine(engine, 'How did it start?')).toContain('KAMOME');
    expect(await handleLine(engine, '/match coastal town')).toContain('Crescent City');
    await handleLine(engine, '/programs youth exchange');
    expect(await handleLine(engine, '/help')).toBe('help in en');
    expect(await handleLine(engine, '/help 日本語で')).toBe('help in ja');
    expect(engine.calls.map((c) => c.method)).toEqual(['ask', 'match', 'programs']);
  });

  it('shows citations beneath the answer and marks existing partnerships', async () => {
    const engine = createFakeEngine();
    const answer = await handleLine(engine, 'How did it start?');
    expect(answer).toMatch(/Sources:\n {2}\[1\] CULCON SND Working Group Final Report p\.15\n {6}「小型船 KAMOME/);
    expect(await handleLine(engine, '/match x')).toContain('(existing partnership)');
  });

  it('turns errors into a one-line message, never a stack trace', async () => {
    const engine = createFakeEngine();
    engine.ask = async () => {
      throw new MusubiError('input_empty', 'The question is empty.');
    };
    expect(await handleLine(engine, 'x')).toBe('⚠ The question is empty.');
    expect(await handleLine(createFakeEngine({ fail: true }), 'x')).toBe('⚠ Sorry — something went wrong. Please try again, or type help.');
  });

  it('answers each line of its input and ends when the input ends (Ctrl-D)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runConsoleChat({ engine: createFakeEngine(), input, output, interactive: false });
    input.end('first question\n\nsecond question\n');
    await done;
    expect(printed.match(/Sources:/g)?.length).toBe(2);
  });

  it('leaves on /quit, and answers an unknown /command with a hint instead of searching for it', async () => {
    const engine = createFakeEngine();
    expect(await handleLine(engine, '/summery')).toMatch(/no \/summery command.*help/);
    expect(engine.calls).toEqual([]);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runConsoleChat({ engine, input, output, interactive: false });
    input.write('first question\n/quit\nnever asked\n');
    await done;
    expect(printed.match(/Sources:/g)?.length).toBe(1);
    input.end();
  });

  it('sends ordinary sentences where their words say, never to a command', async () => {
    const engine = createFakeEngine();
    expect(await handleLine(engine, 'Help us find a sister city in the US for Hakui, Ishikawa')).toContain('Crescent City');
    await handleLine(engine, 'Summary of the Action Plan 4.0?');
    expect(engine.calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['match', 'Help us find a sister city in the US for Hakui, Ishikawa'],
      ['ask', 'Summary of the Action Plan 4.0?'],
    ]);
  });

  it('keeps the session’s turns and passes them with a follow-up question', async () => {
    const engine = createFakeEngine();
    const session = createConsoleSession(engine);
    await session.handleLine('How did Rikuzentakata and Crescent City become sister cities?');
    await session.handleLine('And in which year did they sign it?');
    const [, options] = engine.calls[1]!.args as [string, { context: { role: string; text: string }[] }];
    expect(options.context).toEqual([
      { role: 'user', text: 'How did Rikuzentakata and Crescent City become sister cities?' },
      { role: 'assistant', text: expect.stringContaining('KAMOME') },
    ]);
    expect((engine.calls[0]!.args[1] as { context: unknown[] }).context).toEqual([]);
  });

  it('summarises the session with Musubi’s suggestions as data', async () => {
    const engine = createFakeEngine();
    const session = createConsoleSession(engine);
    await session.handleLine('/match coastal town');
    await session.handleLine('/summary');
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as { isMusubi: boolean; toMusubi?: boolean; suggestions?: { id: string }[] }[];
    expect(messages.map((m) => m.isMusubi)).toEqual([false, true]);
    // The person's lines asked Musubi: their names are not the team's proposals.
    expect(messages[0]!.toMusubi).toBe(true);
    expect(messages[1]!.suggestions?.map((s) => s.id)).toEqual(['crescent-city']);
  });

  it('reads a follow-up to a list of suggestions as a refinement of that request, and a fact question as a question', async () => {
    const engine = createFakeEngine();
    const session = createConsoleSession(engine);
    await session.handleLine('Which US city could partner with our coastal town?');
    await session.handleLine('What about smaller towns in Oregon?');
    await session.handleLine('And in which year did they sign it?');
    expect(engine.calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['match', 'Which US city could partner with our coastal town?'],
      ['match', 'Which US city could partner with our coastal town? What about smaller towns in Oregon?'],
      ['ask', 'And in which year did they sign it?'],
    ]);
  });

  it('offers the buttons as commands: /add N and /remove N round-trip, /more excludes what was shown, /sources lists the passages', async () => {
    const engine = createFakeEngine();
    const session = createConsoleSession(engine);
    expect(await session.handleLine('/more')).toMatch(/Ask for partners first/);
    await session.handleLine('/match coastal town');
    expect(await session.handleLine('/add 1')).toContain('Added to the shortlist: Crescent City');
    expect(await session.handleLine('/more')).toContain('TOMODACHI');
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city'] }] });
    await session.handleLine('/more');
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city', 'program:tomodachi'] }] });
    expect(await session.handleLine('/shortlist')).toContain('#1 Crescent City');
    expect(await session.handleLine('/remove 1')).toContain('Removed from the shortlist');
    await session.handleLine('How did it start?');
    const asks = engine.calls.filter((c) => c.method === 'ask').length;
    expect(await session.handleLine('/sources')).toContain('KAMOME」が津波で流され');
    expect(engine.calls.filter((c) => c.method === 'ask').length).toBe(asks);
  });
});
