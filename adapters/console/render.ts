/**
 * Renders chat replies for a terminal: plain text, numbered citations beneath an answer, warnings
 * in brackets. Text from reports, records and chat is stripped of terminal control sequences
 * (ANSI escapes), so it can never recolour or rewrite the screen.
 */
import type { ChatReply, Language, Passage, Recommendation } from '../../src/index.js';
import { bothScripts, entryLine, labels, oneLine, pageOf, STATUS_LABEL, stripControls, suggestionHead } from '../shared/labels.js';

/** Terminals have no length limit; a very long reply is still cut at a readable size. */
export const CONSOLE_LIMITS = { replyChars: 20000 } as const;

/** Removes ANSI escape sequences and control characters (tabs and newlines stay). */
export const escapeTerminal = stripControls;

const warningLines = (warnings: readonly string[], language: Language) => warnings.map((w) => `(⚠ ${labels(language).warning}: ${w})`);

function passageLine(p: Pick<Passage, 'title' | 'page' | 'text'>, i: number, max = 160): string {
  const text = oneLine(p.text);
  return `  ${i + 1}. ${p.title}${pageOf(p.page)}: ${text.slice(0, max)}${text.length > max ? '…' : ''}`;
}

function recommendationLine(r: Recommendation, language: Language): string {
  const l = labels(language);
  const who = [r.proposedBy.length ? `${l.proposedBy}: ${r.proposedBy.join(', ')}` : '', r.decidedBy.length ? `${l.decidedBy}: ${r.decidedBy.join(', ')}` : ''].filter(Boolean).join('; ');
  return `  - ${bothScripts(r, language)} [${STATUS_LABEL[language][r.status]}]${who ? ` — ${who}` : ''}`;
}

function render(reply: ChatReply): string {
  const l = labels(reply.language);
  switch (reply.kind) {
    case 'answer': {
      const cites = reply.citations.map((c, i) => `  [${i + 1}] ${c.title}${pageOf(c.page)}\n      「${oneLine(c.quote)}」`);
      return [reply.text, '', `${l.sources}:`, ...cites].join('\n');
    }
    case 'no-answer': {
      const related = reply.passages.slice(0, 3).map((p, i) => passageLine(p, i));
      return [reply.text, ...(related.length ? [`${l.related}:`, ...related] : [])].join('\n');
    }
    case 'matches': {
      const lines: string[] = reply.suggestions.length ? [] : [l.noSuggestions!];
      reply.suggestions.forEach((s, i) => {
        lines.push(suggestionHead(s, i, reply.language));
        for (const reason of s.reasons.slice(0, 3)) lines.push(`   - ${reason}`);
        const ev = s.evidence[0];
        if (ev) lines.push(`   ${l.evidence}: 「${oneLine(ev.quote).slice(0, 200)}」${ev.report ? ` — ${ev.report}` : ev.record ? ` — record ${ev.record}` : ''}`);
      });
      return [...lines].join('\n');
    }
    case 'summary':
      return [reply.summary, ...(reply.recommendations.length || reply.rejected.length ? ['', `${l.recommendations}:`, ...[...reply.recommendations, ...reply.rejected].map((r) => recommendationLine(r, reply.language))] : [])].join('\n');
    case 'shortlist':
      return [...(reply.notice ? [reply.notice] : []), `${l.shortlist}:`, ...(reply.entries.length ? reply.entries.map((e) => `  ${entryLine(e)}`) : [`  ${l.shortlistEmpty}`])].join('\n');
    case 'sources':
      return [`${l.sources}:`, ...(reply.passages.length ? reply.passages.map((p, i) => passageLine(p, i, 1200)) : [`  ${l.noSources}`])].join('\n');
    case 'error':
      return `⚠ ${reply.text}`;
    case 'help':
    case 'notice':
      return reply.text;
  }
}

/** Renders one reply for a terminal; a very long body is cut, its warnings never are. */
export function renderForTerminal(reply: ChatReply): string {
  const body = escapeTerminal(render(reply));
  const warnings = 'warnings' in reply ? warningLines(reply.warnings, reply.language).map(escapeTerminal) : [];
  const room = CONSOLE_LIMITS.replyChars - warnings.join('\n').length - 2;
  return [body.length > room ? `${body.slice(0, room - 1)}…` : body, ...warnings].join('\n');
}
