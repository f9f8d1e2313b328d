/**
 * Words that mark what a sentence does to a candidate, in English and Japanese: propose it,
 * support it, decide on it, reject it, ask about it, or ask Musubi for candidates. General
 * cues of language (negation, agreement, decision, question), never phrases of one transcript.
 */

export const SUGGESTION_CUES =
  /\b(how about|what about|have you (looked at|considered|thought about|tried)|why not|i suggest|i'd suggest|we suggest|suggestion|i recommend|recommend|we could|could we|consider|maybe|might be|should look at|could (help|fund|support|work|host|partner|be a|be an|be our)|worth (a )?(look|contacting|trying|considering|asking)|option|candidate|idea|propose|try|what if|perhaps|might (work|fit|help|suit)|would be (a )?(good|great|nice|ideal|strong)|could be (a )?(good|great|nice|ideal|strong|interesting)|obvious (one|choice|candidate)|natural (fit|choice|partner)|should (contact|consider|approach|reach out to|talk to|look into)|shall we (try|contact|ask|approach))\b|どうでしょう|どうですか|はどう|参考になる|参考になり|参考にな|のでは[?？]|がいいと思|が良いと思|を提案|提案します|候補|おすすめ|お勧め|検討してみ|いかが|(いい|良い|よい)かも|あり(かも|だと思|では)|(して|て)みる[?？]|(して|て)みない[?？]|(て|で|し)(み)?ませんか|(は|って)どう[?？]|どうかな|もあり(かも|だと|では)|も候補|してはどう|てはどう|いいのでは|良いのでは|いいんじゃない|良いんじゃない|かもしれ(ません|ない)|考えられ(ます|る)|推薦|(声をかけ|当たっ|打診し)てみ/i;

/** English phrasal verbs of settling take their object inside too: "lock that in", "pencil Elkton in", "nail it down". */
const SEPARABLE_DECISION = /\b(?:lock(?:s|ed|ing)?|pencil(?:s|led|ed|ling|ing)?|nail(?:s|ed|ing)?|firm(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){0,3}?(?:in|down|up)\b/;

/** Words and phrases of deciding. */
const DECISION_WORDS =
  /\b(let'?s go with|we'?ll go with|we will go with|going with|go ahead with|decided|agreed|we agree|approved|confirmed|final(ly)? (choice|decision)|settled on|we'?ll (contact|invite|apply|reach out|start|partner)|let'?s (contact|apply|reach out|start|invite|partner)|let'?s do (it|that|this)|go for it|sounds like a plan|we'?re going with|(first|top) choice|our pick|sign(ed)? off on|green[- ]?light(ed)?|make it official|we'?ll (pursue|proceed with|move forward with)|proceed with|move forward with|i'?ll (email|call|contact|write to|reach out to)|it is,? then|it'?s settled|that'?s settled|lock(ed)? in|let'?s (pick|choose)|we'?ll (pick|choose)|we (pick|choose|chose|picked)|our (choice|pick)|final answer|finali[sz]ed?|decided on|mov(e|ing) ahead with|going ahead with|we'?re going ahead)\b|\b(decision|settled):|\bit is(?=\s*[.!,;]|\s*$)|に決定|第一候補(と|に)(し|する|します|して)|そうしよう|そうしましょう|それで(いこう|行こう)|決まり(だ|です|ね)?[。！!]?$|採用(します|しましょう|です|に決|決定)|それで(行き|いき|進め|お願い)|(相談|連絡|申請|依頼|問い合わせ|打診|訪問)(を)?(しましょう|します|することにし|することに決)|進めてください|了承しました|正式に決|に決めました|に決めよう|決まりました|決定しました|決定です|で決まり|でいきましょう|で行きましょう|にしましょう|にします|で進めます|で進めましょう|合意しました|承認され|連絡することに|で(いこう|行こう|いきます|行きます|いく)|にしよう|で確定|確定(です|しました|で|します)|ことにしました|ことにします|これで決まり|に決まり|で決定|決定で(?=[。！!\s]|$)/i;

/** Deciding on a candidate; a bare "Done." settles what was just said, as "Decided." does. */
export const DECISION_CUES = new RegExp(`${SEPARABLE_DECISION.source}|^done[.!]*$|${DECISION_WORDS.source}`, 'i');

/**
 * English phrasal verbs of turning down take their object between verb and particle — "cross X
 * off", "ruled that one out", "leave the festival out" — in any inflection.
 */
const SEPARABLE_REJECTION = /\b(?:cross(?:es|ed|ing)?|rul(?:e|es|ed|ing)|leav(?:e|es|ing)|left|strik(?:e|es|ing)|struck|count(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){0,3}?(?:off|out)\b/;

/** Words and phrases of turning a candidate down: negated approval, drawbacks, "drop", "見送り". */
const REJECTION_WORDS =
  /\b(not (a )?(good|great|right|best|ideal|realistic|feasible|practical|suitable|fit|match|option|priority)|not for us|no longer|isn'?t (a )?(good|great|right|fit|match|suitable|feasible|realistic|an option)|doesn'?t (fit|work|suit|make sense|match)|don'?t (fit|think|see|want(?! to\b))|won'?t (work|fit)|wouldn'?t (work|fit)|too (far|big|large|small|expensive|costly|late|remote|busy|distant)|drop(ped)?|skip|pass on|let'?s not|off the (list|table)|reject(ed)?|declined?|turned (us )?down|set aside|unlikely|unrealistic|impractical|against|(is|'s|’s|are|'re) (out|off the (list|table))|no[- ]go|not (for )?this (time|year|round|project|programme|program|one)|rather not|no thanks|not interested|not worth|low priority|already (has|have) (a |an )?(partner|sister)|nah|meh|scratch|forget|(won'?t|will not|not|shouldn'?t|should not|let'?s not|don'?t) (pursue|go with|go ahead with|move forward with|contact|choose|pick)|doesn'?t (really )?(fit|work|suit)|not convinced|so no|(is|'s|’s|are|'re) a no|out of scope|not (really )?(suitable|relevant|a priority)|too (much|long|complicated|ambitious))\b|見送|見合わせ|断念|諦め|あきらめ|取り下げ|パス(で|します|しましょう|かな|です|ね)|現実的(では|じゃ)な|難し(そう|く)|遠い|遠く|合わな(そう|さそう)|なし(に|です|だ|ね)|やめ(ましょう|ます|る|た|て|に|とこう|ておこう|よう|とく|ておく)|なし(かな|で)|止め(ましょう|ます|る|た)|除外|外し|外す|難しい|厳し(い|そう)|合わない|向いていない|向かない|不向き|無理|却下|遠すぎ|高すぎ|大きすぎ|小さすぎ|多すぎ|少なすぎ|不採用|対象外|対象にしない|断ら|辞退|優先度(は|が)低い|不要|必要(は)?ない|なしで|なしにし|ちょっと違う|良くない|よくない|微妙/i;

/** Turning a candidate down. */
export const REJECTION_CUES = new RegExp(`${SEPARABLE_REJECTION.source}|${REJECTION_WORDS.source}`, 'i');

/** The rejected side of a contrast: "instead of X", "rather than X", "not X" (names after the cue). */
export const CONTRAST_AFTER = /\b(instead of|rather than|not|over)\s*$/i;
/** The rejected side of a contrast in Japanese: "Xではなく", "Xより" (names before the cue). */
export const CONTRAST_BEFORE_JA = /^\s*(ではなく|じゃなく|ではなくて|じゃなくて|より(も)?|よりは)/;

/** Agreeing with what was just said: support, not yet a decision. */
export const AGREEMENT_CUES =
  /^(yes|yeah|yep|sure|ok(ay)?|agree(d)?|sounds good|good idea|great idea|makes sense|\+1|i like (it|that|this)|love (it|that)|works for me|same here|me too|no objections?|fine (by|with) me)\b|同感|(異論|異存)(は)?(ありません|ございません|ない|なし)|それで(結構|大丈夫|いい|良い|OK)|承知(しました|いたしました|です)|了解(です|しました)?[。!！]?$|\b(makes sense|sounds good|good idea|great idea|i like|i agree|fits us|good fit|great fit|really fits|agree with|looks (good|great|promising|interesting)|promising)\b|賛成|相性が(良|よ|いい)|いいね|いいじゃん|いい感じ|良さげ|よさげ|i'?m in|いいですね|良いですね|よいですね|(いい|良い|よい)と(は)?思|同意|その通り|なるほど|ぜひ|是非|合いそう|よさそう|良さそう/i;

/** Names compared with, not proposed: "like Sapporo", "similar to X", "札幌と重なる", "札幌みたいな". */
export const COMPARED_BEFORE = /\b(like|similar to|compared (to|with)|(?<!rather\s)than|unlike|as with|overlaps? with|same as)\s+(the\s+)?$/i;
/** After the name, or after a noun phrase it qualifies ("島根県の農業研修のような"). */
export const COMPARED_AFTER_JA = /^(の[^、。，,\s]{1,15}?)?(と(重な|同じ|比べ|似|違|かぶ)|のよう|みたい|以外|ほど)/;

/** "OK, …", "Yes, …" opening a sentence that goes on to say more: an interjection, not the sentence's act. */
export const INTERJECTION = /^(yes|yeah|yep|sure|ok(ay)?|agreed|great|good|right|はい|了解|なるほど)[,.!、。\s]/i;

/** Asking Musubi (or the team) for candidates: the names in it are the asker's context, not proposals. */
export const REQUEST_CUES =
  /\b(looking for|we('re| are) (looking|searching)|searching for|any (ideas|suggestions|recommendations)|can you (suggest|recommend|find)|could you (suggest|recommend|find)|need (a|an|another) (partner|sister|counterpart))\b|探しています|探している|探してい|探したい|紹介してください|教えてください|ありませんか[?？]?$/i;

export const OPEN_CUES =
  /\b(tbd|to be decided|to be confirmed|tbc|open question|not sure|unclear|still need to|need to (check|confirm|find out|figure out|decide|ask)|pending|undecided|i wonder|wondering|who will|who'?ll|do we know|not decided|not yet decided|yet to be|on hold|postpone(d)?|defer(red)?|does anyone know|can (someone|anyone)|any update|(still )?don'?t know (yet|if|whether|who|when)|need a decision)\b|未定|まだ決まって|要確認|確認が必要|検討中|未確定|わからない|分からない|要検討|決めないと|確認したい|確認しないと|調べる必要|どうしましょう|どうする(か|の)|保留|後回し|先送り|どなたか|決める必要|まだ分かりません|まだわかりません/i;

/** Keeping a candidate on the list, neither chosen nor dropped: "keep it as a fallback", 「候補として残す」. */
export const RETENTION_CUES = /\bkeep (it|them|this|that|\w+) (on the list|in mind|as (a |an |the )?(fallback|backup|alternative|option|second[- ]tier|plan b))|\bas (a |an |the )?(fallback|backup|plan b)\b|(候補|代替)(として|に)残|残して?お(く|き|こう)|残しましょう|残す[。.]?$/i;

/** Putting a candidate off: neither accepted nor rejected ("let's put Shimane on hold", "保留にしましょう"). */
export const DEFERRAL_CUES = /\b(on hold|postpone(d)?|defer(red)?|park(ed)? (it|that|this)?|revisit (it|this|that)? ?later|maybe later|next year)\b|保留|後回し|先送り|来年度以降|改めて検討/i;

export const QUESTION_MARK = /[?？]\s*$/;
/** A question without a question mark: "…でしょうか。", "…ますか", "…かな". */
export const QUESTION_END_JA = /(でしょうか|ですか|ますか|ませんか|かな|かしら|だろうか)[。.]?\s*$/;

/** Words marking a negative sentence in which a suggestion word is turned around ("I don't think X is a good idea"). */
export const NEGATION = /\b(don'?t|do not|doesn'?t|does not|isn'?t|is not|aren'?t|won'?t|wouldn'?t|never|no longer)\b/i;

/** "Both", "neither": a reaction to every candidate just named, not to one. */
export const PLURAL_REFERENCE = /\b(both|neither|either|all of them|none of them)\b|両方|どちらも|いずれも|全部|すべて/i;

/** Splits text into sentences (for quoting the one with the cue). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])\s*|\n+|(?<=\.)\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
