/** Words in a request (English or Japanese) that signal each theme. */
import type { Theme } from '../knowledge/schemas.js';

export const THEME_KEYWORDS: Readonly<Record<Theme, RegExp>> = {
  'youth-exchange': /youth|young people|students?|high[- ]school|teen|pupils?|kids|children|若者|青少年|学生|生徒|高校|子ども|子供|ユース/i,
  education: /educat|school|teach|learn|curricul|教育|学校|学習|教員|授業/i,
  university: /universit|college|academ|campus|大学|学術|研究者/i,
  'disaster-recovery': /disaster|tsunami|earthquake|recover|reconstruct|resilien|災害|津波|地震|震災|復興|防災/i,
  'aging-health': /aging|ageing|elderly|older|health|nursing|care|高齢|健康|看護|介護|長寿|ヘルスケア/i,
  medical: /medic|hospital|doctor|医療|病院/i,
  water: /water|sewer|sanitation|水道|下水|上水|水/i,
  agriculture: /agricultur|farm|crop|rural|農業|農家|農村|農産/i,
  fisheries: /fish|marine|ocean|漁業|水産|海洋/i,
  food: /food|cuisine|culinary|beer|sake|brew|食|料理|ビール|日本酒|醸造/i,
  'ai-digital': /\bai\b|artificial intelligence|digital|tech skills|coding|programming|it skills|ict|人工知能|デジタル|ＡＩ|プログラミング|ICT/i,
  'technology-innovation': /innovation|technolog|startup|science|research|イノベーション|技術|科学|スタートアップ|研究/i,
  'business-investment': /business|invest|trade|compan|econom|export|industr|ビジネス|投資|貿易|企業|経済|輸出|産業/i,
  manufacturing: /manufactur|factory|automotive|製造|工場|自動車/i,
  energy: /energy|hydrogen|renewable|solar|エネルギー|水素|再生可能/i,
  'environment-climate': /environment|climate|green|sustainab|carbon|waste|recycl|環境|気候|脱炭素|ごみ|廃棄物|持続可能/i,
  tourism: /touris|visitor|inbound|travel|観光|インバウンド|旅行/i,
  'culture-arts': /cultur|\barts?\b|music|festival|craft|museum|文化|芸術|アート|祭|工芸|音楽/i,
  sports: /sport|olympic|baseball|soccer|スポーツ|五輪|オリンピック|野球/i,
  language: /language|japanese class|english|語学|日本語|英語|言語/i,
  'urban-planning': /urban|city planning|transport|housing|都市計画|まちづくり|交通|街づくり/i,
  'multicultural-coexistence': /multicultural|foreign residents|immigrant|inclusion|多文化|外国人住民|在留外国人|共生/i,
  'international-cooperation': /developing countr|international cooperation|volunteer|oda|途上国|国際協力|ボランティア|協力隊/i,
  peace: /peace|平和/i,
  'government-exchange': /government|officials|governor|mayor|legislat|行政|自治体職員|知事|市長|議員/i,
  'women-leadership': /women|female|gender|leadership|女性|ジェンダー|リーダー/i,
  'space-aviation': /space|aviation|aerospace|宇宙|航空/i,
};

export function themesOf(text: string): Theme[] {
  return (Object.keys(THEME_KEYWORDS) as Theme[]).filter((t) => THEME_KEYWORDS[t].test(text));
}
