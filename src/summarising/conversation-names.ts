/**
 * The names one conversation adds to the known ones: the items of Musubi's rendered lists with
 * every spelling people use for them (the other script Musubi gave, a place without its suffix,
 * a long name's initials or leading word), and the names people write in another script or
 * shortened the Japanese way, found by sound or by their characters.
 */
import { isOrdinaryEnglishWord } from '../bridge/english-words.js';
import type { ChatMessage } from '../core/types.js';
import { NameFinder, type FoundName } from './name-finder.js';
import { soundsAlike } from '../bridge/sound-key.js';
import { isOrdinaryKatakanaWord } from '../bridge/katakana-words.js';
import { packageWorld } from '../places/countries.js';

/** A name of this conversation and its spellings. */
export interface LocalName {
  readonly display: string;
  readonly spellings: string[];
}

const isJapanese = (s: string) => /[\u3040-\u9fff]/.test(s);

function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Musubi lists suggestions as "1. Name — reason" / "1. Name (kind, country): reason" / "1. Name (other script), Country — reason". */
const NUMBERED = /^\s*(?:\d+[.)]|[-•*])\s*\**([^—–:(\n*]+?)\**\s*(?:\(([^)]*)\)(?:,[^—–:\n]*)?)?\s*(?:(?:[—–:]|(?<=\s)-\s|^-)\s*(.+))?$/;

/**
 * One line of Musubi's rendered list: its name, every spelling it gives ("Elkton (エルクトン)",
 * "シーダーハーバー / Cedar Harbor": the other script in parentheses or after a slash) and its reason.
 */
export function listItem(line: string): { name: string; spellings: string[]; reason: string | null } | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  // "晋州市（진주시）", "ハートリー市（Hartley, ニューサウスウェールズ州）": full-width parentheses too.
  const full = /^([^（]+?)\s*（([^）]*)）\s*$/.exec(m[1]!.trim());
  const parts = (full ? full[1]! : m[1]!).split(/\s+\/\s+/).map((x) => x.trim()).filter(Boolean);
  // A line with no name in it ("1. ", "2. (…)") lists nothing.
  if (!parts.length || !/[\p{L}\p{N}]/u.test(parts[0]!)) return null;
  const inParens = (full?.[2] ?? m[2])?.split(/[,、，]/)[0]?.trim();
  // "(Paraná state)" describes; "(エルクトン)", "(Hartley, …)", "(IFTC)" name it in another script or short.
  // Katakana and Latin letters name one thing when they sound alike: "Elkton (エルクトン)" does,
  // "an event (ヘルシンキ)" gives where it is held.
  const named = inParens && ((scriptOf(inParens) !== scriptOf(parts[0]!) && (!kanaAndLatin(inParens, parts[0]!) || soundsAlike(inParens, parts[0]!))) || /^[A-Z0-9&]{2,8}$/.test(inParens)) ? [inParens] : [];
  // People drop a Japanese place's suffix ("晋州市" is written "晋州", "ルリア共和国" "ルリア") and
  // shorten a name at its inner exclamation or colon ("ハバタケ！国際塾" → "ハバタケ").
  const bare = parts.flatMap((x) => [
    ...(/^[\u3040-\u9fff]{2,}(市|町|村|県|州|共和国|王国|連邦)$/.exec(x) ? [x.replace(/(広域市|特別市|市|町|村|県|州|共和国|王国|連邦)$/, '')] : []),
    ...(/^(.{3,}?)[！!:：]/.exec(x) ? [/^(.{3,}?)[！!:：]/.exec(x)![1]!] : []),
  ]);
  // The display keeps what Musubi wrote ("東アジア海洋機構（EAMO）"): both names stay readable.
  // "Rengo — Federação … (パラナ日系団体連合会), Curitiba — …": the reason may open with the name in the other script.
  const inReason = m[3] ? /^[^(（]{0,80}[(（]([^)）]{2,24})[)）]/.exec(m[3])?.[1]?.trim() : undefined;
  const alias = inReason && scriptOf(inReason) !== scriptOf(parts[0]!) ? [inReason] : [];
  return { name: full ? m[1]!.trim() : parts[0]!, spellings: [...parts, ...named, ...bare, ...alias], reason: m[3] ? clip(m[3]) : null };
}

/** One spelling all katakana, the other all Latin letters: the pair sound-alike names are read in. */
const kanaAndLatin = (a: string, b: string) => {
  const kana = (x: string) => /^[\u30a1-\u30fa・ー\s]+$/.test(x);
  const latin = (x: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(x);
  return (kana(a) && latin(b)) || (latin(a) && kana(b));
};

const scriptOf = (s: string) => (/[\uac00-\ud7af]/.test(s) ? 'ko' : isJapanese(s) ? 'ja' : 'latin');

/**
 * Names Musubi suggested ("ミルフォード", a new program, or a known name): the team's later messages
 * name them too, often shortened, so they are found like known names for this conversation.
 */
export function musubiNames(messages: readonly ChatMessage[], names: NameFinder): LocalName[] {
  const out: LocalName[] = [];
  const add = (display: string, spellings: (string | null | undefined)[]) => {
    const given = spellings.map((x) => x?.trim()).filter((x): x is string => Boolean(x));
    // A short form may be a known name too ("Nagaoka"): in this conversation it is the listed one.
    const clean = [
      ...given,
      ...given.flatMap((x) => [acronymOf(x), shortFormOf(x), initialsWithoutPlace(x, names)].filter((y): y is string => Boolean(y))),
      // "Lindholm Wintermarkt" is Lindholm to people, "Universität Tübingen" Tübingen — unless that
      // word already names something known ("JICA …") or is a country.
      ...given.flatMap((x) => ownWords(x).filter((w) => !names.find(w)[0] && !packageWorld().countryNamed(w))),
      // "マルセイユ大学" is マルセイユ: a katakana name before the kanji word of its kind.
      ...given.flatMap((x) => {
        const head = /^([\u30a1-\u30fa\u30fc]{3,})[\u4e00-\u9fff]{1,4}$/.exec(x)?.[1];
        return head && !names.find(head)[0] ? [head] : [];
      }),
      ...given.flatMap((x) => japaneseShortForms(x, names)),
    ];
    // A known name Musubi listed is kept too: people shorten it the same way ("…ビジネス支援事業" for
    // "JICA…ビジネス支援事業"), and only the conversation's names are looked for in shortened form.
    out.push({ display, spellings: clean });
  };
  for (const m of messages) {
    if (!m.isMusubi) continue;
    for (const sug of m.suggestions ?? []) add(names.find(sug.nameEn ?? sug.name)[0]?.display ?? sug.nameEn ?? sug.name, [sug.name, sug.nameJa, sug.nameEn]);
    if (m.suggestions?.length || m.replyKind !== undefined) continue;
    for (const line of m.text.split('\n')) {
      const item = listItem(line);
      if (item) add(displayOfItem(item, names), item.spellings);
    }
  }
  // A short form two names share ("Okayama" of two universities) names neither.
  const owners = new Map<string, Set<string>>();
  for (const n of out) for (const sp of n.spellings) owners.set(sp, (owners.get(sp) ?? new Set()).add(n.display));
  return out.map((n) => ({ ...n, spellings: n.spellings.filter((sp) => owners.get(sp)!.size === 1) }));
}

/**
 * How Japanese shortens a listed name: without the known place it ends with (a branch's city:
 * 「ゲーテ・インスティトゥート東京」 is ゲーテ・インスティトゥート), by the first of its ・-joined katakana
 * words (ゲーテ), and, for a known place followed by the kanji word of its kind (「ドイツ連邦共和国大使館」),
 * by that word alone (大使館). A form two listed names share names neither (the filter in musubiNames).
 */
export function japaneseShortForms(name: string, names: NameFinder): string[] {
  if (!/^[\u3040-\u9fff・ー（）A-Za-z0-9&-]+$/.test(name) || !/[\u3040-\u9fff]/.test(name)) return [];
  const out: string[] = [];
  const found = names.find(name);
  const last = found.at(-1);
  if (last && last.at > 0 && last.at + last.spelling.length === name.length) {
    const rest = name.slice(0, last.at).replace(/・$/, '');
    if (Array.from(rest).length >= 3) out.push(rest);
  }
  for (let cut = name.length - 2; cut >= 2 && cut >= name.length - 4; cut--) {
    const place = name.slice(0, cut);
    const kind = name.slice(cut);
    const isPlace = isCountryName(place) || names.find(place)[0]?.spelling === place;
    if (isPlace && /^[\u4e00-\u9fff]{2,4}$/.test(kind)) {
      out.push(kind);
      break;
    }
  }
  // 「スポーツ振興くじ（toto）助成」: the short name given in parentheses inside the name.
  const inner = /.（([A-Za-z][A-Za-z0-9&-]{2,}|[\u30a1-\u30fa\u30fc]{3,})）./.exec(name)?.[1];
  if (inner) out.push(inner);
  // 「EPA介護福祉士候補者の受入れ」 is EPA: a Latin acronym the Japanese name opens with.
  const acronym = /^([A-Z]{2,5})(?=[\u3040-\u9fff])/.exec(name)?.[1];
  if (acronym) out.push(acronym);
  const lead = /^([\u30a1-\u30fa\u30fc]{3,})・[\u30a1-\u30fa\u30fc]/.exec(name)?.[1];
  if (lead && !names.find(lead)[0] && !isOrdinaryKatakanaWord(lead)) out.push(lead);
  return out.filter((x) => x !== name);
}

/** A country's name, short (ドイツ) or formal (ドイツ連邦共和国: the short name and the words of a state's formal name). */
function isCountryName(text: string): boolean {
  const world = packageWorld();
  if (world.countryNamed(text) !== null) return true;
  const formal = /^(.+?)(?:連邦)?(?:共和国|王国|民国|合衆国|公国|国)$/.exec(text);
  return formal !== null && world.countryNamed(formal[1]!) !== null;
}

/**
 * The words of a name of several that are names themselves (capitalised, four letters or more, no
 * dictionary word): "Universität Tübingen Medizin" gives Universität, Tübingen and Medizin. A word two
 * listed names share names neither (the filter in musubiNames), so "Universität" drops out where two
 * universities are listed.
 */
function ownWords(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  return words.filter((w) => /^[A-Z][\p{L}'’-]{3,}$/u.test(w) && !isOrdinaryEnglishWord(w.normalize('NFD').replace(/\p{M}/gu, '')));
}

/**
 * What people call a long name: its own first word when the rest are ordinary words — "Yanggu
 * County" is Yanggu, "Toyooka Institute of Science" Toyooka, "Poyang Wetland Reserve" Poyang.
 */
function shortFormOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^[A-Z][\p{L}'’-]{2,}$/u.test(words[0]!) || isOrdinaryEnglishWord(words[0]!)) return null;
  return words.slice(1).every((w) => isOrdinaryEnglishWord(w.replace(/[^A-Za-z]/g, '')) || /^(of|for|the|and|de|&)$/i.test(w)) ? words[0]! : null;
}

/**
 * The known name one of a list item's spellings is, else the item as Musubi wrote it: "Shimane
 * Prefecture" is Shimane, but "Tourism Nara" is not Nara — a known name counts only when what is
 * left of the spelling is an administrative word.
 */
const ADMINISTRATIVE = /^[\s,]*(prefecture|city|town|village|state|county|province|region|district|island|islands|市|町|村|県|府|都|州|さん)?[\s,]*$/i;
export const displayOfItem = (item: { name: string; spellings: readonly string[] }, names: NameFinder): string => {
  for (const x of item.spellings) {
    const f = names.find(x)[0];
    if (f && ADMINISTRATIVE.test(x.slice(0, f.at) + x.slice(f.at + f.spelling.length))) return f.display;
  }
  return item.name;
};

/** "Global Heron Trust" is also written GHT: the initials of a name of three capitalised words or more. */
export function acronymOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length >= 3 && words.length === name.split(/\s+/).filter((w) => !/^(of|for|the|and|de|in|on|&)$/i.test(w)).length ? words.map((w) => w[0]).join('') : null;
}

/**
 * "Nordic Culture Fund Oslo" is NCF to people: the initials of a name of capitalised words without
 * the known place it ends with (the branch's city is said only when it matters).
 */
function initialsWithoutPlace(name: string, names: NameFinder): string | null {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  if (words.length < 3 || names.find(last)[0]?.spelling !== last) return null;
  const own = words.slice(0, -1);
  return own.every((w) => /^[A-Z][a-z]/.test(w)) ? own.map((w) => w[0]).join('') : null;
}

/** A name's own words, without a trailing word for its kind: "Yanggu County" is Yanggu, "Kestrel Park" Kestrel. */
const KIND_WORD = /\s+(county|city|town|village|park|prefecture|state|province|region|district|islands?|lake|market)$/i;

/**
 * The conversation's own names written in the other script: "タウバテ" for Taubaté, "Darwin"
 * for ダーウィン — katakana runs and capitalised words not found otherwise, matched by sound.
 */
export function soundAlikes(sentence: string, found: readonly FoundName[], local: readonly LocalName[]): FoundName[] {
  if (!local.length) return [];
  const out: FoundName[] = [...abbreviations(sentence, found, local)];
  const spans = [...sentence.matchAll(/[\u30a1-\u30fa・ー]{3,}|[A-Z][\p{L}'’-]{2,}(?:\s+[A-Z][\p{L}'’-]+)*/gu)];
  for (const m of spans) {
    const at = m.index;
    const end = at + m[0].length;
    if ([...found, ...out].some((f) => f.at < end && at < f.at + f.spelling.length)) continue;
    const kana = /^[\u30a1-\u30fa・ー]+$/.test(m[0]);
    const match = local.find((n) =>
      n.spellings.some((sp) => {
        if (/^[\u30a1-\u30fa・ー]+$/.test(sp) === kana || /[\u3040-\u9fff]/.test(sp) === kana) return false;
        const own = sp.replace(KIND_WORD, '');
        return soundsAlike(m[0], sp) || (own !== sp && soundsAlike(m[0], own));
      }),
    );
    if (match && !out.some((f) => f.display === match.display)) out.push({ display: match.display, at, spelling: m[0] });
  }
  return out;
}

/** Whether `short` keeps `long`'s characters in order (日韓親善協会 in 日本韓国親善協会). */
function subsequenceOf(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * A Japanese name shortened the way Japanese shortens names: its tail ("駐福岡総領事館" for
 * 大韓民国駐福岡総領事館) or its characters in order from the first, ending with its head noun
 * ("日韓親善協会" for 日本韓国親善協会).
 */
function abbreviations(sentence: string, found: readonly FoundName[], local: readonly LocalName[]): FoundName[] {
  const out: FoundName[] = [];
  for (const m of sentence.matchAll(/[\u4e00-\u9fff々ヶ\u30a1-\u30faー]{4,}/g)) {
    for (let start = 0; start + 4 <= m[0].length; start++) {
      const run = m[0].slice(start);
      const at = m.index + start;
      if ([...found, ...out].some((f) => f.at < at + run.length && at < f.at + f.spelling.length)) continue;
      const match = local.find((n) =>
        n.spellings.some((sp) => sp.length > run.length && sp.endsWith(run.slice(-2)) && (sp.endsWith(run) || (sp[0] === run[0] && subsequenceOf(run, sp)))),
      );
      if (match) {
        out.push({ display: match.display, at, spelling: run });
        break;
      }
    }
  }
  return out;
}

/** The known names plus this conversation's own, the longer spelling winning where they overlap. */
export function finderWith(names: NameFinder, extra: readonly LocalName[]): (text: string) => FoundName[] {
  if (!extra.length) return (text) => names.find(text);
  const local = new NameFinder(extra);
  return (text) => {
    const global = names.find(text);
    // The conversation's own name wins a tie: "Toyooka" after Musubi listed Toyooka Institute of Science is the institute.
    const mine = local.find(text).filter((l) => !global.some((g) => g.at < l.at + l.spelling.length && l.at < g.at + g.spelling.length && g.spelling.length > l.spelling.length));
    const kept = global.filter((g) => !mine.some((l) => g.at < l.at + l.spelling.length && l.at < g.at + g.spelling.length));
    return [...kept, ...mine.filter((l) => !kept.some((k) => k.display === l.display))].sort((a, b) => a.at - b.at);
  };
}
