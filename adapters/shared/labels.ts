/** Words the renderers share, in both languages, so the three platforms say the same thing. */
import type { Language, ShortlistEntry, Suggestion } from '../../src/index.js';

type Labels = Record<string, string>;

const EN: Labels = {
  sources: 'Sources',
  related: 'Related passages (not evidence)',
  showSources: 'Show sources',
  more: 'More suggestions',
  add: 'Add to shortlist',
  remove: 'Remove',
  noSuggestions: 'No suggestions found for this request.',
  existing: 'existing partnership',
  evidence: 'Evidence',
  summary: 'Summary',
  shortlist: 'Shortlist',
  shortlistEmpty: 'The shortlist is empty. Press "Add to shortlist" under a suggestion to keep it.',
  noSources: 'No passages were retrieved for that answer.',
  warning: 'Note',
  recommendations: 'Candidates',
  rejected: 'Rejected',
  decisions: 'Decided',
  open: 'Open',
  proposedBy: 'proposed by',
  decidedBy: 'decided by',
};

const JA: Labels = {
  sources: '出典',
  related: '関連箇所（根拠ではありません）',
  showSources: '出典を見る',
  more: 'ほかの候補',
  add: '候補に追加',
  remove: '削除',
  noSuggestions: '該当する候補が見つかりませんでした。',
  existing: '既存の提携',
  evidence: '根拠',
  summary: 'まとめ',
  shortlist: '候補リスト',
  shortlistEmpty: '候補リストは空です。提案の下の「候補に追加」で残せます。',
  noSources: 'この回答で検索された箇所はありません。',
  warning: '注意',
  recommendations: '候補',
  rejected: '見送り',
  decisions: '決定',
  open: '未決',
  proposedBy: '提案',
  decidedBy: '決定',
};

export const labels = (language: Language): Labels => (language === 'ja' ? JA : EN);

export const STATUS_LABEL: Record<Language, Record<string, string>> = {
  en: { suggested: 'suggested', accepted: 'accepted', rejected: 'rejected', open: 'open' },
  ja: { suggested: '提案', accepted: '採用', rejected: '見送り', open: '検討中' },
};

export const pageOf = (page: number | null) => (page === null ? '' : ` p.${page}`);

export function suggestionHead(s: Suggestion, index: number, language: Language): string {
  // The name in the other script beside it ("Crescent City / クレセントシティ"), never a repeat of it.
  const other = language === 'ja' && s.nameJa && s.nameJa !== s.name ? s.nameJa : s.nameJa !== s.name ? s.nameJa : s.nameEn;
  const both = other && !s.name.includes(other) ? ` / ${other}` : '';
  return `${index + 1}. ${s.name}${both}${s.country ? ` (${s.country})` : ''} — ${s.kind}${s.existing ? ` (${labels(language).existing})` : ''}`;
}

export const entryLine = (e: ShortlistEntry) => `#${e.id} ${e.suggestion} — ${e.addedBy}, ${e.addedAt.slice(0, 10)}`;

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A name for a reader of `language`, with the other script beside it: "ポートランド / Portland". */
export function bothScripts(r: { name: string; nameJa: string | null; nameEn: string | null }, language: Language): string {
  const first = language === 'ja' ? r.nameJa ?? r.name : r.name;
  const second = language === 'ja' ? r.name : r.nameJa;
  return second && second !== first ? `${first} / ${second}` : first;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[\]P^_][\s\S]*?(?:\u0007|\u001b\\)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes ANSI escape sequences and control characters (tabs and newlines stay). */
export const stripControls = (s: string) => s.replace(CONTROL, '');
