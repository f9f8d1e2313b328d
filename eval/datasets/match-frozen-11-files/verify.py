"""Check match-frozen-11.jsonl.  Run: python3 verify.py   (prints OK or the problems, exit 1 on problems)

Checks
  * 45 lines, each a JSON object with exactly the keys id, language, request, acceptable, country, kind
  * ids m11-01 .. m11-45, unique; language ja|en and the text's script agrees with it; >= 24 ja
  * kind counts exactly city 24, program 6, organisation 5, mixed 10
  * country is null or an ISO 3166 alpha-2 code from the list below
  * >= 15 requests name (in their text) a country other than Japan and the US, and every request whose
    country field is a third country names that country
  * acceptable: non-empty list of non-empty strings, no duplicates (also none after NFKC/case/space folding)
  * city requests have 6-20 candidate places (estimated from acceptable-types.json)
  * every Japanese municipality name (…市/町/村/区, optionally with its prefecture) is a real municipality in
    jp-municipalities.tsv; former-municipality / district names are listed in FORMER_OR_DISTRICT
  * every program / organisation name is found in /work/shared/reports (whitespace- and case-folded), or is an
    alias of a name found there (ALIAS_OF), or is a well-known real body / scheme (WELL_KNOWN)
  * acceptable-types.json matches the acceptable lists item for item
"""
import glob
import json
import re
import sys
import unicodedata

HERE = "/work/newsets/match11/"
REPORTS = "/work/shared/reports/*.txt"
problems = []


def bad(msg):
    problems.append(msg)


def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


ISO = {"JP", "US", "AU", "CA", "BR", "TH", "VN", "KE", "NP", "DE", "FR", "KR", "PH", "NZ", "ID", "MY", "MN",
       "IT", "GB", "AT", "MX", "PE", "IN", "TW", "CN", "CH", "ES", "BD", "LK", "ZM"}
# how each country may be named in a request (ja and en)
COUNTRY_NAMES = {
    "BR": ["Brazil", "ブラジル"], "AU": ["Australia", "オーストラリア", "豪州"], "ID": ["Indonesia", "インドネシア"],
    "CA": ["Canada", "カナダ"], "MX": ["Mexico", "メキシコ"], "AT": ["Austria", "オーストリア"],
    "VN": ["Vietnam", "Viet Nam", "ベトナム"], "MN": ["Mongolia", "モンゴル"], "PH": ["Philippines", "フィリピン"],
    "TW": ["Taiwan", "台湾"], "PE": ["Peru", "ペルー"], "KR": ["Korea", "韓国"], "FR": ["France", "フランス"],
    "MY": ["Malaysia", "マレーシア"], "GB": ["United Kingdom", "Scotland", "イギリス", "英国", "スコットランド"],
    "NP": ["Nepal", "ネパール"], "TH": ["Thailand", "タイ北部", "タイ王国", "タイの"], "DE": ["Germany", "ドイツ"],
    "IT": ["Italy", "イタリア"], "NZ": ["New Zealand", "ニュージーランド"], "IN": ["India", "インド"],
    "KE": ["Kenya", "ケニア"], "CN": ["China", "中国"],
}

KINDS = {"city": 24, "program": 6, "organisation": 5, "mixed": 10}
KEYS = {"id", "language", "request", "acceptable", "country", "kind"}

# Japanese place names that are not current municipalities but name a real part of one (kept because a
# system may print them): ward / former town / district of the municipality given.
FORMER_OR_DISTRICT = {
    "浦和": "さいたま市浦和区 (former Urawa city)", "清水": "静岡市清水区 (former Shimizu city)",
    "信楽": "甲賀市信楽町 (Shigaraki)", "安心院": "宇佐市安心院町 (former Ajimu town)",
    "白州": "北杜市白州町 (Hakushu)", "沢内": "西和賀町 (former Sawauchi village)",
    "八千穂": "佐久穂町 (former Yachiho village)", "御調": "尾道市御調町 (former Mitsugi town)",
    "大曲": "大仙市 (former Omagari city)",
}

# forms of a body whose canonical name appears in the reports
ALIAS_OF = {
    "JET Programme": "JETプログラム", "JET Program": "JETプログラム", "語学指導等を行う外国青年招致事業": "JETプログラム",
    "JET CIR": "国際交流員", "Coordinator for International Relations": "国際交流員",
    "Assistant Language Teacher": "外国語指導助手", "Sports Exchange Advisor": "スポーツ国際交流員",
    "クレア": "CLAIR", "Council of Local Authorities for International Relations": "自治体国際化協会",
    "CLAIRシドニー事務所": "CLAIR", "CLAIR Sydney": "CLAIR", "CLAIRシンガポール事務所": "CLAIR",
    "CLAIR Singapore": "CLAIR", "CLAIRソウル事務所": "CLAIR", "CLAIR Seoul": "CLAIR",
    "自治体国際化協会ソウル事務所": "自治体国際化協会", "CLAIRニューヨーク事務所": "CLAIR", "CLAIR New York": "CLAIR",
    "Global Gaiko Net": "グローバル外交ネット", "Hyogo International Association": "兵庫県国際交流協会",
    "HIA": "兵庫県国際交流協会", "JICA Kansai": "JICA関西", "JICA Chugoku": "JICA中国", "JICA Shikoku": "JICA四国",
    "JICA Tokyo": "JICA東京", "JICA Tsukuba": "JICA筑波", "JICA Nepal": "JICAネパール事務所",
    "JICAインドネシア事務所": "JICA", "JICA Indonesia": "JICA", "JICAフィリピン事務所": "JICA", "JICA Philippines": "JICA",
    "Japan International Cooperation Agency": "国際協力機構", "JICA desk": "国際協力推進員", "JICAデスク": "国際協力推進員",
    "JICA Overseas Cooperation Volunteers": "JICA海外協力隊", "JICA volunteers": "JICA海外協力隊",
    "JICA Partnership Program": "草の根技術協力事業", "JPP": "草の根技術協力事業", "JICA教師海外研修": "教師海外研修",
    "JICA Private Sector Partnership": "民間連携事業", "SDGs Business Supporting Surveys": "中小企業・SDGsビジネス支援事業",
    "Japan External Trade Organization": "日本貿易振興機構", "JETROリマ事務所": "JETRO", "JETRO Lima": "JETRO",
    "Japan-America Society": "日米協会", "Japan-America Society of Tennessee": "日米協会",
    "Japan-U.S. Sister City Association": "日米姉妹都市協会", "TOMODACHI Initiative": "TOMODACHIイニシアチブ",
    "KAKEHASHI Project": "KAKEHASHIプロジェクト", 
    "U.S. Embassy Tokyo": "在日米国大使館", "U.S. Embassy grants": "在日米国大使館",
    "Working Holiday": "ワーキング・ホリデー", "sister school": "姉妹校", "sister state": "姉妹州", "sister-state": "姉妹州",
    "姉妹州県提携": "姉妹州", "Kokusai Koryu Kyokai": "国際交流協会", "international exchange association": "国際交流協会",
    "Institute for Global Environmental Strategies": "地球環境戦略研究機関",
    "Kitakyushu International Techno-cooperative Association": "北九州国際技術協力協会",
    "Ministry of the Environment": "環境省", "NIHONGO Partners": "日本語パートナーズ",
    "国際交流基金日本研究フェローシップ": "国際交流基金", "Japan Foundation Japanese Studies Fellowship": "国際交流基金",
    "国際交流基金 日本語教師研修": "国際交流基金", "国際交流基金日本語国際センター": "国際交流基金",
    "Japan Foundation Japanese-Language Institute": "国際交流基金", "海外日本語教師研修": "国際交流基金",
    "国際交流基金シドニー日本文化センター": "国際交流基金", "Japan Foundation Sydney": "国際交流基金",
    "国際交流基金マニラ日本文化センター": "国際交流基金", "Japan Foundation, Manila": "国際交流基金",
    "Japan Foundation Manila": "国際交流基金", "国際交流基金バンコク日本文化センター": "国際交流基金",
    "Japan Foundation, Bangkok": "国際交流基金",
    "在フィリピン日本国大使館": "在外公館", "Embassy of Japan in the Philippines": "在外公館",
    "在セブ日本国総領事館": "在外公館", "Consulate-General of Japan in Cebu": "在外公館",
    "在インドネシア日本国大使館": "在外公館", "Embassy of Japan in Indonesia": "在外公館",
    "在ネパール日本国大使館": "在外公館", "Embassy of Japan in Nepal": "在外公館",
    "在ペルー日本国大使館": "在外公館", "Embassy of Japan in Peru": "在外公館",
    "在チェンマイ日本国総領事館": "在外公館", "Consulate-General of Japan in Chiang Mai": "在外公館",
    "在トロント日本国総領事館": "在外公館", "Consulate-General of Japan in Toronto": "在外公館",
    "在ナッシュビル日本国総領事館": "在外公館", "Consulate-General of Japan in Nashville": "在外公館",
}

# real bodies / schemes not named in the five reports (each a well-known public body or program)
WELL_KNOWN = {
    "AMDA": "AMDA, Okayama-based medical NGO running hospitals in Butwal, Damak and Mechinagar (Nepal)",
    "アムダ": "AMDA (katakana)",
    "APJ": "Asociación Peruano Japonesa, Lima", "Asociación Peruano Japonesa": "Peru's Nikkei association",
    "ペルー日系人協会": "Asociación Peruano Japonesa (Japanese name)",
    "駐日ペルー大使館": "Embassy of Peru in Japan", "Embassy of Peru in Japan": "Embassy of Peru in Japan",
    "PROMPERÚ": "Peru's export and tourism promotion commission",     "大田区産業振興協会": "Ota City Industrial Promotion Organization (PiO)",
    "Ota City Industrial Promotion Organization": "大田区産業振興協会",
    "東京都中小企業振興公社": "Tokyo Metropolitan SME Support Center",
    "Tokyo Metropolitan Small and Medium Enterprise Support Center": "東京都中小企業振興公社",
    "東京商工会議所": "Tokyo Chamber of Commerce and Industry", "Tokyo Chamber of Commerce and Industry": "東京商工会議所",
    "Campus France": "French agency for student mobility", "キャンパス・フランス": "Campus France",
    "Erasmus+": "EU education/mobility programme (open to partner countries incl. Japan)", "エラスムス・プラス": "Erasmus+",
    "アンスティチュ・フランセ日本": "Institut français du Japon", "Institut français du Japon": "French cultural institute in Japan",
    "日仏会館": "Maison franco-japonaise, Tokyo", "Maison franco-japonaise": "日仏会館",
    "PHC Sakura": "French-Japanese Hubert Curien partnership (bilateral research mobility)",
    "Programme Hubert Curien Sakura": "PHC Sakura",
    "日本学術振興会": "JSPS", "JSPS": "Japan Society for the Promotion of Science",
    "JSPS外国人特別研究員": "JSPS Postdoctoral Fellowship for Research in Japan",
    "JSPS Postdoctoral Fellowship": "JSPS", "JSPS Invitational Fellowship": "JSPS Invitational Fellowships for Research in Japan",
    "二国間交流事業": "JSPS Bilateral Program", "JSPS Bilateral Program": "JSPS",
    "日本学生支援機構": "JASSO", "JASSO": "Japan Student Services Organization",
    "留学生受入れ促進プログラム": "JASSO / MEXT Honors Scholarship for privately financed international students",
    "国費外国人留学生": "MEXT (Monbukagakusho) scholarship", "文部科学省奨学金": "MEXT scholarship",
    "MEXT Scholarship": "MEXT scholarship", "教員研修留学生": "MEXT Teacher Training Program",
    "MEXT Teacher Training Program": "MEXT scholarship category for in-service teachers",
    "日本政府観光局": "JNTO", "JNTO": "Japan National Tourism Organization", "Japan National Tourism Organization": "JNTO",
    "JNTOバンコク事務所": "JNTO Bangkok office", "JNTO Bangkok": "JNTO Bangkok office",
    "日韓文化交流基金": "Japan-Korea Cultural Foundation", "Japan-Korea Cultural Foundation": "日韓文化交流基金",
    "日本スポーツ振興センター": "Japan Sport Council (JSC)", "Japan Sport Council": "JSC", "JSC": "Japan Sport Council",
    "Sport for Tomorrow": "Japan's international sport-cooperation programme (JSC secretariat)",
    "日本温泉協会": "Japan's national hot-spring association",
    "JOGMEC": "Japan Organization for Metals and Energy Security (geothermal support)",
    "エネルギー・金属鉱物資源機構": "JOGMEC", "Japan Organization for Metals and Energy Security": "JOGMEC",
    "SelectUSA": "U.S. Commerce Department investment-promotion programme", "セレクトUSA": "SelectUSA",
    "日米南東部会": "Southeast U.S./Japan Association (SEUS)", "SEUS": "Southeast U.S./Japan Association",
    "Southeast U.S./Japan Association": "SEUS",
    "三重県国際交流財団": "Mie International Exchange Foundation", "MIEF": "三重県国際交流財団",
    "和歌山県国際交流協会": "Wakayama's regional international association (地域国際化協会)",
    "岐阜県国際交流センター": "Gifu's regional international association (地域国際化協会)",
    "Gifu International Center": "岐阜県国際交流センター",
    "岡山県国際交流協会": "Okayama's regional international association (地域国際化協会)",
    "徳島県国際交流協会": "Tokushima's regional international association (TOPIA)", "TOPIA": "徳島県国際交流協会",
    "鹿児島県国際交流協会": "Kagoshima's regional international association (地域国際化協会)",
    "駐日外交団": "", "高槻市": "real municipality (Toowoomba's sister city, in the CSV)", "Takatsuki": "高槻市",
}


def main():
    munis = set()
    for line in open(HERE + "jp-municipalities.tsv", encoding="utf-8"):
        if line.startswith("#") or line.startswith("pref\t"):
            continue
        pref, name, _ = line.rstrip("\n").split("\t")
        munis.add((pref, name))
    muni_names = {n for _, n in munis}
    reports = fold("".join(open(p, encoding="utf-8").read() for p in glob.glob(REPORTS)))
    types = json.load(open(HERE + "acceptable-types.json", encoding="utf-8"))

    lines = open(HERE + "match-frozen-11.jsonl", encoding="utf-8").read().splitlines()
    if len(lines) != 45:
        bad(f"expected 45 lines, got {len(lines)}")
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            bad(f"line {i}: not JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != KEYS:
            bad(f"line {i}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(KEYS)}")
            continue
        rows.append(r)

    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    if ids != [f"m11-{n:02d}" for n in range(1, 46)]:
        bad("ids are not m11-01 .. m11-45 in order")

    kinds = {k: sum(r["kind"] == k for r in rows) for k in KINDS}
    if kinds != KINDS or any(r["kind"] not in KINDS for r in rows):
        bad(f"kind counts {kinds} != {KINDS}")
    n_ja = sum(r["language"] == "ja" for r in rows)
    if n_ja < 24:
        bad(f"only {n_ja} ja requests")

    named_third = 0
    n_places_total = 0
    for r in rows:
        rid, text, acc = r["id"], r["request"], r["acceptable"]
        if r["language"] not in ("ja", "en"):
            bad(f"{rid}: language {r['language']!r}")
        has_kana = bool(re.search(r"[\u3040-\u30ff]", text))
        if r["language"] == "ja" and not has_kana:
            bad(f"{rid}: ja request without kana")
        if r["language"] == "en" and re.search(r"[\u3040-\u309f]", text):
            bad(f"{rid}: en request contains hiragana")
        if not isinstance(text, str) or len(text) < 20:
            bad(f"{rid}: request too short / not a string")
        c = r["country"]
        if c is not None and c not in ISO:
            bad(f"{rid}: country {c!r} not an accepted ISO code")
        named = {k for k, names in COUNTRY_NAMES.items() if any(n in text for n in names)}
        if named:
            named_third += 1
        if c not in (None, "JP", "US") and c not in named:
            bad(f"{rid}: country field {c} but the request does not name it")

        if not isinstance(acc, list) or not acc:
            bad(f"{rid}: acceptable empty or not a list")
            continue
        if any(not isinstance(x, str) or not x.strip() for x in acc):
            bad(f"{rid}: acceptable has an empty / non-string item")
        if len(set(acc)) != len(acc):
            bad(f"{rid}: duplicate acceptable items {[x for x in acc if acc.count(x) > 1]}")
        folded = [fold(x) for x in acc]
        if len(set(folded)) != len(folded):
            bad(f"{rid}: acceptable items equal after folding {[x for x in acc if folded.count(fold(x)) > 1]}")

        t = types.get(rid)
        if t is None or [x for x, _ in t] != acc:
            bad(f"{rid}: acceptable-types.json does not match the acceptable list")
            continue

        # Japanese municipality names
        for x, kind in t:
            m = re.fullmatch(r"(?:(\S+?[都道府県]))?([\u3040-\u30ff\u4e00-\u9fff々ヶ]+?[市町村区])", x)
            if m and kind in ("jp_place", "body"):
                pref, name = m.group(1), m.group(2)
                ok = (pref, name) in munis if pref else name in muni_names
                if not ok:
                    bad(f"{rid}: {x} is not in jp-municipalities.tsv")
            elif kind == "jp_place" and re.search(r"[\u4e00-\u9fff]", x) and x not in FORMER_OR_DISTRICT:
                bad(f"{rid}: Japanese place {x} is neither a municipality nor a listed former/district name")

        # programs / organisations
        for x, kind in t:
            if kind != "body":
                continue
            if fold(x) in reports:
                continue
            if x in ALIAS_OF:
                if fold(ALIAS_OF[x]) not in reports:
                    bad(f"{rid}: alias target {ALIAS_OF[x]} of {x} not in the reports")
                continue
            if x in WELL_KNOWN:
                continue
            bad(f"{rid}: body {x!r} neither in the reports nor in ALIAS_OF / WELL_KNOWN")

        # number of candidate places
        places = count_places(t)
        n_places_total += places
        if r["kind"] == "city" and not 6 <= places <= 20:
            bad(f"{rid}: city request with {places} candidate places (want 6-20)")
        if r["kind"] == "mixed" and places < 4:
            bad(f"{rid}: mixed request with only {places} places")
        if r["kind"] == "mixed" and not any(k == "body" for _, k in t):
            bad(f"{rid}: mixed request without any program/organisation")
        if r["kind"] in ("program", "organisation") and not any(k == "body" for _, k in t):
            bad(f"{rid}: {r['kind']} request without program/organisation names")
        if r["kind"] == "city" and any(k == "body" for _, k in t):
            bad(f"{rid}: city request lists programs/organisations")
        if r["kind"] in ("city", "mixed"):
            want = "jp_place" if c == "JP" else "foreign_place"
            if c is not None and any(k not in (want, "body") for _, k in t):
                bad(f"{rid}: country {c} but places of the other side listed")

    # each request follows its draw (draw-output.txt): kind, language, and where the partner should be
    for line in open(HERE + "draw-output.txt", encoding="utf-8"):
        if not line.startswith("m11-"):
            continue
        f = dict(p.split("=", 1) for p in line.rstrip("\n").split("\t")[1:])
        rid = line.split("\t")[0]
        r = next((x for x in rows if x["id"] == rid), None)
        if r is None:
            bad(f"{rid}: in draw-output.txt but not in the set")
            continue
        want_country = None if f["seeks"] == "None" else f["seeks"]
        if (r["kind"], r["language"], r["country"]) != (f["kind"], f["lang"], want_country):
            bad(f"{rid}: (kind, language, country) {(r['kind'], r['language'], r['country'])} != draw "
                f"{(f['kind'], f['lang'], want_country)}")
        if f["side"] == "foreign" and f["requester"] != "US" and f["requester"] not in \
                {k for k, names in COUNTRY_NAMES.items() if any(n in r["request"] for n in names)}:
            bad(f"{rid}: drawn requester country {f['requester']} not named in the request")

    if named_third < 15:
        bad(f"only {named_third} requests name a country other than Japan/US")

    print(f"lines={len(rows)} kinds={kinds} ja={n_ja} en={len(rows) - n_ja} naming-third-country={named_third} "
          f"countries={sorted({r['country'] for r in rows if r['country']})} null-country={sum(r['country'] is None for r in rows)} "
          f"acceptable-items={sum(len(r['acceptable']) for r in rows)} places~={n_places_total}")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        print("verify: FAILED")
        sys.exit(1)
    print("verify: OK")


def count_places(t):
    """Estimate distinct places: Japanese ones by their kanji municipality entries; foreign ones by runs of
    Latin-script entries (a run ends at a katakana/hanja form; consecutive Latin forms whose folded first word
    agrees are the same place)."""
    n = 0
    prev_latin_key = None
    for x, kind in t:
        if kind == "jp_place":
            if re.fullmatch(r"(?:\S+?[都道府県])?[\u3040-\u30ff\u4e00-\u9fff々ヶ]+?[市町村]", x):
                n += 1
            prev_latin_key = None
        elif kind == "foreign_place":
            if re.search(r"[A-Za-z]", x):
                key = unicodedata.normalize("NFKD", x.replace("ø", "o").replace("Ø", "O"))
                key = "".join(ch for ch in key if not unicodedata.combining(ch)).lower().split(",")[0].split()[0]
                if key != prev_latin_key:
                    n += 1
                prev_latin_key = key
            # katakana / hanja forms belong to the preceding Latin form
        else:
            prev_latin_key = None
    # 長野県川上村 / 川上村 style pairs count once
    return n - sum(1 for x, k in t if k == "jp_place" and any(
        y != x and y.endswith(x) and re.fullmatch(r"\S+?[都道府県]" + re.escape(x), y) for y, _ in t))


if __name__ == "__main__":
    main()
