/** Renders answers for a terminal: the answer, then numbered citations with title, page and quote. */
import type { AnswerReply, NoAnswerReply, Passage } from '../core/types.js';

function passageLine(p: Passage, i: number): string {
  const page = p.page === null ? '' : ` p.${p.page}`;
  const text = p.text.replace(/\s+/g, ' ').slice(0, 160);
  return `  ${i + 1}. ${p.title}${page}: ${text}${p.text.length > 160 ? '…' : ''}`;
}

export function formatAnswerForTerminal(reply: AnswerReply | NoAnswerReply): string {
  const ja = reply.language === 'ja';
  if (reply.kind === 'no-answer') {
    const related = reply.passages.slice(0, 3).map(passageLine);
    return [reply.text, ...(related.length ? [ja ? '関連箇所:' : 'Related:', ...related] : [])].join('\n');
  }
  const cites = reply.citations.map((c, i) => {
    const page = c.page === null ? '' : ` p.${c.page}`;
    return `  [${i + 1}] ${c.title}${page}\n      「${c.quote.replace(/\s*\n\s*/g, ' ')}」`;
  });
  const warnings = reply.warnings.map((w) => `(${w})`);
  return [reply.text, '', ja ? '出典:' : 'Sources:', ...cites, ...warnings].join('\n');
}
