/** How a summary reads: names in the team's scripts, decision lines and the short prose digest. */
import { detectLanguage } from '../core/language.js';
import type { CandidateStatus, Language, Recommendation, ShortlistEntry } from '../core/types.js';
import { isJapanese } from './sentence-acts.js';
import { NameFinder } from './name-finder.js';
import { type LocalName } from './conversation-names.js';

/** A candidate's name for a reader of `language`, in both scripts where known: "島根県 (Shimane)". */
/** A message cut to a line for a summary. */
export function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Sentences of one message put back together: Japanese ones without the space English ones need. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, s) => (!text ? s : /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60]$/.test(text) ? `${text}${s}` : `${text} ${s}`), '');
}

export function bilingualName(r: Pick<Recommendation, 'name' | 'nameJa' | 'nameEn'>, language: Language): string {
  const first = language === 'ja' ? r.nameJa ?? r.name : r.nameEn ?? r.name;
  const second = language === 'ja' ? r.nameEn : r.nameJa;
  return second && second !== first ? `${first} (${second})` : first;
}

/**
 * A decision as the team wrote it, led by the candidates it settles when the sentence is in the
 * other language or names them only by reference ("そうしよう。" after a proposal):
 * "島根県 (Shimane) — Let's go with Shimane. (john)".
 */
export function decisionLine(sentence: string, author: string, settled: readonly string[], byReference: boolean, language: Language, scriptsOf: ScriptsOf): string {
  // (Long enough for a chat message's decision and what it assigns; the renderers keep platform limits.)
  const quoted = clip(`${sentence} (${author})`, 400);
  if (settled.length === 0 || (!byReference && detectLanguage(sentence) === language)) return quoted;
  const lead = settled
    .map((display) => {
      const s = scriptsOf(display);
      return bilingualName({ name: display, nameJa: s.ja, nameEn: s.en }, language);
    })
    .join(language === 'ja' ? '、' : ', ');
  return `${lead} — ${quoted}`;
}

/**
 * A name only this conversation knows is given in each script as the team wrote it most often
 * ("日韓親善協会" for Musubi's 日本韓国親善協会), else as Musubi gave it.
 */
export function teamScripts(given: { ja: string | null; en: string | null }, spellings: readonly string[]): { ja: string | null; en: string | null } {
  const most = (pick: (x: string) => boolean) => {
    const counts = new Map<string, number>();
    for (const x of spellings) if (pick(x)) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  return { ja: most((x) => isJapanese(x) && !/[A-Za-z]/.test(x)) ?? given.ja, en: most((x) => !/[\u3040-\u9fff\uac00-\ud7af]/.test(x) && /^[\p{Lu}\d]/u.test(x)) ?? given.en };
}

type ScriptsOf = (display: string) => { ja: string | null; en: string | null };

/**
 * A candidate's name in each script: the knowledge's, or for a name only this conversation knows,
 * the spellings Musubi gave ("Lübeck (リューベック市)", "JICA … (日系社会研修)").
 */
export function scriptsFor(names: NameFinder, local: readonly LocalName[]): ScriptsOf {
  const latin = (x: string) => !/[\u3040-\u9fff\uac00-\ud7af]/.test(x);
  return (display) => {
    const known = names.scriptsOf(display);
    const own = local.filter((n) => n.display === display).flatMap((n) => n.spellings);
    if (!own.length) return known;
    const all = [...own, display];
    // The conversation's own spellings first: the knowledge's lookup of a long name may find a part of it ("JICA …").
    return { ja: all.find((x) => isJapanese(x) && !/[A-Za-z]/.test(x)) ?? known.ja, en: all.find(latin) ?? known.en };
  };
}

export function prose(language: Language, recs: readonly Recommendation[], rejected: readonly Recommendation[], decisions: readonly string[], open: readonly string[], shortlist: readonly ShortlistEntry[]): string {
  const list = (items: readonly string[], none: string, sep: string) => (items.length ? items.join(sep) : none);
  if (language === 'ja') {
    const status: Record<CandidateStatus, string> = { suggested: '', open: '・検討中', accepted: '・採用', rejected: '・見送り' };
    const item = (r: Recommendation) => `${bilingualName(r, 'ja')}（${r.proposedBy.join('、')}${status[r.status]}${r.decidedBy.length ? `: ${r.decidedBy.join('、')}` : ''}）`;
    return [
      `提案: ${list(recs.map(item), 'なし', '、')}`,
      ...(rejected.length ? [`見送り: ${rejected.map((r) => `${bilingualName(r, 'ja')}（${r.decidedBy.join('、')}）`).join('、')}`] : []),
      `決定: ${list(decisions, 'なし', '; ')}`,
      `未決: ${list(open, 'なし', '; ')}`,
      ...(shortlist.length ? [`候補リスト: ${shortlist.map((s) => s.suggestion).join('、')}`] : []),
    ].join('\n');
  }
  const status: Record<CandidateStatus, string> = { suggested: '', open: '; open', accepted: '; accepted', rejected: '; rejected' };
  const item = (r: Recommendation) => `${bilingualName(r, 'en')} (${r.proposedBy.join(', ')}${status[r.status]}${r.decidedBy.length ? ` by ${r.decidedBy.join(', ')}` : ''})`;
  return [
    `Suggested: ${list(recs.map(item), 'nothing yet', '; ')}`,
    ...(rejected.length ? [`Rejected: ${rejected.map((r) => `${bilingualName(r, 'en')} (by ${r.decidedBy.join(', ')})`).join('; ')}`] : []),
    `Decided: ${list(decisions, 'nothing yet', '; ')}`,
    `Open: ${list(open, 'nothing', '; ')}`,
    ...(shortlist.length ? [`Shortlist: ${shortlist.map((s) => s.suggestion).join(', ')}`] : []),
  ].join('\n');
}
