"""Numbers as documents write them, located in the text: digits, English number words,
Chinese numerals, scales (million, 亿), currencies and units.

Conversion of numerals is left to maintained libraries: cn2an for Chinese numerals and
number_parser for English number words. What is ours is the grammar around them: which
spans are quantities at all (not years, ordinals or "Five-Year"), their scale and unit,
and the unit's code in the registry (dbt_project/seeds/units.csv), so a quantity read
from a text compares with the hand-entered rows in the same units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import cn2an
from number_parser import parse_number

# English number words number_parser reads; "a" counts only before a scale word.
_WORD_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_WORD = rf"(?:{'|'.join(sorted(_WORD_UNITS, key=len, reverse=True))})"
NUMBER_WORD = _WORD  # (for the reader's grammar: "visited eleven factories")
# the small counts, one to twelve, that in running prose count the noun after them
SMALL_NUMBER_WORDS = _WORD_UNITS[1:13]
_WORD_NUMBER = (
    rf"(?:a[\s-]+(?:hundred|thousand)|{_WORD})"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|hundred|thousand))*\b"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FRACTION_WORDS = {
    "half": Fraction(1, 2),
    "third": Fraction(1, 3),
    "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4),
    "quarters": Fraction(1, 4),
    "fourth": Fraction(1, 4),
    "fourths": Fraction(1, 4),
    "fifth": Fraction(1, 5),
    "fifths": Fraction(1, 5),
}
_SCALES_EN = {
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}

ENGLISH = re.compile(
    r"(?:(?<![\w.$])|(?<=\bc\.)|(?<=\bca\.))"  # "c.US$41.7bn" is circa
    r"(?P<prefix>US\$|\$|USD\s?|RMB\s?|CNY\s?|¥)?"
    # ("a third of", and "from a third in 2024", a share a year had)
    rf"(?:(?P<fraction>(?:{_WORD}[\s-]+|a\s+(?=\w+\s+of\b)"
    r"|(?<=from )a\s+(?=\w+\s+in\s+(?:19|20)\d\d))"
    rf"(?:{'|'.join(_FRACTION_WORDS)}))\b"
    # ("half" alone, of a whole: "exports half of sales", not "the second half of 2026")
    r"|(?P<half_of>half(?=\s+of\s+(?!(?:(?:the|this|next|last|that|its)\s+)?"
    r"(?:year|decade|quarter|month|century|fiscal|financial|FY\s*\d+|(?:19|20)\d\d)"
    r"(?:s\b|\b)(?!['\u2019]s))))"
    rf"|(?P<digits>{_DIGITS})|(?P<half>half\s+an?(?=\s+(?:thousand|million|billion|trillion)\b))"
    rf"|(?P<and_half>{_WORD_NUMBER}[\s-]+and[\s-]+a[\s-]+half(?=\s+(?:thousand|million|billion"
    r"|trillion|times|percent|per\s?cent|percentage)\b|\s?%))"
    rf"|(?P<words>{_WORD_NUMBER}))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn)\b)?"
    r"(?:\s?(?P<suffix>%|percent\b|per\s?cent\b|percentage points?\b"
    r"|(?:[a-z-]+\s+){0,3}?(?:per|for every|for each|in every)\s+10,?000\s+[a-z]+\b"
    r"|(?:yuan\s+)?per\s+(?:person|employee|worker|capita|head)\b"
    r"|times\b|-?fold\b"
    # a table's multiple of a year's level: "2 x 2025 level", "1.5\u00d7 the 2020 level"
    r"|[x\u00d7](?=\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:level|baseline)\b)"
    r"|(?:RMB\s)?yuan\b|RMB\b|(?:U\.?S\.?\s)?dollars\b))?",
    re.IGNORECASE,
)

_CN_DIGIT = "零〇一二两三四五六七八九"
# 兆 before money is a trillion (Taiwan's and Hong Kong's 2.4兆元 is the mainland's
# 2.4万亿元); elsewhere it is mega (兆瓦, megawatts), which the reader has no unit for
_TRILLION = r"兆(?=(?:多|余)?(?:元|美元))"
# 九万八千 is one number (98,000), where 十五万 is fifteen of the scale 万
_CN_NUMERAL = (
    rf"[{_CN_DIGIT}十百千]+(?:万[{_CN_DIGIT}十百千]*[{_CN_DIGIT}十百千])?(?:点[{_CN_DIGIT}]+)?"
)
# 1万2千个 is 12,000, digits with two scales as 一万二千 is written with numerals
_DIGITS_IN_TWO_SCALES = r"\d{1,4}万\d千(?![万亿])"
# The verbs after 只 where it means "only", not the classifier (5000只是起点, 只有); the
# reader's Chinese counts read it the same way
ONLY_VERBS = "是有要能需"
CHINESE = re.compile(
    # (never from inside a numeral: the 四条 of 第十四条, the 五个 of 第十五个五年规划, the
    # 630 of 7,630; a comma after words is a clause's: 约7,630亿港元,979亿美元)
    # (个 counts no months, evenings, nights, mornings or weeks: 连续三个晚上, 两个周末, 三个
    # 多月, a duration; a count of working days or hours may be a goal's, 压减至1个工作日)
    rf"(?<![第\d.一二三四五六七八九十百千两〇])(?<![\d.],)(?P<number>{_DIGITS_IN_TWO_SCALES}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_NUMERAL})"
    rf"(?P<more>多|余)?(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|{_TRILLION})?"
    r"(?P<more_after>多|余)?(?P<suffix>(?:元/人|元|美元|辆|[台个家张所名座]?/万人|%|个百分点|倍|家|个(?![多余]?(?:月|晚上|夜晚|通宵|上午|下午|周末|星期|礼拜))|起(?![步点价飞])|项|座|款|台|件|所|名|人次|案|(?:(?<=\d[万亿])|(?<=\d[万亿][多余])|(?<=\d{4})(?<![A-Za-z./]\d{4})(?<![GDCZTKYL]\d{4}-\d{4})(?<![^A-Za-z][GDCZTKYL]\s\d{4})|(?<=\d,\d{3}))次(?!(?:旅客|普通)?(?:列车|动车))|人(?!间)|批|张|片|架|套|条|单|艘|户|处|支|队(?![伍员列长])|例|宗|笔|班|组(?![件织成合建团长别委装])|间(?![隔距])|站(?![点台内外长])|栋|幢|幅(?!度)|盏|床(?![垫单品头日])|标箱|口(?![岸径罩号碑之人])|列(?![入为举出示支表])|部(?![门署分件长委位级队属落首])|块(?![钱儿])|位(?![于居置数])|场次|场(?![所景地馆内外])|对(?=新人|夫妇|情侣|[^\u4e00-\u9fff\d]|$)|种(?![植子类养苗业源群质])|株|把|瓶(?![颈装])|枚"
    # (a pair: 舞鞋1200万双, 发放2000双劳保手套, not 双碳, 双创, 双控, nor a year's festival or
    # campaign, 2024双十一, 2024双12, 2024双品网购节, 2023双随机, 2025双奥; a set: 围棋子600万副,
    # 扑克牌1亿副以上, not a deputy, 副市长, 副研究员, 副厂长, nor 1正2副, 一正六副, 1正10副)
    r"|双(?!碳|创|循环|百|高|减|向|轨|重|边|赢|层|胞|周|休|语|一流|千|万|亿|十|1|节|控|积|达|品|随|奥|拥)"
    # (a portion, a copy or an accession: 收集保存种质资源1000份以上, 发放问卷500份)
    r"|份"
    r"|副(?<![正主][\d一二两三四五六七八九十]副)(?<![正主]\d\d副)"
    r"(?![市县省区镇乡局部总主处厅科院校书经秘理队组会司行董所站馆长职教高研团委巡检班庭社台州中食厂调本军师政村旗盟编审产作])"
    # (a hat, a helmet or a tent: 安全帽年产量2000万顶, 帐篷300顶; not 顶级, 顶尖, 顶住压力)
    r"|顶(?![级尖层部端点住替岗峰梁棚楼盖])"
    # (只 last: the lookahead below is its own, 5000只是起点)
    r"|只"
    rf"(?![{ONLY_VERBS}])))",
)
# the 亿 part of an amount written in two scales (4亿3,260万元)
_HUNDRED_MILLIONS_HEAD = re.compile(r"(?<![\d.])(?<!\d,)(?P<number>\d{1,5})亿零?$")  # 4亿零500万元
_TEN_THOUSANDS_HEAD = re.compile(r"(?<![\d.])(?<!\d,)(?P<number>\d{1,4})万零?$")  # 1万2,000人
CHINESE_PERCENT = re.compile(rf"百分之(?P<number>\d+(?:\.\d+)?|{_CN_NUMERAL})")
# A bare decimal held to a ceiling or floor is a ratio in its own right (an index such as
# a data centre's PUE, or the urban-rural income ratio): 控制在1.25以内, 降至1.3以下,
# 缩小到1.8以内. Chinese numbers are otherwise read only with a unit or suffix, which a
# ratio of this kind does not have. (The text is normalised first: its full-width
# punctuation is ASCII here.)
CHINESE_BARE_RATIO = re.compile(
    r"(?:控制在|降至|降到|降低至|降低到|下降至|下降到|缩小到|缩小至|缩小为|缩至"
    r"|不高于|低于|不超过|优于)\s*(?P<number>\d+\.\d+)(?=\s*(?:以内|以下|及以下|左右|[,;。、)]|$))"
)
# A count of people in 万 or 亿 with no classifier after it, named just before with at
# most a verb of reaching between: 观影人次达到3000万, 会员总数达到61万, 常住人口大约409万,
# 常住人口450万左右 (a bare number is otherwise read only with a unit or suffix); not a
# threshold in a list, 常住人口300万以上、500万以下的城市
CHINESE_BARE_COUNT = re.compile(
    r"(?:人次|人口|人数|会员总?数)\s*"
    r"(?:(?:将|要|力争|预计)?\s*(?:达到|突破|超过|增至|增加到|提高到|控制在|保持在|稳定在|为|是))?"
    r"\s*(?:约|大约|近)?\s*"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_NUMERAL})(?P<scale>万|亿)"
    r"(?=\s*(?:以上|左右|以内|以下)?\s*(?:[,;。)]|$))"
)
# How often a thing happens, bounded in 次 right after its measure 次数 (受伤次数不超过3次,
# 停电次数控制在2次以内): a count of the times, though 次 after a small bare number is
# otherwise how often a thing is done, no count (召开五次)
# (up to three digits: 次 after four counts already, 通联突破10,000次)
CHINESE_TIMES_COUNTED = re.compile(
    r"次数(?:不超过|不得超过|不多于|少于|低于|控制在|在|降至|降到|降低至|减少到|为)?\s*"
    rf"(?P<number>\d{{1,3}}|{_CN_NUMERAL})\s*次"
)
# (not how often each one does it in a period, 每周锻炼次数为3次, 人均训练次数为12次, 会员
# 平均训练次数; but a yearly cap, 每年受伤次数不超过3次, and the club's own average, 平均受伤
# 次数)
_TIMES_PER_BEFORE = re.compile(r"(?:每(?![年届])|人均|员(?:平均|年均))[^,;。、]{0,8}$")
# A dollar amount said with 美元 first, as a spoken conversion: 折合美元大约是278亿.
DOLLARS_FIRST = r"(?:折合|约合|合)美元\s*(?:大约|大概|约)?(?:是|为)?"
CHINESE_DOLLARS_FIRST = re.compile(
    rf"{DOLLARS_FIRST}\s*(?P<number>\d+(?:\.\d+)?|{_CN_NUMERAL})(?P<scale>万亿|兆|亿|万)(?!元)"
)
CHINESE_FRACTION = re.compile(rf"(?P<den>[{_CN_DIGIT}十]+)分之(?P<num>[{_CN_DIGIT}十]+)")

# An amount in a currency the reader has no unit for, named before it (澳门元163亿元,
# 新台币842亿元, "EUR 3 billion", "€3 billion", "MOP 500 million"): not a yuan amount or a
# count. (HK$ and NT$ are never read as dollars: the English reader wants $ alone.)
# (one list, also for a third currency in a dollar pair's bracket and an amount's year:
# reader._THIRD_CURRENCY, years._BARE_NUMBER)
OTHER_CURRENCIES_ZH = "港元|港币|澳门元|澳门币|澳元|新台币|台币|欧元|日元|英镑|韩元|新加坡元"
_FOREIGN_CURRENCY_BEFORE = re.compile(
    rf"(?:{OTHER_CURRENCIES_ZH}|\b(?:EUR|GBP|JPY|HKD|MOP|TWD|SGD|KRW|CHF)|€|£)\s*$"
)
_FOREIGN_RANGE_BEFORE = re.compile(
    rf"(?:{OTHER_CURRENCIES_ZH})\s*[\d,.]+\s*(?:万|亿)?\s*元?\s*(?:至|到|-|~|—)\s*$"
)
# what a plan lists of itself, not a goal: 18条支持举措, 30项政策措施, 10件民生实事
_POLICY_ITEMS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:举措|措施|政策|意见|条款|细则|实事|指标)")
# (a measure per mu before the amount, with at most a few words of a bound between:
# 亩均税收达到, 亩均年税收不低于, 每亩投资强度原则上不低于, 亩均税收在…以下; not a total
# after other words, 亩均论英雄奖励1000万元, 亩均效益奖补资金, 每亩补贴标准提高后共发放)
_PER_MU_BEFORE = re.compile(
    r"(?:亩均|每亩)年?(?:工业)?(?:税收|纳税|营业收入|营收|销售收入|产值|产出|增加值|利润"
    r"|投资(?:强度|额)?|补贴|补助|奖励|奖补)"
    r"(?:(?!发放|共|总|合计|累计|资金|基金)[^\d,;。、]){0,6}$"
)
_PER_MU_AFTER = re.compile(r"\s*/\s*亩")
# 块 said for yuan, after what is paid (票价控制在40块以内, 月薪1万块, 每人补贴500块)
_PAID_BEFORE = re.compile(
    r"(?:价|薪|补贴|补助|费|工资|收入|奖金|租金?|花了?|卖|买|赚)[^,;。\d]{0,8}$"
)
_START_OR_FLOOR_BEFORE = re.compile(r"(?:[从自]|价|费|租金)\s*$")  # (not 低于12起)
# titles, varieties, species or products named before a count in 种 in its clause (图书
# 版权输出174种, 繁育濒危物种不少于8种)
# (or a list's entries, 名录…收录286种, and the count of them a comparison after it names:
# the 261 of 收录286种,比2024年底的261种)
_TITLES_BEFORE = re.compile(
    r"(?:图书|版权|出版物|期刊|品种|物种|新药|药品|产品|标准|名录|收录)[^,;。]{0,10}$"
    r"|(?:名录|收录)[^,;。]{0,12}\d种\s*,\s*(?:比|较|同比)[^,;。]{0,10}$"
)
# two quoted names or more right before a number, which counts them
_QUOTED_LIST_BEFORE = re.compile(r'"[^"\n]{1,12}"\s*(?:、|和|与|及)?\s*"[^"\n]{1,12}"$')
# what is shown or played, named before a count in 场 in its clause (营业性演出场次达到
# 1.2万场; not 体育赛事,…举办8场经贸推介会), or a count of them in the clause before (举办
# 演出8600场,比2023年的7400场), or right after it (举办6场音乐会)
_SHOWINGS = r"演出|赛事|比赛|展演|放映|演唱会|音乐会|话剧|电影|婚礼|婚宴"
_SHOWINGS_BEFORE = re.compile(
    rf"(?:{_SHOWINGS})(?:[^,;。]{{0,12}}[\d万]场次?\s*,)?[^,;。]{{0,12}}$"
)
_SHOWINGS_AFTER = re.compile(rf"\s*(?:{_SHOWINGS})")
# a rank, a move in rank or a length in digits before a number in 位 (前二十位, 排名上升3位,
# 卡号统一为12位; not 目前)
_RANK_BEFORE = re.compile(r"(?:(?<!目)前|后|第|上升|提升|下降|前进|后退|跃升|统一为|排名)\s*$")
_ONE_EACH = re.compile(r"1[名个家支项条位]\S{0,8}?、1[名个家支项条位]")
# (场 counts showings, 演出场次达到1.2万场, not meetings held, 举办投资说明会6场
# (chinese_quantities), nor 场所, 场景; 种 counts titles or kinds, 版权输出174种, not 种植,
# 种子, 种类; 株 counts plants, 出圃苗木2000万株; 对 counts couples, 服务新人超过500对,
# not 对接, 对于 or 1对1;
# and 队 counts teams, 新创团队60队, not 队伍 or 队员)
# (部 counts lifts or films, 加装电梯150部, not 部门 or 部署; 列 counts trains, 开行中欧
# 班列600列; 标箱 containers, in twenty-foot units; 次 counts
# calls or visits only in 万 or 亿 right after digits, 接口调用量突破2.5亿(余)次, or in four
# digits or more, 通联突破10,000次 (not a train's number, G1234次, D3071/3072次, G1234-1235
# 次, 1461次旅客列车, nor a decimal's digits), not how often a thing is done, 每年举办2次,
# 召开五次, nor 千万次 said for "countless", nor a computer's speed in 万亿, 每秒100万亿次浮点
# 运算; 位 counts people, 会员共640位, 突破2000位
# 会员 (a noun after it only where that noun names the indicator, reader's
# _counts_another_noun: not 两位同事, 4位家庭成员), not a rank, 排名前10位, nor 位于, 位居,
# 两位数; 把 counts instruments or tools, 弦乐器年产量达到80万把; 人 counts people, not a
# room's beds, 六人间; 瓶 counts bottles, 年产量25万瓶, not 瓶颈 or 瓶装; 枚 counts medals or
# coins, 获得奖牌27枚; 只 counts balls, kites or animals, 年产量突破3亿只, not "only" before a
# verb, 5000只是起点)
COUNT_SUFFIXES = set(
    "起家个项座款台件所名人批张片架套条单艘户处支队例宗笔班组间站栋幢幅盏床列案口部块位把"
) | {
    "人次",
    "次",
    "场",
    "场次",
    "对",
    "种",
    "株",
    "瓶",
    "枚",
    "只",
    "双",
    "副",
    "份",
    "顶",
    "标箱",
}
# A density or a per-person amount named before its number, in the number's clause:
# 每万人拥有研发人员达到18人, "points per 10,000 people shall be no less than 25",
# 人均消费达到1500元, "per capita disposable income of 50,000 yuan".
_PER_10K_BEFORE = re.compile(r"每万(?:名|个)?[^\d,;。]{0,6}?(?:人|居民|人口|户)[^,;。]*$")
_PER_10K_BEFORE_EN = re.compile(
    r"\b(?:per|for every|for each|every)\s+10,?000\s+[a-z]+\b[^,;.]*$", re.IGNORECASE
)
_PER_PERSON_BEFORE = re.compile(r"人均[^,;。]{0,12}$")
# US dollars named before an amount in 元 (美金4,500萬元, 約美金1.83億元)
_US_DOLLARS_BEFORE = re.compile(r"美金\s*(?:约|大约)?\s*$")  # (折合美金约6.25亿元)
_PER_PERSON_BEFORE_EN = re.compile(
    # (a person named past a word that qualifies them: "per out-of-town runner")
    r"\bper[- ](?:capita|person|head|(?:[a-z-]+\s+)?(?:visit(?:or)?|tourist|trip|runner|guest"
    r"|participant|attendee|spectator|resident|student|member|employee|worker))\b"
    # (past a relative clause: "spending per visitor, which stood at RMB 1,125 in 2024, is
    # targeted at RMB 1,200"; "per visitor, which stood at RMB 1,125"; not one before
    # another subject, "…, which grew 6% last year, and tourism revenue will top")
    r"(?:,\s*(?:which|that)\b[^;.]{0,50}?,(?![^,;.]{0,40}\b(?:and|but)\b)"
    r"|,\s*(?:which|that)\b)?[^,;.]{0,40}$",
    re.IGNORECASE,
)
_BEFORE_REACH = 100  # how far before a number those phrases are looked for
# "increase by 1.5 times" is 2.5 times the base (as 增长1.5倍 is); "2.5 times the 2024
# level" and "a threefold increase" are the multiple itself. A bare "three times" is
# read only where it compares: after a verb of growth or before what it multiplies.
_INCREMENT_BEFORE = re.compile(  # what grows may stand between: "increase exports by"
    r"\b(?:increase|grow|rise|expand|raise|boost)\w*\s+(?:[\w\"'-]+\s+){0,8}?by\s+"
    r"(?:about\s+|around\s+|(?:no|not) less than\s+|at least\s+|more than\s+)?$"
    r"|(?:增长|增加|提高|提升|扩大|增)了?\s*$",
    re.IGNORECASE,
)
_TIMES_CONTEXT = re.compile(
    r"\b(?:increase|grow|rise|expand|raise|boost|multiply|reach)\w*\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|more than\s+|at least\s+)?$",
    re.IGNORECASE,
)
_TIMES_AFTER = re.compile(
    r"^\s+(?:the|that|its|their|as|of|from|compared|increase|growth|rise)\b"
    # (and over what it is compared with, "1.5 times over the 2020 level", "over last
    # year"; not over a stretch of time, "The committee met four times over the winter",
    # "over the past year", "over two days")
    r"|^\s+over\b(?!\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall|year|weekend|holidays"
    r"|period|quarter|course)\b|\s+the\s+(?:past|last|next|following)\b"
    r"|\s+(?:\d+|two|three|four|five|six)\s+(?:days|weeks|months|years)\b)",
    re.IGNORECASE,
)


def _multiple(text: str, start: int, end: int, value: float) -> float | None:
    """The factor a number written with "times"/"-fold"/倍 states, or None where it does
    not compare ("three times a year")."""
    before = text[max(0, start - _BEFORE_REACH) : start]
    if _INCREMENT_BEFORE.search(before):
        return value + 1
    if (
        CJK.search(text[start:end])
        or _TIMES_CONTEXT.search(before)
        or _TIMES_AFTER.match(text[end : end + 20])
    ):
        return value
    return None


@dataclass(frozen=True)
class Quantity:
    """A number in the text with what it measures. `value` is in `unit`, a registry
    code, or the unit as stated when the registry has none (`unit` is then None).
    `decimals` is how many decimals the text gives in that unit (rounding-aware
    checks need it); None for a value the text states exactly (two-thirds)."""

    start: int
    end: int
    value: float
    unit: str | None
    dimension: str  # cny, usd, vehicles, count, pct, ratio, or the stated unit
    decimals: int | None
    text: str
    more: bool = False  # 100多家, 300余家: "over 100"
    level: bool = False  # a ratio stated as a level (PUE 1.25), not a multiple of a base


def written_decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def _amount(value: float, decimals: int, scale: int, units: dict[int, str], base: str):
    """The value in the largest registry unit (`units`, by its scale) not above the
    scale word's (850 billion yuan -> 850 CNY_bn; 3千亿元 -> 3000 CNY_100m), else in the
    base unit, with the decimals shifted by the difference."""
    fitting = [unit_scale for unit_scale in units if unit_scale <= scale]
    unit_scale = max(fitting) if fitting else 1
    shift = len(str(scale // unit_scale)) - 1
    return value * scale / unit_scale, units.get(unit_scale, base), max(0, decimals - shift)


def _scaled(value: float, decimals: int, scale: int) -> tuple[float, int]:
    """A number times its scale word, with the decimals it was written with shifted
    there and never below none: 41.3万 is 413,000 to the unit, "3.25 thousand" 3,250."""
    return value * scale, max(0, decimals - len(str(scale)) + 1)


def _dollars(value: float, decimals: int, scale: int) -> tuple[float, str, int]:
    """A dollar amount: from a million up in USD_bn (the registry's dollars), with the
    decimals it was written with shifted to that unit, so "$13 million" is 0.013 USD_bn
    to the nearest 0.001 and 1320万美元 0.0132 to the nearest 0.00001; a rounding band
    built from them is the one the text allows."""
    if value * scale < 10**6:
        whole, places = _scaled(value, decimals, scale)
        return whole, "USD", places
    return value * scale / 10**9, "USD_bn", max(0, decimals + 9 - (len(str(scale)) - 1))


def _english_value(match: re.Match) -> tuple[float | None, int]:
    if match["half_of"]:
        return 0.5, -1
    if match["fraction"]:
        count, part = re.split(r"[\s-]+", match["fraction"].lower())
        parts = 1 if count == "a" else parse_number(count)
        return (None if parts is None else float(parts * _FRACTION_WORDS[part])), -1
    if match["digits"]:
        return float(match["digits"].replace(",", "")), written_decimals(match["digits"])
    if match["half"]:  # "half a million"
        return 0.5, 1
    if match["and_half"]:  # "one and a half trillion", "twenty-one and a half percent"
        words = re.split(r"[\s-]+and[\s-]+a[\s-]+half$", match["and_half"].lower())[0]
        whole = parse_number(words)
        return (None, 0) if whole is None else (whole + 0.5, 1)
    words = re.sub(r"^a\b", "one", match["words"].lower())
    value = parse_number(words)
    return (None, 0) if value is None else (float(value), 0)


# A change's verb and its object, up to the base it is counted from ("double our youth
# programme from the", "up from the"): the number after it is that base (not "aside from
# the", a source, "from the 3 beaches we use")
CHANGED_FROM_THE = (
    r"\b(?:(?:doubl|tripl|quadrupl|rais|increas|grow|grew|lift|expand|boost|ris|rose)\w*|up)"
    r"\b[^,;.\d]{0,60}?\bfrom\s+the\s+"
)
_BASE_OF_A_CHANGE = re.compile(CHANGED_FROM_THE + "$", re.IGNORECASE)
_THAN_THE = re.compile(r"\bthan\s+the\s+$", re.IGNORECASE)
_DATED_AFTER = re.compile(r"[^,;.]{0,40}?\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)


# An analyst's estimate or forecast year: 2027E, FY2025F
ESTIMATE_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:FY)?(?:19|20)\d\d[EF]\b")

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s$", re.IGNORECASE)


# Numbers that name or locate rather than count: a reference's number, a time of day.
_REFERENCE = re.compile(
    r"(?:\b(?<!-)(?:article|table|chapter|section|part|annex|appendix|figure|item|clause|no\.|"
    r"indicator|class|phase|type|grade|tier|category|aged|tel(?:ephone)?|fax|phone|hotline"
    # a numbered thing's name: Tram Line 1, Scope 2, Berth 4 (a plant or a building only
    # capitalised, Building 3: not the verbs, "building 3 industrial parks")
    r"|line|scope|stage|block|lot|tower|terminal|berth|gate|(?-i:Plant|Building)|hall|route|note"
    # (a thread's, a needle's or a shoe's size: "a table runner in size 80 cotton",
    # "wellingtons (size 42)"; not a fleet's or a class's, "fleet size 600 buses", "class size
    # 32", nor a label's, "Fleet size: 600 buses")
    r"|(?<!fleet\s)(?<!class\s)size(?!\s*:)"
    # (a school's year group, capitalised: "this year's Year 9 careers day", "Form 3"; a
    # tour's stop and the key to press for it: "STOP 5. THE DRY DOCK (press 5)")
    r"|(?-i:Year|Form|Primary|STOP|Stop)|(?<=\()press)"
    # (an area code masked in an example: 0XXX-5563 2290)
    # (and a bank account's number, 帐号6230 5817 0042 9936)
    r"|\b0[\dX]{2,3}-\d{3,4}|电话|热线|传真|帐号|账号|卡号|(?:电话|热线|传真)[^\d]{0,4}\(0\d{2,3}\)"
    # (a country's dialling code: +44 (0)1632 960 418, +86 (0598) 8812 3456)
    r"|(?<![\w)])\+\d{1,3}\s*(?:\(\d{1,4}\)\s*)?"
    # (or a trunk code in brackets: "on (0419) 8836 2270"; or a whole number in brackets that
    # opens on one, in groups: "the recorder, Alan Birch (0731 552 7760)")
    r"|\((?!000\))0\d{2,4}\)|\((?=0\d{2,4}\s+\d{3,4}\s)"
    # (a phone's word before a comma: "the service hotline, 12345")
    r"|\b(?:tel(?:ephone)?|fax|phone|hotline)\s*,)"
    # (and the rest of a number written in groups: "tel. +86 771 5583 2047")
    r"\s*[:.]?\s*\+?(?:[\d-]+\s){0,4}$",
    re.IGNORECASE,
)
# A course's or a coach's level, capitalised, one digit before a word: "signs up for the
# Level 2 course", "five Level 2 coaches"; not a table's "Noise Level 55 dB", "PM2.5 Level 35 30"
_LEVEL_BEFORE = re.compile(r"(?-i:\bLevel)\s+$")
_WORD_AFTER = re.compile(r"\s+[a-z]{3,}\b")
# (a bracket must lead on to more digits: not "+12 (9) per cent", a change and last year's)
_DIALLED_AFTER = re.compile(r"\s*(?:\(\d{1,4}\)\s*\d|\d{2,4}[\s-]\d)")
# Numbered days, weeks, laps, kilometre marks or courts, one or a list: "Weeks 6, 9 and
# 12: company visits", "Bonus seconds on laps 4 and 8", "sprints at km 58 and km 142",
# "Courts 3 to 6 will be resurfaced"; and ages, "junior coaching (ages 8 to 17)"
_NUMBERED_MARKS = re.compile(
    r"\b(?:weeks?|days?|laps?|km|courts?|ages)\s+(?:\d{1,3}(?:\s*,\s*|\s+(?:and|to)\s+|\s*-\s*))*$",
    re.IGNORECASE,
)
# (a mark is a short number that names no noun of its own: not "the first 100 days 3,000
# firms", "By day 30, 500 households", a unit column's "km   320   450")
_MARK_AFTER = re.compile(
    r"\s*(?:[,;:.)]|(?:and|for|on|in|at|to|from|with|by|of)\b|-\s*\d|$)", re.IGNORECASE
)
# A stage or class named by a capitalised number word ("Phase Two", "Class One", "Tier
# Two"): not a verb in a title ("Building Three New Hospitals", "Plant Three Hundred")
_STAGE_NAMED = re.compile(
    r"\b(?:Phase|Stage|Class|Tier|Grade|Type|Category|Round|Level|Block|Lot|Line|Route"
    r"|Terminal|Berth|Gate|Hall|Tower|Zone|Table|Article|Section|Figure|Chapter|Exhibit|Annex"
    r"|Appendix|Part)\s+$"
)
# ... and, inside a sentence, a word that may open one as a verb ("with Plant Two opening",
# not "- Plant Three Hundred Thousand Trees" nor "goals: Building Three New Hospitals")
_STAGE_NAMED_INSIDE = re.compile(r"(?<=[a-z,] )(?:Plant|Building|Scope|Item|Indicator)\s+$")
# (and a spoken list's "Number three: ...", "Goal Number 3:"; not the verb after a modal,
# "to", "now" or a plural noun: "will number 30:", "factories now number 112:")
_ITEM_LABEL = re.compile(
    r"\b(?:goal|objective|task|step|priority|point"
    r"|(?<!will )(?<!would )(?<!shall )(?<!should )(?<!could )(?<!can )(?<!may )(?<!must )"
    r"(?<!to )(?<!now )(?<![a-z]s )number)\s+$",
    re.I,
)
# A rank, an order or a whole: which ones, not how many ("the national top three", "the
# first three new routes", "all eight vessels", "the city's 14 universities")
_WHICH_ONES = re.compile(
    r"\b(?:the|national|world's|global|country's|province's)\s+top\s+$|\bthe\s+(?:first|last)\s+$"
    r"|\ball\s+(?:the\s+)?$"
    r"|\bthe\s+(?:city|province|county|country|region|nation|district|zone|park)'s\s+$",
    re.I,
)
# ... or ones a superlative after the count picks out, after a possessive: "our five newest
# members", "its 10 largest customers", "the city's three most active clubs" (not a goal's
# "foster 50 most innovative SMEs", nor a compound of a noun, "its 20 best-practice zones",
# nor a name, "our 3 Best in Show awards")
_PICKED_OUT_BEFORE = re.compile(r"(?i:\b(?:our|its|their|my|your|his|her)|'s)\s+$")
_PICKED_OUT_AFTER = re.compile(
    r"\s+(?:(?:newest|oldest|youngest|latest|largest|biggest|smallest|best)\b"
    # (a compound only of a participle: "best-known", "biggest-selling")
    r"(?!-(?![a-z]*(?:ed|ing|wn)\b))"
    r"|most\s+(?!of\b)[a-z])"
)
_PART_OF = re.compile(r"\b(?:chapter|section|part|article|annex|appendix|slide)\s+$", re.I)
# A document's own parts, counted (as 18条支持举措 in Chinese, _POLICY_ITEMS): its
# pages, chapters, articles, or the measures, targets or indicators it lists ("sets
# three targets", "Three indicators are behind")
_PARTS_AFTER = re.compile(
    r"\s+(?:pages?|chapters?|articles?|sections?|paragraphs?)\b"
    r"|\s+[\"']?(?:(?:major|key|policy|specific|support|main)\s+)?"
    r"(?:measures|targets|goals|indicators)\b",
    re.IGNORECASE,
)
_HOUR_MARK = r"[ap]\.m\.|[ap]m\b|o['\u2019]clock"
_CLOCK_AFTER = re.compile(rf"\s*(?::\d\d|{_HOUR_MARK})", re.IGNORECASE)
# A time of day in words, after a word of time: "at two o'clock", "until three in the
# morning" (not "eight in the morning and four in the evening", classes counted)
_HOUR_WORDS_AFTER = re.compile(
    rf"\s*(?:{_HOUR_MARK}|in the (?:morning|afternoon|evening)|at night)", re.IGNORECASE
)
_HOUR_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|by|from|until|till|before|after)\s+$", re.IGNORECASE
)
# (or ending its clause after "before" or "until": "finished before ten."; not "Membership
# stood at ten.")
_UNTIL_BEFORE = re.compile(r"\b(?:before|until|till)\s+$", re.IGNORECASE)
# A measure in a physical unit the registry does not hold ("120 kilowatts", "500
# tonnes") is no count of things.
# A price per physical unit ("below RMB 35 per kilogram", 每公斤35元) is no amount.
_PER_PHYSICAL = re.compile(  # (or of land: "RMB 4.5 million per mu", a land benchmark)
    r"\s*(?:per|a|/)\s*(?:kilogram|kg|tonne|ton|litre|liter|kwh|kilowatt-hour|square metre"
    r"|square meter|sq\.?\s?m|sqm|cubic metre|mu|hectare"
    # (a freight rate: "US$1,450 per 40-foot container", "RMB 1,120 per TEU")
    r"|(?:\d+-(?:foot|ft)\s+)?(?:container|box|teu))\b",
    re.IGNORECASE,
)
_PHYSICAL = re.compile(
    r"\s(?:tonnes?|tons?|kilowatts?|kw|kwh|megawatts?|mw|mwh|gigawatts?|gw|gwh|"
    r"kilometres?|kilometers?|km|square (?:metres?|meters?)|hectares?|mu"
    r"|kilograms?|kg|litres?|liters?|metres?|meters?|feet|foot|miles?|knots?|kv|kilovolts?"
    # (a radio frequency: "the net on 145.500 MHz", "CTCSS 88.5 Hz")
    r"|[kmg]?hz)\b",
    re.IGNORECASE,
)


def _alone_on_its_line(text: str, match: re.Match) -> bool:
    """A page or list number on a line of its own."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end >= 0 else len(text)].strip() == match.group(0).strip()


# A percentage's sign written before it: "minus 21.4%", "was -3.8%", "after -3.8%" (not
# "plus or minus 2%", a range's dash, 2.5-3% or "5 -6%", a list's mark, "- 3.8%" or
# "-15%" opening a line, nor a dash that sets words apart, "for 2027 -13% growth"; a
# table's "Carbon intensity: -18%" may be a goal's cut, not a level)
_MINUS_BEFORE = re.compile(
    r"(?<!plus or )\bminus\s+$"
    r"|\b(?:was|were|is|are|stood at|at|of|after|from|to|by)\s+[-\u2212]$",
    re.IGNORECASE,
)


# The word a version number names (Industry 4.0, "PARK 3.0", 工业4.0)
_VERSION_NAME = re.compile(r"(?:\b[A-Z][A-Za-z]+|[\u4e00-\u9fff])\s?$")


# (away from a place: not "12 stops from Central to the airport", "add 12 stops from the
# city centre to the airport", "40 blocks from 2025", "120 blocks from the 1980s")
_DISTANCE_AFTER = re.compile(
    r"\s+(?:streets?|blocks?|doors?|stops?)\s+"
    r"(?:away\b|down\b|from\s+(?:this|that|our|here|there|the\s+(?!\d)))(?![^.,;:]*\bto\b)",
    re.I,
)
_OLDEST = 120
# How many make up each group: "groups of 24 or more", "teams of 20 or more"
_GROUP_SIZE_BEFORE = re.compile(
    r"\b(?:groups|teams|classes)\s+of\s+(?:(?:up\s+to|about|around|at\s+least|at\s+most"
    r"|(?:no\s+)?more\s+than|fewer\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"\b(?:people|members|residents|persons|adults|citizens|those|anyone|children|pupils"
    r"|students|visitors|workers|juniors|seniors|kids|youths?|youngsters|teenagers|teens"
    r"|minors|boys|girls|men|women|players|drivers|riders|patients|guests|customers"
    r"|participants|entrants)\s+(?:(?:aged\s+)?(?:over|under|above|below)|aged)\s+$",
    re.I,
)
# (or the youngest's and the oldest's, with nothing counted after: "the youngest aged twelve
# and the oldest seventy-one", "the youngest, aged twelve,", "the youngest player is 12";
# not "replace the oldest 30 buses")
_EXTREME_AGE_BEFORE = re.compile(
    r"\bthe\s+(?:youngest|oldest)(?:\s+[a-z]+)?\s*,?\s*(?:(?:is|was|being)\s+)?(?:aged\s+)?$",
    re.I,
)
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[,;.)]|and\b|$)", re.I)
# (and after old or new: "until the old one is finished", "when the new one opens", "brings
# in a new one")
_ONE_AS_PRONOUN = re.compile(
    r"\b(?:(?:this|that|every|each|any|no|which|the)\s+(?:(?:old|new)\s+)?|an?\s+(?:old|new)\s+)$",
    re.IGNORECASE,
)
# (a verb of getting a thing before "one": "take one.", "buy one"; not "add one", "from three
# to one", "installed one", numbers)
_TAKE_ONE_BEFORE = re.compile(
    r"\b(?:take|buy|get|borrow|bring|grab|order|adopt|pick|choose|keep)\s+$", re.IGNORECASE
)


# (a verb of the mind, which only a person does: not "at least one must be national-level")
_ONE_AS_SUBJECT_AFTER = re.compile(
    r"\s+(?:would\s+|might\s+)?(?:hope|suspect|imagine|suppose|wonder|assume)(?:s|e?d)?\b",
    re.IGNORECASE,
)


# The words between a class's noun and the bound of its amount, and the bounds ("companies
# with annual revenue above 2 billion yuan"; not "no less than", which ends a goal's amount:
# "projects of no less than RMB 400 billion" is the investment itself)
CLASS_WORDS = r"(?:(?!\b(?:will|shall|should|is|are|to)\b)[\w\s'-]){0,40}?"
CLASS_BOUND = r"\b(?:above|over|exceeding|exceeds|tops|more than|at least|below|under|in excess of)"
# Some of those just counted that a bound of an amount of money sets apart: "only one of
# them had annual revenue above RMB 5 billion" counts a class (where "one of them" alone,
# "one of the largest", is no number; nor "one of them had more than 5,000 employees"). The
# reader never gives such a count to the indicator of the whole counted before it.
OF_THEM_IN_A_CLASS = re.compile(
    r"\s+of\s+(?:them|these|those)\s+(?:had|have|has)\b"
    + CLASS_WORDS
    + CLASS_BOUND
    + r"\s+(?:(?:RMB|CNY|US\$|\$|\u00a5)\s?\d"
    + r"|\d[\d,.]*\s*(?:(?:(?:b|m)illion\s+)?(?:yuan|dollars|RMB)\b|[万亿]*元))",
    re.IGNORECASE,
)


def _is_not_a_quantity(text: str, match: re.Match) -> bool:
    """Years, ordinals, ranges of years and compound adjectives ("Five-Year Plan")."""
    after = text[match.end() : match.end() + 6]
    before = text[max(0, match.start() - 1) : match.start()]
    raw = match.group(0)
    plain = not (match["prefix"] or match["scale"] or match["suffix"])  # a bare number
    if (
        plain
        and raw.lower() == "one"
        and (
            _ONE_AS_PRONOUN.search(text, max(0, match.start() - 12), match.start())
            # (or a thing named before, the object ending its sentence: "to take one.")
            or (
                re.match(r"\s*[.;!?]", after)
                and _TAKE_ONE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
            # (or the pronoun of a verb: ", one hopes, more foreign writers translated")
            or _ONE_AS_SUBJECT_AFTER.match(text, match.end())
        )
    ):
        return True  # "listen carefully on this one", "Every one of us": no number
    if re.match(r"(?:st|nd|rd|th)\b|-year|-day|-month|-hour|-minute", after, re.IGNORECASE):
        return True
    if (
        plain
        and re.match(
            r"\s+(?:years?|months?|days?|weeks?|hours?|minutes?|mins|seconds?)\b"
            # ("stay at least one night", "the next two seasons"; not a count of nights in
            # digits, "850,000 nights", a tourism figure)
            + (r"|\s+(?:nights?|seasons?)\b" if match["words"] else ""),
            text[match.end() : match.end() + 9],
            re.IGNORECASE,
        )
    ):
        return True  # a duration: "over the next four years", "within 24 hours"
    if (
        plain
        # (in digits up to an age, or in words without a scale: "children under three"; or
        # a height: "children under 1.2 metres")
        and (
            (re.fullmatch(r"\d{1,3}(?:\.\d+)?", raw.strip()) and float(raw) <= _OLDEST)
            or (match["words"] and not match["scale"])
        )
        and (
            _AGE_BEFORE.search(text, max(0, match.start() - 24), match.start())
            or (
                _EXTREME_AGE_BEFORE.search(text, max(0, match.start() - 32), match.start())
                and _NOTHING_COUNTED_AFTER.match(text, match.end())
            )
        )
    ):
        return True  # an age: "members over 65" (not "unemployed people under 20,000")
    if plain and _GROUP_SIZE_BEFORE.search(text, max(0, match.start() - 36), match.start()):
        return True  # a group's size: "corporate groups of 24 or more can book"
    if plain and _DISTANCE_AFTER.match(text, match.end()):
        return True  # a way: "two streets from this building", "three stops away"
    # (a range's dash or a compound's hyphen; not a percentage's sign: "after -3.8%")
    signed = bool(
        _MINUS_BEFORE.search(text, max(0, match.start() - 12), match.start())
        and match["suffix"]
        and re.match(r"%|percent|per\s?cent", match["suffix"], re.IGNORECASE)
    )
    if (before == "-" and not signed) or re.match(r"\s?-\s?\d", after):
        return True
    if _PER_PHYSICAL.match(text, match.end()):
        return True  # a price: "RMB 35 per kilogram"
    if _FOREIGN_CURRENCY_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return True  # "EUR 3 billion": a currency the reader has no unit for
    if (
        match["digits"]
        and re.match(r"[A-Za-z]", text[match.end("digits") : match.end("digits") + 1])
        and not (match["scale"] and match.start("scale") == match.end("digits"))
    ):
        return True  # a name: 5G, 3D, 4K; not 5bn
    if (
        plain
        and re.fullmatch(r"\d\.0", raw.strip())
        and _VERSION_NAME.search(text, max(0, match.start() - 24), match.start())
    ):
        return True  # a name's version: "Industry 4.0", "PARK 3.0", 工业4.0
    line_start = text[max(0, match.start() - 2) : match.start()]
    if (
        plain
        and match["digits"]
        # (a thing's number is short: not a count grouped in thousands after a verb,
        # "building 3,000 units of affordable rental housing")
        and not re.search(r"\d,\d{3}", match["digits"])
        and _REFERENCE.search(text[max(0, match.start() - 24) : match.start()])
    ):
        return True  # "Article 5", "Table 1", "No. 17 [2024]", "Tel: 0898-6653 2217"
    if (
        plain
        and len(raw) == 1
        and _LEVEL_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and _WORD_AFTER.match(text, match.end())
    ):
        return True  # "the Level 2 course"
    if plain and before == "+" and _DIALLED_AFTER.match(text, match.end()):
        return True  # the country's code itself: +44 (0)1632 …, +86 771 5583 2047
    mark = (
        plain
        and len(raw) <= 3
        and _NUMBERED_MARKS.search(text, max(0, match.start() - 24), match.start())
    )
    # (a capitalised mark is a label whatever follows: "Day 2 sessions cover …", "Courts 3
    # to 6 will be resurfaced"; not "the first 100 Days 120 …")
    if mark and (
        re.match(r"(?:Day|Week|Lap|Courts?)\s", mark[0]) or _MARK_AFTER.match(text, match.end())
    ):
        return True  # "Weeks 6, 9 and 12", "at km 58"
    if plain and _PART_OF.search(text[max(0, match.start() - 12) : match.start()]):
        return True  # "Chapter six", "Part two": a part of the document, in words
    if (
        plain
        and raw[:1].isupper()
        and (
            _STAGE_NAMED.search(text, max(0, match.start() - 12), match.start())
            or _STAGE_NAMED_INSIDE.search(text, max(0, match.start() - 16), match.start())
        )
    ):
        return True  # "Phase Two", "Class One": a name, in capitalised words
    if plain and _PARTS_AFTER.match(text, match.end()):
        return True  # "runs to 164 pages in 17 chapters and lists 28 major measures"
    if plain and (
        (_ITEM_LABEL.search(text, max(0, match.start() - 12), match.start()) and after[:1] == ":")
        or _WHICH_ONES.search(text, max(0, match.start() - 24), match.start())
        or (
            _PICKED_OUT_AFTER.match(text, match.end())
            and _PICKED_OUT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        )
    ):
        return True  # "Goal 2: 1 million ...", "the national top three": a label, which ones
    if (
        plain
        and match["digits"]
        and (
            _alone_on_its_line(text, match)
            or (raw.startswith("0") and len(raw) > 1 and raw[1:2].isdigit())
            or before == ":"
            or _CLOCK_AFTER.match(text, match.end())
            or re.match(r"-[a-z]", after, re.IGNORECASE)
        )
    ):
        return True  # 0873..., 10:00 a.m., 11 p.m., "10,000-tonne"
    if (
        plain
        and match["words"]
        and raw.strip().lower() in SMALL_NUMBER_WORDS
        and (
            (
                _HOUR_PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
                and _HOUR_WORDS_AFTER.match(text, match.end())
            )
            or (
                _UNTIL_BEFORE.search(text, max(0, match.start() - 8), match.start())
                and re.match(r"\s*[.,;]", after)
            )
        )
    ):
        return True  # "at three in the morning", "finished before ten.": an hour
    if (
        plain
        and match["words"]
        and re.match(r"-(?!(?:odd|plus|some|something|strong)\b)[a-z]", after, re.I)
    ):
        # "one-off awards", "a two-way street", "Two-wheelers get one line" (not about
        # so many: "twenty-odd firms", "thirty-plus factories", "a 30-strong team")
        return True
    if (
        plain
        and match["digits"]
        and (
            (before == "(" and after.startswith(")"))
            # (and an answer key's question number before its letter: 5.B。)
            or (
                re.search(r"(?:^|\n)\s*$", line_start)
                and re.match(r"[.)](?:\s|$|[A-Da-d]{1,4}(?:[。.,、;\n]|$))", after)
            )
        )
    ):
        return True  # a list number: "(1) Strengthening", "2. Tasks"
    if _MONTH_BEFORE.search(text[max(0, match.start() - 10) : match.start()]) or re.match(
        rf"\s(?:{MONTHS})\b", text[match.end() : match.end() + 12], re.IGNORECASE
    ):
        return True  # a date: June 3, 3 June
    if (
        match["words"]
        and re.match(
            r"\s+of\s+(?:the|its|their|our|these|those|them)\b",
            text[match.end() : match.end() + 12],
        )
        and not OF_THEM_IN_A_CLASS.match(text, match.end())
    ):
        return True  # "one of the largest"
    if (match["fraction"] or match["half_of"]) and re.search(
        r"\b(?:first|second|latter|last|past|next|coming)\s+$",
        text[max(0, match.start() - 8) : match.start()],
        re.IGNORECASE,
    ):
        return True  # a stretch of the year: "in the first three quarters"
    if (
        plain
        and re.search(
            r"\b(?:the|these|those|same)\s+$",
            text[max(0, match.start() - 8) : match.start()],
            re.IGNORECASE,
        )
        # (not a change's base, "double our programme from the 96 kids who joined in 2024",
        # nor a dated one compared with, "41% more than the 130,100 it delivered in 2023")
        and not _BASE_OF_A_CHANGE.search(text, max(0, match.start() - 90), match.start())
        and not (
            _THAN_THE.search(text, max(0, match.start() - 12), match.start())
            and _DATED_AFTER.match(text, match.end())
        )
    ):
        return True  # "the six flagship clusters": a set already counted
    return plain and bool(match["digits"]) and re.fullmatch(r"(?:19|20)\d\d", raw.strip())


def english_quantities(text: str) -> list[Quantity]:
    found = []
    # "units" counts vehicles only in a sentence about vehicles
    vehicles = r"vehicles|cars" + (
        "|units" if re.search(r"vehicle|\bcars?\b|automobile", text, re.I) else ""
    )
    for match in ENGLISH.finditer(text):
        if not match.group(0).strip() or _is_not_a_quantity(text, match):
            continue
        parsed = _english_value(match)
        if parsed is None or parsed[0] is None:
            continue
        value, decimals = parsed
        scale = _SCALES_EN.get((match["scale"] or "").lower(), 1)
        prefix = (match["prefix"] or "").strip().upper()
        suffix = (match["suffix"] or "").lower()
        before = text[max(0, match.start() - _BEFORE_REACH) : match.start()]
        yuan = prefix in ("RMB", "CNY", "¥") or "yuan" in suffix or suffix == "rmb"
        if suffix in ("x", "\u00d7"):
            value, unit, dimension = value * scale, "ratio", "ratio"  # a level's multiple
        elif suffix in ("times", "fold", "-fold"):
            factor = _multiple(text, match.start(), match.end(), value * scale)
            if factor is None:
                continue
            value, unit, dimension = factor, "ratio", "ratio"
        elif yuan and (
            re.match(r"(?:yuan\s+)?per\s", suffix) or _PER_PERSON_BEFORE_EN.search(before)
        ):
            unit, dimension = "CNY_per_person", "cny_per_person"
            value, decimals = _scaled(value, decimals, scale)
        elif "10" in suffix and re.search(r"\bper\b|every|each", suffix):
            unit, dimension = "per_10k_people", "per_10k_people"
        elif re.match(
            r"10,?000\s+[a-z]+", match.group(0) + text[match.end() : match.end() + 20]
        ) and re.search(r"\b(?:per|every|each)\s+$", before, re.IGNORECASE):
            continue  # the 10,000 of "per 10,000 people" is part of a unit
        elif not (prefix or suffix) and _PER_10K_BEFORE_EN.search(before):
            unit, dimension = "per_10k_people", "per_10k_people"
        elif prefix in ("US$", "$", "USD") or "dollar" in suffix:
            value, unit, decimals = _dollars(value, decimals, scale)
            dimension = "usd"
        elif yuan:
            units = {10**9: "CNY_bn", 10**12: "CNY_tn"}
            value, unit, decimals = _amount(value, decimals, scale, units, "CNY")
            dimension = "cny"
        elif suffix in ("%", "percent", "per cent", "percentage point", "percentage points"):
            unit, dimension = ("pct", "pct") if "point" not in suffix else (None, "pp")
            if _MINUS_BEFORE.search(before):
                value = -value  # "The gross margin for 2024 was minus 21.4%"
        elif match["fraction"] or match["half_of"]:
            value, unit, dimension, decimals = value * 100, "pct", "pct", None
        else:
            noun = text[match.end() : match.end() + 40].lower()
            value, decimals = _scaled(value, decimals, scale)
            if re.match(rf"\s(?:[\w-]+\s){{0,3}}?(?:{vehicles})\b", noun):
                unit, dimension = "vehicles", "vehicles"
            elif _PHYSICAL.match(noun):
                unit, dimension = None, _PHYSICAL.match(noun).group(0).strip().lower()
            else:
                unit, dimension = "count", "count"
        found.append(
            Quantity(
                match.start(),
                match.end(),
                value,
                unit,
                dimension,
                decimals if decimals is None or decimals >= 0 else None,
                match.group(0),
            )
        )
    return found


_BARE = {"十": 10, "百": 100, "千": 1000}  # 超百亿元: cn2an reads no bare 百


def _chinese_number(number: str) -> tuple[float, int]:
    """A number in digits or Chinese numerals (cn2an), and its decimals as written."""
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", number):
        return float(number.replace(",", "")), written_decimals(number)
    if number in _BARE:
        return float(_BARE[number]), 0
    value = cn2an.cn2an(number, "smart")
    return float(value), len(number.split("点", 1)[1]) if "点" in number else 0


CN_SCALES = {
    "十": 10,
    "百": 100,
    "千": 10**3,
    "万": 10**4,
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "十亿": 10**9,
    "百亿": 10**10,
    "千亿": 10**11,
    "万亿": 10**12,
    "兆": 10**12,  # only before money (_TRILLION)
}


def _in_short_quote(text: str, match: re.Match) -> bool:
    """Inside a slogan or a name in quotation marks: a quote of a few characters
    ("三个跨越") or a list of them ("一个目标、四大行动、十二项重点任务"). A quoted
    statement ("集成电路产业规模达到500亿元") is longer and lists nothing."""
    opening = text.rfind('"', max(0, match.start() - 20), match.start())
    if opening < 0 or text.count('"', 0, opening) % 2:
        return False
    closing = text.find('"', match.end(), match.end() + 20)
    if closing < 0:
        return False
    quoted = text[opening + 1 : closing]
    return len(quoted) <= 8 or "、" in quoted


def chinese_quantities(text: str) -> list[Quantity]:
    found = []
    for match in CHINESE.finditer(text):
        try:
            value, decimals = _chinese_number(match["number"])
        except ValueError:
            continue
        scale = CN_SCALES.get(match["scale"] or "", 1)
        suffix = match["suffix"]
        # "a" (一批, 一家, 一条, 选择一辆新能源汽车); a slogan in quotes ("三个跨越",
        # "四大行动、十二项任务"); the document's own items (列出18条支持举措)
        if (
            (match["number"] == "一" and not match["scale"] and suffix in COUNT_SUFFIXES | {"辆"})
            or _FOREIGN_CURRENCY_BEFORE.search(text, max(0, match.start() - 8), match.start())
            # (and the end of a range that currency opens: 港币38,000至52,000元)
            or _FOREIGN_RANGE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _in_short_quote(text, match)
            # 组 and 间 count only after digits or a scale (42万组, 100間): after a bare
            # numeral they group (分三组) or name a place (三间房)
            or (suffix in ("组", "间") and not (match["number"][0].isdigit() or match["scale"]))
            # the document's own measures (列出18条支持举措), and the items a quoted list names
            # (“剧场进社区”“街区演艺”三项工程; not one name's count, 评选“栖梧工匠”50名)
            or (
                suffix in "条项件"
                and (
                    _POLICY_ITEMS.match(text, match.end())
                    or _QUOTED_LIST_BEFORE.search(text, max(0, match.start() - 40), match.start())
                )
            )
            # 种 counts titles, varieties or species only: not ways or models (形成3种发展模式)
            or (
                suffix == "种"
                and not _TITLES_BEFORE.search(text, max(0, match.start() - 40), match.start())
            )
            # 场 counts showings only: not meetings or fairs held (召开座谈会6场)
            or (
                suffix in ("场", "场次")
                and not _SHOWINGS_BEFORE.search(text, max(0, match.start() - 40), match.start())
                and not _SHOWINGS_AFTER.match(text, match.end())
            )
            # 位 of a rank, a move in rank or a digit count (前二十位, 排名上升3位)
            or (
                suffix == "位"
                and _RANK_BEFORE.search(text, max(0, match.start() - 6), match.start())
            )
            or (
                suffix == "块"
                and _PAID_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
            # 12起 (cases) is a count, and 1,000起, 2000起; 从2025起 and 50万起, 票价1000起 are a
            # start and a floor
            or (
                suffix == "起"
                and (
                    match["scale"]
                    or not re.fullmatch(
                        r"\d{1,3}(?:,\d{3})*|\d{4,5}|[一二两三四五六七八九十百千]+", match["number"]
                    )
                    or _START_OR_FLOOR_BEFORE.search(text, max(0, match.start() - 4), match.start())
                )
            )
            # 每个集群明确1名省领导、1个牵头部门: one of each, per unit, no total
            or (
                match["number"] == "1"
                and _ONE_EACH.search(text, max(0, match.start() - 12), match.end() + 12)
            )
            # "小巨人"300家指国家级: what a number stated before means, not a new one
            or re.match(r"指(?![标导数南])", text[match.end() : match.end() + 2])
            # 每百元营业收入: a denominator, not an amount
            or text[match.start() - 1 : match.start()] == "每"
            # 亩均税收达到30万元, 30万元/亩: an amount per mu of land, for which the registry
            # has no unit (as "RMB 4.5 million per mu", _PER_PHYSICAL)
            or (
                suffix == "元"
                and (
                    _PER_MU_BEFORE.search(text, max(0, match.start() - 16), match.start())
                    or _PER_MU_AFTER.match(text, match.end())
                )
            )
            # 本地配套率的那个60%: the figure stated before, referred to
            or re.search(
                r"(?:那个|这个|那一|这一)\s*$", text[max(0, match.start() - 3) : match.start()]
            )
        ):
            continue
        start = match.start()
        head = _HUNDRED_MILLIONS_HEAD.search(text, max(0, start - 12), start)
        if head and match["scale"] == "万" and match["number"][0].isdigit() and value < 10**4:
            # 4亿3,260万元: one amount, 4.326亿元, written in two scales
            value, scale, decimals = float(head["number"]) + value / 10**4, 10**8, 4
            start = head.start()
        elif (
            not match["scale"]
            and match["number"][0].isdigit()
            and value < 10**4
            and decimals == 0
            and suffix not in ("%", "个百分点", "倍")
            and (ten := _TEN_THOUSANDS_HEAD.search(text, max(0, start - 8), start))
        ):
            # 1万2,000人: one number, 12,000, written in two scales
            value, start = float(ten["number"]) * 10**4 + value, ten.start()
        before = text[max(0, start - _BEFORE_REACH) : start]
        if suffix == "元" and _US_DOLLARS_BEFORE.search(before):
            # 美金4,500萬元: dollars, as Taiwan and Hong Kong write them
            value, unit, decimals = _dollars(value, decimals, scale)
            dimension = "usd"
        elif suffix == "元" and _PER_PERSON_BEFORE.search(before):
            units = {10**4: "CNY_10k_per_person"}
            value, unit, decimals = _amount(value, decimals, scale, units, "CNY_per_person")
            dimension = "cny_per_person"
        elif suffix == "元":
            units = {10**8: "CNY_100m", 10**12: "CNY_tn"}
            value, unit, decimals = _amount(value, decimals, scale, units, "CNY")
            dimension = "cny"
        elif suffix == "美元":
            value, unit, decimals = _dollars(value, decimals, scale)
            dimension = "usd"
        elif suffix == "辆":
            value, unit, decimals = _amount(
                value, decimals, scale, {10**4: "vehicles_10k"}, "vehicles"
            )
            dimension = "vehicles"
        elif suffix == "%":
            unit, dimension = "pct", "pct"
        elif suffix == "个百分点":
            unit, dimension = None, "pp"
        elif suffix == "倍":
            value, unit, dimension = (
                _multiple(text, match.start(), match.end(), value),
                "ratio",
                "ratio",
            )
        elif suffix == "元/人":
            units = {10**4: "CNY_10k_per_person"}
            value, unit, decimals = _amount(value, decimals, scale, units, "CNY_per_person")
            dimension = "cny_per_person"
        elif suffix.endswith("/万人") or (
            suffix in COUNT_SUFFIXES and _PER_10K_BEFORE.search(before)
        ):
            unit, dimension = "per_10k_people", "per_10k_people"
        elif suffix in COUNT_SUFFIXES:
            (value, decimals), unit, dimension = _scaled(value, decimals, scale), "count", "count"
        else:  # pragma: no cover - the pattern admits only the suffixes above
            continue
        more = bool(match["more"] or match["more_after"])
        found.append(
            Quantity(
                start,
                match.end(),
                value,
                unit,
                dimension,
                decimals,
                text[start : match.end()],
                more,
            )
        )
    for match in CHINESE_PERCENT.finditer(text):
        try:
            value, decimals = _chinese_number(match["number"])
        except ValueError:  # 百分之百 and other forms cn2an does not read: not a claim
            continue
        found.append(
            Quantity(match.start(), match.end(), value, "pct", "pct", decimals, match.group(0))
        )
    for match in CHINESE_DOLLARS_FIRST.finditer(text):
        try:
            value, decimals = _chinese_number(match["number"])
        except ValueError:
            continue
        value, unit, decimals = _dollars(value, decimals, CN_SCALES[match["scale"]])
        found.append(
            Quantity(
                match.start("number"),
                match.end(),
                value,
                unit,
                "usd",
                decimals,
                text[match.start("number") : match.end()],
            )
        )
    # counts whose measure is named right before them, in 万 or 亿 or in 次
    for match in (
        *CHINESE_BARE_COUNT.finditer(text),
        *(
            times
            for times in CHINESE_TIMES_COUNTED.finditer(text)
            if not _TIMES_PER_BEFORE.search(text, max(0, times.start() - 10), times.start())
        ),
    ):
        try:
            value, decimals = _chinese_number(match["number"])
        except ValueError:
            continue
        scale = CN_SCALES[match["scale"]] if "scale" in match.re.groupindex else 1
        value, decimals = _scaled(value, decimals, scale)
        number = text[match.start("number") : match.end()]
        found.append(
            Quantity(match.start("number"), match.end(), value, "count", "count", decimals, number)
        )
    for match in CHINESE_BARE_RATIO.finditer(text):
        number = match["number"]
        found.append(
            Quantity(
                match.start("number"),
                match.end("number"),
                float(number),
                "ratio",
                "ratio",
                written_decimals(number),
                number,
                level=True,
            )
        )
    for match in CHINESE_FRACTION.finditer(text):
        try:
            parts, whole = (int(cn2an.cn2an(match[g], "smart")) for g in ("num", "den"))
        except ValueError:
            continue
        if whole == 0:
            continue
        share = Fraction(parts, whole)
        found.append(
            Quantity(
                match.start(), match.end(), float(share * 100), "pct", "pct", None, match.group(0)
            )
        )
    return sorted(found, key=lambda q: q.start)


CJK = re.compile(r"[\u4e00-\u9fff]")
_NEAR = 8  # how far a bare number's neighbourhood reaches, to tell its language


# A ratio written as N:1 (车桩比优化至2:1以内, "a vehicle-to-charger ratio of 2.5:1"): a
# level in its own right, not the count 2 (not a time, 10:15, nor a verse, 2:14)
_STATED_RATIO = re.compile(
    r"(?<![\d:.])(\d+(?:\.\d+)?):1(?!\d|:|\.\d|\s*(?:[万亿千百]|million|billion|thousand))", re.I
)


def _stated_ratios(text: str) -> list[Quantity]:
    return [
        Quantity(
            m.start(1),
            m.end(),
            float(m[1]),
            "ratio",
            "ratio",
            written_decimals(m[1]),
            m[0],
            level=True,
        )
        for m in _STATED_RATIO.finditer(text)
    ]


def quantities(text: str) -> list[Quantity]:
    """Every quantity in `text` (normalised: reader.normalise), in order: ratios written
    N:1, the English grammar, and in text with Chinese characters the Chinese one too,
    where an English match counts with a unit of its own ("850 billion yuan", "$5
    billion", "18%") or among English words ("SMEs (专精特新中小企业) to reach 200 and
    25"), not as a bare number next to Chinese (5G基站, 2025年)."""
    ratios = _stated_ratios(text)
    if not CJK.search(text):
        found = english_quantities(text)
    else:
        chinese = chinese_quantities(text)
        found = chinese + [
            q
            for q in english_quantities(text)
            if (
                q.dimension not in ("count", "vehicles")
                or not CJK.search(text, max(0, q.start - _NEAR), q.end + _NEAR)
            )
            and not any(c.start < q.end and q.start < c.end for c in chinese)
        ]
    found = [q for q in found if not any(r.start < q.end and q.start < r.end for r in ratios)]
    return sorted(ratios + found, key=lambda q: q.start)


# ---- relative targets -----------------------------------------------------------------

_RELATIVE_TARGET = re.compile(
    # (not "doubling down", nor how often: "twice a week", "twice weekly")
    r"\b(?:doubl(?:e[sd]?|ing)|twice)\b(?!-(?:digit|figure)|\s+down\b"
    r"|\s+(?:a|per|each|every)\s+(?:day|week|month|year|quarter|fortnight)\b"
    r"|\s+(?:daily|weekly|monthly|yearly|annually)\b)"
    r"|\btripl(?:e[sd]?|ing)\b(?!-digit)|\bquadrupl(?:e[sd]?|ing)\b"
    r"|翻一番|翻番|翻两番|翻二番"
    # 研发人员2030年倍增, 产值翻倍 (not a programme's name: 企业倍增计划)
    r"|倍增(?!计划|行动|工程|企业|培育|专项)|翻倍"
    # (翻一倍, 翻1倍, said as 翻一番 is: double, not one time; 营收要比2024年翻一倍; and
    # 翻了一番, 翻了两番 in the past tense)
    r"|翻了?[一1]倍|翻了(?:一|两|二)番",
    re.IGNORECASE,
)
_MULTIPLES = {
    "doub": 2,
    "twic": 2,
    "trip": 3,
    "quad": 4,
    "翻一番": 2,
    "翻番": 2,
    "翻两番": 4,
    "翻二番": 4,
    "倍增": 2,
    "翻倍": 2,
    "翻一倍": 2,
    "翻了一倍": 2,
    "翻1倍": 2,
    "翻了1倍": 2,
    "翻了一番": 2,
    "翻了两番": 4,
    "翻了二番": 4,
}


def relative_targets(text: str) -> list[Quantity]:
    """The multiples a text states in words ("double", 翻一番), as ratios."""
    found = []
    for match in _RELATIVE_TARGET.finditer(text):
        word = match.group(0).lower()
        multiple = _MULTIPLES.get(word) or _MULTIPLES[word[:4]]
        found.append(
            Quantity(
                match.start(), match.end(), float(multiple), "ratio", "ratio", 0, match.group(0)
            )
        )
    return found
