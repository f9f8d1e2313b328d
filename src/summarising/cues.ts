/** Words that mark a suggestion, a decision or an open question, in English and Japanese. */

export const SUGGESTION_CUES =
  /\b(how about|what about|i suggest|i'd suggest|we suggest|suggestion|i recommend|recommend|we could|could we|consider|maybe|might be|should look at|worth (a )?(look|contacting|trying)|option|candidate|idea|propose|try)\b|どうでしょう|どうですか|はどう|参考になる|参考になり|参考にな|のでは[?？]|がいいと思|が良いと思|を提案|提案します|候補|おすすめ|お勧め|検討してみ|いかが/i;

export const DECISION_CUES =
  /\b(let'?s go with|we'?ll go with|we will go with|going with|go ahead with|decided|decision:|agreed|we agree|approved|confirmed|final(ly)? (choice|decision)|settled on|we'?ll (contact|invite|apply|reach out|start|partner)|let'?s (contact|apply|reach out|start|invite|partner))\b|に決定|に決めました|に決めよう|決まりました|決定しました|決定です|で決まり|でいきましょう|で行きましょう|にしましょう|にします|で進めます|で進めましょう|合意しました|承認され|連絡することに/i;

export const OPEN_CUES = /\b(tbd|to be decided|to be confirmed|tbc|open question|not sure|unclear|still need to|need to check|pending|undecided)\b|未定|まだ決まって|要確認|確認が必要|検討中|未確定|わからない|分からない/i;

export const QUESTION_MARK = /[?？]\s*$/;

/** Splits text into sentences (for quoting the one with the cue). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])\s*|\n+|(?<=\.)\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
