"""Write the sum11 held-out transcripts s11-01..s11-08 as JSONL.

Each transcript is a list of (user, text) pairs; the string "---" marks a new
working day. Messages by "musubi" get "bot": true. Timestamps come from
random.Random(111111 + n) for transcript n: humans 40 s - 15 min apart (now and
then an hour or more), the bot 6-45 s after the message it answers, and a new
day starts between 08:30 and 10:00 Japan time. Times are written in UTC
(JST minus 9 hours), hence the "Z".
"""
import datetime as dt, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
BOT = "musubi"
T = {}
START = {}

# ---------------------------------------------------------------- s11-01 (ja)
START["s11-01"] = "2026-04-13"
T["s11-01"] = [
 ("kobayashi_intl", "おはようございます。今年度の高校生国際交流事業の企画、このチャンネルで進めましょう。"),
 ("yoshida.kurobe-ia", "おはようございます！協会側は吉田と村井が担当します。よろしくお願いします。"),
 ("murai", "よろしくお願いします。週末の雨で桜がほぼ散っちゃいましたね…"),
 ("nakano_boe", "宇奈月のほうはまだ少し残ってましたよ。さて、教育委員会としては「地域の課題を海外の高校生と一緒に考える」形にしたいと思っています。"),
 ("kobayashi_intl", "@musubi 高校生が地域課題の探究学習を通じて海外とつながった事例って、報告書にありますか？"),
 (BOT, "はい。『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）に参考になる事例が二つあります。島根県海士町では、島前高校の「教育魅力化プロジェクト」の地域課題解決学習（PBL）をブータンに導入する草の根技術協力事業が行われ、年3回の現地渡航のうち1回は高校生を派遣して探究学習の中間成果を発表し合っています。宮崎市では、バングラデシュのB-JET生と宮崎の高校生がオンライン等で交流する高大連携教育事業「B-JET CAFE」が始まっています。"),
 ("nakano_boe", "海士町の事例、まさにイメージに近いです。"),
 ("yoshida.kurobe-ia", "海士町はJICAグローカルプログラム生（GP生）も受け入れてるんですよね。協力隊経験者みたいな「よそ者」が地域に入ってくる仕組み、黒部でもできないかな。"),
 ("hayashi_hs", "高校側としては、GP生に授業に入ってもらえるなら大歓迎です。"),
 ("kobayashi_intl", "@musubi 黒部市と規模や環境が近くて、若者交流の相手として考えられる海外都市の候補を挙げてもらえますか。三陟市以外でお願いします。"),
 (BOT, "登録されている姉妹都市データから、山岳・観光・スポーツの面で黒部市と共通点のある都市を挙げます。\n1. キッツビューエル（オーストリア）— スキーと山岳観光の町。山形市の姉妹都市です\n2. サンレモ（イタリア）— 熱海市の姉妹都市。観光地同士の交流の参考になります\n3. インバーカーギル（ニュージーランド）— 熊谷市の姉妹都市。南半球なので季節が逆になります\n4. ロックデール（オーストラリア・ニューサウスウェールズ州）— 矢祭町の姉妹都市。小規模自治体との交流の例です"),
 ("murai", "キッツビューエル、いいですね！黒部にも宇奈月温泉とスキー場があるし、話が合いそう。"),
 ("yoshida.kurobe-ia", "ただ、キッツビューエルはもう山形市と長いお付き合いがありますよね。後から入っていくのはどうなんだろう。"),
 ("nakano_boe", "複数の日本の自治体と姉妹都市になっている海外の町は珍しくないので、そこは問題ないと思いますよ。"),
 ("hayashi_hs", "インバーカーギルは見送りでいいと思います。遠すぎて、生徒の渡航費を考えると厳しいです。"),
 ("kobayashi_intl", "同感です。ニュージーランドの南端ですもんね。"),
 ("murai", "サンレモはどうですか？観光地同士で学べることは多そう。"),
 ("nakano_boe", "うーん、サンレモは高校生の交流相手としてはまだイメージが湧かないですね…少し考えさせてください。"),
 ("kobayashi_intl", "@musubi 別件ですみません。ドイツの地方の中小企業が海外展開している話って、どの報告書でしたっけ？商工観光課から聞かれていて。"),
 (BOT, "『日本国内及び海外における地方自治体等の取組事例』（沖縄県、野村総合研究所作成）です。ドイツでは州政府の後押しもあって地域に特定産業が集積し、その知見を持つフラウンホーファー研究所や経済振興公社の機能を中小企業が活用することで「擬似的な大企業」になっている、と経済産業研究所の資料を引いて紹介されています。地元企業の海外展開を支援する枠組みとして、フラウンホーファー研究所との連携を調べてみる価値はあると思います。"),
 ("yoshida.kurobe-ia", "面白いけど、フラウンホーファー研究所は高校生の事業とは別の話ですね。このチャンネルでは扱わないでおきましょう。"),
 ("kobayashi_intl", "了解です。商工観光課には報告書の名前だけ伝えておきます。"),
 "---",
 ("hayashi_hs", "おはようございます。昨日の件を校長に話したら、GP生の受入れにかなり前向きでした。"),
 ("nakano_boe", "よかった！"),
 ("kobayashi_intl", "@musubi JICAグローカルプログラムの受入れについて、自治体側で何を準備すればいいか報告書に書いてありますか？"),
 (BOT, "調査概説では、海士町でGP生が地域コミュニティに入って課題解決型の活動を展開していること、出前講座や国際協力写真展など、島に移住した協力隊経験者を巻き込んだ活動が行われていることは紹介されていますが、受入れ自治体側の具体的な準備や手続きまでは書かれていません。詳細は最寄りのJICA国内拠点に確認するのが確実です。"),
 ("yoshida.kurobe-ia", "じゃあ私からJICAの国内拠点に問い合わせてみます。"),
 ("murai", "受入れの時期っていつ頃がいいんでしょう？夏休みだと高校生が学校にいないし…"),
 ("kobayashi_intl", "整理すると、GP生の受入れは前向きに進める方向ですね。JICAグローカルプログラムの受入れを今年度事業の柱にする、で決定です。"),
 ("nakano_boe", "賛成です。"),
 ("hayashi_hs", "異議なしです。"),
 ("murai", "話は変わりますが、来月の名水マラソンのボランティア、協会から何人出ますか？"),
 ("yoshida.kurobe-ia", "今のところ6人です。村井さんも入ってます笑"),
 ("murai", "了解です笑 走るよりは楽そう。"),
 ("kobayashi_intl", "海外の相手都市のほうですが、キッツビューエルに一度打診してみたいと思っています。どうでしょう？"),
 ("nakano_boe", "良いと思います。冬のスポーツ交流は生徒にも響きそう。"),
 ("yoshida.kurobe-ia", "では打診先はキッツビューエルで行きましょう。私から山形市の国際交流担当に、向こうとのお付き合いの様子を聞いてみます。"),
 ("kobayashi_intl", "@musubi B-JET CAFEのようにオンラインで高校生同士をつなぐ形は、キッツビューエルとの交流にも組み込めそうですか？"),
 (BOT, "報告書ではB-JET CAFEは、バングラデシュのB-JET生（IT人材育成の留学生）と宮崎の高校生をつなぐ高大連携教育事業として紹介されていて、欧州の学校との交流の事例ではありません。ただ、渡航の前後にオンライン交流を挟む構成は応用できます。B-JET CAFE型のオンライン交流を事前学習として組み込むことを提案します。"),
 ("hayashi_hs", "オーストリアとは時差が7〜8時間あるので、放課後につなぐと向こうは朝…ちょっと工夫が要りますね。"),
 ("nakano_boe", "オンライン部分の組み方は次回以降で。ところで、予算の上限っていくらでしたっけ？"),
 ("kobayashi_intl", "まだ確定していないんです。来週、財政課と詰めます。"),
 ("yoshida.kurobe-ia", "今日はここまでにしましょうか。お疲れさまでした！"),
 ("murai", "お疲れさまでした〜"),
]

# ---------------------------------------------------------------- s11-02 (ja)
START["s11-02"] = "2026-05-11"
T["s11-02"] = [
 ("ueda.npo", "おはようございます。今日からこのチャンネルで「市民の交流団体をどう続けていくか」を検討します。よろしくお願いします。"),
 ("kimura_k", "よろしくお願いします！昨日の総会、お疲れさまでした。"),
 ("ishii", "お疲れさまでした。懇親会のおやき、美味しかったですね。"),
 ("park.jy", "野沢菜のおやき、最高でした😊 春川の友人にも送りたいくらいです。"),
 ("ueda.npo", "さて本題です。春川市との交流が、役場の担当者が異動するたびに止まってしまう問題をどうにかしたいです。"),
 ("ueda.npo", "@musubi 自治体の国際交流を市民団体が支えて、長く続いている事例を報告書から教えてください。"),
 (BOT, "『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）にある長野県駒ヶ根市の事例が近いと思います。1983年から続く「駒ヶ根協力隊を育てる会」は事務局が市役所内に置かれ、市民団体の取り組みの持続性が確保されていると書かれています。市は第二次総合計画から訓練所を活用したまちづくりを掲げており、1999年には「ネパール交流市民の会」も設立されて、市民を中心とした相互派遣による交流が続いています。"),
 ("kimura_k", "同じ長野県なのに、駒ヶ根の育てる会の話はちゃんと知りませんでした。"),
 ("ishii", "事務局を役場の中に置くって、うちの村でもできるんでしょうか？"),
 ("ueda.npo", "総務課に相談すれば可能性はあると思います。"),
 ("park.jy", "私は「育てる会方式」を推したいです。役場の中に事務局があれば、担当が替わっても引き継ぎができますから。"),
 ("ueda.npo", "@musubi 民間企業からお金を出してもらって続いている事業の例はありますか？"),
 (BOT, "同じ調査概説に宮崎市のB-JETの例があります。JICAの技術協力プロジェクトの終了後、民間企業から資金面での支援を得てB-JETの取り組みが自走している、と紹介されています。また駒ヶ根市には、海外協力隊の経験者が多数を占める青年海外協力協会（JOCA）が本社を移し、地域再生推進法人として地方創生事業に取り組んでいます。交流団体の運営の担い手として、JOCAとの連携も候補になると思います。"),
 ("kimura_k", "企業からの支援なら、地元の信用金庫に声をかけてみるのはどうでしょう。"),
 ("ishii", "地元の信用金庫はいいかも。ただ、お金の話は総会での承認が要りますね。"),
 ("ueda.npo", "JOCAは県内ですし、一度話を聞いてみたいですね。"),
 ("park.jy", "春川とは別に、中学生の派遣先をもう一つ増やす案も出てましたよね。"),
 ("ueda.npo", "@musubi 山やスキー場がある町で、中学生交流の相手になりそうな海外の都市を挙げてください。"),
 (BOT, "登録されている姉妹都市データから挙げます。サンモリッツ（スイス）は倶知安町の姉妹都市で、スキーリゾートとして知られています。スワンヒル（オーストラリア）は山形市の姉妹都市で、季節が逆なので冬休みに夏の体験ができます。ほかに、黒部市の姉妹都市のスネーク（オランダ）や、大津市の姉妹都市のヴュルツブルク（ドイツ）も、中規模の都市との交流例として参考になります。"),
 ("kimura_k", "サンモリッツ、憧れますね…！"),
 ("ishii", "憧れますけど、サンモリッツは物価が高すぎて中学生の派遣には無理だと思います。今回は外しましょう。"),
 ("park.jy", "同感です。"),
 ("ueda.npo", "スワンヒルはどうでしょう。オーストラリアなら時差も少ないですし。"),
 ("kimura_k", "スネークは？オランダの水の町って、授業でも扱いやすそう。"),
 ("ishii", "スネークは山と関係ないので、今回の趣旨からは外れますね。見送りでいいと思います。"),
 "---",
 ("park.jy", "おはようございます。昨夜、春川の交流団体の方とオンラインで話しました。向こうも市民レベルの交流を続けたいそうです！"),
 ("ueda.npo", "それは心強いですね。"),
 ("kimura_k", "話は変わりますが、来月の県の研修、どなたか申し込みました？"),
 ("ishii", "私が申し込みました。オンライン参加もできるみたいです。"),
 ("ueda.npo", "では整理します。交流団体の事務局は「育てる会方式」で役場内に置く方向とし、総務課に相談します。これは決定としましょう。"),
 ("park.jy", "ありがとうございます！"),
 ("kimura_k", "異議なしです。"),
 ("ueda.npo", "@musubi スワンヒルとの交流を始めるとしたら、報告書に参考になる記述はありますか？"),
 (BOT, "スワンヒルについて個別に書かれた箇所は、5つの報告書にはありません。一般的な支援としては、『外交青書2026 第4章 国民と共にある外交』に、外務省が姉妹都市交流などを後押ししていること、姉妹都市提携を希望する海外の都市の情報を都道府県・政令指定都市に提供し「グローバル外交ネット」で広報していることが書かれています。具体的な進め方は、スワンヒルと姉妹都市関係にある山形市に経験を聞くのが早いと思います。"),
 ("ishii", "山形市に聞くのは良いですね。"),
 ("ueda.npo", "中学生の派遣先の第一候補はスワンヒルにします。山形市への問い合わせは私がやります。"),
 ("kimura_k", "了解です。ヴュルツブルクの話は結局どうしますか？"),
 ("ueda.npo", "ヴュルツブルクは大津市さんの相手ですし、ひとまず様子見で…また今度考えましょう。"),
 ("park.jy", "地元の信用金庫への声かけは、総会の前にやっておきますか？"),
 ("ishii", "そもそも総会の議題にするかどうかも、まだ決めてないですよね。"),
 ("ueda.npo", "そこは来週の役員会で話しましょう。今日はありがとうございました。"),
 ("kimura_k", "お疲れさまでした！"),
]

# ---------------------------------------------------------------- s11-03 (ja)
START["s11-03"] = "2026-06-01"
T["s11-03"] = [
 ("fujii.himeji", "皆さんおはようございます。アデレードとの交流の次の展開として、「防災と若者」をテーマにした企画を練りたいので、意見をください。"),
 ("okada_ngo", "おはようございます。NGO側からも参加します。"),
 ("tsuji", "おはようございます。今日は暑いですね、もう6月かあ。"),
 ("mizuno.univ", "梅雨入りまでもう少しですね。大学の連携窓口として入ります。"),
 ("fujii.himeji", "@musubi 震災の経験を海外の都市と共有して、交流につなげた自治体の例はありますか？"),
 (BOT, "『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）に宮城県東松島市の事例があります。東松島市は東日本大震災の後、住民主体の復興まちづくりの経験をもとにJICA事業に取り組み、同じ津波の被災地であるインドネシアのバンダ・アチェ市と2014年に覚書を結んで「相互復興」を進めています。研修員との交流が地域住民の心の復興につながったことや、学校での交流を通じて子どもたちの海外への視野が広がったことも報告されています。"),
 ("okada_ngo", "「相互復興」という考え方、いいですね。"),
 ("tsuji", "じゃあ、姫路もバンダ・アチェと何か一緒にできないですかね？"),
 ("fujii.himeji", "バンダ・アチェは東松島市とのつながりがすでに深いので、うちが割り込む形は避けたいです。バンダ・アチェは今回の候補から外させてください。"),
 ("tsuji", "たしかに、それはそうですね。"),
 ("mizuno.univ", "@musubi 災害を経験した海外の都市で、姫路と交流できそうなところはありますか？オーストラリアならアデレードとの関係も生かせそうです。"),
 (BOT, "登録データの姉妹都市から、自然災害と関わりの深い都市を挙げます。\n1. リズモア（オーストラリア・ニューサウスウェールズ州）— 大和高田市の姉妹都市。2022年に大規模な洪水被害を受けています\n2. タウポ（ニュージーランド）— 箱根町の姉妹都市。火山・地熱地帯にあり、火山防災の点で箱根と共通点があります\n3. バーナビー（カナダ）— 釧路市の姉妹都市。太平洋岸の地震への備えが課題の地域にあります\nなお、5つの報告書には各都市の防災の取り組みそのものの記述はないので、詳細は別途確認が必要です。"),
 ("okada_ngo", "リズモアは一押しです。同じオーストラリアなので、アデレードとの交流で培った経験も生かせます。"),
 ("tsuji", "タウポもおもしろいけど、姫路には火山がないのでテーマが合わないかも。"),
 ("mizuno.univ", "バーナビーはどうでしょう？大学同士のつながりが作れそうです。"),
 ("fujii.himeji", "バーナビーは少し考えさせてください。カナダ関係は別の課が担当している案件もあるので確認します。"),
 ("okada_ngo", "@musubi 関西で企業やNGOがSDGsで連携しているプラットフォームのことが、報告書に書いてありましたよね？"),
 (BOT, "はい、同じJICA東京の調査概説に「関西SDGsプラットフォーム（KSP）」が紹介されています。分科会同士や会員同士の交流の場になっていて、アクター同士がつながることが新たな活動のきっかけになっていること、会員にとってはSDGs実装の具体例や課題解決のヒントが得られる場になっていることが書かれています。共育分科会の「へちまプロジェクト」を、ひょうごSDGs Hub分科会が協働して兵庫県内に展開した例もあります。防災企画の協力先を探すなら、KSPへの参加をおすすめします。"),
 ("okada_ngo", "NGOとしても、関西SDGsプラットフォームに入れば企業とつながりやすくなるのでありがたいです。"),
 ("tsuji", "市として入るとなると、庁内の手続きが要りますね。"),
 ("fujii.himeji", "会員登録の方法は私が調べておきます。"),
 "---",
 ("mizuno.univ", "おはようございます。昨日の話を受けて、大学の防災サークルにも声をかけました。興味がありそうです。"),
 ("fujii.himeji", "ありがとうございます！"),
 ("tsuji", "昨夜の雷、すごかったですね。停電しませんでした？"),
 ("okada_ngo", "うちは一瞬だけ消えました…防災の話をしてる場合じゃなかったです笑"),
 ("fujii.himeji", "では昨日の続きです。関西SDGsプラットフォームには市として参加する方向で進めます。決定です。"),
 ("okada_ngo", "ありがとうございます。NGOとしても会員登録します。"),
 ("mizuno.univ", "学生向けに、国際機関で働くキャリアの話も企画に入れたいんですが、@musubi 何か使える情報はありますか？"),
 (BOT, "『外交青書2026 第4章 国民と共にある外交』によると、外務省の国際機関人事センターがホームページやメーリングリスト、ソーシャルメディアなどで国際機関の空席情報を随時提供しているほか、国際機関で働く魅力や就職方法を説明するセミナーや、国際機関の幹部職員・人事担当者を招いた説明会をオンラインや会場で実施しています。学生向けの企画に、国際機関人事センターの説明会を組み込むのが一案です。"),
 ("mizuno.univ", "国際機関人事センターの説明会、学生に絶対ウケると思います。"),
 ("tsuji", "防災の企画とは別枠にしたほうがいいかもしれませんね。"),
 ("fujii.himeji", "そこは大学側とも相談しながら考えましょう。"),
 ("okada_ngo", "リズモアの件、どうしますか？"),
 ("fujii.himeji", "皆さんの意見も一致しているので、リズモアに交流を打診することにします。アデレードの担当者経由で紹介をお願いしてみます。"),
 ("tsuji", "いいと思います！"),
 ("mizuno.univ", "タウポはやっぱりなしですか？"),
 ("tsuji", "火山防災は姫路の課題とずれるので、タウポは見送りでいいと思います。"),
 ("okada_ngo", "了解です。"),
 ("mizuno.univ", "ちなみに、打診の返事が来るまでにどのくらいかかるものなんでしょう？"),
 ("fujii.himeji", "ケースバイケースですね…ちょっと読めないです。"),
 ("okada_ngo", "あと、津市の姉妹都市のオザスコも、在住外国人と一緒にやる防災訓練という切り口で候補になりませんか？"),
 ("fujii.himeji", "オザスコは面白い視点ですね。次回までに考えておきます。"),
 ("tsuji", "では、今日はここまでで。お疲れさまでした。"),
 ("mizuno.univ", "お疲れさまでした！"),
]

# ---------------------------------------------------------------- s11-04 (en)
START["s11-04"] = "2026-04-20"
T["s11-04"] = [
 ("ken.watanabe", "Morning all. Since Tomáš and the ALTs are on this channel, let's keep it in English. Agenda this week: teacher development and the Žamberk school link."),
 ("tomas_cir", "Good morning! Thanks, Ken."),
 ("dan_alt", "Morning. Was anyone else stuck behind the road works by the station?"),
 ("yuki_t", "Took me 20 extra minutes. Anyway, hi everyone."),
 ("ken.watanabe", "@musubi Are there examples in the reports of a prefecture or town using JICA to train its school teachers in global education?"),
 (BOT, "Yes. The JICA Tokyo survey summary (JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説) describes Saitama Prefecture. Saitama teachers worked at JICA as school education advisers (学校教育アドバイザー) and supervised JICA's development-education materials from a classroom point of view, and JICA staff now lecture in the prefecture's teacher training. The survey says the partnership started out feeling its way and deepened through regular meetings. Saitama also ran grassroots technical cooperation projects in Brazil and the Philippines, including teacher training for active-learning lessons."),
 ("yuki_t", "The school education adviser idea is great. Could we send one of our teachers to JICA like that?"),
 ("ken.watanabe", "We're a small town, so a full secondment is a big ask. But let me keep it on the list."),
 ("dan_alt", "@musubi Any examples of a municipality sending its own staff abroad through JICA?"),
 (BOT, "Komagane City in Nagano, in the same survey. From 1998 a city employee was seconded to the JICA Nepal office as a volunteer coordinator, and since 2013 Komagane has had a partnership volunteer agreement with JICA (自治体連携ボランティア協定), under which city staff serve as JICA overseas volunteers while keeping their posts. I'd suggest looking into a JICA partnership volunteer agreement for Miharu: it lets a teacher or staff member serve abroad and come back with the experience."),
 ("tomas_cir", "Honestly that sounds like a better fit for us than a full secondment."),
 ("ken.watanabe", "Agreed, but it's a multi-year commitment. I'll talk it over with the superintendent first."),
 ("yuki_t", "Switching topics: for a second partner school, how about Reutte? It's Esashi's sister city in Austria, so Tohoku already has a link there."),
 ("tomas_cir", "Reutte isn't that far from Czechia either. We could combine a visit with Žamberk."),
 ("dan_alt", "@musubi Can you suggest a few more cities we could pair with for a school exchange, besides Reutte?"),
 (BOT, "From the sister-city data, here are cities that already have ties with Japanese municipalities:\n1. Suzhou (China) — sister city of Nabari; a short flight away, with plenty of experience working with Japanese partners\n2. Vladimir (Russia) — sister city of Nara; a historic city with a long-standing tie\n3. Bratsk (Russia) — sister city of Nanao; an industrial city in Siberia\nThe reports don't cover these cities' school programmes, so I'd check with the Japanese partner towns before reaching out."),
 ("ken.watanabe", "Vladimir and Bratsk are out for now. With the current travel advisories for Russia, the board won't approve student travel there."),
 ("dan_alt", "Yeah, that makes sense."),
 ("yuki_t", "Suzhou could work as an online link even if we never travel."),
 ("tomas_cir", "Mandarin would be a big hurdle for the kids, though. Let's park Suzhou for now."),
 ("ken.watanabe", "OK, I have to run to a meeting. Let's pick this up tomorrow."),
 "---",
 ("tomas_cir", "Morning! I emailed my contact at Žamberk town hall last night. How about an online class exchange before the summer? They're keen."),
 ("yuki_t", "Fantastic news."),
 ("dan_alt", "Also, who took the last of the coffee in the staff room and didn't refill it 😅"),
 ("yuki_t", "Guilty. I'll bring beans tomorrow."),
 ("ken.watanabe", "Ha. So, the superintendent liked the idea. Then it's settled: we run a pilot online class exchange with Žamberk in June, Grade 8, two sessions."),
 ("tomas_cir", "Great, I'll draft the lesson plan with the Žamberk teachers."),
 ("ken.watanabe", "@musubi Does the JICA survey say anything about JOCA? The superintendent asked whether they could help us."),
 (BOT, "Yes, in the Komagane case. The Japan Overseas Cooperative Association (JOCA, 青年海外協力協会), most of whose members are former JICA overseas volunteers, moved its head office to Komagane, where it works on regional revitalisation as the city's designated regional revitalisation corporation; the move directly added to the settled population. The survey doesn't describe JOCA working with schools, but it could be a source of ex-volunteer speakers for classes."),
 ("yuki_t", "I'd push for JOCA as a speaker pool. Kids love hearing from people who actually lived abroad."),
 ("dan_alt", "+1, but is there a cost for inviting JOCA speakers?"),
 ("ken.watanabe", "Not sure. I'll have to ask."),
 ("ken.watanabe", "On the teacher side: a full school education adviser secondment is too much for a town our size. Let's drop it."),
 ("yuki_t", "Fair enough. A bit sad, but fair."),
 ("ken.watanabe", "Instead we'll go with the JICA partnership volunteer agreement route. I'll request a briefing from JICA and put it on the board's July agenda."),
 ("tomas_cir", "Sounds like a plan."),
 ("dan_alt", "What about Reutte — are we contacting them or not?"),
 ("yuki_t", "I'd still like to. Maybe after we see how the Žamberk pilot goes?"),
 ("ken.watanabe", "Hmm, let's see. No call on Reutte yet."),
 ("tomas_cir", "By the way, does anyone know if the Žamberk school year ends before ours? We may need to squeeze the second session in."),
 ("dan_alt", "No idea, Tomáš, you'd know better than us 😄"),
 ("tomas_cir", "Ha, fair. I'll ask them."),
 ("ken.watanabe", "Thanks all. Good progress this week."),
]

# ---------------------------------------------------------------- s11-05 (en)
START["s11-05"] = "2026-07-06"
T["s11-05"] = [
 ("sato_m", "Morning everyone. Kicking off planning for the September disaster drill. This year we want foreign residents properly involved, not just handed a leaflet."),
 ("hana_cir", "Kia ora and good morning! Happy to help."),
 ("mike.r", "Morning! Did anyone see the rain last night? My umbrella died a heroic death."),
 ("lisa.k", "RIP umbrella. Morning all."),
 ("sato_m", "@musubi Do any of the reports describe foreign trainees or visitors joining local disaster drills?"),
 (BOT, "Yes. The JICA Tokyo survey summary describes Hyogo Prefecture. The Disaster Reduction Learning Center (DRLC), set up in 2007 jointly by Hyogo Prefecture and JICA, draws on the recovery from the Great Hanshin-Awaji Earthquake and has run 304 training courses for 3,335 trainees. In its community disaster training (コミュニティ防災研修), trainees from developing countries join local disaster drills, including overnight evacuation drills, which also serves as a rehearsal for having foreign residents in evacuation shelters. For residents it is a rare chance to meet people from developing countries."),
 ("hana_cir", "That's exactly the angle we want: the drill doubling as a shelter simulation."),
 ("hana_cir", "Could a couple of us do a DRLC study visit in Kobe? It's only a few hours by Shinkansen."),
 ("lisa.k", "And how about asking JICA whether trainees from the community disaster training could join our own drill?"),
 ("sato_m", "Worth asking. We're not in Hyogo though, so I'm not sure JICA would send trainees out here."),
 ("mike.r", "@musubi What else did Hyogo and JICA do with kids and families?"),
 (BOT, "Since 2009, JICA Kansai/DRLC has co-hosted a children's disaster-education event, \"Iza! Bi-Kaeru Dai-Caravan!\", with the Disaster Reduction and Human Renovation Institution, the Hyogo International Association and the Hyogo Prefectural Museum of Art. It is based on the \"Iza! Kaeru Caravan!\" format developed by the NPO Plus Arts, and trainees from developing countries help run it on the day. The survey notes that children who took part when small were coming back as high-school exhibitors by 2024. For a family event, I'd recommend borrowing the Iza! Kaeru Caravan! format from Plus Arts."),
 ("lisa.k", "Oh, I've seen a Kaeru Caravan at a shopping mall. The kids play fire-extinguisher games and then swap toys. It's brilliant."),
 ("hana_cir", "Love it. We could run it at the town festival in October."),
 ("sato_m", "@musubi Could you also suggest overseas towns we might partner with on disaster preparedness? We already have Whanganui, so think beyond that."),
 (BOT, "A few options from the sister-city data, each already tied to a Japanese municipality. Port Hardy in British Columbia (Numata's sister town) is a small coastal community on northern Vancouver Island, so tsunami preparedness is a shared concern. Ezhou (Sanjo's sister city) sits on the Yangtze and deals with river flooding. The Okinawa case-study report also covers Quebec's international policy, which includes supporting Quebec's international cooperation agencies and a commitment to natural-disaster response and humanitarian aid, so Quebec could serve as a policy model rather than a partner."),
 ("mike.r", "Port Hardy sounds a lot like us in scale. I'd push for that one."),
 ("lisa.k", "Ezhou's out, I think. None of us speaks Mandarin and the flood context is very different from ours."),
 ("hana_cir", "Agree on Ezhou."),
 ("sato_m", "And Quebec is a provincial-government thing, way above a town our size. Let's drop Quebec."),
 ("mike.r", "Fair."),
 "---",
 ("hana_cir", "Morning! Quick update: Whanganui council's emergency management team said they'd happily join a video call about how they run their civil defence drills."),
 ("sato_m", "Great, that helps a lot."),
 ("lisa.k", "Unrelated, but the new bakery near the station has opened. The melon pan is dangerous."),
 ("mike.r", "Noted, for science."),
 ("sato_m", "OK, decisions. We'll do the DRLC study visit with two staff in August and build the drill around what we learn."),
 ("hana_cir", "Yes!"),
 ("sato_m", "And for the October festival, OK let's go with the Iza! Kaeru Caravan! format. Lisa, could you contact Plus Arts?"),
 ("lisa.k", "On it."),
 ("mike.r", "So are we inviting JICA trainees to the September drill, then?"),
 ("sato_m", "Still not sure. I need to ask the JICA desk whether that's even possible for a town outside Hyogo."),
 ("hana_cir", "@musubi Does the survey say how many Hyogo staff have worked at DRLC?"),
 (BOT, "It says Hyogo Prefecture seconds staff to DRLC and that by the end of 2023 the cumulative number of secondees had reached 13. As more former DRLC staff who understand both disaster management and JICA work across the prefecture, new collaborations become easier to set up."),
 ("hana_cir", "Thirteen, nice. That could be a pitch for sending our own staff there long-term someday."),
 ("mike.r", "What about Port Hardy? Nobody answered me yesterday 😄"),
 ("sato_m", "Sorry! I like it, but I want to check with Numata before we approach them. Can't promise anything yet."),
 ("lisa.k", "Should we translate the evacuation maps into Portuguese and Vietnamese before the drill, or wait until we see who signs up?"),
 ("hana_cir", "Good question... I'd say before, but it's a budget thing."),
 ("sato_m", "Let me check with the budget office on that too."),
 ("mike.r", "Also, who's MCing the festival booth?"),
 ("lisa.k", "Me, apparently 🙃"),
 ("sato_m", "Thanks everyone, good session."),
]

# ---------------------------------------------------------------- s11-06 (mixed)
START["s11-06"] = "2026-05-18"
T["s11-06"] = [
 ("okamoto_nia", "おはようございます。今月から多文化共生の新事業の準備を始めます。Jessさんもいるので、日本語・英語どちらで書いてもOKです。"),
 ("jess_cir", "Morning! Thanks Okamoto-san 🙏 I'll mostly write in English, but I can read 日本語 fine."),
 ("hirano.city", "おはようございます、市の多文化共生係の平野です。よろしくお願いします。"),
 ("rafael_br", "Bom dia! おはようございます。ブラジル人コミュニティの窓口をやってます。"),
 ("jess_cir", "Has everyone recovered from Golden Week yet?"),
 ("hirano.city", "まだです…帰省の渋滞で実家まで6時間かかりました…"),
 ("okamoto_nia", "@musubi 外国人労働者の受入れと共生について、JICAが関わっている取り組みを教えてください。"),
 (BOT, "『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）によると、2020年に、外国人労働者の人権を尊重する企業間のプラットフォーム「責任ある外国人労働者受入れプラットフォーム（JP-MIRAI）」の立ち上げにJICAも関与し、国際協力推進員（外国人材・共生）の配置が始まりました。また、地域国際化協会が都道府県から受託した外国人向けの多言語相談窓口や日本語教育などの多文化共生事業を中心に据えるようになっている、とも書かれています。地元企業を巻き込むならJP-MIRAI、日々の相談体制なら国際協力推進員への相談が入口になると思います。"),
 ("hirano.city", "市内の工場で働いている方が多いので、JP-MIRAIは良さそうですね。企業側に声をかけるきっかけになります。"),
 ("rafael_br", "Companies listen more when it's a platform with big names behind it. I think JP-MIRAI is a good door."),
 ("jess_cir", "@musubi Is there any evidence that development-education talks in schools actually change anything? I want to pitch JICA's 出前講座 to the school board."),
 (BOT, "The JICA Tokyo survey summary cites a questionnaire from the spring 2021 JICA overseas volunteer recruitment: about one in four applicants said development education such as the visiting lectures (出前講座) was what first got them interested. That's a useful figure for a school-board pitch. I'd recommend proposing JICA's 出前講座 for the junior high schools with the most students with foreign roots."),
 ("okamoto_nia", "出前講座は採用で。教育委員会に話を通すのは私がやります。"),
 ("jess_cir", "Yay, thank you!"),
 ("hirano.city", "交流事業のほうですが、ポリルアとの交流で多文化共生をテーマにできませんか？向こうも多様なコミュニティがある街なので。"),
 ("jess_cir", "Yes!! Porirua has a huge Pasifika community. I'd push for a youth exchange with ポリルア on exactly that theme."),
 ("okamoto_nia", "@musubi ポリルア以外にも、多文化共生をテーマに交流できそうな海外都市はありますか？"),
 (BOT, "姉妹都市データからいくつか挙げます。\n1. アイゼンシュタット（オーストリア）— さぬき市の姉妹都市。ブルゲンラント州の州都で、ハンガリー国境に近い多言語の地域です\n2. サレルノ（イタリア）— 遠野市の姉妹都市。南イタリアの港湾都市です\n3. 貴陽（中国）— 恵庭市の姉妹都市。多くの少数民族が暮らす貴州省の省都です\nいずれも報告書に多文化共生の取り組みとしての記述はないので、相手側への確認が必要です。"),
 ("rafael_br", "サレルノは遠いし、うちとのつながりもゼロなので見送りで。"),
 ("jess_cir", "貴陽 (Guiyang) is out for me. We'd need Mandarin interpreters for everything, and the theme doesn't quite match."),
 ("hirano.city", "アイゼンシュタットはちょっと気になります。少数言語の扱いとか、勉強になりそう。"),
 ("okamoto_nia", "I'll leave アイゼンシュタット on the list for now."),
 "---",
 ("jess_cir", "Morning all ☀️ Porirua City Council replied overnight: they'd love a youth exchange!"),
 ("okamoto_nia", "素晴らしい！"),
 ("rafael_br", "Nice!!"),
 ("hirano.city", "昨日の会議で丸森町の話が出たんですが、@musubi 丸森町のザンビアとの交流が町全体に広がった理由って何でしたか？"),
 (BOT, "調査概説では、①本邦研修中に地域との交流活動を積極的に取り入れ、地域に「ザンビアファン」を増やしたこと、②海外協力隊経験者の地域おこし協力隊員が草の根技術協力事業のコーディネーターとして参画し、町内の様々な関係者を巻き込んだこと、③当初は耕野地区だけだった活動が、フェーズ2では他地区からの参加者も増えて丸森町全体に広がったこと、が挙げられています。西尾市でも、協力隊経験者を地域おこし協力隊としてコーディネーターに迎える方法は検討の価値があります。"),
 ("hirano.city", "地域おこし協力隊でコーディネーターを置く案、面白いですね。"),
 ("okamoto_nia", "予算的にすぐは難しいですが、来年度の要求に入れられるか財政と話してみます。"),
 ("rafael_br", "その人がポルトガル語もできたら最高なんだけど…笑"),
 ("jess_cir", "Lol, we can dream."),
 ("okamoto_nia", "まとめます。ポリルアとの青少年交流は多文化共生をテーマに進めます。これで決まりです。"),
 ("jess_cir", "🎉"),
 ("hirano.city", "JP-MIRAIの件も、市として参加を検討…というか、参加で進めていいですよね？"),
 ("okamoto_nia", "はい、JP-MIRAIには参加する方向で決定です。企業への声かけは平野さん中心でお願いします。"),
 ("hirano.city", "承知しました。"),
 ("rafael_br", "国際協力推進員の人って、どこにいるんですか？愛知県だとJICA中部？"),
 ("jess_cir", "Not sure, to be honest. Someone should ask JICA."),
 ("hirano.city", "多言語相談窓口の件、県の国際交流協会との役割分担はどうしますか？"),
 ("okamoto_nia", "それは次回までの宿題にしましょう。"),
 ("jess_cir", "Also, should the Porirua exchange start online, or go straight to a visit?"),
 ("rafael_br", "Online first, I vote. Cheaper."),
 ("okamoto_nia", "意見が分かれそうですね。次回決めましょう。"),
 ("jess_cir", "OK! Have a good evening everyone 🙌"),
 ("rafael_br", "お疲れさまでした！"),
]

# ---------------------------------------------------------------- s11-07 (mixed)
START["s11-07"] = "2026-06-15"
T["s11-07"] = [
 ("morita.taito", "おはようございます。Gladsaxeからの視察団の受入れと、来年度の交流計画を相談するチャンネルです。Anders and Sophie, feel free to write in English."),
 ("anders_dk", "Good morning! Thanks. 日本語も少しがんばります😅"),
 ("sophie.v", "Morning all! Lovely to be here."),
 ("chen_l", "おはようございます。今朝の銀座線、また遅れてましたね。"),
 ("ikeda_shotengai", "遅れてましたね…浅草駅がすごい人でした。"),
 ("morita.taito", "@musubi 自治体が国際協力を総合計画に位置づけて、まちづくりにつなげた例はありますか？"),
 (BOT, "『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）の長野県駒ヶ根市が代表的な例です。駒ヶ根市は第二次総合計画から、JICAの協力隊訓練所を活用したまちづくりを掲げており、国際活動は「国際交流と多文化共生の推進」を通じた「ひとづくり」として市の施策に位置づけられています。育てる会の事務局が市役所内にあることも、市民団体の取り組みの持続性につながっていると評価されています。"),
 ("morita.taito", "区の次期計画にも、国際交流を「ひとづくり」として書き込めないか企画課に相談してみます。"),
 ("anders_dk", "@musubi Gladsaxe is interested in an exchange on elderly care and community welfare. Do the reports have anything on a Japanese city doing that kind of exchange with a European partner?"),
 (BOT, "The five reports don't describe a Japanese municipality running an elderly-care exchange with a European city, so I can't point you to a case. From the sister-city data, Taito and Gladsaxe are already sister cities, so I'd suggest a reciprocal study tour between care facilities as a natural format."),
 ("anders_dk", "OK, a study tour it is from our side, then. Let's see what Taito thinks 😊"),
 ("chen_l", "@musubi 視察の費用、JICAの草の根技術協力事業で取れないかと思って。丸森町はどうやって草の根技術協力事業につなげたんですか？"),
 (BOT, "調査概説によると、丸森町では、ザンビア国農村振興能力向上プロジェクト（RESCAP）の本邦研修の受入れをきっかけに交流が始まり、2010〜2013年には耕野地区の農家がザンビアへ短期専門家として派遣されて現地で農業技術の指導を行いました。RESCAP終了後、町のまちづくり活動支援補助金も使ってザンビア訪問が実現し、つながりを続けたいという地域の思いからJICA東北に相談して、草の根技術協力事業につながっています。なお、草の根技術協力事業は開発途上国を対象とする事業なので、デンマークのGladsaxeとの交流には使えません。"),
 ("chen_l", "あ、そうか。デンマークは対象外ですね。草の根技術協力事業はなしで。"),
 ("sophie.v", "Changing the subject: for the shopping-street side, how about Lambeth? Brixton Market would be an amazing match for Ameyoko."),
 ("ikeda_shotengai", "アメ横とブリクストン、面白い！"),
 ("morita.taito", "ただ、Lambethは新宿区の姉妹都市なので、うちが単独で組むのは筋が違う気がします。Lambethは今回は外しましょう。"),
 ("sophie.v", "Fair enough, I didn't realise it was Shinjuku's."),
 ("anders_dk", "@musubi Are there other cities with a historic old town and lots of tourism, like Asakusa, that already partner with a Japanese city?"),
 (BOT, "From the sister-city data: Bamberg in Germany (Nagaoka's sister city) has an old town that is a UNESCO World Heritage Site and draws many visitors, so it shares Taito's mix of heritage and tourism. Auckland (Shinagawa's sister city) is a much bigger city but has experience partnering with a Tokyo ward. I'd put Bamberg first for a heritage-and-tourism exchange."),
 ("ikeda_shotengai", "Bambergはビールの街としても有名ですよね。商店街的にも話が広がりそう。"),
 ("chen_l", "Aucklandは大きすぎる気がします。"),
 "---",
 ("morita.taito", "おはようございます。Gladsaxeの視察団、10月で先方からOKが出ました。"),
 ("anders_dk", "Yes! Confirmed on our side too 🎉"),
 ("ikeda_shotengai", "歓迎会の会場、浅草文化観光センターはどうでしょう？展望テラスからスカイツリーも見えますし。"),
 ("sophie.v", "Or the outdoor stage in Ueno Park, 上野恩賜公園野外ステージ? It would be fun if the weather's nice."),
 ("chen_l", "10月の夜の野外は冷えるし雨のリスクもあるので、上野恩賜公園野外ステージはやめたほうがいいと思います。"),
 ("sophie.v", "Haha OK, point taken."),
 ("morita.taito", "では歓迎会は浅草文化観光センターで。視察の形はAndersさんの案どおり、介護施設の相互のstudy tourでいきます。"),
 ("anders_dk", "Perfect. I'll tell Gladsaxe."),
 ("ikeda_shotengai", "商店街の交流の件は、Bambergに打診してみませんか？"),
 ("morita.taito", "異論がなければBambergで進めましょう。長岡市さんにも一言ご挨拶を入れておきます。"),
 ("chen_l", "異論なしです。"),
 ("sophie.v", "Great choice 👍"),
 ("chen_l", "@musubi 東松島市の事例で、学校での交流が子どもにどう影響したか書いてありましたよね？区内の小学校にも紹介したくて。"),
 (BOT, "はい。東松島市では、震災前は国際交流の機会がほとんどなかったものの、JICA事業に携わった地域の方々だけでなく、学校での交流を通じて子どもたちの海外への視野が広がったと書かれています。研修・視察を継続して受け入れることで、震災経験の風化防止にもつながっているとのことです。"),
 ("chen_l", "ありがとうございます、資料に使います。"),
 ("sophie.v", "Will the Gladsaxe delegation also visit a school, or just the care facilities?"),
 ("morita.taito", "まだ決めていません。先方の希望を聞いてからですね。"),
 ("anders_dk", "I'll ask them. Also, who covers the interpreter costs for the care facility visits, the ward or Gladsaxe?"),
 ("morita.taito", "それも確認が必要ですね…"),
 ("ikeda_shotengai", "Aucklandの件は結局どうなりました？"),
 ("chen_l", "特に決まってないですね。"),
 ("morita.taito", "今日はここまでにしましょう。Thanks everyone!"),
 ("sophie.v", "Cheers! お疲れさまでした。"),
]

# ---------------------------------------------------------------- s11-08 (mixed)
START["s11-08"] = "2026-09-07"
T["s11-08"] = [
 ("nishida_ngo", "おはようございます！介護人材の交流プロジェクト、今週からこのチャンネルで議論しましょう。Maria and Tom, English is totally fine here."),
 ("maria.qc", "Good morning po! Excited to start."),
 ("tom_jet", "Morning! Back from Sendai last night, still recovering from all the 牛タン."),
 ("abe.chiba", "牛タンうらやましい…おはようございます、市の国際交流課の阿部です。"),
 ("kato_care", "おはようございます。介護事業所の加藤です。よろしくお願いします。"),
 ("nishida_ngo", "@musubi 地方の大学や病院が、海外と高齢者ケアで協力した事例はありますか？"),
 (BOT, "『JICA市民参加協力事業を中心とした国内事業の地域の国際化・活性化への貢献度にかかる調査 概説』（JICA東京）の長野県佐久市の事例が参考になります。佐久大学とタイのブラパ大学の長年の関係から、タイのニーズと佐久側のリソースがうまくマッチングし、トヨタ財団の調査を経てJICA事業を活用したノウハウの提供に至りました。佐久大学を中心に市内の病院や市役所、民間企業も巻き込み、草の根技術協力事業では佐久市の地域包括ケアを活かして、タイ・チョンブリ県サンスク町で多職種連携による高齢者ケアに取り組んでいます。また、民間企業が民間連携事業で介護サービスの海外展開の有効性・採算性を調査しています。"),
 ("kato_care", "民間企業が海外展開の調査をしているというのは気になりますね。うちも民間連携事業を使えないかな。"),
 ("maria.qc", "Our natural partner is Quezon City. It's already Chiba's sister city, and a lot of our caregivers come from Metro Manila."),
 ("abe.chiba", "ケソン市とは姉妹都市の枠組みがあるので、市としても動きやすいです。"),
 ("tom_jet", "What about teaming up with ブラパ大学 directly, since they already know the Saku model?"),
 ("nishida_ngo", "ブラパ大学はタイの大学なので、フィリピンとの事業とは切り口がずれます。今回はなしで。"),
 ("tom_jet", "Yeah, fair."),
 ("nishida_ngo", "@musubi 最初の調査段階の資金は、どこから取るのが現実的ですか？"),
 (BOT, "佐久の事例では、JICA事業の前にトヨタ財団の調査を経ている点がポイントです。報告書には助成の条件までは書かれていないので募集要項の確認は必要ですが、事前調査の資金源としてトヨタ財団への申請を候補にすることをおすすめします。企業側の調査であれば、JICAの民間連携事業も選択肢になります。"),
 ("kato_care", "トヨタ財団、いいと思います。"),
 ("maria.qc", "Agree, the Toyota Foundation route sounds realistic."),
 ("abe.chiba", "トヨタ財団の応募の締切っていつ頃なんでしょう？"),
 ("nishida_ngo", "ちょっとわからないです、調べます。"),
 "---",
 ("tom_jet", "Morning! Random idea: the CULCON report had something about recognising exchange-programme alumni. @musubi what exactly did it recommend?"),
 (BOT, "The CULCON31 SND Working Group final report (CULCON31 サブナショナル外交と地域間交流の促進 (SND) ワーキンググループ 最終報告書) recommends holding recognition or certification events for alumni of Japan–US exchange programmes who now work in important Japan–US-related roles, to highlight the grassroots connections that support human-resource development and career paths. It also suggests mentorship opportunities, such as alumni running pre-departure and post-return programmes. The report is about Japan–US ties, but an alumni recognition event for Chiba–Quezon City exchange alumni would follow the same idea."),
 ("tom_jet", "I'd push for an alumni recognition event. Our JET and caregiver alumni would love it."),
 ("maria.qc", "Love that!! Many of our former trainees are team leaders now."),
 ("nishida_ngo", "いいアイデアですね。ただ今年度は本体の事業で手一杯なので、時期は少し考えさせてください。"),
 ("abe.chiba", "別件ですが、市の広報誌にこのプロジェクトの紹介記事を載せられそうです。"),
 ("kato_care", "ありがたいです！"),
 ("nishida_ngo", "@musubi 介護の現場で働く外国人の人権について、国のレベルでNGOが意見を言える場はありますか？"),
 (BOT, "『外交青書2026 第4章 国民と共にある外交』によると、NGOとの対話・連携を目的とした「NGO・外務省定期協議会」があり、2024年度も全体会議や連携推進委員会、ODA政策協議会が開かれています。また「ビジネスと人権」に関する行動計画などについても、政府はNGO関係者や有識者を含む市民社会と対話を行っています。外国人介護人材の課題を届けるなら、NGO・外務省定期協議会の場を活用するのが一案です。"),
 ("nishida_ngo", "NGO・外務省定期協議会は、うちみたいな小さいNGOには正直ハードルが高いですね。今回は見送ります。"),
 ("maria.qc", "Maybe later, once we have more data from the project."),
 ("tom_jet", "@musubi Just curious: is there a European city known for its integration policy that we could learn from?"),
 (BOT, "From the sister-city data, Mechelen in Belgium (Yuki's sister city) is often cited for its integration policy for a diverse population. The five reports don't discuss it, though, so treat that as background rather than a report finding."),
 ("abe.chiba", "Mechelenは今回のフィリピンとの事業とは関係ないので、候補からは外しましょう。"),
 ("tom_jet", "Sure, just filing it away."),
 ("nishida_ngo", "では整理します。ケソン市との介護人材の研修交流を本事業として進め、事前調査の資金はトヨタ財団への申請で確保する方針とします。決定です。"),
 ("maria.qc", "Salamat po! 🙏"),
 ("kato_care", "民間連携事業の件は、うちの会社で社内検討してから改めて相談させてください。"),
 ("tom_jet", "So when could the alumni recognition event happen, this fiscal year or next?"),
 ("nishida_ngo", "それもまだ何とも…"),
 ("abe.chiba", "広報誌の記事は、10月号に掲載することで決まりました。"),
 ("abe.chiba", "写真はどれを使いましょう？"),
 ("maria.qc", "I'll send some from last year's training session."),
 ("abe.chiba", "ありがとうございます、助かります。"),
 ("nishida_ngo", "皆さんお疲れさまでした！"),
]


def stamp(n, msgs, start):
    rng = random.Random(111111 + n)
    day = dt.datetime.fromisoformat(start + "T00:00:00")
    t = day + dt.timedelta(hours=8, minutes=30 + rng.randint(0, 90))
    out, first = [], True
    for m in msgs:
        if m == "---":
            day += dt.timedelta(days=rng.choice([1, 1, 1, 2]))
            t = day + dt.timedelta(hours=8, minutes=30 + rng.randint(0, 90))
            first = True
            continue
        user, text = m
        if not first:
            if user == BOT:
                t += dt.timedelta(seconds=rng.randint(6, 45))
            elif rng.random() < 0.08:
                t += dt.timedelta(minutes=rng.randint(60, 150))
            else:
                t += dt.timedelta(seconds=rng.randint(40, 900))
        first = False
        utc = t - dt.timedelta(hours=9)
        rec = {"user": user, "text": text, "ts": utc.strftime("%Y-%m-%dT%H:%M:%SZ")}
        if user == BOT:
            rec["bot"] = True
        out.append(rec)
    return out


if __name__ == "__main__":
    for n in range(1, 9):
        tid = f"s11-{n:02d}"
        recs = stamp(n, T[tid], START[tid])
        with open(os.path.join(HERE, tid + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(tid, len(recs), "messages,", sum(1 for r in recs if r.get("bot")), "bot")
