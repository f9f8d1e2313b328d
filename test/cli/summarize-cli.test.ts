import { describe, expect, it } from 'vitest';
import { runCli } from '../fakes/run-cli.js';

const transcript = [
  { user: 'aiko', text: 'How about Cedar Harbor? They run an oyster festival like ours.' },
  { user: 'musubi', bot: true, text: 'Suggestions:\n1. TOMODACHI Initiative — grants for student trips' },
  { user: 'mai', text: "Fine by me, let's go with Cedar Harbor." },
  { user: 'ken', text: 'Who books the hotel for the spring trip is still TBD.' },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

describe('musubi summarize (CLI contract)', () => {
  it('prints one JSON object with recommendations, decisions and open questions', async () => {
    const r = await runCli(['summarize', '--json'], { stdin: transcript });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['summary', 'recommendations', 'decisions', 'open_questions']));
    const recs = json.recommendations as { name: string; proposed_by: string; reasons: string[]; message_links: string[] }[];
    expect(recs.map((x) => [x.name, x.proposed_by])).toEqual([
      ['Cedar Harbor', 'aiko'],
      ['TOMODACHI Initiative', 'Musubi'],
    ]);
    expect(recs[0]!.message_links.length).toBeGreaterThan(0);
    expect(json.decisions).toEqual(["Fine by me, let's go with Cedar Harbor. (mai)"]);
    expect(json.open_questions).toEqual(['Who books the hotel for the spring trip is still TBD. (ken)']);
    // Added, backward compatible: where each candidate stands, and a separate rejected list.
    expect((json.recommendations as { status: string; decided_by: string[] }[]).map((x) => [x.status, x.decided_by])).toEqual([
      ['accepted', ['mai']],
      ['suggested', []],
    ]);
    expect(json.rejected).toEqual([]);
  });

  it('lists a rejected candidate under rejected, never under recommendations', async () => {
    const lines = [
      { user: 'aiko', text: 'How about Pine Hollow?' },
      { user: 'ken', text: 'Pine Hollow is too big for a village of our size.' },
    ];
    const r = await runCli(['summarize', '--json'], { stdin: lines.map((l) => JSON.stringify(l)).join('\n') });
    const json = JSON.parse(r.stdout) as { recommendations: unknown[]; rejected: { name: string; status: string; proposed_by: string; decided_by: string[] }[] };
    expect(json.recommendations).toEqual([]);
    expect(json.rejected).toMatchObject([{ name: 'Pine Hollow', status: 'rejected', proposed_by: 'aiko', decided_by: ['ken'] }]);
  });

  it('reports bad lines with their number and still summarises the good ones', async () => {
    const r = await runCli(['summarize'], { stdin: `${transcript}\nnot json\n{"text":"no user"}` });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 5: not valid JSON/);
    expect(r.stderr).toMatch(/line 6: user/);
    expect(r.stdout).toMatch(/^Suggested: Cedar Harbor/);
  });

  it('fails clearly on an empty transcript', async () => {
    const r = await runCli(['summarize', '--json'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no valid messages/);
  });
});
