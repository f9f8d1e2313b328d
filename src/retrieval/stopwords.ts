/** Words that carry no topic in questions: dropped before lexical search and coverage checks. */

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of in on at to for from by with without about into over under as is are was were be been being
  do does did done doing have has had having can could would should will shall may might must i me my we our us you your
  he she it its they them their this that these those there here what which who whom whose when where why how
  whats hows whos tell explain describe say said says give list show know please report reports document mention mentioned
  any some all each every more most much many also just only very than then so such not no yes thing things kind kinds
  according mentioned regarding does anything something other others again ever one
  year years since used use using become became becoming formally officially main major top long
  source sources type types happen happened happens work works worked called named name get got make made
  new good important specific particular exactly mostly latest recent way ways really actually well want wants
  through during within among toward towards upon onto via after before while`
    .split(/\s+/)
    .filter(Boolean),
);

/** Question endings and fillers in Japanese, removed before tokenizing (they would only add noise bigrams). */
export const JAPANESE_FILLERS =
  /(について|に関して|を教えて(ください|下さい)?|教えて(ください|下さい)?|とは何ですか|とは|って何|ってなに|ってなん|ですか|ますか|でしょうか|のですか|んですか|なのか|なの|何ですか|何が|何を|何|なに|どのような|どのように|どんな|どう|どこ|いつ|だれ|誰|なぜ|どうして|いくつ|ありますか|いますか|報告書|レポート|書かれて|述べられて|記載|として|てから|における|による|という|している|されている|された|ための|[?？!！。、])/g;
