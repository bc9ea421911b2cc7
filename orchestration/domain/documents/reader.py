"""Propose the claims a document states: targets, figures for a period, and yuan/dollar
pairs, each with its sentence and character offsets.

The numbers come from quantities.py. This module is the domain grammar around them:

- **Sentences** end at . ! ? and their Chinese forms, or at a line break.
- **Years**: "by 2025", "in 2020", "last year", 2025年, 去年, spans such as "2021-25" and
  the Five-Year Plans ("14th Five-Year Plan", 十四五). A quantity takes the year stated
  nearest to it in its sentence, else the last one stated before it. A year before the
  publication year makes a figure (a statistic, a baseline); any other makes a target.
- **Comparators**: the phrase just before the number ("more than", "at least", 超过,
  达到) or just after it ("or more", 以上). A target with none is ">=": a plan that
  says "reach 70 billion" or "100 projects will be built" records it so.
- **Relative targets**: "double", 翻一番, "N倍" are multiples of a baseline year: one
  stated in the sentence, else the year before the plan's period, else the year before
  publication.
- **Pairs**: a yuan amount followed by its dollar amount in brackets.
- **Indicators**, through the alias list (raw/indicator_aliases.csv), not code. Each
  indicator has subject aliases (what: "smart sensors", 集成电路) and measure aliases
  (how it is measured: "industrial value", "core enterprises"). A quantity goes to the
  indicator whose canonical unit has the quantity's dimension and whose subject and
  measure are stated nearest to it: in its own stretch of the sentence (between the
  neighbouring numbers), on the side where the language puts it (a count's noun
  follows the number, an amount's subject precedes it), else elsewhere in the
  sentence, else (subjects only) in the sentences before. "their respective scale
  will double" gives one claim per subject of the sentence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

import opencc

from orchestration.domain.core.units import unit_registry
from orchestration.domain.documents.aliases import Alias
from orchestration.domain.documents.quantities import (
    CJK,
    CLASS_BOUND,
    CLASS_WORDS,
    COUNT_SUFFIXES,
    DOLLARS_FIRST,
    ESTIMATE_YEAR,
    MONTHS,
    NUMBER_WORD,
    OF_THEM_IN_A_CLASS,
    ONLY_VERBS,
    OTHER_CURRENCIES_ZH,
    SMALL_NUMBER_WORDS,
    Quantity,
    quantities,
    relative_targets,
)
from orchestration.domain.documents.sentences import (
    ABOUT as _ABOUT,
)
from orchestration.domain.documents.sentences import (
    AT_RATE,
    BULLETS,
    CLAUSE_BREAK,
    FUTURE,
    LIST_JOIN,
    RESPECTIVE,
    RESPECTIVE_BEFORE,
    RESPECTIVELY_AFTER,
    THAT_IS,
    YEAR,
    Sentence,
    bar_rows,
    is_heading,
    lists,
    sentences,
)
from orchestration.domain.documents.sentences import (
    ROUGHLY as _ROUGHLY,
)
from orchestration.domain.documents.tables import indent, tables
from orchestration.domain.documents.years import (
    POSSESSIVE_BEFORE,
    YearMention,
    item_deadlines,
    named_years,
    one_year_plan,
    one_year_report,
    respective_years,
    review_sections,
    sentence_opening,
    stated_span,
    year_for,
    year_mentions,
)

_T2S = opencc.OpenCC("t2s")
# One character for one, so offsets in the normalised text are offsets in the original:
# full-width forms (U+FF01-FF5E) to ASCII, curly quotes to straight, dashes to hyphens,
# the ratio sign (2\u22361) to a colon, and an arrow between stages (2025年 突破70万辆 \u2192
# 2026年 95万辆左右) to a comma: each stage is a clause.
_SAME_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | str.maketrans(
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2236\u2192\u21d2\u279c\u27a1\u2502\u2503\u2551",
    "''\"\"--:,,,,|||",
)


def normalise(text: str) -> str:
    """Simplified characters, ASCII digits, punctuation and quotes: as many characters
    as `text`, so an offset found in one is an offset in the other."""
    simplified = _T2S.convert(text)
    if len(simplified) != len(text):
        simplified = "".join(_T2S.convert(ch) or ch for ch in text)
    return _uncited(
        _unboxed(
            _comma_grouped(
                _republic_years(
                    _CHINESE_YEAR.sub(
                        lambda m: m.group(0).translate(_YEAR_DIGITS),
                        simplified.translate(_SAME_WIDTH),
                    )
                )
            )
        )
    )


# An encyclopedia's citation markers, written right after a word or a full stop
# ("company.[14] The plan lists…"): blanked, so that they are no numbers and the full
# stop before one ends its sentence. Not a number in brackets after a space (a table's
# value, "12.3 [45]"), nor a year ([2021]).
_CITATION = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


def _uncited(text: str) -> str:
    return _CITATION.sub(lambda m: " " * len(m[0]), text)


# Hong Kong's official Chinese groups thousands with a space (1 300家, 2 000家以上): a
# number so grouped, with a Chinese counter or unit after it, gets commas in the
# spaces' places (1,300家). Not before 年, 月 or 日 (a date), nor after a digit.
_SPACE_GROUPED = re.compile(
    r"(?<![\d.])(?<!\d,)\d{1,3}(?: \d{3})+(?![\d.,])(?=\s?[\u4e00-\u9fff])(?!\s?[年月日号])"
)


def _comma_grouped(text: str) -> str:
    """`text` with the spaces of its space-grouped numbers as commas, same length."""
    return _SPACE_GROUPED.sub(lambda m: m.group(0).replace(" ", ","), text)


# Taiwan's official texts count years of the Republic of China (民國113年 = 2024), and
# after the era is named once they write the bare number (117年, 115年度). In a text that
# names the era, or dates itself in it (a press release's 發布日期:115年3月12日, which
# no Western year can be), or counts in New Taiwan dollars (新臺幣, 台幣, NT$: a township's post
# on 114年成績單), such a year becomes its four digits in the four characters it took:
# the 年 gives way (117年目标 -> 2028目标), a Western year reads as one without 年. A
# three-digit year alone is no sign: 建党100年 is a count of years.
_REPUBLIC_ERA = re.compile(r"民国|台币|(?<![A-Za-z])NT\$|(?<![\d.])1[0-2]\d年\d{1,2}月\d{1,2}日")
_REPUBLIC_YEAR = re.compile(r"(?<![\d.])(?<!\d,)(1[0-2]\d)年")
_REPUBLIC_OFFSET = 1911


# (a count of years stays one: 已有100年历史, 建党100年, 未来100年, 100年来)
_YEARS_COUNTED_BEFORE = re.compile(
    # (and a duration or an ordinal: 存续期100年, 租期为120年, 使用年限100年, 第110年; not
    # a phase's date, 一期114年底完工)
    r"(?:建党|建国|创立|成立|建校|未来|已有|近|逾|过去|百|这|存续期|租期|期为|期间为|期限|年限|年限为|第)"
    r"\s*$"
)
# (not 114年前三季, a part of that year)
_YEARS_COUNTED_AFTER = re.compile(
    r"(?:前(?![一二三四五六七八九十两\d]|半)|来|间|历史|之久|以上|左右|的历史|一遇|重现期)"
)


def _republic_years(text: str) -> str:
    if not _REPUBLIC_ERA.search(text):
        return text

    def western(m: re.Match) -> str:
        if _YEARS_COUNTED_BEFORE.search(text, max(0, m.start() - 3), m.start()) or (
            _YEARS_COUNTED_AFTER.match(text, m.end())
        ):
            return m.group(0)
        # (its 年 kept before a multiple, so the year is no number of times: 较113年倍增)
        kept = "年" if text.startswith("倍", m.end()) else ""
        return str(int(m.group(1)) + _REPUBLIC_OFFSET) + kept

    return _REPUBLIC_YEAR.sub(western, text)


# A line of a text box drawn with bars and dashes: its content between two borders,
# with no bar inside (a table's row has bars between its cells)
_BOXED_LINE = re.compile(r"^([^\S\n]*)\|([^|\n]*)\|([^\S\n]*)$", re.MULTILINE)


def _unboxed(text: str) -> str:
    """A box drawn around prose (+----+ / | text | lines) with its borders blanked, so
    that its wrapped lines read as the sentences they are, not as rows of a table of one
    column. Two boxed lines in a row at least; each border bar becomes a blank."""
    lines = list(_BOXED_LINE.finditer(text))
    if len(lines) < 2:
        return text
    chars = list(text)
    for previous, line, following in zip(
        [None, *lines[:-1]], lines, [*lines[1:], None], strict=True
    ):
        boxed_run = (previous is not None and previous.end() + 1 == line.start()) or (
            following is not None and line.end() + 1 == following.start()
        )
        if boxed_run:
            chars[line.start(2) - 1] = " "
            chars[line.end(2)] = " "
    return "".join(chars)


# A year written in Chinese digits (二〇二七年, with either zero) is 2027年: four
# characters for four
_ZEROS = "\u3007\u25cb零"  # the ideographic zero, the white circle, 零
_CHINESE_YEAR = re.compile(
    rf"(?:一九|二[{_ZEROS}])[{_ZEROS}一二三四五六七八九]{{2}}"
    # followed by 年, or by the year ending a span (二〇二四至二〇二八年)
    rf"(?=年|\s*(?:至|到|-|、)\s*(?:一九|二[{_ZEROS}])[{_ZEROS}一二三四五六七八九]{{2}}年)"
)
_YEAR_DIGITS = str.maketrans(_ZEROS + "一二三四五六七八九", "000123456789")


@dataclass(frozen=True)
class Claim:
    document_id: str
    claim_number: int
    claim_kind: str  # target | figure
    sentence_number: int
    sentence_start: int
    sentence_end: int
    value_start: int
    value_end: int
    value_text: str
    indicator_id: str | None
    indicator_phrase: str | None
    comparator: str
    value: float
    unit: str | None
    dimension: str
    value_decimals: int | None
    year: int | None
    span_start_year: int | None = None
    baseline_year: int | None = None
    target_kind: str | None = None
    alt_value: float | None = None
    alt_unit: str | None = None
    alt_decimals: int | None = None
    alt_text: str | None = None


# ---- comparators ----------------------------------------------------------------------

_MUST_NOT = ("不得", "不能", "不应", "不可")  # a rule's words for "must not"
_BEFORE = [
    (">=", r"≥|>="),  # symbols first: ">" must not take the ">" of ">="
    ("<=", r"≤|<="),
    (
        ">",
        r"more than|over|above|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|(?:sur)?pass(?:es|ed|ing)?|>",
    ),
    (">", r"in excess of|beyond|(?<=\w )past|(?:bigger|larger|greater|higher) than"),
    (">", r"超过|突破|超出|超|逾|高于|多于|大于"),
    (">=", r"at least|no fewer than|no less than|not less than|a minimum of|不少于|不低于|至少"),
    # (a rule's "must not be lower than": 比例不得低于50%; each word whole, as _BOUND_VERB
    # splits these at "|")
    (">=", "|".join(no + less for no in _MUST_NOT for less in ("低于", "少于"))),
    ("<=", "|".join(no + more for no in _MUST_NOT for more in ("超过", "高于"))),
    ("<=", r"at most|no (?:more|higher|greater|larger|bigger) than|not (?:to )?exceed"),
    ("<=", r"at or (?:below|under)"),
    (">=", r"at or above"),
    ("<=", r"up to|within|不超过|不高于|控制在"),
    ("<", r"less than|fewer than|below|under|低于|少于|不到|不足|<"),
    # (约占70%: about, with its verb between)
    (
        "~",
        r"about|around|approximately|approx\.|roughly|nearly|some|大约占|约占|约|大约|近|接近|≈|~",
    ),
    ("reach", r"reach(?:es|ed|ing)?|achieve|hit|达到|达"),
]
_AFTER = [
    (">=", r"^\s*(?:or|and) (?:more|above|over)\b|^以上|^及以上"),
    ("<=", r"^\s*or (?:less|below|fewer|lower)\b|^以内|^以下"),
    ("~", r"^\s*or so\b|^左右"),
]
_BEFORE_PATTERN = re.compile(
    "|".join(
        f"(?P<c{i}>(?<![A-Za-z])(?:{words})(?![A-Za-z]))" for i, (_, words) in enumerate(_BEFORE)
    ),
    re.IGNORECASE,
)
_GAP = re.compile(r"^[\s,]*(?:the|a|an|of|to|be|some|约|人民币|美金)?[\s,]*$", re.IGNORECASE)


# What a count of 个 may count before its bound: working days, hours, minutes (not a
# noun such as 规模, whose 以上 is its own: 100家规模以上企业)
_DAYS_COUNTED = re.compile(r"(?:工作日|自然日|小时|分钟)?")


def bound_after(text: str, quantity: Quantity) -> str | None:
    """The comparator written right after `quantity` (以上, 左右, "or more"), or None."""
    after = text[quantity.end : quantity.end + 12]
    # (past the days a count of 个 counts: 压缩至0.5个工作日以内)
    if quantity.text.endswith("个"):
        after = after[len(_DAYS_COUNTED.match(after)[0]) :]
    for symbol, pattern in _AFTER:
        if re.search(pattern, after, re.IGNORECASE):
            return symbol
    return None


# An amount in a currency the reader has no unit for, opening a bracket that converts it
# (达到澳门元120亿元(约人民币107亿元), "reach MOP 12 billion (about RMB 10.7 billion)"): the
# 约 inside is of the conversion; the bound is the one before the first amount
_CONVERTED_AMOUNT = (
    rf"(?:(?:{OTHER_CURRENCIES_ZH})\s*[\d.,]+\s*(?:万亿|亿|万)?\s*元?"
    rf"|[\d.,]+\s*(?:万亿|亿|万)?\s*(?:{OTHER_CURRENCIES_ZH})"
    r"|(?:HK\$|MOP\s?|NT\$|EUR\s?|€)\s*[\d.,]+\s*(?:billion|million|trillion|bn)?)"
    r"\s*[(\[]\s*"
)
_CONVERTED_FROM = re.compile(rf"{_CONVERTED_AMOUNT}$", re.IGNORECASE)
# ... with the conversion's own words up to the yuan amount: 澳门元3,880亿元(约人民币
_CONVERSION_OPENS = re.compile(
    rf"{_CONVERTED_AMOUNT}(?:{_ABOUT})?\s*(?:人民币|RMB)?\s*$", re.IGNORECASE
)


def comparator(text: str, quantity: Quantity, floor: int) -> str | None:
    """The comparator written next to `quantity`, or None. `floor` bounds the search
    (the end of the previous quantity)."""
    after = bound_after(text, quantity)
    if after is not None:
        return after
    return _bound_before(text, max(floor, quantity.start - 40), quantity.start)


# A verb that raises what it names to the value after "up to" ("The plan wants it up to
# 3.2%", "to bring the share up to 80%"): no cap
_RAISES_TO = re.compile(
    r"\b(?:wants?|wanted|raise[sd]?|raising|bring(?:s|ing)?|brought|push(?:es|ed|ing)?"
    r"|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?)"
    # (its object, a word or a few: not "grants of up to", "at up to", nor a sum raised,
    # "raise funds worth up to")
    r"\s+(?:(?!(?:of|at|to|by|worth|funds?|money|capital)\b)[\w'-]+\s+){1,5}$",
    re.IGNORECASE,
)


def _bound_before(text: str, floor: int, end: int) -> str | None:
    """The comparator written right before text[end:], no further back than `floor`."""
    before = text[floor:end]
    best = None
    for match in _BEFORE_PATTERN.finditer(before):
        if _GAP.match(before[match.end() :]):
            best = match
    if best is None:
        return None
    index = int(best.lastgroup[1:])
    if best[0].lower() == "up to" and _RAISES_TO.search(
        text, max(0, floor + best.start() - 60), floor + best.start()
    ):
        return ">="  # "wants that local sourcing share up to 70%": raised to, no cap
    converted = _CONVERTED_FROM.search(before, 0, best.start())
    if converted is not None:
        # the 约 of a conversion: the bound of what it converts, if one is written; else
        # the conversion's own "about"
        return _bound_before(text, floor, floor + converted.start()) or _BEFORE[index][0]
    return _BEFORE[index][0]


# ---- pairs ----------------------------------------------------------------------------

# "850 billion yuan ($132 billion)", 500亿元以上(约合69.4亿美元), and unbracketed: "200
# billion yuan - that's roughly 27.8 billion US dollars", "200 billion yuan, or about $28
# billion".
# (the year it is for may stand between: "RMB 1.5 trillion by 2030 (about US$210 billion)",
# "RMB 150 billion by 2027 - roughly $21 billion")
# (or the span it is spent over: "RMB 6 billion over 2026-2028 (about US$834 million)")
_YEAR_BETWEEN = (
    r"(?:\s+(?:by|in)\s+(?:the end of\s+)?(?:19|20)\d\d"
    r"|\s+(?:over|in|during)\s+(?:19|20)\d\d\s*(?:-|\u2013|to|through)\s*(?:19|20)?\d\d)?"
)
# (or, before a bracket, what the amount is of: "to exceed RMB 15 billion in output (about
# US$2.1 billion)", "in total investment", "in output value")
_OF_WHAT_BETWEEN = (
    r"(?:\s+(?:in|of)\s+(?:annual\s+|total\s+)?(?:output(?:\s+value)?|revenues?|sales"
    r"|investments?|exports|turnover))?"
)
# (an amount in a third currency may come first in the bracket: 人民币7,000亿元(约7,630亿港元,
# 979亿美元), "RMB 120 billion (about HK$131 billion, US$16.5 billion)")
_THIRD_CURRENCY = (
    rf"(?:{_ABOUT}?\s*(?:HK\$|MOP\s?|NT\$|EUR\s?|€)\s*[\d.,]+\s*(?:billion|million|trillion|bn)?"
    rf"|{_ABOUT}?\s*[\d.,]+\s*(?:万亿|亿|万)?\s*(?:{OTHER_CURRENCIES_ZH})"
    # (or named first: 人民币1.6亿元(约新台币7.1亿元,约2,220万美元))
    rf"|{_ABOUT}?\s*(?:{OTHER_CURRENCIES_ZH})\s*[\d.,]+\s*(?:万亿|亿|万)?\s*元?)\s*[,;]\s*"
)
_PAIR_BETWEEN = re.compile(
    rf"^\s*(?:人民币|RMB)?(?:以上|左右|多)?{_OF_WHAT_BETWEEN}{_YEAR_BETWEEN}\s*[(\[]\s*"
    # (an editor's or a translator's note may open the bracket: (编按:约97亿美元))
    r"(?:(?:编按|编者按|译注|译按|注|editor's note|translator's note|note)\s*:\s*)?"
    rf"(?:{_THIRD_CURRENCY})?"
    # (and Taiwan's dollars named before their 元: (约合美金6.25亿元), (折合美金约6.25亿元))
    rf"(?:or\s+)?{_ABOUT}?\s*(?:美金\s*{_ABOUT}?)?\s*$",
    re.IGNORECASE,
)
# (or a square bracket: "[approx. US$222 billion]"; the bracket may go on to say how it
# was converted: (约合364亿美元,本报按1美元兑7.15元人民币折算,下同))
_PAIR_AFTER = re.compile(r"^\s*(?:[,;][^()\[\]\n]{0,60}?)?[)\]]")
_AT_RATE_ZH = (
    r"(?:按照?|以)(?:(?:19|20)\d\d年)?[^,;。\d]{0,8}?汇率"
    r"(?:计算|折算|换算|计)?\s*,?"
)
_PAIR_UNBRACKETED = re.compile(
    # (past what the amount is of: "90 billion yuan of investment - roughly 12.5 billion
    # dollars -"; normalise makes a dash "-")
    rf"^{_YEAR_BETWEEN}(?:\s+(?:of|in)(?!\s+which\b)(?:\s+[a-z-]+){{1,3}}\s*-{{1,2}}|\s*(?:,|-{{1,2}}))\s*"
    rf"(?:(?:that's|that is|which is|or|equivalent to)\s+{_ABOUT}?|{_ABOUT})\s*$"
    rf"|^[^.;]{{0,100}}\.\s+{AT_RATE}?{THAT_IS}\s+{_ABOUT}?\s*$"
    rf"|^\s*(?:人民币)?(?:以上|左右|多)?\s*,?\s*{DOLLARS_FIRST}\s*$"
    # (or after a comma, past a closing quote: 突破1.2万亿元」,即系大约1,670亿美元;
    # 8,760亿元人民币,大约1,220亿美元; and past a third currency's amount: 1.2万亿元人民币,
    # 约合1.3万亿港元,即约1,670亿美元)
    r"|^\s*(?:人民币)?(?:以上|左右|多)?[\"'\u201d\u300d]?\s*,\s*"
    rf"(?:{_ABOUT}\s*[\d.,]+\s*(?:万亿|亿|万)?\s*(?:{OTHER_CURRENCIES_ZH})\s*[,;、]\s*(?:或|即)?)?"
    # (at the rate it is converted at: 突破5000亿元,按现在的汇率约合694亿美元)
    rf"(?:{_AT_RATE_ZH})?(?:(?:即(?:系|是)?|也就是|相当于)?"
    r"\s*(?:大约|大概|约合|折合|约为|约)|相当于)\s*(?:美金\s*约?)?\s*$",
    re.IGNORECASE,
)


def attach_pairs(text: str, found: list[Quantity]) -> tuple[list[Quantity], dict[int, Quantity]]:
    """Drop each bracketed dollar amount that follows a yuan amount, and return it as
    that amount's stated equivalent (keyed by the yuan amount's start)."""
    kept, pairs = [], {}
    for quantity in found:
        previous = kept[-1] if kept else None
        if (
            quantity.dimension == "usd"
            and previous is not None
            and previous.dimension == "cny"
            and (
                (
                    _PAIR_BETWEEN.match(text[previous.end : quantity.start])
                    and _PAIR_AFTER.match(text[quantity.end :])
                )
                or _PAIR_UNBRACKETED.match(text[previous.end : quantity.start])
            )
        ):
            pairs[previous.start] = quantity
            continue
        kept.append(quantity)
    return kept, pairs


# ---- indicators -----------------------------------------------------------------------


# A number's clause before it that names nothing: a year, a bound's verb (到2027年达到), or
# an English apposition of change (", a real increase of")
_CLAUSE_NAMES_NOTHING = re.compile(
    r"[\s,、]*(?:到|至|在)?\s*(?:(?:19|20)\d\d\s*年?(?:底|末)?)?\s*"
    # (or a word that points back to the subject: 规模突破1600亿元, 总量达到…)
    r"(?:力争|争取|要|将)?\s*(?:总规模|规模|总量|总额)?\s*(?:力争|争取|要|将)?\s*"
    r"(?:突破|达到|超过|增至|增长到|提高到|提升到|实现|达|超|为)?\s*"
    r"|[\s,]*(?:an?\s+)?(?:real\s+|nominal\s+)?(?:increase|rise|growth|decline|drop|fall)\s+of\s+"
    # (and the bare "to" of a verb in the clause before: "is to rise further, to 3.3 percent")
    r"|[\s,]*to\s+",
    re.IGNORECASE,
)
# The role of a subject found inside a longer subject of another indicator (alias_mentions)
_NESTED_SUBJECT = "nested_subject"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    indicator_id: str
    role: str
    text: str
    within: tuple[str, ...] = ()  # a measure inside longer measures of these indicators


# Where a phrase ends: an alias never reaches across a clause, so a greedy one
# (新增.*企业) does not swallow the next clause's phrase. A comma between digits
# (1,200亿元) is part of a number.
_PHRASE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:\n。]")


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PHRASE_BREAK.finditer(text):
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


# A subject alias that is only the word for an industry: the head of whatever precedes it
_INDUSTRY_HEAD = re.compile(r"产业|行业|industr(?:y|ies)", re.IGNORECASE)


def _modified_by(text: str, found: list[Mention], head: Mention) -> tuple[str, ...]:
    """The indicators whose subject ends right before `head` (a space between, in
    English: "outdoor gear industry"); its own among them names it still."""
    return tuple(
        sorted(
            {
                m.indicator_id
                for m in found
                if m.role == "subject"
                and m.end <= head.start
                and not text[m.end : head.start].strip()
            }
        )
    )


def _enclosing(found: list[Mention], inner: Mention) -> tuple[str, ...]:
    """The indicators with a longer mention of the same role around `inner`."""
    return tuple(
        sorted(
            {
                m.indicator_id
                for m in found
                if m.role == inner.role
                and m.start <= inner.start
                and inner.end <= m.end
                and (m.end - m.start) > (inner.end - inner.start)
            }
        )
    )


# The words that state a number's bound (the Chinese ones of _BEFORE, and the verbs of
# rising to a level): an alias found inside one (达 of 达到) is the verb, and names its
# indicator only with the indicator's subject in the sentence (_ranked).
_BOUND_VERB = re.compile(
    "|".join(
        sorted(
            {w for _, words in _BEFORE for w in words.split("|") if CJK.search(w)}
            | {"增至", "提高到", "提升至", "保持在"},
            key=len,
            reverse=True,
        )
    )
)


def _with_question(text: str, parts: list, at: int) -> Sentence:
    """The sentence of parts[at], from the start of the sentence before it when that one
    asks a question: an interview's answer names its figure's indicator in the question
    ("规模以上工业总产值去年是多少?" "2025年是5,410亿元。")."""
    sentence = parts[at][0]
    if at and text[parts[at - 1][0].start : parts[at - 1][0].end].rstrip().endswith("?"):
        return replace(sentence, start=parts[at - 1][0].start)
    return sentence


# A numbered item's heading opening its paragraph: a name and a full stop, no clause
# ("(二)数字经济核心产业增加值。", "4.规上工业企业数量。")
_ITEM_NUMBER = r"[^\S\n]*(?:\d{1,2}[.、]|\(\d{1,2}\)|\(?[一二三四五六七八九十]{1,3}[)、])[^\S\n]*"
# (or with a colon: (一)长期照顾服务涵盖率:113年度目标值76%,…。114年度目标值提高至82%。)
_ITEM_HEADING = re.compile(_ITEM_NUMBER + r"([^。,;:\n\d]{2,30})[。:]")
# the same numbered heading on a line of its own (十一、每万人口高价值发明专利拥有量; a
# dashboard's sub-item, 5.1 大健康产业增加值)
_HEADING_LINE = re.compile(
    rf"(?:{_ITEM_NUMBER}|[^\S\n]*\d{{1,2}}\.\d{{1,2}}[^\S\n]+)([^。,;:\n\d]{{2,30}}?)[^\S\n]*\n"
)
# a labelled line between such a heading and the number's line (最新数值:58.2%(2024年))
_LABELLED_LINE = re.compile(r"[^\S\n]*[^:\n]{1,12}:[^\n]*\n")
_LABELS_UNDER_HEADING = 3  # labelled lines a heading reaches down over


def _item_heading(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """The heading's name, when `sentence` follows its numbered item's heading in the
    same paragraph, or is in the paragraph right under a heading on a line of its own
    (a glossary's 十一、每万人口高价值发明专利拥有量, then its definition and figures)."""
    line = _line_of(text, sentence).start
    heading = _ITEM_HEADING.match(text, line)
    if heading is not None and heading.end() <= sentence.start:
        return heading.span(1)
    # (up over a dashboard's labelled lines: 1. 非博彩产业增加值占…比重 / 最新数值:58.2% /
    # 《规划》目标:2028年达到60%以上)
    for _ in range(_LABELS_UNDER_HEADING + 1):
        if not line:
            return None
        start = text.rfind("\n", 0, line - 1) + 1
        above = _HEADING_LINE.fullmatch(text, start, line)
        if above is not None:
            return above.span(1)
        if not _LABELLED_LINE.fullmatch(text, start, line):
            return None
        line = start
    return None


def _named_in(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    quantity: Quantity,
    span: tuple[int, int],
) -> list[_Match]:
    """The one indicator of the number's kind whose subject and measure `span` both
    names, as the number's match; none when it names no such indicator or several."""

    def named(indicator: str, role: str) -> Mention | None:
        inside = [m for m in mentions.get((indicator, role), []) if span[0] <= m.start < span[1]]
        return inside[0] if inside else None

    found = [
        (indicator, subject, measure)
        for indicator in index.candidates(quantity.dimension)
        if (subject := named(indicator, "subject")) and (measure := named(indicator, "measure"))
    ]
    if len(found) != 1:
        return []
    indicator, subject, measure = found[0]
    return [
        _Match(indicator, subject.text, _UNRANKED, subject, _UNRANKED[1], measure.text, measure)
    ]


# The rank of a match found outside the ranking (`_named_in`): the only candidate left,
# never compared with another
_UNRANKED = ((9, 9, 9), 9)


def _line_of(text: str, sentence: Sentence) -> Sentence:
    """`sentence` from the start of its line."""
    return replace(sentence, start=text.rfind("\n", 0, sentence.start) + 1)


# A number labelled what it is, "Target: around 5.5%; result: 5.3%", 目标值:…;完成值:…: a
# target (of its year, past or not) or what came of it
_LABEL = re.compile(
    r"(?:\b(?P<target>targets?|goals?)|\b(?:results?|outcomes?|actual)|(?P<target_zh>目标值?)"
    # (and a dashboard's latest value, 最新数值:2.3%(2025年10月至12月))
    r"|完成值?|实际|最新(?:数值|数据|值))\s*:[^:;]{0,24}$",
    re.IGNORECASE,
)
_SUCH = re.compile(r"\s+such\b", re.IGNORECASE)
_AFTER_A_YEAR = re.compile(r"(?:19|20)\d\d(?:'s)?\s+$")
_GENERIC_REFERENCE = re.compile(r"levels?|figures?|base(?:line)?|水平", re.IGNORECASE)


def _baseline_reference(text: str, mention: Mention) -> bool:
    """Whether `mention` is the generic noun of a baseline's year ("double that 2023
    level"), not a measure ("double the 2023 volume" names one)."""
    return bool(
        _GENERIC_REFERENCE.fullmatch(mention.text)
        and _AFTER_A_YEAR.search(text, max(0, mention.start - 8), mention.start)
    )


def _modifies_another_subject(
    text: str,
    mention: Mention,
    indicator: str,
    mentions: dict[tuple[str, str], list[Mention]],
) -> bool:
    """Whether `mention` (a measure) is a word before another indicator's subject, which
    it modifies: "Total imports and exports" is the trade's total, not GDP's (one blank
    between them; a tab parts a table's cells)."""
    follows = re.match(r"[^\S\t]?", text[mention.end : mention.end + 1]).end() + mention.end
    return any(
        m.start == follows
        for (other, role), found in mentions.items()
        if role == "subject" and other != indicator
        for m in found
    )


# After a verb, a word standing for the figure just stated and where it goes ("raise it to
# RMB 2,800", "lift that share to 30%"): the verb changes that figure, so it names no
# measure of its own (the "raised" of funds raised). "that" or "this" only with the
# figure's noun: not after a noun, "investment that by 2030 should reach", "visitors this
# past year"
_OBJECT_IS_THE_FIGURE = re.compile(
    r"\s+(?:it|them|(?:that|this|those)\s+(?:figure|number|share|ratio|total|amount|level)s?)"
    r"\s+(?:to|by|from|above|beyond|past)\b",
    re.IGNORECASE,
)


def _in_bound_verb(text: str, mention: Mention) -> bool:
    """Whether `mention` lies inside a word that states a bound (达 of 达到)."""
    return any(
        verb.start() <= mention.start and mention.end <= verb.end()
        for verb in _BOUND_VERB.finditer(text, max(0, mention.start - 3), mention.end + 3)
    )


# The set a subject ranks in: 是四条产业链中唯一滞后的, "the only one among the four
# chains". It names the group, not what the number is of.
_SET_AFTER = re.compile(r"(?:之)?中(?:唯一|最(?![终后初])|第一|排名|仅有)")
_SET_BEFORE = re.compile(
    r"\b(?:only|first|largest|biggest|top|highest|lowest|second|third|one)\s+"
    r"(?:one\s+)?among\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _names_a_set_of_them(text: str, mention: Mention) -> bool:
    return bool(
        _SET_AFTER.match(text, mention.end)
        or _SET_BEFORE.search(text, max(0, mention.start - 25), mention.start)
    )


# What a share is taken of ("R&D spending, % of GDP", "R&D at 3.2% of GDP") is the
# denominator where the subject of another indicator kept as a share comes just before,
# with no other number or sentence break between: the number is that subject's. Without
# one, it is what the share counts ("40 percent of freight", "logistics firms should
# carry 40% of freight": logistics' revenue is no share). English only: 占GDP比重 names
# the share with its measure.
_DENOMINATOR_BEFORE = re.compile(
    r"(?:%|\bper ?cent|\bas an? (?:share|proportion|percentage))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SHARE_NUMBER = re.compile(r"[\d.,\s]*$")
_BETWEEN_SUBJECTS = re.compile(r"[\d;。\n]|\.\s")


def _a_denominator(
    text: str, mention: Mention, subjects: list[Mention], shares: frozenset[str]
) -> bool:
    share = _DENOMINATOR_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if share is None:
        return False
    number = _SHARE_NUMBER.search(text, max(0, share.start() - 40), share.start())
    return any(
        other.end <= number.start()
        and not _BETWEEN_SUBJECTS.search(text, other.end, number.start())
        for other in subjects
        if other.indicator_id != mention.indicator_id and other.indicator_id in shares
    )


def alias_mentions(
    text: str, aliases: list[Alias], shares: frozenset[str] = frozenset()
) -> list[Mention]:
    """Every place an alias occurs within a clause (or anywhere, for an alias written
    with a comma of its own). An occurrence inside a longer one of
    the same role is dropped ("scale" within "overall scale", "energy storage" within
    "energy storage firms"), except a measure inside another indicator's measure, which
    is kept and marked nested: 比重 within 占地区生产总值比重 still names the share of
    manufacturing where the longer phrase's indicator (the low-altitude economy's
    share) has no subject there (_ranked drops it where that subject is named);
    _nearest places a nested mention after every other one of its tier."""
    clauses = _clauses(text)
    whole = [(0, len(text))]
    found = sorted(
        (
            Mention(m.start(), m.end(), a.indicator_id, a.role, m.group(0))
            for a in aliases
            # an alias that itself holds a comma ('"specialised, refined" SMEs') is
            # written to reach across one
            for start, end in (whole if _PHRASE_BREAK.search(a.alias) else clauses)
            for m in a.pattern.finditer(text, start, end)
            if m.end() > m.start()
        ),
        key=lambda m: (m.role, m.start, -m.end),
    )
    kept: list[Mention] = []
    nested: list[Mention] = []  # subjects inside another indicator's longer subject
    reach: dict[str, Mention] = {}  # per role: the longest mention seen so far
    for m in found:  # by start, longest first: a mention inside an earlier one is nested
        longest = reach.get(m.role)
        if (
            longest is not None
            and longest.start <= m.start
            and m.end <= longest.end
            and (longest.end - longest.start) > (m.end - m.start)
        ):
            if longest.indicator_id == m.indicator_id:
                continue
            if m.role == "subject":
                # kept aside: it names its indicator only for a number the longer
                # subject's indicators cannot measure (_ranked)
                nested.append(replace(m, role=_NESTED_SUBJECT, within=_enclosing(found, m)))
                continue
            m = replace(m, within=_enclosing(found, m))
        elif (
            m.role == "subject"
            and longest is not None
            and longest.indicator_id != m.indicator_id
            and longest.start < m.start < longest.end < m.end
        ):
            # 规模以上工业企业研发 | 研发经费: a subject overlapping the end of one that
            # starts before it may be that one's head noun, qualified; it ranks after the
            # mentions of its tier (规上工业 | 工业企业 is the firms' own, where nothing else
            # names them)
            m = replace(m, within=(longest.indicator_id,))
        elif m.role == "subject" and _INDUSTRY_HEAD.fullmatch(m.text):
            # 户外装备产业 | 产业: a bare "industry" right after another indicator's subject
            # is that subject's head noun, not a mention of an indicator of its own
            # (the turf plan's 产业 where the outdoor-gear industry's output is stated)
            modified = _modified_by(text, found, m)
            if modified:
                m = replace(m, within=modified)
        kept.append(m)
        if longest is None or m.end > longest.end:
            reach[m.role] = m
    subjects = [m for m in found if m.role == "subject"]  # in order of start
    starts = [m.start for m in subjects]
    after_subject = _measures_after_their_subject(text, found)
    kept = [
        m
        for m in kept
        if (
            m.role == "subject"
            and not _names_a_set_of_them(text, m)
            and not _a_denominator(text, m, subjects, shares)
            and not _inside_measure(m, after_subject)
        )
        or (
            m.role != "subject"
            and not _inside_other_subject(m, subjects, starts, clauses)
            and not (_MAKING.fullmatch(m.text) and _CAPACITY_AFTER.match(text, m.end))
            # (nor the second half of an English compound: the "centre" of a "city-centre
            # circuit")
            and not _COMPOUND_HEAD.search(text, max(0, m.start - 12), m.start)
        )
    ]
    return sorted(kept + nested, key=lambda m: (m.start, m.end, m.role, m.indicator_id))


def _measures_after_their_subject(text: str, found: list[Mention]) -> list[Mention]:
    """The measures written right after their own indicator's subject (规模以上工业|总产值,
    新能源汽车产业|产值, or a word or two between: 规模以上工业企业|总产值, 产业实现|产值): a
    subject of another indicator inside one of them is a word of that measure, not a
    subject of its own (the 产值 of a plant's output)."""
    subject_ends = {(m.indicator_id, m.end) for m in found if m.role == "subject"}
    return [
        m
        for m in found
        if m.role == "measure"
        and any(
            (m.indicator_id, m.start - gap) in subject_ends
            and _WORDS_GAP.fullmatch(text, m.start - gap, m.start)
            for gap in range(_MEASURE_GAP + 1)
        )
    ]


_MEASURE_GAP = 2  # characters between a subject and its measure
# (a word or two, not of another's: 产业园, 产业园区, 带动; 年产值, 产业链产值 are the industry's)
_WORDS_GAP = re.compile(r"(?![\u4e00-\u9fff ]*(?:园|带动))[\u4e00-\u9fff ]*")


def _inside_measure(subject: Mention, measures: list[Mention]) -> bool:
    """Whether `subject` lies inside one of `measures` of another indicator."""
    return any(
        m.indicator_id != subject.indicator_id and _lies_inside(subject, m) for m in measures
    )


_COMPOUND_HEAD = re.compile(r"\b[A-Za-z]+-$")
# A measure of making that qualifies a capacity names the capacity, not itself:
# "production capacity" is what a plant can make, not its output (a capacity that is the
# measure, "bed capacity", stays); the subject and the unit may still name the indicator
_MAKING = re.compile(r"production|output|manufacturing|assembly|generation", re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"[^\S\n]+capacit(?:y|ies)\b", re.IGNORECASE)


def _starts_from(text: str, mention: Mention, quantity: Quantity) -> bool:
    """Whether `mention` is a word of change right before "from" and `quantity`."""
    return bool(
        _CHANGE_WORD.fullmatch(mention.text)
        and _FROM_BEFORE_IT.fullmatch(text, mention.end, quantity.start)
    )


def _holds_own_subject(index: IndicatorIndex, indicator: str, measure: _Place | None) -> bool:
    """Whether the measure phrase found for `indicator` holds one of its own subject's
    aliases (海外营收 holds 海外). alias_mentions drops a subject inside a longer subject
    of another indicator (海外营收 is also the overseas share's subject), so without this
    the measure that names both would find no subject."""
    if measure is None or measure.mention is None:
        return False
    phrase = measure.mention.text
    return any(a.pattern.search(phrase) for a in index.by_role.get((indicator, "subject"), []))


def _nearer_own_subject(subject: _Place | None, clause: tuple[int, int]) -> bool:
    """Whether the candidate's own subject is named in the number's clause."""
    return (
        subject is not None
        and subject.mention is not None
        and clause[0] <= subject.mention.start < clause[1]
    )


# A relative clause set off by commas: "Output of the intelligent equipment industry,
# which covers industrial robots and industrial control systems, was RMB 41 billion"
_RELATIVE_OPENS = re.compile(r",\s*(?:which|who)\s+", re.IGNORECASE)


def _in_relative_aside(
    text: str, mention: Mention, clause: tuple[int, int], sentence: Sentence
) -> bool:
    """Whether `mention` stands in a relative clause set off by commas that ends before
    the number's own clause: a word there describes the subject, it is not the subject."""
    return mention.end <= clause[0] and any(
        opens.end() <= mention.start
        for opens in _RELATIVE_OPENS.finditer(text, sentence.start, clause[0])
    )


# A participle modifying the noun before it, and the clause's own verb after it
_MODIFIES_ITS_NOUN = re.compile(
    r"\s+(?:in|at|by|from|for|under)\b[^,;.]{0,40}?\b(?:were|was|are|is|have been|has been"
    r"|had been)\s+(?:\w+ly\s+)?\w+ed\b",
    re.IGNORECASE,
)
_AFTER_A_NOUN = re.compile(
    r"\b(?!(?:were|was|are|is|been|being|had|has|have|and|but)\b)[A-Za-z]{3,}\s+$", re.I
)


def _of_longer_phrase(
    found: Mention,
    mentions: dict[tuple[str, str], list[Mention]],
    sentence: Sentence,
    clause: tuple[int, int],
    subject: _Place | None,
) -> bool:
    """Whether the phrase is part of a longer one whose own indicator is named in the
    sentence: the phrase is that one's ("NEV industry output value" is not NEV output)."""
    return any(
        sentence.start <= m.start
        and m.end <= sentence.end
        # in another clause, it names that clause's number (非化石能源消费比重达到22%,
        # 煤炭消费比重控制在48%以内: the coal's 比重 is the coal's)
        and not (m.end <= clause[0] and _nearer_own_subject(subject, clause))
        for other in found.within
        for m in mentions.get((other, "subject"), [])
    )


_ALIAS_REACH = 80  # longer than any alias's match: a subject holding a measure starts within


def _inside_other_subject(
    measure: Mention,
    subjects: list[Mention],
    starts: list[int],
    clauses: list[tuple[int, int]],
) -> bool:
    """Whether `measure` is a word of another indicator's longer subject and nothing
    else in its clause names its own indicator: "exports" in "total imports and
    exports" is part of the trade's name. Where the own subject is written apart
    ("little giant robotics firms", 数字经济核心产业增加值 for the value added itself),
    the measure still counts. `subjects` are in order of start (`starts`)."""
    # a subject around the measure starts at most an alias's length before it
    nearby = subjects[
        bisect_left(starts, measure.start - _ALIAS_REACH) : bisect_right(starts, measure.start)
    ]
    if not any(
        s.indicator_id != measure.indicator_id
        and measure.end <= s.end
        and (s.end - s.start) > (measure.end - measure.start)
        for s in nearby
    ):
        return False
    start, end = clauses[bisect_right(clauses, measure.start, key=lambda c: c[0]) - 1]
    return not any(
        s.indicator_id == measure.indicator_id and (s.start, s.end) != (measure.start, measure.end)
        for s in subjects[bisect_left(starts, start) : bisect_left(starts, end)]
    )


# A quantity's dimension and the canonical-unit dimensions it can measure.
# A count may be of vehicles ("registrations are to reach 1.2 million"); the claim then
# takes the indicator's unit.
_COMPATIBLE = {
    # a multiple of any level: 翻一番 of a density or an income per person too
    "ratio": {"ratio", "cny", "usd", "vehicles", "count", "per_10k_people", "cny_per_person"},
    "count": {"count", "vehicles", "per_10k_people"},
    "cny": {"cny", "cny_per_person"},
}
# An amount of yuan as written (RMB 295, ¥80, 380 yuan)
_AN_AMOUNT = r"(?:(?:RMB|CNY|¥)\s*\d|\d[\d,.]*\s*(?:yuan|元))"
# A number read without its full unit takes the indicator's where the sentence says so:
# "density should reach 450" (per 10,000 named earlier), 人均可支配收入...突破2.6万元.
# (quantity dimension, indicator dimension) -> the unit the claim takes, the sentence's
# phrase that allows it (None: always) and the quantity unit it applies to.
_TAKES_UNIT = {
    ("count", "vehicles"): ("vehicles", None, None),
    ("count", "per_10k_people"): (
        "per_10k_people",
        re.compile(r"(?:per|for every|for each|every)\s+10,?000|每万", re.IGNORECASE),
        None,
    ),
    ("cny", "cny_per_person"): (
        "CNY_per_person",
        # (a wage is a person's: "The average yearly wage in manufacturing was RMB 94,600",
        # 平均薪资; not a firm's "average wage bill")
        re.compile(
            r"\bper[- ](?:capita|person|head)\b|人均|每人"
            r"|\baverage\s+(?:(?:yearly|annual|monthly)\s+)?"
            r"(?:wages?|salar(?:y|ies)|pay|earnings|incomes?)\b(?!\s+(?:bills?|costs?|budgets?))"
            r"|平均(?:年|月)?(?:工资|薪酬|薪资|薪水)|平均(?:年|月)薪"
            # (and what one visitor spends: "an average visitor spent RMB 295", "each
            # overseas tourist should spend RMB 380", "visitors spent an average of RMB 295";
            # not the days spent: "the average visitor spent 2.5 days")
            r"|\b(?:(?:average|each|every)\s+(?:[a-z]+\s+)?(?:visitor|guest|tourist|customer"
            r"|diner)|(?:visitors|guests|tourists|customers|diners)(?=(?:\s+\w+){1,2}\s+an\s+average))"
            r"\s+(?:spent|spends|spend|(?:will|should|would|is\s+(?:expected\s+)?to)\s+spend)"
            r"(?=\s+(?:(?:about|around|an\s+average\s+of|more\s+than|over|nearly|almost)\s+)?"
            rf"{_AN_AMOUNT})",
            re.IGNORECASE,
        ),
        "CNY",
    ),
}
_NOUN_FOLLOWS = {"count", "vehicles"}
# A Chinese count's own noun of a word or two that ends its clause (扩大为两个班,)
_CLAUSE_ENDS_AFTER_NOUN = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[,;:。!?、]|$)")
# The words for those who belong: a count of them is a stock of people, never one in 人次
# (person-times: visits, attendances, trainings)
_MEMBERS = re.compile(r"(?:注册)?(?:会员|成员)(?:人?数|总数)?")
_MEMBERS_EN = re.compile(r"members?", re.IGNORECASE)  # (the English word for them)
# A noun right after a Chinese count's classifier (5名代表, 3家银行): what it counts; not a
# bound, a particle or a conjunction (5000人以上, 300家的, 12个和)
_NOUN_AFTER_CLASSIFIER = re.compile(
    # (目标 is what a count in words counts, 定下两个目标, 三项目标, not the goal of a count,
    # 新建1200个目标任务)
    r"(?!以上|以下|以内|左右|之|的|和|及|与|或|次|每|(?<![一二两三四五六七八九十][个项])目标|任务|大关"
    r"|实现|达到|投产|建成)"
    r"[\u4e00-\u9fff]"
)
# (nor a word joining the next clause right after the classifier: 5,000人并保持稳定,
# 10家再创新高, 同比翻一番)
_JOINS_AFTER_CLASSIFIER = re.compile(r"[并再同且而又还均都]")
# A Chinese count of buildings (6栋), only of an indicator named for buildings (标准厂房,
# 楼宇, a measure 栋); a count in 幅 (plots of land, pictures: 两幅产业用地) never of one
_BUILDINGS_COUNTED = re.compile(r"[栋幢]$")
_BUILDINGS_NAMED = re.compile(r"栋|幢|楼|厂房|房屋|住房|住宅|公寓|building", re.IGNORECASE)
_PLOTS_OR_PICTURES = re.compile(r"幅$")
# "New" before the word for those who belong (本季新入会会员五位, 新增会员5人, "five new
# members"): those who joined, not how many belong
_NEW_BEFORE_MEMBERS = re.compile(r"(?:\bnew|(?<!更)新(?:入会|加入|增)?)\s*$", re.IGNORECASE)
# (unless the indicator itself counts those who join: its subject 新增 or 发展, recruits;
# an alias "new members" holds its "new" itself)
_JOINING = re.compile(r"新|发展|recruit|join", re.IGNORECASE)
# A Chinese count of people (5000人, 300名, 2万人次), which counts no firms (企业, 每家)
_PEOPLE_COUNTED = re.compile(r"(?:人|名|人次)$")
_FIRMS_NAMED = re.compile(r"企业|家")
# ... and the words for people, ending the measure's words, which no count of machines
# counts (从业人员, 员工人数, 产业工人; not 人才公寓8,000套, apartments)
_PEOPLE_NAMED = re.compile(r"(?:人员|人数|员工|职工|工人|从业者|用工|就业|人才)$")
# what a count in 份 (copies, portions) never counts: people or firms
_PEOPLE_OR_FIRMS = re.compile(r"企业|会员|成员|人")
# ... unless its measure names what is counted in 份 (企业年报12000份, 提交报告86份)
_COUNTED_IN_COPIES = re.compile(r"报告|年报|餐")


def _copies_of_people_or_firms(subject: _Place | None, measure: _Place | None) -> bool:
    """Whether a count in 份 would be of people or firms (向会员发放会员手册500份, 新增企业
    填报问卷1200份): copies they get or make, not a count of them."""
    if measure is not None and measure.mention is not None:
        if _PEOPLE_OR_FIRMS.search(measure.mention.text):
            return True
        if _COUNTED_IN_COPIES.search(measure.mention.text):
            return False
    return bool(
        subject is not None
        and subject.mention is not None
        and _PEOPLE_OR_FIRMS.search(subject.mention.text)
    )


# The classifier a Chinese count is written in (300家, 100多家, 2万人次)
# the count classifiers, longest first (人次 before 人)
_CLASSIFIERS = "|".join(sorted(COUNT_SUFFIXES, key=len, reverse=True))
_CLASSIFIER_WRITTEN = re.compile(f"(?:{_CLASSIFIERS})(?=[多余]?$)")
# The classifiers of machines and vehicles (980万台, 50架, 120万辆; a count in 辆 is of the
# vehicles dimension, so the check of machines against people, which is of counts, never
# sees one)
_MACHINES_COUNTED = frozenset({"台", "套", "辆", "架", "部"})
# The Chinese measure words of what is made, which no count of firms (52家) counts:
# 71家企业中有52家以贴牌生产为主 tells how firms make, not how much
_MAKING_ZH = frozenset({"产量", "生产", "产能"})
# Classifiers that may count the same things (人才500名 for a measure in 人, 市场主体5万户
# for one in 家, 渔船200条 for one in 艘); 个 counts anything
_CLASSIFIER_KINDS = (
    {"人", "名", "位", "人次"},
    {"家", "户", "所"},
    {"项", "场", "场次", "次", "批", "件"},
    {"次", "起", "件"},  # (times, incidents and cases: 受伤次数不超过3次, injuries in 起)
    _MACHINES_COUNTED,
    {"艘", "条"},
    {"座", "处", "栋", "幢", "所", "间"},
)


def _noun_after_classifier(text: str, quantity: Quantity) -> bool:
    """Whether a noun of a Chinese count's own stands right after its classifier (5名代表,
    3200名员工), not a word that joins the next clause (5,000人并保持稳定)."""
    return bool(
        _NOUN_AFTER_CLASSIFIER.match(text, quantity.end)
        and not _JOINS_AFTER_CLASSIFIER.match(text, quantity.end)
    )


def _named_right_after(
    quantity: Quantity, mentions: dict[tuple[str, str], list[Mention]], indicator: str
) -> bool:
    """Whether one of `indicator`'s words starts right after a Chinese count, at most two
    characters on (童趣岛5家门店, 突破2000位新会员): the noun the count counts is its own."""
    return any(
        quantity.end <= m.start <= quantity.end + 2
        for role in ("subject", "measure")
        for m in mentions.get((indicator, role), [])
    )


# The classifiers a count of members is written in: people (人, 名, 位) and the bodies that
# join (家, 户, 所, 个: 会员单位120个); a count of things (每位会员限送鉴5件, 新购班卓琴2把,
# 发放琴弦30套, 退磁器两台) or of attendances (参观人数3,200人次) is none. (Wider than
# _CLASSIFIER_KINDS's people and firms: those kinds say which classifiers count the same
# things, this which may count members.)
_MEMBERS_COUNTED_IN = frozenset({"人", "名", "位", "家", "户", "所", "个"})
# ... and those that count teams, schools, families or couples (会员球队48支, 会员学校120间,
# 亲子会员200组, 夫妻会员50对) only right after the members' word and a verb of a level: they
# count things too (向会员发放毛笔500支, 为会员新建活动室12间)
_MEMBER_GROUPS = frozenset({"支", "间", "组", "对"})
_MEMBER_GROUPS_BEFORE = re.compile(
    r"会员[\u4e00-\u9fff]{0,2}?(?:达到|增至|增加到|为|共有|超过|突破)?\s*$"
)


def _counts_members(index: IndicatorIndex, indicator: str) -> bool:
    """Whether the indicator's measure is those who belong (会员, 会员人数), which only a
    count in one of _MEMBERS_COUNTED_IN's classifiers may be."""
    return any(
        _MEMBERS.fullmatch(word)
        for alias in index.by_role.get((indicator, "measure"), [])
        for word in _top_level_alternatives(alias.alias)
    )


def _counts_joining(index: IndicatorIndex, indicator: str) -> bool:
    """Whether the indicator's own words are of those who join (新增会员, "new members",
    recruits), whose count "new members" is."""
    return any(
        _JOINING.search(alias.alias)
        for role in ("subject", "measure")
        for alias in index.by_role.get((indicator, role), [])
    )


def _names_members(
    index: IndicatorIndex, indicator: str, subject: _Place | None, measure: _Place | None
) -> bool:
    """Whether what a count names is those who belong (会员, 成员人数): the measure's words,
    or the subject's for an indicator with no measure."""
    place = measure if (indicator, "measure") in index.by_role else subject
    return bool(place and place.mention and _MEMBERS.fullmatch(place.mention.text))


def _counts_another_noun(
    text: str,
    quantity: Quantity,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
    measure_beside: bool,
) -> bool:
    """Whether a count in 位 counts a noun right after it (4位家庭成员) that is none of
    `indicator`'s words: 位 counts whoever the noun names (突破2000位会员 for members, 两位
    同事 for colleagues), so only that noun's indicator may take it (two characters may
    qualify it first: 2000位新会员). So do 个 and 件 before a short noun that ends its
    clause (入门班扩大为两个班, classes, not members; 放在三件事上:), unless the noun is
    `indicator`'s word (one character: a whole mention of it; two: a mention's ending, 建成
    30个食堂 for 社区食堂, but 覆盖120个村 is no 村级电商服务站's) or its measure stands beside
    the count (覆盖范围扩展至100个城市); the noun of a longer phrase may still be the
    indicator's (12个项目是…)."""
    classifier = _classifier_of(quantity)
    if classifier == "位" and CJK.match(text, quantity.end):
        return not _named_right_after(quantity, mentions, indicator)
    if (
        classifier not in ("个", "件")
        or measure_beside
        or not _noun_after_classifier(text, quantity)
    ):
        return False
    noun = _CLAUSE_ENDS_AFTER_NOUN.match(text, quantity.end)
    return noun is not None and not any(
        m.text == noun[0] or (len(noun[0]) > 1 and m.text.endswith(noun[0]))
        for role in ("subject", "measure")
        for m in mentions.get((indicator, role), [])
    )


def _classifier_of(quantity: Quantity) -> str | None:
    """The classifier a Chinese count is written in, or None (an English count, 15%)."""
    written = _CLASSIFIER_WRITTEN.search(quantity.text)
    return written[0] if written else None


def _is_respective(text: str, quantity: Quantity, floor: int, ceiling: int) -> bool:
    """Whether the number is one of several stated "respectively": the word stands
    between the number before and this one (分别达到1500家和150家, "their respective
    scale"), or after this one, before the next ("200 and 25 respectively"). A 分别
    after the number opens the next list: 8000家, ...分别达到1500家 is no list."""
    return bool(
        RESPECTIVE_BEFORE.search(text, floor, quantity.start)
        or RESPECTIVELY_AFTER.search(text, quantity.end, ceiling)
    )


@dataclass
class _Place:
    tier: int
    distance: int
    mention: Mention | None


# The noun of a place named again ("the park"), which what it names must share
_PLACE_NAMED_AGAIN = re.compile(r"\b(?:park|zone)\b", re.IGNORECASE)
# Words naming again the subject named last before them ("The sector generated …";
# "aims to double the park's output" after a park named in the sentence before)
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|its) (?:sector|industry|field|park|zone)\b|该产业|该行业|该领域|这一产业",
    re.IGNORECASE,
)


# A list of examples the number's clause opens ("in areas such as hospitals, ports and
# schools by the end of 2026"): its commas are the list's, and the clause runs on to its
# last item
_EXAMPLES_OPEN = re.compile(r"\b(?:such as|including)\s+[^,;:.\d]{1,40}$", re.I)
_EXAMPLE_ITEM = re.compile(r"\s*(?:[a-z-]+\s+){0,2}[a-z-]+\s*$", re.I)
_LAST_EXAMPLE = re.compile(r"\s*(?:[a-z-]+\s+){1,2}(?:and|or)\s", re.I)


def _clause(text: str, quantity: Quantity, window: tuple[int, int]) -> tuple[int, int]:
    """The quantity's own clause within its window: up to the nearest comma, semicolon
    or colon on either side (not a number's grouping comma: "290,000 to 310,000"; nor a
    comma in a list of examples after it)."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, window[0], quantity.start)]
    after = CLAUSE_BREAK.search(text, quantity.end, window[1])
    if after and after[0] == "," and _EXAMPLES_OPEN.search(text, quantity.end, after.start()):
        following = after
        while following and following[0] == ",":
            nxt = CLAUSE_BREAK.search(text, following.end(), window[1])
            piece_end = nxt.start() if nxt else window[1]
            if _LAST_EXAMPLE.match(text, following.end(), piece_end):
                after = nxt
                break
            if not _EXAMPLE_ITEM.fullmatch(text, following.end(), piece_end):
                break
            following = nxt
    return (before[-1] if before else window[0], after.start() if after else window[1])


# Between a number and a phrase after it, what opens the next number's stretch: a clause
# break (年銷量40萬輛,海外銷量佔…20%) or a conjunction ("production fell to 33,400
# vehicles and deliveries to 31,200"); the phrase there is the next number's, not this one's
_NEXT_CONJUNCTION = re.compile(r"\b(?:and|while|whereas|but)\b", re.IGNORECASE)
# A conjunction that opens a clause with a subject of its own ("…, and the province wants
# …", "while it aims"): what follows is that clause's
_NEW_SUBJECT = r"(?:and|while|but)\s+(?:the|it|its|we|our|they)\b"
# ... after a comma: a subject named past it is the next clause's
_NEW_CLAUSE = re.compile(rf",\s*{_NEW_SUBJECT}", re.IGNORECASE)
# ... where the phrase then leads to the next number ("deliveries to 31,200", "increase its
# international routes to 45", "and operated four routes"; not "300 domestic and foreign
# firms and 50 institutes", whose "and" is inside the number's own noun)
_LEADS_TO_NEXT = re.compile(
    r"\s+(?:(?:[a-z-]+\s+){0,2}?(?:to|at|of|from|by|reached|rose|fell|grew|totall?ed|was|were"
    # (and a bound: "increase the number of international container routes to at least 55")
    r"|is|are|stood at)\s+)?(?:(?:about|around|nearly|over|more than|some|at least|at most"
    r"|no (?:fewer|less|more) than|not (?:fewer|less|more) than|a minimum of|approximately"
    r"|roughly|above|up to)\s+)?"
    # ("and aims to bring in a cumulative 30,000")
    r"(?:(?:a|an|the)\s+(?:cumulative|total|further|combined|additional|net)\s+)?"
    r"(?:RMB\s?|US\$|\$)?",
    re.IGNORECASE,
)
_NESTED_DISTANCE = 10_000  # a nested mention comes after every other one of its tier
_NEXT_DISTANCE = 1_000  # as does one in the next number's stretch, before a nested one
_PART_DISTANCE = 5_000  # looked back, a breakdown's part: after a next number's, before nested
# A sentence or clause that breaks a whole down ("Of that, imaging sensors accounted for
# RMB 19 billion", "…, of which", 其中, 这其中): the part it names is not the topic a later
# bare "output" returns to. (Not "Within that total, the province has committed to
# doubling the output of …", which opens a topic of its own: set 168.)
_OPENS_ON_PART = re.compile(
    r"(?:[.!?;:,]|。)\s*(?:(?:of (?:that|this|these|those|them|which|the total)"
    r"|among (?:them|these))\b|(?:在|而)?这?其中)(?:[^.!?;\n。]|\.(?=\d))*$",
    re.IGNORECASE,
)


def _past_next_opening(text: str, quantity: Quantity, mention: Mention, following: int) -> bool:
    """Whether a phrase after `quantity` opens the next number's stretch (the next
    number starts at `following`): a clause break stands between, or a conjunction after
    which the phrase leads to that number."""
    return bool(CLAUSE_BREAK.search(text, quantity.end, mention.start)) or _joined_to_next(
        text, quantity, mention, following
    )


def _joined_to_next(text: str, quantity: Quantity, mention: Mention, following: int) -> bool:
    return bool(
        _NEXT_CONJUNCTION.search(text, quantity.end, mention.start)
        and _LEADS_TO_NEXT.fullmatch(text, mention.end, following)
    )


def _nearest(
    mentions: list[Mention],
    quantity: Quantity,
    clause: tuple[int, int],
    window: tuple[int, int],
    sentence: Sentence,
    noun_follows: bool | None,
    look_back: bool,
    text: str,
) -> _Place | None:
    """The mention nearest `quantity`, by tier: 0 in its own clause on the side the
    language puts it (or within the number itself: 台/万人), 1 in its clause on the
    other side, 2 elsewhere in its window (between the neighbouring numbers), 3
    elsewhere in the sentence, 4 (when `look_back`) in the sentences before, and so a
    subject past a later clause that has one of its own (_NEW_CLAUSE). In Chinese,
    where either side may hold a number's noun, one past a 、 and before the next number
    is that number's (新开工项目突破300个、建成投产项目180个以上)."""
    best: _Place | None = None
    for m in mentions:
        past = False
        inside = m.start < quantity.end and quantity.start < m.end
        after = m.start >= quantity.end
        distance = 0 if inside else m.start - quantity.end if after else quantity.start - m.end
        # (a phrase past a conjunction before the next number is that number's: "fell
        # to 33,400 vehicles and deliveries to 31,200")
        next_numbers = after and m.end <= window[1] < sentence.end
        preferred = (noun_follows is None or after == noun_follows) and not (
            next_numbers
            and (
                (noun_follows is None and "、" in text[quantity.end : m.start])
                or _joined_to_next(text, quantity, m, window[1])
            )
        )
        in_clause = clause[0] <= m.start and m.end <= clause[1]
        if inside or (in_clause and preferred):
            tier = 0
        elif in_clause:
            tier = 1
        elif (
            window[0] <= m.start
            and m.end <= window[1]
            and not (next_numbers and (past := _past_next_opening(text, quantity, m, window[1])))
        ):
            tier = 2
        elif sentence.start <= m.start and m.end <= sentence.end:
            tier = 3
            if after and window[1] <= m.start:
                # past the next number, and past a break or a conjunction: a later
                # number's ("based four aircraft and operated four international routes")
                past = bool(
                    CLAUSE_BREAK.search(text, quantity.end, m.start)
                    or _NEXT_CONJUNCTION.search(text, quantity.end, m.start)
                )
        elif look_back and m.end <= sentence.start:
            tier = 4
            if _OPENS_ON_PART.search(text, max(0, m.start - 200), m.start):
                distance += _PART_DISTANCE
        else:
            continue
        # (a phrase of the next number's stretch comes after every other one of its tier)
        distance += _NESTED_DISTANCE * bool(m.within) + _NEXT_DISTANCE * past
        if tier == 3 and m.role == "subject" and _NEW_CLAUSE.search(text, quantity.end, m.start):
            # a subject of a later clause with one of its own ("Exports are to reach US$2.2
            # billion by 2027, and the province wants exports sold under its makers' own
            # brands … to double"): no nearer than one named in a sentence before
            tier = 4
        place = _Place(tier, distance, m)
        if best is None or (place.tier, place.distance) < (best.tier, best.distance):
            best = place
    return best


@dataclass
class IndicatorIndex:
    """Each indicator's canonical unit, its dimension (derived from the unit by the unit
    registry), and its aliases by role."""

    units: dict[str, str]
    aliases: list[Alias]
    parents: dict[str, str] = field(default_factory=dict)  # component -> its aggregate
    sectors: dict[str, str] = field(default_factory=dict)  # indicator -> its sector
    names: dict[str, str] = field(default_factory=dict)  # indicator -> its name
    dimensions: dict[str, str] = field(init=False)
    by_role: dict[tuple[str, str], list[Alias]] = field(init=False)
    _candidates: dict[str, list[str]] = field(init=False, default_factory=dict)
    _classifiers: dict[str, set[str]] = field(init=False, default_factory=dict)
    _written_out: dict[tuple[str, str], set[str]] = field(init=False, default_factory=dict)
    _kin: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    _subject_alternatives: dict[str, set[str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        registry = unit_registry()
        self.dimensions = {
            indicator: registry[unit].dimension for indicator, unit in self.units.items()
        }
        self.by_role = {}
        for alias in self.aliases:
            self.by_role.setdefault((alias.indicator_id, alias.role), []).append(alias)

    def classifiers(self, indicator: str) -> set[str]:
        """The Chinese classifiers the indicator's measure aliases name (船队: 艘), which say
        what its counts are written in."""
        if indicator not in self._classifiers:
            self._classifiers[indicator] = {
                word
                for alias in self.by_role.get((indicator, "measure"), [])
                for word in alias.alias.split("|")
                if word in COUNT_SUFFIXES
            }
        return self._classifiers[indicator]

    def writes_out(self, indicator: str, role: str, words: str) -> bool:
        """Whether one of the indicator's aliases of `role` is `words` written out, not a
        pattern that matches them (规模以上影视企业 beside 规模以上.{0,12}企业): the alias
        list names that indicator by those very words (an alternative of the alias's top
        level with no pattern sign: not 电影 of 规模以上(影视|电影)企业)."""
        key = (indicator, role)
        if key not in self._written_out:
            self._written_out[key] = {
                word.lower()
                for alias in self.by_role.get(key, [])
                for alternative in _top_level_alternatives(alias.alias)
                if (word := _words_written_out(alternative)) is not None
            }
        return words.lower() in self._written_out[key]

    def kin(self, indicator: str) -> frozenset[str]:
        """The indicators whose subject the indicator's name names: "Rice cooker industry
        R&D intensity" is kin to the rice cookers' output (its subject, "rice cookers?", is
        in the name). How a name says which plan's indicator it is where the aliases
        cannot. Not one whose subject aliases share an alternative with its own: not itself,
        nor another plan's R&D intensity (kin by "R&D" only to the names that happen to say
        it). Computed once each."""
        if indicator not in self._kin:
            name = normalise(self.names.get(indicator, ""))
            own = self._subject_words(indicator)
            self._kin[indicator] = frozenset(
                other
                for (other, role), aliases in self.by_role.items()
                if role == "subject"
                and not own & self._subject_words(other)
                and any(alias.pattern.search(name) for alias in aliases)
            )
        return self._kin[indicator]

    def _subject_words(self, indicator: str) -> set[str]:
        """The alternatives of the indicator's subject aliases, as written (lower case);
        computed once each, as every indicator's kin asks for every other's."""
        if indicator not in self._subject_alternatives:
            self._subject_alternatives[indicator] = {
                alternative.lower()
                for alias in self.by_role.get((indicator, "subject"), [])
                for alternative in _top_level_alternatives(alias.alias)
            }
        return self._subject_alternatives[indicator]

    def candidates(self, dimension: str) -> list[str]:
        """The indicators a number of this dimension may measure (computed once each)."""
        if dimension not in self._candidates:
            wanted = _COMPATIBLE.get(dimension, {dimension})
            self._candidates[dimension] = sorted(
                i
                for i, d in self.dimensions.items()
                if d in wanted and any((i, role) in self.by_role for role in ("subject", "measure"))
            )
        return self._candidates[dimension]


_PATTERN_SIGN = re.compile(r"[.?*+()\[\]{}\\^$]")


def _top_level_alternatives(alias: str) -> list[str]:
    """The alias's alternatives split at the bars outside any group or class (a class's
    brackets and bars are its characters: [(|)]), an escaped sign a plain character."""
    pieces, depth, start, escaped, in_class = [], 0, 0, False, False
    for at, char in enumerate(alias):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            # (a "]" right after "[" or "[^" is one of the class's characters)
            in_class = char != "]" or alias[at - 1] == "[" or alias[at - 2 : at] == "[^"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(alias[start:at])
            start = at + 1
    return [*pieces, alias[start:]]


def _words_written_out(alternative: str) -> str | None:
    """The words an alternative writes out (执业\\(助理\\)医师: 执业(助理)医师), or None for a
    pattern: a sign not escaped, or an escaped letter or digit (\\b, \\d)."""
    if _PATTERN_SIGN.search(re.sub(r"\\.", "", alternative)) or re.search(
        r"\\[A-Za-z0-9]", alternative
    ):
        return None
    return re.sub(r"\\(.)", r"\1", alternative)


def _too_small_for(index: IndicatorIndex, indicator: str, quantity: Quantity) -> bool:
    """Whether a yuan amount is under a ten-thousandth of the indicator's canonical unit of
    the same standard (工业电价一度0.62元, 票价120元 beside an output counted in 亿元): a
    price or a fee, no level of that indicator (an amount per person is measured apart)."""
    registry = unit_registry()
    own, unit = registry.get(quantity.unit), registry.get(index.units.get(indicator, ""))
    if quantity.dimension != "cny" or own is None or unit is None:
        return False
    return (
        own.standard_unit == unit.standard_unit
        and own.to_standard(quantity.value) < unit.to_standard(1) / 10_000
    )


@dataclass(frozen=True)
class _Match:
    indicator_id: str
    phrase: str
    rank: tuple[tuple[int, int, int], int]
    subject: Mention | None  # None for an indicator named by its measure alone
    subject_tier: int
    measure: str | None
    measure_at: Mention | None = None  # where the measure is named


# Each sitting of a class or a round before a count: 每期12人, 每班不超过30人, 每期培训班招收
# 学员不超过12人 (not 每年 nor 每届, a yearly goal, nor 每组不少于10家, firms set a goal in
# groups)
_PER_GROUP_BEFORE = re.compile(r"每(?:期|班|轮|场)[^,;。\d]{0,12}$")
# ... and the people of each team, group, table or member body (每组至少4人, 每桌4人, both ends
# of 每队4至6人, 每家单位限报2人): how many each takes or sends, no level (each group's firms
# are: 每组不少于10家)
_PER_TEAM_BEFORE = re.compile(
    r"每(?:小?组|队|桌|(?:家|个)?单位)[^,;。\d]{0,6}(?:\d+\s*(?:至|到|-|~)\s*)?$"
)
# ... and the places an event offers, right before the count (名额20人, 名额仅限80名), in a
# sentence that signs people up for it (报名, 到秘书处登记; not 登记志愿, 登记申请), charges for
# it (学费, a fee's price: 会员收费180元, 收费标准:每人180元; not 收费标准保持不变, 乱收费,
# 保教收费自2025年起下调) or names the event (参观, a visit; not 本科招生名额为5000人); in
# English, the places an event is limited to ("a factory tour (limited to 25 places); sign
# up with the secretary", "only 20 places"; not a plan's capacity, "will offer 10,000
# places; unemployed people can register"); 限 alone opening its clause is a quota too
# (新会员入门体验课,限20人,先报先得; 、限20人; 体验课:限20人)
_QUOTA_BEFORE = re.compile(r"名额\s*(?:为|限|仅限?|共|约|不超过|:)?\s*$|[,:、]限$")
_LIMITED_TO = re.compile(r"\b(?:limited\s+to|only|just)\s+$", re.IGNORECASE)
_EVENT_PLACES_AFTER = re.compile(r"\s+(?:places|spots|seats)\b", re.IGNORECASE)
_EVENT_PLACES_NAMED = re.compile(r"名额|\b(?:places|spots|seats)\b", re.IGNORECASE)
# (and first come, first served, 先报先得; a visit to see, 观摩, not a plan's 观摩培训名额;
# costs paid by each, 费用自理)
_EVENT_CUE = re.compile(
    r"报名|登记(?!志愿|失业|注册|在册|申请)|额满|预约|日截止|截止日期|学费"
    r"|收费[^,;。\d]{0,8}?(?:(?:¥|RMB)\s*\d|\d[\d,.]*\s*元|[一二三四五六七八九十百千]+元)"
    r"|讲座|座谈会|交流活动|工作坊|沙龙|考察团|参观|观摩(?!培训)|先报先得|费用自理"
    r"|\bsign(?:s|ed|ing)?[ -]up\b|\bregist(?:er|ration)\b",
    re.IGNORECASE,
)
# After a Chinese count (and its noun), ending its clause, that they took part: 共26位会员
# 参加, 300人出席 (the event's, unless the indicator's words before the count in its sentence
# name what they took part in: 职业培训共有12,600人次参加, 养老保险覆盖面扩大,共有120万人参加;
# not 236名会员参加了…培训计划, which goes on)
_TOOK_PART_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:参加|出席|到场)了?(?=[,;。\n!?、]|$)")


# What a few people did, right after the noun a small count in words counts: "Two
# committee members met the site manager", "Two members have lost whole skeins of silk"
# (not what may be a measure of its own: attended, joined, passed, reached; nor a count in
# figures, "The guild's 131 members met eleven times", "120 firms met the standard")
_ACTED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:also\s+)?(?:asked|lost|written|told|met)"
    r"|(?:asked|lost|wrote|told|met))\b",
    re.IGNORECASE,
)
# ... or what was done with them, right before the count: "we asked two members who work
# in the trade to help us", "invited three members" (not "wants twelve members who pay")
_ASKED_BEFORE = re.compile(
    r"\b(?:asked|invited|interviewed|(?:spoke|talked)\s+(?:to|with))\s+$", re.IGNORECASE
)
# ... or, of members, what they did, named before them: "a table runner worked by nine
# members", "a stall run by three members" (not a change, "grew by twelve members"; nor
# others, "the clean-up was run by nine volunteers", who may be all there are)
_DONE_BY_BEFORE = re.compile(r"\b(?:worked|made|run|led)\s+by\s+$", re.IGNORECASE)
# A word of change right before "from" and the number ("up from 38% in 2024"): the number
# is where the change started, a level, so that word is no measure of it (_COMPARED in
# years.py reads the same words for the year)
_CHANGE_WORD = re.compile(r"up|rose|grew", re.IGNORECASE)
_FROM_BEFORE_IT = re.compile(r"\s+from\s+", re.IGNORECASE)
# A measure that names no thing of its own, only how it is counted (总数, 数量, "number")
_GENERIC_MEASURE = re.compile(r"总数|总量|数量|个数|\b(?:number|total)\b", re.IGNORECASE)


# What follows an English multiple when it is a verb with its object ("double vehicle
# exports", "triple the output"), not a verb alone ("will double by 2027", "double from")
_MULTIPLE_OBJECT = re.compile(
    r"[^\S\n]+(?!(?:by|from|in|to|over|between|and|or|again|within|during|on|at|for|with"
    r"|compared|relative|its|their|if|once|when|as|thanks|because|while|unless|after|before)\b)"
    r"(?:the\s+)?[A-Za-z]",
    re.IGNORECASE,
)


def _ranked(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    text: str,
    quantity: Quantity,
    window: tuple[int, int],
    sentence: Sentence,
    table_row: bool = False,
) -> list[_Match]:
    """The indicators `quantity` may measure, best first: by where the measure phrase
    is (tier, see _nearest), then where the subject is, then how near the measure is
    then the subject. A table row's name is one indicator's: there the subject in it
    decides first, then the measure, and among measures how much of the name it covers
    (营业收入超百亿元企业数量 | 家 is of the revenue class, not of every count in 家), the
    columns setting the distances. The measure decides first because it names
    what is counted or valued right next to the number; the subject is often stated
    once for several numbers. An indicator whose subject is in the number's own
    stretch but whose measure the text does not name ranks after every one whose
    measure it names."""
    # English puts a count's noun after the number ("100 core enterprises") and an
    # amount's subject before it; Chinese has both orders (龙头企业5家, 培育5家龙头企业),
    # so there the nearer side wins.
    # (and a verb of a multiple takes its object after it: "aims to double vehicle exports")
    noun_follows = (
        None
        if CJK.search(quantity.text)
        else quantity.dimension in _NOUN_FOLLOWS
        or (_is_multiple(quantity) and bool(_MULTIPLE_OBJECT.match(text, quantity.end)))
    )
    # a table row is one clause: a comma inside its name ("Manufacturing value added, % of
    # GDP") does not part the name's subject from its measure
    clause = window if table_row else _clause(text, quantity, window)
    anaphor = _nearest(
        [
            Mention(m.start(), m.end(), "", "subject", m.group(0))
            for m in _ANAPHOR.finditer(text, sentence.start, sentence.end)
        ],
        quantity,
        clause,
        window,
        sentence,
        noun_follows,
        False,
        text,
    )
    referent = None  # what the anaphor refers to: the subject named last before it
    if anaphor is not None and anaphor.mention is not None:
        # (a park or a zone named again is one named so: not the NEV makers a park hosts)
        noun = _PLACE_NAMED_AGAIN.search(anaphor.mention.text)
        named = [
            m
            for (_, role), found in mentions.items()
            if role == "subject"
            for m in found
            if m.end <= anaphor.mention.start
            and (noun is None or noun[0].lower() in m.text.lower())
        ]
        referent = max(named, key=lambda m: m.end, default=None)
    classifier = _classifier_of(quantity)  # (None for an English count, 15%)
    if quantity.dimension == "count" and (
        _PER_GROUP_BEFORE.search(text, max(0, quantity.start - 16), quantity.start)
        or (
            classifier in ("人", "名", "位")
            and _PER_TEAM_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
        )
    ):
        return []  # 首期课程…,每期12人: the size of each class, no level
    # 交流活动,名额20人, "a factory tour (limited to 25 places); sign up": how many an event
    # takes, a level only of an indicator of places
    person_times = classifier == "人次"
    quota = (
        quantity.dimension == "count"
        and bool(
            _QUOTA_BEFORE.search(text, max(0, quantity.start - 8), quantity.start)
            or (
                _LIMITED_TO.search(text, max(0, quantity.start - 16), quantity.start)
                and _EVENT_PLACES_AFTER.match(text, quantity.end)
            )
        )
        # (the sign-up may follow past the semicolon after a bracket, where the reader ends
        # a sentence: "(limited to 25 places); sign up with the secretary")
        and bool(_EVENT_CUE.search(text, sentence.start, _full_stop_after(text, sentence)))
    )
    ranked = []
    for indicator in index.candidates(quantity.dimension):
        taken = _TAKES_UNIT.get((quantity.dimension, index.dimensions[indicator]))
        if taken and (
            (taken[1] and not taken[1].search(text, sentence.start, sentence.end))
            or (taken[2] and quantity.unit != taken[2])
            # 两个整车项目: a Chinese count of another classifier counts no vehicles
            or (taken[0] == "vehicles" and classifier not in (None, "台"))
        ):
            continue
        if _too_small_for(index, indicator, quantity):
            continue
        places = {}
        for role in ("subject", "measure"):
            if (indicator, role) not in index.by_role:
                places[role] = _Place(0, 0, None)
                continue
            own = mentions.get((indicator, role), [])
            if role == "subject":
                # (not a word of a relative clause set off before the number's clause, when
                # the indicator's subject stands elsewhere too: "The province, which opened its
                # first general aviation airport in 2009, plans to raise the number of such
                # airports to 18" still names the airports)
                own = [m for m in own if not _in_relative_aside(text, m, clause, sentence)] or own
            places[role] = _nearest(
                own, quantity, clause, window, sentence, noun_follows, role == "subject", text
            )
        subject, measure = places["subject"], places["measure"]
        if (
            measure is not None
            and measure.mention is not None
            and measure.mention.within
            and subject is not None
            and subject.mention is not None
            and subject.mention.start >= clause[1]
            and not any(
                sentence.start <= m.start < clause[1]
                for m in mentions.get((indicator, "subject"), [])
            )
        ):
            # 规模以上企业112家,国家级专精特新"小巨人"企业4家: a measure inside another
            # indicator's longer one (企业 in 规模以上企业) names this indicator only with its
            # subject in the number's sentence before the number's clause ends, not only in
            # a clause after it (the next number's)
            continue
        if quota and not any(
            p is not None and p.mention is not None and _EVENT_PLACES_NAMED.search(p.mention.text)
            for p in (subject, measure)
        ):
            continue
        if person_times and _names_members(index, indicator, subject, measure):
            continue  # 参与会员累计310人次: attendances by members, no count of them
        if (
            classifier == "个"
            and _names_members(index, indicator, subject, measure)
            and measure is not None
            and measure.mention is not None
            and not clause[0] <= measure.mention.start < clause[1]
        ):
            # 两个社区…由老会员义务授课, 会员386人,基层棋社23个: a count in 个 is the members'
            # only with their word in its clause (商会会员共有156个, member firms)
            continue
        if (
            measure is not None
            and measure.mention is not None
            and _starts_from(text, measure.mention, quantity)
        ):
            # "up from 38% in 2024": a level before the change, not a change (an alias list's
            # "up" of growth), unless another of its measures names it ("growth was up from
            # 6% in 2023"; not a noun's measure, "manufacturers above designated size from 26")
            measure = _nearest(
                [
                    m
                    for m in mentions.get((indicator, "measure"), [])
                    if not _starts_from(text, m, quantity)
                ],
                quantity,
                clause,
                window,
                sentence,
                noun_follows,
                False,
                text,
            )
        if (
            measure is not None
            and measure.mention is not None
            and _MODIFIES_ITS_NOUN.match(text, measure.mention.end, clause[1])
            and _AFTER_A_NOUN.search(
                text, max(0, measure.mention.start - 20), measure.mention.start
            )
        ):
            # a participle after the noun, before the clause's own verb ("48,000 vehicles
            # made in Qiaolin were exported"): it says which vehicles, not what was done
            measure = replace(measure, tier=measure.tier + 1)
        if (
            measure is not None
            and measure.mention is not None
            and _GENERIC_MEASURE.fullmatch(measure.mention.text)
            and any(
                role == "measure" and other != indicator and m.end == measure.mention.start
                for (other, role), found in mentions.items()
                for m in found
            )
        ):
            # 充电车位总数: the total of what another indicator's measure names right before
            # it, not a total of this one's
            measure = replace(measure, tier=measure.tier + 1)
        if subject is None or subject.tier == 4:
            # 规上工业 inside 规上工业增加值 (the growth rate's subject) still names the
            # level's, for an amount the growth rate cannot be: in the amount's own clause,
            # or in its sentence where the amount's clause names nothing else before it
            # (…,到2027年达到2.6万元; not …增长6.5%,营业收入4200亿元); in the number's
            # sentence, before one only named in the sentences before
            bare = _CLAUSE_NAMES_NOTHING.fullmatch(text, clause[0], quantity.start)
            nested = _nearest(
                [
                    m
                    for m in mentions.get((indicator, _NESTED_SUBJECT), [])
                    if (
                        not set(m.within) & set(index.candidates(quantity.dimension))
                        or _own_measure_decides(mentions, quantity, measure, m.within, sentence)
                    )
                    and (bare or (clause[0] <= m.start and m.end <= clause[1]))
                ],
                quantity,
                clause,
                window,
                sentence,
                noun_follows,
                False,  # (in the number's own sentence)
                text,
            )
            subject = nested or subject
        names_buildings = any(
            place is not None
            and place.mention is not None
            and _BUILDINGS_NAMED.search(place.mention.text)
            for place in (subject, measure)
        )
        if _BUILDINGS_COUNTED.search(quantity.text) and not names_buildings:
            continue  # 涉及楼栋860栋: buildings, not the renovated communities counted
        if _PLOTS_OR_PICTURES.search(quantity.text) and names_buildings:
            continue  # 首批两幅产业用地: plots, not the buildings put up on them
        if _in_another_classifier(quantity, index.classifiers(indicator)):
            continue  # 帆船赛事不少于3项: events, not the boats a fleet counts in 艘
        if _measure_of_a_count_between(text, quantity, measure):
            continue  # 接待观众980万人次,备案博物馆43家: the visitors' measure is the 人次's
        if (
            quantity.dimension == "count"
            and _TOOK_PART_AFTER.match(text, quantity.end)
            and not any(
                place is not None
                and place.tier <= 3
                and place.mention is not None
                and place.mention.end <= quantity.start
                for place in (subject, measure)
            )
        ):
            continue  # 参观…车间,共26位会员参加: who came to an event, not the members
        if (
            noun_follows
            and _SMALL_COUNT_IN_WORDS.fullmatch(quantity.text)
            and measure is not None
            and measure.mention is not None
            and _NOUN_RIGHT_AFTER.fullmatch(text, quantity.end, measure.mention.start)
            and (
                _ACTED_AFTER.match(text, measure.mention.end)
                or _ASKED_BEFORE.search(text, max(0, quantity.start - 24), quantity.start)
                or (
                    _MEMBERS_EN.fullmatch(measure.mention.text)
                    and _DONE_BY_BEFORE.search(text, max(0, quantity.start - 16), quantity.start)
                )
            )
        ):
            continue  # "Two members have asked about respirators": who did it, not how many
        beside = measure is not None and measure.mention is not None and measure.tier == 0
        if _counts_another_noun(text, quantity, mentions, indicator, beside):
            continue  # 一张卡可绑定4位家庭成员: family members, not the club's members (两个班)
        if (
            measure is not None
            and measure.mention is not None
            and _PEOPLE_COUNTED.search(quantity.text)
            and _FIRMS_NAMED.fullmatch(measure.mention.text)
        ):
            continue  # 为企业输送技能人才5000人: people for the firms, not firms
        if (
            classifier in _MACHINES_COUNTED
            and quantity.dimension == "count"  # (not 每万名工人450台, machines per workers)
            and measure is not None
            and measure.mention is not None
            and _PEOPLE_NAMED.search(measure.mention.text)
        ):
            continue  # 较2024年的870万台,…,从业人员约3.2万人: machines, not the people employed
        if (
            classifier == "家"
            and measure is not None
            and measure.mention is not None
            and measure.mention.text in _MAKING_ZH
        ):
            continue  # 52家以贴牌生产为主: firms, not the output
        if classifier == "份" and _copies_of_people_or_firms(subject, measure):
            continue  # 向会员发放会员手册500份: copies for the members, not members
        if (
            classifier is not None
            and classifier not in _MEMBERS_COUNTED_IN
            and not (
                classifier in _MEMBER_GROUPS
                and _MEMBER_GROUPS_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
            )
            and _counts_members(index, indicator)
        ):
            continue  # 新购班卓琴2把, 每位会员限送鉴5件: things, not members (not 专利28.6件)
        if (
            measure is not None
            and measure.mention is not None
            and (
                _MEMBERS.fullmatch(measure.mention.text)
                or _MEMBERS_EN.fullmatch(measure.mention.text)
            )
            and _NEW_BEFORE_MEMBERS.search(
                text, max(0, measure.mention.start - 8), measure.mention.start
            )
            # (the count's own noun, right after it or, in Chinese, right before it: not
            # "Membership should reach 120, with 20 new members a year" for the 120)
            and (
                _NOUN_RIGHT_AFTER.fullmatch(text, quantity.end, measure.mention.start)
                or 0 <= quantity.start - measure.mention.end <= 1
            )
            # (last: it reads every alias of the indicator, for every number)
            and not _counts_joining(index, indicator)
        ):
            continue  # 本季新入会会员五位: those who joined, not the members
        if (indicator, "measure") in index.by_role and _counts_what_name_owns(
            text, quantity, subject, measure, mentions, indicator
        ):
            continue  # 童趣岛三家门店: the shop's stores, not its members
        if noun_follows and _measure_past_anothers_noun(
            index, text, quantity, measure, mentions, indicator
        ):
            continue  # "Three public marinas with a combined 800 berths": marinas
        if (
            _is_multiple(quantity)
            and noun_follows
            and subject is not None
            and subject.tier >= 2
            and (measure is None or measure.tier >= 2)
            and _doubles_anothers_subject(text, quantity, mentions, indicator)
        ):
            continue  # "double our youth programme": the programme, not the lessons before
        if (
            (indicator, "measure") not in index.by_role
            and subject is not None
            and subject.tier == 4
        ):
            # an indicator named by its subject alone (GDP), named only in the sentences
            # before: where this sentence names another before the number, it ranks as if
            # its measure stood elsewhere in this sentence, not at the number ("Output
            # value of agricultural processing was RMB 64 billion, and the city plans to
            # raise it to RMB 100 billion" after GDP in the paragraph before; not
            # 2027年力争达到6000亿元,工业增加值占比提高, which names another only after it)
            if _another_named_before(text, index, mentions, quantity, sentence, indicator):
                measure = _Place(3, 0, None)
            if quantity.dimension == "count" and (
                (noun_follows and _has_own_noun(text, quantity))
                # (a Chinese count with its noun after the classifier: 3至5名代表)
                or (noun_follows is None and _NOUN_AFTER_CLASSIFIER.match(text, quantity.end))
            ):
                continue  # "in one of four tracks": tracks, not the charging points before
        if (
            subject is not None
            and subject.tier == 4
            and quantity.dimension == "count"
            and not table_row
            and (
                (
                    noun_follows
                    and _has_own_noun(text, quantity)
                    and not (
                        measure is not None
                        and measure.mention is not None
                        and (
                            _NOUN_RIGHT_AFTER.fullmatch(text, quantity.end, measure.mention.start)
                            # (or people, whom the measure a few words after says what
                            # they do: "Around 26,000 people are to be employed in the
                            # industry"; not "a city of nine million people ends up with
                            # more capacity than it can sell at home and exports …")
                            or _PEOPLE_BEFORE_MEASURE.fullmatch(
                                text, quantity.end, measure.mention.start
                            )
                        )
                    )
                )
                or (
                    noun_follows is None
                    and _noun_after_classifier(text, quantity)
                    # (its measure a few characters after it names what it counts, 新培育10家
                    # 国家级专精特新企业, as one around it does, 吸引300家企业进驻; not past a long
                    # qualifier, 1—3家产业带动力强、创新能力突出的龙头企业, nor one before it,
                    # 管理24个郊野公园 for trails managed, nor another noun's, 三所大学已与园区厂商)
                    and not (
                        measure is not None
                        and measure.tier == 0
                        and measure.mention is not None
                        and quantity.end < measure.mention.end
                        and measure.mention.start <= quantity.end + 4
                    )
                )
            )
        ):
            # a count of a noun of its own ("get one line about factory output", 定了两个小
            # 目标), where the subject is named only sentences before: the noun's, not the
            # subject's (unless the noun is the measure: "the city will certify 50
            # factories", 今年新开3家门店)
            continue
        if subject is None and _holds_own_subject(index, indicator, measure):
            # 海外营收: the measure's words name the subject (海外) too; one tier after a
            # subject named beside the same measure (鞋业出口额: the footwear's exports, not
            # all exports, whose 出口 is only inside the measure)
            subject = replace(measure, tier=measure.tier + 1)
        if subject is None:
            continue
        if (
            noun_follows
            and _SMALL_COUNT_IN_WORDS.fullmatch(quantity.text)
            and _named_only_past_a_semicolon(text, quantity, mentions, indicator, sentence)
        ):
            continue  # "We will hold nine this year; all members are welcome": another clause's
        counted_else = noun_follows and not table_row and _COUNTED_ELSE.match(text, quantity.end)
        if (
            counted_else
            and (measure is None or measure.mention is None or measure.tier != 0)
            # (unless its own measure is the verb the count is the object of: "the industry
            # employed 24,500 people")
            and not (
                measure is not None
                and measure.mention is not None
                and _TAKES_THE_COUNT.fullmatch(text, measure.mention.end, quantity.start)
            )
            # (unless what it counts is the indicator's own: "enroll 4,000 students", "Smart
            # factories: the city will certify 50 factories")
            and not any(
                m.end == counted_else.end() or counted_else[0].split()[-1].lower() in m.text.lower()
                for role in ("subject", "measure")
                for m in mentions.get((indicator, role), [])
            )
            # (unless they are people in an aside right after a measure that counts them:
            # "Employment in roaster manufacturing, about 21,500 people in 2024, is to grow")
            and not (
                measure is not None
                and measure.mention is not None
                and _PEOPLE_NAMED_EN.search(measure.mention.text)
                and _PEOPLE_COUNTED_EN.search(counted_else[0])
                and _ASIDE_OPENS.fullmatch(text, measure.mention.end, quantity.start)
            )
        ):
            continue  # "employs about 4,600 people": a count of people, not of vehicles
        if (
            noun_follows
            and _SMALL_COUNT_IN_WORDS.fullmatch(quantity.text)
            and _has_own_noun(text, quantity)
            and (phrase := _NOUN_PHRASE_AFTER.match(text, quantity.end))
            and not any(
                quantity.end < m.start < phrase.end()
                for role in ("subject", "measure")
                for m in mentions.get((indicator, role), [])
            )
        ):
            continue  # "bring one friend", "run two open afternoons": a noun of its own

        if (
            measure is not None
            and measure.mention is not None
            and _of_longer_phrase(measure.mention, mentions, sentence, clause, subject)
        ):
            # the indicator's own phrase elsewhere in the sentence still names it
            # ("aims to produce 600,000 NEVs and to lift output value of the NEV industry
            # chain to …": produce, not the output of output value)
            measure = _nearest(
                [
                    m
                    for m in mentions.get((indicator, "measure"), [])
                    if not _of_longer_phrase(m, mentions, sentence, clause, subject)
                ],
                quantity,
                clause,
                window,
                sentence,
                noun_follows,
                False,
                text,
            )
        if (
            subject.tier == 4
            and anaphor is not None
            and anaphor.tier <= 2
            and referent is not None
            and subject.mention is not None
            and (subject.mention.start, subject.mention.end) == (referent.start, referent.end)
        ):
            # "The sector generated 41.6 billion yuan": the subject of the sentences
            # before, named again where the number is
            subject = _Place(anaphor.tier, anaphor.distance, subject.mention)
        if (
            measure is not None
            and measure.mention is not None
            and subject.tier == 4
            and subject.mention is not None
            and quantity.dimension == "count"
            and _of_the_number(measure.mention, quantity)
            # (in the subject's section: not past a heading, "■台商怎么算", after which a
            # firm's own plant is counted)
            and not any(
                is_heading(line)
                for line in text[subject.mention.end : quantity.start].split("\n")[1:-1]
            )
            # (nor past another body named in the number's clause, 市歌舞团今年全年演出不少于
            # 24场: that body's count)
            and not _another_body_before(text, clause, quantity, mentions, indicator)
        ):
            # the number's own classifier (场 of 24场) is no measure named: another of the
            # indicator's measures in the number's clause may be (全年演出不少于24场)
            other = _nearest(
                [
                    m
                    for m in mentions.get((indicator, "measure"), [])
                    # (nor another number's classifier, the 个 of 由22个调增至30个)
                    if not _of_the_number(m, quantity) and m.text not in COUNT_SUFFIXES
                ],
                quantity,
                clause,
                window,
                sentence,
                noun_follows,
                False,
                text,
            )
            if other is not None and other.tier == 0:
                measure = other
        if (
            measure is not None
            and measure.mention is not None
            and subject.tier == 4
            and (
                _of_the_number(measure.mention, quantity)
                or _in_bound_verb(text, measure.mention)
                or bool(_OBJECT_IS_THE_FIGURE.match(text, measure.mention.end))
                or _baseline_reference(text, measure.mention)
                or _modifies_another_subject(text, measure.mention, indicator, mentions)
            )
        ):
            # the number's own words (翻一番, the 亿元 of 1500亿元) say how it is
            # measured, not what, its verb (达 of 达到) how far, a verb of "it" (raise it
            # to) that figure's change, and "the 2023 level" from when: they name this
            # indicator only with its subject in the sentence
            measure = None
        if measure is None or measure.tier == 4:
            # a subject-only match: not for a plain count, whose measure is the noun it
            # counts (a count of vehicles names its noun: "5,000 fuel-cell vehicles"),
            # unless the subject itself is what is counted (公共充电桩要达到20万个; "public
            # charging points grew from 7,900", before an English count in its clause)
            if subject.tier > 2 or subject.mention is None:
                continue
            if (
                quantity.dimension == "count"
                and not (
                    (
                        subject.tier == 0
                        # (an English count with no noun of its own after it: not "had 120
                        # member companies")
                        or (subject.tier == 1 and _BARE_COUNT_AFTER.match(text, quantity.end))
                    )
                    and _COUNTED_SUBJECT.fullmatch(text, subject.mention.end, quantity.start)
                    # (not a Chinese count of a noun of its own: 门店共3200名员工)
                    and not (noun_follows is None and _noun_after_classifier(text, quantity))
                )
                and not (
                    noun_follows
                    and _labels_the_count(text, mentions.get((indicator, "subject"), []), quantity)
                )
                and not _counts_its_noun(text, quantity, subject, noun_follows)
            ):
                continue
            measure = _Place(5, 0, None)
        ranked.append(
            _Match(
                indicator,
                " / ".join(p.mention.text for p in (subject, measure) if p.mention),
                (
                    (
                        subject.tier,
                        measure.tier,
                        -len(measure.mention.text) if measure.mention else 0,
                    )
                    if table_row
                    else (measure.tier, subject.tier, measure.distance),
                    subject.distance,
                ),
                subject.mention,
                subject.tier,
                measure.mention.text.lower() if measure.mention else None,
                measure.mention,
            )
        )
    ranked.sort(key=lambda m: (m.rank, m.indicator_id))
    ranked = _sector_named_over_measure(index, ranked, mentions, text, quantity, sentence)
    return _word_before_unit(
        _shared_phrase_decided(index, ranked, mentions, text, quantity, sentence), quantity
    )


# The whole area or a total before a measure, in its clause: 全市出口额, 全市外贸出口额, 我市
# 实现出口额, "the county's exports", "the city's merchandise exports", "overall exports"
_WHOLE_BEFORE = re.compile(
    r"(?:[全我本][省市县区国][^,;。\d]{0,6}"
    r"|\b(?:city|county|province|district|country|region)'s(?:\s+[a-z]+){0,2}"
    r"|\b(?:total|overall))\s*$",
    re.IGNORECASE,
)


def _sector_named_over_measure(
    index: IndicatorIndex,
    ranked: list[_Match],
    mentions: dict[tuple[str, str], list[Mention]],
    text: str,
    quantity: Quantity,
    sentence: Sentence,
) -> list[_Match]:
    """Where the best indicator of an amount (in yuan, per head too, or dollars; a multiple
    of one too) has for subject only its measure's words (an alias list that gives 出口额 as
    both) and the number's sentence names none of its other subject words before the
    number, the first one measured by the very same words whose subject the sentence names
    there comes first: 防护装备与纺织产业…;出口额21亿美元 is the textiles' exports, not those
    of a sector it never names. An amount's measure says what it is, not whose; a count's
    noun is what it counts, so a count keeps it ("the juniors won the league and we ended
    the year with 220 members"). (Not after the whole area or a total, 全市出口额, "the
    county's exports"; in Chinese the sentence runs back past its semicolons to the last
    。, as a breakdown's does.)"""
    top = ranked[0] if ranked else None
    if (
        top is None
        or index.dimensions[top.indicator_id] not in ("cny", "usd", "cny_per_person")
        or top.subject is None
        or top.measure_at is None
        or not _lies_inside(top.subject, top.measure_at)
        or _WHOLE_BEFORE.search(text, max(0, top.measure_at.start - 40), top.measure_at.start)
    ):
        return ranked
    before = (_breakdown_reach(text, quantity, sentence), quantity.start)
    if _subject_words_named(mentions, top.indicator_id, before, excluding_measure_words=True):
        return ranked
    measured_at = (top.measure_at.start, top.measure_at.end)
    for match in ranked[1:]:
        if (
            match.measure_at is not None
            and (match.measure_at.start, match.measure_at.end) == measured_at
            and _subject_words_named(
                mentions, match.indicator_id, before, excluding_measure_words=True
            )
        ):
            return [match] + [m for m in ranked if m is not match]
    return ranked


_STOP_CANDIDATE = re.compile(r"[.。!?\n]")


def _full_stop_after(text: str, sentence: Sentence) -> int:
    """Where the full sentence holding `sentence` ends: past its semicolons, at the next
    。, ! or ?, line break, or "." that ends a sentence (_is_full_stop: not 12.50, No.1)."""
    for stop in _STOP_CANDIDATE.finditer(text, max(sentence.start, sentence.end - 1)):
        if stop[0] != "." or _is_full_stop(text, stop.start()):
            return stop.end()
    return len(text)


def _lies_inside(inner: Mention, outer: Mention) -> bool:
    """Whether `inner` stands within `outer`'s words, of any indicator."""
    return outer.start <= inner.start and inner.end <= outer.end


def _spans(match: _Match) -> tuple:
    """Where a match's subject and measure stand: two matches alike here share the words."""
    return tuple((m.start, m.end) if m else None for m in (match.subject, match.measure_at))


# A body that may have counts of its own (某剧团, 市歌舞团, 邻县剧社): the one a clause names
# before its count, unless the indicator's own words name it; a named one (not a bare 协会,
# 本协会 or 我团, the text's own; not 公司, which is as often the company the text is about:
# 届时公司总产能将提升至160万套, set 73; not 某些, 某种)
_BODY = re.compile(
    r"某(?![些种])|(?<=[\u4e00-\u9fff])(?<![本我])"
    r"(?:(?:歌舞|艺术|合唱|[剧乐])团|剧院|剧社|协会|学会|俱乐部|球队)"
)
# ... not one worked with or a place gone to, the clause opening with that word (与市歌舞团
# 合作, 深入各社区和俱乐部; not 市文化馆和市歌舞团, two others, nor 同样, 现在)
_WITH_OR_AT = re.compile(r"\s*(?:在|到|走进|深入|与|和|同(?!样|时|期)|联合|携手)[^,;。]{0,6}")


def _another_body_before(
    text: str,
    clause: tuple[int, int],
    quantity: Quantity,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> bool:
    """Whether the number's clause names, before it, a body none of `indicator`'s words
    name."""
    return any(
        not any(
            m.start <= body.start() and body.end() <= m.end
            for role in ("subject", "measure")
            for m in mentions.get((indicator, role), [])
        )
        for body in _BODY.finditer(text, clause[0], quantity.start)
        if not _WITH_OR_AT.fullmatch(text, clause[0], body.start())
    )


# 其中之一, 是其中一个: "one of them", no breakdown (not 其中一个亮点是…, which opens a part)
_ONE_OF_THEM = re.compile(r"之一|(?<=是其中)一[个项家种]")
# a clause after a semicolon that opens with a time of its own: a new statement, not a part
# of the breakdown before it (…,其中出口额60亿元;到2028年,运动服饰产值…)
_OPENS_ON_A_TIME = re.compile(
    r";\s*(?:到|至|力争|今年|明年|全年|预计|计划|(?:19|20)\d\d\s*年"
    r"|[\"\u201c]?十[一二三四五六七八九]五[\"\u201d]?(?:末|期间|时期))"
)


def _breakdown_reach(text: str, quantity: Quantity, sentence: Sentence) -> int:
    """Where a breakdown's "of which" or 其中 may stand for `quantity` to be a part: in
    its sentence; in Chinese, whose sentences the reader also ends at a semicolon, back to
    the last 。, ! or ? (其中运动器材产值达到90亿元;运动服饰产值达到180亿元), but not past a
    semicolon that opens a new time."""
    if not CJK.search(text, sentence.start, quantity.end):
        return sentence.start
    opening = max(text.rfind(end, 0, quantity.start) for end in "。!?\n") + 1
    new_times = list(_OPENS_ON_A_TIME.finditer(text, opening, quantity.start))
    return new_times[-1].start() if new_times else opening


def _of_the_number(mention: Mention, quantity: Quantity) -> bool:
    """Whether `mention` overlaps the number's own words (the 亿元 of 1500亿元, 翻一番),
    not a phrase all around it (吸引300家企业进驻)."""
    return (
        mention.start < quantity.end
        and quantity.start < mention.end
        and not (mention.start < quantity.start and quantity.end < mention.end)
    )


def _shared_phrase_decided(
    index: IndicatorIndex,
    ranked: list[_Match],
    mentions: dict[tuple[str, str], list[Mention]],
    text: str,
    quantity: Quantity,
    sentence: Sentence,
) -> list[_Match]:
    """Between the best indicators ranked alike by the very same words, a phrase they
    share (出口额 of two sectors' exports), first the one whose sentence (its parts after
    semicolons too) names more of its own subject's words before the number: 体育用品…;
    出口额 is the sports goods' exports, not the food industry's; then the one whose
    subject's words the document named more before the number; then, where each has a
    sector, the one whose sector's subjects the document names more (two plans' "smart
    factories" or 研发投入强度 alike: a document is about its own industry); then, where each
    has a name, the one whose name names the subjects the document names more (two plans'
    研发投入强度 in one sector: "Rice cooker industry R&D intensity" in a text on 电饭煲);
    then the one whose alias list writes the subject's words out rather than matching them
    by a pattern. After "of which" or 其中 in the number's sentence, a part before the
    whole it is part of:
    其中…运动服饰产值121亿元 is the sportswear's, though the whole's aliases name sportswear
    too (not after 其中之一, "one of them")."""
    tied = [m for m in ranked if m.rank == ranked[0].rank and _spans(m) == _spans(ranked[0])]
    if len(tied) < 2:
        return ranked
    before = (sentence_opening(text, quantity.start), quantity.start)
    wholes = (
        {index.parents.get(m.indicator_id) for m in tied}
        if any(
            not _ONE_OF_THEM.match(text, turn.end())
            for turn in _PART_OF_WHOLE.finditer(
                text, _breakdown_reach(text, quantity, sentence), quantity.start
            )
        )
        else set()
    )
    # (sectors decide only where every tied indicator has one: one without a sector would
    # lose to any with one, whatever the document says)
    sectored = all(m.indicator_id in index.sectors for m in tied)
    named = all(index.names.get(m.indicator_id) for m in tied)  # (and names likewise)
    tied.sort(
        key=lambda m: (
            m.indicator_id in wholes,
            -_subject_words_named(mentions, m.indicator_id, before),
            -_subject_words_named(mentions, m.indicator_id, (0, quantity.start)),
            -_sector_words_named(index, mentions, m.indicator_id) if sectored else 0,
            -_kin_words_named(index, mentions, m.indicator_id) if named else 0,
            not (m.subject and index.writes_out(m.indicator_id, "subject", m.subject.text)),
        )
    )
    return tied + [m for m in ranked if not any(m is t for t in tied)]


def _sector_words_named(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> int:
    """How many different subject words of the indicators of `indicator`'s sector the
    document names: how much it speaks of that sector."""
    sector = index.sectors.get(indicator)
    if sector is None:
        return 0
    return len(
        {
            m.text.lower()
            for (other, role), found in mentions.items()
            if role == "subject" and index.sectors.get(other) == sector
            for m in found
        }
    )


def _kin_words_named(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> int:
    """How many different subject words of `indicator`'s kin (IndicatorIndex.kin) the
    document names: how much it speaks of the plan the indicator's name says it is of."""
    kin = index.kin(indicator)
    return len(
        {
            m.text.lower()
            for (other, role), found in mentions.items()
            if role == "subject" and other in kin
            for m in found
        }
    )


def _subject_words_named(
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
    span: tuple[int, int],
    excluding_measure_words: bool = False,
) -> int:
    """How many different words of `indicator`'s subject `span` names (inside another's
    longer subject too: 体育用品 of 体育用品制造业); with `excluding_measure_words`, not
    counting words inside its own measure's (出口额 where an alias list gives it as both)."""
    measures = mentions.get((indicator, "measure"), []) if excluding_measure_words else []
    return len(
        {
            m.text.lower()
            for role in ("subject", _NESTED_SUBJECT)
            for m in mentions.get((indicator, role), [])
            if span[0] <= m.start
            and m.end <= span[1]
            and not any(_lies_inside(m, said) for said in measures)
        }
    )


_NOUN_ENDS_CLAUSE = re.compile(r"\s*(?:[,;:。、)]|$)")


# A small count in words ("one", "two" … "twelve"), which in running prose counts the noun
# after it
_SMALL_COUNT_IN_WORDS = re.compile("|".join(SMALL_NUMBER_WORDS), re.IGNORECASE)
# ... the noun phrase after it, up to a stop, a preposition or a verb ("two open afternoons",
# "one friend to the club", "twelve newly qualified local football coaches by"): none when
# a verb follows the count ("three were under construction", "three are", "three had been"),
# a preposition ("six for air", "three with permits") or the cases it counts ("in four
# cases")
_PHRASE_ENDS = (
    r"(?-i:(?:to|for|of|with|in|on|at|by|from|into|and|or|are|is|was|were|be|been|have|has"
    r"|had|will|would|can|could|should|may|must|remain|remains|cases|that|which|who"
    # (and an article or "per", which starts how often: "hold two trade fairs a year")
    r"|a|an|the|per)\b)"
)
# (a qualifier after "with" or "of" is the noun's: "two enterprises with revenues of hundreds
# of billions"; and so is a word with digits, "twelve new U14 coaches"; not one after "and",
# "run two open afternoons and ask every member", the next clause)
# (a word in double quotes is the noun's too: "five national-level specialised "little
# giant" firms")
_NOUN_PHRASE_AFTER = re.compile(
    rf"\s+\"?(?!{_PHRASE_ENDS})[A-Za-z][a-z-]*\b\"?"
    rf"(?:\s+(?:(?:with|of)\b|\"?(?!{_PHRASE_ENDS})[A-Za-z0-9][A-Za-z0-9-]*\b\"?))*",
    re.IGNORECASE,
)


def _named_only_past_a_semicolon(
    text: str,
    quantity: Quantity,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
    sentence: Sentence,
) -> bool:
    """Whether a small count's indicator is named in its sentence only after it, past a
    semicolon: the clause after a semicolon says a thing of its own ("We will hold nine
    this year; all members are welcome"), and the count's noun, left out, is one named
    before it (not "Members: we will reach 300 by 2027; members joining now pay half")."""
    named = [
        m
        for role in ("subject", "measure")
        for m in mentions.get((indicator, role), [])
        if sentence.start <= m.start and m.end <= sentence.end
    ]
    return bool(named) and all(";" in text[quantity.end : m.start] for m in named)


def _counts_its_noun(
    text: str, quantity: Quantity, subject: _Place, noun_follows: bool | None
) -> bool:
    """Whether an English count is of its subject, named right after it ("aims for 12
    million visitors and"): the subject is then what is counted, as one named before a
    verb is (公共充电桩要达到20万个); and a Chinese count whose classifier the subject
    follows and ends its clause (本港共有约7,350个公共充电器,其中…)."""
    if noun_follows is None:
        return bool(
            subject.tier == 0
            and subject.mention is not None
            and subject.mention.start == quantity.end
            and _NOUN_ENDS_CLAUSE.match(text, subject.mention.end)
        )
    return bool(
        noun_follows
        and subject.tier == 0
        and subject.mention is not None
        and subject.mention.start >= quantity.end
        and not text[quantity.end : subject.mention.start].strip()
        # (and ends the noun: not "six EDU assembly lines", "23 hotels now")
        and _BARE_COUNT_AFTER.match(text, subject.mention.end)
    )


def _another_named_before(
    text: str,
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    quantity: Quantity,
    sentence: Sentence,
    indicator: str,
) -> bool:
    """Whether the sentence names, before `quantity` or after it in its clause ("RMB 100
    billion in agricultural processing output"), an indicator other than `indicator`
    that could measure it."""
    clause = _clause(text, quantity, (sentence.start, sentence.end))
    return any(
        (sentence.start <= m.start and m.end <= quantity.start)
        or (quantity.end <= m.start and m.end <= clause[1])
        for other in index.candidates(quantity.dimension)
        if other != indicator
        for role in ("subject", "measure")
        for m in mentions.get((other, role), [])
    )


def _own_measure_decides(
    mentions: dict[tuple[str, str], list[Mention]],
    quantity: Quantity,
    measure: _Place | None,
    longer: tuple[str, ...],
    sentence: Sentence,
) -> bool:
    """Whether a nested subject's own measure, in words beyond the number's own unit and
    in its clause, names the number where the longer subject's indicators name no measure
    in the sentence ("R&D spending is to rise to 3.3 percent of GDP": R&D intensity, not
    the firms' R&D share of revenue)."""
    return (
        measure is not None
        and measure.tier <= 1  # (in its clause: an English share's measure after it too)
        and measure.mention is not None
        and measure.mention.end > quantity.end
        and not any(
            sentence.start <= m.start and m.end <= sentence.end
            for other in longer
            for m in mentions.get((other, "measure"), [])
        )
    )


def _word_before_unit(ranked: list[_Match], quantity: Quantity) -> list[_Match]:
    """Of two indicators named by one subject phrase, the one whose measure is a word in
    the number's clause (出口量达到20万辆) before the one whose measure is only the
    number's own unit (the 辆 of 20万辆): the unit says how the number counts, the word
    what it counts. Not for a multiple, which has no unit: "double" or 翻一番 in an
    indicator's aliases is the change its goals are written as, and that indicator goes
    before one whose measure word stands in the clause ("Exports are to double")."""
    if len(ranked) < 2 or _is_multiple(quantity) or not _own_unit(ranked[0].measure_at, quantity):
        return ranked
    first = ranked[0]
    for position, other in enumerate(ranked[1:], start=1):
        if (
            other.subject is not None
            and first.subject is not None
            and (other.subject.start, other.subject.end) == (first.subject.start, first.subject.end)
            and other.rank[0][0] == first.rank[0][0]
            and other.measure_at is not None
            and not _own_unit(other.measure_at, quantity)
        ):
            return [other, *ranked[:position], *ranked[position + 1 :]]
    return ranked


def _own_unit(found: Mention | None, quantity: Quantity) -> bool:
    """Whether the phrase is (in) the number's own words: the 辆 of 20万辆."""
    return found is not None and found.start < quantity.end and quantity.start < found.end


# (a word that may qualify a noun: not "and", "for", "about" …)
_NOT_A_FUNCTION_WORD = r"(?!(?:and|or|for|as|to|of|in|by|with|from|at|on|about)\b)"
# Events held, after an English count, past a word that qualifies them
_EVENTS = (
    rf"\s+(?:{_NOT_A_FUNCTION_WORD}[a-z]+\s+)?"
    r"(?:sessions|meetings|events|briefings|workshops|seminars|forums|roadshows)\b"
)
# Places reached, after an English count, past a word that qualifies them ("bring the
# show to four small towns")
_PLACES = (
    rf"\s+(?:{_NOT_A_FUNCTION_WORD}[a-z]+\s+)?"
    r"(?:towns|villages|cities|counties|districts|townships|provinces|countries)\b"
)
# Events held or places reached, after an English count: no number of the figure before
# ("will number 2,600, and the city has held 14 briefing sessions", "164 last year, and
# we plan to bring the show to four towns")
_EVENTS_OR_PLACES_COUNTED = re.compile(rf"{_EVENTS}|{_PLACES}", re.IGNORECASE)
# The words for a firm's people, whose count after a number counts them (_STAFF_AFTER too)
_STAFF = r"staff|employees|workers|people"
# The people an English count counts (of _COUNTED_ELSE's words), the English measures that
# count them (as _PEOPLE_NAMED the Chinese), and an aside that opens after such a measure's
# words, up to the count ("Employment in roaster manufacturing, about 21,500 people in
# 2024, is to grow": not "…, while 1,200 staff will be laid off")
_PEOPLE_COUNTED_EN = re.compile(rf"\b(?:{_STAFF}|persons)\b", re.IGNORECASE)
_PEOPLE_NAMED_EN = re.compile(r"\b(?:employment|jobs|workforce|headcount)\b", re.IGNORECASE)
_ASIDE_OPENS = re.compile(r"[^,;.\d]*,\s*(?:(?:about|around|some)\s+)?", re.IGNORECASE)
# ... and people right after an English count, then at most three words before a measure
# ("26,000 people are to be employed"; not "no longer employed")
_PEOPLE_BEFORE_MEASURE = re.compile(r"\s+people\s+(?:(?!no\b)[a-z]+\s+){0,3}", re.IGNORECASE)
# Between a verb and the count that is its object ("employed 24,500 people", "employed
# about 11,200 people"): there the verb, an indicator's measure, names what is counted
_TAKES_THE_COUNT = re.compile(r"\s+(?:about\s+)?")
# People (or a score's points, a project's phases) counted right after an English count
# ("employs about 4,600 people", "a bonus of 3 points"): the count
# is of them, so it measures an indicator only where its measure is named right there
# ("150,000 new urban jobs", "3 million visitors")
_COUNTED_ELSE = re.compile(
    # (a compound word may qualify the noun: "two mid-size models")
    r"\s+(?:[a-z]+-[a-z]+\s+)?"
    r"(?:people|persons|workers|employees|staff|residents|students|graduates|points"
    # (and those who perform: "Tonight 34 players take the stage"; not players as firms, "120
    # players", nor musicians an orchestra's members count)
    r"|players(?=\s+(?:take|took|perform|performed)\b)|performers"
    # (or the steps a project is built in: "construction in two phases", or the shifts work
    # is done in, "every aid station can run two shifts"; or a maker's
    # models or plants, not its vehicles: "by adding two mid-size models", "two plants
    # still under construction")
    r"|phases|stages|rounds|batches|shifts|models|variants|plants|factories"
    # (or the partners a firm works with: "working with two universities")
    r"|universities|colleges|institutes|partners|customers"
    # (or the goals a plan counts, or the days a step may take: "which of its fourteen
    # headline goals", "within 60 working days", "twelve field training days"; or the
    # instalments a sum is paid in)
    r"|(?:headline\s+)?(?:goals|targets|indicators)"
    # (the words before days no plural of their own, "12 firms within days"; "business
    # days" is one)
    rf"|(?:{_NOT_A_FUNCTION_WORD}(?!the\b)(?![a-z]*[^s\s]s\b)[a-z]+\s+){{0,2}}?(?:days|hours|weeks)"
    r"|instal(?:l)?ments"
    # (or the places a vote fills: "Members will vote on three trustee places", "elect
    # two new directors"; not places alone, "2,000 places" of a nursery's capacity)
    r"|(?:trustee|board|committee|council)\s+(?:places|seats|posts|vacancies)"
    rf"|(?:{_NOT_A_FUNCTION_WORD}(?!(?:if|unless|when|once|after|before|so|while)\b)[a-z]+\s+)?"
    r"(?:trustees|directors))\b"
    # (or the events held to promote it: "has held 14 briefing sessions for factory owners";
    # or the places a thing is taken to, "bring the show to four towns")
    rf"|{_EVENTS}|{_PLACES}",
    re.I,
)
# After an English count, what is no noun of its own: a stop, a preposition, a year, a
# closing quotation mark (not one opening its noun: one of three "appliance clusters")
_BARE_COUNT_AFTER = re.compile(
    r"\s*(?:[,;.)\u201d]|\"(?![A-Za-z])|$"
    r"|(?:in|by|to|from|at|per|each|over|as|and|or|a|an|last|this|next)\b)",
    re.IGNORECASE,
)
# Between a subject and a count of it: only a verb ("charging piles will reach 200,000",
# 公共充电桩要达到20万个; or one of having, 博物馆共有48家, or a total, 休闲娱乐门店共620家).
_COUNTED_SUBJECT = re.compile(
    r"(?:\s|要|将|力争|预计|达到|超过|突破|增至|增加到|总数|共有|共计|总共|合计|共|拥有|\b(?:will|shall|should|is|are|to"
    r"|reach|exceed|top|surpass|be|more than|at least|number"
    # (or a verb of change: "public charging points that grew from 7,900")
    r"|that|which|has|have|had|grew|grown|rose|risen|increased|climbed|fell|dropped|from)\b)*",
    re.IGNORECASE,
)


def _chosen(
    ranked: list[_Match], respective: bool, parents: dict[str, str] | None = None
) -> list[_Match]:
    """The best match; with "respective"/"each"/分别 next to the number, also every
    other indicator measured by the same phrase whose own subject the sentence names
    ("ICs, biomedicine and AI shall see their respective scale double": one claim each)."""
    if not ranked:
        return []
    best = ranked[0]
    if best.measure is None and len(ranked) > 1 and ranked[1].rank == best.rank:
        return []  # a subject alone that names several indicators names none of them
    if respective and best.subject is not None and best.subject_tier <= 3:
        named = [
            m
            for m in ranked
            if m.subject is not None and m.subject_tier <= 3 and m.measure == best.measure
        ]
        # "their respective scale" is of the components, not of their total
        totals = {(parents or {}).get(m.indicator_id) for m in named}
        return [m for m in named if m.indicator_id not in totals]
    return [best]


# Support granted or capped is a policy instrument, not a target (按投资额的20%给予补助;
# "subsidies covering up to 30 percent of the cost").
_INSTRUMENT = re.compile(
    r"补助|补贴|给予(?![^,;。\d]{0,8}?的[^,;。\d]{0,4}?(?:企业|单位|人才|项目|机构|个人|家庭))|奖励|资助|贴息|奖补|减免|扣税|抵减|减征|减按[^,;。]{0,8}?税率|税前(?:加计)?扣除|\bsubsid(?:y|ies|ise|ize|ised|ized)\b|\bgrants?\b"
    r"|\brewards?\b|\bawards?\b|\brebates?\b|\bvouchers?\b|\bcapped at\b|\bdiscounts?\b"
    # a contest's prize money, its amount right after it (一等奖奖金5万元, 奖金总额100万元;
    # not 设计奖金奖, a gold award, nor pay 含奖金; "a first prize of RMB 50,000", "prizes
    # worth", "prize money"; not a "prize-winning" firm's output)
    r"|奖金(?=(?:总额)?\d)|\bprizes?\s+(?:of|worth)\b|\bprize\s+money\b"
    r"|\b(?:first|second)\s+prizes?\b"  # ("First Prizes (3 winners)": a draw's)
    r"|\ballowances?\b"  # "a talent allowance of RMB 3,000 a month"
    # (an insurer's or a tax office's credit: "a premium credit of up to 10% to insureds who
    # have completed sprinkler retrofits")
    r"|\b(?:premium|tax)\s+credits?\b(?!\s+cards?)"
    # ("Manufacturers can claim up to RMB 300,000 each", "can claim back up to"; not a claim
    # made, "Organisers claimed up to 50,000 visitors attended")
    r"|\b(?:can|may|could|will be able to)\s+claim\s+(?:back\s+)?(?:up to|as much as)\b"
    # (a share of a cost paid: "the borough will cover 30% of the cost of equipment", "pay
    # 30% of the equipment cost", "get 30% of the price back"; not "Energy accounted for 35%
    # of the costs of steelmaking")
    r"|\b(?:cover|pay|fund|reimburse|bear|refund)(?:s|ed|ing)?\s+(?:up to\s+)?\d[\d.]*\s*"
    r"(?:%|per ?cent)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|price)\b"
    r"|(?:%|\bper ?cent)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:costs?|price)\s+back\b"
    # ("raised the Scheme's 2025 allocation to RMB 1.8 billion"; not a budget's allocation
    # a goal raises)
    r"|\b(?:scheme|programme|program|fund|subsidy)(?:'s)?\s+(?:\d{4}\s+)?allocations?\b"
    r"|\brefund(?:s|ed)?\b|返还|退还"  # "50 percent of berth dues refunded"
    r"|\breimburs(?:e|es|ed|ing|ement)\b"  # "reimburse … 30% of the cost, up to RMB 2 million"
    r"|\bunder management\b|基金规模"  # a fund's size
    r"|首期到位|\bset aside\b"  # a fund's first tranche, money set aside for a scheme
    r"|\breduction in [\w\s-]{0,30}(?:charges|fees|prices|tariffs)\b|\bthresholds?\b|门槛",
    re.IGNORECASE,
)


# A cap on support, in a clause after the one granting it: 单个项目最高不超过2000万元,
# "capped at 5 million yuan per project".
_CAP = re.compile(
    r"最高|单个|单站|单项|单一|上限|每家|每个|\bup to\b|\bcapped\b|\bat most\b"
    r"|\bper (?:project|station|enterprise|firm|company|household)\b",
    re.IGNORECASE,
)


# The value a revised target replaces: "raised from RMB 50 billion to RMB 65 billion",
# 由312亿元增至1000亿元 (a "from" with no year of its own: a year makes it a baseline
# figure, read as such), "compared with 400,000 units in the original Action Plan",
# "instead of 10% as originally planned", "up from the 300 set in the Action Plan".
# ("由目前的12万套提升至72万套", "from the current 12 to 72": what stands now; and a rate
# per day now in force, 由现行每日16班增加为每日32班)
_STANDING = r"(?:目前|现有|当前|现行|现时)的?"  # (现时 is Hong Kong's 目前)
# A word of approximation before an English number, in the patterns that look back past it
_REPLACED_FROM = re.compile(
    rf"(?:\bfrom|由|从)\s*(?:the\s+)?(?:(?:current|present|existing)\s+|{_STANDING})?"
    # ("raise its local headcount from about 3,400 today to 5,000")
    rf"(?:{_ROUGHLY}\s+)?(?:每[日天周月年])?$",
    re.IGNORECASE,
)
# What stands now, the base a plan builds on: 在溪澜基地现有40万台/年产能基础上
_EXISTING_BASE = re.compile(rf"在[^,;。\d]{{0,20}}?{_STANDING}$")
_BASE_AFTER = re.compile(r"[^,;。\d]{0,12}?基础上")
_REPLACED_TO = re.compile(r"^[^,;。\d]{0,12}?(?:\bto\b|到|至|为)", re.IGNORECASE)
_ORIGINAL_PLAN = re.compile(
    r"\boriginal(?:ly)?\b[^.;]{0,30}?\b(?:plan(?:ned)?|target|goal)"
    r"|\bset (?:in|by) the\b[^.;]{0,30}?\bplan\b|原(?:计划|规划|目标|定)",
    re.IGNORECASE,
)


# What an original plan was revised to: 下调至, 调整为, "cut to" (not what the plan itself
# moved a level to, 降至, 提高至, "increase to")
_REVISED_TO = re.compile(
    r"[上下]调(?:至|到|为)|调整(?:至|到|为)|调至|改为"
    r"|\b(?:cut|raised|lowered|revised|reduced|trimmed)\s+(?:\w+\s+)?to\b",
    re.IGNORECASE,
)


def _is_replaced(text: str, quantity: Quantity, following: Quantity | None, clause) -> bool:
    """Whether `quantity` is the value a revised target replaces (or a level a number
    rises from, with no year to place it): not a claim."""
    original = _ORIGINAL_PLAN.search(text, clause[0], clause[1])
    if (
        original is not None
        and not (
            # (not the value it was revised to: 预算由原定约14亿元下调至约9亿元, 将原定2026年销量
            # 目标下调至20万辆; but the original plan's own move, 原计划…降至60%以下,现调整为65%
            # 以下, is the replaced 60)
            _REVISED_TO.search(text, original.end(), quantity.start)
            # (nor an original plan in another number's brackets: 下调至约9亿元(原定约14亿元))
            or "(" in text[quantity.end : original.start()]
        )
    ):
        return True
    return (
        following is not None
        and following.dimension == quantity.dimension
        and bool(_REPLACED_FROM.search(text, max(0, quantity.start - 12), quantity.start))
        and bool(_REPLACED_TO.match(text[quantity.end : following.start]))
    )


# What a number is said not to be (增长1.5倍,也就是2.5倍,而不是2倍; "rather than 5%"), what
# a target leaves to do ("which leaves an average of about RMB53bn a year"), and a
# share's target price ("TP RMB46.80")
_NEGATED = re.compile(
    # (and "a sales target of 260,000 vehicles for 2025, not 300,000")
    r"(?:而不是|并非|\brather than|,\s*not(?:\s+the)?)\s*$"
    r"|\b(?:which|that) leaves\b[^.;\d]{0,30}$|\bleaving\b[^.;\d]{0,30}$"
    r"|\b(?:TP|target price|price target)\b[^.;\d]{0,12}$",
    re.IGNORECASE,
)
# A survey's or interviews' sample ("our own compensation survey of 214 employers and 3,870
# candidates, and interviews with hiring managers at 26 companies"): how many were asked,
# no claim
_SAMPLE_BEFORE = re.compile(
    r"\b(?:survey|poll|sample|interviews?)\s+(?:of|with)\s+"
    r"(?:[\d,.]+\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s+|(?:[a-z-]+\s+){1,3}(?:at|from|in)\s+)?"
    r"(?:more than\s+|about\s+|over\s+)?$",
    re.IGNORECASE,
)
# Where an event's people come from ("will include speakers from two companies in the
# park", 来自12家企业的代表): who takes part, no count of the firms
_PEOPLE_FROM = re.compile(
    r"\b(?:speakers?|representatives?|delegates?|guests?|mentors?|volunteers?|staff|experts?"
    r"|executives?|engineers?|managers?)\s+from\s+"
    r"(?:some\s+|about\s+|around\s+|more than\s+|over\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_FROM_ZH = re.compile(r"来自[^\d,;。]{0,6}$")  # (来自全市12家…)
_PEOPLE_AFTER_ZH = re.compile(
    r"[^,;。\d]{0,12}?的\s*(?:\d+\s*[名位])?"
    r"(?:嘉宾|代表|专家|讲师|志愿者|员工|工程师|负责人|企业家)"
)
# A number worked out from another ("Doubling the 2023 figure of 186 means 372 PCT
# applications in 2027"): the writer's arithmetic, not a goal of its own (not "that works
# out to about sixty per 10,000 residents", which a plan's spokesman says of its own goal)
_MEANS_BEFORE = re.compile(
    rf"\b(?:means|implies|would mean|would imply)\s+(?:{_ROUGHLY}\s+)?$", re.IGNORECASE
)
# What a number is worked from: a number in digits ("the 1.2-mile segment, which means two
# work days") or a multiple, at most 60 characters before "means" in its sentence part
_WORKED_FROM = re.compile(
    r"(?:(?<![\d.,])\d(?:[\d.,]*\d)?|\b(?:doubling|tripling|quadrupling|halving)\b)"
    r"(?=[^;]{0,60}?$)",
    re.IGNORECASE,
)
# ... not a year, nor a date's day, nor a span's second year ("by 2026, which means 100%
# coverage", "by 31 March 2026", "by March 31, 2026", "by the 2026/27 school year": a goal
# glossed, not a number worked from)
_MONTH_AFTER_DAY = re.compile(rf"(?:st|nd|rd|th)?\s+(?:{MONTHS})\b", re.IGNORECASE)
_DATE_BEFORE_NUMBER = re.compile(rf"\b(?:{MONTHS})\.?\s+$|(?:19|20)\d\d[/-]$", re.IGNORECASE)


def _worked_out(text: str, quantity: Quantity, sentence: Sentence) -> bool:
    """Whether `quantity` follows "means" after a number it is worked from ("Doubling the
    2023 figure of 186 means 372"), not after a year or a date, nor "The plan means
    20,000 ..."."""
    means = _MEANS_BEFORE.search(text, max(sentence.start, quantity.start - 80), quantity.start)
    if means is None:
        return False
    return any(
        not (
            YEAR.fullmatch(worked[0])
            or _MONTH_AFTER_DAY.match(text, worked.end())
            or _DATE_BEFORE_NUMBER.search(text, max(0, worked.start() - 12), worked.start())
        )
        for worked in _WORKED_FROM.finditer(
            text, max(sentence.start, means.start() - 80), means.start()
        )
    )


# A number said to be in no plan ("The figure of one million does not appear in the plan")
_NOT_IN_PLAN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:does|did|do) not (?:appear|feature|exist)\s+(?:in|on|anywhere)\b"
    # ("a further RMB 1.5 billion of investment, is outside the scope of this approval")
    # (not past a conjunction to another phrase: "… by 2027 and projects that fall outside")
    r"|(?:(?!\b(?:and|but|while|whereas)\b)[^.;,]){0,40}?,?\s*(?:(?:that|which)\s+)?"
    r"(?:is|are|lies|lie|falls|fall)\s+(?:outside|beyond)\s+the\s+scope\b",
    re.IGNORECASE,
)
# A multiple set after a number to describe it, with a word of approximation ("150,000
# public charging points by 2027, about 1.7 times the 2024 level"): the writer's
# arithmetic, not a second goal
_DESCRIBING_MULTIPLE = re.compile(
    rf"[^.;,]*,\s*(?:{_ROUGHLY}|almost)\s*$"
    # (30万片,约为2024年底的两倍以上: what the goal comes to against a year's level)
    r"|\s*,\s*(?:约|大约|接近|相当于)?(?:为|是)?\s*"
    r"(?:(?:19|20)\d\d\s*年(?:底|末)?|去年|上年|目前|现在)的\s*$",
    re.IGNORECASE,
)
# The pace a goal needs and how far that is above a year's (工业投资需年均完成约433亿元,比2024
# 年多出近50亿元; 今后两年需年均增长11.0%): the writer's arithmetic, no claim; but such a
# number keeps its clause's years (今后两年 is its own, not the figure's before it), so it
# is dropped only when its claim would be made, not left out of the sentence's numbers
_PACE_NEEDED = re.compile(r"需要?年均[^,;。\d]{0,6}$|比[^,;。]{0,12}?多出[^,;。\d]{0,4}$")
# What each of many things is, or must be to count ("Every gift of RMB 500 or more", "match
# any raffle takings above RMB 10,000"): an amount per unit or a threshold, no goal
# (not a time, "aims to raise every year over RMB 60,000", a goal, nor a verb after "each",
# "The stalls each raised over RMB 2,000", "each spent over", what each did)
_EACH_OF = re.compile(
    r"\b(?:(?:every|each|any)\s+(?!(?:year|month|week|day|quarter|time)s?\b)(?![a-z]+ed\b)"
    r"(?!(?:spent|paid)\b)[a-z]+|any\s+[a-z]+\s+[a-z]+)\s+(?:of|above|over|exceeding|beyond)\s+"
    r"(?:RMB|US\$|\$)?\s*$",
    re.IGNORECASE,
)
# ... or what those who qualify pledge ("places for runners who pledge to raise at least
# RMB 3,000")
_WHO_PLEDGE_BEFORE = re.compile(
    r"\bwho\s+(?:pledge|agree|promise|commit)s?\s+to\b[^.;,]{0,30}$", re.IGNORECASE
)
# ... or what each is asked to bring ("has asked every adult member to bring one young
# friend", "each member to recruit one new junior"): so many a head, no level (not
# "requires every county to reach 95% forest coverage", nor "wants all members to bring 40
# juniors into the programme", a total)
_EACH_ASKED_TO = re.compile(
    r"\b(?:every|each)\s+(?:[a-z-]+\s+){1,3}?to\s+(?:bring|invite|recruit|introduce)\s+$",
    re.IGNORECASE,
)
# Words of time after a small count, which has no noun of its own then ("and twelve so far
# this year", "twelve today", "twelve currently"; "at present" has none by _has_own_noun)
_TIME_WORD_AFTER = re.compile(r"\s+(?:so\s+far|today|currently)\b", re.I)
# A part of the amount just stated ("The county will spend $46 million … About $9.5
# million of that is expected to come from a state grant"): not of the whole's indicator
# (a part may be its own, "made up only RMB 4.5 billion of that output"; a share "of it"
# is a share's own, "78% of it"; a count "of them" is the things counted, "built 412,000
# of them in 2024")
_OF_THAT_AFTER = re.compile(r"\s+of\s+(?:that|this|it)\b(?!\s+year)", re.I)
# ... and what would suffice for a goal (年均名义增长6.6%左右即可实现)
_SUFFICES_AFTER = re.compile(r"\s*(?:左右)?\s*(?:即可|就能|就可以|便可)")
# ... and the move in a share's price such a target implies ("which implies 15.8% upside",
# "downside of 12%")
_PRICE_MOVE_AFTER = re.compile(r"\s*(?:potential\s+)?(?:upside|downside)\b", re.IGNORECASE)
_PRICE_MOVE_BEFORE = re.compile(r"\b(?:upside|downside)(?:\s+potential)?\s+of\s*$", re.I)


# A place other than the plan's, compared with it: "Neighbouring Tenghe is aiming for 3.8
# trillion yuan by 2027"; "For comparison, Nanqiao ... wants to reach 2 million in 2026";
# "And just for contrast, Linbei next door set itself …"
# (perhaps inside a bracket or a quotation it opens: '(Neighbouring Corvale …', "[", "'")
_NEIGHBOUR_LEAD = (
    r"^\s*[\"'(\[]?\s*(?:(?:And|But|Meanwhile|In contrast|By contrast|For contrast|For comparison)"
    r"\s*,?\s*)*"
    r"(?:just\s+)?"
)
# (or a clause a colon or a dash ends, before a neighbour named by its proper name: "We are
# not the only ones watching: neighbouring Pellow County has said it wants 300 public
# pitches"; not "The county's plan is simple: neighbouring villages will share 40 clinics")
_LEAD_CLAUSE = r"^[^.:;\n]{1,60}?(?::|\s?-\s)\s*"  # (a dash, an em dash normalised: "too- ")
# What one reports ("points out that"; after a clause of one's own, _REPORTED_AFTER) and
# the neighbour it may report on ("the neighbouring province of Velmoor")
_REPORTING_THAT = r"(?:points?\s+out|pointed\s+out|notes?|noted|says?|said)\s+that\b"
_REPORTED_AFTER = rf",\s*and\s+{_REPORTING_THAT}"
_NEIGHBOURING = (
    r"(?:the\s+)?neighbou?ring\s+(?:(?:city|county|province|district|prefecture)\s+of\s+)?"
)
# (or a clause that reports a neighbour's goal, "The plan itself points out that
# neighbouring Torvale Prefecture is aiming at 500 million"; not what it has, "noted that
# neighbouring Torvale already has 12 circuits and said the county will build 15", nor a
# goal shared, "neighbouring Torvale and our county will jointly open"; "aims", "will"
# before a number, not "will supply the referees, and our county will have 15"; or "points
# out that the neighbouring province of Velmoor has its own plan aiming at 100 million",
# with a number after it, not "has its own plan, but our county will make …")
_REPORTS_NEIGHBOURS_GOAL = (
    rf"^[^.:;\n]{{1,60}}?\b{_REPORTING_THAT}\s+{_NEIGHBOURING}"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+"
    r"(?:is\s+(?:aiming|planning)|aims|wants|plans"
    r"|(?:has\s+its\s+own\s+plan|will)\b(?=[^,;.]*\d))"
)
# The Chinese words for "neighbouring" (邻近的, 毗邻, 隔壁的)
_NEIGHBOURING_ZH = r"(?:邻近|相邻|毗邻|隔壁)"
_ELSEWHERE = re.compile(
    r"^\s*(?:(?:And|But)\s+)?(?:just\s+)?(?:(?:For|By|In) comparison|For contrast)\b"
    # (not the place's own figures set beside its goal, a sentence with no name nor word of
    # another place: "For comparison, the industry's output value was RMB 52.6 billion in
    # 2024"; but "For comparison, the city's neighbour Linbei reached", "…, while
    # neighbouring Linbei reached", "in 2024 Tenghe's output value was")
    r"(?!(?!(?:[^.]|\.(?=\d))*?\b(?:neighbou?r\w*|rivals?|other|national|nationwide|country|nation"
    r"|elsewhere|abroad)\b)"
    r"(?!(?:[^.]|\.(?=\d))*?\b(?-i:[A-Z][a-z]+)))"
    # (a neighbour that opens its sentence: "Linbei next door set itself 80,000 industrial
    # robots by 2027", "Linbei, next door, plans", "The neighbouring county of Linbei",
    # "Compared with neighbouring Linbei"; not "By contrast", which compares the place's
    # own numbers, nor "opening next door to the station")
    # (after a lead-in: "In contrast, neighbouring Linbei", "Meanwhile, Linbei next door",
    # "But neighbouring Tenghe", "The city next door, Linbei")
    rf"|{_LEAD_CLAUSE}(?:neighbou?ring\s+|(?=(?-i:[A-Z][a-z]+),?\s+next door\b))(?-i:[A-Z])"
    rf"|{_REPORTS_NEIGHBOURS_GOAL}"
    rf"|{_NEIGHBOUR_LEAD}(?:(?-i:[A-Z][a-z]+),?\s+next door\b"
    r"|(?:The\s+)?(?:Compared (?:with|to)\s+)?neighbou?ring\b"
    r"|The (?:city|county|province|district|town) next door\b"
    # (or across water or a border: "Across the bay, Dunmore Harbour has set itself …";
    # not "Across the bay, ferries will run …", the place's own)
    # (or in, "Across the bay in Dunmore"; not the place's own district, "Across the river,
    # Eastbank district will add", nor "I")
    r"|(?:Across|Over|Beyond)\s+the\s+(?:bay|river|border|strait|estuary|harbou?r|water)"
    r"(?:\s*,\s*|\s+in\s+|\s+)(?-i:[A-Z][a-z]+)\b(?!(?:\s+(?-i:[A-Z])[a-z]+)*\s+district\b))"
    r"|相比之下|作为对比"
    # (作为参考,邻近的临江市已提出于2030年将…提升至60%: a neighbour's goal, for reference;
    # not 作为参照,2024年全市…, the place's own year before)
    # (or set against one, 与邻近的云泽省提出的…目标相比; or added, 何况邻省的岚州市亦提出…;
    # or next door, 隔壁的南屿县已经把2028年绿电比例订在25%)
    # (or after an aside or a contrast, 顺便一提,邻近的临汀区…, 相较之下,邻近的清川县…, 我们也
    # 注意到,邻近的江屿市…; not 此外,毗邻主城的新区…, the place's own district)
    r"|^\s*(?:作为(?:参考|参照|对照)\s*,\s*|何况|况且|与(?=[^。]*?相比)(?=[^。]*?(?:提出|目标))"
    # (or reported: 规划还提到,邻近的沙岭市计划…)
    # (or after a note, 需要说明的是,邻近的东浦县也提出…)
    r"|(?:(?:顺便|顺带)(?:一提|说一句|说一下)|值得一提的是|需要(?:说明|指出)的是|值得注意的是"
    r"|(?:相较|相比|对比)之下"
    r"|(?:规划|报告|方案|文件)(?:中)?(?:还|也)?(?:提到|指出|提及)"
    r"|(?:我们|笔者)?(?:也|还)?注意到)\s*,\s*)?"
    # (a name with no 的 in it: not 毗邻高铁站的片区, a part of the place's own)
    rf"\s*(?:{_NEIGHBOURING_ZH}的?|邻(?:省|市|县)的?)(?!县区|各|周边)[^,;。\d的]{{1,10}}?[省市县区]"
    # (or one that also plans, with no number before it in its sentence: 此外,邻近的云栖区也
    # 提出…, 三是据媒体报道,邻近的石埠县也提出了…, 据报道邻近的…; a name with no 的, not 此外,
    # 毗邻主城的新区也将…; not after the place's own goal, 到2026年本县…2000万株,邻近的云栖区
    # 也提出了类似目标, nor one a clause works with or through, 本县与邻近的云栖区也将共建…,
    # 随着邻近的…, 借助邻近的…, 在邻近的…; but 值得关注的是,与本县相邻的丹溪县也提出…,
    # 和我县毗邻的…)
    rf"|^[^;。\d]*?(?<![与和着助在]){_NEIGHBOURING_ZH}的?"
    r"[^,;。\d的]{1,10}?[省市县区](?=也|亦)",
    re.IGNORECASE,
)
# (a name stops before the noun of its kind: "Pellow County" opens "Pellow wants", "Linbei
# City" "Linbei")
_KIND_OF_PLACE = r"(?:Province|County|Prefecture|City|District|Region|State)\b"
# A place the document has named as a neighbour ("a tour operator in Lusk, our
# neighbouring province"; "neighbouring Pellow County", "neighbouring New Jersey"; "Linbei
# next door"; 邻省的岚州市): a sentence after it that opens with its name tells of it ("Lusk
# Province itself is aiming for ten circuits by 2028"), not of the plan's place (not
# "Housing next door to the station", "The Council next door"; nor 毗邻高新区, a district
# of the place's own)
_NEIGHBOUR_NAMED = re.compile(
    r"\b((?-i:[A-Z][a-z]+)),\s+our\s+neighbou?ring\s+"
    r"(?:province|county|city|district|town|region|state)\b"
    rf"|\bneighbou?ring\s+((?-i:[A-Z][a-z]+(?:\s+(?!{_KIND_OF_PLACE})[A-Z][a-z]+)*))"
    r"|(?<!The )\b((?-i:[A-Z][a-z]+)),?\s+next door\b(?!\s+to\b)"
    # (a district only after 的: 邻近的云栖区, 毗邻的云栖区, not 毗邻高新区; its name no
    # city's, 邻近的岚州市新区)
    rf"|{_NEIGHBOURING_ZH}的([^,;。\d的省市县]{{2,4}}?)区"
    rf"|(?:{_NEIGHBOURING_ZH}的?|邻(?:省|市|县)的?)([^,;。\d的]{{2,4}}?)[省市县]",
    re.IGNORECASE,
)


def _neighbours_named(text: str) -> list[tuple[int, str]]:
    """Each neighbour `text` names (_NEIGHBOUR_NAMED), with where its naming ends."""
    return [(m.end(), name) for m in _NEIGHBOUR_NAMED.finditer(text) for name in m.groups() if name]


def _opens_on_neighbour(chunk: str, start: int, neighbours: list[tuple[int, str]]) -> bool:
    """Whether a sentence (`chunk`, at `start`) opens with the whole name of a neighbour
    named before it, perhaps after a "But", "Meanwhile" or 不过."""
    names = {name for end, name in neighbours if end <= start}
    if not names:
        return False
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return bool(
        re.match(
            rf"\s*(?:(?:But|Meanwhile|不过)\s*,?\s*)?(?:{alternatives})(?:\b|[省市县区])", chunk
        )
    )


# Someone's estimate the writer says is no goal of the plan ("it expects 1.2 million pet
# dogs by 2027, but that is the association's own estimate rather than part of the plan";
# 这只是协会的预测,并非规划目标, a sentence on the one before it)
_DISCLAIMED = re.compile(
    r"\b(?:estimate|forecast|projection)s?\b(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?"
    r"\b(?:rather than|not)\s+(?:part of\s+)?(?:the|a|an)\s+(?:official\s+)?(?:plan|target|goal)s?"
    r"\b(?!')"
    r"|(?:预测|估计|预计数)[^。]{0,6}?(?:并非|不是|而非)(?:规划|政府)?的?目标",
    re.IGNORECASE,
)
# ... which must point back at what it disclaims ("but that is", "that figure is", ", which
# is", 这只是, 该数字): not "the association's estimate of 1 million is not a target",
# which disclaims only its own number
_POINTS_BACK = re.compile(
    r"\b(?:that|this)(?:\s+(?:figure|number))?\s+is\b|\bwhich\s+is\b|这|该数字",
    re.IGNORECASE,
)
# (and does not compare the number with it: "which is more than the association's estimate")
_COMPARED_WITH_IT = re.compile(r"\bthan\b")
# (a sentence that opens on the one before it: 这只是…, "That is …")
_ON_THE_ONE_BEFORE = re.compile(r"\s*(?:这|(?-i:That|This)\b)")


def _disclaimed(chunk: str, after: str | None) -> bool:
    """Whether a sentence, in a disclaimer that points back at it, or the sentence `after`
    it that opens on it, says what it states is someone's estimate and no goal of the
    plan (_DISCLAIMED)."""
    return any(
        (back := _POINTS_BACK.search(chunk, max(0, m.start() - 40), m.start()))
        and not _COMPARED_WITH_IT.search(chunk, back.end(), m.start())
        for m in _DISCLAIMED.finditer(chunk)
    ) or bool(after is not None and _ON_THE_ONE_BEFORE.match(after) and _DISCLAIMED.search(after))


# A multiple that describes a number just stated against a past one ("at least 1 million
# NEVs, well over double the 412,000 it built in 2024"), not a multiple target ("double
# the 2023 level"); and a benchmark the number is set against ("above the 2.7% average")
_DESCRIBES_BY_MULTIPLE = re.compile(r"\s+the\s+(?!(?:19|20)\d\d\b)\d")
_BENCHMARK = re.compile(r"\bthe\s*$")
_BENCHMARK_AFTER = re.compile(
    r"\s*(?:%\s*)?(?:national |provincial |regional |OECD |EU )?average\b", re.IGNORECASE
)
# The market's forecast in a number's clause (市场预估2026年…只成长约8%): not the writer's
# (not 稳定市场预期 or 引导市场预期, nouns)
_MARKET_VIEW_ZH = re.compile(r"(?<!稳定)(?<!引导)市场(?:普遍)?(?:预估|预期|预计|预测)[^,;。]*$")
# (but the firm's result beyond it: 超市场预期增长25%, 年增超市场预期达25%, or 超市场预期的
# 25%年增 with its growth after it; not 超出市场预期的25亿元水平, the market's)
_BEYOND_EXPECTED = re.compile(r"(?:超|超出|超过|高于|好于|优于)市场(?:预期|预估)([^,;。\d]*)$")
_GROWTH_AFTER = re.compile(r"\s*(?:年增|增长|增幅|成长)")
_PER_STEP_BEFORE = re.compile(r"每(?:升值|贬值|上升|下降|增加|减少|提高|降低|上涨|下跌)\s*$")


def _split_in_brackets(text: str, found: list[Quantity], quantity: Quantity) -> bool:
    """Whether `quantity` is one of the parts, in brackets right after a total, that add
    up to it: "14 new online monitoring stations by 2026 (six for air, five for water and
    three for noise)"; the total is the claim."""
    opening = text.rfind("(", 0, quantity.start)
    closing = text.find(")", quantity.end)
    if opening < 0 or closing < 0 or ")" in text[opening : quantity.start]:
        return False
    before = [q for q in found if q.end <= opening]
    if not before or not _BEFORE_ITS_SPLIT.fullmatch(text, before[-1].end, opening):
        return False
    if _PHASED_OR_COMPARED.search(text, opening, closing):
        return False  # a total's phasing by year, (2025年6000个、2026年8000个), or its past
    parts = [q for q in found if opening < q.start and q.end <= closing]
    return (
        len(parts) >= 2
        and all(part.unit == before[-1].unit for part in parts)
        and math.isclose(sum(part.value for part in parts), before[-1].value)
    )


# Parts in a bracket that phase a total by year (2025年6000个、2026年8000个; "six in 2025")
# or set it against the past ("up from 6 in 2023"): claims of their own
_PHASED_OR_COMPARED = re.compile(
    r"(?:19|20)\d\d\s*年?[^\d,;。、()]{0,4}?[:\s]*\d"
    r"|\b(?:in|by)\s+(?:the end of\s+)?(?:19|20)\d\d\b"
    r"|\b(?:up|down)\s+from\b|\bcompared\b"
    r"|(?:较|比)\s*(?:(?:19|20)\d\d|上年|去年)",
    re.IGNORECASE,
)
# between a total and the bracket that splits it: its noun and its year, no other number
_BEFORE_ITS_SPLIT = re.compile(r"[^()\d]{0,60}(?:(?:19|20)\d\d[^()\d]{0,20})?")


# What each one of a kind is to have: "every township will have at least one
# fast-charging station", 每个重点项目配备一名服务专员; a norm for each, not a total
_TIME_UNIT = r"(?:year|month|week|day|quarter|time)s?\b"  # "every year", "each month"
_EACH_ONE_HAS = re.compile(
    # (not a time: "every year the city will have 5,000 more", 每个季度有2000个投运)
    rf"\b(?:every|each)\s+(?!{_TIME_UNIT})"
    r"(?:[a-z-]+\s+){1,3}?(?:(?:will|shall|should|must)\s+)?"
    r"(?:have|has|get|gets)\s+(?:at\s+least\s+)?$"
    r"|每一?个(?!季度|月|星期|工作日|年度|年(?!级)|周(?!边)|天(?!然))[^,;。\d]{1,8}?"
    r"(?:都|均)?(?:至少|要|将)?"
    r"(?:建成|建设|建有|配备|配建|设立|设置|有)(?:不少于|至少)?\s*$",
    re.IGNORECASE,
)


# What a level would be without the plan, or with nothing more done ("could reach roughly
# 89% by 2030 without any new measures"): its clause's number is no target of it
_COUNTERFACTUAL = re.compile(
    r"\bwithout (?:the|any)(?: new| further| additional)? "
    r"(?:program|programme|plan|project|policy|policies|measures?|action)\b",
    re.I,
)
# A level required only while an alert is in force (发布橙色预警时,各企业应压减用电负荷不低于
# 15%; "when a red alert is issued, cut at least 30%"): a contingency's step, no goal (not
# 预警信息及时率, 响应时间)
_UNDER_ALERT = re.compile(
    r"(?:发布|启动|进入|升级为)[^,;。]{0,10}?(?:预警|应急响应|响应)[^,;。]{0,4}?"
    r"(?:(?<!及)时(?![间率段长效限点代期刻性])|期间)"
    r"|(?:预警|应急响应)期间"
    r"|\b(?:whenever|when|while|if|once)\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:alert|warning)s?\s+(?:is|are)\s+(?:issued|in force|declared|raised)\b"
    r"|\bduring\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:alert|warning)\b",
    re.I,
)
# (not 落实到5000家企业, 适应到, 对应到)
_ATTENDANCE = re.compile(r"(?:(?<![落切适供对])(?:应到|实到)|应出席|实出席|出席|缺席|到会)\s*$")
# (a gift by the month, its clause naming the giving: not a wage's "RMB 2,500 a month", nor
# "RMB 150 billion a month ahead of schedule")
_PER_SHORT_PERIOD = re.compile(r"\s+(?:a|per|each|every)\s+(?:month|week|day)\b", re.I)
_GIVING = re.compile(r"\b(?:gifts?|donat\w*|give|giving)\b", re.I)
# The writers' own visits or sample, right before their count ("We also visited one smart
# factory", "We surveyed 40 smart factories"): no statistic of the place (not a
# government's own work, "we inspected 1,200 factories")
_WE_VISITED = re.compile(
    r"\b(?:we|I)\s+(?:(?:also|have|had|then)\s+)?(?:visited|toured|surveyed|sampled"
    r"|interviewed)\s+$",
    re.I,
)
# What would follow from a supposition, after it ("Even if output grew only 35 percent a
# year, it would pass 200,000 in 2027"; "If, as expected, …, it would, by 2027, pass"): no
# goal (not a goal stated after the condition, "If funding is approved, the city will raise
# output to 200,000"; a number inside the condition is _SUPPOSED's)
_SUPPOSED_RESULT = re.compile(
    r"\s*(?:(?:but|and|yet)\s+)?(?:even\s+)?if\b(?:[^.;]|\.(?=\d)){0,160}?,"
    r"(?:[^,.;]|\.(?=\d)){0,80}?\bwould\b",
    re.I,
)
# Where a condition's or another body's reach ends: a clause of the plan's own voice, its
# goal (", and the park will cut", 力争) or, after an alert or a forecast, its horizon
# (",到2027年园区…压降10%以上"; a supposition's result may have one: "it would, by 2027,
# pass 200,000")
_OWN_GOAL = r"\b(?:will|shall|aims?|plans?|targets?|goals?)\b|力争|争取|确保|目标"
_OWN_VOICE = re.compile(
    rf"(?:到|至)\s*(?:19|20)\d\d|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|{_OWN_GOAL}"
    # (or a clause that opens with its year: ",2025年全市用电负荷压降5%")
    r"|,\s*(?:19|20)\d\d(?!\d)",
    re.I,
)
_OWN_GOAL_WORD = re.compile(_OWN_GOAL, re.I)
_WILL = re.compile(r"\b(?:will|shall)\b", re.I)
# A fallback, taken only if needed, in the number's sentence ("A fallback plan (Annex C)
# replaces two candidate depots with smaller sites if needed")
_FALLBACK = re.compile(
    r"\b(?:fallback|contingency)\b[^.;]{0,120}?\bif (?:needed|necessary|required)\b", re.I
)


# A number inside a condition that opens its sentence ('"If the NEV number is 1.2 million,
# somebody has to make the batteries"'): supposed, not stated (not the number after the
# condition's comma: "If conditions permit, output will reach ..."; nor a condition that
# holds a goal or the future: "If the plan's goal of 1.2 million ... is met", "If all goes
# to plan the city will build 5,000 charging points")
_SUPPOSED = re.compile(r"\s*[\"']?\s*If\b[^,;.]*$", re.IGNORECASE)
# Where a thing is done, counted (在全镇12个行政村安装太阳能路灯600盏): the places, not
# what is done there
_IN_PLACES = re.compile(r"在[^,;。\d]{0,12}$")
_PLACES_AFTER = re.compile(
    r"(?:行政村|村庄|村|乡镇|镇|乡|街道|社区|县|区|市|省)(?:\([^()]{0,8}\))?(?:内|中|范围内)?"
    # (or a part of them: 在全镇14个行政村主干道路安装太阳能路灯1200盏)
    r"(?:的?(?:主干道路|主干道|道路|沿线|公共区域|村口))?"
    # (a verb of what is done there, not a compound: 3000个市场主体, 区域总部, 社区养老服务中心)
    r"(?=(?:全面|全部|分别|统一|各|均|率先)?(?:新建|建设|建成|安装|实施|开展|推广|布设|设立|铺设|配备|打造"
    r"|改造|完成|推进|试点|启动|覆盖|新增|增设|建立|设置)|中\s*,)"
)
# The places an event offers (简介会名额80人,先到先得): its size, no goal
_PLACES_OFFERED = re.compile(r"名额\s*(?:为|有|共)?\s*$")
_FIRST_COME = re.compile(r"\s*[,(]?\s*(?:先到先得|先报先得|额满即止|报满即止|满额即止)")
# ... and in Chinese, a clause that waits for a level before acting (等第一期出租率达到70%
# 之后再启动): the condition, not a goal
_WAIT_UNTIL = re.compile(r"\s*(?:等|待)到?[^,;。\d]{0,24}")
_WAIT_AFTER = re.compile(r"\s*(?:以上)?\s*(?:之后|以后|后)")
# What could be, on a condition right after it in its clause ("online sales could reach
# RMB 10 million if the cooperative hired a seller"; not "could reach 80 billion yuan by
# 2030, and the council will decide next month if")
# (or a multiple: "Factories can double anything if the orders are there")
_COULD_BEFORE = re.compile(
    # (or what one expects, "it expects output to pass RMB 65 billion by 2027 if export
    # orders hold up")
    r"\b(?:could|can|might|expects?\s+(?:[\w-]+\s+){0,3}?to)\s+"
    r"(?:(?:reach|hit|top|exceed|pass|surpass|rise to|grow to|climb to)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|over\s+"
    r"|as (?:much|many) as\s+)?(?:RMB|CNY|US\$|\$)?\s*)?$",
    re.IGNORECASE,
)
# (the condition right after its comma too: "…by 2030, if demand holds", ", but only if")
_IF_AFTER = re.compile(
    r"[^.;,]{0,60}?(?:,\s*(?:but\s+)?(?:only\s+)?)?(?<!\beven )\b(?:if(?!\s+not\b)|provided"
    r"|so long as|as long as)\b",
    re.IGNORECASE,
)
# The value a motion would set a goal to ("Mr. Tang moved that the 2027 revenue goal be
# lowered to RMB 45 million", "moved to lower the goal to"): not the goal it would change
# (and the change it would make: "be lowered by 5 billion yuan to 45 billion yuan"; "moved
# to lower" only of a member named, Mr. Tang: "The city government moved to raise the
# goal" is a decision)
_MOVED_TO = re.compile(
    r"\b(?:(?:moved|proposed|suggested|urged|recommended)\s+that\b(?:[^.;]|\.(?=\d)){0,80}?"
    r"\b(?:goals?|targets?)\b(?:[^.;]|\.(?=\d)){0,60}?\bbe\s+"
    r"(?:lowered|raised|cut|reduced|increased|revised|changed|lifted)"
    r"|(?-i:\b(?:Mr|Ms|Mrs|Dr|Councill?or)\.?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)"
    r"moved\s+to\s+(?:lower|raise|cut|reduce|increase|revise|lift)\b(?:[^.;]|\.(?=\d)){0,60}?)"
    r"(?:\s+by\s+(?:[^.;]|\.(?=\d)){1,30}?)?\s+(?:to|by)\s+(?:about\s+|around\s+)?"
    r"(?:RMB|CNY|US\$|\$)?\s*$",
    re.IGNORECASE,
)
# ... and in English, a level that sets off a step ("or sooner if the quarterly loss ratio
# rises above 85%"): a trigger, no goal
_IF_IT_PASSES = re.compile(
    r"\bif\b[^.;,]{0,60}?\b(?:rises?|falls?|drops?|climbs?|goes)\s+(?:above|below)\s+$",
    re.IGNORECASE,
)
_GOAL_OR_FUTURE = re.compile(
    r"\b(?:will|shall|goals?|targets?|plan(?:s|ned)?|aims?)\b", re.IGNORECASE
)


# How a goal is to be met, a verb's -ing after "by" ("by lengthening two existing docks"; not
# "by spring 2027", "by Nanjing")
_BY_MEANS = re.compile(r"\b[Bb]y\s+(?!(?:spring|morning|evening)\b)[a-z]+ing\b")
_PER_BEFORE = re.compile(r"每[^,;。\d]{0,8}$")
# (not a rate in time, 每年, 每个月, 每两年, nor a place's share, 每区, 每个县)
_PER_UNIT_BEFORE = re.compile(
    r"每(?!(?:个|半|[两二三四五])?(?:年|月|季|周|天|日|区|县|市|镇|乡|村|省))[^,;。\d]{0,8}$"
)
# A charge at a rate per unit of measure or time (租金按每平方米每月8元收取): a fee's rule, no
# amount (not a price a plan aims at, 用氢价格降至每公斤25元以下)
_PRICE_PER = re.compile(
    r"按(?:照)?\s*每(?:平方米|平米|立方米|吨|千瓦时|度|公斤|千克|升|月|天|小时)[^,;。\d]{0,6}$"
    # (or a price per seat, ticket, copy, table or piece, 每位餐券480元, 每本定价68元, 每席
    # 3800元: not a sum each one raised or gave, 每位会员筹得12万元; or per machine or piece,
    # in yuan or dollars, and a range's second end, 离岸价每台4.5美元至12美元, 每台12至15美元,
    # 每台5万元至8万元; not a price aimed at, 售价控制在每台12万元以内, 提高到每台25美元)
    r"|(?<![至到在于])每一?(?:位|张|份|本|桌|席|围|件|套|台|只)(?:(?!筹|捐|募)[^,;。\d]){0,4}"
    r"(?:[\d.,]+[万千]?美?元?(?:至|到|-|~)约?)?$"
)
# (and in English, a ticket's price: "The quiz night on 17 May (tickets RMB 50)", "tickets
# cost RMB 120", "each ticket costs", "admission is RMB 30"; not what they bring in, "revenue
# from adult admission is RMB 4.5 million")
_TICKET_PRICE = re.compile(r"\b(?:tickets?|admission)\s+(?:(?:cost|costs|is)\s+)?$", re.I)
_TAKINGS_FROM = re.compile(r"\b(?:revenue|income|takings)\s+from\b", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"[^,;。]{0,20}?[加扣减得]\s*[\d.]+\s*分")
# (not "new", whose total may be of another thing: "20 new charging stations, bringing its
# total to 1,500 charging points")
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra)\b", re.IGNORECASE)
# (and in Chinese: the increment after 再 or 新, the total after 总数 or 累计, 再开2家社区店,
# 门店总数达到3家)
_MORE_BEFORE_ZH = re.compile(r"(?:再|新)(?:开|建|增|设|开设|建成|新增|增加)\s*$")
_TOTAL_BEFORE_ZH = re.compile(
    r"(?:总数|总量|总计|累计|合计|共计)\s*(?:将|要)?\s*(?:达到|达|增至|增加到|为)?\s*$"
)
# (or the level the next clause reaches: 计划新增2名,持证教练员达到6名)
_LEVEL_NEXT_ZH = re.compile(r"[^,]*,(?:(?P<year>(?:19|20)\d\d)年)?[^,\d]*(?:达到|增至)")


def _levels_next(text: str, quantity: Quantity, following: Quantity, sentence: Sentence) -> bool:
    """Whether the clause after a Chinese increment reaches the level it adds up to: in a
    classifier of the same kind (新增2名,持证教练员达到6人; not 新增2家社区店,会员达到300人;
    a level in no classifier is of any kind, as one in 个), and of no other year than the
    increment's sentence states before it (not 2026年新增2名,2027年达到6名)."""
    level = _LEVEL_NEXT_ZH.fullmatch(text, quantity.end, following.start)
    if level is None or _in_another_classifier(quantity, {_classifier_of(following) or "个"}):
        return False
    return level["year"] is None or level["year"] in text[sentence.start : quantity.start]


_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|taking|raising|lifting)\s+(?:the|its|their)\s+(?:total|number)\b"
    r"[^\d.;]{0,40}?\bto\s+[^\d]{0,20}$"
    r"|\bfor\s+a\s+total\s+of\s+[^\d]{0,12}$",
    re.IGNORECASE,
)


# A forecast the text attributes to another (据市电力调度部门预计,今年…可能增长8%左右;
# 另据…预计): what follows is that body's (not 根据/依据 a forecast, a goal's basis: 依据研究
# 机构对市场之预测,…订定…目标; nor 数据, 据此)
_ATTRIBUTED_FORECAST = re.compile(
    r"(?:^|(?<=[,;:。\n]))\s*(?:另|又)?据(?![此点悉])[^,;。]{0,16}?(?:预计|预测)\s*,"
)


# A correction's quote of what was printed wrong (原报道第一段称「到2028年…达到840亿元」,
# 有误; 原报道写道「…」。经查,行动计划并无这一目标; 'The original report said "1,500 firms".
# This was incorrect.'): the quoted numbers are no claims
_MISQUOTED_OPENS = re.compile(
    r"(?:原报道|原文|原稿|该文|报道)[^「\"。]{0,20}?(?:称|写道|提到|指出|引述)[^「\"。,]{0,20}[「\"]$"
    r"|\b(?:the original (?:report|article|story)|we (?:reported|wrote|said))\b"
    r"[^\"]{0,60}?\"\s*$",
    re.I,
)
_MISQUOTED_FLAG = re.compile(
    r"有误|错误|笔误|不准确|不实|并无(?:这一|此)?目标|并非政府目标"
    r"|\b(?:was|is|were) (?:wrong|incorrect|inaccurate|in error)\b|\ban error\b",
    re.I,
)


def _misquoted(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` stands in a correction's quote of what was printed wrong: a
    quote opened after 原报道称 ("The original report said") whose closing is followed,
    within its next sentence, by the word that it was wrong."""
    opening = max(text.rfind("「", 0, quantity.start), text.rfind('"', 0, quantity.start))
    if opening < 0 or quantity.start - opening > 120 or "」" in text[opening : quantity.start]:
        return False
    if not _MISQUOTED_OPENS.search(text, max(0, opening - 80), opening + 1):
        return False
    closing = min(
        (at for at in (text.find("」", quantity.end), text.find('"', quantity.end)) if at >= 0),
        default=-1,
    )
    return closing >= 0 and bool(_MISQUOTED_FLAG.search(text, closing, closing + 40))


def _governed_by(pattern: re.Pattern, text: str, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether `pattern` (a condition, another body's forecast) stands before the number in
    its part of the sentence (up to a semicolon), with no clause of the plan's own voice
    after the pattern's own clause (发布红色预警时,A类企业停产,B类企业压减50%以上; not
    ",到2027年园区…压降10%", nor "…, and by 2027 the park will cut its peak load by 12%";
    a forecast's own horizon is the forecast's: 据…预测,到2027年…增长30%左右)."""
    start = text.rfind(";", sentence.start, quantity.start) + 1 or sentence.start
    for m in pattern.finditer(text, start, quantity.start):
        # (from the end of the clause the pattern opens, or of the forecast's content)
        comma = CLAUSE_BREAK.search(text, m.end(), quantity.start)
        if not _OWN_VOICE.search(text, comma.start() if comma else quantity.start, quantity.start):
            return True
    return False


# The base a level is compared with, in the clause after the level, by its year (比2024年的
# 56座, 较2024年的56座, 滑雪场比2024年的56座; not 比上年的152个增加34个, a year's result
# and its change on the year before, both facts), and the change on it right after (增加24座,
# 净增24座)
_BASE_BEFORE = re.compile(r"[^,;。\d]{0,16}?(?:比|较)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*的?\s*")
_CHANGE_ON_BASE = re.compile(r"\s*(?:增加|提高|增长|多出|多|减少|下降|上升|净增|新增)了?\s*")


def _is_the_gap(text: str, found: list[Quantity], position: int, clause: tuple[int, int]) -> bool:
    """Whether the number at `position` is the gap between the number two before it (the
    level) and the base its clause compares that level with, all of one dimension
    (达到80座,比2024年的56座增加24座): the difference of two claims, no claim itself. (The
    sum is not checked: the words say what the number is.)"""
    if position < 2:
        return False
    level, base, gap = found[position - 2], found[position - 1], found[position]
    return (
        level.dimension == base.dimension == gap.dimension
        and bool(_BASE_BEFORE.fullmatch(text, clause[0], base.start))
        and bool(_CHANGE_ON_BASE.fullmatch(text, base.end, gap.start))
    )


# What this document itself lists (本名录收录, 本册汇编, 本指南介绍的; not a 基本目录, a list
# of another's)
_THIS_DOCUMENT_LISTS = re.compile(
    r"(?<!基)本(?:名录|目录|手册|指南|册)[^,;。]{0,12}?(?:收录|刊登|列出|介绍|汇编)"
)
# A game's result on a line of its own, under a label that names a game ("MATCH REPORT:
# HARRIERS 5, GREY LAKE 3", "Final score: Harriers 5, Grey Lake 3."), each side's name
# (capitalised) with a score of one or two digits: scores, no claim (not a tally under a
# label of results, "Results: Club Members 85, New Members 40", nor a line with no label)
_SIDE = r"(?-i:[A-Z][\w'.&-]*(?:[^\S\n]+[A-Z][\w'.&-]*){0,3})[^\S\n]+\d{1,2}"
_RESULT_LINE = re.compile(
    r"[^\S\n]*(?:(?:[A-Za-z]+[^\S\n]+){0,2}(?:match|game|fixture)(?:[^\S\n]+(?:report|result))?"
    r"|full[- ]time|final[^\S\n]+score)[^\S\n]*:"
    rf"[^\S\n]*{_SIDE}[^\S\n]*,[^\S\n]*{_SIDE}[^\S\n]*\.?[^\S\n]*",
    re.IGNORECASE,
)


def _on_a_result_line(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` is a score on a line that is a game's result and nothing else."""
    end = text.find("\n", quantity.end)
    return bool(
        _RESULT_LINE.fullmatch(
            text, text.rfind("\n", 0, quantity.start) + 1, len(text) if end < 0 else end
        )
    )


# A list line's label up to a number, and the price after the label's colon
# (a label names a thing, with no verb of a goal: not "- The club will fly 3,000 launches:
# RMB 60 each is the winch fee")
_LIST_LABEL_BEFORE = re.compile(
    r"^[^\S\n]*[-*\u2022][^\S\n]+"
    r"(?:(?!\b(?:will|shall|aims?|plans?|to|is|are)\b)[^:\n])*$",
    re.MULTILINE | re.IGNORECASE,
)
_PRICE_AFTER_LABEL = re.compile(r"[^:\n\d]*:[^\S\n]*(?:RMB|HK\$|US\$|\$|¥)[^\S\n]*\d")


def _left_out(text: str, found: list[Quantity], position: int, sentence: Sentence) -> bool:
    """Whether the number at `position` of its sentence's numbers (`found`) is no claim at
    all: it qualifies what is counted, a revised target replaced it, or it is an
    analyst's estimate for a year (RMB 268 billion in 2027E, in its clause)."""
    quantity = found[position]
    previous = found[position - 1] if position else None
    following = found[position + 1] if position + 1 < len(found) else None
    clause = _clause(text, quantity, (sentence.start, sentence.end))
    return (
        _is_qualifier(text, quantity, previous)
        or _advised(text, sentence, quantity)
        # those a measure is applied to (对支出进度低于30%的乡镇,由…约谈; 对未开工的67个项目
        # 实行挂图作战): a class named, no claim
        or bool(_APPLIED_TO.fullmatch(text, clause[0], quantity.start))
        # the partners one works with ("Working with two charging operators, we aim to …")
        or bool(_WORKING_WITH.fullmatch(text, clause[0], quantity.start))
        # prize places and election seats (设金奖5名; 补选理事2名): how many are chosen
        or (
            _classifier_of(quantity) == "名"
            and bool(_CHOSEN_BEFORE.search(text, max(0, quantity.start - 8), quantity.start))
        )
        # a preference's, unnamed others' view's or a neighbour's number ("would rather",
        # "Some analysts believe", ", and neighbouring Dunhe has set"): no goal
        or _in_a_part_stating_no_goal(text, sentence, quantity)
        # a draft's value changed to another (将征求意见稿中"建成智能工厂30个"调整为"…40个"),
        # or one only suggested (关于将…目标提高至15%的建议)
        or bool(_CHANGED_TO_AFTER.match(text, quantity.end))
        # what the document itself lists (本名录收录…区内厂商共386家): its own contents, not
        # the indicator's count
        or bool(_THIS_DOCUMENT_LISTS.search(text, clause[0], quantity.start))
        or _on_a_result_line(text, quantity)
        # a number in the label of a price list's line ("- Trial lesson with three
        # launches: RMB 450"): part of what is priced
        or (
            bool(
                _LIST_LABEL_BEFORE.search(
                    text, text.rfind("\n", 0, quantity.start) + 1, quantity.start
                )
            )
            and bool(_PRICE_AFTER_LABEL.match(text, quantity.end))
        )
        or (
            bool(_ABOUT_A_SUGGESTION.search(text, sentence.start, quantity.start))
            and bool(_SUGGESTION_AFTER.match(text, quantity.end))
        )
        or _is_replaced(text, quantity, following, clause)
        or _is_the_gap(text, found, position, clause)
        or bool(_NEGATED.search(text, max(0, quantity.start - 48), quantity.start))
        or (
            bool(_SUPPOSED.match(text, sentence.start, quantity.start))
            and not _GOAL_OR_FUTURE.search(text, sentence.start, clause[1])
        )
        or bool(_NOT_IN_PLAN_AFTER.match(text, quantity.end))
        # those an award honours, a prize's winners (评选出优秀员工60名, 三等奖:60名)
        or (
            quantity.dimension == "count"
            and bool(
                (
                    _AWARDED.search(text, clause[0], quantity.start)
                    and not FUTURE.search(text, sentence.start, clause[1])
                )
                or _PRIZE.search(text, max(sentence.start, quantity.start - 8), quantity.start)
            )
        )
        # each place's share of a count ("40 new centres by 2028, at least one in every
        # county"): how the total is spread, not a total
        or (quantity.dimension == "count" and bool(_IN_EVERY_AFTER.match(text, quantity.end)))
        # the means to a goal stated before it in the sentence, in its own clause ("bring that
        # number to 9 by 2028, by lengthening two existing docks and building one new one"):
        # how, not a goal
        or (
            previous is not None
            and quantity.dimension == "count"
            # (in the count's own clause: not "by offering tax breaks, aims to reach 50")
            and bool(_BY_MEANS.search(text, max(clause[0], found[0].end), quantity.start))
        )
        # a scoring rule's unit (每超额签约1个亿元以上项目加2分, 每少签约1个扣4分): no claim
        or (
            bool(_PER_BEFORE.search(text, max(clause[0], quantity.start - 10), quantity.start))
            and bool(_POINTS_AFTER.match(text, quantity.end, clause[1]))
        )
        # and a reward's (每将1辆燃油出租车更新为新能源车,给予1.5万元奖励; not 每年新增1个)
        or (
            quantity.dimension in ("count", "vehicles")
            and quantity.value == 1
            and bool(
                _PER_UNIT_BEFORE.search(text, max(clause[0], quantity.start - 10), quantity.start)
            )
        )
        # (a price or a ticket, in yuan or in dollars)
        or (
            quantity.dimension in ("cny", "usd")
            and bool(
                _PRICE_PER.search(text, max(clause[0], quantity.start - 12), quantity.start)
                or (
                    _TICKET_PRICE.search(text, max(clause[0], quantity.start - 20), quantity.start)
                    and not _TAKINGS_FROM.search(
                        text, max(clause[0], quantity.start - 40), quantity.start
                    )
                )
            )
        )
        # an increment the same sentence totals ("eight more berths …, bringing the total
        # to 14"): the total is the claim
        or (
            following is not None
            and following.dimension == quantity.dimension
            and bool(
                (
                    _MORE_AFTER.match(text, quantity.end)
                    and _TOTAL_BEFORE.search(text, quantity.end, following.start)
                )
                # (再开2家社区店,门店总数达到3家; or the level the next clause reaches in the
                # same classifier, 新增2名,持证教练员达到6名)
                or (
                    _MORE_BEFORE_ZH.search(text, max(clause[0], quantity.start - 6), quantity.start)
                    and (
                        _TOTAL_BEFORE_ZH.search(text, quantity.end, following.start)
                        or _levels_next(text, quantity, following, sentence)
                    )
                )
            )
        )
        or (
            bool(_PLACES_AFTER.match(text, quantity.end))
            and bool(_IN_PLACES.search(text, max(clause[0], quantity.start - 16), quantity.start))
        )
        or (
            bool(_PLACES_OFFERED.search(text, max(0, quantity.start - 6), quantity.start))
            and bool(_FIRST_COME.match(text, quantity.end))
        )
        or (
            bool(_WAIT_UNTIL.fullmatch(text, clause[0], quantity.start))
            and bool(_WAIT_AFTER.match(text, quantity.end))
        )
        or bool(_IF_IT_PASSES.search(text, max(clause[0], quantity.start - 80), quantity.start))
        or (
            bool(_COULD_BEFORE.search(text, max(clause[0], quantity.start - 40), quantity.start))
            and bool(_IF_AFTER.match(text, quantity.end))
        )
        or bool(_MOVED_TO.search(text, max(sentence.start, quantity.start - 200), quantity.start))
        or _worked_out(text, quantity, sentence)
        or bool(
            _SAMPLE_BEFORE.search(text, max(sentence.start, quantity.start - 60), quantity.start)
        )
        or bool(_PEOPLE_FROM.search(text, max(sentence.start, quantity.start - 30), quantity.start))
        or (
            bool(_FROM_ZH.search(text, max(sentence.start, quantity.start - 10), quantity.start))
            and bool(_PEOPLE_AFTER_ZH.match(text, quantity.end))
        )
        or (
            _is_multiple(quantity)
            and previous is not None
            and not _is_multiple(previous)
            and bool(_DESCRIBING_MULTIPLE.fullmatch(text, previous.end, quantity.start))
        )
        or bool(_EACH_ONE_HAS.search(text, max(clause[0], quantity.start - 60), quantity.start))
        or _split_in_brackets(text, found, quantity)
        or bool(_PRICE_MOVE_AFTER.match(text, quantity.end))
        # the market's forecast in its own clause (市场预估2026年…只成长约8%,公司营收目标年增
        # 15%以上: the 8% only), and a sensitivity's step (新台币每升值1%,对毛利率影响约…)
        or (
            bool(_MARKET_VIEW_ZH.search(text, clause[0], quantity.start))
            and not (
                (beyond := _BEYOND_EXPECTED.search(text, clause[0], quantity.start)) is not None
                and (beyond[1].strip() != "的" or bool(_GROWTH_AFTER.match(text, quantity.end)))
            )
        )
        or bool(_PER_STEP_BEFORE.search(text, max(clause[0], quantity.start - 8), quantity.start))
        or bool(_PRICE_MOVE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start))
        or bool(_COUNTERFACTUAL.search(text, *clause))
        # (a meeting's attendance, 村民代表应到45人,实到41人; an amount given by the month or
        # the week, "a standing gift of RMB 100 a month")
        or bool(_ATTENDANCE.search(text, max(sentence.start, quantity.start - 6), quantity.start))
        or (
            quantity.dimension == "cny"
            and bool(_PER_SHORT_PERIOD.match(text, quantity.end))
            and bool(_GIVING.search(text, clause[0], quantity.start))
        )
        # (what the writers themselves went to see: "We also visited one smart factory")
        or bool(_WE_VISITED.search(text, max(sentence.start, quantity.start - 30), quantity.start))
        or _misquoted(text, quantity)
        or _governed_by(_UNDER_ALERT, text, sentence, quantity)
        or _governed_by(_ATTRIBUTED_FORECAST, text, sentence, quantity)
        or (
            (supposed := _SUPPOSED_RESULT.match(text, sentence.start, quantity.start)) is not None
            and not _OWN_GOAL_WORD.search(text, supposed.end(), quantity.start)
            # (nor a plan's "will" inside what the condition's match spans: "If funding is
            # approved, as expected, the city will build 30 …, which would lift the total")
            and not _WILL.search(text, sentence.start, supposed.end())
        )
        or bool(_FALLBACK.search(text, sentence.start, sentence.end))
        or (_is_multiple(quantity) and bool(_DESCRIBES_BY_MULTIPLE.match(text, quantity.end)))
        or (
            bool(_BENCHMARK.search(text, max(0, quantity.start - 6), quantity.start))
            and bool(_BENCHMARK_AFTER.match(text, quantity.end))
        )
        or bool(ESTIMATE_YEAR.search(text, *clause))
        or bool(_RECKONED.search(text, *clause))
        or bool(_RECKONED_LEAD.search(text, sentence.start, quantity.start))
        or bool(_OUTSIDERS_VIEW.search(text, sentence.start, quantity.start))
        or (
            bool(_FORECAST_ZH.search(text, sentence.start, quantity.start))
            and not _GOAL_SET_ZH.search(text, sentence.start, sentence.end)
            and not _STRIVES_ZH.search(text, sentence.start, quantity.start)
        )
        or bool(_NATIONAL_ASIDE.search(text, max(0, quantity.start - 48), quantity.start))
        or bool(_SHORTFALL.search(text, max(sentence.start, quantity.start - 90), quantity.start))
        or _is_section_number(text, quantity)
        or (
            bool(
                _EXISTING_BASE.search(
                    text, max(sentence.start, quantity.start - 30), quantity.start
                )
            )
            and bool(_BASE_AFTER.match(text, quantity.end))
        )
        or _in_stated_rate(text, quantity)
        or _in_a_compound(text, quantity)
        or (quantity.dimension == "pct" and bool(_PER_YEAR.match(text, quantity.end)))
        or bool(_AT_A_TIME.match(text, quantity.end))
        or bool(_PAID_OUT.match(text, quantity.end))
        or _is_allotted(text, quantity, found, sentence)
        # the gap to a goal, "188 more are needed to reach the 2025 goal" (the goal stays)
        or bool(_MORE_NEEDED.match(text, quantity.end))
        # a multiple said of goals named before, 前者五年内产量要翻超过一倍: the levels
        # stated there are the goals, this restates them
        or (
            _is_multiple(quantity)
            and bool(_FORMER_LATTER.search(text, sentence.start, sentence.end))
        )
        or bool(_NOW_STANDING.search(text, max(0, quantity.start - 24), quantity.start))
        or (
            bool(_PART_OF_NOW.match(text, quantity.end))
            and (
                quantity.dimension != "pct"
                or bool(_REPLACED_FROM.search(text, max(0, quantity.start - 40), quantity.start))
            )
        )
        or bool(_STRUCK_OUT.search(text, max(0, quantity.start - 12), quantity.start))
        or (
            bool(_BY_A_RATE.search(text, max(0, quantity.start - 4), quantity.start))
            and bool(_RATE_OF.match(text, quantity.end))
        )
    )


# A rate support or a loss is shared at (损失由资金池按40%比例分担, 按30%的比例给予补助): the
# terms of an instrument, not a goal
_BY_A_RATE = re.compile(r"按照?\s*$")
_RATE_OF = re.compile(r"\s*的?\s*比例")


# A capacity at any moment, not an amount to reach: "can release at most 2 depots at a
# time"
_AT_A_TIME = re.compile(r"[^,;.\n]{0,40}?\bat (?:a|any one|one) time\b", re.IGNORECASE)


# What a creditor or holder is to be paid, and how ("of the excess, 12% will be paid in
# cash within six months", "the first RMB 200,000 of each claim will be paid in cash in
# full"): the terms of a settlement, not a goal (not "RMB 5 billion will be repaid by the
# end of 2026", "will be paid out in subsidies" or capital "paid in during 2025")
_PAID_OUT = re.compile(
    r"(?:\s+of\s+(?:each|every|the|its|their)\s+\w+)?\s+(?:will|shall)\s+be\s+"
    r"(?:paid|repaid|settled)\s+in\s+(?:cash|full|instal+ments|shares|kind)\b",
    re.IGNORECASE,
)


# (both named: one alone may bring a goal of its own, "The latter plans to double its output")
_MORE_NEEDED = re.compile(r"\s+more\s+(?:are|is|will be|would be)\s+(?:needed|required)\b", re.I)
_FORMER_LATTER = re.compile(r"前者[^。]*后者|\bthe former\b[^.]*\bthe latter\b", re.IGNORECASE)


# What stands today, named as such inside a goal's clause ("to cover 100% of container
# berths by 2027, up from 15 of the current 22"): neither the goal nor a dated figure (a
# share of what stands is the goal: "will cover 100% of the current 22 berths")
_NOW_STANDING = re.compile(r"\b(?:of|from)\s+(?:the|its|their)\s+(?:current|present)\s+$", re.I)
# (a share of what stands is the goal, "cover 100% of the current 22 berths", unless it is
# where the goal starts from, _REPLACED_FROM: "up from 60% of the current 22")
_PART_OF_NOW = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:current|present)\s+\d", re.I)


# A goal's word after a number in its clause ("this year's 5.5 percent growth target")
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
_GOAL_WORD_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:targets?|goals?|aims?|plans?)\b", re.I)


# A verb of a total done (累计完成, 共完成, 已建成), before its number in its clause
_GOAL_OR_PLAN_ZH = re.compile(r"目标|预期|计划")
_DONE_IN = re.compile(r"(?:累计|共|已)(?:完成|实现|建成|引进|签约)")
_GOAL_QUOTED = re.compile(r"提出|明确|要求|部署|目标|到\s*(?:19|20)\d\d")
_GOAL_BOUND_AFTER = re.compile(r"\s*(?:以上|左右)")


# What a budget's review struck out of it (经议会逐项审查,共删减2.2亿元; 审计核减1.3亿元):
# a cut to the amount proposed, no level of its own
_STRUCK_OUT = re.compile(r"(?:删减|核减|核删)(?:(?!后|至|为|到)[^,;。\d]){0,4}$")


# A share of a sum being split among its uses ("About 60% of the proceeds will go to the
# plant, 25% to research and development and 15% to working capital"; 募集资金的60%用于
# 二期工厂,25%用于研发): each share is of the sum, not of the use it names, which an alias
# would otherwise take for a research share of revenue. A later share is one of the same
# list (after a comma, 、 or "and"), not any percentage after it ("R&D spending is to rise
# 8% on average")
_SUM_SPLIT = re.compile(
    r"\s+of\s+(?:(?:the|its|our|their|this)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<sum>proceeds|funds?|money|budget|capital|amount|raise|round)\b"
    r"(?P<verb>[^.;,]{0,30}?\b(?:go|goes|going|used|spent|allocated|put|invested)\b)?"
    r"\s+(?:to|on|for|into)\b",
    re.IGNORECASE,
)
_SUM_BEFORE = re.compile(r"(?P<sum>募集资金(?:净额)?|资金|款项|融资额|募资)的?\s*$")
# the sums raised, whose every share is an allotment, listed or not ("allocate 25% of the
# net proceeds to research"; 募集资金的25%将用于研发), unlike a budget ("spend at least 3% of
# its budget on R&D" is a goal)
_RAISED = re.compile(r"proceeds|raise|round|募集资金(?:净额)?|募资|融资额", re.IGNORECASE)
_TO_A_USE = re.compile(
    r"\s+(?:to|on|for|into)\s+(?![\d$]|RMB|US\$|HK\$)[a-z]|\s*(?:将)?(?:用于|投向|投入|补充)",
    re.IGNORECASE,
)
_NEXT_SHARE = re.compile(r"(?:,|、|\band\b)\s*(?:and\s+)?(?:about\s+|around\s+|约)?$", re.I)


def _is_allotted(text: str, quantity: Quantity, found: list[Quantity], sentence: Sentence) -> bool:
    """A share of a split: the share that splits the sum, said to go to a use or with
    another share listed after it, or a share listed after one that splits it ("spend at
    least 3% of its budget on R&D", alone, is a goal)."""

    def splits(share: Quantity) -> bool:
        return bool(_SUM_SPLIT.match(text, share.end)) or (
            bool(_SUM_BEFORE.search(text, sentence.start, share.start))
            and bool(_TO_A_USE.match(text, share.end))
        )

    def goes_to(share: Quantity) -> bool:  # "60% of the budget will go to infrastructure"
        split = _SUM_SPLIT.match(text, share.end)
        if split is not None:
            return split["verb"] is not None or bool(_RAISED.fullmatch(split["sum"]))
        raised = _SUM_BEFORE.search(text, sentence.start, share.start)
        return raised is not None and bool(_RAISED.fullmatch(raised["sum"]))

    def listed(share: Quantity) -> bool:
        return (
            share.dimension == "pct"
            and bool(_TO_A_USE.match(text, share.end))
            and bool(_NEXT_SHARE.search(text, sentence.start, share.start))
        )

    if quantity.dimension != "pct":
        return False
    if splits(quantity):
        return goes_to(quantity) or any(
            listed(share) for share in found if share.start >= quantity.end
        )
    return listed(quantity) and any(splits(share) for share in found if share.end <= quantity.start)


# A rate written per year after its percentage (托管费按实缴规模的0.05%/年计提, 单利8%/年): a
# fee's or an interest's terms, not a goal (a plan writes growth as 年均增长8%)
_PER_YEAR = re.compile(r"\s*/\s*年")


_RESTATED = re.compile(r"[,;]\s*(?:换言之|换句话说|也就是说|in other words)\b", re.IGNORECASE)


# A word number in a compound word ("two-star", "zero-emission"), not "twenty-odd"
_COMPOUND_AFTER = re.compile(r"-(?!odd\b|plus\b|some\b)[a-z]")


def _in_a_compound(text: str, quantity: Quantity) -> bool:
    """Whether a bare number is part of a compound word: a rating, no count of anything
    (digits before a hyphen are read as no quantity already, quantities.py)."""
    return bool(re.fullmatch(r"\d+|[a-z]+", quantity.text)) and bool(
        _COMPOUND_AFTER.match(text, quantity.end)
    )


# An exchange rate stated with its two amounts: 按1美元兑7.15元人民币折算, "at RMB 7.2 to
# US$1.00", "US$1 = RMB 7.2", "7.2 yuan per dollar". Neither amount is a figure of anything.
# (a rate of yuan to another currency reads alike: 若1港元兑0.93元人民币; and a rate of two
# others, 1美元兑新台币32.0元)
_RATE_CURRENCY = "美元|美金|港元|港币|澳门元|欧元|英镑|日元|新台币"
_STATED_RATE = re.compile(
    rf"1\s*(?:{_RATE_CURRENCY})\s*(?:兑|=|折合|合)\s*(?:人民币|{_RATE_CURRENCY})?\s*\d+(?:\.\d+)?\s*元(?:人民币)?"
    rf"|(?:人民币)?\d+(?:\.\d+)?\s*元(?:人民币)?\s*(?:兑|=|折合)\s*1\s*(?:{_RATE_CURRENCY})"
    r"|(?:RMB|CNY|¥)\s*\d+(?:\.\d+)?\s*(?:to|=|per|:)\s*(?:the\s+)?(?:US\$|\$|USD\s*)1(?:\.00)?(?!\d)"
    r"|(?:US\$|\$|USD\s*)1(?:\.00)?\s*(?:=|to|:)\s*(?:RMB|CNY|¥)\s*\d+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?\s*(?:yuan|元)\s*(?:per|to the|to a|to one|/)\s*(?:US\s*)?(?:dollar|\$|美元)",
    re.IGNORECASE,
)


def _in_stated_rate(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` is one of the two amounts of a stated exchange rate."""
    return any(
        rate.start() <= quantity.start and quantity.end <= rate.end()
        for rate in _STATED_RATE.finditer(text, max(0, quantity.start - 30), quantity.end + 30)
    )


# A section's number heading its line, then its capitalised title: "2.3 Public charging
# points - ON TRACK"
_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
_TITLE_AFTER = re.compile(r"[^\S\n]+[A-Z][A-Za-z]")


def _is_section_number(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` numbers the section its line heads: a report's item 2.3, not
    2.3 of anything."""
    return bool(
        _SECTION_NUMBER.fullmatch(quantity.text)
        and _LINE_START.search(text[max(0, quantity.start - 8) : quantity.start])
        and _TITLE_AFTER.match(text, quantity.end)
    )


# The shortfall that triggers a clause of an agreement, not a goal: 倘该项目…之年产值未达
# 上文第3项所述承诺之80%, "if output falls short of 80% of the commitment"
_SHORTFALL = re.compile(
    r"(?:倘若?|若|如果?|一旦)[^。;]{0,60}?(?:未达到?|低于|不足)[^,;。]{0,24}$"
    r"|\bif\b[^.;]{0,60}?\b(?:falls? short of|fails? to reach|is below)\b[^.;]{0,24}$"
    # and a goal the text says was missed: "short of the \"around 5.5 percent\" the province
    # had set itself for the year"
    r"|\b(?:short of|missed|miss(?:es|ing)?)\s+(?:the|its|their)\s+[\"\u201c]?"
    r"(?:(?:around|about|roughly|some)\s+)?$",
    re.IGNORECASE,
)


# The nation's figure given in brackets beside the region's: "(the national figure was
# 2.65 percent)", (全国为2.65%)
_NATIONAL_ASIDE = re.compile(
    r"\(\s*(?:the\s+|against\s+(?:the\s+)?)?(?:national|nationwide|China's|the country's)\b"
    r"[^()]{0,30}$|\(\s*全国[^()]{0,10}$",
    re.IGNORECASE,
)


# A study's own projection, or what meeting a target needs, in the number's clause: the
# plan's 5.5%左右 and, after its comma, 本研究预估全年约4.9% (a forecast); 年均需成长约14.9%
# (a rate worked out from a target). Or a projection that leads its sentence in (本研究模型
# 预估,2026-2030年...年均成长约4.3%至4.7%).
_FORECASTER = (
    r"(?:本研究|本报告|本文|笔者|课题组|研究团队|我们|本会|本行(?!业|政)|机构)[^,;。]{0,8}?"
)
# (not a forecast that goals are then set on, later in its sentence: 依据…研究机构对市场之
# 预测,订定2025年目标…; the goals are the firm's own)
# (预期 of a forecaster: not 预期目标, 预期的目标, 预期增长目标, 预期性指标)
_EXPECTED = r"预期(?![^,;。\d]{0,6}目标)(?!性|指标)"
_NOT_GOALS_BASIS = r"(?![^。]*?(?:订定|制定|设定)[^。]{0,20}?(?:目标|\d))"
_RECKONED = re.compile(
    rf"{_FORECASTER}(?:预估|预测|推估|估计|推算|{_EXPECTED}){_NOT_GOALS_BASIS}"
    r"|年均[^,;。]{0,6}?[须需](?!求)"
    # what is left to do for a year's goal: 今年四季度只需生产13.4万辆, 四季度需到位10.1亿美元
    # (the amount right after the need: not 距30%的目标仍需持续发力)
    r"|(?:(?:只|仍|还|尚)|季度[^,;。]{0,2})需(?!求)[^,;。\d]{0,6}\d"
    # (and what the rest of the year needs: 要完成总产值目标,全年需增长10%以上; 今年"小巨人"
    # 企业需新增12家, 对照目标)
    r"|(?:全年|今年|下半年)[^,;。\d]{0,12}?需(?!求)[^,;。\d]{0,6}\d"
    # the growth a target needs, worked out: "needs nominal growth of about 6% a year"
    # (not "will require output to grow by at least 12 percent", which restates a goal)
    r"|\b(?:needs?|requires?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:growth|increases?|rises?|falls?|declines?|reductions?|cuts?)\b"
    # the gap to a goal: "the station goal needs 19 more sites", "188 more are needed to
    # reach the 2025 goal"
    r"|\b(?:needs?|requires?)\s+(?:another\s+)?\d[\d,.]*\s+more\b",
    re.IGNORECASE,
)
# An outsider's projection and the market's consensus: what follows them in their
# sentence is theirs ("we project 2025 output of 290,000 to 310,000 vehicles"; "According
# to the market consensus, ... around RMB 55 billion"), while a goal stated before them
# stays ("we target RMB 60 billion, above the market consensus of RMB 55 billion")
_OUTSIDERS_VIEW = re.compile(
    r"\b(?:I|we) (?:project|forecast)\b|\bour central (?:estimate|forecast|projection)s?\b"
    # (what we expect of others, "we expect Taoqiu's NEV output to be around 230,000": not
    # what we expect to do, "we expect to sign 30 projects")
    r"|\b(?:I|we) expect\s+(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?'s"
    # (a broker's "the company's" in lower case; an annual report's own "the Group's" is
    # its guidance)
    r"|the (?:city|province|market|industry|sector|country|region"
    r"|(?-i:company|group|firm|bank|management))'s)"
    r"\s+(?:[\w-]+\s+){0,4}?to be\b"
    r"|\b(?:market|street|analysts'?) consensus\b|\bin our estimation\b"
    # ("Consensus has FY2026 revenue at RMB 4.6 billion": the analysts' consensus)
    # (not a consensus reached, nor a clause after it of our own: "…, but we target")
    r"|\bconsensus\s+(?:has|puts|sees|expects|is\s+for)\b"
    r"(?!\s+(?:emerged|been|formed|taken|reached|grown))"
    r"(?:(?!\b(?:but|while|whereas|though|although)\b|,\s*and\s+our\b)[^;])*$"
    # (someone else's guess: "Our local newspaper even estimates the city could build 1.2
    # million cars a year by 2030")
    r"|\b(?:newspapers?|press|media|analysts|economists|observers|commentators|brokers"
    r"|brokerages|watchers)(?:\s+[a-z]+){0,3}?\s+(?:(?:have|has)\s+)?"
    r"(?:estimates?|estimated\s+that|reckons?|guess(?:es)?)\b"
    # ("Economists at Halden Research are less upbeat, expecting industrial growth of 5.8%")
    # (not one who tells them: "Speaking to analysts at X, the chief executive said")
    r"|\b(?:analysts|economists|forecasters)\s+at\s+(?-i:[A-Z])"
    r"(?:(?!\b(?:said|says|told|tells|explained|noted|reaffirmed|management|company|chief"
    r"|officers?|executives?)\b)[^.;]){0,80}?"
    r"(?<!\bwho )\b(?:expect(?:s|ing)?|forecast(?:s|ing)?|predict(?:s|ing)?|think|believe"
    r"|reckon)\b"
    # (and one of them, set off by commas: "Lin Hao, an economist at Shuangluo University,
    # thinks the share could reach 60 percent"; "Ouyang Cheng, an analyst at the Jinshore
    # Academy of Social Sciences who has followed the industry for a decade, thinks"; not
    # "which hired an economist at X to draft the plan, expects")
    r"|,\s*(?:an?|one|the)\s+(?:analyst|economist|forecaster)\s+at\s+(?:the\s+)?(?-i:[A-Z])"
    r"[^,;.]{0,100},"
    r"\s*(?:thinks|believes|reckons|expects|predicts|forecasts)\b"
    # (or opening its sentence: "An analyst at Halden Research thinks the share will reach";
    # "A trade analyst at the Ashbrook Chamber of Commerce, quoted in the Lanmoor Daily,
    # expects exports to come in at about RMB 8 billion")
    r"|(?:^|(?<=[.;]\s))(?:an?|one)\s+(?:[a-z]+\s+)?(?:analyst|economist|forecaster)\s+at\s+"
    r"(?:the\s+)?(?-i:[A-Z])(?:[^,;.]{0,60}?|[^;.]{0,100}?,)\s(?:thinks|believes|reckons|expects"
    r"|predicts|forecasts)\b",
    re.IGNORECASE,
)
# A forecaster's own 我们预计 (我们预计2026年成交宗数将介乎70至85宗,成交总价约150亿至170亿元):
# every clause after it is theirs, unless its sentence names a goal or a bound (我们预计到
# 2029年研发投入占比不低于12%; …12%,这是集团规划目标的一部分: a firm's guidance; not an
# analyst's 目标价 nor a forecast's 以上), or strives
# for the number (我们预计今年约70宗,力争2026年成交总价达到170亿元: the 170 only)
_FORECAST_ZH = re.compile(r"(?:我们|笔者|本报告|本研究|课题组)(?:预计|预测|预估|推估)")
# (not a goal the forecast is set against: 有望略超公司目标, 低于公司目标)
_GOAL_SET_ZH = re.compile(
    r"(?<![超于成])(?<!超公司)(?<!于公司)(?<!超集团)(?<!于集团)(?<!超年度)(?<!于年度)目标(?!价)"
    r"|不低于|不少于"
)
_STRIVES_ZH = re.compile(r"力争|争取|确保")
_RECKONED_LEAD = re.compile(
    # (or a bureau's own assessment: 综合研判,下半年…有望…,预计全年进出口总值在2,900亿元左右)
    r"研判\s*,[^。;]{0,60}?预计(?=[^;]*$)|"
    rf"{_FORECASTER}(?:预估|预测|推估|{_EXPECTED}){_NOT_GOALS_BASIS}\s*[,:](?=[^;]*$)"
)


# A fund's own amount: 设立省母基金,规模200亿元 (or its first tranche's: 首期规模20亿元); "a
# new 2 billion yuan industrial guidance fund"; 总规模50亿元的产业基金
# (or a fund's capital raised to an amount: 扶持基金将增资至澳门元500万元(约合人民币450万元))
_FUND_SIZE = re.compile(
    r"基金\s*,\s*(?:总|首期|一期|二期)?规模[^,;。]{0,6}$"
    r"|基金[^,;。\d]{0,4}?(?:增资|注资|扩容|扩募)(?:至|到)?"
    # (up to its amount, in any currency and converted: not 注资撬动产业规模达到500亿元)
    r"(?:(?!撬动|带动|支持|吸引|达到|项目|企业)[^,;。]){0,24}$"
)
_A_FUND = re.compile(r"\bfunds?\b|基金", re.IGNORECASE)  # an indicator of a fund's size
# (one fund, named: not "R&D funds of RMB 50 billion", money for a purpose)
_FUND_OF = re.compile(
    r"\bfund(?:[^\S\n]+of[^\S\n]+funds)?[^\S\n]+(?:of|worth)[^\S\n]+"
    rf"(?:(?:{_ABOUT}|more than|over|up to|at least|no less than|not less than)[^\S\n]+)?"
    r"(?:RMB|CNY|US\$|\$)?[^\S\n]*$",
    re.IGNORECASE,
)
_AWARDED = re.compile(r"评选出|表彰")
_PRIZE = re.compile(r"(?:[一二三四五特]等奖|优秀奖|纪念奖)\s*[:(]?\s*$")
_IN_EVERY_AFTER = re.compile(
    # (not a time: "40 new centres in each of the next three years")
    r"(?:[^\S\n]+[A-Za-z-]+){0,3}?[^\S\n]+(?:in|for|per)[^\S\n]+(?:every|each)\b"
    rf"(?!(?:\s+of\s+the)?(?:\s+(?:next|last|coming|following|past))?(?:\s+[a-z]+)?\s+{_TIME_UNIT})"
    r"|[^\S\n]+per[^\S\n]+(?:county|district|city|town|township|village|province|park|zone)\b",
    re.IGNORECASE,
)
_FUND_SPENDS = re.compile(
    r"\bfunds?\b[^.;,]{0,30}?\b(?:earmark|allocate|invest|provide|set aside)s?\b[^.;,]{0,12}$", re.I
)
# money a budget sets aside (编列, 安排…资金), right before its amount or a word or two
# before it (安排技改专项资金不少于2亿元, 资金约); not a revenue "budgeted at", a target
_BUDGETED = re.compile(r"编列(?:预算)?[^,;。\d]{0,6}$|安排[^,;。\d]{0,10}?资金[^,;。\d]{0,3}$")
# (or set aside a word or two before its amount and named funds after it: 市财政每年安排
# 2亿元专项资金, 安排了, 安排约, 安排不少于5亿元专项资金; an amount of yuan, not 安排技改项目
# 60个; not 安排技改投资60亿元 nor 安排研发经费5亿元, an investment's or spending's own words)
_SET_ASIDE = re.compile(r"安排(?![^,;。\d]*(?:投资|经费))[^,;。\d]{0,4}$")
_FUNDS_AFTER_AMOUNT = re.compile(r"[^,;。\d]{0,12}?资金")


def _budgeted(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """Whether `quantity` is money a budget sets aside (_BUDGETED, or _SET_ASIDE before it
    and funds named after it in its clause)."""
    return bool(
        _BUDGETED.search(text, clause[0], quantity.start)
        or (
            quantity.dimension == "cny"
            and _SET_ASIDE.search(text, clause[0], quantity.start)
            and _FUNDS_AFTER_AMOUNT.match(text, quantity.end, clause[1])
        )
    )


# (a grant per project, not the funds' whole: 对每个示范项目安排建设资金200万元; not 每个年度)
_PER_UNIT_GRANT = re.compile(r"(?:每个|每家|单个|每项|每一)[^,;。\d]{0,4}?(?:项目|企业|单位|园区)")
# (funds, not a budget's whole: 原编列岁出414.5亿元 is a proposal a council cut)
_FUNDS_NAMED = re.compile(r"资金")
_PUT_UP = re.compile(  # money put up
    r"(?:拿出|安排|出资|筹集|筹措|投入|统筹|募集|提取|划拨|注资)[^,;。\d]{0,6}$"
)
_FUND_SET_UP_AFTER = re.compile(r"\s*[,;]\s*(?:用于)?(?:设立|成立|组建)[^,;。]{0,16}?基金")
# (a fund the amount is, "a 2 billion yuan guidance fund"; not one it is raised for, "raise
# RMB 150,000 for the fund")
_FUND_AFTER = re.compile(
    r"\s*(?:(?!(?:for|to|into|from|in|of|on)\b)[A-Za-z-]+\s+){0,3}funds?\b|[^,;。]{0,12}?基金",
    re.I,
)


# Support applied for, after a count: the count is of the applicants ("help 150 buildings
# apply for subsidies", 协助150座住宅大厦向政府申请充电设施资助)
_APPLY_FOR = re.compile(
    r"申请[^,;。\d]{0,16}?(?:资助|补贴|补助)|\bapply\s+for\b[^,;.\d]{0,30}?\b(?:subsid|grants?\b)",
    re.IGNORECASE,
)


# (not a cap on how many: 资助企业不超过200家, 每年补助企业不超过100家)
_SUPPORTED_COUNTED = re.compile(
    r"(?:补助|资助|扶持|奖励)(?:(?!不超过|最多|至多|上限|名额|以内)[^,;。\d]){1,10}$"
)


_VOUCHER = re.compile(r"(?:消费|代金|优惠|购物)券")


def _is_instrument(
    text: str, quantity: Quantity, clause: tuple[int, int], sentence: Sentence
) -> bool:
    """Whether `quantity` states support granted or capped: its clause names it, or
    caps what a clause before it granted. A target whose sentence only mentions support
    as a means ("Through subsidies, the IC scale should exceed ...") is not one."""
    if _INSTRUMENT.search(text, clause[0], clause[1]) and not (
        quantity.dimension == "count"
        and (
            _APPLY_FOR.search(text, quantity.end, clause[1])
            or _SUPPORTED_COUNTED.search(text, clause[0], quantity.start)
        )
    ):
        # (not a count of those helped to apply for it, 协助150座大厦申请资助, nor of those
        # it supports, 2026年度预定补助中小制造业者650家)
        return True
    if _FUND_SIZE.search(text, max(sentence.start, clause[0] - 40), quantity.start):
        return True  # 设立省先进制造业集群母基金,规模200亿元
    if _budgeted(text, quantity, clause):
        return True  # 本年度编列4亿3,260万元 (not 持续编列预算推动…占比达到20%)
    if _FUND_SPENDS.search(text, clause[0], quantity.start):
        return True  # "The provincial industrial investment fund will earmark RMB 5 billion"
    if _FUND_AFTER.match(text, quantity.end, clause[1]):
        return True  # "a new 2 billion yuan industrial guidance fund"
    if _FUND_SET_UP_AFTER.match(text, quantity.end, sentence.end) and _PUT_UP.search(
        text, clause[0], quantity.start
    ):
        return True  # 公司今年拿出1500万元,设立专项奖励基金: the money for the fund
    # (or a voucher, capped per person: 发放消费券,每人每年最高300元; not the spending a
    # voucher brings, 通过消费券撬动文旅消费3亿元)
    granted = _INSTRUMENT.search(text, sentence.start, clause[0]) or _VOUCHER.search(
        text, sentence.start, clause[0]
    )
    return granted is not None and bool(_CAP.search(text, clause[0], clause[1]))


_TOTAL_INVESTED = re.compile(r"总投资[^,;。\d]{0,10}$")
_CUMULATIVE = re.compile(
    r"\btotal\b|\bcumulative(?:ly)?\b|\bin all\b|累计|总计|合计|合共", re.IGNORECASE
)


# A clause of nothing but a later year and a verb of reaching, after a semicolon
# (;到2030年力争达到): its number is the same indicator's goal for that year
_LATER_HORIZON = re.compile(
    r";\s*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*,?\s*(?:力争|争取|要|将|努力)?\s*"
    r"(?:达到|突破|超过|增至|增加到|提高到|提升至|实现)?\s*$"
)
# A number that continues the one before it in its sentence ("41.6 billion yuan in 2022
# and 58.3 billion yuan in 2023", "up from 28 billion yuan in 2021") measures the same.
_CONTINUES = re.compile(
    r"^[^;。]{0,60}?(?:\band\b|\bup from\b|\bdown from\b|\bfrom\b|\bto\b|compared|\bagainst\b"
    r"|\bversus\b|和|较|比|增至|增长到)[^;。]{0,40}$"
    # (or a clause of nothing but another year: 2024年的数字为4.6万人,2023年为4.4万人)
    r"|^\s*,\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:为|是)\s*$",
    re.IGNORECASE,
)


# After a pronoun, a particle that makes it people or things, not the figure: "bring them
# along", "bring them back" (but back to a level is the figure: "cut it back to 10%"). A
# lookahead, put after each pronoun of _FIGURE_ANAPHOR.
_NOT_THE_FIGURE_AFTER = (
    r"(?!\s+(?:along|back(?!\s+(?:up\s+|down\s+)?(?:to|below|above|over|under|at)\b))\b)"
)


# A word standing for the figure just stated, in the next clause or sentence: "We want
# that to be more than 55 percent", "raise it to eight", "Last year it came to ...",
# 力争将这一比例提高到60%. It names the indicator of that figure when the number has no
# indicator of its own.
_FIGURE_ANAPHOR = re.compile(
    # ("Management wants it to be at least 30%"; not "expects that", a conjunction)
    r"\b(?:take|get|want|expect|see|keep)s?\s+(?:it|them|those)\b"
    + _NOT_THE_FIGURE_AFTER
    + r"|\b(?:take|get|want|see|keep)s?\s+(?:that|this)\b"
    + _NOT_THE_FIGURE_AFTER
    + r"|\bexpects?\s+(?:that|this)\s+to\b"  # ("expects that to rise to")
    # (verbs of a change in any tense: "The plan raises that to 3.5 percent")
    r"|\b(?:raise|lift|bring|push|increase|grow|boost|cut|reduce|lower|double|triple)"
    r"(?:s|es|d|ed)?\s+(?:that|it|this|them|those)\b"
    + _NOT_THE_FIGURE_AFTER
    + r"|\b(?:that|it|this)\s+(?:will|should|shall|must|would|is|was|came|stood|rose|fell"
    r"|reached|grew|climbed|dropped|hit|totall?ed|amounted)\b"
    r"|\b(?:this|that|the) (?:figure|number|share|ratio|proportion|percentage|total|rate)\b"
    # (and one of a year: "The plan puts the 2024 figure at RMB 11.8 billion", "its 2024
    # level")
    r"|\b(?:the|its) (?:19|20)\d\d (?:figure|total|level)s?\b"
    # "The goal is for it to reach RMB 50 billion"
    r"|\bfor (?:it|that|this) to (?:reach|rise|grow|exceed|hit|be|top|surpass|increase)\b"
    r"|(?:这一|这个|该|此)(?:比例|比重|数字|数据|指标|数|占比|规模|总量)|(?:把|将|使)(?:它|其)"
    # the year's goal set for the figure just stated: 2024年…增长5.3%。把今年的目标定为5.5%左右
    # (a Republic-era year made Western loses its 年: 114年度目标为 reads 2025度目标为)
    r"|(?:今年|明年|全年|年度)的?(?:预期)?目标(?:定为|确定为|设定为|定在|是|为)"
    r"|(?<=\d)度(?:预期)?目标(?:值)?(?:定为|确定为|设定为|定在|是|为|降至|降到|提高至|提高到"
    r"|提升至|达到|增至)?\s*$",
    re.IGNORECASE,
)


# Or nothing at all: a number whose sentence starts with no more than a step, a year and
# a verb continues the figure of the sentence before (全省低空经济规模达到1200亿元;
# 第二步,到2030年,突破2000亿元).
_ELLIPSIS = re.compile(
    r"(?:[\s,]|第[一二三四五六七八九十]步|到\s*\d{4}\s*年?(?:底|末)?|力争|争取|将|要|再|又"
    # a bare year, not before 再 (2026年再超5亿元 is an increment, not the level)
    r"|\d{4}\s*年?(?:底|末)?(?!\s*再)"
    # (and whose goal it is: 政府目标是到2027年超过5,000家; or the figure's own word:
    # 2024年的数字为4.6万人)
    # (县府的目标是,2030年提高到30%, after a subtitle's time and speaker, [00:30:27] 旁白:)
    r"|(?:规划|方案|计划|政府|[省市县]府)?的?目标是|(?:规划|方案|计划)(?:提出|明确|要求)"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^\s:,;。\d]{1,12}:"
    # (or ours, said aloud: 我哋目标2030年达到30%)
    r"|(?:我们|我哋)的?目标(?:是|系)?"
    r"|的?(?:数字|数据|数目)(?:为|是)"
    # who sets it, an authority: 县府要求2026年提高到20% (not a firm's own goal, nor
    # another sector's)
    r"|(?:[省市县区]政府|[省市县区]委|[省市县]府|[省市县]里|管委会|会议|文件|上级)"
    r"(?:提出|明确|要求)"
    r"|进一步)*(?:突破|达到|超过|增至|增长到|提高到|提升到|达|超|为)?\s*"
    # and in English: "By the end of next year we want no fewer than 2,000.", "The aim
    # is at least 12 percent in 2026."
    r"|(?:[\s,]|\bby (?:the end of )?(?:next year|this year|\d{4})\b|\b(?:in|for) \d{4}\b"
    # ("At the end of 2024 there were 112")
    r"|\bat the end of \d{4}\b|\bthere (?:were|was)\b"
    # "The action plan target is to exceed ...", "For 2030 the outline says around ..."
    r"|\bthe (?:[\w-]+ ){0,2}(?:aim|goal|target|plan) is(?: to)?\b"
    # ("The plan commits to at least 80,000 by 2025")
    r"|\bthe (?:[\w-]+ ){0,2}(?:outline|plan|programme|program) (?:says|sets|calls for"
    r"|commits to|targets|aims for)\b"
    # ("The new plan sets a goal of 450 by 2027")
    r"|\b(?:a|an) (?:[\w-]+ )?(?:goal|target) of\b"
    # ("The city has set a goal of 40 percent by 2030")
    r"|\bthe (?:city|province|county|district|region|government|plan)\s+(?:has\s+)?"
    r"(?:set|sets|adopted|fixed)\s+(?:a|an) (?:[\w-]+ )?(?:goal|target) of\b"
    r"|\b(?:exceed|reach|top|pass|hit|surpass)\b"
    r"|\bwe (?:want|aim for|expect|hope for|plan for)\b"
    r"|\b(?:no|not) (?:fewer|less) than\b|\bat least\b|\bmore than\b|\bover\b"
    r"|\babout\b|\baround\b)*",
    re.IGNORECASE,
)


# Between an English count and its measure: at most three words that qualify its noun,
# and "with" or "of" joining the measure to it ("50 smart factories", "50 new
# smart-manufacturing demonstration factories", "two enterprises with revenues of hundreds
# of billions"; not "one line about factory output", "one in four co-founded with
# foreign-invested firms")
_NOUN_RIGHT_AFTER = re.compile(
    rf"\s+(?:{_NOT_A_FUNCTION_WORD}[\w\"'\u201c\u201d-]+\s+){{0,3}}(?:(?:with|of)\s+)?"
    r"[\"\u201c]?",
    re.IGNORECASE,
)


def _in_another_classifier(quantity: Quantity, classifiers: set[str]) -> bool:
    """Whether a Chinese count is written in a classifier (项) of another kind than all
    those the indicator's measure names (艘): not one that counts the same things (条 for
    艘, 名 for 人), nor the general 个, which counts anything."""
    written = _classifier_of(quantity)
    return bool(
        classifiers
        and written
        and written != "个"
        and "个" not in classifiers
        and not any(
            written == named or (written in kind and named in kind)
            for named in classifiers
            for kind in _CLASSIFIER_KINDS
        )
    )


def _measure_of_a_count_between(text: str, quantity: Quantity, measure: _Place | None) -> bool:
    """Whether a Chinese count of another kind stands between a measure named outside the
    number's clause and the number (接待观众980万人次,备案博物馆43家): that measure counted
    the number right after it, in its own classifier, not this one."""
    if (
        measure is None
        or measure.mention is None
        or measure.tier < 2
        or measure.mention.end > quantity.start
        or _classifier_of(quantity) is None
    ):
        return False
    return any(
        _in_another_classifier(quantity, {count["classifier"]})
        for count in _CHINESE_COUNT.finditer(text, measure.mention.end, quantity.start)
    )


# A Chinese count in a classifier, within a stretch of text
# (只 before a verb is "only", as quantities.py reads it: 2023只有18人)
_CHINESE_COUNT = re.compile(
    rf"\d[\d,.]*\s*[万亿千百]?[多余]?\s*(?P<classifier>{_CLASSIFIERS})(?!(?<=只)[{ONLY_VERBS}])"
)


# What a name owns, counted after it: its stores, branches, campuses, plants (童趣岛三家门店)
_OWNED_AFTER = re.compile(r"门店|分店|店铺|网点|分校|校区|分公司|子公司|工厂|基地")


def _counts_what_name_owns(
    text: str,
    quantity: Quantity,
    subject: _Place | None,
    measure: _Place | None,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> bool:
    """Whether a Chinese count stands right after a name (the subject's words) with what
    the name owns after its classifier, none of the indicator's words (童趣岛三家门店, the
    shop's three stores): it counts what the name owns, not what the indicator counts (its
    members). Not where that noun is the indicator's (童趣岛5家门店 for its stores) or its
    measure is named (童趣岛会员5000人); the caller asks only for an indicator with words
    of its own measure, which say what it counts (a brand alone, 瑞幸咖啡2.6万家门店, may
    count its stores)."""
    if (
        quantity.dimension != "count"
        or subject is None
        or subject.mention is None
        or (measure is not None and measure.mention is not None)
        or text[subject.mention.end : quantity.start].strip()
        or not _OWNED_AFTER.match(text, quantity.end)
    ):
        return False
    return not _named_right_after(quantity, mentions, indicator)


def _measure_past_anothers_noun(
    index: IndicatorIndex,
    text: str,
    quantity: Quantity,
    measure: _Place | None,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> bool:
    """Whether an English count's noun right after it is another count's subject and
    `indicator`'s measure stands only in a with-phrase after that noun holding a number of
    its own ("Three public marinas with a combined 800 berths": the berths' measure is the
    800's). The count counts its noun, unless that noun is `indicator`'s own subject too
    (not "60 county residents will hold technician certificates", whose verb measures
    them)."""
    if measure is None or measure.mention is None or measure.mention.start < quantity.end:
        return False
    nouns = [
        (other, m)
        for (other, role), found in mentions.items()
        if role == "subject" and other in index.candidates(quantity.dimension)
        for m in found
        if quantity.end < m.start < measure.mention.start
        and _NOUN_RIGHT_AFTER.fullmatch(text, quantity.end, m.start)
    ]
    if not nouns or any(other == indicator for other, _ in nouns):
        return False
    phrase = _WITH_OWN_NUMBER.match(text, max(m.end for _, m in nouns))
    return phrase is not None and measure.mention.end <= phrase.end()


# A with-phrase after a count's noun, up to the end of the number of its own it holds
# ("with a combined 800", "with 64 berths"; not a year, "800 homes with solar panels by
# 2027")
_WITH_OWN_NUMBER = re.compile(
    r"\s+(?:with|having)\s+[^\d,;.]{0,30}?(?!(?:19|20)\d\d\b)\d[\d,.]*", re.IGNORECASE
)


def _doubles_anothers_subject(
    text: str,
    quantity: Quantity,
    mentions: dict[tuple[str, str], list[Mention]],
    indicator: str,
) -> bool:
    """Whether the object of an English multiple's verb is another indicator's subject
    ("double our Saturday youth programme"): the multiple is of that, not of `indicator`,
    named only in another clause (the caller asks only then)."""
    start = _OBJECT_OPENS.match(text, quantity.end)
    return any(
        role == "subject"
        and other != indicator
        and _NOUN_RIGHT_AFTER.fullmatch(text, start.end(), m.start)
        for (other, role), found in mentions.items()
        for m in found
    )


# Where a multiple's object opens, past its determiner ("double our", "triple the")
_OBJECT_OPENS = re.compile(r"(?:\s+(?:our|its|their|the|this|that)\b)?", re.IGNORECASE)


def _has_own_noun(text: str, quantity: Quantity) -> bool:
    """Whether an English count has a noun of its own after it ("four tracks", "Two
    carmakers"): not a preposition or a stop, nor a word that names nothing counted
    ("40,000 across the city", "citywide", "installed", "— triple today's", "600,000
    units are planned", "412,000 of them"; but "5,000 units of affordable housing" counts
    housing)."""
    return not (
        _BARE_COUNT_AFTER.match(text, quantity.end)
        or _NAMES_NOTHING_AFTER.match(text, quantity.end)
    )


# A line's label up to its subject, after the line's item mark (_ITEM_LINE): "Number of",
# and words that qualify the subject ("- Spectators at the Spring Exhibition: 320", "1.
# Total spectators: 320"); no preposition or "and" before it ("Seats for spectators",
# "Stalls at the Spring Exhibition", "Stewards and spectators": another thing counted)
_LINE_LABEL_OPENING = re.compile(
    r"[ \t]*(?:(?:the\s+)?(?:number\s+of|no\.\s*of)\s+)?"
    r"(?:(?!(?:for|of|with|without|from|at|in|during|and|or)\b)[a-z'-]+\s+){0,3}",
    re.I,
)
# ... and after the subject, up to the colon before the number, only where or when or for
# what, in words or in brackets ("at year end", "for the Spring Exhibition", "(Spring
# Exhibition)"; not "Spring Exhibition stewards", "in the stands and stewards")
_LABEL_COLON = re.compile(
    r"(?:\s+(?:at|in|during|for)\s(?:(?!\band\b)[^:]){0,40}|\s*\([^():]{1,40}\))?:[ \t]*",
    re.I,
)
# (and the number ends its line, its sentence or its clause, or a bracket goes on about it)
_LABEL_VALUE_END = re.compile(r"[ \t]*(?:$|[\n,;.(])")


def _labels_the_count(text: str, subjects: list[Mention], quantity: Quantity) -> bool:
    """Whether an English count stands alone after the label of its line, the label
    opening on one of `subjects` (the indicator's): a list of a year's figures, each
    line's label saying what its number counts, though the subject stands before the
    count, where English puts no counted noun."""
    line_start = text.rfind("\n", 0, quantity.start) + 1
    item = _ITEM_LINE.match(text, line_start)
    label_start = item.end() if item else line_start
    return bool(_LABEL_VALUE_END.match(text, quantity.end)) and any(
        _LINE_LABEL_OPENING.fullmatch(text, label_start, subject.start)
        and _LABEL_COLON.fullmatch(text, subject.end, quantity.start)
        for subject in subjects
    )


_NAMES_NOTHING_AFTER = re.compile(
    # (nor the things named before: "The province built 412,000 of them in 2024")
    r"\s*(?:[\u2014\u2013]|(?:across|citywide|installed|operating|in service|ones"
    r"|of (?:them|these|those)"
    r"|(?:units?|sets|pieces)(?!\s+of\b))\b)",
    re.IGNORECASE,
)


# A verb whose object stands for the figure just stated, right before the number: "raise
# this to RMB 32 billion", "cut it to 10%"
_CHANGES_IT_TO = re.compile(r"\b([a-z]+)\s+(?:that|it|this)\s+to\s+[^\d,;.]{0,16}$", re.IGNORECASE)


def _named_by_the_verb_of(text: str, match: _Match, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether `match` names the number only through the verb whose object stands for the
    figure just stated (_CHANGES_IT_TO): its measure is that verb itself (not a word after
    "to": "allow it to raise RMB 1 billion"), and its subject is not named in the
    sentence."""
    verb = _CHANGES_IT_TO.search(text, max(sentence.start, quantity.start - 60), quantity.start)
    return bool(
        verb is not None
        and match.measure_at is not None
        and verb.start(1) <= match.measure_at.start < verb.end(1)
        and (match.subject is None or match.subject.start < sentence.start)
    )


def _stands_for_last_figure(
    text: str, figure_end: int, sentence_start: int, quantity: Quantity
) -> bool:
    """Whether the words before a number with no indicator of its own, in its sentence
    after the figure just stated (which ends at `figure_end`), say the number is of that
    figure: a word standing for it, or nothing at all (but an English count with a noun
    of its own after it counts that noun: "Two carmakers and more than 300 parts
    suppliers now operate in the park")."""
    start = max(figure_end, sentence_start)
    end = quantity.start
    # (past an amount in a currency the reader has no unit for, which the yuan amount
    # converts: 2024年为澳门元3,880亿元(约人民币3,450亿元))
    converted = _CONVERSION_OPENS.search(text, start, end)
    if converted is not None:
        end = converted.start()
    if _FIGURE_ANAPHOR.search(text, start, end) and not (
        quantity.dimension == "count" and _COUNTED_ELSE.match(text, quantity.end)
    ):
        return True  # (not a count of people: "Behind that number are five people")
    if (
        _is_multiple(quantity)
        and _MULTIPLE_OF_IT.match(text, quantity.end)
        and not _AMOUNT_WORD.search(text, start, end)
        and not _COUNT_BETWEEN.search(text, figure_end, end)
    ):
        # "By 2030 we want to double that figure": a multiple of it (not of a number
        # between: "a RMB 30 billion fund, which should leverage three times that amount",
        # "300 firms took part. We want to triple that number")
        return True
    own_noun = (
        quantity.dimension == "count"
        and not CJK.search(quantity.text)
        and _has_own_noun(text, quantity)
    )
    return not own_noun and bool(_ELLIPSIS.fullmatch(text, start, end))


# The object of a multiple's verb that stands for the figure just stated ("double that
# figure", "triple it")
_MULTIPLE_OF_IT = re.compile(r"\s+(?:that|it|this|those|them)\b", re.IGNORECASE)
# (an amount in the multiple's sentence, or a count of things since the figure: "a RMB 30
# billion fund", "300 firms took part")
_AMOUNT_WORD = re.compile(
    r"(?:RMB|US\$|\$)\s*\d|\d[\d.,]*\s*(?:%|per ?cent\b|billion\b|million\b|yuan\b|亿|万)", re.I
)
_COUNT_BETWEEN = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z-]+\s+)?(?!years\b)[a-z]+s\b", re.I
)


# Between a number and the one it is compared with: "2.6% in 2024, slower than the 3.4%"
_THAN_THE = re.compile(
    r"[^.;]{0,40}?\bthan\s+(?:the|that of|in)\s+(?:RMB\s?|US\$|\$)?", re.IGNORECASE
)


# A number the one before rises or falls to: of the same indicator, whatever is named
# after it ("will exceed 50,000, rising to more than 60,000 by 2026, and gigabit users").
_RISING_TO = re.compile(
    r"\s*,?\s*(?:rising|increasing|growing|climbing|falling|dropping|going up|going down)"
    r"\s+(?:further\s+)?to\s+(?:more than|over|at least|about|around|nearly)?\s*",
    re.IGNORECASE,
)


def _respective_pairs(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    text: str,
    found: list[Quantity],
    sentence: Sentence,
) -> dict[int, _Match]:
    """ "城市和农村社区覆盖率分别达到100%和85%", "A and B will reach 5 and 8 respectively": a
    list of numbers of one kind, paired in order with as many indicators whose subjects
    the sentence names in that order. Keyed by each number's start."""
    if not RESPECTIVE.search(text, sentence.start, sentence.end):
        return {}
    paired: dict[int, _Match] = {}
    for group in lists(text, found, lambda a, b: a.dimension == b.dimension):
        # the subjects are named after the number before the list (高新技术企业超过8000家,
        # 专精特新中小企业和小巨人企业分别达到1500家和150家)
        before = [q.end for q in found if q.end <= group[0].start]
        window = (before[-1] if before else sentence.start, group[-1].end)
        ranked = _ranked(index, mentions, text, group[0], window, sentence)
        # of the subjects named in that stretch (tier 2), not elsewhere in the sentence;
        # an aggregate named with its component is one of the list (专精特新中小企业和
        # 专精特新"小巨人"企业分别达到1500家和150家), so none is dropped as a total
        named = _chosen([m for m in ranked if m.subject_tier <= 2], True)
        if len(named) != len(group):
            named = _own_phrases(ranked, window)
        if len(named) == len(group) and all(m.subject is not None for m in named):
            ordered = sorted(named, key=lambda m: m.subject.start)
            paired |= {q.start: m for q, m in zip(group, ordered, strict=True)}
    return paired


def _respective_of_before(
    index: IndicatorIndex,
    text: str,
    found: list[Quantity],
    sentence: Sentence,
    before: tuple[int, list[_Match]],
) -> dict[int, _Match]:
    """ "…自来水普及率为96.3%,卫生厕所普及率为88.5%;今年目标分别达到98%和92%": numbers
    "respectively" that name no indicator are, in order, of the indicators of as many
    numbers in the sentence just before (`before`: its number and the indicator each of
    its numbers named), when the counts match and the indicators differ. Keyed by each
    number's start; the caller applies it only to numbers that named none."""
    number, matches = before
    if not (
        number == sentence.number - 1
        and len(found) == len(matches) >= 2
        and len({m.indicator_id for m in matches}) == len(found)
        and RESPECTIVE.search(text, sentence.start, sentence.end)
        and all(
            m.indicator_id in index.candidates(q.dimension)
            for q, m in zip(found, matches, strict=True)
        )
    ):
        return {}
    return {q.start: m for q, m in zip(found, matches, strict=True)}


# A sentence that breaks the number before it down by place (其中:青湖区22万辆,临江区9万辆),
# each part right after its place's name (not a part by who pays: 其中,市引导基金认缴30亿元)
_BREAKS_DOWN = re.compile(r"\s*其中")
_PLACE_BEFORE = re.compile(r"(?:区|县|市|镇|乡|省|州)(?:达到|为|约)?\s*$")


def _broken_down(
    index: IndicatorIndex,
    text: str,
    quantity: Quantity,
    sentence: Sentence,
    before: tuple[int, list[_Match]],
) -> list[_Match]:
    """ "全市新能源汽车产量达到35万辆。其中:青湖区22万辆,临江区9万辆": the places' parts a
    其中 sentence lists, naming no indicator, are of the one indicator the sentence just
    before named for numbers of their kind."""
    number, matches = before
    if (
        number != sentence.number - 1
        or not _BREAKS_DOWN.match(text, sentence.start)
        or not _PLACE_BEFORE.search(text, sentence.start, quantity.start)
    ):
        return []
    named = {m.indicator_id: m for m in matches}
    kind = [m for m in named.values() if m.indicator_id in index.candidates(quantity.dimension)]
    return kind if len(kind) == 1 else []


# the year a goal restated is set for: "2.5 per cent by 2027", "by the same year";
# 2025年目标21%, 今年年底的阶段目标是达到65% (a year opening its clause)
# (the words for a goal, one list for _GOAL_IS, _RESTATES_GOAL and _A_GOAL)
_GOAL_NOUN = r"(?:goal|target|milestone)s?"
_BY_YEAR = r"[^\S\n]+(?:by|in)[^\S\n]+(?:(?:19|20)\d\d|the same year)\b"
# (past the count's noun: "150,000 vehicles a year by 2027")
_GOAL_YEAR_AFTER = re.compile(rf"(?:[^\S\n]+[A-Za-z-]+){{0,3}}?{_BY_YEAR}")
_GOAL_YEAR_BEFORE = re.compile(
    r"(?:(?:19|20)\d\d年|今年|明年)[^,;:。\d]{0,12}$"
    r"|\b(?:19|20)\d\d\b,?[^.;:\d]{0,20}$"  # ("And for this year, 2025, the goal is")
)
# (not someone's estimate, 今年全年预估约205亿元, nor a goal of a document the sentence
# cites, 《…行动方案》提出,到2027年…突破1.2万亿元, nor numbers of several indicators in
# turn, 今年目标分别达到600亿元和400亿元)
_NOT_RESTATED = re.compile(
    r"预估|预计|预测|估计|分别|\b(?:estimated?|expected|projected|could|respectively)\b"
    r"|《[^》]{5,}》"  # (a plan cited by its full name; 《规划》 is the plan's own)
)
# an amount's goal words right before it: the amount is the goal's own value ("the goal
# is RMB 45 billion", 目标为人民币480亿元, 将达到), not a sum the plan names for something
# else ("the plan puts the cost of the new port at RMB 10 billion")
_GOAL_IS = re.compile(
    # (its year between: "The target for 2027 is RMB 18 billion")
    rf"\b{_GOAL_NOUN}(?:[^\S\n]+for[^\S\n]+(?:19|20)\d\d)?[^\S\n]+(?:is|was|of|are|remains|will be"
    r"|(?:has been|have been|was|were|is) (?:raised|set|lowered|cut) to)[^\S\n]+"
    r"(?:(?:about|around|at least|over|more than)[^\S\n]+)?$"
    r"|(?:目标值?\s*(?:为|是|达到)?|将达到|要达到)\s*(?:约|人民币)?\s*$",
    re.IGNORECASE,
)
# the words that say the sentence restates a goal, not a figure of something else it names
# in words no alias holds ("Inflation is to be held at 2 per cent by 2027")
_RESTATES_GOAL = re.compile(
    rf"\b(?:{_GOAL_NOUN}|plans?|strategy|outline|aims?|aiming|we)\b"
    r"|目标|规划|计划|方案",
    re.IGNORECASE,
)


def _own_goal_year(text: str, quantity: Quantity, sentence: Sentence, published: date) -> bool:
    """Whether a restated goal states its year, not one already past ("In 2021, the goal
    was RMB 45 billion"; 2024年的目标为200亿元), nor a plan's name ("Under the 2021 plan")."""
    found = _GOAL_YEAR_AFTER.match(text, quantity.end) or _GOAL_YEAR_BEFORE.search(
        text, sentence.start, quantity.start
    )
    if found is None:
        return False
    year = YEAR.search(found[0])
    return year is None or (
        # (a past year restates a result, "In 2015 we measured 31 percent", not a goal)
        (int(year[0]) >= published.year or not _A_GOAL.search(text, sentence.start, quantity.start))
        and not _PLAN_NAMED.match(text, found.start() + year.end())
    )


_BARE_GOAL_YEAR = re.compile(_BY_YEAR)
_PLAN_NAMED = re.compile(r"[^\S\n]+plan\b", re.IGNORECASE)
_A_GOAL = re.compile(rf"\b{_GOAL_NOUN}\b|目标", re.IGNORECASE)


def _share_again(
    index: IndicatorIndex,
    mentions: dict[tuple[str, str], list[Mention]],
    text: str,
    quantity: Quantity,
    sentence: Sentence,
    before: tuple[int, list[_Match]],
    published: date,
) -> list[_Match]:
    """ "R&D spending was 1.9 per cent of GDP in 2024. The rival plan aims for 2.5 per
    cent by 2027.", "Gross industrial output was RMB 31.5 billion in 2024. The Plan's goal
    is RMB 48 billion by 2030.", "The Plan's target of 600 by 2027": a percentage, or an
    amount or a count as the goal's own value, restated in a goal's words with a year of
    its own (by or in it), in a sentence that names no
    indicator at all, right after a sentence whose numbers of its kind were of one
    indicator, is that one's again."""
    number, matches = before
    if (
        number != sentence.number - 1
        # (a count restated only bare, its year right after it: "The Plan's target of 600
        # by 2027", not "12 task forces by 2026" nor "40 more in 2026", nor a Chinese
        # count, whose classifier does not say what it counts, 2027年目标为5000人)
        or (quantity.dimension == "count" and not _BARE_GOAL_YEAR.match(text, quantity.end))
        or not _own_goal_year(text, quantity, sentence, published)
        or _NOT_RESTATED.search(text, sentence.start, quantity.start)
        or not _RESTATES_GOAL.search(text, sentence.start, quantity.start)
        or (
            quantity.dimension != "pct"
            and not _GOAL_IS.search(text, max(sentence.start, quantity.start - 40), quantity.start)
        )
        or any(
            sentence.start <= m.start
            and m.end <= sentence.end
            and not (quantity.start <= m.start and m.end <= quantity.end)  # ("per cent")
            for found in mentions.values()
            for m in found
        )
    ):
        return []
    # (of the number's own dimension: no amount per person for "RMB 1.7 trillion")
    kind = {
        m.indicator_id: m for m in matches if index.dimensions[m.indicator_id] == quantity.dimension
    }
    return list(kind.values()) if len(kind) == 1 else []


_ANOTHER_PART = re.compile(
    r"\b(?:and|but|rather than|instead of|other than|not|none|while|whereas|remainder)\b"
    r"|其余|剩余|而非|而不是|不是|和|以及|与",
    re.IGNORECASE,
)


def _whole_before_its_part(
    text: str, ranked: list[_Match], quantity: Quantity, sentence: Sentence
) -> list[_Match]:
    """The indicators a number before a turn to a part (其中, "of which") in its sentence
    may measure, where some are named by a subject before the turn and some only by the
    part's words after it: those named before (到2027年,产值达到45亿元,其中马鞍及皮具产值
    达到15亿元: the 45 is the whole the part is of, the industry named in the sentence
    before, not the saddles; "host at least 150 exhibitions a year, of which 10 …"), and
    those named by their measure alone (投资额45亿元,其中马鞍产值…). As ranked where none is
    named before the turn or none after it (a whole whose aliases list its parts' words,
    总产值突破300亿元,其中运动服饰产值…)."""
    turn = _PART_OF_WHOLE.search(text, quantity.end, sentence.end)
    if turn is None:
        return ranked
    named = [m for m in ranked if m.subject is not None]
    before = [m for m in named if m.subject.start < turn.start()]
    after = [m for m in named if m.subject.start >= turn.start()]
    if not before or not after:
        return ranked
    return [m for m in ranked if m not in after]


def _part_named_after(
    text: str,
    ranked: list[_Match],
    chosen: list[_Match],
    before: list[Quantity],
    quantity: Quantity,
    year: YearMention | None,
) -> list[_Match]:
    """ "industrial investment of RMB 300 billion over 2025-2027, of which at least RMB 120
    billion is to go into technology upgrades": a part set off by "of which" (其中) is of
    the indicator its own words name after the turn, not again of the whole's named
    before it, when both are measured by the same word (investment); a part no words of
    any indicator name after the turn (其中男生约20名, and the part after it, 女生约40名) is
    of none. `before` are the numbers of the sentence before `quantity`; `year` is the
    year found for it."""
    if not before or len(chosen) != 1 or chosen[0].subject is None:
        return chosen
    turn = _PART_OF_WHOLE.search(text, before[-1].end, quantity.start)
    if turn is not None and chosen[0].subject.start < turn.start():
        part = [
            m
            for m in ranked
            if m.indicator_id != chosen[0].indicator_id
            and m.subject is not None
            and m.subject_tier <= 1  # (in the part's own clause, after the turn)
            # (the part's own: not past another conjunct, "RMB 120 billion will go to new
            # capacity and the rest to technology upgrades", "rather than upgrades")
            and not _ANOTHER_PART.search(text, quantity.end, m.subject.start)
        ]
        if part:
            return part[:1]
    # (a turn after the sentence's first number: a part may follow another part)
    turn = _PART_OF_WHOLE.search(text, before[0].end, quantity.start)
    if (
        turn is not None
        and chosen[0].subject.start < turn.start()
        # (not where the indicator's measure is named after the turn, 产量310万辆,其中出口
        # 76万辆: the part is of what that measure names)
        and (chosen[0].measure_at is None or chosen[0].measure_at.start < turn.start())
        # (nor a year's part of a goal over years, its year named after the turn: 其中2025年
        # 新增30家, "of which RMB 68.5 billion was completed in 2024")
        and (year is None or year.start < turn.end())
    ):
        # 新生60名左右(其中男生约20名): the part of the whole the indicator counts, named
        # by no words of its own indicator, is none of the whole's
        return []
    return chosen


def _own_phrases(ranked: list[_Match], window: tuple[int, int]) -> list[_Match]:
    """The indicators a list names phrase by phrase, each with its own subject and
    measure, one phrase after the other (制造业增加值占地区生产总值比重、高技术制造业增加值
    占规模以上工业增加值比重分别达到29%、16.5%); [] when the phrases overlap."""
    phrases: dict[str, _Match] = {}
    for m in ranked:  # best first: an indicator's best-placed phrase
        if (
            m.subject is not None
            and m.measure_at is not None
            and not m.measure_at.within
            and window[0] <= m.subject.start < m.measure_at.start
            and m.measure_at.end <= window[1]
        ):
            phrases.setdefault(m.indicator_id, m)
    ordered = sorted(phrases.values(), key=lambda m: m.subject.start)
    for first, second in pairwise(ordered):
        if first.measure_at.end > second.subject.start:
            return []
    return ordered


# A count a bracket limits what it follows to (家庭会员(限3人)每年680元, (限额3人), (每户限
# 3人), (每户最多3人), (每户不超过3人), and for a headcount (最多3人), (不超过3人)): a rule
# of the thing, no level (not a cap on another count, 产业园区总数(不超过8个), a goal's bound)
_LIMITED_TO_BEFORE = re.compile(r"\(\s*(?:限额?|每[^\d()]{1,2}(?:限额?|最多|不超过))\s*$")
_HEADCOUNT_LIMITED_BEFORE = re.compile(r"\(\s*(?:最多|不超过)\s*$")
# A money amount that qualifies the thing counted ("15 companies with annual revenue
# above 1 billion yuan", 营业收入超百亿元的企业) is part of a name, not a claim.
# A headcount that sets a class of firms (员工30人以下之微型工厂, 300人以上的企业)
_SIZE_CLASS_AFTER = re.compile(
    r"(?<=人)\s*(?:及|或)?以[上下](?:之|的)[\u4e00-\u9fff]{0,4}?(?:企业|工厂|公司|厂商|业者|厂)"
    # (not people of them: 300人以上的工厂作业员, 500人以上的企业人才)
    r"(?![\u4e00-\u9fff]{0,2}?(?:作业员|员工|职工|工人|人才|人员|技工))"
)
_MAKERS_OF_SIZE = re.compile(
    r"\s*(?:及|或)?(?:以上|以下)?(?:规模(?:以上|以下)?)?"
    # (a few words before the makers after 的; without it only 整车: 10万辆整车企业, not
    # 60万辆带动配套企业)
    r"(?:(?:之|的)[\u4e00-\u9fff]{0,4}?|(?:整车)?)(?:企业|车企(?!业)|厂商|工厂|公司)"
    r"(?!集群|群|体系|梯队|矩阵)"  # (not a cluster of them: its output is the count's)
)
_QUALIFIER_BEFORE = re.compile(r"\b(?:with|whose|of)\b[\w\s'-]{0,40}$", re.IGNORECASE)
# 超50亿元、超10亿元的企业; (年主营业务收入2000万元以上)
_QUALIFIER_AFTER = re.compile(
    # (the bound may say it includes the number: 5000万元(含)以下的授信业务)
    r"^\s*(?:人民币)?\s*(?:\((?:含|不含)\)\s*)?(?:(?:及?以上|及?以下)?(?:、[^,;。、]{0,8}?\d+(?:\.\d+)?[万亿千百十]*元(?:以上|以下)?)*"
    # not 96亿元的基础上: a basis; a few words may stand before the noun (以上重大项目)
    # 突破8000亿元的目标 names the goal itself
    r"(?:的(?!基础|目标|发展目标)"
    r"|级?(?![^,;。]{0,4}?(?:带动|推动|实现|促进|引领|吸引|支撑))[\u4e00-\u9fff]{0,4}?"
    r"(?:企业|项目|园区|集群))"
    r"|(?:以上|以下)\)"
    # one of several modifiers of a noun: 年薪50万元以上、在本市全职工作的人才
    # (not a state of things: 规模1000亿元以上、龙头企业30家以上的发展格局)
    r"|及?(?:以上|以下)、[^,;。]{0,20}?的(?![^,;。]{0,6}?(?:基础|目标|格局|局面|水平|体系|态势)))"
)
# A project's size in the brackets that describe it: a description, not a target.
_PROJECT_SIZE = re.compile(
    r"\([^()]*?(?:计划)?(?:总投资|投资总额|total investment(?: of)?)\s*(?:约|about|around)?\s*"
    r"(?:RMB\s?)?$",
    re.IGNORECASE,
)
# A named project's own total, in a list of key projects.
_PROJECT_TOTAL = re.compile(
    r"(?:期|基地|园|中心|工程)项目[^,;。]{0,4}?总投资(?:约|为|达)?\s*$"
    # a group of projects' total: 现代产业项目318个,总投资8760亿元
    r"|项目\s*\d+\s*个\s*,\s*(?:计划)?总投资(?:约|为|达)?\s*$"
    # (and the items' listed before it: 以上10件民生实事计划总投资2,158万元)
    r"|以上\s*\d+\s*[件个项][^,;。\d]{0,12}?(?:计划)?总投资(?:约|为|达)?\s*$"
    r"|\btotal investment:\s*(?:about\s+)?(?:RMB\s?)?$"
    # a list's total: "70 key projects ... with combined planned investment of 38 billion"
    r"|\bwith\s+(?:a\s+)?(?:combined|total)\s+(?:planned\s+)?investment\s+of\s+"
    r"(?:about\s+)?(?:RMB\s?)?$"
    # a project presented by its size: "Its total investment is RMB 21 billion", "Its
    # first phase, with an investment of RMB 6.5 billion"
    r"|\bits\s+total\s+investment\s+(?:is|was|will be)\s+(?:about\s+)?(?:RMB\s?)?$"
    r"|\bits\s+(?:first|second|third)\s+phase,\s+with\s+an\s+investment\s+of\s+"
    r"(?:about\s+)?(?:RMB\s?)?$",
    re.IGNORECASE,
)
# A numbered item's budget, a sentence of its own after what the item does (the
# project's size, as _PROJECT_TOTAL; not a goal for the indicator of investment)
_ITEM_BUDGET = re.compile(r"。\s*计划(?:总)?投资(?:约|为)?\s*$")
_BUDGET_BOUND = re.compile(r"\s*(?:以上|以下|左右)")  # (1.2亿元以上: a goal, not a budget)
_CLOSES_BRACKET = re.compile(r"\s*(?:人民币)?\s*(?:以上|以下)?\s*\)")
_QUALIFIER_IN_BRACKET = re.compile(
    r"\([^()]*(?:营收|营业收入|收入|产值|销售额|投资额|\brevenue\b|\bsales\b)[^()]*$",
    re.IGNORECASE,
)
# The nouns an amount may qualify as a class ("companies with annual revenue above 2
# billion yuan"; the words between and the bounds are CLASS_WORDS and CLASS_BOUND)
# (not a sum lent: "credit lines of at least RMB 2 billion" is the amount itself)
_CLASS_NOUN = (
    r"(?<!credit )(?<!loan )"
    r"\b(?:compan(?:y|ies)|firms?|enterprises?|projects?|makers?|manufacturers?|businesses"
    r"|business|producers?|plants?|suppliers?|players?|lines?|facilities|facility|entities"
    r"|entity|units?|those)\s+"
)
_AMOUNT_OPENS = r"\s+(?:RMB\s?|US\$|\$)?$"
# "companies with annual revenue above 2 billion yuan", "projects of more than ...", "only
# two makers had revenue above 1 billion yuan"
_QUALIFIED_NOUN = re.compile(
    _CLASS_NOUN
    + rf"(?:(?:with|whose|of|having)\b{CLASS_WORDS}(?:{CLASS_BOUND}|\bof)"
    + rf"|had\b{CLASS_WORDS}{CLASS_BOUND}){_AMOUNT_OPENS}",
    re.IGNORECASE,
)
# After "had", an amount after "of" is the makers' own ("makers had revenue of RMB 112
# billion"), unless a bound follows it ("had revenue of RMB 100 billion or more")
_HAD_OF = re.compile(_CLASS_NOUN + rf"had\b{CLASS_WORDS}\bof{_AMOUNT_OPENS}", re.IGNORECASE)
_OR_MORE_AFTER = re.compile(r"\s*or\s+more\b", re.IGNORECASE)
# The one thing a measure is of, then its bound ("output value of the plant of at least
# RMB 25 billion"): the amount is the measure's, not a class of plants
_OF_THE_THING = re.compile(
    r"\b(?:value|output|revenue|investment|sales|turnover|capacity|income)\s+"
    r"of the \w+ of (?:at least|more than|over|above|no less than|not less than)\s+"
    r"(?:RMB\s?|US\$|\$)?$",
    re.IGNORECASE,
)


_BARE_END = re.compile(r"^\s*(?:by|in|before|until|within|over|at|,|;|\.|\)|$)", re.IGNORECASE)


def _list_bound_after(text: str, found: list[Quantity], position: int) -> str | None:
    """The bound written after the last number of the list `found[position]` opens or
    goes on (城镇、农村居民收入分别增长6%和7.5%左右: both about), or None."""
    last = position
    while last + 1 < len(found) and LIST_JOIN.fullmatch(
        text, found[last].end, found[last + 1].start
    ):
        last += 1
    return bound_after(text, found[last]) if last > position else None


def _carry_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare English number that only continues the one before it ("5,000 fuel-cell
    vehicles by 2025, rising to 12,000 by 2030") counts what that one counts; a yuan
    amount listed after one per person is per person too."""
    carried = list(found)
    for position in range(1, len(carried)):
        quantity, previous = carried[position], carried[position - 1]
        if (
            quantity.dimension == "count"
            and previous.dimension in ("vehicles", "per_10k_people")
            and not CJK.search(quantity.text)
            and _BARE_END.match(text[quantity.end : quantity.end + 8])
            and re.search(r"\b(?:to|and|then)\s*$", text[previous.end : quantity.start])
        ):
            carried[position] = replace(quantity, unit=previous.unit, dimension=previous.dimension)
        elif (
            quantity.unit == "CNY"
            and previous.dimension == "cny_per_person"
            and LIST_JOIN.fullmatch(text, previous.end, quantity.start)
        ):
            # 人均可支配收入分别达到5万元和2.6万元: the list's second amount is per person too
            carried[position] = replace(quantity, unit="CNY_per_person", dimension="cny_per_person")
    return carried


# A count of the items of a list named before it that bear on something (扶持措施中,有两条
# 与龙舟队直接相关:), in 条 or 项: the items', not the indicator's things (not 有500家与集成
# 电路相关的企业, whose noun follows, nor 入驻企业中有500家与集成电路相关, firms)
_BEARS_ON_AFTER = re.compile(r"\s*(?:与|和)[^,;:。\d]{1,15}?(?:相关|有关)\s*(?=[,;:。]|$)")


# The size that makes events of a class ("conventions of over 1,000 delegates"; not one
# event's, "the trade fair with over 1,500 exhibitors", nor those met, "meetings with")
_EVENTS_OF_SIZE = re.compile(
    r"\b(?:conventions|conferences|congresses|exhibitions|events|fairs)"
    r"\s+(?:of|with)\s+(?:over|more than|at least|above)\s+$",
    re.IGNORECASE,
)
# ... and firms of a size in staff ("rent-free space for start-ups with fewer than 50 staff",
# "firms with more than 1,000 employees"): which firms, not how many people (not a total
# of them all: "40 plants with more than 12,000 workers in all")
_FIRMS_WITH_BEFORE = re.compile(
    r"\b(?:start-?ups|SMEs|firms|companies|enterprises|businesses|makers|plants)\s+with\s+"
    r"(?:fewer than|more than|over|under|at least)\s+$",
    re.IGNORECASE,
)
_STAFF_AFTER = re.compile(
    rf"\s+(?:{_STAFF})\b(?!\s+(?:in all|in total|between them)\b)", re.IGNORECASE
)


def _is_qualifier(text: str, quantity: Quantity, previous: Quantity | None) -> bool:
    if quantity.dimension == "count" and _SIZE_CLASS_AFTER.match(text, quantity.end):
        return True  # 员工30人以下之微型工厂: the firms' size, not a count of them
    if quantity.dimension == "count" and (
        _LIMITED_TO_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
        or (
            _classifier_of(quantity) in ("人", "名")
            and _HEADCOUNT_LIMITED_BEFORE.search(text, max(0, quantity.start - 5), quantity.start)
        )
    ):
        return True  # 家庭会员(限3人): what a membership allows, not members
    if quantity.dimension == "vehicles" and _MAKERS_OF_SIZE.match(text, quantity.end):
        return True  # 年产量超过10万辆的整车企业达到5家: the makers' size, not their output
    if quantity.dimension == "count" and _EVENTS_OF_SIZE.search(
        text, max(0, quantity.start - 40), quantity.start
    ):
        return True  # "60 conventions of over 1,000 delegates": the events' size
    if (
        quantity.dimension == "count"
        and _STAFF_AFTER.match(text, quantity.end)
        and _FIRMS_WITH_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    ):
        return True  # "for start-ups with fewer than 50 staff": the firms' size
    if (
        quantity.dimension == "count"
        and _classifier_of(quantity) in ("条", "项")
        and _BEARS_ON_AFTER.match(text, quantity.end)
    ):
        return True  # 措施中,有两条与龙舟队直接相关: measures, not boats
    if quantity.dimension not in ("cny", "usd"):
        return False
    if _QUALIFIER_AFTER.match(text[quantity.end : quantity.end + 40]):
        return True
    if _CLOSES_BRACKET.match(text, quantity.end) and _QUALIFIER_IN_BRACKET.search(
        text, max(0, quantity.start - 30), quantity.start
    ):
        return True  # 龙头企业(年营收超10亿元): 10家以上
    if _PROJECT_SIZE.search(text, max(0, quantity.start - 30), quantity.start):
        return True  # 重点建设...项目(总投资约68亿元,建设期2024-2026年)
    if _PROJECT_TOTAL.search(text, max(0, quantity.start - 40), quantity.start):
        return True  # 整车基地二期项目总投资156亿元; "Total investment: RMB 18.6 billion"
    line_start = text.rfind("\n", 0, quantity.start) + 1
    if (
        _ITEM_START.match(text, line_start)
        and _ITEM_BUDGET.search(text, line_start, quantity.start)
        and not _BUDGET_BOUND.match(text, quantity.end)
    ):
        return True  # (四)"亮化进村"工程。…。计划投资162万元。: the item's budget
    before = text[max(0, quantity.start - 80) : quantity.start]
    if _QUALIFIED_NOUN.search(before) and not _OF_THE_THING.search(before):
        return True
    if _HAD_OF.search(before) and _OR_MORE_AFTER.match(text, quantity.end):
        return True
    if previous is None or previous.dimension != "count":
        return False
    between = re.sub(r",\s*(?=each\b|all\b)", " ", text[previous.end : quantity.start])
    qualifier = _QUALIFIER_BEFORE.search(between)
    # (not past an "and" that starts the next item: "12 million visitors and tourism
    # revenue of RMB 15 billion", "36.3 million people and with GDP of"; unlike "50
    # specialised and sophisticated SMEs with annual revenue of")
    return (
        qualifier is not None
        and not re.search(r"[,;:]", between)
        and not re.search(
            r"\band\b" if qualifier[0].lower().startswith("of") else _AND_NEXT_ITEM,
            between[: qualifier.start()],
        )
    )


# an "and" that starts the next item, right before the qualifier or with a verb and an
# object of its own ("50 SMEs and build an industrial cluster with output of"; not "30
# enterprises that research and develop new materials with annual revenue of")
_AND_NEXT_ITEM = r"\band\s*$|\band\s+(?:build|create|develop|form|establish|set up)\s+(?:an?|the)\b"


def _is_multiple(quantity: Quantity) -> bool:
    """A ratio to a baseline ("double", 3倍), not a ratio stated as a level (PUE 1.25,
    quantities.CHINESE_BARE_RATIO)."""
    return quantity.dimension == "ratio" and not quantity.level


# A result set against a goal ("beat its interim goal of RMB 180 billion", "ahead of the
# interim goal of 130", "compared with an interim goal of 25%"): the goal's word there
# plans nothing, as 完成全年目标的56.4% does not (sentences.FUTURE)
_SET_AGAINST_GOAL = re.compile(
    # a verb of a goal's outcome: its period is over
    r"\b(?:beat|beats|missed|met|exceeded|surpassed|topped|fell short of)\s+"
    r"(?:(?:its|the|an?|their|this)\s+)?(?:own\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:(?:interim|annual|initial|original|earlier|previous|full-year)\s+)?$"
    # a comparison, only with a goal of a stage past ("ahead of the interim goal of 130";
    # not "against an annual target of RMB 200 billion", which is still ahead)
    r"|\b(?:ahead of|short of|behind|below|above|compared with|against)\s+"
    r"(?:(?:its|the|an?|their|this)\s+)?(?:own\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:interim|earlier|previous|original)\s+$",
    re.IGNORECASE,
)
# A verdict in quotation marks on what stands ("R&D spending averaged 2.1% of sales
# revenue, a level the plan calls \"clearly insufficient\"", or 'too low'): the plan's word
# (or a goal's) there plans nothing (not "the plan calls for", "calls on firms to")
_PLANS_VERDICT = re.compile(r"\s+(?:calls|terms)\s+[\"']", re.IGNORECASE)


def _plans(chunk: str) -> bool:
    """Whether a sentence speaks of what is to come (sentences.FUTURE), not counting a
    goal a result is set against, nor a plan's verdict on what stands."""
    return any(
        not (
            word[0].lower().startswith(("goal", "target"))
            and _SET_AGAINST_GOAL.search(chunk, max(0, word.start() - 40), word.start())
        )
        and not _PLANS_VERDICT.match(chunk, word.end())
        for word in FUTURE.finditer(chunk)
    )


def _told_with(
    text: str, sentence: Sentence, clause: tuple[int, int], found: list[Quantity]
) -> str:
    """The part of a sentence that tells what a number in `clause` is: the sentence up to
    the end of that clause, and the clauses after it that state a number too (a result
    continued: 产量16.3万辆,同比增长21%) or refer back to it (数据截至4月底, 同比增长较快,
    目前居全省首位); not a later clause about something else, whose 现有 or 截至目前 tells
    nothing of the number (资本开支预算下调至9亿元,所需资金主要来自现有银行授信; 2025年产量
    达到35万辆,截至目前各项工作进展顺利)."""
    rest = text[clause[1] : sentence.end]
    later = [
        rest[start:end]
        for start, end in _clauses(rest)
        if any(clause[1] + start <= q.start < clause[1] + end for q in found)
        or _REFERS_BACK.match(rest, start)
    ]
    return ",".join([text[sentence.start : clause[1]], *later])


# A later clause that says more of the number before it: as of when, its change, its rank
_REFERS_BACK = re.compile(
    r"\s*(?:数据|统计)?截[至止]到?\s*(?:\d|今年|本年|上年|去年|[一二三四五六七八九十]+月"
    r"|目前(?:为止)?,?\s*(?:已|居|位居|排名|位列))"
    r"|\s*(?:同比|比上年|较上年|比去年|较去年|环比)|\s*(?:目前|当前)?(?:居|位居|排名|位列)"
    # (what is done of it: 已超额完成年度目标任务, 实现了历史性突破, 其中已有多款车型出口,
    # 已全部支付完毕; not a step taken about it, 已列入重点工作, 已完成选址)
    r"|\s*(?:目前)?已(?:经)?(?:超额|提前)?(?:完成|实现|达成)[^,;。\d]{0,10}?(?:目标|任务)"
    r"|\s*(?:目前)?已(?:全部|基本)|\s*其中已有|\s*(?:实现|完成)了"
)


def _is_target(year: YearMention | None, published: date, future: bool, sentence: str) -> bool:
    """A number for the year of publication or after is a target, unless, for the year
    of publication, its sentence tells what happened or stands now and says nothing
    about the future ("the economy grew 5.3 percent in the first three quarters of this
    year", 截至今年3月,全省仅有9个通用机场); with no year, as its sentence says."""
    if year is None:
        return future
    if year.year == published.year and not future and (year.part or _HAPPENED.search(sentence)):
        return False  # (a part of the year so far, 上半年, is reported, never planned)
    return year.year >= published.year


# A project's years after its amount: the year work starts and the year it is done
# (一期项目计划投资120亿元,2025年开工建设,2026年底前建成投产): the amount is the whole
# project's, of the year it is done
_WORK_STARTS = re.compile(r"\s*年?\s*(?:\d{1,2}\s*月)?(?:份|底|末|初)?\s*(?:开工|开建|动工)")
_WORK_DONE = re.compile(
    r"\s*年?\s*(?:\d{1,2}\s*月)?(?:份|底|末)?(?:前|以前|之前)?\s*(?:全面)?(?:建成|投产|竣工|完工|达产)"
)


def _completion_year(
    text: str, year: YearMention, years: list[YearMention], ceiling: int
) -> YearMention:
    """The year a project is done, when `year` (after its amount) is when work starts
    and a year after it, before the next amount (at `ceiling`), is when work is done;
    else `year`."""
    if not _WORK_STARTS.match(text, year.end):
        return year
    return next(
        (m for m in years if year.end < m.start < ceiling and _WORK_DONE.match(text, m.end)),
        year,
    )


# What stands right before a year a number is compared with: 比2023年, 较2023年, "than in 2023"
_COMPARED_WITH = re.compile(r"(?:比|较)\s*$|\bthan\s+(?:in\s+)?$", re.IGNORECASE)


def _not_the_year_compared_with(
    text: str,
    year: YearMention,
    quantity: Quantity,
    years: list[YearMention],
    earlier: list[YearMention],
    published: date,
) -> YearMention:
    """A year from the sentences before is not that of a number its own sentence compares
    with that same year, written out after it (2024年,…;2023年规上工业增加值为1200亿元。
    制造业增加值占比为31.8%,比2023年的31.2%提高…: the 31.8% is not of 2023; not 比上年,
    which counts back from the number's own year): the latest year stated before that is
    later than the one compared with and not after the year of publication (a result is
    never of a goal's year: 到2027年… earlier on is no result's), if any; else `year`."""
    if not any(
        m.comparison
        and m.year == year.year
        and m.start > quantity.end
        and YEAR.fullmatch(text, m.start, m.end)
        and _COMPARED_WITH.search(text, max(0, m.start - 8), m.start)
        for m in years
    ):
        return year
    later = [
        m
        for m in earlier
        if year.year < m.year <= published.year and not m.comparison and not m.span_start
    ]
    return later[-1] if later else year


# Right before a number, the past of "to be" ("The share of loss-making firms was 16.8%"):
# what the number was, a fact
# Right before a number in its clause, 已 (already): what is done, a fact; not 已于
# (已于2024年印发, a date)
# (not 已 in a noun before the goal's own verb: 已投金额的比重达到80%以上, the share of the
# amount invested so far)
_ALREADY = re.compile(
    r"(?<!而)已(?:经)?(?!于)(?![^,;。\d]+(?:达到|突破|超过|不低于|不少于|提高到|提升至|增至))"
    r"[^,;。\d]{0,16}$"
    # (and what one has now, 我校现有模拟驾驶器24台; not 实现有, nor what is raised or added
    # to, 现有设备增加到40台, 在现有基础上新建5000个)
    r"|(?<![实在])现有(?:(?!新建|建成|新增|再|突破|超过)[^,;。\d增提达到扩升]){0,12}$"
)
# ... and a verb done, with its 了, right before the number (岸电泊位也从零做到了八个), in a
# sentence that sets no goal before it (not 到2027年,…要达到了300家, 力争…实现了1500亿元)
_DONE_WITH_LE = re.compile(r"(?:做到|达到|完成|实现|建成|增加|增长|提高|提升)了\s*(?:约|近)?\s*$")
# What stands now, said right before the number: "the metro network, now three lines, is
# to grow to six lines by 2030", "currently about 4,200", "We now have 214 members"
_NOW_BEFORE = re.compile(
    # (not after a modal: "Under it, the city will now have 8 metro lines")
    r"\b(?<!will )(?<!would )(?<!should )(?<!shall )(?<!must )(?<!to )(?:now|currently)\s+"
    r"(?:stands?\s+at\s+|ha(?:ve|s)\s+)?"
    r"(?:(?:about|around|some|nearly|more than|over)\s+)?$"
    # (and a share said to be only so much, 本区居民占雇员比例只有21%)
    r"|(?:只有|仅有|仅为|仅占|只占)\s*(?:约|大约)?\s*$",
    re.I,
)
# (not a goal revised: "The renewable share target for 2027 is now 60%")
_GOAL_NAMED = re.compile(
    # (a goal or plan that is only so much: 营收年增目标仅为5%; not 计划 as a noun before
    # what stands, 参与实习计划的企业…只有320个)
    r"\b(?:targets?|goals?|objectives?|aims?)\b"
    r"|(?:目标|计划)(?!的)(?:值)?[^,;。\d]{0,8}(?:仅为|只有|仅有|仅占|只占)",
    re.I,
)
# (the existing plant the capacity is of, right before its "which")
_EXISTING = re.compile(
    r"\b(?:existing|current)\s+(?:plant|factory|line|base|facility|site)\b"
    r"(?:\s+in\s+[^,;.]{1,50})?\s*,\s*(?:which|that)\s+can\b",
    re.I,
)
_CAN_DO_NOW = re.compile(
    r"\b(?:which|that)\s+can\s+(?:build|produce|make|assemble|handle|process|hold)"
    r"\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    re.I,
)
# 另有12家工厂入选…: "there are another" counts what is (not 另有10家力争上市, a plan: the
# future after the number in its clause)
_ANOTHER = re.compile(r"(?<![\u4e00-\u9fff])另有\s*$")
# Right after a number, the past perfect ("about 1,900 had been contracted by the end of
# September"): what was done by then, a fact whatever the sentence planned before it
# (not what had been planned, expected or set, which may still be ahead, with up to two
# adverbs before it: "had been initially targeted for 2026", "had been already slated";
# "had been certified as planned" reports)
_AHEAD_PARTICIPLE = (
    r"(?:planned|expected|set|scheduled|targeted|projected|forecast|budgeted|earmarked"
    r"|intended|hoped|meant|due|aimed|pledged|promised|committed|slated|pencil+ed)\b"
)
_HAD_BEEN_AFTER = re.compile(
    # (a participle after "been", not a noun phrase: "had been the figure expected")
    r"\s*(?:[a-z-]+\s+){0,3}?had\s+been\s+(?!(?:the|a|an|its|their|our)\b)"
    rf"(?!(?:(?:[a-z]+ly|already|still|also|just|only|once)\s+){{0,2}}{_AHEAD_PARTICIPLE})"
    r"[a-z]+",
    re.IGNORECASE,
)
# The bound a goal states after its number (同比下降2%以上, 增长6%左右, 控制在8%以内), which
# a change that happened does not
_GOAL_BOUND = r"(?:以上|左右|以内)"
# English verbs of a change that happened (a sentence's, _HAPPENED; a number's clause's,
# _WENT_BEFORE)
_CHANGED = r"grew|rose|fell|increased|decreased|climbed|declined|dropped|expanded"
_WAS = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+|still\s+)?(?:RMB\s*|US\$|\$)?$")
_AND_NEXT = re.compile(
    rf"[^.;,]{{0,30}}?\band\s+(?:{_ROUGHLY}\s+)?(?:RMB\s*|US\$|\$)?", re.IGNORECASE
)
# A deal done, its amount right after: "launched a RMB 20 billion (about US$2.78 billion)
# integrated-circuit fund on Monday"
_DEAL_BEFORE = re.compile(
    # (after its subject: not a plan's task, "1. Set up a RMB 5 billion fund in 2026", nor
    # "pledged to have established")
    r"(?<=[A-Za-z]\s)(?<!to\s)(?<!have\s)(?<!and\s)(?<!ly\s)"
    r"\b(?:launched|set up|established|closed|completed)\s+(?:a|an)\s+(?:RMB\s*|US\$|\$)?$",
    re.IGNORECASE,
)
# A verb of what happened before a number in its clause ("grew from 52 to 87"): a fact,
# whatever goal's year a sentence before it named
_WENT_BEFORE = re.compile(
    rf"\b(?:{_CHANGED}|doubled|tripled|went|jumped|slipped)\b"
    r"(?:(?!\b(?:and|but|while)\b)[^.;,])*$",
    re.IGNORECASE,
)
# What an amount may open with after a verb of where it stands (_HAS_HAD): a word of
# roughly or of a bound, a currency's sign
_ABOUT_AN_AMOUNT = rf"(?:(?:{_ROUGHLY}|more than|over)\s+)?(?:RMB\s*|US\$|\$)?$"
# What has been so far, right before the number ("the city has had four Class 1
# approvals since the plan was issued", "has so far attracted 40 firms"): a fact of now
_HAS_HAD = re.compile(
    # (and the past perfect: "by the end of October the register had passed 160")
    r"\b(?:has|have|had)\s+(?:already\s+|so\s+far\s+|now\s+|just\s+)?"
    r"(?:had|seen|recorded|received|attracted|added|approved|registered|signed"
    # (what was made or done: "we have already made 241,000")
    r"|made|produced|built|sold|exported|shipped|delivered|installed|completed|created"
    r"|trained|opened|launched|introduced|secured|won|generated|earned|reached|exceeded"
    r"|passed|topped|surpassed|crossed"
    # (or what was given: "members and schools have given RMB 910,000")
    r"|given|donated|raised|contributed|pledged|collected"
    # (or what was mended, bought or taken in: "has already restored two donated dulcimers")
    r"|restored|repaired|bought|recruited|welcomed)\s+"
    r"(?:only\s+|just\s+)?(?:RMB\s*|US\$|\$)?$"
    # (or what it comes to so far, whatever goal was named before: "Against a target of
    # RMB 120,000, pledges so far total RMB 41,500")
    rf"|\bso\s+far\s+(?:total(?:s|l?ed)?|comes?\s+to|amounts?\s+to)\s+{_ABOUT_AN_AMOUNT}"
    # (or where it stands now: "The hospital mews appeal already stands at RMB 212,000",
    # "so far stands at"; not a goal's, below)
    rf"|(?P<stands>\b(?:already\s+(?:stands?|stood)|so\s+far\s+stands?)\s+at\s+{_ABOUT_AN_AMOUNT})",
    re.IGNORECASE,
)
# (not the future perfect: "will already have added", "aims to have attracted"; "is
# believed to have attracted" is what was)
_AHEAD_OF_HAVE = re.compile(
    # (any "to have": "we need to have built", "for the province to have installed", but
    # not what is said to have been: "is believed to have attracted")
    r"(?:\b(?:will|shall|should|would|must|could|may|might"
    r"|(?<!believed )(?<!said )(?<!reported )(?<!thought )(?<!known )(?<!estimated )"
    r"(?<!seems )(?<!appears )(?<!understood )(?<!claims )(?<!proud )(?<!pleased )"
    r"(?<!happy )(?<!glad )(?<!honoured )(?<!honored )(?<!fortunate )(?<!enough )to)|'ll)"
    r"\s+(?:[a-z]+ly\s+|already\s+|still\s+)?$",
    re.IGNORECASE,
)


def _has_had(text: str, start: int, end: int) -> bool:
    found = _HAS_HAD.search(text, start, end)
    return (
        found is not None
        and not _AHEAD_OF_HAVE.search(text, max(0, found.start() - 30), found.start())
        # (where a goal stands is no fact: "Its target already stands at RMB 600,000")
        and not (
            found["stands"]
            and _GOAL_NAMED_BEFORE.search(text, max(0, found.start() - 60), found.start())
        )
    )


_GOAL_NAMED_BEFORE = re.compile(rf"\b(?:{_GOAL_NOUN}|aims?)\b[^.;!?]*$", re.IGNORECASE)


# ... or right after the number and its noun ("three were under construction at the end of
# February", "Three projects were completed"), not what was planned or is to be ("were
# expected to", "were to be built")
# (nor a goal's own news: "was announced", "were adopted")
_GOAL_NEWS = (
    r"(?:announced|adopted|confirmed|included|approved|unveiled|proposed|agreed|endorsed)\b"
)
# What the writer saw, after the number in its clause: "At 9 of the 21 factories we
# visited": a finding, not a goal of a year a sentence before named
_WE_SAW_AFTER = re.compile(
    # (not a likeness: "50 more green factories like the ones we visited")
    r"\s*(?:(?!(?:like|as|than|such)\b)[\w-]+\s+){0,6}?(?:we|I)\s+"
    r"(?:visited|surveyed|inspected|interviewed|sampled"
    r"|audited|checked)\b",
    re.IGNORECASE,
)
_WAS_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:was|were)\s+"
    r"(?!(?:(?:[a-z]+ly|already|still|also|just|only|once)\s+){0,2}"
    rf"(?:to\b|{_AHEAD_PARTICIPLE}|{_GOAL_NEWS}))",
    re.IGNORECASE,
)
# ... or what passed or failed a test, in the past tense ("a water-quality goal: 94.3% of
# public pools passed provincial inspections in 2024"; not "will have passed")
_PASSED_AFTER = re.compile(
    r"\s*(?:(?!will\b)[a-z-]+\s+){0,3}?(?:passed|failed)\b",
    re.IGNORECASE,
)
# ... or what members did, of no year ahead ("81% renewed for 2025", "62% attended",
# "40% responded"; not "will have renewed", "must have renewed", "to have attended",
# "members who attended a course will")
_MEMBERS_DID_AFTER = re.compile(
    r"\s*(?:(?!(?:will|shall|should|must|would|need|to|who|that|which)\b)[a-z-]+\s+){0,3}?"
    r"(?:renewed|attended|responded)\b",
    re.IGNORECASE,
)
# A number named a goal before it ("A GDP growth target of around 5% was ...", "The 2027
# target of 1.2 million NEVs was ..."): what comes after it is the goal's news, not a fact
_NAMED_GOAL_BEFORE = re.compile(
    r"\b(?:target|goal|aim|objective)s?\s+(?:of|at)\s+"
    r"(?:(?:around|about|at least|more than|some|roughly)\s+)?(?:RMB\s?|US\$|\$)?$",
    re.IGNORECASE,
)


# A year the writer states for every goal after it that states none: "HEADLINE GOALS (FOR
# 2030 UNLESS STATED)"
_DEFAULT_YEAR = re.compile(
    r"\((?:for|by|in)\s+((?:19|20)\d\d)\s*,?\s*unless\s+(?:otherwise\s+)?"
    r"(?:stated|noted|specified|indicated)\)",
    re.IGNORECASE,
)


# What a report's sentence plans (力争, 计划, 预计, a goal that is or will be…): not 将
# used as 把 (全市将集成电路作为主导产业), nor 争取 done (成功争取), nor a result set against a
# goal (比年初预期目标高0.3个百分点)
_PLANS_AHEAD = re.compile(
    r"力争|(?<!成功)争取|计划|预计|目标(?:是|为)|\b(?:will|aims?|plans?|expects?)\s+to\b",
    re.IGNORECASE,
)
# What a report says of the year to come, before the number in its sentence
_LOOKS_AHEAD = re.compile(r"来年|明年|新的一年|下一步|下步|今后|下一年")
_YEAR_END_MONTH = 11  # from November, 预计 of the year of publication estimates its end
# A part of the number before it: "..., of which exports made up", 其中
_PART_OF_WHOLE = re.compile(r"\bof which\b|其中", re.IGNORECASE)
# What stands as of a date: 截至2月底
_AS_OF = re.compile(r"截至|截止|\bas of\b", re.IGNORECASE)
# A progress report's label for what has been done (完成情况:截至10月底,…完工79个): the
# sentence after it reports, up to a word of the future (…,力争年底前达到90家), and not
# of a year it names ahead (推进情况:2026年新增10家)
_RESULTS_LABEL = re.compile(r"(?:完成|进展|落实|推进|执行)情况\s*:")
# Words that plan after a results label (争取 is none there: 争取…资金4.3亿元 is funding
# won; nor 完成年度计划), and a goal set out with a number in its clause (2025年目标新增
# 20家, 全年目标龙头企业85家, 年度目标任务为新增20家), not one met or done in part
# (已完成全年目标新增20家的任务, 完成年度目标的85%: _MET)
_PLANNED_AFTER_LABEL = re.compile(r"力争|将(?!近)|(?<!年度)(?<!完成)计划|预计|确保")
_GOAL_SET_OUT = re.compile(r"目标(?!的\s*\d)(?=[^,;。\d]{0,12}\d)")
_MET = re.compile(r"(?:完成|实现|达成)[^,;。\d]{0,6}$")
# A goal restated: "the previous goal … was 80", 原定目标, 目标为, 此前…目标 (not 目标管理 or
# a verb "targets"): its number keeps the goal's year
_GOAL_RESTATED = re.compile(
    r"\b(?:previous|original|earlier|old|initial|former)\s+(?:goals?|targets?)\b"
    r"|\b(?:goals?|targets?)\s+(?:was|were|had been)\b"
    r"|原定?目标|此前[^,;。]{0,10}目标|目标(?:为|是|值)",
    re.IGNORECASE,
)


# A goal written as a headline's infinitive, a subject and "to" with no verb before it:
# "* Annual production of NEVs to exceed 1.2 million", "Urbanisation rate to reach 70%"
# (not "Output rose to", whose verb is before "to", nor "up to", "according to")
_HEADLINE_GOAL = re.compile(
    r"\s*(?:[-*\u2022\u00b7]\s*)?[A-Z][^.;:\d]{0,100}?(?<!\bup)(?<!according)"
    r"\s+to\s+(?:be\s+[a-z]+ed\b|(?:exceed|top|reach|surpass|double|triple|hit|rise|grow"
    r"|increase|climb|expand)\b)"
)
_HEADLINE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|rose|grew|fell|came|went|said|says)\b"
)


def _goals_lead(text: str, start: int, end: int) -> bool:
    """Whether a lead-in of goals (_GOALS_LEAD) stands in text[start:end], not one of a
    goal checked against or met (对照2024年目标:, 实现全年目标:)."""
    return any(
        not _CHECKED_GOAL.search(text, max(start, lead.start() - 10), lead.start())
        for lead in _GOALS_LEAD.finditer(text, start, end)
    )


def _labelled_result(
    text: str, start: int, quantity: Quantity, year: YearMention | None, published: date
) -> bool:
    """Whether `quantity` is under a results label in its sentence (_RESULTS_LABEL), with
    no word that plans nor a goal set out between, and of no year ahead of publication
    named in its own sentence (a year the sentence before set ahead does not count:
    截至10月底 is now)."""
    label = _RESULTS_LABEL.search(text, start, quantity.start)
    return (
        label is not None
        and not _PLANNED_AFTER_LABEL.search(text, label.end(), quantity.start)
        and not any(
            not _MET.search(text, max(label.end(), goal.start() - 8), goal.start())
            # (searched to the text's end: its look-ahead must see the number itself)
            for goal in _GOAL_SET_OUT.finditer(text, label.end())
            if goal.start() < quantity.start
        )
        and (year is None or year.year <= published.year or year.start < start)
    )


def _headline_goal(sentence: str) -> bool:
    """Whether `sentence` opens with a headline's goal: a subject, then "to exceed" (or
    another verb of a goal), with no verb of its own before "to"."""
    goal = _HEADLINE_GOAL.match(sentence)
    return goal is not None and not _HEADLINE_VERB.search(goal[0])


# The lead-in of goals quoted in a review: 2025年全省经济社会发展主要预期目标为:…;
# "the work report's targets for the year are: GDP growth of around 5.5%, ..."; and a
# goal's label in a progress report, 整改目标:2025年完成…86个 (not one checked against or
# met, 对照目标:, 实现全年目标:, _CHECKED_GOAL)
_CHECKED_GOAL = re.compile(r"(?:对照|实现|完成|达成|对标)[^,;。:\n]{0,8}$")
_GOALS_LEAD = re.compile(
    r"目标(?:为|是)?\s*:|目标如下"
    r"|\b(?:targets?|goals?)\b[^.:;]{0,40}\b(?:are|were)\s*:",
    re.IGNORECASE,
)


# What a plan sets, said right before its number in a review: 今年省政府提出全年产量力争
# 达到80万辆, 省政府年初提出今年全年突破2.2万亿元; or the goal named right before it
# (年度产值目标为260亿元, in a progress report's overview)
_PLANNED_HERE = re.compile(
    r"力争|争取|确保(?!了)|(?:提出|要求)(?!了)[^,;。\d]{0,12}$"
    # (and this year's plan, 今年计划开行中欧班列600列: not a year's plan met, 完成年度计划)
    # (nor the share of it done: 完成全年计划的85%, 占年内计划的85%)
    r"|(?<!完成)(?<!占)(?:今年|全年|年内|本年)计划[^,;。\d]{0,12}(?<!的)$"
    # (and in English: "the province aims to produce more than 80,000", "management's plan
    # for 2025 is to ship about 5,000 units", inside a section that reviews; not the
    # writer's own, "We aim to handle more than 500,000 TEU at Veyhai", in its own review)
    # (nor a plan denied, "has no plans to", nor one whose words reach past another thing
    # to a fact, "plans to beat the record of 5,000 units it shipped this year")
    r"|(?<!\bwe )(?<!\bwe also )(?<!\bwe now )(?<!\bno )(?<!\bnot )"
    r"\b(?:aims?|aiming|plans?|intends?)\s+to\s+(?![^.;:\d]*\b(?:record|after|since)\b)"
    r"[^.;:\d]{0,30}$"
    r"|(?<!\bour )\b(?:plan|aim|goal|target)s?\s+(?:for\s+(?:19|20)\d\d\s+)?(?:is|are)\s+to\s+"
    r"[^.;:\d]{0,30}$",
    re.IGNORECASE,
)
# (or in brackets after it, in a progress report: 完成年度目标(80个)的88.8%; or set out
# with its subject and verb, and the goals listed before it: 全年目标为新增800家, 全年目标是
# 工业投资增长10%以上、技改投资增长15%)
_GOAL_RIGHT_BEFORE = re.compile(
    r"(?:年度|全年)?(?:预期)?目标(?:值)?"
    # (over a level it starts from, 在现有…1200家的基础上新增100家, to the goal; that level
    # itself is no goal, _planned_here)
    r"(?:(?:为|是|定为)(?:[^,;。\d]|[\d.]+(?=[^,;。\d]{0,4}、)"
    r"|[\d.,]+(?=[^,;。\d]{0,3}的?基础上)){0,24}|\()?\s*$"
)
# the level a goal starts from (在现有…1200家的基础上), and the number before ending its own
# item (not a result listed after it: 、实际新增…850家)
_A_BASE_AFTER = re.compile(r"[^,;。\d]{0,3}的?基础上")
_LISTED_AFTER = re.compile(
    r"[^,;。\d]{0,4}、(?![^,;。\d]{0,8}(?:实际|已|完成了))"
    # (or past the level it starts from: 在现有…1200家的基础上新增100家)
    rf"|{_A_BASE_AFTER.pattern}"
)
# (a number after the goal set against it is a result: 低于全年目标0.3个百分点, 低于年度
# 目标50亿元; a rate after 距 or 完成 too, a share of it done: 完成年度目标76%; an amount
# after them is the goal's own, 距全年目标500亿元)
_AGAINST_GOAL = re.compile(r"(?:低于|高于|超出|超过|差|比)[^,;。\d]{0,4}$")
_DONE_OF_GOAL = re.compile(r"(?:完成|距离|距|占)[^,;。\d]{0,4}$")


def _the_years_goal_around(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """Whether `quantity` stands inside the year's goal its clause names around it
    (完成全年8万辆产量目标的54.6%, 距离全年新能源车型销量占比不低于70%的目标还差…, 高于全年
    研发投入占营业收入比例不低于5%的要求): the goal's own value, whatever the clause
    reports of the months so far."""
    return bool(
        _YEARS_GOAL_OPENS.search(text, clause[0], quantity.start)
        and _YEARS_GOAL_CLOSES.match(text, quantity.end, clause[1])
    )


_YEARS_GOAL_OPENS = re.compile(r"(?:全年|年度|今年)[^,;。\d]{0,16}$")
# (not a goal met: 全年新增高新技术企业320家超额完成目标任务)
_YEARS_GOAL_CLOSES = re.compile(r"(?:以上|以下)?(?:(?!完成|超额)[^,;。\d]){0,10}?(?:目标|要求)")


def _planned_here(text: str, quantity: Quantity, start: int, clause_start: int) -> bool:
    """A plan's verb, or the goal named, right before `quantity` (from `start`, or from
    its clause's start when `quantity` follows another in a list: 10%以上、技改投资增长15%)."""
    if _PLANNED_HERE.search(text, start, quantity.start):
        return True
    if _A_BASE_AFTER.match(text, quantity.end):
        return False  # the level a goal starts from: 在现有…1200家的基础上新增100家
    if _LISTED_AFTER.match(text, start, quantity.start):
        start = clause_start
    goal = _GOAL_RIGHT_BEFORE.search(text, start, quantity.start)
    if goal is None:
        return False
    if _AGAINST_GOAL.search(text, start, goal.start()):
        return False
    rate = quantity.dimension in ("pct", "pp")
    return not (rate and _DONE_OF_GOAL.search(text, start, goal.start()))


# A plan cited by name, as what it sets (《规划》提出/要求/明确, 《规划》目标为), in the
# number's clause or leading its sentence (《规划》提出,到2025年…达到1800亿元,…保持在30%以上);
# and a number named as the goal itself (距《规划》提出的3000家目标尚差, 与2.5%的目标仍有差距):
# a report on how a plan is carried out quotes its goals beside the results
_CITED_PLAN = re.compile(r"《[^》\n]{1,30}》\s*(?:提出|要求|明确|确定|规定|的?目标(?:为|是))")
# (or with the year of its goals right after the verb: 《规划》要求到2025年建成…; or the
# year's government work report, named without brackets: 2025年省政府工作报告提出,全年…)
_CITED_PLAN_LEADS = re.compile(
    r"(?:《[^》\n]{1,30}》|(?:(?:19|20)\d\d\s*年)?[^,;。\d《]{0,8}政府工作报告)"
    r"\s*(?:提出|要求|明确|确定|规定)\s*(?:[,:]|到\s*(?:19|20)\d\d\s*年)"
)
_NAMED_AS_GOAL = re.compile(
    r"\s*(?:以上|左右)?\s*(?:的|之)?\s*(?:预期)?目标(?![^,;。\d]{0,4}(?:的|之))"
    # (not a goal met: 规划确定的2.5%目标如期实现)
    r"(?!\s*(?:已经?|如期|提前|基本|全面)?\s*(?:实现|完成|达成|达到))"
)


_ABBREVIATED = re.compile(r"《[^》\n]{1,60}》\s*\(\s*以下简称\s*(《[^》\n]{1,20}》)")
_CITED_NAME = re.compile(r"《[^》\n]{1,20}》")


def _abbreviated_periods(text: str, spans: list[YearMention]) -> dict[str, YearMention]:
    """The period of each title the text abbreviates, by its short name (《…规划
    (2021-2025年)》(以下简称《规划》): 《规划》, 2025); a title with no period (a law's)
    has none."""
    periods: dict[str, YearMention] = {}
    for named in _ABBREVIATED.finditer(text):
        period = next((m for m in spans if named.start() <= m.start < named.start(1)), None)
        if period is not None:
            periods.setdefault(named[1], period)
    return periods


def _cited_horizon(
    text: str, spans: list[YearMention], periods: dict[str, YearMention]
) -> YearMention | None:
    """The period of the plan the text cites by name, when no short name says which: the
    first title it abbreviates with a period (`periods`), else the one period every
    title cited in 《》 agrees on; none when they differ."""
    if periods:
        return next(iter(periods.values()))
    cited = [m for m in spans if text.rfind("《", 0, m.start) > text.rfind("》", 0, m.start)]
    return cited[0] if cited and len({m.year for m in cited}) == 1 else None


_SHORT_BY = re.compile(r"(?:尚|还|相)差\s*(?:约|近)?\s*$")  # 目标尚差240家: a gap


# a clause that reports beside the plan's goals (《规划》提出,…年均增长15%,实际年均增长18%)
_AGAINST = re.compile(r"(?<!不)(?:低于|高于|超过|超出|快于|慢于)\s*$")
# (and the years looked back on, 过去五年; not a base, 在过去五年基础上, nor 比过去五年)
_REPORTS_HERE = re.compile(
    r"实际|目前|已|截至|(?<!在)(?<!比)过去[一二三四五十]?年(?![^,;。]{0,10}基础上)|[一二三四五十]年来"
)


def _cited_plans_goal(
    text: str, quantity: Quantity, clause: tuple[int, int], sentence: Sentence, floor: int
) -> bool:
    """Whether a plan cited by name sets `quantity` (in its clause, after any number
    before it), or leads its sentence, or names the number as the goal itself."""
    start = max(floor, clause[0])
    if _SHORT_BY.search(text, start, quantity.start):
        return False
    leads = _CITED_PLAN_LEADS.match(
        text, sentence.start + indent(text[sentence.start : sentence.end])
    ) and not _REPORTS_HERE.search(text, start, quantity.start)
    return bool(
        _CITED_PLAN.search(text, start, quantity.start)
        or leads
        or _NAMED_AS_GOAL.match(text, quantity.end)
    )


# A commitment in the number's own clause (确保重点项目完成年度投资180亿元以上): that
# number is planned, even where the sentence tells what is done already (已入库项目120个)
_COMMITS = re.compile(r"确保(?!了)")
# (现时 is Hong Kong's 目前)
_HAPPENED = re.compile(
    rf"\b(?:{_CHANGED}|stood|came to|totall?ed|amounted|as of|so far|currently"
    # (a change on the quarter or year before: "16.8% (up 0.9 percentage points q-o-q)";
    # and a deal done: "bought a park in August for RMB 1.35 billion")
    # (not a change on the year, which goals state too: "up 6% year-on-year")
    r"|[qm]-o-[qm]|(?:quarter|month)[- ]on[- ](?:quarter|month)"
    # (a deal with its object: not "the number of NEVs sold in the city")
    r"|(?:bought|sold|acquired)\s+(?:a|an|the|its|their|\d)"
    # (and what the writer's team looked into: "examined a random sample of 320 case files,
    # interviewed 23 officials and 19 applicant firms")
    # (any numeral or number word: "Inspectors visited 15 smart factories"; the writers'
    # own visits are no claim at all, _WE_VISITED)
    r"|(?:examined|interviewed|surveyed|visited|inspected|sampled)\s+"
    rf"(?:a|an|the|\d[\d,]*|{NUMBER_WORD}))\b"
    r"|实现了|完成了"
    # (a change on the year, not one bounded as a goal is: 同比下降2%以上, 同比增长6%左右;
    # the year so far, 今年以来, tells what happened whatever its bound, as a part of the
    # year, 前5个月, does through years.py)
    rf"|同比(?:增长|下降)(?!\s*[\d.]+%?\s*{_GOAL_BOUND})|(?:今年|年初)以来"
    r"|截至|截止|目前|现时|现有|过去一年|过去五年|一年来|五年来"
    # (what this event did: 本次集中签约项目共12个, 本次集中开工项目25个, 今天签约的12个项目;
    # not 本次会议明确 or 本次行动计划明确, a meeting's or a plan's goals, nor a reporter's
    # 记者今天获悉, which frames a plan)
    r"|本次(?!会议|全会|大会|常务会|行动|计划|规划|方案|普查|调查)|(?:今天|今日)(?:集中)?签约"
    # (not tasks or goals already handed down: 各片区主要任务已由…分解下达,其中…不少于55个,
    # 计划已下达, 指标已分配到各片区; a task done is a fact, 主要指标已全面完成, 已完成市下达
    # 任务, and so are funds handed down, 省财政厅已下达补助资金2.37亿元)
    r"|(?<!而)(?<!任务)(?<!目标)(?<!指标)(?<!计划)已(?=[\u4e00-\u9fff])"
    r"|(?<=任务|目标|指标|计划)已(?=[\u4e00-\u9fff])(?!(?:由[^,;。]{0,16}?)?(?:分解|下达|分配))",
    re.IGNORECASE,
)
# A change on the year before, with its size and no bound after it (比上年增加3家, 比上年
# 提高0.15个百分点): what a list or a result of the year of publication shows, where
# nothing in the sentence plans; not in a plan for one year, whose goals say the same
_CHANGE_ON_LAST_YEAR = re.compile(
    rf"比上年(?:同期)?(?:增加|提高|增长|下降|减少|上升)\s*\d(?![^,;。、(\n]*{_GOAL_BOUND})"
)


def _target_kind(
    quantity: Quantity,
    sentence_text: str,
    year: YearMention | None,
    table_row: bool = False,
    before: str = "",
) -> str:
    """What kind of target `quantity` is; `before` is its own clause up to it (a total
    invested over a span, 新厂总投资约18亿元, is cumulative only where 总投资 names it)."""
    if _is_multiple(quantity):
        return "multiple"
    if quantity.dimension == "ratio":
        return "level"
    if quantity.dimension == "pct":
        return "share"
    if quantity.dimension == "count":
        return "count"
    # a table's span is a value in square brackets (tables.TableRow.spans)
    if (
        (table_row or _CUMULATIVE.search(sentence_text) or _TOTAL_INVESTED.search(before))
        and year is not None
        and year.span_start is not None
    ):
        return "cumulative"
    return "level"


# A sentence that works a number out rather than states one: an analyst's or the
# writer's calculation. (预计, "is expected to", states a plan's target and is not one.)
# A study's scenario, a line labelled with it (--基准情景:年均增长4.9%,…;城镇化率约71.2%;…):
# every number of that line is the scenario's, not a goal.
_VIEW_LINE = re.compile(
    r"[^\S\n]*(?:-{1,2}|[·•*])?[^\S\n]*(?:基准|乐观|悲观|保守|中性|高增长|低增长)情[景形][^\S\n]*:"
    # and so is a commentator's paragraph of its own view ("My take: ... nearer RMB 270
    # billion")
    r"|[^\S\n]*(?:my|our) (?:take|view|verdict|assessment)[^\S\n]*:"
    # and a fact-check's claim under check ('Claim 2: "We will be making a million ..."'),
    # which its verdict may find false
    r"|[^\S\n]*(?:claim|statement|说法|传言)[^\S\n]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?"
    r"[^\S\n]*:",
    re.IGNORECASE,
)
# A statistics office's projection of where the trend leads by a plan's year (按当前增速
# 测算,2027年约为5800亿元; 预计2027年为27.8%左右; 按此速度,2027年约为2.55%): no goal, but
# its year is the plan's, so it still dates the goals after it (unlike a reckoning's).
_PROJECTION = re.compile(
    r"按(?:此|当前|目前|现有)(?:的)?(?:速度|增速|进度|趋势)|预计(?:19|20)\d\d年(?:为|在|约为|可达)"
)
# The verbs that revise a value already set: that reset it (调整为, 调低至) and that raise
# it (提高到, which a goal may also use of what it raises)
_RESETTING = r"(?:调整|修订|改|调高|调低|上调|下调)(?:到|至|为)"
_RAISING = r"(?:提高|提升)(?:到|至|为)"
_REVISING = rf"(?:{_RESETTING}|{_RAISING})"
# A value changed to another right after it (…30个"调整为"…40个"), and a number inside
# "关于…的建议", a suggestion answered
# (改为 only past a closing quote: not 将30家传统工厂改为智能工厂, a goal)
_CHANGED_TO_AFTER = re.compile(
    r"[^,;。\d\"\u201c]{0,4}[\"'\u201d\u300d]\s*(?:调整为|改为|修改为)|[^,;。\d]{0,4}?调整为"
)
_ABOUT_A_SUGGESTION = re.compile(r"关于[^,;。]{0,40}$")
_SUGGESTION_AFTER = re.compile(r"[^,;。\d]{0,6}?的(?:建议|提议)")  # (not 《关于…的意见》)
# The places a prize is given for, or the seats an election fills, right before a count in
# 名 (设金奖5名、银奖10名; 补选理事2名): how many are chosen, no level of those counted
# (and the prizes named in quotes, each with as many: 评选"最佳造型奖""最佳工艺奖"各3名,
# 「最佳新人奖」各2名)
_CHOSEN_BEFORE = re.compile(r"(?:奖[\"'\u300d\u300f》]?各?|(?:补选|增选|选举|推选)[^,;。\d]{1,4})$")
# The partners one works with, in the number's clause ("We are working with two operators
# to build …"; "Together with three operators, we will …" opening it, not a sum's "plus":
# "800 public charging points together with 1,200 private ones")
_WORKING_WITH = re.compile(
    r"\s*(?:[\w']+\s+){0,3}?(?:working|partnering|teaming up)\s+with\s+|\s*together\s+with\s+",
    re.I,
)
# The end of a preference's or a view's part of its sentence: a semicolon, a colon, or a
# comma before "so", "though" or "which is why" ("Officials would rather grow slowly, so
# the plan targets 45 leading firms" keeps the 45)
_PART_ENDS = r"[;:]|,\s*(?:so|though|which is why)\b"
# A preference: what one would rather do than another ("We would rather build thirty
# stations that are used than sixty that stand empty"; 宁可培育40家龙头企业,也不要60家空壳
# 企业): no goal, nor the number it is preferred to. In English up to the end of its part
# (_PART_ENDS, or a comma before "and" or "but", not "and not": "Officials would rather
# grow slowly, and the plan targets 45 leading firms" keeps the 45), not "would rather
# not", nor "sooner or later"; in Chinese up to the end of the clause of its 不 (也不,
# 而不是, 也决不, 绝不), with no 也要 between (宁可…也要, the goal insisted on), nor after a
# place's 宁 (辽宁可再生…,也不断…)
_WOULD_RATHER = re.compile(
    r"\b(?:would|'d)\s+(?:(?:much|far)\s+)?(?:rather|sooner)\b(?!\s+not\b|\s+or\s+later\b)"
    rf"[^;:]*?(?={_PART_ENDS}|,\s*(?:and|but)\b(?!\s+not\b)|$)"
    r"|(?<![辽南西济])宁(?:可|愿|肯)(?:(?!也要)[^。])*?(?:也|而|绝|决)不(?!断)[^,;。]*",
    re.I,
)
# The end of a part of a sentence that is someone else's (a view, a neighbour's): _PART_ENDS,
# a comma before "but" or "yet", or and/while/but before a new subject
_SOMEONE_ELSES_PART_ENDS = rf"{_PART_ENDS}|,\s*(?:but|yet)\b|(?:,\s*|\s+){_NEW_SUBJECT}"
# What unnamed others think, opening the sentence (perhaps after "But", "However",
# "Meanwhile" or "Still"), or its part after a colon, a semicolon or a "but", up to the end
# of that part (_PART_ENDS, a comma before "but" or "yet", or and/while/but before a new
# subject): "Some people in the industry think output will be closer to RMB 42 billion in
# 2027", "Others believe"; not "some people will think", a guess of a view, nor one in
# passing, "Although some people think …, the city insists", "a goal some people think
# is"; and what follows its ", but" is not the view's: "Some people believe the target is
# too high, but the plan requires …". (What they reckon is _ESTIMATE's "reckon"; what
# they say a sentence opens with is left out whole there, 有会员认为.)
_OTHERS_VIEW = re.compile(
    r"(?:^|[:;]|\bbut\b)\s*[\"']?\s*(?:(?:however|meanwhile|still)\s*,?\s*)?"
    r"(?:(?:some|others)\b"
    r"(?:\s+(?:people|analysts|experts|economists|observers|(?:industry\s+)?insiders))?"
    r"(?:\s+in\s+the\s+(?:industry|sector))?\s+(?:think|believe)\b"
    # (or an economist, an analyst, a researcher or a consultant named by an indefinite word,
    # and what they think: "A logistics consultant quoted in the Tanbei Daily thought forklift
    # output would more likely settle at around 160,000 units in 2027", "Several economists
    # think", "A market researcher quoted in the Daily expects domestic sales to grow only
    # about 8% a year"; not "The consultants who helped draft the plan believed", the plan's
    # own; or one of those just named: "My colleagues are fairly sure the output goal is
    # within reach; one of them thinks the province will pass 110,000 units this year"; not what
    # they think of the goal or the plan, "Most economists believe the city will meet its
    # goal of …", "most of them believe the IC scale will reach … as the plan requires")
    # (or a journalist, or one a paper's name owns: "The Daily's industry correspondent
    # thinks revenue is more likely to reach RMB 55 billion by 2026"; not "The City's
    # consultants", the place's own)
    r"|(?:(?:an?|one|several|most)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:economists?|analysts?|researchers?|scholars?|consultants?|correspondents?|reporters?"
    r"|columnists?|journalists?)\b"
    r"|(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})'s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:correspondents?|reporters?|columnists?|journalists?)\b"
    r"|(?:one|some|several|most)\s+of\s+(?:them|us)\b)"
    # (not past a verb reporting a fact: "A reporter noted revenue reached RMB 41 billion in
    # 2024, as most readers thought"; nor past another's, the plan's or the mayor's: "Several
    # economists welcomed the plan, which expects", "…, where the mayor announced the city
    # expects", "A researcher who helped draft the plan expects"; not "some of which advise
    # the city, think", "who has helped chip firms for years thinks")
    r"(?:(?!\b(?:reported|noted|found|wrote|said|announced|told)\b|\bwhich\s+expects\b"
    r"|\bhelped\s+(?:to\s+)?(?:draft|write|prepare)\b)"
    r"[^.;:]|\.(?=\d)){0,100}?\b(?:thinks?|thought|believes?|believed|expects)\b"
    # (the view ends where what is reported after it begins, ", and points out that": a
    # goal named there neither cancels the view nor is part of it)
    rf"(?!(?:(?!{_REPORTED_AFTER})(?:[^.;:]|\.(?=\d)))*\b(?:goals?|targets?|plans?)\b))"
    rf"[^;:]*?(?={_SOMEONE_ELSES_PART_ENDS}|{_REPORTED_AFTER}|$)"
    # (and in Chinese what he or she feels, from 觉得 to the end of its sentence: 他觉得照现在
    # 的订单量,今年产量说不定就能到1,500万顶; not what is stated before it, 到2027年…将达到
    # 420亿元,他觉得很有信心, nor what he feels of the plan's goal, plan or indicator (目标,
    # 规划, 计划, 指标); not 其他觉得困难的企业)
    r"|(?<!其)(?:他|她)们?也?觉得(?![^。]*(?:目标|规划|计划|指标))[^。]*",
    re.I,
)


# A neighbour's own goal in a part of a sentence, after its ", and", ", while", ", but" or
# semicolon, up to the next comma (not one inside a number) or the end of that part
# (_SOMEONE_ELSES_PART_ENDS): "…, and neighbouring Dunhe Province has set its own goal of 50
# million units" (the whole sentence when it opens so is _ELSEWHERE's); a verb of its own
# goal (has set, has also set, is aiming, is targeting, aims, plans, wants, sets, targets,
# has its own goal, has a target, 's goal, 's own targets; not "has set up a joint
# venture that will lift our IC scale"), not a goal shared,
# "and neighbouring Dunhe and our province will jointly build 3 parks", nor what it does
# for the place's own, "and neighbouring Dunhe will supply the wafers, helping the IC scale
# reach …", "neighbouring Dunhe's carmakers will buy our chips")
_NEIGHBOURS_PART = re.compile(
    r"(?:,\s*(?:and|while|but)|;)\s+"
    # (or one reported there: "…, and points out that neighbouring Tenghai Province has set
    # its own goal of 25 million units")
    rf"(?:{_REPORTING_THAT}\s+)?{_NEIGHBOURING}(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?"
    r"(?:'s\s+(?:own\s+)?(?:goal|target)s?|\s+(?:has\s+(?:also\s+)?set(?!\s+up)|is\s+aiming"
    r"|is\s+targeting|aims|plans|wants|sets?|targets|has\s+(?:its\s+own|a)\s+(?:goal|target)))\b"
    rf"[^;:]*?(?={_SOMEONE_ELSES_PART_ENDS}|,(?!\d)|$)",
    re.I,
)


def _in_a_part_stating_no_goal(text: str, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether `quantity` stands inside a preference (_WOULD_RATHER), a view of unnamed
    others (_OTHERS_VIEW) or a neighbour's part of the sentence (_NEIGHBOURS_PART): from
    its words (the "One" of "One economist believes" among them) to the end of its part of
    the sentence."""
    chunk = text[sentence.start : sentence.end]
    start, end = quantity.start - sentence.start, quantity.end - sentence.start
    return any(
        m.start() <= start and end <= m.end()
        for pattern in (_WOULD_RATHER, _OTHERS_VIEW, _NEIGHBOURS_PART)
        for m in pattern.finditer(chunk)
    )


# The opening of a clause that names those a measure is applied to, up to a number in it
# (not 对外, abroad: 对外承包工程营业额超过20亿美元, but 对外资企业…; nor 对标, 对照; but
# 对于…, and 对接入设备超过1万台的平台 is for platforms with so many devices connected)
_APPLIED_TO = re.compile(
    r"\s*(?:全[省市县区]|各[省市县区])?对(?!外(?!资)|比|标|照|口|应|象)"
    r"(?:[^,;。\d]{0,20}?(?:低于|高于|超过|不足|未达到|的)"
    # (or past a first condition's number: 对年度研发费用超过1000万元且增长20%以上的企业)
    r"|[^,;。]{0,30}?且增长)\s*"
)
# The writer's own body (本报, 本院, 本会, 本公司): its view, reckoning or advice
_OWN_BODY = r"本(?:报|院|中心|所|会|公司)"
# Its advice, before a number in its sentence (本会建议县府于2027年前投入电动大客车30辆):
# the number is the advice's; not one before it, of the plan it advises on
# (县府规划于2027年前投入电动大客车30辆,本会建议同步增辟夜间班次)
_OWN_ADVICE = re.compile(rf"{_OWN_BODY}[^,;。]{{0,4}}?建议")
# Another's plan stated after the advice, before the number (本会建议同步增辟夜间班次,县府规划
# 于2027年前投入电动大客车30辆): the number is the plan's (not a plan the advice names:
# 本会建议县府对照规划目标,于2027年前投入…)
_ANOTHERS_PLAN = re.compile(
    r"(?:政府|府|管委会|局|委|厅|部|办)(?:已经|已|将)?(?:规划|计划|提出|确定|明确|目标)"
)


def _advised(text: str, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether `quantity` is the writer's own body's advice: after its 建议 in its
    sentence, with no plan of another's stated between."""
    given = [m.end() for m in _OWN_ADVICE.finditer(text, sentence.start, quantity.start)]
    return bool(given) and not _ANOTHERS_PLAN.search(text, given[-1], quantity.start)


# A word that turns a sentence before what opens it (不过, 当然, 但, 同时, 此外)
_TURN_OPENING = r"(?:(?:不过|当然|但|同时|此外)\s*,?\s*)?"
_ESTIMATE = re.compile(  # a reckoning, not the noun (建立算力测算平台)
    r"(?:按照?|据|经(?!济)|以)[^,;。]{0,20}?(?:测算|推算|估算)|估计|按此计算"
    # (and Taiwan's 推估, 预估 on a stated basis: 以目前已公告的扩产计画推估,; not a noun,
    # 依据客户提供之年度需求预估、)
    r"|(?:按照?|以)[^,;。]{0,20}?(?:推估|预估)\s*,"
    r"(?!\s*(?:本府|县府|市府|政府|公司|本公司|本县|本市)?\s*(?:订定|确定|设定|制定))"
    # a study's reckoning (课题组测算,如果保持...), not a statistics office's preliminary
    # estimate (初步测算,2023年...) nor the noun (测算平台)
    # (and a think tank's, an institution's forecast: 也有智库测算,到2027年…有望突破8000亿元;
    # a think tank's study, 民间智库研究推估2028年导入率仅约40%)
    # (the verb, before its comma or its year: not 智库预测预警作用, 智库测算平台)
    r"|智库[^,;。]{0,6}?(?:测算|推算|估算|预测|推估)(?=\s*[,:]|\s*(?:19|20)\d\d)"
    r"|(?:课题组|研究院|研究所|研究团队|团队|我们|笔者|机构|专家|学者|经济学家|智库)\s*(?:初步)?"
    r"(?:测算|推算|估算|预测)\s*[,:]"
    # (and an insider's or an analyst's forecast opening its sentence: 业内人士预计,随着两座新
    # 剧场…有望超过9500场, 业内人士预估2025年…; not one after the plan's goal, 到2027年…达到
    # 1.2万场,业内人士普遍预计,这一目标有望提前实现)
    # (or one only some insiders hold: 有业内人士预计,…价格有望回落5%左右; 也有, 另有, 还有,
    # 亦有, 部分, 不少; and what they think, 有业内人士认为; not what they think or expect of
    # the plan's goal, 业内人士认为,…目标能够实现; and those named with a few words before,
    # how many or of what house, 有3位证券分析师预估, 有资深业内人士预估, 有券商分析师推估
    # (Taiwan's word), up to the comma, the year or 今年/明年 after the verb; not 没有分析师
    # 预估, 目前还没有分析师预估. 预计, 预测 and 认为 anywhere after an analyst are read
    # below, with 估计: 预估 there lost goals an analyst was only set beside, in sets 150,
    # 157 and 166)
    # (or told as theirs, 据…预计, opening its sentence, perhaps after 此外, 但 and the like:
    # 另据区内一家行业协会人士预计,如海外订单保持增长,到2026年…有望超过400万台; not an
    # office's, 据市统计局预计)
    rf"|^\s*{_TURN_OPENING}(?:也|另|还|亦)?据[^,;。\d]{{0,16}}?(?:人士|专家|学者)\s*"
    r"(?:预计|预测|预估)"
    r"|^\s*(?:(?:也|另|还|亦)?有|部分|不少)?(?:\d+\s*[位名])?"
    # (or an association's insider, 一位行业协会人士预计)
    r"(?:业内|(?:(?!没|无|未)[^,;。\d]){0,6}?(?:业内人士|分析人士|协会人士|分析师))\s*(?:普遍)?"
    r"(?:预计|预测|预估|推估|测算|认为(?![^。]*目标))"
    r"(?=\s*[,:]|\s*(?:19|20)\d\d|\s*(?:今|明)年)"
    # (and what some person, member or parent thinks or says, opening its sentence, perhaps
    # after a turn (_TURN_OPENING): 也有在袜企工作的会员认为,…明年全区袜业产值就能超过250亿元,
    # 有在企业工作的家长说, 有人认为, 也有关注…的会员认为; not 有关部门发言人说, 也有企业负责人
    # 说, 向投资人说明, nor what they think of the plan's goal, its plan or its indicator)
    rf"|^\s*{_TURN_OPENING}(?:也|另|还|亦)?有(?!关部门)[^,;。]{{0,16}}?(?<!负责)"
    r"(?:人|会员|家长)"
    r"(?:认为|觉得|说(?!明))(?![^。]*(?:目标|规划|指标))"
    # (and a named scholar's, 鄭安邦估算,若遊客量維持…: the reckoning verb before its comma;
    # not an office's own estimate, 市统计局估算,2024年…)
    r"|(?<!初步)(?<![局厅部委办署处府])(?:估算|推算)\s*[,:]"
    # (and anyone's rough sum: 一位朋友粗略一算,说…2030年产量冲上一百二十万辆也不出奇)
    r"|(?<![局厅部委办署处府])粗略(?:一)?(?:算|估)"
    # (a reader's sum at the pace so far: 读者在来信中算了一笔账:照近五年的速度,…; 帳
    # becomes 帐, not 账)
    # (not an office's own sum, 我们算了一笔账, nor the 照 of 按照, 照明)
    r"|(?<!我们)算了?一?笔[账帐]"
    # (with its 的: 照这个速度 in a sentence that states a fact first drops the fact too)
    r"|(?<![按参对依遵关])照(?!明)[^,;。\d]{0,8}?的(?:速度|增速|势头)"
    # (and a trend carried forward: 如依此趋势推估,2028年约为87.5%)
    r"|(?:依|按照?|照)(?:此|这一?|该|目前的?|现行的?)?(?:趋势|速度|增速|进度)\s*(?:推估|推算|估算|测算)"
    # (and the writer's own guess: 我个人觉得明年卖到25万台应该不难,不过这只是我的猜测)
    r"|(?:我|笔者)个人(?:觉得|认为|猜)|只是(?:我|笔者)的?(?:猜测|个人看法)"
    # (or anyone's, named so after it: "…more than 1,000 AI firms by 2027, which is his
    # guess and certainly not the government's")
    # (said of the number, not of another thing: "; a seventh by 2035 is their guess")
    r"|(?:,\s*which|\bthat)\s+(?:is|was)\s+(?:only\s+)?(?:his|her|their|my|our)(?:\s+own)?"
    r"\s+guess\b"
    # (or said before it: "one tile-maker guessed that exports might only reach …", "a
    # guesthouse owner reckoned overnight stays would reach 35% at best")
    r"|\bguess(?:ed|es)\s+that\b"
    # (or someone's guess, said first: "Her own guess is that the plan's promotion could
    # bring us 30 to 40 extra members by 2027")
    # (and ours, a rough or best one: "Our own rough guess is that … 90,000 visitors a year by
    # 2027"; not "above our best estimate of 50,000", which a goal is set against)
    r"|\b(?:our|my|his|her|their|(?-i:[A-Z])[a-z]+'s)(?:\s+own)?(?:\s+(?:very\s+)?(?:rough|best))?"
    r"\s+guess(?:es)?\s+(?:is|was|are|were|would\s+be)\b"
    # (or a view of how big a number is, the number its subject: "59 new bookstores in
    # three years sounds like a lot when two shops on Weaver Street closed only last
    # autumn"; not "120 members by 2027, which sounds like a lot")
    r"|\d[^,;.]{0,40}?\b(?:sounds?|seems?|looks?|sounded|seemed|looked)\s+like\s+a\s+"
    r"(?:lot|stretch)\b"
    # (not "reckoned at constant prices", "a force to be reckoned with", "reckon with")
    r"|(?<!\bbe )\breckon(?:s|ed)?\b(?!\s+(?:at|with|on|in|by|to)\b)"
    r"|\bby (?:my|our) (?:reckoning|calculation|estimate)\b"
    # (and a forum poster's: "My own forecast, for what it's worth")
    # (or "Our own central case is that NEV output reaches around 800,000 in 2027")
    r"|\b(?:our|my)(?: own)? (?:(?:base|central) (?:case|scenario)|forecasts?|estimates?|guess"
    r"|projections?)\b"
    # ("Our own modelling suggests that … will reach only about 32% in 2027"; an analysis
    # that suggests, not one that shows, which may report facts and the plan's goals)
    r"|\b(?:our|my)(?: own)? (?:modell?ing|calculations?)"
    r"(?:\s+of\s+[\w\s-]{1,30}?)?\s+(?:suggests?|shows?|indicates?|finds?)\b"
    r"|\b(?:our|my)(?: own)? analysis(?:\s+of\s+[\w\s-]{1,30}?)?\s+suggests?\b"
    # ("My own model puts 2027 output somewhere around 1.05 million units"; a speaker's
    # guess: "I would not be surprised to see 65% by then")
    r"|\b(?:our|my)(?: own)? models?\s+(?:puts?|suggests?|sees?)\b"
    r"|\bI\s+(?:would\s+not|wouldn't)\s+be\s+surprised\b"
    # (and anyone's own expectation: "she personally expects seed output to pass RMB 20
    # billion"; not "personally responsible for", "has personally commissioned two")
    # (not what one personally expects others to do: "expects every county to help raise")
    r"|\bpersonally\s+(?:expect(?:s|ed)?|thinks?|thought|believe[sd]?|reckon(?:s|ed)?"
    r"|predict(?:s|ed)?|hope[sd]?|feels?|felt)\b(?!\s+(?:every|each|all)\b[^.;]{0,40}?\bto\b)"
    # (or the prediction of someone a relative clause describes: "a compressor supplier who
    # spoke at the October members' night predicted that demand will reach 250 rinks"; not
    # one the sentence's own speaker goes on from before any number but a year, "The mayor,
    # who predicted that demand would rise in 2026, said the plan will raise …")
    r"|\bwho\b[^.;]{0,80}?\bpredict(?:s|ed)?\s+that\b"
    r"(?!(?:[^.;\d]|(?:19|20)\d\d\b)*?\b(?:said|says|told|announced|added|stated)\b)"
    # a newspaper's or a think tank's own view and reckoning (本报认为, 本报粗略估算, 本院认为),
    # and what it restates of a plan's goals in other terms (换言之,产业规模三年内要增长逾一倍)
    # (and a research centre's or a firm's own forecast: 本中心预测,2025年区内…约为3.3万亿元)
    rf"|{_OWN_BODY}[^,;。]{{0,4}}?(?:认为|估算|估计|测算|推算|预测)"
    # (预估 and 推估 too, but not a firm's own guidance, 本公司预估2026年营收达到…)
    r"|本(?:报|院|中心|所|会)[^,;。]{0,4}?(?:预估|推估)"
    # ("Our economics team's central forecast is that output will reach ...", "a brokerage
    # report we reviewed puts the figure at ...")
    # (whose: "our", a team's or a house's, not a plan's: "The plan's forecast is that"; and
    # a trade body's: "the local trade association's own estimate is that output will come
    # in at about 45 million units this year", the whole sentence left out, as for the
    # others here: a plan's goal restated before it in the sentence goes with it)
    r"|\b(?:our|team's|bank's|house's|economists')\s+(?:[a-z-]+\s+){0,3}?forecasts?\s+"
    r"(?:is|was)\s+that\b"
    r"|(?:association|chamber|federation)'s\s+(?:own\s+)?(?:forecast|estimate)\s+"
    r"(?:is|was)\s+that\b"
    # (an economist's or an analyst's estimate: "An economist in the audience … estimated
    # that investment would more likely come in at about RMB 55 billion")
    # (not those a plan was drawn up with or by)
    r"|(?<!with )(?<!by )\b(?:an?|one|the|some|several|most)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:economists?|analysts?|researchers?|scholars?)\b(?:[^.;]|\.(?=\d)){0,100}?"
    r"\b(?:estimated|estimates|reckoned|reckons|predicted|predicts)\s+that\b"
    r"|\b(?:brokerage|bank|consultancy|broker|analysts?)(?:'s)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:report|study|note|model)s?\b[^.;,]{0,24}?\bputs?\s+(?:the|its)\b"
    r"|^\s*(?:换言之|换句话说|in other words)\b"
    # (and a think tank's reckoning on an assumed rate: 以该市近三年…年均约750亿元的规模计,)
    r"|以[^,;。]{2,30}?(?:规模|速度|增速|水平)计\s*,"
    # a sum worked out of several goals: "add the three goals together and you get"
    r"|\band you get\b"
    # (and what a house expects on the assumptions it states: "On these assumptions we
    # expect net debt to rise to around RMB96 billion by 2027")
    r"|\bon (?:these|this|those|our|the above) assumptions?\b"
    # (and what someone read or heard elsewhere: "I read online that this plan will create
    # 50,000 jobs")
    r"|\bI (?:read|heard|saw)(?: (?:online|somewhere|on [a-z]+|in the (?:paper|news)))? that\b"
    # what projects are expected to add once running (项目全部建成达产后,预计可新增年产值约
    # 560亿元): their effect reckoned, no goal
    r"|(?:建成|达产|投产)后\s*,?\s*(?:预计|预期)"
    # what a goal would take, worked out (若要三年内由4120亿元升到5000亿元,每年要增长约6.7%)
    r"|(?:若要|如要|如果要|要想)[^。]{0,40}?(?:每年|年均)"
    # someone's view quoted (志明认为:「…到2030年产量一定会超过120万辆。」), and a sum worked
    # out in an equation (30.2, a multiplication sign, (1 + r) cubed, = 60)
    r"|认为\s*:\s*[「“\"]|[\u00d7\u00f7]\s*[\d(]|\)\s*[\^\u00b3\u00b2]"
    # (意味著 too: a traditional text keeps 著, which simplified Chinese also has)
    # (what a goal implies, with the number it implies later in its sentence, up to a
    # semicolon, past any dot of an abbreviation, and no year: not "the goal assumes
    # continued growth through 2026", which leaves the goal before it standing)
    r"|意味[着著]|\b(?:goals?|targets?)\s+(?:implies|imply|implied|assumes?|assumed)\b"
    r"(?=[^;。]*?(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d)"
    # a guest's own guess in Cantonese (我估2030年實際大概去到1.1萬億), and a number said
    # to be no goal of the government's (50萬輛我相信係協會估嘅數,唔係政府目標; the text
    # is normalised to simplified characters)
    r"|我(?:自己)?估(?![值价])|(?:唔系|不是|并非)(?:政府|官方)?(?:嘅|的)?目标"
    # a question whether a goal stated before can be met (500亿元的目标能不能实现?; "Can the
    # RMB 50 billion goal be met?"): the goal is the plan's, asked about, not stated anew
    r"|目标(?:能不能|能否|可否|是否能|有没有可能)(?:实现|完成|达到|达成)"
    r"|^\s*(?:can|could|will) (?:the|that|this) [^.?]{0,60}?\b(?:target|goal) be "
    r"(?:met|reached|achieved|hit)\b"
    # (and analysts at a firm who told someone: "Analysts at one regional securities house
    # told a local newspaper in November that ...")
    r"|\b(?:analysts?|economists?)(?: at [^.;,]{0,60}?)?\s+(?:said|says|noted|notes|told)\b"
    # (or one set off by commas: "Lu Wenqing, an economist at Hanning University, told
    # Caixun Weekly that …"; not "Premier Li, meeting with economists at …, said")
    r"|,\s*(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:analyst|economist)(?: at [^.;,]{0,60}?)?,"
    r"\s+(?:said|says|noted|notes|told)\b"
    r"|(?:经济学家|分析师|分析人士|专家|学者|教授|研究员|研究机构)[^。]{0,20}?"
    rf"(?:表示|认为|指出|估计|预计|预测){_NOT_GOALS_BASIS}"
    # what a council member or a deputy proposed, which the plan did not take
    r"|(?:委员(?!会)|代表|议员|有人)[^,;。]{0,6}?(?:建议|提议)"
    # (the public's view opening a consultation summary's sentence: 部分网友认为…,建议提高
    # 到20万辆; not 网友认为目标可期 after the plan's goal, nor 吸纳网友建议)
    r"|^\s*(?:部分|有|不少|一些)?(?:网友|市民|公众)[^,;。]{0,6}?(?:建议|提议|认为)"
    # and, in a reply to a deputy's suggestion, what "you" proposed or pointed out
    r"|您(?:在建议中|在提案中)?(?:建议|提议|提出|指出)"
    # a suggestion of what a target should be set at (建议…将2030年…目标设定在3%以上), an
    # expert's or a submission's proposal, and an alternative not adopted (另一方案为6500家,
    # …未予采纳), in a plan's drafting note
    r"|建议[^。;]{0,40}?(?:设定|设置|设为|定为|确定为)|有(?:专家|意见)[^,;。]{0,6}?(?:建议|提出)"
    # (or raised or cut: 建议将…研发经费投入强度的目标适当提高到3%)
    rf"|建议将[^。;]{{0,40}}?目标[^。;,]{{0,6}}?{_REVISING}"
    r"|未予采纳|不予采纳|未被采纳"
    # a motion's proposal to the government (建议市人民政府对行动方案进行中期修订:到2027年…)
    r"|^\s*建议(?:[省市县区州](?:人民)?政府|有关部门)"
    r"|\b(?:members?|deputies|legislators|councillors?)\s+(?:have\s+|had\s+)?"
    r"(?:suggested|proposed|urged)\b"
    r"|\b(?:I|we) (?:estimate|reckon|calculate|model|count)\b"
    # (and a projection's: "The consultant's central projection puts 2027 output at")
    # (not the plan's own: "The Plan's projections put industrial output at")
    r"|(?<!plan's )(?<!official )(?<!government's )\b(?:estimates?|projections?|forecasts?)"
    r" (?:that|puts?)\b"
    # a reviewer's own expectation: "we would expect cumulative allocation to approach 85%"
    # (or the effect it does not expect: "We do not expect it to raise the average industrial
    # tariff … by more than 2%"; not "which we do not expect to be revised")
    r"|\b(?:I|we) would expect\b"
    r"|\b(?:I|we) (?:do not|don't) expect (?:it|this|that|them) to (?:raise|lift|push|cut|lower"
    r"|increase|reduce)\b"
    # a model's results: "Simulations with the team's model suggest", "In the baseline
    # scenario, ...", "reaches RMB 1.31 trillion in the baseline and ... under reform"
    r"|\bsimulations?\b[^.;]{0,80}?\b(?:suggests?|shows?|indicates?)\b"
    # an outsider's view reported: "the consultancy Harwell & Pike wrote last autumn that
    # Qianlan could be a RMB 1.6 trillion economy"
    # (and a consultancy's estimates that "suggest that the new routes could bring")
    r"|\b(?:wrote|writes|argue[sd]?|reckon(?:s|ed)?|suggest(?:s|ed)?)\b[^.;]{0,60}?\bcould\b"
    # a group's own recommendation: "RCW recommends: a cap of 50% by 2027"
    r"|\b(?:we|[A-Z][A-Za-z]{1,10})\s+recommends?\b"
    # (and a case modelled: "In a high-growth case, in which both plants go ahead"; not "In
    # the case of", "In the latter case", "In the case study city")
    r"|^\s*(?:In|Under)\s+(?:the|an?)\s+[^.;,]{0,40}?\bscenarios?\b"
    r"|^\s*(?:In|Under)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:high|low|base|central|downside"
    r"|upside|optimistic|pessimistic|adverse|stress)[\w-]*\s+(?:growth\s+)?case\b"
    r"|\bin the baseline\b(?! year)"
    # (基准情景下,预计全年…博彩毛收入约…: a scenario's reckoning, in Chinese)
    r"|^\s*在?(?:基准|乐观|悲观|中性|中等|高|低|[^,;。\d]{1,6}的)情景(?:下|中)"
    # an analyst or a firm introduced first, then forecasting ("an auto analyst at Redwater
    # Research, who forecasts ..."), and a survey's members' own outlook ("Members expect
    # their revenue in the city to grow by around 3%")
    r"|\bwho (?:forecasts?|expects?|estimates?|predicts?|projects?)\b"
    # (not in a relative clause on the goal: "The province's goal, which brokers expect it
    # to meet, is …")
    r"|(?<!which )\b(?:he|she|analysts?|economists?|experts?|observers?|researchers?"
    r"|scholars?"
    # (and brokers and forecasters: "Two domestic brokers expect Tavrin's growth to slow")
    r"|associations?|chambers?|institutes?|members|respondents|brokers?|brokerages?"
    r"|forecasters?)\b"
    r"(?: at [A-Z][^.;,]{0,40}?| (?:we|I) (?:spoke|talked) (?:to|with))?"
    r" (?:expects?|expected|forecasts?|predicts?|predicted"
    r"|estimates?|estimated|reckons?|reckoned|projects?|projected|puts?|sees?)\b"
    # a bank's staff projecting what would happen ("staff project that MVA would reach
    # only ..."), and a counterfactual opened by an inversion ("Were growth lower, the
    # EIRR would fall to 9.8 percent")
    r"|\bstaff (?:project|estimate|expect|forecast)s?\s+that\b"
    r"|^\s*(?:Were|Had|Should)\s[^.;]{0,80},[^.;]{0,60}\bwould\b"
    # what meeting a target would take, worked out: "would require growth of 5.3 percent",
    # 后两年须年均下降约2.7%才能完成目标
    # (not in a clause after the sentence's own statement, ", which would require growth
    # of 27.8%": that clause's number is a reckoning, _RECKONED, and what comes before it
    # is read by its own words, a goal or a projection)
    r"|(?<!which )\bwould (?:require|need|take) (?:(?:nominal|real|annual|average|an?)\s+){0,2}"
    r"(?:growth|increases?|rises?)\b|[须需][^,;。]{0,20}?(?<!人)才能|还(?:要|需|需要)增加|尚需|还差"
    # a study's own projections: "even in our high scenario", "would give roughly 2.62"
    r"|\bour (?:high|low|baseline|base|central) (?:case|scenario)\b|\bwould give\b"
    # a rating agency's or an analyst's cases: "We assume revenue of about RMB56 billion",
    # "Our stress case assumes a 15% fall ..."
    r"|\bwe assume\b|\b(?:stress|downside|upside|bear|bull|adverse) (?:case|scenario)\b"
    # a forecaster's range and its scenarios: "TNEVA's central forecast is for output of
    # 780,000 to 800,000"; "the association's downside scenario would put ..."
    r"|\bforecasts? (?:is|was|are) for\b|\b(?:downside|upside) (?:case|scenario)\b"
    r"|\bat that pace\b|\bon current trends\b|\bat (?:the )?current pace\b"
    # an outside firm's forecast: "A Munich consultancy told a partner that it expects ...",
    # "A local brokerage has estimated that industrial output will reach"
    r"|\b(?:consultanc(?:y|ies)|consultants?|brokerages?|investment banks?|think tanks?)\b"
    r"[^.;]{0,60}?\b(?:expects|expected|forecasts|predicts|estimates|estimated)\b"
    # a research firm by its name ("Brackwater Economics, which we retained, expects")
    r"|(?-i:\b[A-Z][\w&]*\s+(?:Economics|Research|Consulting|Advisory|Analytics|Insights)\b)"
    r"[^.;]{0,60}?\b(?:expects|forecasts|predicts|estimates|projects)\b"
    # a firm's forecast told in reported speech ("HanSea Shipping forecasts that its
    # feeder volume will reach 900,000 TEU")
    r"|\bforecasts? that\b"
    # a named securities house, a bank or its research unit, forecasting in the active
    # voice ("Northgate Securities ... they expect"; not "securities turnover is expected")
    r"|(?-i:\b[A-Z][\w&]*\s+Securities\b)|\b(?:banks?|research (?:units?|institutes?|arms?))\b"
    r"[^.;]{0,60}?\b(?:expects?|forecasts|predicts|estimates)\b",
    re.IGNORECASE,
)


# A heading that announces targets ("Enterprise targets", 发展目标), not one that reviews
# them ("Support measures (not targets)", 目标完成情况).
# (and one of commitments: "OUR COMMITMENTS, 2025-2027", "Its main commitments are:";
# and a contract's indicators it is assessed by, 考核指标, 绩效指标: what it must reach)
_ASSESSED_BY = re.compile(r"(?:考核|绩效)指标")
_TARGETS_HEADING = re.compile(
    rf"\b(?:targets?|goals?|commitments)\b|目标|{_ASSESSED_BY.pattern}", re.IGNORECASE
)
_NOT_TARGETS = re.compile(
    r"\bnot\b|\b(?:progress|review|achieved|attained|reached|met)\b|非|完成|进展|回顾|实现情况"
    r"|自评|达成情况|执行情况",
    re.IGNORECASE,
)
# A list's item, which a short line without a full stop can be too: "- More than 25
# leading firms", "2) Twelve parks", 龙头企业:25家以上
_LIST_ITEM = re.compile(r"^\s*(?:[-•·*]\s|\d{1,2}[.)]\s)|:\s*\d")


def _heads_targets(line: str) -> bool:
    """Whether `line` is a heading that announces targets ("HEADLINE GOALS (FOR 2030
    UNLESS STATED)", 主要目标), not their review."""
    return (
        is_heading(line) and bool(_TARGETS_HEADING.search(line)) and not _NOT_TARGETS.search(line)
    )


def _target_sections(text: str, body: int) -> list[tuple[int, int]]:
    """The blocks under a heading in the body that announces targets, each up to the
    next heading or blank line: what they list is the plan's goals even where no verb
    says so ("- More than twenty-five listed IC companies (11 in 2023)."). A title
    before the body ("Province sets chip goals") announces nothing about its story."""
    blocks = _sections(
        text,
        opens=lambda position, line: position >= body and _heads_targets(line),
        closes=lambda line: not line.strip() or (is_heading(line) and not _LIST_ITEM.search(line)),
    )
    # a numbered chapter of the indicators a contract is assessed by (三、考核指标) runs
    # to the next chapter, over its blank lines and sub-headings ((一)科研项目与经费):
    # all it lists is what must be reached (a plan's 三、发展目标 may review, too)
    chapters = _sections(
        text,
        # (a numbered chapter is never the title, wherever the body is found to start)
        opens=lambda position, line: (
            bool(_SECTION_HEADING.match(line))
            and bool(_ASSESSED_BY.search(line))
            and _heads_targets(line)
        ),
        closes=lambda line: bool(_SECTION_HEADING.match(line)),
    )
    return blocks + chapters


def _sections(
    text: str, opens: Callable[[int, str], bool], closes: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The blocks after each line that `opens` (given the line's offset and text), each up
    to the next line that `closes` it or the text's end; a line may close one block and
    open the next."""
    spans, start, position = [], None, 0
    for line in text.split("\n"):
        if start is not None and closes(line):
            spans.append((start, position))
            start = None
        if opens(position, line):
            start = position + len(line)
        position += len(line) + 1
    if start is not None:
        spans.append((start, len(text)))
    return spans


_NEXT_STEPS_HEADING = re.compile(r"下一步|下步")
_PROBLEMS = re.compile(r"问题|困难|不足|短板")


def _plans_sections(text: str) -> list[tuple[int, int]]:
    """The chapters under a top heading of the next steps (四、下一步工作目标和措施, 三、下步
    工作打算), each up to the next top heading: a mid-year report's 全年保障不少于150个
    重点工业项目按期接电 there is a goal, with no verb of the future."""
    return _sections(
        text,
        opens=lambda _, line: (
            is_heading(line)
            and bool(_TOP_SECTION.match(line))
            and bool(_NEXT_STEPS_HEADING.search(line))
            and not _LOOKS_BACK.search(line)
            # (not 三、存在问题和下一步打算, whose problems report)
            and not _PROBLEMS.search(line)
        ),
        closes=lambda line: is_heading(line) and bool(_TOP_SECTION.match(line)),
    )


# A heading over the writer's own scenarios or projections ("5. Halvard scenarios",
# 情景预测): what its section states is a reckoning, not the plan's, whatever its verbs.
_OWN_PROJECTIONS_HEADING = re.compile(
    # (not a plan's "Application Scenarios" for a technology)
    r"\b(?<!application )(?<!use )(?:scenarios?|projections|forecasts)\b|情景|预测",
    re.IGNORECASE,
)


def _projection_sections(text: str) -> list[tuple[int, int]]:
    """The sections under a heading of the writer's scenarios or projections, each up to
    the next heading: a risk memo's "Baseline (probability 60%): real growth of 4.6
    percent in 2026 ..." is its own forecast in every paragraph, none of which need say
    so again."""
    # (any heading, numbered too: a memo's "5. Halvard scenarios")
    return _sections(
        text,
        opens=lambda _, line: (
            is_heading(line)
            and bool(_OWN_PROJECTIONS_HEADING.search(line))
            and not _TARGETS_HEADING.search(line)
        ),
        closes=is_heading,
    )


# A heading over the conditions an applicant must meet (三、揭榜条件, 申报条件, "Eligibility"):
# its caps and floors (联合体成员原则上不超过3家) are rules for applicants, not goals
_CONDITIONS_HEADING = re.compile(
    r"^[^\S\n]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])?[^\S\n]*"
    r"(?:揭榜|申报|申请|参评|入选|报名|准入)(?:单位)?(?:条件|要求|资格)"
    r"(?:[和及与](?:要求|程序|材料))?[^\S\n]*:?[^\S\n]*$"
    r"|^[^\S\n]*(?:\d{1,2}\.|[IVX]+\.)?[^\S\n]*eligibility(?:\s+(?:criteria|requirements|rules))?"
    r"[^\S\n]*$",
    re.IGNORECASE,
)


def _conditions_sections(text: str) -> list[tuple[int, int]]:
    """The sections under a heading of an applicant's conditions, each up to the next
    heading."""
    return _sections(
        text,
        opens=lambda _, line: is_heading(line) and bool(_CONDITIONS_HEADING.search(line)),
        closes=is_heading,
    )


# The turn of whoever asks, in an interview's transcript: its numbers are the asker's.
# An asker's label at a line's start: an interviewer or a reporter, whose numbers state
# nothing of the plan; or a council member questioning an official (許議員:, "Councillor
# Wong:"), whose numbers may be facts but state no target. Not a committee's chair, who
# reports (主任委员:).
_ASKED_LINE = re.compile(
    # (and a committee's numbered question with its asker: "Q34 Joanna Reade:")
    r"^[^\S\n]*(?:(?P<interviewer>主持人|记者|问|Q|Host|Interviewer|Reporter|Question"
    r"|Q\d{1,4}[^\S\n]+[A-Z][\w .'-]{0,40})"
    r"|(?P<member>[\u4e00-\u9fff]{0,3}(?<!主任)(?<!主席)(?:议员|委员)(?:(?!会)[\u4e00-\u9fff]){0,2}"
    r"|Council+or(?: [A-Z][\w.-]*){0,2}"
    # (and a member of the public at a hearing, by title or by name: 一、南汀里林里长:,
    # 三、汀北社区发展协会张理事长:, 五、居民周小姐:, whose wishes are no target; not a plan's
    # heading that ends in them, 二、惠及居民:)
    r"|(?:[一二三四五六七八九十]+、)?[\u4e00-\u9fff]{0,12}?(?:里长|村长|理事长)"
    r"|(?:[一二三四五六七八九十]+、)?(?:居民|市民|民众)[\u4e00-\u9fff]{1,2}(?:先生|小姐|女士)))"
    r"[^\S\n]*:",
    re.IGNORECASE | re.MULTILINE,
)
# Where the next speaker takes over on the asker's line: "Q: ...? A: By 2027 ...",
# "记者:...多少? 张局长:到2027年..."
_NEXT_SPEAKER = re.compile(r"(?:^|(?<=[\s.?!。]))(?:A|Answer|答|[\u4e00-\u9fff]{1,5})[^\S\n]*:")


# A line quoting a member of the public, signed after a dash (「希望2030年…年产100万辆…。」
# --北岸老街居民, "…" - Li Ming, 34, a factory worker): a wish or a memory, no target. Not
# an official's pull quote, whose signature names an office (--市长在全市职工代表大会上,
# --市总工会主席、劳模工人代表李明): that still states the plan.
_PUBLIC_QUOTED_LINE = re.compile(
    r"^[^\S\n]*[「\"][^\n]*[」\"][^\S\n]*-{1,2}[^\S\n]*"
    r"(?![^\n]*(?:[市县区镇乡村省厅局部司处科院校]长|主席|书记|主任|官员|发言人|负责人|人大代表"
    r"|政协委员|总工程师"
    r"|\b(?:mayor|minister|director|chair(?:man|woman|person)?|secretary|official"
    r"|spokes(?:man|woman|person)|governor)\b))"
    r"[^\n]{0,30}?"
    r"(?:居民|市民|民众|读者|网友|游客|观众|村民|农民|家长|学生|工人|女工|职工|老人|摊主|店主|退休"
    r"|\b(?:residents?|readers?|visitors?|parents?|students?|workers?|villagers?|farmers?"
    r"|shop ?(?:owner|keeper)s?|retirees?|retired|pensioners?)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# A multiple-choice option under its numbered question (86. …正确的是: / A. … / D. 《方案》
# 要求2026年…突破100万辆): a statement to judge, mostly false, no claim of the text. The
# options run A, B, C… in order, on lines of their own or on one line (A. 47%  B. 57%); a
# plan's lettered sub-item alone under a heading is none.
# (a question: ending in "?" or a blank to fill, 正确的是( ); or in a colon after a word
# that asks, 下列说法正确的是:, 约为:; not a plan's heading, 1. 产业规模:, 1. 主要目标是:; nor
# a stem with a full stop after its blank, 《行动计划》提出到2027年( )。, whose options a
# quiz writes as the plan's own goals)
_QUESTION_LINE = re.compile(
    r"^[^\S\n]*\d{1,3}[.、](?:[^\n]*(?:\?|\(\s*\))"
    r"|[^\n]*(?:下列|以下|哪|何|的是|约为|意在|\b(?:which|what|how|why|who)\b)[^\n]*:)"
    r"[^\S\n]*\n"
    r"(?:[^\S\n]*\n)?",  # (a blank line may stand before the options)
    re.MULTILINE | re.IGNORECASE,
)
_OPTION_LINE = re.compile(r"[^\S\n]*\(?([A-F])[.、)][^\n]*")
_NEXT_OPTION_ON_LINE = re.compile(r"\sB[.、]")


def _option_lines(text: str) -> list[tuple[int, int, bool]]:
    """The option lines under each numbered question, as an interviewer's turns (left
    out)."""
    turns = []
    for question in _QUESTION_LINE.finditer(text):
        lines = []
        at = question.end()
        for letter in "ABCDEF":
            option = _OPTION_LINE.match(text, at)
            if option is None or option[1] != letter:
                break
            lines.append(option)
            at = option.end() + 1
        if len(lines) > 1 or (lines and _NEXT_OPTION_ON_LINE.search(lines[0][0])):
            turns += [(line.start(), line.end(), False) for line in lines]
    return turns


def _asker_turns(text: str) -> list[tuple[int, int, bool]]:
    """The spans an asker speaks: from an asker's label at a line's start to the next
    speaker's label on that line, or the line's end; and whether the asker is a council
    member (whose facts count) rather than an interviewer. A member of the public quoted
    on a line of their own (_PUBLIC_QUOTED_LINE) speaks as a member does; an exam's
    options under their question (_option_lines) as an interviewer does."""
    turns = [(line.start(), line.end(), True) for line in _PUBLIC_QUOTED_LINE.finditer(text)]
    turns += _option_lines(text)
    for label in _ASKED_LINE.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        answer = _NEXT_SPEAKER.search(text, label.end(), line_end)
        turns.append((label.start(), answer.start() if answer else line_end, bool(label["member"])))
    return turns


# A firm speaking of itself: "Our plant rolled out 180,000 vehicles and we are aiming for
# 240,000," said a manager. In someone else's document its figures and aims are the
# firm's, not the plan's; in the firm's own report (below) they are the document's own, as
# the blind sets' instructions count a company's own goals. (And the firm a writer works
# or worked at: "The factory I worked at makes about 9,000 units a year", "the company I
# work for", "the plant where we work".)
_FIRMS_OWN = re.compile(
    r"\bour (?:plant|factory|company|firm|mill|workshop|group)\b|我们(?:公司|企业|工厂|厂)|本公司"
    r"|我厂|我司"
    r"|\b(?:plant|factory|company)\s+(?:where\s+)?(?-i:I|we)\s+"
    r"(?:work|worked)\b",
    re.IGNORECASE,
)
# A firm named before, planning for itself (该公司计划2026年产值突破40亿元): someone
# else's firm in any document
_FIRM_NAMED = re.compile(r"(?:该|这家)(?:公司|企业)(?=计划|力争|拟|预计|目标)")
# A firm's report of itself: 报告期, its shares, its management's discussion, or 本公司
# opening a sentence or clause in its own voice (本公司依据…订定…, 2025年,本公司…), not
# after someone's speech verb (负责人表示:本公司…); looked for outside quotation marks,
# where a plan or a news story quotes a firm (负责人介绍:"本公司在报告期内…")
_FIRM_REPORT = re.compile(
    r"报告期|公司股票|管理层讨论与分析"
    r"|(?:^|[。\n,;]|(?<!表示)(?<!介绍)(?<!指出)(?<!称):)[^\S\n]*"
    r"(?:(?:19|20)\d\d\s*年\s*,?\s*)?本公司"
)
# A sentence that recommends revising what is set (a deputy's motion: 建议由省工业和信息化厅
# 牵头,…将2025年产量目标调整为75万辆; 建议将专项资金由每年10亿元提高到20亿元): what it
# proposes is nobody's goal yet; the parts after its semicolons too. Not a recommended
# value with no revision (课题组…建议全省地区生产总值年均增长5%左右: a study's proposed
# targets, which the plan it advises is drawn from), nor 《建议》, a plan's proposals.
_RECOMMENDS = re.compile(
    r"[^\S\n]*(?:[一二三四五六七八九十\d]+[、.]|\([一二三四五六七八九十\d]+\))?[^\S\n]*"
    r"(?:本人|我们|我|代表)?(?:特)?建议(?![》\"])"
)
# (将 what is set 调整为 a new value, or 将 a goal or a value 由 one 提高到 another: not a
# recommended goal that
# raises something, 建议2030年…占比提高到60%以上, 力争将2030年产量提升至150万辆)
_REVISES = re.compile(
    rf"将[^。;\n]{{0,60}}?{_RESETTING}"
    rf"|将[^。;\n]{{0,40}}?(?:目标[^。;\n]{{0,30}}?|由[^。;\n]{{0,20}}?){_RAISING}"
)
# a part of its own about a year before, 2024年全省产量达到52万辆 (not a baseline's year
# inside the proposal, 在2024年基础上提高到75万辆)
_PAST_YEAR = re.compile(r"[\s;]*((?:19|20)\d\d)\s*年(?!基础|的基础|确定)")


def _proposes_revision(text: str, sentence: Sentence, published: date) -> bool:
    """Whether `sentence` is (a part of) a line's sentence that opens with 建议 and revises
    a value set, and tells no year before publication of its own (建议将…调整为75万辆;2024年
    全省产量达到52万辆: the part after the semicolon reports)."""
    opening = max(text.rfind("。", 0, sentence.start), text.rfind("\n", 0, sentence.start)) + 1
    ends = [
        at
        for at in (text.find("。", sentence.end - 1), text.find("\n", sentence.end - 1))
        if at >= 0
    ]
    return (
        bool(_RECOMMENDS.match(text, opening))
        and bool(_REVISES.search(text, opening, min(ends, default=len(text))))
        and not (
            (led := _PAST_YEAR.match(text, sentence.start)) is not None
            and int(led[1]) < published.year
        )
    )


# Quoted words: "…" (ASCII after normalise) and 「…」
# (across lines too, as a quoted speech may run over paragraphs; bounded, so that an
# unclosed mark does not hide the rest of the text)
_QUOTED = re.compile(r'"[^"]{0,600}"|「[^」]{0,600}」')


def _restated_after(text: str, chunk: str, end: int) -> bool:
    """Whether the number of a labelled figure (【创新】2.58%) is stated again in the
    paragraph after it, which reports it with its year."""
    figure = re.sub(r"^\s*(?:【[^】]*】|\[[^\]]*\])", "", chunk)
    number = re.search(r"[\d.,]+\s*(?:%|[\u4e00-\u9fff]{0,3})", figure)
    return bool(number) and number.group(0).strip() in text[end : end + 400]


# A feature's section label with its one figure (【创新】2.58%): the headline of the
# paragraph that reports it, with neither its year nor its verb.
_LABELLED_FIGURE = re.compile(
    r"^\s*(?:【[^】\n]{1,10}】|\[[^\]\n]{1,10}\])\s*[\d.,]+\s*(?:%|[\u4e00-\u9fff]{0,3})\s*$"
)


# What a project or firm must meet to be admitted to a list or a scheme: a threshold,
# not a goal (纳入省级重点项目的产业项目总投资原则上不低于5亿元; "To qualify, a project
# must invest at least RMB 50 million").
_ADMISSION = re.compile(
    r"^\s*(?:纳入|列入|申报|入选|入库)[^,;。]{0,24}?的[^,;。]{0,20}?(?:原则上|不低于|不少于|须|应)"
    r"|\bto (?:qualify|be eligible),|\bto (?:qualify|be eligible)\b[^.;]{0,40}\bmust\b"
    r"|\beligible (?:projects|firms|enterprises|companies|applicants) must\b"
    # a term's definition: a "regional headquarters" must direct at least three ...
    r"|\"[^\"]{2,40}\"\s+(?:must|means|refers to)\b",
    re.IGNORECASE,
)
# A question someone asks, reported (有家长在群里问,…明年区里的赛事会不会多一倍): what
# it names is asked, not stated; the asking verb before its comma (not 问责, 问需, 慰问, nor
# an interview's 问: or 问(…分析师):, whose turns are read as an asker's)
_ASKS_WHETHER = re.compile(
    r"(?<=[\u4e00-\u9fff])问(?:道|起|过)?\s*,[^。]{0,40}?(?:会不会|能不能|是不是|是否|能否|有没有)"
)
# A survey's answers: what respondents said, intend or expect, not the plan's targets
# ("the surveyed urban unemployment rate" is an indicator's name, not a survey's answer)
# (受访 alone is also an official interviewed: 局长受访时表示)
_SURVEYED = re.compile(
    r"\brespondents?\b|受访(?:者|企业|对象|群众|居民)|问卷调查(?:显示|结果)", re.IGNORECASE
)


_BULLET = re.compile(f"[^\\S\\n]*[{BULLETS}]")


# An item of a list under a lead-in: a bullet, a dash, or a number or letter with a stop
# or bracket
_ITEM_LINE = re.compile(
    rf"[^\S\n]*(?:[{BULLETS}*\u00b7-]|\(?(?:\d{{1,2}}|[a-z])[.)])(?:\s|(?=[\u4e00-\u9fff]))"
)
_LEAD_IN_REACH = 40  # lines

# A list's lead-in that says its brackets hold a past year's results (主要经营目标如下(括号内
# 为2025年完成数); "(figures in brackets are 2025 actuals)")
_RESULTS_IN_BRACKETS = re.compile(
    r"括号[内中](?:的)?(?:数字|数据|数值)?为\s*((?:19|20)\d\d)\s*年度?(?:的)?(?:实际)?"
    r"(?:完成数|完成值|实际数|实际值|数据|数值|实绩)"
    r"|\b(?:figures|numbers|values)\s+in\s+(?:brackets|parenthes[ei]s)\s+(?:are|show)\s+"
    r"(?:the\s+)?((?:19|20)\d\d)\s+(?:actuals?|results?|outturns?|figures?)\b",
    re.IGNORECASE,
)
_OPENS_BRACKET = re.compile(r"\(\s*(?:约|about\s+)?$", re.IGNORECASE)
_CLOSES = re.compile(r"\s*\)")
_SHUT = re.compile(r"[)\]]")  # a bracket closing
_BRACKETS_NAMED = re.compile(r"括号[内中]|\bin (?:brackets|parenthes[ei]s)\b", re.IGNORECASE)


def _results_lists(text: str, published: date) -> list[tuple[int, int, int]]:
    """The lists whose brackets hold a past year's results, as (start, end, year): from
    the lead-in that says so (of a year not after publication's) to the last item line
    after it (blank lines between), before any other lead-in of brackets (2. 2028年目标
    (括号内为挑战值))."""
    found = []
    for match in _RESULTS_IN_BRACKETS.finditer(text):
        year = int(match[1] or match[2])
        if year > published.year:
            continue  # (括号内为2027年数值: values ahead, not results)
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        position = end
        while position < len(text):
            line_end = text.find("\n", position + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[position + 1 : line_end]
            if line.strip() and (
                not (_ITEM_LINE.match(line) or _ITEM_START.match(line))
                or _BRACKETS_NAMED.search(line)
            ):
                break
            if line.strip():
                end = line_end
            position = line_end
        found.append((match.start(), end, year))
    return found


def _bracketed_result(
    text: str, quantity: Quantity, lists: list[tuple[int, int, int]]
) -> int | None:
    """The year of a number alone in its brackets in such a list: a result, not a goal."""
    year = next((y for start, end, y in lists if start < quantity.start < end), None)
    if year is None or not _OPENS_BRACKET.search(text, max(0, quantity.start - 3), quantity.start):
        return None
    return year if _CLOSES.match(text, quantity.end) else None


def _names_a_past_year(line: str, published: date | None) -> bool:
    """Whether a heading names years, all before the year of publication: the year its
    list reports ("Jinlu at a glance, 2024"), not a plan's title (Action Plan (2025-2027))
    nor a dateline ("As of 2025"). Not an item's indented continuation line (a boxed
    list's "    (2023: 3.1 million TEU); and"), which the evaluation's set 46 holds."""
    years = [int(y) for y in YEAR.findall(line)]
    return (
        published is not None
        and is_heading(line)
        and not line[:1].isspace()
        and bool(years)
        and max(years) < published.year
    )


# The date an act was issued on (于2026年1月印发《…》, 2025年3月28日审议通过)
# (with a word or its issuer between: 2026年1月正式印发, 2026年1月,市政府印发)
_ISSUED_ON = re.compile(
    r"\s*年?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^\d。\n]{0,10}?"
    r"(?:印发|发布|出台|公布|颁布|批复|审议通过|通过)"
)


def _dates_items(text: str, year: YearMention) -> bool:
    """Whether a year of a list's lead-in may date its items: not the date the plan was
    issued on (_ISSUED_ON), a Five-Year Plan named (十五五), nor a year of the plan's title
    (《…规划(2026-2030年)》). A lead-in with none of its own leaves the list the first
    item's year (1. 到2030年,…)."""
    return not (
        year.five_year_plan
        or _ISSUED_ON.match(text, year.end)
        or text.rfind("《", 0, year.start) > text.rfind("》", 0, year.start)
    )


_DASH_ITEM = re.compile(r"[^\S\n]*--")


def _in_dash_list_lead_in(text: str, start: int, year: YearMention) -> bool:
    """Whether `year` stands in the lead-in line, ending with a colon, of the list of
    dashed items (——, normalised to "--") whose item holds `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DASH_ITEM.match(text, line_start):
        return False
    end = line_start - 1  # the end of the line above, past blank lines and other items
    while end > 0:
        above = text.rfind("\n", 0, end) + 1
        line = text[above:end]
        if line.strip() and not _DASH_ITEM.match(line):
            return line.rstrip().endswith(":") and above <= year.start < end
        end = above - 1
    return False


def _list_lead_in(
    text: str, start: int, published: date | None = None
) -> tuple[int, int, int] | None:
    """Where the lead-in of the list whose item holds `start` starts and ends ("By 2027,
    the municipality aims to:") and where that item starts, or None when `start` is in
    no item of a list under a line ending with a colon. The lines between are items,
    blank lines, or an item's indented continuation lines."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM_LINE.match(text, line_start):
        return None
    own = _item_style(text[line_start : line_start + _ITEM_MARK_REACH])
    end = line_start - 1
    for _ in range(_LEAD_IN_REACH):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        # (a numbered line that ends with a colon leads the items under it, 1.主要目标:, when
        # they are numbered in another style, (1); a sibling numbered alike does not)
        leads = line.rstrip().endswith(":") and (
            _item_style(line) != own or _nested_under(text, end, line_start, own)
        )
        if line.strip() and (not _ITEM_LINE.match(line) or leads):
            # (or a heading that names the past year of its list: "Jinlu at a glance, 2024")
            if (
                line.rstrip().endswith(":")
                or _heads_targets(line)
                or _names_a_past_year(line, published)
            ):
                return begin, end, line_start
            if not line[:1].isspace():
                return None  # prose, not a continuation of an item
        end = begin - 1
    return None


_ITEM_MARK_REACH = 8  # characters of a line that hold its item's number
_ITEM_MARK = re.compile(r"[^\S\n]*(\(?)(?:(\d{1,2})|[a-z])([.)])")


def _nested_under(text: str, after: int, item: int, style: tuple | None) -> bool:
    """Whether the item starting at `item` belongs to a list numbered in `style` right
    under the line ending at `after`: it is numbered one past the items of that style
    between ((1) 2026年目标: / (1) … / (2) …); an outer item after that list, numbered
    alike, is not under it."""
    before = sum(
        1 for line in text[after:item].split("\n") if line.strip() and _item_style(line) == style
    )
    return _item_number(text[item : item + _ITEM_MARK_REACH]) == before + 1


def _item_number(line: str) -> int | None:
    """An item's number, its letter counted from a = 1."""
    mark = _ITEM_MARK.match(line)
    if mark is None:
        return None
    label = line[mark.end(1) : mark.start(3)]
    return int(label) if label.isdigit() else ord(label) - ord("a") + 1


def _item_style(line: str) -> tuple | None:
    """How a list's item is numbered: "1.", "(1)", "a)" (bracketed or not, digits or
    letters, its stop); None for a bullet or no number."""
    mark = _ITEM_MARK.match(line)
    return None if mark is None else (mark[1], mark[2] is not None, mark[3])


# A numbered section's heading line in Chinese: 一、扩充公办教育资源
_SECTION_HEADING = re.compile(r"^[^\S\n]*([一二三四五六七八九十]{1,3})、", re.M)


def _sibling_sections(text: str, start: int) -> tuple[int, int] | None:
    """Where the sections before the one holding `start` begin and end, when it is a
    numbered section after the first (二、 and on) of a list whose title states its year:
    the ten projects under 梧川市2025年十件民生实事项目 are each planned for 2025, and a
    fact one of them recalls (2024年全市新增公办学位9600个) dates none of the others.
    The sections of a feature or a plan's chapters, after prose, are left as they are."""
    headings = list(_SECTION_HEADING.finditer(text, 0, start))
    if not headings or headings[-1][1] == "一":
        return None
    first = next((h for h in reversed(headings) if h[1] == "一"), None)
    if first is None:
        return None
    title = text[: first.start()].rstrip().rsplit("\n", 1)[-1]
    if not (is_heading(title) and YEAR.search(title)):
        return None
    return first.start(), headings[-1].start()


def _announces_targets(text: str, lead_in: tuple[int, int, int]) -> bool:
    """Whether a list's lead-in announces goals in its last sentence ("The quantitative
    goals, as we read them, are:"): then its items are goals, as under a heading that
    announces them (_target_sections), where no verb of theirs says so. (A Chinese
    lead-in is read whole: 力争实现以下发展目标。具体指标如下: announces goals.)"""
    last = re.split(r"(?<=[.。!?])\s+", text[lead_in[0] : lead_in[1]].strip())[-1]
    return bool(_TARGETS_HEADING.search(last)) and not _NOT_TARGETS.search(last)


def _last_sentence(text: str) -> str:
    """The last sentence of a lead-in: after its last full stop (a Chinese one needs no
    space after it; an English one does, so a decimal point ends none)."""
    return re.split(r"(?<=[。!?])\s*|(?<=[.!?])\s+", text.strip())[-1]


# A lead-in that says its items are done (本雪季已经完成的项目有:, "Completed this season:")
_DONE_LEAD = re.compile(
    r"已(?:经)?(?:完成|建成|落成|投用|投入使用|竣工|完工|投产|开通)"
    r"|\b(?:(?:have|has)\s+(?:already\s+)?been|already|were|was)\s+"
    r"(?:completed|finished|built|delivered)\b"
    r"|\bcompleted (?:so far|this (?:year|season))\b",
    re.IGNORECASE,
)
# (not one still ahead: "Projects to be completed this year:", "not yet completed", "will
# have been completed", 尚未完成, 二期工程要实现以下目标; not 未来, nor "more will follow")
_NOT_DONE_YET = re.compile(
    r"\bto be\b|\byet\b|\bwill (?:have been|be)\b|\bmust\b|未(?!来)|要(?=实现|完成|达到)|将",
    re.IGNORECASE,
)


def _announces_done(text: str, lead_in: tuple[int, int, int]) -> bool:
    """Whether a list's lead-in says, in its last sentence, that its items are done: they
    report what stands, whatever year a plan before them named (not a lead-in that plans:
    在一期工程已建成的基础上,二期工程要实现以下目标:)."""
    last = _last_sentence(text[lead_in[0] : lead_in[1]])
    return bool(_DONE_LEAD.search(last)) and not _NOT_DONE_YET.search(last)


_ITEM_START = re.compile(_ITEM_NUMBER)


def _in_an_earlier_sections_item(
    text: str, year: YearMention, sentence: Sentence, published: date
) -> bool:
    """Whether `year` stands in a numbered item of a list that a heading has closed since:
    (八)2024—2026年,累计投放…不少于400亿元 dates its own item, not (四)外贸企业.…全年… under
    the next heading (三、重点支持领域), where 全年 is the notice's year."""
    line_start = text.rfind("\n", 0, year.start) + 1
    if not _ITEM_START.match(text, line_start) or year.start - line_start > _ITEM_REACH:
        return False
    line_end = text.find("\n", year.end)
    if line_end < 0:
        return False  # the text's last line, the sentence's own
    between = text[line_end + 1 : text.rfind("\n", 0, sentence.start) + 1].split("\n")
    if _SECTION_HEADING.match(text, line_start) and not _SINCE.match(text, year.end):
        # a section's line (二、2025年度目标任务, 一、2024年发展基础) dates the items of its
        # subsections ((一)招商引资指标): only the next section's heading closes it (a line
        # that runs on, 二、制造能力:…达到30万片。, is the list's next item); a section that
        # looks back (a past year, 2025年工作总结) is closed too by a subsection of plans,
        # (二)下一步打算, which its year does not date (nor does a year things are counted
        # since, 2020年以来)
        looking_back = year.year < published.year or bool(
            _LOOKS_BACK.search(text, line_start, line_end)
        )
        return any(
            is_heading(line)
            and (_TOP_SECTION.match(line) or (looking_back and _PLANS_HEADING.search(line)))
            for line in between
            if line.strip()
        )
    return any(line.strip() and is_heading(line) for line in between)


_SINCE = re.compile(r"\s*年?\s*以来")
_LOOKS_BACK = re.compile(r"回顾|总结|成效|基础(?!设施)|进展|完成情况|执行情况")
# (not one that looks back on them: (二)年度目标完成情况)
_PLANS_HEADING = re.compile(
    r"^(?!.*(?:完成情况|执行情况|回顾)).*(?:下一步|打算|计划|目标|任务|思路|安排|展望|举措)"
)


# A line that opens a section of the whole text: 二、…, 第二部分 …, 附件
_TOP_SECTION = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|附件|附表)"
)


_ITEM_REACH = 12  # how far into its item's line a year leads it


def _reviewed_year(text: str, reviewed: list[tuple[int, int]], quantity: Quantity) -> int | None:
    """The one year the heading of the review section holding `quantity` names (📊 114年
    成績單, 一、2024年工作回顾), if it names one."""
    section = next((s for s in reviewed if s[0] <= quantity.start < s[1]), None)
    if section is None:
        return None
    # (the section starts at the end of its heading's line)
    heading = text[text.rfind("\n", 0, section[0]) + 1 : section[0]]
    named = {int(y) for y in YEAR.findall(heading)}
    return named.pop() if len(named) == 1 else None


def _past_own_goals(text: str, earlier: list[YearMention], published: date) -> list[YearMention]:
    """`earlier` less the years still ahead that date only their own goals
    (_dates_only_its_own) inside a later horizon: the year kept last before one is later
    than it (…到2027年末…35家以上。其中,2025年力争…; not the plan's year after a review's,
    2025年,…4.2万人;2026年目标为…, nor a later horizon, 到2025年…;到2027年…)."""
    kept: list[YearMention] = []
    for m in earlier:
        if not (
            m.year >= published.year
            and kept
            and kept[-1].year > m.year
            and _dates_only_its_own(text, m)
        ):
            kept.append(m)
    return kept


def _dates_only_its_own(text: str, year: YearMention) -> bool:
    """Whether `year`, stated in a sentence before, dates only its own goal, not the goals
    after it that state no year: it leads a later part of its Chinese sentence (到2027年,
    …不少于30家;2025年新增辅导备案企业8家。入库企业中…占比达到40%以上: the 40% is 2027's),
    or a sentence of what a goal includes (…到2027年末…达到35家以上。其中,2025年力争新增
    上市企业3家。(二)…保持在200家以上: 2027's, not 2025's)."""
    whole = max(text.rfind(end, 0, year.start) for end in ("。", "\n", ".")) + 1
    part = text.rfind(";", whole, year.start)
    if part >= 0 and len(text[part + 1 : year.start].strip()) <= 2:
        return not re.search(r"\d", text[part + 1 : year.start]) and bool(
            CJK.search(text, whole, year.start)
        )
    return bool(_OF_WHICH.match(text, whole))


# a sentence of what the goal before it includes: 其中,2025年力争…
_OF_WHICH = re.compile(r"[^\S\n]*其中\s*,?\s*(?:(?:19|20)\d\d\s*年|今年|明年)")


def _semicolon_head(text: str, start: int) -> int | None:
    """Where the whole sentence starts when the one at `start` is a part of it after a
    semicolon (到2027年,A达到150万辆,今年则力争超过50%;B要增至8万个), else None."""
    before = text[max(0, start - 3) : start].rstrip()
    if not before.endswith(";"):
        return None
    # A known quirk: the "." of a decimal (约7.46万亿元;…) also ends the search, so the
    # head is then the rest of the number's clause. Reading full stops here made eight
    # tuned sets worse (2026-12-03), and sixteen when tried again with _past_decimals
    # (2026-12-06): the rules that use the head were tuned with it. Only the test of a
    # year standing before the whole sentence (no_year_of_its_own) looks past it.
    return max(text.rfind(end, 0, start) for end in ("。", "\n", ".")) + 1


def _past_decimals(text: str, head: int) -> int:
    """Where the sentence a semicolon head (_semicolon_head) belongs to opens, past any
    "." it stopped at that ends no sentence: a decimal's (2024年…增长16.2%;规模以上企业38家)
    or an abbreviation's (打造No.1品牌, v2.x, 对标U.S.市场); any other "." is a full stop
    (86亿元.全市, a full-width stop normalised; 增长16.2%.全市)."""
    while head > 0 and text[head - 1] == "." and not _is_full_stop(text, head - 1):
        head = max(text.rfind(end, 0, head - 1) for end in ("。", "\n", ".")) + 1
    return head


def _is_full_stop(text: str, dot: int) -> bool:
    """Whether the "." at `dot` ends a sentence (_INSIDE_A_WORD_DOT: one that does not)."""
    return not _INSIDE_A_WORD_DOT.match(text, max(0, dot - 2))


# A "." between Latin letters or digits (16.2, No.1, v2.x), or closing a chain of capitals
# (U.S.)
_INSIDE_A_WORD_DOT = re.compile(r".?[A-Za-z0-9]\.[A-Za-z0-9]|\.[A-Z]\.")


_MONTH_AFTER = re.compile(r"\s*年?\s*\d{1,2}\s*月")
# (a date, its year too: 今年3月, 2025年3月15日; not a duration, 压缩至1日, 30日内)
_DAY_OR_MONTH = re.compile(r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")


# The topic a part opens on, before its year or its account's source (发展现况方面,2025年全
# 市…; 发展现况方面,计划指出,2025年…): no clause of its own (not 一方面 or 另一方面, 各方面,
# 多方面, 这方面, which link or sum up)
_TOPIC_LEAD = re.compile(r"\s*[^,;。\d]{0,10}?(?<![一各多这])方面\s*,")
# An account's source opening a sentence (据方案披露, 据统计, 数据显示, 方案指出, 方案提到,
# 计划回顾)
_ON_WHOSE_ACCOUNT = re.compile(
    r"\s*(?:(?:据|根据)[^,;。\d]{0,12}?(?:披露|统计|显示|介绍|了解|报道|公布)|(?:数据|统计)显示"
    # (or the document alone: 根据方案, 据《统计公报》)
    r"|(?:据|根据|依据|按照|依照)[^,;。\d]{0,14}?(?:方案|规划|计划|报告|公报|文件|资料|》)"
    # (a document's: 方案指出, 市长在政府工作报告中指出, 规划显示; not 会议指出, a meeting's)
    r"|[^,;。\d]{0,12}?(?:方案|规划|计划|报告|公报|公告|年报|文件|通报|白皮书|》)[^,;。\d]{0,4}?"
    r"(?:指出|披露|提到|显示|介绍)"
    # (and a look back at what was, 计划回顾, 回顾过去一年)
    r"|[^,;。\d]{0,6}?回顾[^,;。\d]{0,6}?)"
    r"\s*,\s*"
)


# The words of a task set (要加快培育…, 要新增, 加快建设), which plan without a word of the
# future: 要 before a verb of doing (not 主要龙头企业, 重要, nor a review's 稳步推进)
_TASK_WORDS = re.compile(
    r"要(?=加快|推动|推进|新增|新建|建设|培育|引进|实现|达到|确保|打造|提高|提升)"
    r"|加快"
)


def _leads_part(text: str, year: YearMention, head: int, plans: bool = False) -> bool:
    """Whether `year` leads its part of the sentence that starts at `head`: no number is
    stated before it in the part, and it opens the part or stands in a clause of its own
    (2026年全市... | 到2027年, | 《规划》提出,到2027年, | 方案提出,到2028年全市…: 到 leads
    with no comma after), rather than inside a clause
    (...不低于60%,今年则力争超过50%; 比例要在2026年底前达到100%: those numbers' own)."""
    part = max(head, text.rfind(";", head, year.start) + 1)
    # (a lead-in's colon opens the part too: 《行动方案(2024-2027年)》进一步明确:到2027年,…)
    part = max(part, text.rfind(":", part, year.start) + 1)
    # (a plan's title is no number: 按照《行动方案(2024-2026年)》,到2026年,…; its marks stay,
    # for an account's source: 《行动方案》指出)
    before = re.sub(r"《[^《》]*》", "《》", text[part : year.start])
    # (nor is a date: 今年3月,市政府发布《…》,提出到2027年,…)
    before = _DAY_OR_MONTH.sub("", before)
    # (nor the topic the part opens on: 发展现况方面,2025年…)
    if topic := _TOPIC_LEAD.match(before):
        before = before[topic.end() :]
    return not re.search(r"\d", before) and (
        len(before.strip()) <= 2
        # (or after whose account it is: 据方案披露,2024年全市…; for a part that plans
        # nothing, not 要加快培育…,新增6家)
        or (not plans and bool(_ON_WHOSE_ACCOUNT.fullmatch(before)))
        or bool(_OWN_CLAUSE_AFTER.match(text, year.end))
        or (
            before.rstrip().endswith(("到", "至"))
            # (not a date's: 本政策有效期至2027年12月31日)
            and not _MONTH_AFTER.match(text, year.end)
        )
    )


def _goes_on_from_a_dated_sentence(
    text: str, sentence: Sentence, earlier: list[YearMention]
) -> bool:
    """Whether `sentence` goes on, after a semicolon, ! or ?, from a sentence (up to its 。 or
    its line's end) that states a year before it and plans nothing (2025年,市场全年交易额
    47.6亿元;…;线上订单占交易额的比重为21%): its numbers are of that year, not of the year
    ahead of the section it stands in (…经营情况及今年目标), which sets goals too. Not after
    今年力争达到52亿元;, nor after a year compared with (在2025年基础上,…增长10%;), which
    `earlier` does not hold."""
    if not text[max(0, sentence.start - 3) : sentence.start].rstrip().endswith((";", "!", "?")):
        return False
    whole = sentence_opening(text, sentence.start)
    return not _plans(text[whole : sentence.start]) and any(
        whole <= m.start < sentence.start for m in earlier
    )


def _stretches_an_item(text: str, year: YearMention, whole: int) -> bool:
    """Whether `year` sets a further goal for the number its part already states (到2025
    年,研发投入强度达到4.5%,并力争到2030年达到5%;高新技术企业突破1.2万家): that stretch is
    its item's own, and the parts after the semicolon keep the sentence's 2025."""
    part = max(whole, text.rfind(";", whole, year.start) + 1)
    if not _STRETCH_LEAD.search(text, part, year.start):
        return False
    # (a goal's year leads the part, and a number of its own stands before the stretch;
    # not 在2023年基础上,力争到2027年 nor 2024年…5000亿元,力争到2027年, where 2027 is the
    # sentence's horizon)
    goal_year = _GOAL_YEAR_LEADS.search(text, part, year.start)
    return goal_year is not None and bool(
        re.search(r"\d", _YEAR_WORDS.sub("", text[goal_year.end() : year.start]))
    )


# (the clause's words right before the year: ",并力争到" | ",争取在")
_STRETCH_LEAD = re.compile(r",\s*并?\s*(?:力争|争取)\s*(?:到|在|于)?\s*$")
_GOAL_YEAR_LEADS = re.compile(r"(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?")
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d\s*年")


def _steps_back(year: YearMention, head: int, earlier: list[YearMention]) -> bool:
    """Whether `year` comes after a later year stated earlier in the same sentence (到2030
    年,…;2026年地区生产总值增长6.5%左右;常住人口城镇化率达到60%): a step back dates its
    own part only, and the parts after it keep the sentence's horizon."""
    return any(
        head <= other.start < year.start
        and other.year > year.year
        and not (other.comparison or other.aside)
        for other in earlier
    )


def _moves_horizon(year: YearMention, before: list[YearMention]) -> bool:
    """Whether `year`, inside a clause of the whole sentence, is later than every year the
    sentence states before it (2025年底总产值突破35亿元,2027年达到45亿元以上;占比达到60%以上):
    the sentence's horizon moves on, unlike a nearer year that dates its own number
    (到2027年,…,今年则力争超过50%;…)."""
    return (
        not (year.comparison or year.aside)
        and bool(before)
        and all(year.year > m.year for m in before)
    )


# (or leads a list of goals: 特区政府订定到2028年的中期目标:…;…)
_OWN_CLAUSE_AFTER = re.compile(
    r"\s*年?(?:底|末)?(?:前)?\s*\)?\s*(?:的[^,;:。\d]{0,8}?目标(?:是|为|如下)?\s*)?[,:]"
)


def _body_start(text: str) -> int:
    """Where a document's body starts: its first line that reads as a sentence (ends
    with a full stop, or holds one). The short lines before it are a masthead, headlines
    and a title ("無人機產量要翻一番　通用機場增至25個"), whose numbers restate the body's
    without their years. 0 when a long line comes first; a table starts the body too
    (read_document), and so does a line of cells parted by bars, even one with no year
    columns (序号 | 重点任务 | 目标 | 牵头单位 | 完成时限), and a bulleted item (slides and
    graphics written as text are all short lines: "● 新能源汽车产量达到120万辆")."""
    position, rows = 0, {start for start, _ in bar_rows(text)}
    for line in text.split("\n"):
        if line.strip() and (not is_heading(line) or position in rows or _BULLET.match(line)):
            return position
        position += len(line) + 1
    return 0


def read_document(
    document_id: str, text: str, published: date, index: IndicatorIndex
) -> list[Claim]:
    """Every claim `text` states, in order. Offsets are into `text` as given."""
    plain = normalise(text)
    mentions: dict[tuple[str, str], list[Mention]] = {}
    shares = frozenset(i for i, dimension in index.dimensions.items() if dimension == "pct")
    for mention in alias_mentions(plain, index.aliases, shares):  # by indicator and role, once
        mentions.setdefault((mention.indicator_id, mention.role), []).append(mention)
    parts = []
    last_year = horizon = None
    last_part = False  # whether the year stated last is a part of it (1-4月, 上半年)
    period: tuple[int, int] | None = None  # the span of years stated last (规划期内)
    # the span of the last total stated (2025—2027年累计…), the period where no other is
    # named, and the furthest year ahead stated so far, past which it is none
    total_period: tuple[int, int] | None = None
    furthest: int | None = None
    # a table's lines are read by their columns (tables.py), not as prose
    found_tables = tables(plain)
    table_lines = [line for table in found_tables for line in table.lines]
    column_years = {
        quantity.start: YearMention(
            quantity.start, quantity.end, year, row.spans.get(quantity.start)
        )
        for table in found_tables
        for row in table.rows
        for quantity, year in row.values
    }
    reported_cells = {
        start for table in found_tables for row in table.rows for start in row.reported
    }
    # (a turned table's value is named by its column's header cell, not by its row)
    column_names = {
        start: name
        for table in found_tables
        for row in table.rows
        for start, name in row.names.items()
    }
    results_lists = _results_lists(plain, published)
    table_values = sorted(
        (quantity for table in found_tables for row in table.rows for quantity, _ in row.values),
        key=lambda q: q.start,
    )
    year_names = named_years(plain)
    for sentence in sentences(plain):
        chunk = plain[sentence.start : sentence.end]
        if any(start < sentence.end and sentence.start < end for start, end in table_lines):
            found = [q for q in table_values if sentence.start <= q.start < sentence.end]
            # a row's years are its columns'; a cell may name a baseline (较2022年翻一番)
            baselines = [
                replace(m, start=m.start + sentence.start, end=m.end + sentence.start)
                for m in year_mentions(chunk, published, [])
                if m.comparison
            ]
            parts.append((sentence, found, baselines))
            continue
        # (a multiple in words holds no number of its own: the 一倍 of 翻一倍)
        multiples = relative_targets(chunk)
        found = sorted(
            [
                q
                for q in quantities(chunk)
                if not any(m.start < q.end and q.start < m.end for m in multiples)
            ]
            + multiples,
            key=lambda q: q.start,
        )
        found = [
            replace(q, start=q.start + sentence.start, end=q.end + sentence.start) for q in found
        ]
        years = [
            replace(m, start=m.start + sentence.start, end=m.end + sentence.start)
            for m in year_mentions(
                chunk,
                published,
                [(q.start - sentence.start, q.end - sentence.start) for q in found],
                last_year,
                horizon,
                # (a total's span where no other is named, and no year ahead stated past it)
                period
                or (
                    total_period
                    if total_period and (furthest is None or furthest <= total_period[1])
                    else None
                ),
                last_part,
                {name: year for end, name, year in year_names if end <= sentence.start},
            )
        ]
        # (the year stated last, not a year compared with nor one in an aside: what "that
        # year", 同期 and a month alone in the next sentence refer to)
        stated = [m for m in years if not m.comparison and not m.aside]
        if stated:
            last_year, last_part = stated[-1].year, stated[-1].part
        spans = [(m.span_start, m.year) for m in years if stated_span(m)]
        period = spans[-1] if spans else period
        totals = [(m.span_start, m.year) for m in years if m.one_total and not m.counted]
        total_period = totals[-1] if totals else total_period
        ahead = [m.year for m in years if m.year >= published.year and not m.comparison]
        horizon = ahead[-1] if ahead else horizon
        if ahead:
            furthest = max(ahead) if furthest is None else max(furthest, *ahead)
        parts.append((sentence, found, years))
    every_year = [m for _, _, years in parts for m in years]
    spans = [m for m in every_year if m.span_start is not None]
    plan_baseline = spans[0].span_start - 1 if spans else published.year - 1
    # the period of the first plan cited by name (《…规划(2021-2025年)》), whose goals a
    # report on how it is carried out quotes without their year
    cited_periods = _abbreviated_periods(plain, spans)
    cited_horizon = _cited_horizon(plain, spans, cited_periods)
    claims: list[Claim] = []
    restated: list[tuple[int, tuple, bool]] = []  # (claim, what it states, bound unstated)
    # the last number named for one indicator, with its sentence: what "that" stands for
    last_figure: tuple[Quantity, _Match, int] | None = None
    # ... and the last that counts no class of those just counted: what "such" stands for
    such_figure: tuple[Quantity, _Match, int] | None = None
    # the last number of each dimension: its end, its indicator, its sentence's number
    last_of_dimension: dict[str, tuple[int, _Match, int]] = {}
    # the sentence before's numbers that each named one indicator, with its number
    figures_before: tuple[int, list[_Match]] = (-1, [])
    seen = 0  # every_year is in text order: the years before a sentence are a prefix
    body = min([_body_start(plain), *(start for start, _ in table_lines)])
    plan_year, plan_spans = one_year_plan(plain) or (None, [])
    report_year, report_spans = one_year_report(plain, published) or (None, [])
    deadlines = item_deadlines(plain)
    default_years = [
        YearMention(m.start(), m.end(), int(m[1])) for m in _DEFAULT_YEAR.finditer(plain)
    ]
    target_sections = _target_sections(plain, body) + _plans_sections(plain)
    # (and a section of an applicant's conditions: rules, not goals)
    projected = _projection_sections(plain) + _conditions_sections(plain)
    reviewed = review_sections(plain, published)
    asked = _asker_turns(plain)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(plain)]
    unquoted = _QUOTED.sub(lambda m: " " * len(m[0]), plain)
    firm_report = bool(_FIRM_REPORT.search(unquoted))
    # (the spans the alias list names, with their indicator: where it names a firm by its own
    # words, 我司 or "our company", the firm's voice speaks for that indicator, in a document
    # read with that list, and for no other)
    aliases_named = [
        (m.start, m.end, indicator) for (indicator, _), found in mentions.items() for m in found
    ]
    neighbours = _neighbours_named(plain)
    reckoned: list[tuple[int, int]] = []  # sentences left out whole, so far
    for at, (sentence, found, sentence_years) in enumerate(parts):
        chunk = plain[sentence.start : sentence.end]
        while seen < len(every_year) and every_year[seen].end <= sentence.start:
            seen += 1
        # (not from a sentence left out as someone's reckoning: a brokerage's 2029 dates
        # none of the plan's goals after it)
        earlier = [m for m in every_year[:seen] if not any(a <= m.start < b for a, b in reckoned)]
        lead_in = _list_lead_in(plain, sentence.start + indent(chunk), published)
        if lead_in is not None and any(
            lead_in[0] <= m.start < lead_in[1] and _dates_items(plain, m) for m in earlier
        ):
            # an item's year is its own or its lead-in's, not an item's before it (when
            # the lead-in states none, the first item's year is the list's)
            earlier = [m for m in earlier if m.end <= lead_in[1] or m.start >= lead_in[2]]
        siblings = _sibling_sections(plain, sentence.start)
        if siblings is not None:  # the sections before this one under the same lead-in
            earlier = [m for m in earlier if not siblings[0] <= m.start < siblings[1]]
        # nor a year that led a numbered item of an earlier section's list
        earlier = [
            m for m in earlier if not _in_an_earlier_sections_item(plain, m, sentence, published)
        ]
        # a firm's own voice: left out unless this is its own report, and it speaks outside
        # quotation marks; or spoken for the indicators the alias list names it by
        voices = [
            own
            for own in _FIRMS_OWN.finditer(plain, sentence.start, sentence.end)
            if not (firm_report and not any(a <= own.start() < b for a, b in quoted))
        ]
        voiced = [
            {indicator for a, b, indicator in aliases_named if a <= own.start() and own.end() <= b}
            for own in voices
        ]
        head = _semicolon_head(plain, sentence.start)
        if head is not None:  # a part of a Chinese sentence: its parts' leading years
            part_plans = _plans(chunk) or bool(_TASK_WORDS.search(chunk))
            earlier = [
                m
                for m in earlier
                if m.start < head
                or _leads_part(plain, m, head, part_plans)
                or _moves_horizon(m, [y for y in earlier if head <= y.start < m.start])
            ]
            # (from where the whole sentence starts: the head above may stop at a decimal)
            whole = sentence_opening(plain, sentence.start)
            earlier = [m for m in earlier if not _steps_back(m, whole, earlier)]
            earlier = [m for m in earlier if not _stretches_an_item(plain, m, whole)]
        if sentence.end <= body:
            continue  # a headline restates what the body states, without its year
        if _PROJECTION.search(chunk):
            continue  # a projection of the year a plan names: that year still dates what follows
        if (
            _ESTIMATE.search(chunk)
            or _VIEW_LINE.match(plain, _line_of(plain, sentence).start)
            or _FIRM_NAMED.search(chunk)
            or not all(voiced)  # (a firm's own voice no alias names: `voices` above)
            or _ADMISSION.search(chunk)
            or _proposes_revision(plain, sentence, published)
            or _SURVEYED.search(chunk)
            or _ASKS_WHETHER.search(chunk)
            or any(start <= sentence.start < end for start, end in projected)
            or _ELSEWHERE.search(chunk)
            or _opens_on_neighbour(chunk, sentence.start, neighbours)
            or _disclaimed(
                chunk,
                plain[parts[at + 1][0].start : parts[at + 1][0].end]
                if at + 1 < len(parts)
                else None,
            )
            or (_LABELLED_FIGURE.match(chunk) and _restated_after(plain, chunk, sentence.end))
        ):
            reckoned.append((sentence.start, sentence.end))
            continue  # someone's reckoning ("按照年均13%的增速测算"), a firm's own plan
        turn = next(
            (
                member
                for start, end, member in asked
                if start <= sentence.start + indent(chunk) < end
            ),
            None,
        )
        if turn is False:
            continue  # an interviewer's turn (主持人: 翻了五倍, 有那么多订单吗?)
        # a councillor's turn states facts (园区目前绿电使用比例才14%) but no target
        asker = turn is True
        future = (
            _plans(chunk)
            or _headline_goal(chunk)
            or (
                any(start <= sentence.start < end for start, end in target_sections)
                and not _goes_on_from_a_dated_sentence(plain, sentence, earlier)
            )
            or (lead_in is not None and _announces_targets(plain, lead_in))
        )
        done_items = lead_in is not None and _announces_done(plain, lead_in)
        earlier = _past_own_goals(plain, earlier, published)
        # near the year's end, 预计 alone estimates how the year ends (全市地区生产总值预计
        # 达到4860亿元, in a December communique): what the year did, not a goal for it
        # (and so does each part of its sentence after a semicolon)
        year_end = published.month >= _YEAR_END_MONTH and {
            m[0]
            for m in FUTURE.finditer(plain, sentence.start if head is None else head, sentence.end)
        } == {"预计"}
        kept = [
            q for position, q in enumerate(found) if not _left_out(plain, found, position, sentence)
        ]
        kept, pairs = attach_pairs(plain, kept)
        kept = _carry_units(plain, kept)
        listed_years = respective_years(plain, sentence, kept, sentence_years)
        paired = _respective_pairs(index, mentions, plain, kept, sentence)
        respective_before = _respective_of_before(index, plain, kept, sentence, figures_before)
        figures_here: list[_Match] = []
        before_chosen: list[_Match] = []
        before_year: YearMention | None = None
        outside_year: YearMention | None = None  # (of the last number outside an aside)
        default = [m for m in default_years if m.end <= sentence.start]  # stated before
        before_stated: str | None = None
        for position, quantity in enumerate(kept):
            floor = kept[position - 1].end if position else sentence.start
            ceiling = kept[position + 1].start if position + 1 < len(kept) else sentence.end
            # a table row's values are all of its name: the row is each one's window
            table_row = quantity.start in column_years
            window = (sentence.start, sentence.end) if table_row else (floor, ceiling)
            clause = _clause(plain, quantity, (sentence.start, sentence.end))
            labelled = _LABEL.search(plain, max(floor, quantity.start - 32), quantity.start)
            # a label says what a number is, not when: "Target" plans nothing ahead
            year = (
                column_years.get(quantity.start)
                or listed_years.get(quantity.start)
                or year_for(
                    plain,
                    sentence_years,
                    earlier,
                    quantity,
                    kept,
                    clause,
                    future and not labelled,
                    published,
                )
            )
            if default and (year is None or year.start < sentence.start) and future:
                year = default[-1]  # "GOALS (FOR 2030 UNLESS STATED)": what it says
            bracketed = _bracketed_result(plain, quantity, results_lists) if results_lists else None
            if bracketed is not None:
                year = YearMention(quantity.start, quantity.start, bracketed)
            item = next((d for d in deadlines if d[0] <= quantity.start < d[1]), None)
            if (
                item is not None
                and (year is None or year.start < item[0] or item[3][0] <= year.start < item[3][1])
                and not _HAPPENED.search(plain, *clause)
            ):
                # 主要指标:…不低于82%。完成时限:2026年12月31日前。 (not a year the item's own
                # sentences state, nor what the item's clause says is: 现有电堆能量效率为76%)
                year = item[2]
            # the one year a plan is for (and its sentence tells nothing that happened),
            # or the one year a report looks back on (and its sentence plans nothing)
            in_plan = any(start < quantity.start < end for start, end in plan_spans) and not any(
                # (a plan for one year states goals as changes on the year, 电力行业排放总量
                # 同比下降3%: there 同比 tells nothing that happened)
                not m[0].startswith("同比")
                for m in _HAPPENED.finditer(chunk)
            )
            documents_year = (
                plan_year
                if in_plan
                else report_year
                if any(start < quantity.start < end for start, end in report_spans)
                # (a goal it states, 力争…, is no result of its year; a result set against
                # a goal, 比年初预期目标高0.3个百分点, still is)
                and not _PLANS_AHEAD.search(chunk)
                else None
            )
            plan_goal = False
            no_year_of_its_own = (
                # (an earlier part's year of the same sentence is its own: 到2030年,…;
                # 覆盖率达到100%)
                (
                    year is None
                    or (
                        year not in sentence_years
                        # (before the whole sentence: not one past a decimal's "." the head
                        # stops at, 2024年…增长16.2%;规模以上企业38家)
                        and (head is None or year.start < _past_decimals(plain, head))
                        # (nor the year of its list's lead-in: 方案提出,到2027年:\n——规模以上
                        # 企业达到60家, in a notice whose own goals are for 2025)
                        and not _in_dash_list_lead_in(plain, sentence.start, year)
                    )
                    or plain.startswith("全年", year.start)  # the document's whole year
                )
                and quantity.start not in column_years
                and quantity.start not in listed_years
            )
            if documents_year is not None and no_year_of_its_own:
                # a document for one year: a number with no year of its own is of that year
                year = YearMention(quantity.start, quantity.start, documents_year)
                plan_goal = in_plan  # (and in a plan for one year, a goal: 同比下降3% plans)
            elif (
                no_year_of_its_own
                and (looked_back_on := _reviewed_year(plain, reviewed, quantity)) is not None
            ):
                # a review section headed by the one past year it reviews (114年成績單):
                # a number there with no year of its own is of that year
                year = YearMention(quantity.start, quantity.start, looked_back_on)
            cited_goal = _cited_plans_goal(plain, quantity, clause, sentence, floor)
            if (
                cited_goal
                and cited_horizon is not None
                and (
                    year is None
                    or (year.year < published.year and not clause[0] <= year.start < clause[1])
                )
            ):
                # 与2.5%的目标仍有差距 (after 2024年的2.1%): the cited plan's last year, not
                # the year of a result beside it (the plan its sentence names, by the short
                # name the text gave it, else the one cited)
                names = _CITED_NAME.findall(plain, sentence.start, quantity.start)
                year = cited_periods.get(names[-1], cited_horizon) if names else cited_horizon
            # an aside's number of its own year is the whole only of a part inside its
            # brackets ("[31 at end-2023, of which 9 were listed]"), not of one after them:
            # 产值为186亿元(2024年为163亿元),其中…48亿元 is of the 186's year
            whole_year = (
                outside_year
                if position and _SHUT.search(plain, kept[position - 1].end, quantity.start)
                else before_year
            )
            if (
                position
                and whole_year is not None
                and _PART_OF_WHOLE.search(plain, kept[position - 1].end, quantity.start)
                and (year is None or not clause[0] <= year.start < clause[1])
                # (not the base a level is compared with, the change on it after: 会员216人,
                # 比2023年底的178人增加38人,其中青少年会员占64%, of the 216's year)
                and not _CHANGE_ON_BASE.match(plain, kept[position - 1].end)
            ):
                # "$171.3 billion in 2025, of which exports made up $118.6 billion": a part
                # is of its whole's year
                year = whole_year
            if _PACE_NEEDED.search(
                plain, max(sentence.start, quantity.start - 48), quantity.start
            ) or _SUFFICES_AFTER.match(plain, quantity.end):
                continue
            if (
                _EACH_OF.search(plain, max(sentence.start, quantity.start - 40), quantity.start)
                or _WHO_PLEDGE_BEFORE.search(
                    plain, max(sentence.start, quantity.start - 60), quantity.start
                )
                or _EACH_ASKED_TO.search(
                    plain, max(sentence.start, quantity.start - 60), quantity.start
                )
            ):
                continue  # "Every gift of RMB 500 or more will be recognised": a threshold
            if year is not None and year.start > quantity.end:
                year = _completion_year(plain, year, sentence_years, ceiling)
            if year is not None and year.start < sentence.start:
                year = _not_the_year_compared_with(
                    plain, year, quantity, sentence_years, earlier, published
                )
            if bracketed is None:  # (a result in brackets is no whole of a part after it)
                before_year = year
                if year is None or not year.aside:
                    outside_year = year
            # a plan's verb right before the number, after any number before it (完成全年
            # 力争达到5800亿元目标的23.4%: the 5800, not the 23.4%)
            planned_here = (
                _planned_here(plain, quantity, max(floor, clause[0]), clause[0])
                or cited_goal
                or _the_years_goal_around(plain, quantity, clause)
            )
            as_of = _AS_OF.search(plain, sentence.start, quantity.start)
            # ("the metro network, now three lines, …": of the day it is written)
            existing = bool(_EXISTING.search(plain, max(0, quantity.start - 80), quantity.start))
            stands_now = (
                bool(_NOW_BEFORE.search(plain, max(floor, clause[0]), quantity.start))
                # (what a plant that stands can do, "the existing plant, which can build
                # 220,000 vehicles a year", or one in a clause of no future and no year ahead)
                or (
                    bool(_CAN_DO_NOW.search(plain, max(floor, clause[0]), quantity.start))
                    and (
                        existing
                        or (
                            not FUTURE.search(plain, *clause)
                            and (year is None or year.year <= published.year)
                        )
                    )
                )
            ) and not _GOAL_NAMED.search(plain, clause[0], quantity.start)
            can_now = stands_now and existing
            # (what stands now is of no year ahead named in its clause: 计划明年营收年增只有5%
            # plans, unless it is an existing plant's, which is dated now)
            stands_now = stands_now and (
                can_now
                or year is None
                or year.year <= published.year
                or not clause[0] <= year.start < clause[1]
            )
            reports = (
                quantity.start in reported_cells  # a table's column of what was (基数)
                # 本雪季已经完成的项目有: 1.新建一条六人吊椅索道 (not an item's own later
                # year: 到2027年再新增雪道5条)
                or (
                    done_items
                    and not (year and year.year > published.year and clause[0] <= year.start)
                )
                or bracketed is not None  # 营业收入达到18.5亿元(14.2亿元), brackets of results
                # 截至2月底,…意向投资额约600亿元,将力争…: what stands as of a date so far
                # this year, before any word of the future
                or (
                    as_of is not None
                    and year is not None
                    and year.year <= published.year
                    and not FUTURE.search(plain, as_of.end(), quantity.start)
                )
                or (year_end and year is not None and year.year == published.year)
                # a report on the year it is published in, written in its last month
                # (2025届毕业生就业质量年度报告, of 26 December): what its span says of that
                # year happened, where its sentence plans nothing
                or (
                    report_year == published.year
                    and year is not None
                    and year.year == published.year
                    and not future
                    and not planned_here
                    # (nor what it says of the year to come: 来年, 下一步, 新的一年)
                    and not _LOOKS_AHEAD.search(plain, sentence.start, quantity.start)
                    and any(start < quantity.start < end for start, end in report_spans)
                )
                or _labelled_result(plain, sentence.start, quantity, year, published)
                or (
                    year is not None
                    and year.year == published.year
                    and not future
                    and not planned_here
                    and not any(start < quantity.start < end for start, end in plan_spans)
                    and bool(_CHANGE_ON_LAST_YEAR.search(chunk))
                )
                # "The share of loss-making firms was 16.8%": what a number was is a fact,
                # whatever else its sentence says of the plan
                or bool(_WAS.search(plain, max(floor, quantity.start - 20), quantity.start))
                # ... and what the number it is joined to was ("was 68,400 in 2023 and
                # about 91,000 by September 2024")
                or (
                    position > 0
                    and kept[position - 1].start >= clause[0]
                    # (not a goal joined to it: "and 300 is the goal for 2027")
                    and (year is None or year.year <= published.year)
                    and not FUTURE.search(plain, quantity.end, clause[1])
                    and bool(_AND_NEXT.fullmatch(plain, kept[position - 1].end, quantity.start))
                    and bool(
                        _WAS.search(
                            plain,
                            max(clause[0], kept[position - 1].start - 20),
                            kept[position - 1].start,
                        )
                    )
                )
                or _has_had(plain, max(floor, quantity.start - 40), quantity.start)
                # a deal done: "launched a RMB 20 billion (about US$2.78 billion) fund"
                or (
                    not future
                    # (of no year ahead in its clause: "set up a RMB 5 billion fund in 2026")
                    and not (
                        year is not None
                        and year.year > published.year
                        and clause[0] <= year.start < clause[1]
                    )
                    and bool(
                        _DEAL_BEFORE.search(plain, max(floor, quantity.start - 30), quantity.start)
                    )
                )
                # "grew from 52 to 87": what happened, in the number's clause
                or (
                    not future
                    and bool(
                        _WENT_BEFORE.search(
                            plain, max(clause[0], quantity.start - 80), quantity.start
                        )
                    )
                )
                or (
                    bool(_WAS_AFTER.match(plain, quantity.end, clause[1]))
                    and not _NAMED_GOAL_BEFORE.search(
                        plain, max(floor, quantity.start - 40), quantity.start
                    )
                )
                or bool(_HAD_BEEN_AFTER.match(plain, quantity.end, clause[1]))
                or bool(_PASSED_AFTER.match(plain, quantity.end, clause[1]))
                or (
                    (year is None or year.year <= published.year)
                    # (nor under a goal's label: "Our 2025 target: 85% renewed")
                    and not (labelled and (labelled["target"] or labelled["target_zh"]))
                    and bool(_MEMBERS_DID_AFTER.match(plain, quantity.end, clause[1]))
                )
                or bool(_WE_SAW_AFTER.match(plain, quantity.end, clause[1]))
                # 已认定省级示范"小巨人"企业127家: what is done already, in the number's clause
                or bool(_ALREADY.search(plain, max(floor, clause[0]), quantity.start))
                or (
                    bool(_DONE_WITH_LE.search(plain, max(floor, clause[0]), quantity.start))
                    and not FUTURE.search(plain, sentence.start, quantity.start)
                )
                or stands_now
                # a number after its year's possessive, of a year not ahead ("30 of this
                # year's 64 winning projects", "2024's RMB 486 billion"): that year's count,
                # unless it is the year's goal ("this year's 5.5 percent target")
                # (this year's as the whole a part is counted of, "30 of this year's 64", or
                # in a clause with no future word, "In May the city named this year's 64
                # winning projects": not "finish this year's 30 smart factories by December")
                or (
                    year is not None
                    and (
                        year.year < published.year
                        or (
                            year.year == published.year
                            and (
                                bool(_OF_BEFORE.search(plain, max(0, year.start - 8), year.start))
                                or not FUTURE.search(plain, *clause)
                            )
                        )
                    )
                    and bool(POSSESSIVE_BEFORE.fullmatch(plain, year.end, quantity.start))
                    and not _GOAL_WORD_AFTER.match(plain, quantity.end)
                )
                # the figure a goal is compared with, of the year before it (较2022年的680亿元,
                # 与114年度总预算岁出398.7亿元相比): year_for gives it that compared year
                or (
                    year is not None
                    and year.comparison
                    and year.year <= published.year
                    # (not a goal or a plan compared with: 与2025年计划岁出398.7亿元相比)
                    and not _GOAL_OR_PLAN_ZH.search(plain, year.end, quantity.start)
                )
                # a period's total done by publication, in a clause that plans nothing
                # (“十四五”时期累计完成固定资产投资约980亿元, beside a goal of the next
                # period in another clause)
                or (
                    year is not None
                    and year.span_start is not None
                    and (
                        year.year < published.year
                        or (year.year == published.year and published.month == 12)
                        or "以来" in plain[year.end : quantity.start]
                    )
                    and not _GOAL_BOUND_AFTER.match(plain, quantity.end)
                    and not FUTURE.search(plain, *clause)
                    and bool(_DONE_IN.search(plain, max(floor, clause[0]), quantity.start))
                    # (not a plan's goal quoted: 《规划》提出,规划期内累计完成工业投资5000亿元)
                    and not _GOAL_QUOTED.search(plain, sentence.start, quantity.start)
                )
                or (
                    bool(_ANOTHER.search(plain, max(floor, clause[0]), quantity.start))
                    and not FUTURE.search(plain, quantity.end, clause[1])
                )
                # a review's section reports the year of publication (review_sections),
                # except the goals it quotes after their lead-in (主要预期目标为:…)
                or (
                    # (in a review, "五年累计完成" counts the years looked back on)
                    (year is None or year.year <= published.year or year.counted)
                    and any(start <= quantity.start < end for start, end in reviewed)
                    and not _goals_lead(plain, sentence.start, quantity.start)
                    and not planned_here
                )
                # 年度目标为1200亿元,上半年完成633.7亿元: the part of the year in its own
                # clause reports, whatever the sentence plans
                or (year is not None and year.part and clause[0] <= year.start < clause[1])
                # 2025年前三季度,公司实现营业收入39.2亿元;…;电驱动总成出货87.3万套: a part of
                # the year that opens a sentence about what happened reports all of it
                or (
                    year is not None
                    and year.part
                    and not future
                    and not planned_here
                    # (its own sentence's opening: 上半年开工 in the sentence before dates
                    # nothing here)
                    and year.start >= sentence.start
                    and not re.search(r"[^\s\d年]", plain[sentence.start : year.start])
                )
            )
            if stands_now and (year is None or year.year > published.year):
                year = YearMention(quantity.start, quantity.start, published.year)
            if (
                reports
                and year is not None
                and year.year > published.year
                and year.start < clause[0]
                and not _GOAL_RESTATED.search(plain, sentence.start, quantity.start)
                and not _NAMED_AS_GOAL.match(plain, quantity.end)
            ):
                # what a sentence reports is of no year ahead that only a sentence before, or
                # a clause before, named (剩余工程于2026年6月底前完工。完成情况:截至10月底,
                # 完工79个; "By 2027 … The IC scale was 60 billion yuan."; "targets 15
                # projects by 2026; three were under construction"): of now; not a goal
                # restated ("The previous goal … was 80"), whose year is the goal's
                year = replace(year, year=published.year, span_start=None)
            is_target = not reports and (
                bool(labelled["target"] or labelled["target_zh"])
                if labelled
                else _is_target(
                    year,
                    published,
                    future or planned_here or plan_goal or bool(_COMMITS.search(plain, *clause)),
                    _told_with(plain, sentence, clause, found),
                )
            )
            if asker and is_target:
                continue
            if _RESTATED.search(plain, sentence.start, quantity.start):
                # the writer restating a goal in other terms, after a figure in the same
                # sentence (2024年…营收为812亿元,换言之,三年内要成长将近一倍); the number
                # still keeps the years of its clause from the figure before it
                continue
            stated = comparator(plain, quantity, floor)
            if (
                # (a result before it in its sentence, set against the goal: 2.1%,低于2.5%的目标)
                claims
                and claims[-1].sentence_start == sentence.start
                and claims[-1].claim_kind == "figure"
                and _NAMED_AS_GOAL.match(plain, quantity.end)
                and _AGAINST.search(plain, max(floor, quantity.start - 4), quantity.start)
                and not _SHORT_BY.search(plain, max(floor, clause[0]), quantity.start)
            ):
                stated = None  # 低于2.5%的目标: the goal's value, not a bound on it
            if stated is None and quantity.more:
                stated = ">"  # 100多家: over 100
            if (
                stated is None
                and position
                and (
                    LIST_JOIN.fullmatch(plain, kept[position - 1].end, quantity.start)
                    or _floor_spreads_past_its_time(
                        plain, kept[position - 1], quantity, before_stated
                    )
                )
            ):
                # 分别超过700家和800家: both over; "exceed RMB 95 billion this year and RMB 120
                # billion by 2027": the second too
                stated = before_stated
            if stated is None:
                stated = _list_bound_after(plain, kept, position)  # 分别增长6%和7.5%左右
            before_stated = stated
            weak = stated == "reach" or stated is None  # no bound of its own
            if weak:
                stated = ">=" if is_target else "="
            respective = _is_respective(plain, quantity, floor, ceiling)
            name = column_names.get(quantity.start)
            ranked = _ranked(
                index,
                mentions,
                plain,
                quantity,
                name or window,
                # a labelled number is of the item its line names: "(1) Growth of GDP.
                # Target: around 5.5%; result: 5.3%."; an answer, of what was asked;
                # a turned table's value, of its column's header
                Sentence(sentence.number, *name)
                if name
                else _line_of(plain, sentence)
                if labelled
                else _with_question(plain, parts, at),
                table_row=table_row,
            )
            ranked = _whole_before_its_part(plain, ranked, quantity, sentence)
            chosen = _part_named_after(
                plain,
                ranked,
                _chosen(ranked, respective, index.parents),
                kept[:position],
                quantity,
                year,
            )
            if quantity.start in paired and quantity.start not in listed_years:
                # "respectively" pairs the numbers with years or with subjects, not both
                chosen = [paired[quantity.start]]
            elif not chosen and quantity.start in respective_before:
                chosen = [respective_before[quantity.start]]
            elif not chosen:
                chosen = _broken_down(
                    index, plain, quantity, sentence, figures_before
                ) or _share_again(
                    index, mentions, plain, quantity, sentence, figures_before, published
                )
            instrument = _is_instrument(plain, quantity, clause, sentence)
            if instrument:
                # a subsidy's cap or rate is a policy instrument, not a target of the
                # plan, unless the indicator itself is named for it (or, for money a
                # budget sets aside, named for the funds: 财政累计安排设施建设资金12亿元)
                budgeted = _budgeted(plain, quantity, clause)
                chosen = [
                    m
                    for m in chosen
                    if _INSTRUMENT.search(m.phrase)
                    or (
                        budgeted
                        and _FUNDS_NAMED.search(m.phrase)
                        # (not a grant per project: 对每个示范项目安排建设资金200万元)
                        and not _PER_UNIT_GRANT.search(plain, clause[0], quantity.start)
                    )
                ]
            if _FUND_OF.search(plain, max(sentence.start, quantity.start - 40), quantity.start):
                # "a guidance fund of RMB 50 billion": the fund's size, of an indicator of
                # a fund only ("A new Industry Fund of 12 billion yuan will co-invest" is
                # no investment itself)
                chosen = [m for m in chosen if _A_FUND.search(m.phrase)]
            between = plain[kept[position - 1].end : quantity.start] if position else ""
            if (
                (
                    not chosen
                    # (of one list: not the next list's own subject, 营业收入分别为…28.9亿元,
                    # 净利润分别为0.92亿元…; "41, 47 and 55 respectively, and parks numbered")
                    or (quantity.start in listed_years and LIST_JOIN.fullmatch(between))
                    or _RISING_TO.fullmatch(between)
                )
                and position
                and len(before_chosen) == 1
                and kept[position - 1].dimension == quantity.dimension
                and (_CONTINUES.match(between) or kept[position - 1].start in listed_years)
                # (not a small count in words of a noun of its own: "had 26 juniors in 2023
                # and will run two open afternoons"; not "and twelve so far this year")
                and not (
                    _SMALL_COUNT_IN_WORDS.fullmatch(quantity.text)
                    and _has_own_noun(plain, quantity)
                    and not _TIME_WORD_AFTER.match(plain, quantity.end)
                )
                # (not events held nor places reached: "…, and the city has held 14
                # briefing sessions")
                and not _EVENTS_OR_PLACES_COUNTED.match(plain, quantity.end)
            ):
                # continues the number before; numbers listed against years listed
                # ("2025年、2026年分别超过700家和800家") are of one indicator
                chosen = before_chosen
            if (
                position
                and len(before_chosen) == 1
                and kept[position - 1].dimension == quantity.dimension
                and _THAN_THE.fullmatch(between)
                and not any(
                    quantity.end <= m.start and m.end <= clause[1]
                    for found_mentions in mentions.values()
                    for m in found_mentions
                )
            ):
                # "rents rose 2.6% in 2024, slower than the 3.4% of 2023": the number it is
                # compared with is of the same indicator, unless its clause names another
                # after it ("faster than the 5.0% growth of GDP")
                chosen = before_chosen
            if (
                not chosen
                and (last := last_of_dimension.get(quantity.dimension))
                and last[2] >= sentence.number - 1
                and _LATER_HORIZON.search(plain, last[0], quantity.start)
            ):
                # 到2027年…营业收入突破3000亿元,年均增长12%以上;到2030年力争达到5000亿元: the
                # later year's goal for the amount before, past its rate of growth
                chosen = [last[1]]
            if (
                such_figure is not None
                and _SUCH.match(plain, quantity.end)
                and such_figure[1].indicator_id in index.candidates(quantity.dimension)
                and such_figure[2] >= sentence.number - 1
            ):
                # "only two makers had revenue above 1 billion yuan. The city wants at least
                # five such companies": "such" is the kind just counted, whatever noun
                # follows (not a class of them: "214 enterprises above designated size …
                # only one of them had revenue above RMB 5 billion. … 300 such enterprises")
                chosen = [such_figure[1]]
            if (
                not chosen
                and last_figure is not None
                # of the same kind, or one the figure's indicator takes: "Per capita
                # income was 38,600 yuan. We want to get that above 50,000 yuan", "the
                # 58 billion yuan - our goal is to increase that by 1.5 times"
                and last_figure[1].indicator_id in index.candidates(quantity.dimension)
                and last_figure[2] >= sentence.number - 1
                and _stands_for_last_figure(plain, last_figure[0].end, sentence.start, quantity)
            ):
                chosen = [last_figure[1]]
            if (
                len(chosen) == 1
                and last_figure is not None
                and last_figure[1].indicator_id in index.candidates(quantity.dimension)
                and last_figure[2] >= sentence.number - 1
                and _named_by_the_verb_of(plain, chosen[0], sentence, quantity)
            ):
                # "The plan aims to raise this to RMB 32 billion": the figure "this" stands
                # for, not a fund whose measure is only the verb ("raise")
                chosen = [last_figure[1]]
            if (
                not (chosen or instrument)
                and (heading := _item_heading(plain, sentence)) is not None
            ):
                # 4.规上工业企业数量。…《规划》提出到2030年超过6000家: of the indicator the
                # numbered item's heading names in full
                chosen = _named_in(index, mentions, quantity, heading)
            if quantity.dimension == "count" and _classifier_of(quantity) not in (None, "台"):
                # however it was borrowed, a count of another classifier counts no vehicles
                # (三条路径 after a sentence on car exports)
                chosen = [m for m in chosen if index.dimensions[m.indicator_id] != "vehicles"]
            if (
                quantity.dimension in ("cny", "usd")
                and last_figure is not None
                and [m.indicator_id for m in chosen] == [last_figure[1].indicator_id]
                and last_figure[2] >= sentence.number - 1
                and _OF_THAT_AFTER.match(plain, quantity.end)
            ):
                chosen = []  # "About $9.5 million of that is expected to come from a grant"
            class_of_them = OF_THEM_IN_A_CLASS.match(plain, quantity.end) is not None
            if class_of_them and (whole := last_of_dimension.get(quantity.dimension)):
                # "214 enterprises …, and three of them had exports above RMB 1 billion": a
                # class of the whole last counted, not the whole's indicator
                chosen = [m for m in chosen if m.indicator_id != whole[1].indicator_id]
            if voices:
                # (a firm's voice, named by its words: its own indicators' numbers alone)
                chosen = [m for m in chosen if all(m.indicator_id in v for v in voiced)]
                if not chosen:
                    continue
            before_chosen = chosen
            if len(chosen) == 1:
                last_figure = (quantity, chosen[0], sentence.number)
                if not class_of_them:
                    such_figure = last_figure
                last_of_dimension[quantity.dimension] = (quantity.end, chosen[0], sentence.number)
                figures_here.append(chosen[0])
            baseline = None
            if _is_multiple(quantity):
                past = [
                    m.year
                    for m in sentence_years
                    if m.span_start is None and (year is None or m.year < year.year)
                ]
                baseline = past[-1] if past else plan_baseline
            for position_in_list, match in enumerate(chosen or [None]):
                read = quantity
                taken = match and _TAKES_UNIT.get(
                    (read.dimension, index.dimensions[match.indicator_id])
                )
                if taken:  # a count of vehicles, a density, an amount per person
                    unit = taken[0]
                    read = replace(read, unit=unit, dimension=index.dimensions[match.indicator_id])
                kind = _target_kind(read, chunk, year, table_row, plain[clause[0] : quantity.start])
                # one pair per amount, on its first claim ("their respective scale" repeats
                # the amount, not the statement of its dollar value)
                pair = pairs.get(quantity.start) if position_in_list == 0 else None
                if is_target and match and year:
                    said = (match.indicator_id, year.year, read.unit, quantity.value)
                    restated.append((len(claims), said, weak))
                claims.append(
                    Claim(
                        document_id=document_id,
                        claim_number=len(claims) + 1,
                        claim_kind="target" if is_target else "figure",
                        sentence_number=sentence.number,
                        sentence_start=sentence.start,
                        sentence_end=sentence.end,
                        value_start=quantity.start,
                        value_end=quantity.end,
                        value_text=text[quantity.start : quantity.end],
                        indicator_id=match.indicator_id if match else None,
                        indicator_phrase=match.phrase if match else None,
                        comparator=stated,
                        value=quantity.value,
                        unit=read.unit,
                        dimension=read.dimension,
                        value_decimals=quantity.decimals,
                        year=year.year if year else None,
                        span_start_year=year.span_start if year and kind == "cumulative" else None,
                        baseline_year=baseline,
                        target_kind=kind if is_target else None,
                        alt_value=pair.value if pair else None,
                        alt_unit=pair.unit if pair else None,
                        alt_decimals=pair.decimals if pair else None,
                        alt_text=text[pair.start : pair.end] if pair else None,
                    )
                )
        figures_before = (sentence.number, figures_here)
    return _without_restating_subheads(
        plain, _goals_named_again(plain, _bounds_as_first_stated(claims, restated))
    )


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : len(text) if end < 0 else end]


# A year named in words (今年, 明年, 届时, "next year")
_RELATIVE_YEAR_WORD = re.compile(
    r"今年|明年|去年|后年|届时|当年|同年|本年|\b(?:this|next|last) year\b|\bby then\b", re.I
)
# After a value, what names it a goal, with the noun of what it counts between (30名
# 研发人员的目标, 1200亿元的目标)
# (or the value judged: 进驻厂商80家老实说太保守, 绿电20%不能只停留在口号; or named as the
# plan's rule: "that is what the 70% local hiring rule is for")
_GOAL_OF_VALUE = re.compile(
    r"[^,;。\d]{0,8}?(?:(?:的|之)(?:预期)?目标"
    # (or quoted, with what else it lists: "营业收入力争突破60亿元"等三项主要目标)
    r"|\"[^,;。\d\"]{0,8}目标"
    r"|(?:太|过于|过|偏|有点|有些)(?:保守|乐观|激进|低|高|少|多)|不能只停留在|只是口号)"
    r"|\s+(?:[a-z-]+\s+){0,3}?(?:rule|target|goal|requirement|pledge)\b",
    re.I,
)


_STAGE_OPENS = re.compile(r"[^\S\n]*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*,")


def _year_from_line_before(
    text: str, claim: Claim, claims: list[Claim], year_starts: list[int]
) -> bool:
    """Whether the claim's line names no year and the last line before it that does
    states a claim of its own (a puzzle's answer key, line by line): the year the claim
    took is that claim's, not one set for it. A lead-in that states no claim
    ("2027年主要目标:"), or a stage's line that opens with its year ("到2030年,标准厂房达到
    60栋。"), gives its year to the lines under it, as a line does to the rest of its
    sentence that a hard wrap breaks off. `year_starts` are where the text's years
    start, in order."""
    start = text.rfind("\n", 0, claim.value_start) + 1
    if YEAR.search(_line_at(text, claim.value_start)):
        return False
    before = bisect_left(year_starts, start)  # (the years wholly before the claim's line)
    above = text[:start].rstrip("\n")
    above = above[above.rfind("\n") + 1 :]
    if not before or not (re.search(r"[。.!?;]\s*$", above) or is_heading(above)):
        return False  # (nor a line a hard wrap breaks off its sentence)
    line_start = text.rfind("\n", 0, year_starts[before - 1]) + 1
    line_end = line_start + len(_line_at(text, line_start))
    if _STAGE_OPENS.match(text, line_start):
        return False  # (a line that opens with its year leads a stage: 到2030年,…)
    return any(line_start <= other.value_start < line_end for other in claims)


def _goals_named_again(text: str, claims: list[Claim]) -> list[Claim]:
    """A goal named again by its value (每万人口30名研发人员的目标「很难达成」), in a sentence
    that states no year, is the goal stated before with that indicator and value: of its
    year, not of one the sentences between it happen to name. So is one restated bare on
    a line after another claim's line, whose year it took (see _year_from_line_before);
    a goal a heading states takes its year from elsewhere, so it sets none."""
    stated: dict[tuple, int] = {}
    named = []
    year_starts = [m.start() for m in YEAR.finditer(text)]
    for claim in claims:
        key = (claim.indicator_id, claim.unit, claim.value)
        if (
            claim.claim_kind == "target"
            and claim.indicator_id
            and key in stated
            and not YEAR.search(text, claim.sentence_start, claim.sentence_end)
            and not _RELATIVE_YEAR_WORD.search(text, claim.sentence_start, claim.sentence_end)
            and (
                _GOAL_OF_VALUE.match(text, claim.value_end)
                or _year_from_line_before(text, claim, claims, year_starts)
            )
        ):
            claim = replace(claim, year=stated[key])
        elif (
            claim.claim_kind == "target"
            and claim.indicator_id
            and claim.year
            and not is_heading(_line_at(text, claim.value_start))
        ):
            stated.setdefault(key, claim.year)
        named.append(claim)
    return named


_RESTATED_REACH = 800  # the paragraphs under a subhead that may state its numbers again


def _without_restating_subheads(text: str, claims: list[Claim]) -> list[Claim]:
    """Without the claims of a subhead in the body ("林文彥:新闢園區、引進百家廠商") that
    the text under it states again, the same indicator and value with the year the
    subhead leaves out ("四年內引進100家廠商進駐"): the year the subhead's claim took from
    elsewhere is not its own. A subhead that names a year is kept, as is one whose claim
    the text under it restates with the same year."""
    kept = []
    for claim in claims:
        line = _line_at(text, claim.value_start)
        end = text.rfind("\n", 0, claim.value_start) + 1 + len(line)
        if (
            claim.indicator_id is not None
            and is_heading(line)
            and "|" not in line  # (a table's row is no subhead)
            and not YEAR.search(line)
            and any(
                other.indicator_id == claim.indicator_id
                and other.value == claim.value
                # (not a pledge beside a past result of the same size: 力争引进百家厂商
                # over 2022年全县曾引进100家厂商)
                and not (claim.claim_kind == "target" and other.claim_kind == "figure")
                and other.year != claim.year
                and end < other.value_start <= end + _RESTATED_REACH
                and not is_heading(_line_at(text, other.value_start))
                for other in claims
            )
        ):
            continue
        kept.append(claim)
    return [replace(claim, claim_number=number) for number, claim in enumerate(kept, 1)]


# The time of a number, then "and" before the next (not past a comma, a list's next item: "a
# headcount of around 5,000 by the end of 2025, and 1,200 technicians trained") ...
_TIME = r"(?:(?:this|next)\s+year|(?:in|by)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)"
_ITS_TIME_THEN_AND = re.compile(rf"\s+{_TIME}\s+and\s+", re.IGNORECASE)
# ... the next with a time of its own or ending its clause, perhaps after its conversion in
# brackets (not the subject of a clause of its own: "and RMB 120 billion is the goal", "and
# USD 1 billion of that went to the EU")
_ITS_TIME_OR_CLAUSE_END = re.compile(rf"\s*(?:\([^()]*\))?\s*(?:{_TIME}|[.;,]|$)", re.IGNORECASE)


def _floor_spreads_past_its_time(
    text: str, previous: Quantity, quantity: Quantity, bound: str | None
) -> bool:
    """Whether a strict floor (more than, exceed) written for the number before, in the
    same unit, bounds `quantity` too: "should exceed RMB 95 billion this year and RMB 120
    billion by 2027" (not "about", "up to" or "below", which say nothing of the next; "at
    least" is what a goal with no bound of its own reads as anyway)."""
    return (
        bound == ">"
        and previous.unit == quantity.unit
        and bool(_ITS_TIME_THEN_AND.fullmatch(text, previous.end, quantity.start))
        and bool(_ITS_TIME_OR_CLAUSE_END.match(text, quantity.end))
    )


def _bounds_as_first_stated(
    claims: list[Claim], restated: list[tuple[int, tuple, bool]]
) -> list[Claim]:
    """A target stated again without a bound of its own ("Reaching RMB 1.5 trillion ...
    are goals we set") takes the bound it is stated with elsewhere in the document
    ("will exceed RMB 1.5 trillion"), before or after it."""
    stated: dict[tuple, str] = {}
    for position, said, weak in restated:
        if not weak:
            stated.setdefault(said, claims[position].comparator)
    for position, said, weak in restated:
        if weak and said in stated:
            claims[position] = replace(claims[position], comparator=stated[said])
    return claims


def build_index(
    canonical_units: dict[str, str],
    aliases: list[tuple[str, str, str]],
    parents: dict[str, str] | None = None,
    sectors: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> IndicatorIndex:
    """The index the reader resolves with: each indicator's dimension from its canonical
    unit (the unit registry), its (indicator_id, role, alias) rows, the aggregate each
    component indicator belongs to (parent_indicator_id), each indicator's sector and its
    name."""
    return IndicatorIndex(
        dict(canonical_units),
        # an alias is matched in the normalised text, so it is normalised too: an alias
        # written in traditional characters or full-width forms finds its phrase
        [Alias(indicator, role, normalise(alias)) for indicator, role, alias in aliases],
        {child: parent for child, parent in (parents or {}).items() if parent},
        # (one sector however it is written: "digital_economy", "Digital economy")
        {
            indicator: re.sub(r"[\s_-]+", " ", sector).strip().casefold()
            for indicator, sector in (sectors or {}).items()
            if sector and sector.strip()
        },
        dict(names or {}),
    )
