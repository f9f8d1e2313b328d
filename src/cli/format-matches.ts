/** Renders match suggestions for a terminal: rank, name, kind, reasons and one piece of evidence each. */
import type { MatchReply } from '../core/types.js';

export function formatMatchesForTerminal(reply: MatchReply): string {
  const ja = reply.language === 'ja';
  if (reply.suggestions.length === 0) return ja ? '該当する候補が見つかりませんでした。' : 'No suggestions found for this request.';
  const lines: string[] = [];
  reply.suggestions.forEach((s, i) => {
    const existing = s.existing ? (ja ? '（既存の提携）' : ' (existing partnership)') : '';
    lines.push(`${i + 1}. ${s.name}${s.country ? `, ${s.country}` : ''} [${s.kind}]${existing}`);
    for (const reason of s.reasons.slice(0, 3)) lines.push(`   - ${reason}`);
    const ev = s.evidence[0];
    if (ev) lines.push(`   ${ja ? '根拠' : 'Evidence'}: 「${ev.quote.replace(/\s*\n\s*/g, ' ').slice(0, 200)}」${ev.report ? ` — ${ev.report}` : ''}`);
  });
  for (const w of reply.warnings) lines.push(`(${w})`);
  return lines.join('\n');
}
