/** Maps platform emoji (Slack names, Discord unicode) to what a reaction means for a candidate. */
import type { Reaction } from '../../src/index.js';

const APPROVE = new Set(['white_check_mark', 'heavy_check_mark', 'ballot_box_with_check', '✅', '✔️', '✔', '☑️']);
const SUPPORT = new Set(['+1', 'thumbsup', 'raised_hands', 'clap', 'heart', '100', 'star', '👍', '🙌', '👏', '❤️', '💯', '⭐']);
const OBJECT = new Set(['-1', 'thumbsdown', 'x', 'no_entry', 'no_entry_sign', 'no_good', '👎', '❌', '🚫', '⛔', '🙅']);

/** The meaning of one emoji, or null for emoji that say nothing about a candidate. */
export function meaningOf(emoji: string): Reaction['meaning'] | null {
  // Slack writes skin tones as "+1::skin-tone-2"; Discord as a modifier code point.
  const base = emoji.split('::')[0]!.replace(/[\u{1F3FB}-\u{1F3FF}]/gu, '');
  return APPROVE.has(base) ? 'approve' : SUPPORT.has(base) ? 'support' : OBJECT.has(base) ? 'object' : null;
}

/** Platform reactions → the summariser's reactions (unknown emoji dropped, same meanings merged). */
export function toReactions(raw: readonly { name: string; users?: readonly string[]; count?: number }[]): Reaction[] {
  const merged = new Map<Reaction['meaning'], { users: Set<string>; count: number }>();
  for (const r of raw) {
    const meaning = meaningOf(r.name);
    if (!meaning) continue;
    const m = merged.get(meaning) ?? { users: new Set<string>(), count: 0 };
    for (const u of r.users ?? []) m.users.add(u);
    m.count += r.count ?? r.users?.length ?? 1;
    merged.set(meaning, m);
  }
  return [...merged].map(([meaning, m]) => ({ meaning, users: [...m.users], count: m.count }));
}
