"""Build match-frozen-11.jsonl from the hand-written requests below.
Each request follows its line in draw-output.txt (kind, language, requester, target, scale, themes).
Run: python3 build.py  (writes match-frozen-11.jsonl)"""
import json


class Places(list):
    """A run of place names; .where is "jp" (Japanese municipalities) or "foreign"."""
    def __init__(self, where, items):
        super().__init__(items)
        self.where = where


def J(*names):
    """Japanese municipalities (and a few former-municipality / district names): kanji and romaji forms."""
    return Places("jp", names)


def F(*names):
    """Foreign places in English (with and without diacritics) and katakana / hanja where common."""
    return Places("foreign", names)


R = []
TYPES = {}   # id -> list of [item, "jp_place" | "foreign_place" | "body"]; written to acceptable-types.json


def add(rid, lang, kind, country, request, *groups):
    acc, types = [], []
    for g in groups:
        t = {"jp": "jp_place", "foreign": "foreign_place"}[g.where] if isinstance(g, Places) else "body"
        acc.extend(g)
        types.extend([x, t] for x in g)
    R.append({"id": rid, "language": lang, "request": request.strip(), "acceptable": acc,
              "country": country, "kind": kind})
    TYPES[rid] = types


# --- reusable program / organisation name forms (all checked against the reports or well-known bodies)
CLAIR = ["自治体国際化協会", "CLAIR", "クレア", "Council of Local Authorities for International Relations"]
JET = ["JETプログラム", "JET Programme", "JET Program", "語学指導等を行う外国青年招致事業"]
CIR = ["国際交流員", "Coordinator for International Relations", "JET CIR"]
ALT = ["外国語指導助手", "ALT", "Assistant Language Teacher"]
SEA = ["スポーツ国際交流員", "Sports Exchange Advisor"]
KUSANONE = ["JICA草の根技術協力事業", "草の根技術協力事業", "草の根技術協力", "JICA Partnership Program", "JPP"]
JOCV = ["JICA海外協力隊", "青年海外協力隊", "海外協力隊", "JOCV", "JICA Overseas Cooperation Volunteers", "JICA volunteers"]
JICA = ["JICA", "国際協力機構", "Japan International Cooperation Agency"]
SME = ["中小企業・SDGsビジネス支援事業", "民間連携事業", "JICA Private Sector Partnership", "SDGs Business Supporting Surveys"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade Organization"]
EXPORT_CONSORTIUM = ["新輸出大国コンソーシアム"]
JF = ["国際交流基金", "Japan Foundation"]
GGN = ["グローバル外交ネット", "Global Gaiko Net"]
MIRYOKU = ["地方の魅力発信プロジェクト"]
MIRYOKU_OVERSEAS = ["地域の魅力海外発信支援事業"]
TENNO_RECEPTION = ["天皇誕生日祝賀レセプション"]
SCI = ["Sister Cities International", "全米国際姉妹都市協会", "全米姉妹都市協会"]
JUSSCA = ["日米姉妹都市協会", "JUSSCA", "Japan-U.S. Sister City Association"]
TOMODACHI = ["TOMODACHIイニシアチブ", "TOMODACHI Initiative", "TOMODACHI"]
USEMB_GRANT = ["在日米国大使館", "U.S. Embassy Tokyo", "U.S. Embassy grants"]
USJF = ["米日財団", "United States-Japan Foundation"]
KAKEHASHI = ["KAKEHASHIプロジェクト", "KAKEHASHI Project"]
JAS = ["日米協会", "Japan-America Society"]
JNTO = ["日本政府観光局", "JNTO", "Japan National Tourism Organization"]
KOKUSAI_SUISHIN = ["国際協力推進員", "JICAデスク", "JICA desk"]
JPMIRAI = ["JP-MIRAI", "責任ある外国人労働者受入れプラットフォーム"]
NIKKAN = ["日韓文化交流基金", "Japan-Korea Cultural Foundation"]

# ------------------------------------------------------------------ m11-01 city en BR village festival
add("m11-01", "en", "city", "JP", """
Olá! I'm the cultural coordinator for a small município in the Alta Paulista region of São Paulo state, Brazil — about 7,500 people, founded in the 1930s largely by Japanese immigrant families. Our Nikkei association still runs a taiko group, a Bon Odori every August and a Tanabata festival that pulls visitors from the whole region. The mayor wants a formal sister-town in Japan: ideally a small rural town with a strong festival, dance or taiko tradition (bonus points if it already has some link with Brazil). Where should we look?
""",
    J("小坂町", "Kosaka", "熊野市", "Kumano", "遠軽町", "Engaru", "波佐見町", "Hasami", "中津川市", "Nakatsugawa",
      "串間市", "Kushima", "阿蘇市", "Aso City", "Aso, Kumamoto", "大泉町", "Oizumi", "羽後町", "Ugo Town", "Ugo, Akita", "郡上市", "Gujo", "佐渡市", "Sado"))

# ------------------------------------------------------------------ m11-02 city ja AU small city JET+snow
add("m11-02", "ja", "city", "JP", """
はじめまして。オーストラリア・ビクトリア州北東部の市役所（人口約4万）で国際交流を担当しています。元JETで、岩手でALTをしていました。うちの市はフォールズクリークやマウント・ホッサムといったスキー場への玄関口で、高校では日本語の授業がとても人気です。市長から「スノーと日本語教育でつながれる日本の姉妹都市を探してほしい」と言われています。同じくらいの規模で、スキー場があって、ALT／JETの受け入れにも熱心な日本の市町村を教えてください。
""",
    J("白馬村", "Hakuba", "野沢温泉村", "Nozawa Onsen", "倶知安町", "Kutchan", "ニセコ町", "Niseko", "妙高市", "Myoko",
      "富良野市", "Furano", "山形市", "Yamagata", "八幡平市", "Hachimantai", "雫石町", "Shizukuishi", "湯沢町", "Yuzawa",
      "南魚沼市", "Minamiuonuma", "大町市", "Omachi", "山ノ内町", "Yamanouchi"))

# ------------------------------------------------------------------ m11-03 city ja Yamanashi village -> ID, remote
add("m11-03", "ja", "city", "ID", """
山梨県道志村で地域おこし協力隊をしています。村は人口1,600人ほどの山あいの村で、横浜市の水源林とキャンプ場、清流が自慢ですが、高齢化と人口減少が深刻です。最近、村内の介護施設や農家でインドネシア出身の特定技能の方が数人働いていて、みなさん中部ジャワの山のほうの出身だそうです。せっかくのご縁なので、インドネシアの山間部の町や県と、過疎の山村どうしの交流（子どものオンライン授業、農業、観光）を始められないかと考えています。どのあたりが候補になりますか？
""",
    F("Wonosobo", "ウォノソボ", "Banjarnegara", "バンジャルヌガラ", "Temanggung", "テマングン", "Magelang", "マゲラン",
      "Karanganyar", "カランアニャール", "Boyolali", "ボヨラリ", "Purbalingga", "プルバリンガ", "Dieng", "ディエン",
      "Batu City", "Kota Batu", "バトゥ", "Bangli", "バンリ"))

# ------------------------------------------------------------------ m11-04 organisation en Hyogo NPO crafts+snow, no country
add("m11-04", "en", "organisation", None, """
Hi all — I'm the CIR at Toyooka City. I'm helping a small local NPO of kori-yanagi (willow basket) artisans up in the Kannabe highlands; they also run a ski-season guesthouse. They'd like to start some kind of overseas exchange — craft residencies, maybe winter visitors — but have zero contacts abroad and no budget yet. Which organisations should they approach first?
""",
    CLAIR, ["兵庫県国際交流協会", "Hyogo International Association", "HIA"], JF,
    ["JICA関西", "JICA Kansai"], KOKUSAI_SUISHIN, GGN, ["地域国際化協会", "国際交流協会"])

# ------------------------------------------------------------------ m11-05 city ja Mie town -> AU, training+research
add("m11-05", "ja", "city", "AU", """
三重県御浜町（人口8千人弱）の役場で産業振興を担当しています。温暖な気候で一年中なにかしら柑橘がとれる「年中みかんのとれるまち」です。若手農家や農業高校の生徒の研修と、大学の柑橘研究との連携ができるオーストラリアの町と交流したいと考えています。柑橘の産地で、近くに農学系の大学や研究機関がある町はどこかありますか？
""",
    F("Mildura", "ミルデューラ", "Renmark", "レンマーク", "Berri", "ベリ", "Loxton", "ロクストン", "Riverland", "リバーランド",
      "Griffith", "グリフィス", "Leeton", "リートン", "Gayndah", "ゲインダー", "Mundubbera", "マンダベラ",
      "Wagga Wagga", "ワガワガ", "Gatton", "ガットン"))

# ------------------------------------------------------------------ m11-06 city en Hyogo university -> CA, elderly care
add("m11-06", "en", "city", "CA", """
I work in the international office of a small nursing and social-welfare university in Himeji. Our faculty want a long-term partnership with a city in Canada — not only one university, but the city itself (care homes, community health, the local government), so our students can do practicums on dementia care and aging-in-place. Ideally a mid-sized city with a nursing school and an older population. Suggestions?
""",
    F("Victoria", "ビクトリア", "Kelowna", "ケロウナ", "Kamloops", "カムループス", "Nanaimo", "ナナイモ",
      "Hamilton", "ハミルトン", "Waterloo", "ウォータールー", "London, Ontario", "ロンドン（オンタリオ州）",
      "Halifax", "ハリファックス", "Saskatoon", "サスカトゥーン", "Lethbridge", "レスブリッジ", "Kingston", "キングストン"))

# ------------------------------------------------------------------ m11-07 city en MX town sports
add("m11-07", "en", "city", "JP", """
Hey — I'm on the sports council of a town of about 22,000 people in Jalisco, Mexico. Football is everything here: we have a youth academy with 300 kids and a small stadium. We'd love a partner town in Japan for youth football exchanges and coaching visits. Are there Japanese towns known as "football towns" — or ones that already have ties with Mexico?
""",
    J("藤枝市", "Fujieda", "鹿嶋市", "Kashima", "磐田市", "Iwata", "韮崎市", "Nirasaki", "楢葉町", "Naraha", "広野町", "Hirono",
      "御殿場市", "Gotemba", "Gotenba", "さいたま市", "Saitama", "浦和", "Urawa", "静岡市", "Shizuoka", "清水", "Shimizu",
      "御宿町", "Onjuku", "大多喜町", "Otaki"))

# ------------------------------------------------------------------ m11-08 city ja Fukui town tourism, no country
add("m11-08", "ja", "city", None, """
福井県池田町（人口2,500人弱）の観光担当です。町の面積の9割以上が森林で、有機農業と「食」を軸にした、ゆっくり過ごす田舎旅を打ち出しています。海外のスローシティ（チッタスロー）に加盟している町と、姉妹提携のような関係をつくりたいと考えています。国はこだわりません。規模の近い候補を挙げてもらえますか？
""",
    F("Orvieto", "オルヴィエート", "Greve in Chianti", "グレーヴェ・イン・キャンティ", "Positano", "ポジターノ",
      "Hersbruck", "ヘルスブルック", "Waldkirch", "ヴァルトキルヒ", "Seferihisar", "セフェリヒサル",
      "Damyang", "潭陽", "タミャン", "Hadong", "河東", "ハドン", "Wando", "莞島", "Goolwa", "グールワ",
      "Cowichan Bay", "カウチン・ベイ", "Sonoma", "ソノマ"))

# ------------------------------------------------------------------ m11-09 city en AT village disaster+snow
add("m11-09", "en", "city", "JP", """
Grüß Gott from Tyrol, Austria! I sit on the municipal council of a mountain village of about 2,800 people. Avalanche barriers, torrent control and our volunteer mountain-rescue and fire brigades are basically our identity — plus a ski area that keeps the village alive. We'd like a partner village in Japan with similar challenges (heavy snow, avalanches, landslides) to exchange volunteers, young firefighters and maybe ski instructors. Where would you look?
""",
    J("野沢温泉村", "Nozawa Onsen", "白馬村", "Hakuba", "小谷村", "Otari", "栄村", "Sakae", "立山町", "Tateyama",
      "白川村", "Shirakawa", "Shirakawa-go", "妙高市", "Myoko", "湯沢町", "Yuzawa", "津南町", "Tsunan",
      "富良野市", "Furano", "草津町", "Kusatsu"))

# ------------------------------------------------------------------ m11-10 city ja Akita town -> VN, care
add("m11-10", "ja", "city", "VN", """
秋田県美郷町の福祉担当です。町は人口約1.8万、高齢化率は4割近くです。町内の特養やデイサービスでベトナム出身の介護職員が十数人働いていて、とても頼りにされています。これからも人材が行き来できるよう、看護・介護の学校がある地域と研修や交流の協定を結びたいと考えています。ベトナムのどの省・市が候補になりそうですか？（2025年の省の合併で名前が変わったところもあると聞いていますが、新旧どちらの名前でも構いません）
""",
    F("Nam Dinh", "Nam Định", "ナムディン", "Thai Binh", "Thái Bình", "タイビン", "Hai Duong", "Hải Dương", "ハイズオン",
      "Nghe An", "Nghệ An", "ゲアン", "Ha Tinh", "Hà Tĩnh", "ハティン", "Thanh Hoa", "Thanh Hóa", "タインホア",
      "Hue City", "Huế", "Thua Thien Hue", "フエ", "Hung Yen", "Hưng Yên", "フンイエン", "Bac Giang", "Bắc Giang", "バクザン",
      "Phu Tho", "Phú Thọ", "フート", "Da Nang", "Đà Nẵng", "ダナン",
      "Ninh Binh", "Ninh Bình", "ニンビン", "Hai Phong", "Hải Phòng", "ハイフォン", "Bac Ninh", "Bắc Ninh", "バクニン"))

# ------------------------------------------------------------------ m11-11 mixed ja Ibaraki small city -> MN, sports+teachers
add("m11-11", "ja", "mixed", "MN", """
茨城県牛久市の教育委員会です。牛久は元横綱・稀勢の里の出身地で、子ども相撲が盛んです。モンゴルの地方都市と、子ども相撲とモンゴル相撲（ブフ）の交流、それに先生どうしの授業交流をやりたいと考えています。
①交流相手になりそうなモンゴルの都市
②使えそうな制度（先生の派遣や研修、費用面の支援）
を教えてください。
""",
    F("Ulaanbaatar", "ウランバートル", "Darkhan", "ダルハン", "Erdenet", "エルデネト", "Kharkhorin", "ハラホリン",
      "Zuunmod", "ゾーンモド", "Choibalsan", "チョイバルサン", "Mörön", "Murun", "ムルン", "Sükhbaatar", "Sukhbaatar", "スフバートル",
      "Khovd", "ホブド", "Arvaikheer", "アルバイヘール", "Tsetserleg", "ツェツェルレグ"),
    JOCV, ["現職教員特別参加制度"], ["教師海外研修", "JICA教師海外研修"], KUSANONE,
    ["自治体職員協力交流事業", "LGOTP"], CLAIR, CIR, KOKUSAI_SUISHIN, ["JICA筑波", "JICA Tsukuba"])

# ------------------------------------------------------------------ m11-12 program en Shiga mid city -> US, agriculture+tourism
add("m11-12", "en", "program", "US", """
CIR at Higashiomi City here (Shiga, pop. ~110k). Our farm sector — Omi beef, rice, a few sake breweries — and the tourism office want to build a real relationship with a region in the United States: visitors, buyers, maybe a formal sister city later. What programs or schemes are out there that we could actually use for this?
""",
    JET, CIR, SCI, JUSSCA, ["日米姉妹都市サミット", "日米リーダーシップ・サミット"], MIRYOKU, EXPORT_CONSORTIUM, JETRO,
    TOMODACHI, USEMB_GRANT, USJF, JAS)

# ------------------------------------------------------------------ m11-13 city en PH village multicultural
add("m11-13", "en", "city", "JP", """
Good day po! I'm the municipal social welfare officer of a small town (~9,000 people) in Albay, Bicol, Philippines. Over the years quite a few women from our town married and settled in rural Japan, and now many of our young people go as caregivers and technical interns. We want a sister-town relationship with a Japanese town that has a real Filipino community, so we can support our kababayan there and do cultural exchange. Which Japanese towns would make sense?
""",
    J("銚子市", "Choshi", "大蔵村", "Okura", "Ōkura", "山形県朝日町", "Asahi, Yamagata", "上小阿仁村", "Kamikoani",
      "真室川町", "Mamurogawa", "美濃加茂市", "Minokamo", "可児市", "Kani City", "Kani, Gifu", "豊川市", "Toyokawa", "高崎市", "Takasaki"))

# ------------------------------------------------------------------ m11-14 city ja Fukushima mid city tourism+snow, no country
add("m11-14", "ja", "city", None, """
会津若松市観光課です。鶴ヶ城と城下町、東山・芦ノ牧の温泉、冬は会津のスキー場と雪景色と、観光資源はそろっているのですが、インバウンドの伸びがいまひとつです。海外で、雪山・スキーと歴史ある旧市街の両方を売りにしている人口10万〜20万人くらいの都市と観光交流をしたいです。国は問いません。
""",
    F("Innsbruck", "インスブルック", "Salzburg", "ザルツブルク", "Grenoble", "グルノーブル", "Annecy", "アヌシー",
      "Bolzano", "ボルツァーノ", "Trento", "トレント", "Lucerne", "Luzern", "ルツェルン", "Kelowna", "ケロウナ",
      "Kamloops", "カムループス", "Gangneung", "江陵", "カンヌン"))

# ------------------------------------------------------------------ m11-15 city en TW county JET+islands
add("m11-15", "en", "city", "JP", """
Hello from Penghu County, Taiwan! I'm with the county education department. We're an archipelago of about 90 islands, population around 108,000, living from fishing and tourism. Several of our junior high schools now teach Japanese as an elective, and we'd like a partner island in Japan for online classes, school trips and teacher exchange — we're also curious how Japanese islands use their JET teachers. Which island municipalities would be a good fit?
""",
    J("石垣市", "Ishigaki", "与那国町", "Yonaguni", "宮古島市", "Miyakojima", "竹富町", "Taketomi", "五島市", "Goto",
      "壱岐市", "Iki City", "Iki Island", "対馬市", "Tsushima", "奄美市", "Amami", "屋久島町", "Yakushima", "隠岐の島町", "Okinoshima",
      "佐渡市", "Sado", "小豆島町", "Shodoshima", "土庄町", "Tonosho", "新上五島町", "Shinkamigoto"))

# ------------------------------------------------------------------ m11-16 organisation ja PH province JET
add("m11-16", "ja", "organisation", "JP", """
フィリピン・ビサヤ地方の州政府教育局の者です。日本に国費留学していたので日本語で失礼します。州として二つやりたいことがあります。
①州内の若い英語教師を、日本の学校のALTとして送り出したい
②州立高校で日本語の授業を始めたい
それぞれ、日本側・フィリピン側のどこに相談するのが正しいでしょうか？
""",
    CLAIR, JET, ["在フィリピン日本国大使館", "日本大使館", "Embassy of Japan in the Philippines"],
    ["在セブ日本国総領事館", "Consulate-General of Japan in Cebu"], ["在外公館"], JF,
    ["国際交流基金マニラ日本文化センター", "Japan Foundation, Manila", "Japan Foundation Manila"],
    ["日本語パートナーズ", "NIHONGO Partners"])

# ------------------------------------------------------------------ m11-17 organisation en PH small city sports
add("m11-17", "en", "organisation", "JP", """
Quick one: we're a city of ~60k in Negros Oriental, Philippines, with strong youth football and swimming programs. Looking for Japanese coaches and/or a partner city for sports exchange. Who do we contact?
""",
    JICA, ["JICAフィリピン事務所", "JICA Philippines"], JOCV, CLAIR, ["CLAIRシンガポール事務所", "CLAIR Singapore"],
    ["在フィリピン日本国大使館", "Embassy of Japan in the Philippines"], ["在セブ日本国総領事館", "Consulate-General of Japan in Cebu"],
    ["日本スポーツ振興センター", "Japan Sport Council", "JSC", "Sport for Tomorrow"], GGN)

# ------------------------------------------------------------------ m11-18 organisation en Tokyo ward -> PE business
add("m11-18", "en", "organisation", "PE", """
I'm in the industrial promotion section at Ota City, Tokyo — we have 3,000+ small manufacturers. A few of our machining and food-equipment firms are curious about Peru (mining, agro-export), and there's a big Nikkei network there. Which organisations should we be talking to, both in Japan and in Peru?
""",
    JETRO, ["JETROリマ事務所", "JETRO Lima"], JICA, ["JICA東京", "JICA Tokyo"], SME,
    ["在ペルー日本国大使館", "Embassy of Japan in Peru"], ["駐日ペルー大使館", "Embassy of Peru in Japan"],
    ["ペルー日系人協会", "Asociación Peruano Japonesa", "APJ"],
    ["大田区産業振興協会", "Ota City Industrial Promotion Organization"],
    ["東京都中小企業振興公社", "Tokyo Metropolitan Small and Medium Enterprise Support Center"],
    ["東京商工会議所", "Tokyo Chamber of Commerce and Industry"], ["PROMPERÚ"])

# ------------------------------------------------------------------ m11-19 city ja Saga school -> US, disaster+mountains
add("m11-19", "ja", "city", "US", """
佐賀市内の県立高校で地学と防災教育を担当している教員です。佐賀は2019年と2021年の大雨で市内の広い範囲が浸水しました。生徒の探究学習で、アメリカの山あいの町のうち、洪水・山火事・大雪などの災害から立ち直ってきた地域の高校とオンラインでつながりたいと考えています。雪の降る山地の町だとなおうれしいです。候補になりそうな町を教えてください。
""",
    F("Glens Falls", "グレンズフォールズ", "Paradise, California", "Paradise, CA", "Asheville", "アッシュビル",
      "Boulder", "ボルダー", "Lyons, Colorado", "Estes Park", "エステスパーク", "Gatlinburg", "ガトリンバーグ",
      "Hazard, Kentucky", "Montecito", "モンテシート", "Red Lodge", "レッドロッジ", "Santa Rosa", "サンタローザ",
      "Montpelier", "モントピリア"))

# ------------------------------------------------------------------ m11-20 program ja AU mid city teachers
add("m11-20", "ja", "program", "JP", """
オーストラリア・クイーンズランド州トゥーンバ（人口約14万）の州立高校で日本語を教えています。州では日本語の先生が足りず、若手の先生を育てたいと思っています。
①オーストラリア人の日本語教師が日本で研修できる制度
②日本の学校の先生と交流・交換できる仕組み
③卒業生が日本の学校で働ける制度
などがあれば教えてください。
""",
    JET, ALT, ["国際交流基金日本語国際センター", "国際交流基金 日本語教師研修", "海外日本語教師研修",
               "Japan Foundation Japanese-Language Institute", "Japan Foundation Sydney", "国際交流基金シドニー日本文化センター"], JF,
    ["教員研修留学生", "MEXT Teacher Training Program", "文部科学省奨学金", "MEXT Scholarship"],
    ["姉妹校", "sister school", "高槻市", "Takatsuki"], ["CLAIRシドニー事務所", "CLAIR Sydney"], CLAIR)

# ------------------------------------------------------------------ m11-21 program ja Mie town -> KR crafts+food
add("m11-21", "ja", "program", "KR", """
三重県多気町の商工観光担当です（人口1.4万）。高校生レストラン「まごの店」で知られる町で、酒蔵や味噌・醤油の蔵、地元の木工や陶芸の作家もいます。韓国との交流を始めて、食と酒、工芸の交流や販路づくりをしたいのですが、小さな町でも使える国や団体の制度・事業にはどんなものがありますか？
""",
    JET, CIR, CLAIR, ["CLAIRソウル事務所", "CLAIR Seoul", "自治体国際化協会ソウル事務所"], NIKKAN, JF,
    EXPORT_CONSORTIUM, JETRO, MIRYOKU, TENNO_RECEPTION, ["三重県国際交流財団", "MIEF"])

# ------------------------------------------------------------------ m11-22 city ja PE Cusco mountains
add("m11-22", "ja", "city", "JP", """
ペルー・クスコ市役所の観光部門で働いている日系三世です。クスコはアンデスの標高3,400mにある古都で、まわりにはアウサンガテやサルカンタイなど雪をかぶった山があり、トレッキングと登山が大きな産業です。日本の山岳観光の町と、山岳ガイドの育成や山岳救助、観光PRで協力できる関係をつくりたいです。合いそうな市町村はありますか？
""",
    J("大玉村", "Otama", "松本市", "Matsumoto", "高山市", "Takayama", "大町市", "Omachi", "駒ヶ根市", "Komagane",
      "白馬村", "Hakuba", "富士吉田市", "Fujiyoshida", "日光市", "Nikko", "立山町", "Tateyama", "安曇野市", "Azumino",
      "富士河口湖町", "Fujikawaguchiko"))

# ------------------------------------------------------------------ m11-23 city en VN province crafts
add("m11-23", "en", "city", "JP", """
Hi, I'm with the Department of Culture, Sports and Tourism of Da Nang, Vietnam — since the 2025 merger our city includes the former Quang Nam province, so Hoi An, Thanh Ha pottery village, Kim Bong carpentry village and many lantern makers are now ours. We're looking for a Japanese partner — a city or a prefecture — that is strong in traditional crafts (ceramics, lacquer, woodwork), ideally with some historical trading-port link. Who should we approach?
""",
    J("金沢市", "Kanazawa", "丹波篠山市", "Tamba-Sasayama", "Tambasasayama", "Sasayama", "瀬戸市", "Seto", "有田町", "Arita", "多治見市", "Tajimi",
      "土岐市", "Toki", "甲賀市", "Koka", "信楽", "Shigaraki", "備前市", "Bizen", "輪島市", "Wajima", "高岡市", "Takaoka",
      "長崎市", "Nagasaki", "伊万里市", "Imari", "益子町", "Mashiko"))

# ------------------------------------------------------------------ m11-24 program ja Ishikawa mid city JET+sports
add("m11-24", "ja", "program", None, """
白山市スポーツ課です。市内の小中学校の英語とあわせて、地域のスポーツ（特にスキーとラグビー）を指導できる外国人を市で受け入れたいと考えています。国のどういう制度を使えばいいでしょうか。
""",
    JET, SEA, ALT, CIR, CLAIR, ["地域おこし協力隊"])

# ------------------------------------------------------------------ m11-25 city en Hyogo small city env+startups, no country
add("m11-25", "en", "city", None, """
Toyooka City, northern Hyogo (~75k). We brought the Oriental white stork back to the wild and built an eco-friendly rice brand around it, and now we're launching a small incubator for green-tech and agri-tech startups. We'd like a partner city abroad — any country — of a similar size that's known both for environmental leadership and for a startup scene. Ideas?
""",
    F("Växjö", "Vaxjo", "ベクショー", "Lahti", "ラハティ", "Sønderborg", "Sonderborg", "セナボー", "Kalundborg", "カルンボー",
      "Güssing", "Gussing", "ギュッシング", "Wageningen", "ワーヘニンゲン", "Boulder", "ボルダー", "Davis", "デービス",
      "Umeå", "Umea", "ウメオ", "Tartu", "タルトゥ", "Leuven", "ルーヴェン", "Freiburg", "フライブルク"))

# ------------------------------------------------------------------ m11-26 program ja FR university research
add("m11-26", "ja", "program", "JP", """
フランスのストラスブール大学で日本学を教えています。学生を日本の地方に長期で送りたいのと、同僚の研究者が日本の地方自治や過疎地域について共同研究をしたいと言っています。学生の長期滞在、卒業生が日本で働く道、研究者の招へいに使える日本側の制度を一覧で知りたいです。
""",
    JET, ["国費外国人留学生", "文部科学省奨学金", "MEXT Scholarship"],
    ["国際交流基金日本研究フェローシップ", "Japan Foundation Japanese Studies Fellowship"], JF,
    ["日本学術振興会", "JSPS", "JSPS外国人特別研究員", "JSPS Postdoctoral Fellowship", "JSPS Invitational Fellowship"],
    ["PHC Sakura", "Programme Hubert Curien Sakura"], ["日本学生支援機構", "JASSO", "留学生受入れ促進プログラム"],
    ["ワーキング・ホリデー", "Working Holiday"])

# ------------------------------------------------------------------ m11-27 mixed ja Wakayama town export+festival, no country
add("m11-27", "ja", "mixed", None, """
和歌山県湯浅町の産業観光課です。湯浅は醤油発祥の地とされ、金山寺味噌と醤油蔵の町並み（重要伝統的建造物群保存地区）が自慢で、秋には祭りもあります。醤油・味噌を海外に売り込みつつ、発酵食や伝統の祭りでつながれる海外の町と交流したいです。国はまだ決めていません。相手先の候補と、輸出やPRに使える制度もあわせて教えてください。
""",
    F("Kerikeri", "ケリケリ", "Sunchang", "淳昌", "スンチャン", "Modena", "モデナ", "Zhenjiang", "鎮江", "ジェンジャン",
      "Dijon", "ディジョン", "Jerez de la Frontera", "ヘレス"),
    JETRO, EXPORT_CONSORTIUM, MIRYOKU, MIRYOKU_OVERSEAS, TENNO_RECEPTION, JET, CIR, CLAIR, ["和歌山県国際交流協会"])

# ------------------------------------------------------------------ m11-28 city en MY village tourism
add("m11-28", "en", "city", "JP", """
Salam from Kedah, Malaysia! I coordinate a kampung homestay programme — our village has about 1,800 people, paddy fields, a river and a small waterfall, 40 minutes from the Langkawi ferry. We want to learn from a Japanese village that does farm stays / minpaku, and exchange guests both ways. It has to be Muslim-friendly for our groups. Where in Japan?
""",
    J("帯広市", "Obihiro", "宇佐市", "Usa City", "Usa, Oita", "安心院", "Ajimu", "飯田市", "Iida", "松浦市", "Matsuura", "小値賀町", "Ojika",
      "伊江村", "Ie Village", "Iejima", "Ie Island", "遠野市", "Tono", "飯山市", "Iiyama", "南砺市", "Nanto", "田辺市", "Tanabe", "南島原市", "Minamishimabara"))

# ------------------------------------------------------------------ m11-29 city ja GB village sports+business
add("m11-29", "ja", "city", "JP", """
イギリス・スコットランドのスペイサイドにある村（人口約2,000人）のコミュニティ・カウンシルの者です。昔JETで長野にいました。村には蒸留所が二つあり、毎年夏のハイランド・ゲームズが一番の行事です。ウイスキーを軸に、観光とビジネス（輸出や蒸留所どうしの交流）、それに子どもたちのスポーツ交流もできる日本の小さな町を探しています。
""",
    J("余市町", "Yoichi", "厚岸町", "Akkeshi", "宮田村", "Miyada", "北杜市", "Hokuto", "白州", "Hakushu", "島本町", "Shimamoto",
      "秩父市", "Chichibu", "御殿場市", "Gotemba", "砺波市", "Tonami", "日置市", "Hioki", "南さつま市", "Minamisatsuma",
      "廿日市市", "Hatsukaichi", "長浜市", "Nagahama"))

# ------------------------------------------------------------------ m11-30 city ja Nara mid city -> US, university+environment
add("m11-30", "ja", "city", "US", """
奈良県生駒市の環境部局です（人口約11万）。市内に奈良先端科学技術大学院大学（NAIST）があり、市民も出資する地域エネルギー会社をつくってゼロカーボンに取り組んでいます。アメリカで、研究大学があって環境・気候政策に力を入れている同じくらいの規模の都市と、研究者・学生・市民の交流を始めたいです。
""",
    F("Boulder", "ボルダー", "Davis", "デービス", "Ann Arbor", "アナーバー", "Ithaca", "イサカ", "Corvallis", "コーバリス",
      "Eugene", "ユージーン", "Fort Collins", "フォートコリンズ", "Burlington, Vermont", "Palo Alto", "パロアルト",
      "Berkeley", "バークレー", "Chapel Hill", "チャペルヒル", "Madison", "マディソン"))

# ------------------------------------------------------------------ m11-31 city ja Iwate town -> MN, environment+research
add("m11-31", "ja", "city", "MN", """
岩手県雫石町の企画担当です（人口約1.5万）。小岩井農場に代表される酪農の町で、葛根田地熱発電所もあります。岩手大学と一緒に、寒冷地での家畜ふん尿のバイオガス化や、地熱・再エネの研究交流をモンゴルの地方都市とできないかと考えています。気候や産業が近い候補を教えてください。
""",
    F("Tsetserleg", "ツェツェルレグ", "Arkhangai", "アルハンガイ", "Darkhan", "ダルハン", "Erdenet", "エルデネト",
      "Bulgan", "ブルガン", "Zuunmod", "ゾーンモド", "Kharkhorin", "ハラホリン", "Mörön", "Murun", "ムルン",
      "Sükhbaatar", "Sukhbaatar", "スフバートル", "Bayankhongor", "バヤンホンゴル", "Ulaanbaatar", "ウランバートル"))

# ------------------------------------------------------------------ m11-32 city ja ID university IT+multicultural
add("m11-32", "ja", "city", "JP", """
インドネシアのスラバヤ工科大学（ITS）で情報工学を教えています。日本に留学していたので日本語で書きます。うちの卒業生を日本の地方のIT企業に送り出し、定着まで支えられる仕組みを、日本のどこかの市と一緒につくりたいです。地方都市が地元の大学と組んで、バングラデシュのICT人材を受け入れているような事例をイメージしています。IT企業が集まっていて、外国人住民の支援（多文化共生）もしっかりしている市を教えてください。
""",
    J("宮崎市", "Miyazaki", "長崎市", "Nagasaki", "福岡市", "Fukuoka", "北九州市", "Kitakyushu", "高知市", "Kochi",
      "会津若松市", "Aizuwakamatsu", "Aizu-Wakamatsu", "浜松市", "Hamamatsu", "長岡市", "Nagaoka", "札幌市", "Sapporo", "神戸市", "Kobe"))

# ------------------------------------------------------------------ m11-33 mixed en Gifu small city -> KR onsen
add("m11-33", "en", "mixed", "KR", """
Gero City, Gifu (~30k) — one of Japan's "three famous hot springs". We get lots of Korean visitors and want a formal partnership with a hot-spring city in South Korea, plus help on the how-to (who runs the exchange, any funding). Which Korean cities, and which schemes or organisations?
""",
    F("Asan City", "Asan, South Chungcheong", "牙山", "アサン", "Onyang", "温陽", "Chungju", "忠州", "チュンジュ", "Suanbo", "水安堡", "Icheon", "利川", "イチョン",
      "Yesan", "礼山", "イェサン", "Uljin", "蔚珍", "ウルチン", "Changnyeong", "昌寧", "Yuseong", "儒城", "ユソン",
      "Dongnae", "東萊"),
    CLAIR, ["CLAIRソウル事務所", "CLAIR Seoul"], JET, CIR, JNTO, NIKKAN, MIRYOKU,
    ["岐阜県国際交流センター", "Gifu International Center"])

# ------------------------------------------------------------------ m11-34 mixed ja Okayama prefecture -> NP business
add("m11-34", "ja", "mixed", "NP", """
岡山県庁で産業の国際展開を担当しています。県内の農機具メーカーやデニム・縫製の企業がネパール進出に関心を持っていて、県内で働くネパール出身の方も増えています。岡山にはAMDAの本部がある縁もあります。ネパールのどの都市と関係をつくるとよいか、あわせてJICAなど使える事業・相談先も知りたいです。
""",
    F("Kathmandu", "カトマンズ", "Lalitpur", "Patan", "ラリトプル", "Bhaktapur", "バクタプル", "Pokhara", "ポカラ",
      "Butwal", "ブトワル", "Damak", "ダマック", "Biratnagar", "ビラトナガル", "Birgunj", "ビルガンジ",
      "Bharatpur", "バラトプル", "Hetauda", "ヘタウダ"),
    SME, KUSANONE, ["JICA中国", "JICA Chugoku"], ["JICAネパール事務所", "JICA Nepal"], JETRO,
    ["在ネパール日本国大使館", "Embassy of Japan in Nepal"], ["AMDA", "アムダ"], ["岡山県国際交流協会"], JPMIRAI)

# ------------------------------------------------------------------ m11-35 city ja MY village care
add("m11-35", "ja", "city", "JP", """
マレーシア・ペラ州の村（人口約5,000人）で地域保健のNGOをしています。ルックイースト政策で日本の大学に留学していました。若い人がクアラルンプールに出てしまい、村はお年寄りばかりです。日本で、村ぐるみでお年寄りを支える仕組み（地域包括ケアや住民の健康づくり）で有名な小さな町や村と交流して学びたいのですが、どこがよいでしょうか。
""",
    J("西和賀町", "Nishiwaga", "沢内", "Sawauchi", "佐久穂町", "Sakuho", "八千穂", "Yachiho", "佐久市", "Saku City", "Saku, Nagano",
      "泰阜村", "Yasuoka", "尾道市", "Onomichi", "御調", "Mitsugi", "上勝町", "Kamikatsu", "大宜味村", "Ogimi",
      "北中城村", "Kitanakagusuku"))

# ------------------------------------------------------------------ m11-36 program ja US state business
add("m11-36", "ja", "program", "JP", """
アメリカ・テネシー州の経済開発局で日本企業の誘致を担当しています（元JETなので日本語で失礼します）。州には日系企業がたくさんありますが、工場誘致だけでなく、日本の県や市との長い付き合いもつくっていきたいです。州レベルで使える日米間の枠組みやプログラム、参加すべき会議などを教えてください。
""",
    ["姉妹州", "姉妹州県提携", "sister state", "sister-state"], ["日米南東部会", "SEUS", "Southeast U.S./Japan Association"],
    ["SelectUSA", "セレクトUSA"], JETRO, JET, ["USJETAA", "JETAA", "JET同窓会"], JAS, ["Japan-America Society of Tennessee"],
    ["日米リーダーシップ・サミット"], JUSSCA, SCI, ["日米姉妹都市サミット"],
    ["グラスルーツからの日米関係強化に関する政府タスクフォース"], ["在ナッシュビル日本国総領事館", "Consulate-General of Japan in Nashville"],
    ["カルコン", "CULCON"])

# ------------------------------------------------------------------ m11-37 mixed ja US NPO sports+islands
add("m11-37", "ja", "mixed", "JP", """
アメリカ・ハワイ島のヒロで、アウトリガーカヌーとサーフィンのユースクラブを運営しているNPOです（日系4世で、日本語は勉強中です）。子どもたちを日本の島に連れて行って、海のスポーツと島の暮らしで交流したいです。相手になりそうな日本の島の町村と、旅費や交流の助成に使えるプログラムがあれば教えてください。
""",
    J("座間味村", "Zamami", "宮古島市", "Miyakojima", "石垣市", "Ishigaki", "西之表市", "Nishinoomote", "南種子町", "Minamitane",
      "中種子町", "Nakatane", "新島村", "Niijima", "八丈町", "Hachijo", "奄美市", "Amami", "屋久島町", "Yakushima"),
    TOMODACHI, USEMB_GRANT, USJF, KAKEHASHI, ["米日カウンシル", "U.S.-Japan Council"], JET, SCI, JUSSCA, JAS)

# ------------------------------------------------------------------ m11-38 city ja NP large city tourism
add("m11-38", "ja", "city", "JP", """
ネパール・ポカラ市の観光局で働いています。日本で6年働いていたので日本語で書きます。ポカラはフェワ湖とアンナプルナの山々の町で、観光が一番の産業です（人口約50万人）。日本の、湖と山が観光の中心になっている町と、観光交流やPRを一緒にやりたいです。いまあるつながりも含めて候補を教えてください。
""",
    J("駒ヶ根市", "Komagane", "松本市", "Matsumoto", "富士河口湖町", "Fujikawaguchiko", "箱根町", "Hakone", "諏訪市", "Suwa",
      "大津市", "Otsu City", "Otsu, Shiga", "十和田市", "Towada", "日光市", "Nikko", "洞爺湖町", "Toyako", "弟子屈町", "Teshikaga", "大町市", "Omachi"))

# ------------------------------------------------------------------ m11-39 mixed en Gunma university -> FR research
add("m11-39", "en", "mixed", "FR", """
I'm at the international office of a university campus in Kiryu, Gunma. Our textile and materials lab works on silk — Gunma is silk country, and the Tomioka Silk Mill was built with French engineers in 1872. We'd like a French town with silk heritage as a partner for student field schools and joint research, and we need to know which funding schemes exist for Japan–France academic exchange. Suggestions for both?
""",
    F("Lyon", "リヨン", "Bourg-de-Péage", "ブール＝ド＝ペアージュ", "Saint-Jean-du-Gard", "サン＝ジャン＝デュ＝ガール",
      "Saint-Hippolyte-du-Fort", "Ganges", "ガンジュ", "Valence", "ヴァランス", "Tours, France", "トゥール"),
    ["PHC Sakura", "Programme Hubert Curien Sakura"], ["日本学術振興会", "JSPS", "二国間交流事業", "JSPS Bilateral Program"],
    ["Erasmus+", "エラスムス・プラス"], ["Campus France", "キャンパス・フランス"],
    ["アンスティチュ・フランセ日本", "Institut français du Japon"], ["日仏会館", "Maison franco-japonaise"], JF)

# ------------------------------------------------------------------ m11-40 city en KR village trainees
add("m11-40", "en", "city", "JP", """
Hello, I work at the agricultural technology centre of a highland myeon in Gangwon-do, South Korea (about 4,000 people, 700–900 m altitude, summer cabbage and radish). We want to send young farmers for 1–3 months of technical training in a Japanese highland vegetable village — cooperative management, smart farming, how they cope with labour shortages. Which villages would be good partners?
""",
    J("長野県川上村", "川上村", "Kawakami, Nagano", "Kawakami Village", "長野県南牧村", "Minamimaki", "嬬恋村", "Tsumagoi",
      "群馬県昭和村", "Showa Village", "Showa, Gunma", "原村", "Hara Village", "Hara, Nagano", "富士見町", "Fujimi, Nagano", "中札内村", "Nakasatsunai", "更別村", "Sarabetsu", "真狩村", "Makkari"))

# ------------------------------------------------------------------ m11-41 organisation en ID small city onsen+environment
add("m11-41", "en", "organisation", "JP", """
Tomohon, North Sulawesi, Indonesia (~100k): volcanoes, hot springs and the Lahendong geothermal plant next door. Our small hot-spring resorts discharge untreated water into the rivers, and we'd like to learn how Japanese onsen towns manage hot-spring resources and wastewater. Which Japanese organisations or agencies should we contact to start a cooperation?
""",
    JICA, ["JICAインドネシア事務所", "JICA Indonesia"], KUSANONE, CLAIR, ["CLAIRシンガポール事務所", "CLAIR Singapore"],
    ["在インドネシア日本国大使館", "Embassy of Japan in Indonesia"], ["日本温泉協会"],
    ["地球環境戦略研究機関", "IGES", "Institute for Global Environmental Strategies"],
    ["北九州国際技術協力協会", "Kitakyushu International Techno-cooperative Association"],
    ["JOGMEC", "エネルギー・金属鉱物資源機構", "Japan Organization for Metals and Energy Security"],
    ["環境省", "Ministry of the Environment"])

# ------------------------------------------------------------------ m11-42 mixed en CA mid city tourism+homestay
add("m11-42", "en", "mixed", "JP", """
Economic development officer in Kingston, Ontario, Canada (~135k). Limestone heritage city, Queen's University, the Thousand Islands on our doorstep, and plenty of families who host exchange students. Council wants a Japanese partner city for tourism promotion and student homestays. Which Japanese cities fit, and what programs would we plug into (for staff, students, funding)?
""",
    J("松江市", "Matsue", "弘前市", "Hirosaki", "松本市", "Matsumoto", "彦根市", "Hikone", "松山市", "Matsuyama",
      "金沢市", "Kanazawa", "松島町", "Matsushima", "大津市", "Otsu City", "Otsu, Shiga", "犬山市", "Inuyama", "姫路市", "Himeji", "盛岡市", "Morioka"),
    JET, ["ワーキング・ホリデー", "Working Holiday"], KAKEHASHI, CLAIR, ["CLAIRニューヨーク事務所", "CLAIR New York"],
    ["国際交流協会", "international exchange association", "Kokusai Koryu Kyokai"], ["在トロント日本国総領事館", "Consulate-General of Japan in Toronto"], JNTO, GGN)

# ------------------------------------------------------------------ m11-43 mixed ja TH province tourism+festival
add("m11-43", "ja", "mixed", "JP", """
タイ北部のチェンマイ県観光スポーツ事務所の職員です。日本に留学していたので日本語で書きます。チェンマイはコムローイ（天灯）を上げるイーペン祭りとロイクラトンで有名です。灯りやお祭りを軸に、日本の祭りの町と観光・文化交流をしたいです。相手になりそうな都市と、交流の相談先や使える仕組みを教えてください。
""",
    J("青森市", "Aomori", "弘前市", "Hirosaki", "五所川原市", "Goshogawara", "長崎市", "Nagasaki", "秋田市", "Akita",
      "仙台市", "Sendai", "徳島市", "Tokushima", "高山市", "Takayama", "大仙市", "Daisen, Akita", "大曲", "Omagari",
      "長岡市", "Nagaoka", "山鹿市", "Yamaga City", "Yamaga, Kumamoto"),
    JNTO, ["JNTOバンコク事務所", "JNTO Bangkok"], ["在チェンマイ日本国総領事館", "Consulate-General of Japan in Chiang Mai"],
    JF, ["国際交流基金バンコク日本文化センター", "Japan Foundation, Bangkok"], CLAIR, ["CLAIRシンガポール事務所", "CLAIR Singapore"], GGN)

# ------------------------------------------------------------------ m11-44 mixed ja Tokushima NPO -> KR multicultural
add("m11-44", "ja", "mixed", "KR", """
徳島市で外国人住民の生活相談と日本語教室をしているNPOです。県内ではベトナムやフィリピン出身の技能実習生や、結婚で移住してきた方が増えています。韓国は「多文化家族支援センター」など外国人住民を支える仕組みが進んでいると聞きました。韓国の先進的な自治体と、現場どうしの交流をしたいです。どの市・郡がよいか、また相談できる団体や助成も教えてください。
""",
    F("Ansan", "安山", "アンサン", "Siheung", "始興", "シフン", "Hwaseong", "華城", "ファソン", "Gimhae", "金海", "キメ",
      "Yeongam", "霊岩", "ヨンアム", "Gimpo", "金浦", "キンポ", "Pocheon", "抱川", "ポチョン", "Eumseong", "陰城", "ウムソン"),
    ["徳島県国際交流協会", "TOPIA"], CLAIR, ["CLAIRソウル事務所", "CLAIR Seoul"], ["JICA四国", "JICA Shikoku"],
    KOKUSAI_SUISHIN, JPMIRAI, NIKKAN)

# ------------------------------------------------------------------ m11-45 mixed ja Kagoshima small city -> US crafts+spirits
add("m11-45", "ja", "mixed", "US", """
鹿児島県日置市の商工観光課です（人口約4.7万）。市内の美山は薩摩焼の里で、焼酎蔵や新しいウイスキー蒸溜所もあります。アメリカで、陶芸・工芸とクラフトスピリッツ（バーボンなど）の両方で知られる町と交流して、焼酎の輸出や観光PRにもつなげたいです。候補の町と、輸出や交流に使える制度・相談先を教えてください。
""",
    F("Bardstown", "バーズタウン", "Louisville", "ルイビル", "Frankfort, Kentucky", "Lexington, Kentucky",
      "Lynchburg, Tennessee", "Paducah", "パデューカ", "Berea", "ベリア", "Seagrove", "シーグローブ",
      "Asheville", "アッシュビル", "Santa Fe", "サンタフェ", "Alfred, New York"),
    JETRO, EXPORT_CONSORTIUM, MIRYOKU, JAS, JUSSCA, SCI, JET, CIR, ["鹿児島県国際交流協会"])


with open("match-frozen-11.jsonl", "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("acceptable-types.json", "w", encoding="utf-8") as f:
    json.dump(TYPES, f, ensure_ascii=False, indent=0)
    f.write("\n")
print(f"wrote {len(R)} requests")
