"""Draw the shape of each request in match-frozen-11 so that the set is not
shaped by the author's preferences.  Run: python3 draw.py > draw-output.txt"""
import random

rng = random.Random(111111)
N = 45

KINDS = ["city"] * 24 + ["program"] * 6 + ["organisation"] * 5 + ["mixed"] * 10
LANGS = ["ja"] * 27 + ["en"] * 18
rng.shuffle(KINDS)
rng.shuffle(LANGS)

PREFECTURES = [
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima",
    "Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa",
    "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu",
    "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara",
    "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi",
    "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki",
    "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
]
# countries a foreign requester may come from (US deliberately weighted lower)
FOREIGN = ["AU", "CA", "BR", "TH", "VN", "KE", "NP", "DE", "FR", "KR", "PH",
           "NZ", "ID", "MY", "MN", "IT", "GB", "AT", "MX", "PE", "IN", "TW",
           "US", "US", "US"]
# countries a Japanese requester may be looking at; None = names no country
TARGETS = FOREIGN + [None] * 4

SCALES = ["village (<10k)", "town (10k-30k)", "small city (30k-100k)",
          "mid city (100k-500k)", "large city / prefecture / state",
          "school / university / association / NPO"]

THEMES = [
    "student homestay / youth exchange", "agriculture", "disaster preparedness / reconstruction",
    "tourism / inbound", "technical training / trainees", "sports", "crafts / traditional arts",
    "onsen / health / wellness", "food / sake / wine", "fisheries / port", "multicultural coexistence / foreign residents",
    "environment / waste / water", "medical / elderly care", "university / research",
    "business / export", "festival / performing culture", "snow / winter sports / mountains",
    "teachers / school education", "language teaching / JET", "forestry / wood", "IT / startups",
    "island / remote community",
]

rows = []
for i in range(N):
    side = "jp" if rng.random() < 0.5 else "foreign"
    if side == "jp":
        pref = rng.choice(PREFECTURES)
        target = rng.choice(TARGETS)
        origin = f"JP/{pref}"
    else:
        target = "JP"
        origin = rng.choice(FOREIGN)
    scale = rng.choice(SCALES)
    themes = rng.sample(THEMES, rng.choice([1, 2]))
    rows.append((f"m11-{i+1:02d}", KINDS[i], LANGS[i], side, origin, target, scale, themes))

print("seed=111111")
for r in rows:
    rid, kind, lang, side, origin, target, scale, themes = r
    print(f"{rid}\tkind={kind}\tlang={lang}\tside={side}\trequester={origin}\tseeks={target}\tscale={scale}\tthemes={' + '.join(themes)}")
named = sum(1 for r in rows if (r[3] == 'foreign' and r[4] != 'US') or (r[3] == 'jp' and r[5] not in (None, 'US')))
print(f"# kinds: " + ", ".join(f"{k}={KINDS.count(k)}" for k in ("city", "program", "organisation", "mixed")))
print(f"# ja={LANGS.count('ja')} en={LANGS.count('en')}; draws naming a non-JP/US country: {named}")
