"""The years a text states, and which of them a number is of.

A number's year is rarely written next to it: a plan states its horizon once (到2027年)
and lists its targets; a news story compares this year's figure with one of 2020; a
table puts years in its header. `year_mentions` finds every year a sentence states (with
what kind it is: a period, a comparison's baseline, a span, a Five-Year Plan, an aside
about another number), and `year_for` picks the one a number is of, by the rules its
docstring lists. Kept apart from reader.py, which maps numbers to indicators and reads
comparators and pairs, so each can be read on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import wraps

import cn2an
from number_parser import parse_number

from orchestration.domain.documents.quantities import (
    CHANGED_FROM_THE,
    CJK,
    MONTHS,
    OTHER_CURRENCIES_ZH,
    Quantity,
)
from orchestration.domain.documents.sentences import (
    BULLET_LINE,
    CLAUSE_BREAK,
    FUTURE,
    LIST_JOIN,
    RESPECTIVE,
    RESPECTIVELY_AFTER,
    ROUGHLY,
    YEAR,
    Sentence,
    is_heading,
    lists,
)


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    span_start: int | None = None
    comparison: bool = False  # "compared with 2020", 较2020年: a baseline, not a period
    five_year_plan: bool = False  # "the 14th Five-Year Plan", 十四五: a named period
    aside: bool = False  # in brackets with another number: "(2024年为312家)", "(312 in 2024)"
    part: bool = False  # a part of the year over: 上半年, "January-June", 4月至6月: reported
    counted: bool = False  # a horizon counted from publication: 未来三年, 三年累计
    one_total: bool = False  # the span one total is counted over: 2025—2027年累计投资150亿元


_CN_DIGITS = "一二两三四五六七八九十"
# The parts of the year _PART_EN reads, as lookbehinds before "this year" ("the first
# eight months of this year")
_PART_OF = "".join(
    rf"(?<!first {part} of )"
    for part in (
        "half",
        "quarter",
        "three quarters",
        *(f"{n} months" for n in ("two", "three", "four", "five", "six", "seven", "eight")),
        *(f"{n} months" for n in ("nine", "ten", "eleven")),
    )
)
_ZH_ORDINAL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def five_year_plan(number: int) -> tuple[int, int]:
    """The years of the Nth Five-Year Plan: from the third (1966-70) on, five years
    each; the first ran 1953-57 and the second 1958-62."""
    start = 1953 + 5 * (number - 1) if number <= 2 else 1966 + 5 * (number - 3)
    return start, start + 4


# what stands now: "Haoling has 2,140 high-tech enterprises today", 目前
# (and a circular's "latest practicable date", 最后实际可行日期, the day its figures stand at)
_NOW = re.compile(
    r"\b(?:today|at present|as of now|currently|(?:as at |on )?the latest practicable date)\b"
    # (现在 with a number it has: 现在有1个, 现在已有3家, 现在有高新技术企业120家; not 实现在,
    # 现在有望, 现在已开始, nor 现在有两个目标, 现在有3年时间, 现在为…目标而努力)
    r"|目前|(?<![实体表出展存])现在(?=(?:共有|已有|已经有|已经拥有|拥有|有(?![望必条利助待])|是)"
    r"[^,;。\n]{0,12}?[\d一二两三四五六七八九十几](?![\d.]*\s*(?:个|项)?\s*"
    r"(?:目标|问题|任务|时间|方面|年)))|最后实际可行日期",
    re.IGNORECASE,
)
# What names a part of a year: "January-September", "the first half" (said of the year
# of publication, or before a year: _PART_BEFORE_YEAR); 上半年, 前三季度, 1-10月, 首三季 of
# the year of publication. After a year (_PART_AFTER_YEAR) a shorter Chinese list is
# read: the whole of this one there changed which numbers sets 45 and 61 leave unmapped
# (and any range of its months that is over, _MONTHS_AFTER_YEAR).
_PART_EN = (
    rf"(?:{MONTHS})\s*(?:-|to|through)\s*(?:{MONTHS})"
    r"|the first (?:half|quarter|three quarters"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months)"
)
_PART_ZH = (
    r"上半年|前三季度|一季度|前两个月|1\s*(?:-|到|至)\s*\d{1,2}月"
    r"|首三季|第[一二三]季度?|首[一二两三四五六七八九十]{1,2}个月"
    # (and the months from January named in words, 今年一月及二月, 一至三月, as 1-10月 is;
    # not the whole year, 一月至十二月)
    r"|(?<![十\d])一(?:月(?:份)?)?(?:至|到)(?!十二)[二三四五六七八九十]{1,2}月(?:份)?"
    r"|(?<![十\d])一月(?:份)?(?:及|和|与)[二三四五六七八九十]{1,2}月(?:份)?"
)

_MONTH_DAY = r"\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
_MONTH_NAME = rf"(?:{MONTHS})\.?"  # an English month, abbreviated or not
# a span that starts with its month is a term only where a term names it (建设期限:
# 2024年7月1日至…, 建设期内(2024年7月至2027年6月), 实施期限为…, 执行期:, 实施时间:自…;
# not 一期, 同期, a cycle's 库存周期 or a licence's 有效期); else it tells when something
# is done (于2025年10月至2026年4月开展评估, 将于2026年11月至2027年1月开展评估), no plan
# period
_MONTHS_SPAN = re.compile(rf"(?:19|20)\d\d{_MONTH_DAY}")
_TERM_BEFORE = re.compile(
    r"(?:(?:建设|实施|执行|考核|服务|合同|规划|运营)(?:期|周期)|期限|期内|期间"
    r"|(?:实施|执行|建设|起止)时间)\s*(?:为|是)?\s*[:(]?\s*(?:自|从)?\s*$"
)
# A total counted over a span right after it (2025—2027年累计完成投资150亿元, 2025-2027年间
# 累计, 年内累计, 三年累计, 全县累计, 共计, 总计, 合共): that total's own span, not the plan's
# period a later 规划期内 refers to while another is named (_span_stated_before)
_ONE_TOTAL_AFTER = re.compile(
    r"(?:期?间|内)?(?:[一二两三四五六七八九十]年|全[省市县区])?(?:累计|合计|共计|总计|合共)"
)
_YEAR_PATTERNS = (
    # 2021-25, 2024-2027, 2021-2025年, 2021年至2025年, from 2025 to 2030, between 2025
    # and 2030 (a CJK character is a word character to \b, so the ends are "no digit")
    (
        re.compile(
            # (自2026年起至2028年止: from its first year on, to its last)
            r"(?<!\d)((?:19|20)\d\d)\s*(?:年\s*)?(?:起\s*,?\s*)?(?:[-~至到]|\bto\b|\bthrough\b)\s*"
            r"((?:19|20)?\d\d)(?!\d)(?:\s*年)?"
            r"|\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b"
            # (not "over 2024 and 2025, respectively", two years)
            # (or "across": "in total across 2025 and 2026")
            r"|\b(?:over|across)\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b"
            r"(?!\s*,?\s*\(?\s*respectively)"
            # (and "in 2025 and 2026 combined", two years' sum; the groups go in pairs)
            r"|\bin\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\s+combined\b"
            # a span from a month to a month (建设期内(2024年7月至2027年6月), a term's dates
            # 2024年7月1日至2027年6月30日): the years it runs over, its last year in full
            rf"|(?<!\d)((?:19|20)\d\d){_MONTH_DAY}\s*(?:起\s*,?\s*)?[-~至到]\s*"
            r"((?:19|20)\d\d)\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?",
            re.IGNORECASE,
        ),
        "span",
    ),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+five-year\s+plan", re.IGNORECASE), "plan"),
    (re.compile(r"十([一二三四五六七八九])五"), "plan_zh"),
    (YEAR, "year"),
    # a Republic-era year made Western loses its 年 (reader._republic_years), so
    # 115年4月1日 reads 20264月1日: the year fused with the month after it
    (re.compile(r"(?<!\d)((?:19|20)\d\d)(?=(?:1[0-2]|0?[1-9])月)"), "year"),
    (
        re.compile(
            # (not "this year" whose part is named as _PART_EN reads it, "the first half
            # of this year": a part)
            rf"\b(?:(last|next)|{_PART_OF}(this)) year\b|(去|今|明|上)年"
            # (and a club's last season, "Last season members weighed in 3,100 fish": the
            # year before the one it writes in)
            r"|\b(last) season\b"
            # (and the last financial year: 上一会计年度营业收入不低于20亿元)
            r"|(上)一个?(?:会计|财政)?年度"
            # the year before last, after a break, a word that joins or a preposition
            # (前年則為62家, 于前年; not
            # 目前年产能, nor Taiwan's 前年度, the year before)
            r"|(?:(?<=[,;、和与及比较在于是为])|^)(前)年(?!度)"
            # a news story's "goals for the year" are the year it reports on: this one
            r"|(?:(?<=goals for )|(?<=goal for )|(?<=targets for )|(?<=target for ))(the) year\b"
            # and the goals a speech states for 全年 (全年目标是:…): of the year it is given
            # in (not 完成了全年目标任务 in a summary written after its year, nor 2024年全年
            # or 去年全年, whose year is stated; in a plan for one year, the plan's year:
            # reader.read_document)
            r"|(?<!年)(全)年(?=的?(?:主要)?目标(?:是|为|:))"
            # (or the goal a report measures the year in force by: 按照全年提高到25%的目标,
            # after 2024年全年该比重为23.4% in a reading of 2025's first half; _relative_year)
            r"|(?<=按照)(全)年(?=[^,;。]{0,24}的目标)"
            # (and the end of this year, 到年底所有村…达到30万元以上: not a horizon named before)
            # (not 截至年底, the end of the year a review looks back on)
            r"|(?<=到)(?<![截止]到)(年)(?=底|末)"
            # (and this term or school year, in a school's heading: 三、本学期食堂工作目标)
            r"|(本)(?=学期|学年)",
            re.IGNORECASE,
        ),
        "relative",
    ),
    # a season of the year before ("Last autumn's Concours raised RMB 46,800", in March; not
    # "last Spring Festival", nor "the last fall in donations")
    (
        re.compile(
            r"(?<!\bthe\s)\blast\s+(spring|summer|autumn|fall)\b(?!\s+festival\b)",
            re.IGNORECASE,
        ),
        "season",
    ),
    # a part of the year of publication, without its year: "in January-June", 上半年
    (
        re.compile(
            rf"(?:\b(?:in\s+)?(?:{_PART_EN})\b)"
            r"(?!\s*(?:of\s+)?(?:19|20)\d\d)"  # "the first half of 2023" is 2023's
            rf"|(?:(?<![\d年])|(?<=今年))(?:{_PART_ZH})"
            # what stands now: "Haoling has 2,140 high-tech enterprises today"
            rf"|{_NOW.pattern}",
            re.IGNORECASE,
        ),
        "this_year",
    ),
    # "by the same year" is a deadline: the horizon, not a baseline's year (read first, so
    # the anaphor below does not take its "the same year")
    # ("by the same date", "by that time" likewise)
    (re.compile(r"\bby\s+(?:that|the\s+same)\s+(?:year|date|time)\b", re.IGNORECASE), "then"),
    (re.compile(r"\b(?:that|the same) year\b|当年|同年", re.IGNORECASE), "anaphor"),
    # 同期 opening a clause, the same time as the clause before (115年底前兴建完成标准厂房
    # 6栋;同期新增停车位800个; not 上年同期, a year-on-year comparison)
    (re.compile(r"(?:^|(?<=[,;:]))\s*同期"), "same_period"),
    # a month alone opening its clause (a monthly bulletin's 4月,市12345热线共受理…; a
    # yearbook's 11月,开发区…获评): a part of the year stated last before it
    (re.compile(r"(?:^|(?<=[,;:。\n]))(1[0-2]|[1-9])\s*月份?(?=\s*,)"), "month"),
    (
        re.compile(
            r"\bby then\b"
            r"|\bby the end of the (?:plan(?:ning)? )?period\b|规划期末|到期末"
            r"|到那(?:个)?时(?:候)?|届时"
            r"|\b(?:over|in|within|during) the same (?:\w+ )?(?:years|period)\b",
            re.IGNORECASE,
        ),
        "then",
    ),
    # the plan's period named as such: 规划期内累计…, "over the plan period"
    (
        re.compile(
            r"规划期内|规划期间|\b(?:over|during|in|within) the (?:plan(?:ning)? )?period\b",
            re.IGNORECASE,
        ),
        "plan_period",
    ),
    # a horizon counted from publication: "over the next four years", 未来三年
    (
        re.compile(
            r"\b(?:over|in|within|during|for) the (?:next|coming) (\w+) years\b"
            r"|(?:未来|今后)([一二三四五六七八九十两\d]+)年"
            # not 过去5年累计 or 近3年累计, which look back
            r"|(?<![\d一二三四五六七八九十两])(?<!过去)(?<!近)(?<!前)"
            r"([一二三四五六七八九十两]|\d{1,2})年(?=里|内|累计|合共|合计)",
            re.IGNORECASE,
        ),
        "horizon",
    ),
)
# The heading of a plan for one year: 2026年全省工业和信息化工作要点, 三、2025年度控制目标,
# "2026 Work Priorities", "Key Tasks for 2026" (not a span of years, 2025年至2027年工作目标,
# whose goals keep the years their sentences carry, though a parent plan's span may stand
# before the year: 落实《…(2025—2027年)》2026年工作要点; a list, 2026年及2027年工作目标,
# opens with its first).
# Not a work report (工作报告), which mostly reviews the year before.
_PLAN_WORDS = (
    r"(?:工作要点|工作计划|工作安排|重点工作|工作重点|工作任务|控制目标|工作目标"
    # (a Taiwan body's year plan: 肆、114年度業務計畫及目標, 二、114年度工作計畫及目標)
    r"|业务计划)(?:及目标)?"
)
_ONE_YEAR_PLAN = re.compile(
    rf"^(?![^\n]*(?:19|20)\d\d\s*年?\s*(?:至|到|-|\u2013|\u2014|~)\s*(?:19|20)\d\d\s*年?"
    rf"[^\n\d]{{0,8}}?{_PLAN_WORDS}[^\S\n]*$)"
    # (年 or, for a year of the Republic made Western, 度 alone: 2025度业务计划)
    r"[^\S\n]*(?:[^\n。]{0,30}?)((?:19|20)\d\d)\s*(?:年|(?=度))"
    # (the year nearest the plan's word, or the first of a list: not 2027 in
    # 落实《…(2025—2027年)》2026年工作要点, but 2026 in 2026年及2027年工作目标)
    r"(?:(?<=[年度])[及和、与]\s*(?:19|20)\d\d|(?!(?:19|20)\d\d)[^\n。]){0,30}?"
    rf"{_PLAN_WORDS}[^\S\n]*$"
    r"|^[^\S\n]*((?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,6}?(?:Work|Key)\s+"
    r"(?:Priorities|Plan|Points|Tasks)[^\S\n]*$"
    r"|^[^\S\n]*(?:[A-Z][\w-]*\s+){0,6}?(?:Work|Key)\s+(?:Priorities|Plan|Points|Tasks)"
    r"\s+(?:for|in)\s+((?:19|20)\d\d)[^\S\n]*$",
    re.MULTILINE,
)


def one_year_plan(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The year of a plan for one year and the spans of its goals: every number there
    with no year of its own, in a sentence that does not tell what happened, is for that
    year (a plan for 2026 says 全年 or nothing, not 2026, beside each of its goals). The
    goals run from the plan's heading to the first heading that names another year
    (2027年展望), less any numbered section that reviews (一、2025年工作回顾, up to the
    next heading numbered alike: 二、加强… is the plan again), and less any paragraph that
    opens with the year before (2024年,全市…取得新成效。): a review without a heading. A
    review's heading that is not numbered so ends them (附件:2025年工作完成情况). A heading
    that is itself numbered (四、2026年工作安排) heads one section of a plan for a longer
    period (a span of years or a Five-Year Plan named before it): the next heading numbered
    alike (五、重点任务, the whole plan's tasks) ends its goals; in a plan for the year
    alone (某县人社局工作计划\n一、2026年工作目标…二、重点任务) they run on, up to a
    sibling that looks further ahead (伍、中長程發展目標)."""
    # (not a title that joins a review to the plan, 2025年工作总结和2026年工作计划: the
    # plan's own heading follows it)
    match = next(
        (m for m in _ONE_YEAR_PLAN.finditer(text) if not (_REVIEW.search(m[0]) or _joins(m))),
        None,
    )
    if match is None:
        return None
    year = int(next(g for g in match.groups() if g))
    own = _MARKER.match(match[0])
    numbered = own.lastgroup if own else None  # how the plan's own heading is numbered
    # (a section of a plan for a longer period: 四、2026年工作安排 of a 十五五 plan)
    own_kind = numbered if _LONGER_PLAN.search(text, 0, match.start()) else None
    spans: list[tuple[int, int]] = []
    start: int | None = match.end()
    skipped = None  # the numbering of the review's heading being skipped
    reviewing = False  # in a paragraph that reviews the year before (start is None)
    position = match.end()
    for line in text[match.end() :].split("\n"):
        if reviewing and (not line.strip() or is_heading(line)):
            start, reviewing = position, False  # that paragraph ended
        if is_heading(line):
            other_year = bool({int(y) for y in YEAR.findall(line)} - {year})
            marker = _MARKER.match(line)
            kind = marker.lastgroup if marker else None
            if (
                kind is not None
                and kind == numbered
                and not _SUB_ITEM.match(line)
                and (own_kind is not None or _FURTHER_AHEAD.search(line))
            ):
                if start is not None:
                    spans.append((start, position))
                return year, spans
            if start is None and kind == skipped and not other_year and not _REVIEW.search(line):
                start = position
            elif start is not None and (other_year or _REVIEW.search(line)):
                spans.append((start, position))
                start = None
                if kind is None or not _REVIEW.search(line):
                    return year, spans
                skipped = kind
        elif (
            start is not None
            and (lead := _OPENS_WITH_YEAR.match(line))
            and int(lead[1]) == year - 1
        ):
            # a paragraph that opens with the year before reviews it (2024年,全市…取得新
            # 成效。全市制造业产品质量合格率达到94.6%…), with no heading of its own, up to
            # its blank line or the next heading
            if position > start:
                spans.append((start, position))
            start, reviewing = None, True
        position += len(line) + 1
    if start is not None:
        spans.append((start, len(text)))
    return year, spans


# A year's results joined to the plan's year in one title: 2025年度就业服务成果暨2026年度
# 工作目标 (not a span of years, nor a plan's period in its title's brackets)
_JOINED_BEFORE = re.compile(
    r"((?:19|20)\d\d)\s*年?度?[^\n\d《》()]{0,12}?(?:成果|成效|总结|回顾|情况|结果|报告)\s*"
    r"(?:暨|和|与|及)\s*$"
)


def _joins(match: re.Match) -> bool:
    """Whether the heading of a plan for one year joins a title on the year before it
    (…成果暨2026年度工作目标): the plan's own heading follows the results."""
    group = next(i for i, g in enumerate(match.groups(), 1) if g)
    joined = _JOINED_BEFORE.search(match.string, match.start(), match.start(group))
    return joined is not None and int(joined[1]) < int(match[group])


# The title of a report on one year (临澜市2025年度营商环境评价报告, 2024年度社会责任报告,
# 关于2024年全省工业和信息化工作情况的报告, 2024年国民经济和社会发展统计公报): one year, then a
# word for a report, and at most a note in brackets (摘要) or 发布 after it; or a school
# year's graduates, 2025届毕业生就业质量年度报告
_ONE_YEAR_REPORT = re.compile(
    r"[^\S\n]*[^\n。\d]{0,30}?((?:19|20)\d\d)\s*(?:年度?|届)[^\n。\d]{0,30}?"
    r"(?:报告|通报|公报|总结|年报|大事记)(?:\([^\n)]{0,6}\))?(?:发布)?[^\S\n]*"
)


_REPORT_MONTH = 12  # a report of the year it is published in: written in its last month


def one_year_report(text: str, published: date) -> tuple[int, list[tuple[int, int]]] | None:
    """The year of a report on one year, named by its title (its first line), published
    after that year or in its last month (a graduate report of 26 December on that
    year's cohort reports it; one of November may still plan the year's end), and the
    spans that report it: every number there with no year of its own is of that year,
    as is 全年 (the report's whole year, not the year of publication). They run from
    the title to the first heading that turns ahead (2026年工作安排) and is not the review's
    own (一、年度目标完成情况), or is numbered and names a later year (五、2026年及2027年工作
    目标, 二、2026年一季度运行情况); an unnumbered line of the front matter (the date it
    was written, 2026年2月10日, or a speech's occasion, ——在2025年…大会上) turns nothing.
    Not a government work report (政府工作报告), which sets the goals of the year it is given in."""
    title_start = len(text) - len(text.lstrip())
    title_end = text.find("\n", title_start)
    title_end = len(text) if title_end < 0 else title_end
    match = _ONE_YEAR_REPORT.fullmatch(text, title_start, title_end)
    if match is None or "政府工作报告" in match[0]:
        return None
    year = int(match[1])
    if year > published.year or (year == published.year and published.month < _REPORT_MONTH):
        return None
    position = title_end + 1
    for line in text[position:].split("\n"):
        if is_heading(line) and (
            (_AHEAD.search(line) and not _REVIEW.search(line))
            or (_MARKER.match(line) and any(int(y) > year for y in YEAR.findall(line)))
        ):
            return year, [(title_end, position)]
        position += len(line) + 1
    return year, [(title_end, len(text))]


# a paragraph's opening year, before its comma (2024年,全市…)
_OPENS_WITH_YEAR = re.compile(r"[^\S\n]*((?:19|20)\d\d)\s*年\s*,")


_REVIEW = re.compile(
    r"回顾|过去一年|一年来|工作总结|(?:完成|工作|实施|执行|进展|运行|达成)的?(?:总体)?情[况形]"
    # (a year's report card: 114年成績單)
    r"|成绩单"
    # (not an earnings call named for the results it presents, whose answers look ahead,
    # nor when results will come, "- Results by text message and e-mail: 20 May 2025")
    r"|\b(?:review|(?<!expected )results(?! (?:conference |earnings )?(?:call|webcast))"
    r"(?!\s+(?:by|on|out|due|will|are)\b)"
    r"|achievements)\b",
    re.IGNORECASE,
)
# A heading that reviews how goals were met (四、上年度绩效目标完成情况): a review, for
# all its 目标; and its sub-headings that name a kind of goal ((一)产出目标, 效益指标)
# (Taiwan's 情形 is 情况; a KPI is a goal: 三、KPI达成情形(计划期程2023-2025年))
_GOALS_MET = re.compile(
    r"(?:目标(?:任务)?|KPI)的?(?:完成|执行|实现|落实|达成)情[况形][^\S\n]*(?:\([^()\n]*\))?[^\S\n]*$"
)
_GOAL_TYPE = re.compile(r"(?:产出|效益|效果|满意度|成本|质量|数量|时效)(?:目标|指标)[^\S\n]*$")
# How a heading is numbered (一、 / (一) / I. / 1. / Taiwan's 壹、): a heading numbered
# alike is a sibling
_MARKER = re.compile(
    r"[^\S\n]*(?:(?P<zh>[一二三四五六七八九十]+、)|(?P<paren>\([一二三四五六七八九十]+\))"
    r"|(?P<formal>[壹贰貳叁参參肆伍陆陸柒捌玖拾]+、)"
    r"|(?P<roman>[IVX]+\.)|(?P<number>\d{1,2}[.、]))"
)
# A plan for a longer period named before a one-year section: a span of years, a Five-Year Plan
_LONGER_PLAN = re.compile(
    r"十[一二三四五六七八九]五|(?:19|20)\d\d\s*年?\s*(?:至|到|-|\u2013|\u2014|~)\s*(?:19|20)\d\d"
)
# A decimal sub-item (1.1 under 1.): no sibling of its item
_SUB_ITEM = re.compile(r"[^\S\n]*\d{1,2}\.\d")
# A sibling heading that looks further ahead than the year: 中长程, 中长期, 远景, 展望
_FURTHER_AHEAD = re.compile(r"中长程|中长期|中期|长期|远景|展望")
# A heading that opens another page of a newsletter (【封底:…】, its back page; 封二, 封三 and
# 封四, the covers' insides and back): it ends a review's section before it (【活动回顾:冬季
# 音乐会】), as a sub-heading of the review (【精彩瞬间】, 【精彩瞬间:密封三年的时间胶囊】) does not
_ANOTHER_PAGE = re.compile(r"[^\S\n]*[【\[]?[^\S\n]*封(?:底|[二三四])")
# A heading that turns to what is to come: it ends a review's section
_AHEAD = re.compile(
    r"目标|思路|打算|安排|计划|展望|下一步|重点任务|工作要点|重点工作|主要措施|主要任务"
    # (and a newsletter's notice of its coming events, 【活动预告】; not a firm's 业绩预告 or
    # 盈利预告, its preliminary results, nor 活动回顾与预告, a review)
    r"|活动预告"
    r"|\b(?:goals?|targets?|plans?|outlook|forecasts?|next|priorities|tasks|ahead|coming)\b"
    # a section of recommendations proposes (三、意见和建议, "IV. Recommendations"; not a
    # review's sub-heading that names them, (一)办理人大代表建议, "Review of Progress on the
    # Committee's Recommendations")
    r"|^[^\S\n]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])?[^\S\n]*"
    r"(?:意见|对策|工作|几点|相关|有关|主要)?(?:和|与|及)?建议[^\S\n]*$"
    r"|^[^\S\n]*(?:[IVX]+\.|\d{1,2}\.)?[^\S\n]*(?:(?:key|main|our|policy)\s+)?"
    r"recommendations[^\S\n]*$",
    re.IGNORECASE,
)


# A line that sets an item's deadline: 完成时限:2026年12月31日前, "Deadline: end-2026"
_DEADLINE_LINE = re.compile(
    r"^[^\S\n]*(?:完成时限|完成期限|实施期限|执行期限|项目期限|考核期限|建设期限|实施周期"
    r"|deadline|completion date|to be completed by)[^\S\n]*:?[^\S\n]*[^\n]{0,12}?"
    r"(?<!\d)((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE | re.MULTILINE,
)


_DATE_ENDS = re.compile(r"[,;(\n。]")
# A line of an item's particulars, named by who answers for it or when (牵头单位:市发展改革委,
# 责任主体:…, 完成时限:…; not a heading such as 任务一: or 重点任务:), and the line naming
# the item (项目名称:…), which starts one
_LABEL_LINE = re.compile(
    r"[^\S\n]*[\u4e00-\u9fff]{0,6}(?:单位|部门|主体|责任人|联系人|领导|处室|科室|时限|期限|时间|节点)"
    r"[^\S\n]*:"
)
_NAME_LABEL = re.compile(r"[^\S\n]*(?:项目|任务|工程)?名称[^\S\n]*:")


def _numbered_items(lines: list[str]) -> dict[int, int]:
    """The numbered lines (1., 2、) that start an item of their own, each with where its
    item starts: a numbered line followed by its particulars (牵头单位:, 完成时限:) before
    the next numbered line starts one; the numbered lines right above it with no
    particulars of their own are its item too (1.…35万辆。/2.…5万辆。/完成时限:…: one
    deadline for both), by line index."""
    numbered = [at for at, line in enumerate(lines) if _MARKER.match(line)]
    items, shared = {}, []
    for index, at in enumerate(numbered):
        end = numbered[index + 1] if index + 1 < len(numbered) else len(lines)
        if any(_LABEL_LINE.match(line) for line in lines[at + 1 : end]):
            items[at] = shared[0] if shared else at
            shared = []
        elif end == at + 1 or not any(line.strip() for line in lines[at + 1 : end]):
            shared.append(at)  # (a goal with the next line straight after it)
        else:
            shared = []
    return items


def item_deadlines(text: str) -> list[tuple[int, int, YearMention, tuple[int, int]]]:
    """Each item with a line setting its deadline (一份榜单: (二)…项目 / 主要指标:…不低于82%。
    / 完成时限:2026年12月31日前。): the item's span, from the heading above that line to
    the next heading, the deadline's year, which is that of every goal in the item
    that states none of its own (the year of the item before is not theirs), and the
    deadline line's own span (its other years, 其中2025年完成一期, are no goal's)."""
    found = []
    headings, position = [], 0  # where each heading line starts, found once
    lines = text.split("\n")
    items = _numbered_items(lines)
    starts: dict[int, int] = {}  # a numbered item's heading offset, to where its item starts
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for at, first in items.items():
        starts[offsets[at]] = offsets[first]
    for at, line in enumerate(lines):
        # (an item's particulars under it, 牵头单位:市工业和信息化局, 完成时限:…, are no
        # heading of one, but a project list's name line starts one, 项目名称:…, and so
        # does a numbered item with particulars of its own: _numbered_items)
        if (
            is_heading(line) and (not _LABEL_LINE.match(line) or _NAME_LABEL.match(line))
        ) or at in items:
            headings.append(position)
        position += len(line) + 1
    for match in _DEADLINE_LINE.finditer(text):
        above = bisect_left(headings, match.start()) - 1  # (not its own line)
        if above < 0:
            continue  # no heading above: no item to give the year to
        start = starts.get(headings[above], headings[above])
        # (the last year of its date, before any comma or bracket: 实施期限:2025—2027年 ends
        # in 2027; not 计划总投资2000万元 nor 其中2025年完成一期 after a comma)
        date_end = _DATE_ENDS.search(text, match.start(1))
        last = list(
            YEAR.finditer(text, match.start(1), date_end.start() if date_end else len(text))
        )[-1]
        # (to the next heading below the deadline's line)
        below = bisect_right(headings, match.end())
        end = headings[below] if below < len(headings) else len(text)
        own_end = text.find("\n", match.start())
        own_line = (match.start(), len(text) if own_end < 0 else own_end)
        found.append((start, end, YearMention(last.start(1), last.end(1), int(last[1])), own_line))
    return found


def _in_contents(lines: list[str], at: int) -> bool:
    """Whether line `at` is an item of a contents list ("IN THIS ISSUE" / "- Spring Open:
    report and results" / "- Junior corner"): a bulleted line beside a bulleted line of
    the same indent that states no number. Its "results" name a part of the document, so
    it opens no review section."""
    own = BULLET_LINE.match(lines[at])
    return bool(own) and any(
        (other := BULLET_LINE.match(lines[near])) is not None
        and other[1] == own[1]
        and not re.search(r"\d", lines[near])
        for near in (at - 1, at + 1)
        if 0 <= near < len(lines)
    )


def review_sections(text: str, published: date) -> list[tuple[int, int]]:
    """The sections under a heading that reviews (一、2024年招商引资工作情况, 主要指标完成情况,
    "Review of 2024"), each up to the next heading that turns ahead (names a later year,
    or goals, plans, 思路, 下一步). A number there of the year of publication, or of no
    year, reports what happened: a summary written in December says 全年签约项目86个
    without a verb of the past. Sub-headings of the review (主要做法, 存在的问题) do not
    end it."""
    spans, start, position, level, goals_met = [], None, 0, None, False
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if is_heading(line):
            later = _later_year(line, published)
            marker = _MARKER.match(line)
            kind = marker.lastgroup if marker else None
            # a heading that turns ahead, or the review's own level (二、 after 一、); not,
            # under 上年度绩效目标完成情况, its own sub-headings of goals ((一)产出目标)
            ahead = _AHEAD.search(line) and not (
                goals_met and kind != level and _GOAL_TYPE.search(line)
            )
            if start is not None and (
                later or ahead or _ANOTHER_PAGE.match(line) or (kind and kind == level)
            ):
                spans.append((start, position))
                start = None
            if (
                start is None
                and _REVIEW.search(line)
                and not later
                and not _in_contents(lines, at)
                and (not _AHEAD.search(line) or _GOALS_MET.search(line))
            ):
                start, level = position + len(line), kind
                goals_met = bool(_GOALS_MET.search(line))
        elif start is None and _REVIEW_LEAD.match(line) and not _later_year(line, published):
            spans.append((position, position + len(line)))
        elif start is not None and _REQUIRES.search(line):
            # a meeting's requirements after its review (…。会议要求:): what follows is asked
            spans.append((start, position + len(line)))
            start = None
        position += len(line) + 1
    if start is not None:
        spans.append((start, len(text)))
    return spans


# A paragraph that opens by looking back on the year (全会充分肯定市委常委会一年来的工作。,
# a communique's review of the year, with no heading of its own)
_REVIEW_LEAD = re.compile(
    r"[^。\n]{0,30}?(?:一年来|过去一年|五年来|过去五年)的?工作[^。\n]{0,10}。"
)


# A line that ends by turning to what a meeting asks (会议要求:, 全会强调:, 具体要求如下:;
# not a review's own 按照年初县委部署:, which cites the plan the year was measured by)
_REQUIRES = re.compile(
    r"(?:(?:会议|全会|常委会|大会|会上)(?:要求|部署|强调|提出)(?:如下)?|^\s*具体要求如下)\s*:\s*$"
)


def _later_year(line: str, published: date) -> bool:
    """Whether `line` names a year after the year of publication: it looks ahead."""
    return any(int(y) > published.year for y in YEAR.findall(line))


# the year stated before such a phrase (2026年是, 今年是)
_YEAR_BESIDE = re.compile(
    r"(?:(?:19|20)\d\d\s*年|今年|明年|本年)\s*(?:是|为)\s*[\"'\u201c\u300c\u300e]?\s*$"
)
_FIRST_YEAR_WORDS = r"开局|起步|开篇|first|opening"
_FIRST_YEAR = re.compile(_FIRST_YEAR_WORDS, re.IGNORECASE)
# (only the first or the last names a year: not 攻坚之年, 决胜之年)
_FIXED_YEAR = re.compile(rf"{_FIRST_YEAR_WORDS}|收官|final|last|closing", re.IGNORECASE)
_YEAR_OF_PLAN = re.compile(
    # (after any closing quote: "十五五", 『十五五』)
    r"[\"'\u201d\u300d\u300f]?\s*(?:规划)?(?:的)?(?:开局|收官|起步|开篇|决胜|攻坚)之年"
    r"|['\"]?\s*(?:'s\s+)?(?:first|opening|final|last|closing)\s+year\b",
    re.IGNORECASE,
)


def _clause_around(text: str, position: int) -> tuple[int, int]:
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)]
    end = CLAUSE_BREAK.search(text, position)
    return (starts[-1] if starts else 0, end.start() if end else len(text))


def sentence_opening(text: str, position: int) -> int:
    """Where the sentence holding `position` opens: after the last 。 or line break."""
    return max(text.rfind("。", 0, position), text.rfind("\n", 0, position)) + 1


_RELATIVE = {"last": -1, "this": 0, "the": 0, "next": 1}
_RELATIVE |= {"去": -1, "上": -1, "今": 0, "明": 1, "全": 0, "前": -2, "年": 0, "本": 0}
# the month after a season's end: published from then on, "last summer" may be this year's
_SEASON_ENDS = {"spring": 6, "summer": 9, "autumn": 12, "fall": 12}


_LEAD_COMMA = re.compile(r"\s*年?\s*,")


def _relative_year(
    text: str,
    match: re.Match[str],
    word: str,
    comparison: bool,
    found: list[YearMention],
    published: date,
    previous: int | None = None,
    previous_part: bool = False,
) -> int:
    """The year a relative word names: counted from publication, except 上年 compared
    with in a sentence that states its own year first (2024年,全区共新签约项目186个,比
    上年的152个增加34个): the year before that one. Not a goal's year ahead stated before
    it (对照2027年突破800家的目标,…较上年末的580家). 到年底 and 按照全年…的目标 are of the
    year in force (`previous`, the year stated last before the sentence) where they say so
    below."""
    if word == "年":  # 到年底: the end of the year its sentence states, else the one in force
        stated = [m for m in found if not m.comparison and m.start < match.start()]
        if stated:
            return stated[-1].year
        if previous is not None and previous <= published.year:
            return previous
    if word == "全" and text.endswith("按照", 0, match.start()):
        # the year in force: the one its sentence leads with (2025年,按照全年…), not one
        # the sentence compares (2024年全年该比重为…)
        leads = [m for m in found if not text[: m.start].strip() and _LEAD_COMMA.match(text, m.end)]
        if leads:
            return leads[0].year
        # (else the year in force before it when it is this year, the year a text of its
        # last quarter plans for, 2026 in December, or the year one of its first quarter
        # reviews a part of, 2025年前三季度… in January)
        if previous is not None and (
            previous == published.year
            or (previous == published.year + 1 and published.month >= 10)
            or (previous_part and previous == published.year - 1 and published.month <= 3)
        ):
            return previous
    if word == "上" and comparison:
        # (the year the sentence opens with, not one in an aside or a clause after it:
        # 自2021年以来, 超过2023年的…水平)
        opens = sentence_opening(text, match.start())
        stated = [
            m
            for m in found
            if opens <= m.start < match.start()
            and m.span_start is None
            and not m.comparison
            and m.year <= published.year
            and re.fullmatch(r"\s*(?:在|于)?\s*", text[opens : m.start])
        ]
        if stated:
            return max(stated, key=lambda m: m.start).year - 1
    return published.year + _RELATIVE[word]


def _count(word: str) -> int | None:
    """A small number written in digits, English words or Chinese numerals."""
    if word.isdigit():
        return int(word)
    try:
        value = cn2an.cn2an(word, "smart") if CJK.search(word) else parse_number(word)
    except ValueError:
        return None
    return None if value is None else int(value)


# A year a target is measured against, not the year it is for: "from the 2023 level",
# "compared with the end of 2024", 较2024年.
_COMPARED_WITH = re.compile(
    r"(?:(?:compared (?:with|to)|relative to|versus)\s+(?:the\s+)?(?:(?:end|close|level) of\s+)?"
    r"|\b(?:that|those) of\s+"
    # a change against a year: "up about 5.0 percent over 2024", "6.1 percent lower than
    # in 2024", "up 8% on 2023"
    r"|\b(?:up|down|growth of)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per cent)\s+(?:over|on)\s+"
    r"|\b\d[\d.,]*\s*(?:%|percent|per cent)\s+(?:higher|lower|up|down)\s+"
    r"(?:than\s+(?:in\s+)?|on\s+)"
    r"|\b(?:higher|lower)\s+than\s+(?:in\s+)?"
    r"|\b(?:times|fold)\s+(?:over|on|than)\s+)$",  # "increase by 1.5 times over 2024"
    re.IGNORECASE,
)
# 由2024年的16.8%提高到22%; 比计划起步前的2021年 (a few words naming the year between)
# (not the 比 of 比较, 占比, 对比, 比重, nor of a name or a word, 比亚迪, 比如, 比赛: 在经济
# 比较困难的2022年, 比亚迪的2026年 name the period)
_COMPARISON_ZH = re.compile(
    r"(?:比|较|相比|与|由)\s*$|(?<![占对相])比(?![较重例亚如赛])[^,;。\d]{1,8}?的\s*$"
)
_FROM_NOW = re.compile(r"(?:从|由)\s*$")
# (a base's words of approximation, before its number: 由去年底的约3.6万个, 从目前的超过2万片)
_BASE_APPROXIMATELY = r"(?:约|近|超过)"
_NOWS_NUMBER = re.compile(rf"\s*的?\s*{_BASE_APPROXIMATELY}?\s*\d")
_FROM_ON = re.compile(r"\s*年?\s*(?:起(?!步)|开始(?!时))")


# "up from 2.87 trillion yuan in 2020": the year of a number compared with, no period of
# the sentences after (a comma ends the search, so "from 158,900 in 2023" is left to
# _FROM_ITS_NUMBER below, which keeps it from the sentences after only)
_COMPARED_NUMBER_IN = re.compile(
    r"\b(?:from|compared (?:with|to)|versus|against)\s+(?:about |around |roughly )?"
    r"(?:RMB |US\$|\$|¥)?\d(?:[^,;.]|\.(?=\d)){0,40}?\bin\s+$",
    re.IGNORECASE,
)
# (and a change's base named with "the": "double our programme from the 96 kids who joined
# in 2024", not "kids coming from the 3 coastal cities in 2024")
_BASE_OF_A_CHANGE_IN = re.compile(
    CHANGED_FROM_THE + r"\d(?:[^,;.]|\.(?=\d)){0,40}?\bin\s+$", re.IGNORECASE
)
# 在2024年基础上翻一番, 在2023年96亿元的基础上翻一番
_BASIS_AFTER = re.compile(r"\s*年?(?:的)?(?:[^,;。]{0,15}?的)?基础上")
_REFERENCE_NOUN = re.compile(r"(?:'s)?\s+levels?\b", re.IGNORECASE)
_BASE_NOUN = re.compile(
    r"\s+(?:volume|figure|total|output|value|base|baseline|size)s?\b", re.IGNORECASE
)
_MULTIPLE_OF_YEAR = re.compile(rf"\s*年?(?:底|末)?的\s*(?:\d+(?:\.\d+)?|[{_CN_DIGITS}]+)\s*倍")


_BRACKETS = re.compile(r"[()]")


def _is_comparison(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is one a number is compared with (较2024年,
    比去年, "from the 2023 level", "the 2023 volume"), not the period of a number."""
    before = text[max(0, start - 40) : start]
    # "the 2023 level" is a reference, whatever leads to it
    return bool(
        # (not 由2026年起, from which a yearly goal runs)
        (_COMPARISON_ZH.search(before) and not _FROM_ON.match(text, end))
        or _COMPARED_WITH.search(before)
        or _COMPARED_NUMBER_IN.search(text[max(0, start - 60) : start])
        or _BASE_OF_A_CHANGE_IN.search(text, max(0, start - 130), start)
        or _REFERENCE_NOUN.match(text, end)
        or (re.search(r"\b(?:the|its|their)\s+$", before) and _BASE_NOUN.match(text, end))
        or _MULTIPLE_OF_YEAR.match(text, end)
        or _BASIS_AFTER.match(text, end)
        # 从2020年的19家增加到46家: from that year's figure
        or (re.search(r"从\s*$", before) and re.match(r"\s*年?的", text[end:]))
        # (以)2025年为基数: the base a change is counted from
        or _AS_BASE.match(text, end) is not None
        # 已提前一年超过2025年目标: a goal passed, what a result is set against
        or (bool(_PASSED_BEFORE.search(before)) and bool(_GOAL_AFTER.match(text, end)))
        # "since we opened our doors in 2011": the date of what a span starts from, no
        # number's period
        # (and a longer one: "since we first pitched a tent on Shell Point back in 2016")
        or bool(_SINCE_EVENT_BEFORE.search(text, max(0, start - 70), start))
    )


# (a past event: a subject and a verb in the past, with no second clause joined before the
# year; not "since" for "because", "since demand is expected to grow in 2027", nor "since
# the metro opened and the county expects it to peak in 2027")
_SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:we|they|it|he|she|i|(?:the|our|its|their)\s+[a-z-]+)\s+(?:first\s+)?"
    r"(?:[a-z]+ed|began|came|built|won|took|held|ran|became|made|got|went|left|set up)\b"
    r"(?:(?!\b(?:and|but|will|would|expects?|is|are|due)\b)[^,;.\d]){0,45}?\bin\s+$",
    re.I,
)


# (a year taken as the base: 以2025年为基数, 以2020年为基期)
_AS_BASE = re.compile(r"\s*年?\s*为(?:基数|基期|基准)")
_PASSED_BEFORE = re.compile(
    r"(?:超过|超出|高于|超额完成|提前[^,;。\d]{0,4}?(?:完成|实现|达到|达成)了?)\s*$"
)
# (a goal whose value is stated there is that year's: 超过2025年的目标值40%, 目标(40%))
_GOAL_AFTER = re.compile(r"\s*年?度?的?[^,;。\d]{0,6}?目标(?!值?\s*(?:为|是)?\s*\d|\s*\()")


# The cause a number is given after, in the clause after it ("11.8%, helped by the
# decision we took in late 2023")
_CAUSE_BEFORE = re.compile(
    r",\s*(?:(?:helped|driven|hurt|held back|weighed down|boosted|supported|aided)\s+by"
    r"|thanks to|owing to|because of)\b[^\d.;,]{0,50}$",
    re.IGNORECASE,
)


def _is_aside(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is in brackets that hold another number too
    ("(2024年为312家)", "(312 in 2024)"; full-width brackets are ASCII after normalise):
    an aside about that number, which neither the number before the brackets nor the
    sentences after take their year from. A year alone in brackets ("3000亿元(2027年)")
    is no aside. Square brackets are read alike ("[212,400 in 2023]")."""
    opening = max(text.rfind(bracket, max(0, start - 40), start) for bracket in "([")
    if opening < 0:
        return False
    shut = ")" if text[opening] == "(" else "]"
    if shut in text[opening:start]:
        return False
    closing = text.find(shut, end, end + 40)
    if closing < 0 or text[opening] in text[end:closing]:
        return False
    inside = text[opening + 1 : start] + text[end:closing]
    heading = text[text.rfind("\n", 0, opening) + 1 : opening]
    if _HEADING_NOTE.match(text, closing + 1) and re.fullmatch(r"[^\d(]*\w[^\d(]*", heading):
        # a heading's note dates what it heads: "GOALS (FOR 2030 UNLESS STATED)" (not a
        # line that is the note alone: (2026年1月16日在…会议上), a speech's date)
        return False
    # or a note in brackets: a deadline's (2027年目标纳入下年度清单跟踪), but not one
    # right after a number, which dates that number ("2,300 (2024, single year)")
    note = len(re.sub(r"[\W年]", "", inside)) >= _NOTE and not re.search(
        r"[\d%]\s*$", text[max(0, opening - 8) : opening]
    )
    return bool(re.search(r"\d", inside)) or note


_HEADING_NOTE = re.compile(r"[^\S\n]*(?:\n|$)")
_NOTE = 6  # characters of words in brackets beside a year that make them a note


# a year's possessive before a number of its own: "2024's RMB 486 billion"
POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+(?:(?:RMB|US\$|HK\$|\$|\u00a5)\s*)?")


# the date an act was done on, before its year ("approved in April 2025", "issued on 3 March
# 2025")
_ACT_DATED = re.compile(
    r"\b(?:approved|issued|announced|adopted|unveiled|published|released|signed|launched)"
    rf"\s+(?:in|on)\s+(?:(?:early|mid|late)[- ]?)?(?:\d{{1,2}}\s+)?(?:{_MONTH_NAME}\s+)?"
    r"(?:\d{1,2},?\s+)?$",
    re.IGNORECASE,
)


# a part counted of a whole: "30 of this year's 64"
_PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


# a year that opens its sentence: "By 2030,", "In 2027,"
_LEADS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*)(?:By|In|Until)\s+(?:the end of\s+)?$", re.I)
# ... and in Chinese, a year after 到 in a clause before the number's (队委会提出,到今年年底,
# 队员人数力争达到60人,为明年组建第二支少年队打好基础: 今年's, not 明年's)
_BY_YEAR_ZH = re.compile(r"到\s*$")


def _in_brackets(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` stands inside a pair of brackets."""
    opening = text.rfind("(", 0, quantity.start)
    if opening < 0 or text.find(")", opening, quantity.start) >= 0:
        return False
    closing = text.find(")", quantity.end)
    return closing >= 0 and text.find("(", quantity.end, closing) < 0


# A number's noun (a word or two) before "this year" or "next year" ("12 million units this
# year"), or what is to be done with it ("13 million to be reached this year", "13 million
# units are to be made this year"), and a change right before a number ("up 1 million", "an
# increase of 25 percent")
_WORDS_BEFORE_YEAR = re.compile(
    r"\s+(?:(?:(?!(?:growth|increase|rise)\b)[a-z-]+\s+){1,2}"
    r"|(?:[a-z-]+\s+)?(?:are\s+)?to\s+be\s+[a-z]+ed\s+)",
    re.IGNORECASE,
)
_THIS_OR_NEXT_YEAR = re.compile(r"(?:this|next)\s+year\b", re.IGNORECASE)
_A_CHANGE_BEFORE = re.compile(r"\b(?:up|down|(?:an?\s+)?(?:increase|rise)\s+of)\s+$", re.IGNORECASE)


def _another_numbers_own_year(
    text: str, year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year` is stated right after another number, as that number's own
    ("will exceed 50,000, rising to more than 60,000 by 2026": 2026 is the 60,000's;
    "at least 18, from nine at the end of 2024, and more than 1,200 sites": the nine's;
    "650,000 new jobs, after 638,000 in 2024, and ... 5.5 percent": the 638,000's), or,
    for a multiple, as the possessive of the baseline it is counted from ("double
    output from 2024's 12 billion yuan": the multiple's year is its horizon's; not "doubled
    to 2024's 24 billion yuan", where the possessive is the multiple's own year)."""
    if any(
        other.end <= year.start
        and year.end <= quantity.start
        # (or set against it: "compared with 27% last year, and it aims to attract …")
        and re.search(
            r"\b(?:from|after|compared (?:with|to)|versus)\s*$",
            text[max(0, other.start - 16) : other.start],
        )
        and _YEAR_AFTER.fullmatch(text, other.end, year.start)
        and CLAUSE_BREAK.search(text, year.end, quantity.start) is not None
        for other in neighbours
    ):
        return True
    if any(
        quantity.dimension == "ratio"
        and other is not quantity
        and quantity.end <= year.start
        and re.search(r"\bfrom\s+$", text[max(0, year.start - 8) : year.start])
        and POSSESSIVE_BEFORE.fullmatch(text, year.end, other.start)
        for other in neighbours
    ):
        # "double output from 2024's 12 billion yuan": the 12 billion's, not the
        # multiple's (a level's year may be stated so: "growth on 2024's RMB 486 billion")
        return True
    return any(
        other is not quantity
        and quantity.end <= other.end <= year.start
        and (
            _YEAR_AFTER.fullmatch(text, other.end, year.start)
            # (or "this year" or "next year" a word or two after it, past its noun: "to
            # reach 18 million units, with an interim goal of 12 million units this year";
            # not a year of a span, "nine points between 2022 and 2023", nor a change's,
            # which dates the level too: "3 million units, up 1 million units this year")
            or (
                _WORDS_BEFORE_YEAR.fullmatch(text, other.end, year.start)
                and _THIS_OR_NEXT_YEAR.match(text, year.start) is not None
                and not _A_CHANGE_BEFORE.search(text, max(0, other.start - 24), other.start)
            )
        )
        # in another clause, and not the list it ends ("from 131 and 14 at the end of
        # 2023"); "rose 17.8 percent to 96.4 billion yuan in January-June" is one period
        and CLAUSE_BREAK.search(text, quantity.end, other.start) is not None
        and not LIST_JOIN.fullmatch(text, quantity.end, other.start)
        for other in neighbours
    )


def _a_later_numbers_year(
    year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year` is stated after a number that comes after `quantity`."""
    return any(quantity.end <= other.start and other.end <= year.start for other in neighbours)


def _wholes_year(
    text: str, year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year` is the possessive of the whole `quantity` is a part of ("at least 30
    of this year's 64 winners ... by the end of 2026": the 64's year, not the part's)."""
    return any(
        other is not quantity
        and quantity.end <= year.start
        and _PART_OF_WHOLE.fullmatch(text, quantity.end, year.start)
        and POSSESSIVE_BEFORE.fullmatch(text, year.end, other.start)
        for other in neighbours
    )


def _a_number_before_owns(
    text: str, year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year`, before `quantity`, is stated right after a number before it."""
    return any(
        other.end <= year.start and _YEAR_AFTER.fullmatch(text, other.end, year.start)
        for other in neighbours
    )


# A deadline written after a number with no other number between, nor a clause joined by
# ", and", a semicolon or a colon: "… by 2027", "… by the end of 2027" (matched from the
# number's end up to the year; not "100 scenarios such as hospitals, and to host the expo
# by the end of 2026", nor "…; (d) local suppliers to be preferred by 2030")
_DEADLINE_OF_ITS_OWN = re.compile(r"(?:(?!,\s*and\b)[^\d;:])*\bby\s+(?:the end of\s+)?", re.I)
# ... and the year ends it: not a year's possessive or its prices ("the share set by 2021's
# plan", "measured by 2024 prices"; but "by 2027 at the latest")
_DEADLINE_ENDS = re.compile(r"(?!'s)(?!\s+prices\b)")


def _ends_a_numbers_clause(
    text: str, year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year` is in the clause of a number before it, with no clause break
    between them ("to spend at least 3% of their sales revenue on research and development
    by 2026, and …": 2026 is the 3%'s)."""
    return any(
        other.end <= year.start and CLAUSE_BREAK.search(text, other.end, year.start) is None
        for other in neighbours
    )


# A semicolon that ends a list's item: the next item on a line of its own or opening with
# its mark ("; (f)", "; and\n(f)", "; f.", "; 2)")
_ITEM_BREAK = re.compile(
    r";[^\S\n]*(?:(?:and|or)[^\S\n]*)?(?:\n|\(?[a-z\d]{1,2}[.)]\s)", re.IGNORECASE
)


def _earlier_items_year(
    text: str,
    year: YearMention,
    quantity: Quantity,
    neighbours: list[Quantity],
    sentence_years: list[YearMention],
) -> bool:
    """Whether `year` is the own year of a number in an earlier item of a list joined by
    semicolons, while the quantity's own item states a year after it ("(e) ... no fewer
    than 200 engineers by 2028; (f) sourcing at least 40% of materials ..., by value,
    ... by 2030": 40% is 2030's, however far its year stands)."""
    if year.end > quantity.start or not _ITEM_BREAK.search(text, year.end, quantity.start):
        return False
    item_end = text.find(";", quantity.end)
    item_end = len(text) if item_end < 0 else item_end
    if not any(quantity.end <= m.start < item_end and not m.comparison for m in sentence_years):
        return False
    return any(
        other.end <= year.start and _YEAR_AFTER.fullmatch(text, other.end, year.start)
        for other in neighbours
    )


def _gives_cause_after(text: str, year: YearMention, quantity: Quantity) -> bool:
    """Whether `year` is in the cause given after `quantity` (11.8%, helped by the
    decision we took in late 2023)."""
    cause = _CAUSE_BEFORE.search(text, max(0, year.start - 60), year.start)
    return cause is not None and quantity.end <= cause.start()


def _across_brackets(text: str, year: YearMention, quantity: Quantity) -> bool:
    """Whether a bracket stands between `year` and `quantity`."""
    low, high = min(year.end, quantity.end), max(year.start, quantity.start)
    return bool(_BRACKETS.search(text, low, high))


# A group of a phone number that looks like a year, after another group, itself no year,
# and a hyphen: "電話:(0592) 7713-2058" (not the end of a span, 2030-2060年)
_PHONE_GROUP_BEFORE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d-)\d{3,4}-$")
# A year that says which things are counted, by when they were built or begun: 改造2000年
# 底前建成的城镇老旧小区不少于126个 (the 126 are of this year's plan)
_QUALIFYING_YEAR = re.compile(r"\s*年(?:底|末)?(?:前|以前|之前)[\u4e00-\u9fff]{1,4}的")
# A line that is a date and nothing else, a dateline ("18 March 2025", "March 18, 2025",
# 2025年3月18日), of a day no later than publication: the day the text was written, which
# dates none of the numbers after it (a later date alone on its line is a deadline:
# 考核截止日期 / 2026年6月30日 / 届时…); a newsletter's issue and its day of publication are
# one too (第58期 2025年11月18日出版; not a phase's deadline, 第2期 2025年6月30日)
# (quantities.MONTHS spells the twelve in full first, in order)
_MONTHS = [name[:3].lower() for name in MONTHS.split("|")[:12]]
_DATELINE = re.compile(
    rf"[^\S\n]*(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\s+"
    rf"|(?P<month2>{_MONTH_NAME})\s+(?P<day2>\d{{1,2}}),?\s+)"
    r"(?P<year>(?:19|20)\d\d)[^\S\n]*(?:\n|$)"
    r"|[^\S\n]*(?:第\s*\d+\s*期[^\S\n]*(?=[^\n]*(?:出版|发行)))?"
    r"(?P<year3>(?:19|20)\d\d)\s*年\s*(?P<month3>\d{1,2})\s*月\s*(?P<day3>\d{1,2})\s*日"
    r"(?:出版|发行)?[^\S\n]*(?:\n|$)",
    re.IGNORECASE,
)


# ... or an English record's labelled date with no other year on its line, the day a
# meeting was held or its minutes approved ("Date and place: Saturday, 15 March 2025, 9:00
# a.m., Cooperative Hall", "Minutes approved by the Board for circulation: 22 March
# 2025"); not a Chinese report's
# 报告日期:2026年2月27日, whose year its review's goals are still read with
_DATE_LABEL = re.compile(
    r"[^\S\n]*[A-Za-z][^\n:\d\u4e00-\u9fff]{0,59}:[^\S\n]*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+)?",
    re.IGNORECASE,
)
_LABELLED_DATE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\s+"
    rf"|(?P<month2>{_MONTH_NAME})\s+(?P<day2>\d{{1,2}}),?\s+)(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _dateline(text: str, start: int, published: date) -> bool:
    """Whether the line starting at `start` is a dateline: a date alone, or a record's
    labelled date, not after `published`."""
    match = _DATELINE.match(text, start)
    if match is None and (label := _DATE_LABEL.match(text, start)) is not None:
        match = _LABELLED_DATE.match(text, label.end())
        line_end = text.find("\n", start)
        if match is not None and YEAR.search(
            text, match.end(), len(text) if line_end < 0 else line_end
        ):
            # (a goal on the same line keeps its year: "Published: 18 March 2025 | …by 2027")
            return False
    if match is None:
        return False
    if match.groupdict().get("year3"):
        year, month, day = int(match["year3"]), int(match["month3"]), int(match["day3"])
    else:
        month = _MONTHS.index((match["month"] or match["month2"]).lower()[:3]) + 1
        year, day = int(match["year"]), int(match["day"] or match["day2"])
    try:
        return date(year, month, day) <= published
    except ValueError:
        return False


# A year in a name: "the net proceeds of the 2024 Green Bond" (a bond issued then), not
# when the number is for
_IN_A_NAME_BEFORE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_IN_A_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


def _span_stated_before(
    found: list[YearMention],
    position: int,
    period: tuple[int, int] | None,
    totals: bool = False,
) -> tuple[int | None, int | None]:
    """The span of years stated last before `position` (2024—2027年), else `period`, the
    one stated before the text, else the span of one total (2025—2027年累计…, the only
    period named): (first, last), or (None, None). With `totals`, a total's span counts
    as stated (the N years of 三年内 are those of 2025—2027年累计 before it)."""
    before = [m for m in sorted(found, key=lambda m: m.start) if m.end <= position]
    spans = [(m.span_start, m.year) for m in before if stated_span(m, totals)]
    if spans:
        return spans[-1]
    if period:
        return period
    one_totals = [(m.span_start, m.year) for m in before if m.one_total and stated_span(m, True)]
    return one_totals[-1] if one_totals else (None, None)


def stated_span(year: YearMention, totals: bool = False) -> bool:
    """Whether `year` is a span written as its years (2024—2027年), the period a later
    规划期内 refers to: not one counted from publication (五年目标), nor a Five-Year Plan
    named in passing (the "14th Five-Year Plan" in a 2024-2026 plan), nor the span of one
    total (2025—2027年累计完成投资150亿元 in a 2025-2030 plan) unless `totals` (the N years
    of 三年内 after it may be its)."""
    return year.span_start is not None and not (
        year.counted or year.five_year_plan or (year.one_total and not totals)
    )


# A day named before its year that a level stood at ("at 31 March 2025", "as of June 30,
# 2025", "on 30 April 2025", "in the quarter ended 31 March 2025") or a deal was done on
# ("was completed on 8 April 2025"); not a deadline's ("by 30 June 2025"), nor the day a
# plan was issued or announced on
_DAY_BEFORE_YEAR = re.compile(
    r"\b(?:at|as\s+at|as\s+of|ended|the\s+end\s+of"
    r"|(?<!issued\s)(?<!announced\s)(?<!released\s)(?<!published\s)(?<!unveiled\s)"
    r"(?<!adopted\s)on)\s+"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})"
    rf"|(?P<month2>{_MONTH_NAME})\s+(?P<day2>\d{{1,2}}),?)\s+$"
    # (or a month's end, "at end-June 2025", "as at the end of June 2025")
    rf"|\b(?:at|as\s+at|as\s+of)\s+(?:the\s+)?end[- ](?:of\s+)?(?P<month3>{_MONTH_NAME})\s+$",
    re.IGNORECASE,
)


def _day_past(text: str, match: re.Match, published: date) -> bool:
    """Whether the year `match` is a day's named before it that is past by `published`
    ("up from 93.6% at 31 March 2025" in August: a day of the year so far, reported)."""
    day = _DAY_BEFORE_YEAR.search(text, max(0, match.start() - 30), match.start())
    if day is None:
        return False
    month = _MONTHS.index((day["month"] or day["month2"] or day["month3"])[:3].lower()) + 1
    if day["month3"]:  # (a month's end: its last day)
        return (int(match[1]), month) < (published.year, published.month)
    try:
        named = date(int(match[1]), month, int(day["day"] or day["day2"]))
    except ValueError:
        return False
    return named < published


def _months_over(text: str, match: re.Match, published: date) -> bool:
    """Whether the year `match` is followed by a range of its months that is over by
    `published` (a village's accounts for 2025年4月至6月, published in July; not a
    campaign's 2025年3月至12月 ahead, nor a winter's 2025年12月至2月, which runs into the
    next year)."""
    months = _MONTHS_AFTER_YEAR.match(text, match.end())
    return (
        months is not None
        and int(months[1]) <= int(months[2])
        and _over_by(int(match[1]), int(months[2]), published)
    )


def _month_past(match: re.Match, year: int, published: date) -> bool:
    """Whether the month `match` names, in `year`, is over by `published` (a part of the
    year that happened; not a one-year plan's 6月,新增充电桩500个 for the months ahead)."""
    return _over_by(year, int(match[1]), published)


def _over_by(year: int, month: int, published: date) -> bool:
    """Whether `month` of `year` has ended before the month of `published`."""
    return (year, month) < (published.year, published.month)


def year_mentions(
    text: str,
    published: date,
    taken: list[tuple[int, int]],
    previous: int | None = None,
    horizon: int | None = None,
    period: tuple[int, int] | None = None,
    previous_part: bool = False,
    names: dict[str, int] | None = None,
) -> list[YearMention]:
    """The years `text` states, in order. `taken` are spans already read as quantities
    (2000亿元 is an amount, not a year); "that year" (当年) is the year stated last
    before it, in `text` or else `previous`; "by then", "by the end of the period" the
    last year not yet past stated before it, in `text` or else `horizon`; "the plan
    period" (规划期内) the span of years stated last before it, in `text` or else
    `period` (first, last). `names` are the years named in brackets before `text`
    (达产年(2029年)), which their names stand for."""
    found: list[YearMention] = []
    taken = list(taken)
    for pattern, kind in _YEAR_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if kind == "span":
                pair = next(i for i in range(1, len(match.groups()), 2) if match[i])
                first, last = int(match[pair]), match[pair + 1]
                end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
                if not first < end <= first + 20:
                    continue
                if _MONTHS_SPAN.match(match[0]) and not _TERM_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    continue
                mention = YearMention(
                    match.start(),
                    match.end(),
                    end,
                    first,
                    one_total=bool(_ONE_TOTAL_AFTER.match(text, match.end())),
                )
            elif kind in ("plan", "plan_zh"):
                number = int(match[1]) if kind == "plan" else 10 + _ZH_ORDINAL[match[1]]
                first, end = five_year_plan(number)
                which = _YEAR_OF_PLAN.match(text, match.end())
                if which and (
                    _YEAR_BESIDE.search(text, max(0, match.start() - 12), match.start())
                    or not _FIXED_YEAR.search(which[0])
                ):
                    continue  # 2026年是"十五五"开局之年: a year of the plan, stated beside it
                if which:
                    # (with no year beside it, the plan's own year: 『十五五』收官之年 is 2030)
                    year = first if _FIRST_YEAR.search(which[0]) else end
                    mention = YearMention(match.start(), which.end(), year)
                else:
                    mention = YearMention(
                        match.start(), match.end(), end, first, five_year_plan=True
                    )
            elif kind == "year":
                if text[match.start() - 1 : match.start()] in "[\u3014" and text[
                    match.end() : match.end() + 1
                ] in ("]", "\u3015"):
                    continue  # a document number's year: No. 3 [2025]
                if _QUALIFYING_YEAR.match(text, match.end()):
                    continue  # 2000年底前建成的小区: which ones are counted, not when
                if _PHONE_GROUP_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                    continue  # 電話:(0592) 7713-2058: a phone number's group
                if _dateline(text, text.rfind("\n", 0, match.start()) + 1, published):
                    continue  # a dateline: 18 March 2025
                if _IN_A_NAME_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()
                ) and _IN_A_NAME_AFTER.match(text, match.end()):
                    continue  # "of the 2024 Green Bond": which one, not when
                mention = YearMention(
                    match.start(),
                    match.end(),
                    int(match[1]),
                    None,
                    _is_comparison(text, match.start(), match.end()),
                    # (or, before the year in force, in the cause a number is given after:
                    # "Gross margin held at 11.8%, helped by the decision we took in late
                    # 2023", in a report on 2024, is of 2024)
                    aside=_is_aside(text, match.start(), match.end())
                    or (
                        previous is not None
                        and int(match[1]) < previous
                        and bool(
                            _CAUSE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                        )
                    ),
                    part=bool(
                        _PART_BEFORE_YEAR.search(text, max(0, match.start() - 40), match.start())
                        or _PART_AFTER_YEAR.match(text, match.end())
                        or _day_past(text, match, published)
                        or _months_over(text, match, published)
                    ),
                )
            elif kind == "this_year":
                if _NOW.fullmatch(match.group(0)) and FUTURE.search(
                    text, *_clause_around(text, match.start())
                ):
                    continue  # "The plan unveiled today says ... will exceed": not a fact of now
                mention = YearMention(
                    match.start(),
                    match.end(),
                    published.year,
                    part=True,
                    # (what stands now a change starts from, 从目前的约2万片提升到4.5万片, is
                    # the base's year, not the goal's)
                    comparison=bool(
                        _FROM_NOW.search(text, max(0, match.start() - 4), match.start())
                        and _NOWS_NUMBER.match(text, match.end())
                    ),
                    aside=_is_aside(text, match.start(), match.end()),  # (目前已有5个)
                )
            elif kind == "relative":
                word = next(g for g in match.groups() if g).lower()
                comparison = _is_comparison(text, match.start(), match.end())
                mention = YearMention(
                    match.start(),
                    match.end(),
                    _relative_year(
                        text, match, word, comparison, found, published, previous, previous_part
                    ),
                    comparison=comparison,
                    aside=_is_aside(text, match.start(), match.end()),  # (去年这一比例为76%)
                )
            elif kind == "season":
                if published.month >= _SEASON_ENDS[match[1].lower()]:
                    continue  # ("last summer" in October: this year's summer, or the one before)
                mention = YearMention(
                    match.start(),
                    match.end(),
                    published.year - 1,
                    comparison=_is_comparison(text, match.start(), match.end()),
                )
            elif kind == "horizon":
                years = _count(match[1] or match[2] or match[3])
                if years is None or not 0 < years <= 30:
                    continue
                if match[3] and _PERIOD_NAMED.search(
                    text, max(0, match.start() - 20), match.start()
                ):
                    continue  # "十四五"期间,全市五年累计: the years of the period named
                opens = sentence_opening(text, match.start())
                listed = {m[0] for m in YEAR.finditer(text, opens, match.start())}
                if match[3] and len(listed) >= years:
                    continue  # 2024年、2025年分别引进…10个、12个,两年合计22个: the years listed
                # published in the first half of a year, that year is the first of the N
                first = published.year if published.month <= 6 else published.year + 1
                named = _span_stated_before(found, match.start(), period, totals=True)
                if (
                    named[0] is not None
                    and named[1] - named[0] + 1 == years
                    and published.year <= named[0] <= published.year + 1
                ):
                    # the N years of a plan period of N years named before, starting this
                    # year or next (计划(2025—2029年),…五年内共安排7.5亿元: 2025 to 2029,
                    # though published in September; not one under way since last year,
                    # 计划(2024—2026年)实施近两年来…未来三年, which counts on from now)
                    first = named[0]
                mention = YearMention(
                    match.start(), match.end(), first + years - 1, first, counted=True
                )
            elif kind == "plan_period":
                first, last = _span_stated_before(found, match.start(), period)
                if first is None or last < published.year:
                    continue  # no period stated, or one now past
                mention = YearMention(match.start(), match.end(), last, first)
            else:
                # (not a year in brackets beside another number: "by 2027 [212,400 in
                # 2023], and ... RMB 180 billion or more in that year")
                referents = [
                    m
                    for m in sorted(found, key=lambda m: m.start)
                    if m.end <= match.start() and not m.aside
                ]
                stated = [m.year for m in referents]
                year = stated[-1] if stated else previous
                # (同期 and a month refer to the time stated last, not a year compared with,
                # and keep its being a part of the year: 2025年1-4月…。同期,全省…)
                same_time = [m for m in referents if not m.comparison]
                part = same_time[-1].part if same_time else previous_part
                if kind in ("same_period", "month"):
                    year = same_time[-1].year if same_time else previous
                if kind == "then":  # "by then": the horizon stated last, not a past year
                    ahead = [y for y in [horizon, *stated] if y and y >= published.year]
                    year = ahead[-1] if ahead else None
                if year is None or (kind == "month" and not _month_past(match, year, published)):
                    continue
                mention = YearMention(
                    match.start(),
                    match.end(),
                    year,
                    part=kind == "month" or (kind == "same_period" and part),
                )
            taken.append((match.start(), match.end()))
            if _DEFERRED_TO.search(
                text, max(0, match.start() - 8), match.start()
            ) and not _NUMBER_IN_CLAUSE.match(text, match.end()):
                continue  # 32个小区延期到今年: where work was put off to, no number's year
            if text.endswith("为", 0, match.start()) and _GROUNDWORK.match(text, match.end()):
                continue  # …163家,为今年发展打下了基础: the year the facts prepare for
            found.append(mention)
    found += _named_years(text, taken, names or {})
    return sorted(found, key=lambda m: m.start)


# A year given a name in brackets (达产年(2029年), 第一个完整年度(2028年)): the name alone
# later in the text stands for that year (达产年项目吸纳就业人数不少于400人)
_YEAR_NAMED = re.compile(
    # (the name without the project it is of: 本项目达产年(2029年) names 达产年)
    r"(?:本项目|该项目|项目|本|该)?([\u4e00-\u9fff]{1,6}?年度?)\s*\(\s*((?:19|20)\d\d)\s*年?\s*\)"
)


def named_years(text: str) -> list[tuple[int, str, int]]:
    """Each name given a year in brackets: where its naming ends, the name, the year."""
    return [(named.end(), named[1], int(named[2])) for named in _YEAR_NAMED.finditer(text)]


def _named_years(
    text: str, taken: list[tuple[int, int]], names: dict[str, int]
) -> list[YearMention]:
    """The mentions of each name given a year (`names`, named before `text`, or named in
    `text` before the mention: the latest naming counts), as that year; not inside a
    longer word (未达产年份)."""
    namings = [(0, name, year) for name, year in names.items()] + named_years(text)
    found = []
    for name in {name for _, name, _ in namings}:
        for again in re.finditer(rf"(?<!未){re.escape(name)}(?!份)", text):
            start, end = again.start(), again.end()
            latest = [year for at, named, year in namings if named == name and at <= start]
            if (
                not latest
                or text.startswith("(", end)
                or any(s < end and start < e for s, e in taken)
            ):
                continue
            comparison = _is_comparison(text, start, end)
            found.append(YearMention(start, end, latest[-1], comparison=comparison))
    return found


# A year something was put off or extended to, with no number after it in its clause
# (东风里等32个小区延期到今年): it dates none of the sentence's numbers (推迟到2026年达到45%
# still dates its 45%)
_DEFERRED_TO = re.compile(r"(?:延期|推迟|顺延|延后|推后|延长)\s*(?:到|至)\s*$")
_NUMBER_IN_CLAUSE = re.compile(r"[^,;。\n\d]*\d")
# ... nor a year the facts before lay the ground for (为今年发展打下了较好基础)
_GROUNDWORK = re.compile(r"[^,;。\n\d]{0,12}(?:打下|奠定)")


_COMPARED = re.compile(
    r"compared (?:with|to)|\bversus\b|\bvs\b|\bup from\b|\bdown from\b|\bagainst\b"
    r"|,\s*from\b"
    # (a change on a figure, a whole number: "up 9.8% on the RMB 78.7 billion of 2023";
    # not "invest RMB 2 billion on the 5G network")
    r"|\bon\s+the\s+(?=(?:RMB\s?)?\d[\d,.]*(?![\w]))",
    re.IGNORECASE,
)


# A number dated a year before the year its sentence is of: "NEVs accounted for 41.5%
# in 2024, compared with 29.8% a year earlier"
# (not "8% a year before the pandemic", a rate per year; not one with its year after it,
# "the previous year (2023)", whose year is its own)
_A_YEAR_EARLIER = re.compile(
    r"\s+(?:(?:a|one)\s+year\s+(?P<ago>earlier|ago)"
    r"|(?:a|one)\s+year\s+before(?:\s+that)?(?=\s*[.,;)])"
    r"|the\s+year\s+before"
    r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year)\b(?!\s*\(?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
# (in Chinese before it: 女性会员比例由前一年的11%提高到14%, 高于前一年度的81%; not a
# multiple or a share of it, 是前一年的2倍, 相当于上一年的105%, nor 提前一年, nor 上一年度,
# which `find` reads itself, as 上年)
_A_YEAR_EARLIER_ZH = re.compile(r"(?<![是为提])(?<!相当于)(?:前一年度?|上一年(?!度))的?\s*$")


def _a_year_back_when_said(find):
    """`find` (a number's year), a year back for a number said to be of the year before
    it ("compared with 29.8% a year earlier" after it, 由前一年的11% before it): one rule
    over all of `find`'s returns."""

    @wraps(find)
    def found(text: str, sentence_years, earlier, quantity: Quantity, *rest):
        year = find(text, sentence_years, earlier, quantity, *rest)
        said = _A_YEAR_EARLIER.match(text, quantity.end) or _A_YEAR_EARLIER_ZH.search(
            text, max(0, quantity.start - 8), quantity.start
        )
        if said is None:
            return year
        published = rest[-1]
        if (said.groupdict().get("ago") or "").lower() == "ago" and (
            year is None or year.year >= published.year
        ):  # counted from publication, where the sentence is of no past year
            return YearMention(quantity.end, said.end(), published.year - 1)
        if year is not None and year.year <= published.year:  # a year back from a past one
            return replace(year, year=year.year - 1, comparison=False)
        return year  # (a year ahead's "a year earlier" is no year we can tell)

    return found


# A stage on the way to a plan's horizon, named with its number in the clause of its year
# (in its line and sentence: no line break nor full stop between, but a decimal point; not
# a heading that dates the lines after it, "Interim targets for 2026:")
_INTERIM = re.compile(
    r"\binterim\s+(?:goal|aim|target|milestone|checkpoint|mark)s?\b"
    r"(?:[^.\n]|\.(?=\d))*\d(?:[^.\n]|\.(?=\d))*$",
    re.IGNORECASE,
)
# A goal's verb in a number's clause (the plan's "wants", "is to", "will"; not "was to",
# nor a plan or a target named as a noun)
_GOAL_VERB_EN = re.compile(r"\b(?:wants?|aims?|(?:is|are)\s+to|will|should)\b", re.IGNORECASE)


@_a_year_back_when_said
def year_for(
    text: str,
    sentence_years: list[YearMention],
    earlier: list[YearMention],
    quantity: Quantity,
    neighbours: list[Quantity],
    clause: tuple[int, int],
    future: bool,
    published: date,
) -> YearMention | None:
    """The year stated nearest to `quantity` in its own clause, else in its sentence
    (not a comparison's baseline, nor the year of a number it is compared with); else,
    for a sentence about the future, the last future year stated before it (a plan
    states its horizon once, then lists its targets); else the last year stated before."""
    for m in sentence_years:
        if m.start >= quantity.end and (
            _YEAR_AFTER.fullmatch(text[quantity.end : m.start])
            or _OF_ITS_NOUN_IN.fullmatch(text, quantity.end, m.start)
            or (
                _RELATIVE_YEAR_AFTER.fullmatch(text, quantity.end, m.start)
                and _THE_BEFORE.search(text, max(0, quantity.start - 6), quantity.start)
            )
        ):
            return m  # "2.87 trillion yuan in 2020": the number's own year
        if (
            not m.comparison
            and m.end <= quantity.start
            and _LEADS_ITS_NUMBER.fullmatch(text, m.end, quantity.start)
        ):
            return m  # 平台2025年达到15个、2027年达到25个: the year that leads the number
        if m.end <= quantity.start and _WHEN_IT_STOOD.fullmatch(text, m.end, quantity.start):
            return m  # "compared with 2023, when it stood at RMB 18.2 billion"
        if (
            m.comparison
            and m.end <= quantity.start
            and quantity.dimension != "ratio"  # 较2022年翻两番: a multiple of that year
            and _OWN_YEAR.fullmatch(text[m.end : quantity.start])
        ):
            return m  # 较2022年的680亿元: the baseline's own figure
        if (
            m.comparison
            and m.end <= quantity.start
            and _NAMED_BASE.fullmatch(text, m.end, quantity.start)
            and _SET_AGAINST.match(text, quantity.end)
        ):
            return m  # 与114年度总预算岁出398.7亿元相比: the figure compared with, of its year
    # where a comparison is first written after the number, searched once: up to the
    # sentence's last number, the furthest a compared number can be (to its end: the
    # comparison "on the" looks ahead at the number it is made on)
    found = _COMPARED.search(text, quantity.end, neighbours[-1].end) if neighbours else None
    compared = found.start() if found else None
    periods = [
        m
        for m in sentence_years
        if not m.comparison
        and not _compared_number_year(quantity, neighbours, m, compared)
        and not (m.aside and _across_brackets(text, m, quantity))
        and not (m.aside and _gives_cause_after(text, m, quantity))
        and not _another_numbers_own_year(text, m, quantity, neighbours)
        # (a goal takes no past year stated after a later number: "wants at least 30
        # firms …; 17 held the title at the end of 2024"; a fact may, "now holds 30 firms; 17
        # of them joined it in 2024", and so may a goal of a year past, "was to have 30 …")
        and not (
            m.year < published.year
            and _GOAL_VERB_EN.search(text, *clause)
            and _a_later_numbers_year(m, quantity, neighbours)
        )
        and not _earlier_items_year(text, m, quantity, neighbours, sentence_years)
        # (a year right after the number's list mark leads the next item: 2025年300家、
        # 2026年320家)
        and not (m.start >= quantity.end and _NEXT_ITEM.fullmatch(text, quantity.end, m.start))
    ]
    # (the whole's year is the part's too when the part has no deadline of its own: "only
    # 12 of 2024's 64 winners went into production")
    partial = [m for m in periods if not _wholes_year(text, m, quantity, neighbours)]
    periods = partial or periods
    # (nor the date of an act, "approved in April 2025 an investment programme of RMB36
    # billion (…) for 2025-2027", when the sentence names a period besides)
    periods = [
        m for m in periods if not _ACT_DATED.search(text, max(0, m.start - 40), m.start)
    ] or periods
    own = [m for m in periods if clause[0] <= m.start and m.end <= clause[1]]
    # a number in brackets with a year of its own there is of that year, not of a nearer
    # one outside them ("(100% of key enterprises … by 2025) and freight (5,000 heavy
    # trucks in service … by 2026)")
    if _in_brackets(text, quantity):
        own = [m for m in own if not _across_brackets(text, m, quantity)] or own
    if any(m.start >= quantity.end for m in own):
        # a year before the number that another number before it states as its own ("to
        # invest RMB 5 billion by 2027 and … 90% across its portfolio by the end of 2026";
        # "was 68,400 in 2023 and about 91,000 by September 2024") is not this one's, when
        # its clause states one after it
        own = [
            m
            for m in own
            if m.start >= quantity.end or not _a_number_before_owns(text, m, quantity, neighbours)
        ]
    # a year in another number's clause (2024年这个数是43.6%) is that number's
    periods = own or [m for m in periods if not _in_another_clause(text, m, quantity, neighbours)]
    if not own and any(
        m.start >= quantity.end
        and _DEADLINE_OF_ITS_OWN.fullmatch(text, quantity.end, m.start)
        and _DEADLINE_ENDS.match(text, m.end)
        for m in periods
    ):
        # a deadline after the number, before any other number, dates it, not a year before
        # its clause that another number states as its own ("at least 3% … by 2026, and …
        # to have 70% of components, by value, sourced … by 2027": 70% is 2027's; not "By
        # 2030, the city will have 500 charging stations, while the rail link is due to open
        # by 2032", whose 2030 is no other number's; nor "3,000 jobs by 2029, with … 70% of
        # employees hired …; (d) …", nor "added … in 2024, bringing the total to 412, and
        # 188 more are needed to reach the 2025 goal")
        periods = [
            m
            for m in periods
            if m.start >= quantity.end
            or not (
                _a_number_before_owns(text, m, quantity, neighbours)
                or _ends_a_numbers_clause(text, m, quantity, neighbours)
            )
        ]
    if not own and any(m.end <= quantity.start and m.year >= published.year for m in periods):
        # a year opening a later clause joined by 并以 dates that clause's own goal, not
        # this number, when a year ahead before it can (本公司承诺2030年…达到60%,…减少35%,
        # 并以2050年达成净零排放; not 本公司于2024年承诺,…提高至60%,并以2030年为达成期限)
        periods = [
            m
            for m in periods
            if not (
                m.start >= quantity.end
                and _JOINED_GOAL_YEAR.search(text, quantity.end, m.start)
                and not _DEADLINE_AFTER.match(text, m.end)
            )
        ]
    if not own and any(
        m.end <= quantity.start
        and m.year >= published.year  # (a horizon: not "In 2024, the government announced")
        and (
            _LEADS_SENTENCE.search(text, max(0, m.start - 24), m.start)
            or _BY_YEAR_ZH.search(text, max(0, m.start - 4), m.start)
        )
        for m in periods
    ):
        # a year that leads the sentence (By 2030, …) dates its clauses that state none,
        # not a year in a later clause of something else ("…, with emissions peaking no
        # later than 2028"), unless that year is a deadline set for them (并以2030年为达成
        # 期限)
        periods = [
            m for m in periods if m.end <= quantity.start or _DEADLINE_AFTER.match(text, m.end)
        ]
    if periods:
        return min(
            periods,
            key=lambda m: (
                m.start - quantity.end if m.start >= quantity.end else quantity.start - m.end
            ),
        )
    for m in sentence_years:
        if (
            m.comparison
            and m.start >= quantity.end
            and (
                _ON_THE_YEAR.fullmatch(text, quantity.end, m.start)
                or (
                    _CHANGE_ON.fullmatch(text, quantity.end, m.start)
                    and _CHANGED_BY.search(text, max(0, quantity.start - 16), quantity.start)
                )
            )
        ):
            # "932,000 units, up 27 percent on 2024": a change on the year before, so
            # the number (and the change) is of the year after
            return replace(m, year=m.year + 1, comparison=False)
    if _AVERAGE_ANNUAL.search(text, clause[0], quantity.start) and _BOUND_AFTER.match(
        text, quantity.end
    ):
        # 工业技术改造投资年均增长10%以上, no year of its own: a goal for a rate over the
        # period named before it (行动方案(2024-2026年)), to that period's last year (a
        # review's 年均增长5.9% states no bound)
        periods = [m for m in earlier if m.span_start is not None and not m.aside]
        if periods:
            return periods[-1]
    before = [m for m in earlier if not (m.comparison or m.aside)]
    period = _named_period(text, clause, quantity, neighbours, before, published)
    if period is not None:
        return period
    if future:
        # not a year that dates only its own clause's number, after the numbers its
        # sentence opens with (今年则力争超过50%; 比例要在2026年底前达到100%)
        # (nor an interim goal's year: "48 million units, with an interim goal of 38
        # million units this year. Revenue is to exceed …" keeps the plan's horizon)
        ahead = [
            m
            for m in before
            if m.year >= published.year
            and not _one_numbers_year(text, m)
            and not _INTERIM.search(text, _clause_around(text, m.start)[0], m.start)
        ]
        if ahead:
            return ahead[-1]
    else:  # a statement of fact is not of a Five-Year Plan named in passing, nor of the
        # years ahead counted from publication (市财政三年累计安排…, in a review), nor of a
        # baseline's year stated with its figure after the sentence's numbers (达到3.2%,
        # 2025年为2.74%)
        before = [
            m
            for m in before
            if not (
                m.five_year_plan
                or m.counted
                # a plan's period named in passing (规划(2024至2028年)的部署)
                or (m.span_start is not None and m.year > published.year)
                or (_base_stated_with(text, m) and _one_numbers_year(text, m))
                # nor, in a later sentence, of a year ahead that dated only its own
                # clause's number after the numbers its line opened with (产值达到800亿元,
                # 整车产量到2028年达到50万辆; then 高新技术企业达到800家 keeps the list's
                # 到2030年); a year after another of its sentence that dates a number of its
                # own clause is a run of dated numbers (2025年底…35亿元,2027年达到45亿元),
                # whose last year carries
                or (
                    m.year > published.year
                    and _one_numbers_year(text, m)
                    and _SENTENCE_END.search(text, m.end, quantity.start)
                    # (with the list's own horizon before it, 到2030年: else it is the only
                    # year ahead, after a level or a rate of now, 全县高新技术企业500家; and
                    # the last such horizon of another year, for the clause's own 到2030年
                    # after a fact's 截至2025年底 is the list's 到2030年 named again)
                    and _last_horizon_before(text, before, m, published) not in (None, m.year)
                    and not _in_a_run_of_dated_numbers(text, m, before)
                )
                # nor the year of the number a change is counted from ("up 48.8% from
                # 158,900 in 2023"): the sentence was about the year after
                or (
                    _FROM_ITS_NUMBER.search(text, max(0, m.start - 60), m.start)
                    and _own_year_before(text, m, before)
                )
            )
        ]
    return before[-1] if before else None


# a period named just before a count of years (十四五期间, 2021-2025年间, and a span
# right before it: 2024年至2026年三年累计)
_PERIOD_NAMED = re.compile(
    r"十[一二三四五六七八九]五\"?\s*(?:期间|时期)|(?:19|20)\d\d年?间"
    # (and a span named just before, past its comma: 也就是2023年到2026年,四年累计…)
    r"|(?:19|20)\d\d\s*年?\s*[-~至到]\s*(?:19|20)?\d\d\s*年?\s*,?\s*$"
)


# a part of a year named with it: "in January-September 2024", "the first half of 2024",
# 2025年前三季度, 2025年1-10月
_PART_BEFORE_YEAR = re.compile(rf"\b(?:{_PART_EN})\s*(?:of\s+)?$", re.IGNORECASE)
_PART_AFTER_YEAR = re.compile(
    r"年?\s*(?:上半年|前三季度|一季度|1\s*(?:-|到|至)\s*\d{1,2}月|前\d{1,2}个月)"
)
# ... and any months of it, when they are over (_months_over)
_MONTHS_AFTER_YEAR = re.compile(r"年?\s*(\d{1,2})\s*月?\s*(?:-|到|至)\s*(\d{1,2})\s*月")
_BOUND_AFTER = re.compile(r"%?\s*(?:以上|左右|以内)")
_AVERAGE_ANNUAL = re.compile(
    r"年均(?:增长|增速)[^,;。\d]{0,4}$|\baverage annual growth (?:of )?$", re.I
)
# The year of a number compared with, found for the sentences after (year_for): a
# number with its grouping commas, which _COMPARED_NUMBER_IN stops at, and then at most
# two words before the year ("from 158,900 in 2023", "from 1,120 at the end of 2023");
# not "from 38 exhibitors on 1,420 m² in 2024", whose year is the whole comparison's.
_FROM_ITS_NUMBER = re.compile(
    r"\b(?:from|compared (?:with|to)|versus|against)\s+(?:about |around |roughly )?"
    r"(?:RMB\s*|US\$|\$|¥)?\d[\d.,]*\s*(?:[a-z%]+\s+){0,2}?(?:in|at the end of)\s+$",
    re.IGNORECASE,
)
# (or with the figure named again: 2021年这一数字只有2.31%)
_STATED_WITH = re.compile(
    r"\s*年?(?:底|末)?\s*(?:(?:这一|这个|该)(?:数字|数据|比例|比重|指标))?\s*(?:为|是|只有|仅为|仅有|仅|才)\s*\d"
)
# ... or with what it measures named again, after a goal's verb in its sentence (突破300亿元,
# 2024年全区体育产业总规模为186亿元; not a review's 其中2024年…占比为41.3%, nor a goal of
# that year, 2026年预期增长目标为6%左右)
_STATED_AGAIN_WITH = re.compile(
    r"\s*年?(?:底|末)?(?:(?!目标|预期|计划|力争)[^\d,;。]){1,16}?(?:为|是)\s*\d"
)
# the verbs of a goal's level (达到, 突破), here and where a year leads its number
_GOAL_VERBS = r"达到|突破|超过|不少于|不低于|增至"
_GOAL_VERB = re.compile(_GOAL_VERBS)


def _last_horizon_before(
    text: str, years: list[YearMention], year: YearMention, published: date
) -> int | None:
    """The last year ahead (of publication or after) stated before `year` that is a
    list's horizon, not one that dates only its own clause's number, if any."""
    ahead = [
        o.year
        for o in years
        if o.year >= published.year and o.end <= year.start and not _one_numbers_year(text, o)
    ]
    return ahead[-1] if ahead else None


def _base_stated_with(text: str, year: YearMention) -> bool:
    """Whether `year` is a base's, stated with its figure (达到3.2%,2025年为2.74%), or
    with a few words before its 为 that name no goal (2024年全区体育产业总规模为186亿元),
    after the goal's verb its sentence opens with (突破300亿元)."""
    return bool(
        _STATED_WITH.match(text, year.end)
        or (
            _STATED_AGAIN_WITH.match(text, year.end)
            and _GOAL_VERB.search(text, sentence_opening(text, year.start), year.start)
        )
    )


# between a number and the year its change is counted on: ", up 27 percent on"
_ON_THE_YEAR = re.compile(
    r"\s*(?:units|vehicles|yuan)?\s*,\s*(?:(?:up|down)\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"\s+(?:on|from|over)\s+)",
    re.IGNORECASE,
)
_CHANGE_ON = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+(?:on|from|over)\s+", re.IGNORECASE)
_CHANGED_BY = re.compile(
    r"\b(?:(?:up|down|rose|grew|fell)\s+(?:by\s+)?|growth of\s+(?:about\s+|around\s+)?)$",
    re.IGNORECASE,
)


# Where a sentence ends: 。, a line's end, or a full stop and a space, not an
# abbreviation's ("the group's U.S. plant")
_SENTENCE_END = re.compile(r"[。\n]|(?<![A-Z])\.\s")


def _own_year_before(text: str, year: YearMention, years: list[YearMention]) -> bool:
    """Whether another of `years` stands before `year` in its sentence: the period the
    sentence was about ("Cluster output in 2024 was 236,400, up from 158,900 in 2023"),
    which the sentences after take instead. Without one ("reached 68, compared with 41 in
    2022") the compared year stays the last stated, rather than an older one. (A year
    that opens its sentence counts: "2024 new energy vehicle output was 236,400 units, up
    from 158,900 in 2023.")"""
    start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, year.start - 400), year.start)),
        default=0,
    )
    return any(other.start >= start and other.end <= year.start for other in years)


# The plan period before this one, or this one, named in a review of both (前期目标为6万人,
# 前期仅完成37家; 新期目标提高至80家)
# (named with its goal or its results, not 上期简报, 新一轮科技革命, 本期工程, 前期工作)
_EARLIER_PERIOD = re.compile(
    r"(?:前期|上期|上一期)(?=(?:计划|规划)?(?:目标|仅|实际|完成|每年|实绩))|由(?:前期|上期|上一期)"
)
_LATER_PERIOD = re.compile(r"(?:新期|新一期|本期)(?=(?:计划|规划)?目标)")


def _named_period(
    text: str,
    clause: tuple[int, int],
    quantity: Quantity,
    neighbours: list[Quantity],
    years: list[YearMention],
    published: date,
) -> YearMention | None:
    """The last year of the plan period a number's clause names as the one before (前期,
    上一期) or the new one (新期, 本期), from the periods the document names before it
    (《…计划(2021-2025年)》, 《…中程计划(2026-2030年)》): the earlier one's ends before
    publication, the new one's after it. (Only after the number before it: 由前期6万人提高至
    65,000人 raises the new goal.)"""
    start = max([clause[0], *(q.end for q in neighbours if q.end <= quantity.start)])
    words = text[start : quantity.start]
    if _EARLIER_PERIOD.search(words):
        spans = [m for m in years if m.span_start is not None and m.year < published.year]
    elif _LATER_PERIOD.search(words):
        spans = [m for m in years if m.span_start is not None and m.year >= published.year]
    else:
        return None
    return spans[-1] if spans else None


def _in_a_run_of_dated_numbers(text: str, year: YearMention, years: list[YearMention]) -> bool:
    """Whether a year of `years` before `year` in its sentence dates a number of its own
    clause (2025年底总产值突破35亿元,2027年达到45亿元; 2025年 突破70万辆 → 2027年 达到120万辆):
    the last of such a run is the horizon of the lines after, as a year leading its list
    with nothing else in its clause (到2030年,零部件产值…) is not one of them."""
    start = max(text.rfind(mark, 0, year.start) for mark in "。\n") + 1
    for other in years:
        if start <= other.start and other.end <= year.start:
            ends = [i for i in (text.find(mark, other.end) for mark in ",;。\n") if i >= 0]
            if re.search(r"\d", text[other.end : min(ends, default=len(text))]):
                return True
    return False


def _one_numbers_year(text: str, year: YearMention) -> bool:
    """Whether `year`, after the numbers its sentence opens with, dates only the number
    of its own clause (到2027年,…不低于60%,今年则力争超过50%): the sentences after do not
    take it as their horizon."""
    start = max(text.rfind(mark, 0, year.start) for mark in "。\n") + 1
    clause_end = min(
        (i for i in (text.find(mark, year.end) for mark in ",;。\n") if i >= 0), default=len(text)
    )
    clause_start = max(start, *(text.rfind(mark, 0, year.start) + 1 for mark in ",;"))
    # (years before it are no numbers: 2025年、2026年分别超过700家和800家)
    return bool(
        re.search(r"\d", YEAR.sub("", text[start : year.start]))
        and not re.search(r"\d", text[clause_start : year.start])
        and re.search(r"\d", text[year.end : clause_end])
    )


_WHEN_IT_STOOD = re.compile(
    # (its subject a word or two after "the": "compared with 2024, when the province recorded
    # RMB 14.8 billion", "when Lanmere posted a total of")
    # (or after the year's "level", "levels", "baseline", "figure": "from the 2024 level,
    # when there were 14 of them", "when the city had 14")
    r"(?:\s+(?:levels?|baseline|figure))?,?\s*when\s+(?:the(?: [\w-]+){1,2}|[\w-]+)\s+"
    r"(?:stood at|was|were|had|reached"
    r"|totall?ed|came to|amounted to|recorded|posted|saw|attracted)\s*(?:a total of\s*)?",
    re.IGNORECASE,
)
# "64% of primary schools in 2024": a share of a noun of one or two words, then its year
# (not a participle's, "60% of projects approved in 2024", the projects' year; only for a
# number's own year, year_for, not where _YEAR_AFTER decides which number owns a year)
_OF_ITS_NOUN_IN = re.compile(r"\s+of\s+(?:(?![a-z-]*ed\b)[a-z-]+\s+){1,2}?in\s+", re.IGNORECASE)
_YEAR_AFTER = re.compile(  # an amount's stated equivalent may stand between: "($82.4 bn)",
    # ", about US$28 billion,"
    r"\s*(?:[(\[][^()\[\]]{0,40}[)\]]\s*"  # (or "[approx. US$222 billion]")
    r"|,\s*(?:about|roughly|around|approximately|or)?\s*(?:US\$|\$)\s?\d[\d.,]*\s*"
    r"(?:billion|million|trillion|bn|mn)?\s*,\s*)?"
    # ("31,560 at end-2023")
    r"(?:(?:[a-z-]+\s+){0,2}?(?:in|by|at the end of|by the end of)\s*"
    r"|\s(?:at |by |as of )?(?:end|mid)-)?",
    re.IGNORECASE,
)
# A relative clause's year, for a number named with "the" (a set known by it): "the 96 kids
# who joined in 2024", "the RMB 14.5 billion that was invested in 2024" (not "rehouse 1,200
# families who arrived in 2024", whose year is the families')
_RELATIVE_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:who|that|which)\s+(?:(?:was|were|had|has|have)\s+)?[a-z]+\s+in\s*",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"\s*、\s*")
# (以: the year of a goal of its own, 并以2050年达成净零排放为目标, 同时以…; not a deadline
# for the same one, 须兴建四幢产业大楼,并于2027年底前落成, 并以2030年为达成期限)
_JOINED_GOAL_YEAR = re.compile(r"[,;]\s*(?:并|同时)\s*以\s*$")
_DEADLINE_AFTER = re.compile(r"\s*年?\s*(?:底|末)?\s*为[^,;。]{0,4}?(?:期限|目标年|截止)")
_LEADS_ITS_NUMBER = re.compile(  # 2025年达到15个, 2025年不少于30家 (not 到2027年,规模达到…)
    rf"\s*年?\s*(?:底|末)?\s*(?:力争|争取|要|将)?\s*(?:{_GOAL_VERBS}|达)\s*"
)
# A figure named between a compared year and 相比 (与2024年全年产值1520亿元相比)
_NAMED_BASE = re.compile(r"\s*年?度?[^,;。\d]{0,10}")
_SET_AGAINST = re.compile(r"\s*(?:的水平)?\s*(?:相比|相较|比较)")
_OWN_YEAR = re.compile(
    r"\s*(?:(?:年度?|届)\s*)?(?:底|末)?(?:的|之|'s|\()?\s*"
    # (and in English, perhaps roughly: "to double from the 2024 level of about 900,000")
    r"(?:(?:level|figure|total)s? (?:of|at)"
    rf"(?:\s+(?:{ROUGHLY}|approximately|almost))?)?\s*"
    # (and a density's own words: 由2025年的每万人18.6名)
    r"(?:每万名?(?:人|居民|人口)\s*)?"
    rf"{_BASE_APPROXIMATELY}?\s*",
    re.IGNORECASE,
)  # 较2022年的680亿元, 由去年底的3.6万个, 较2023年度之57.4万台, 比2024届(48.6%), 从目前的约2万片


def respective_years(
    text: str, sentence: Sentence, found: list[Quantity], sentence_years: list[YearMention]
) -> dict[int, YearMention]:
    """ "In 2023 and 2024, revenue was RMB 148.2 billion and RMB 196.5 billion
    respectively": a list of years paired in order with as many numbers of one kind; or,
    with no such list, the years of a span or of the report period (_years_of_a_span).
    Keyed by each number's start."""
    if not RESPECTIVE.search(text, sentence.start, sentence.end):
        return {}
    years = [m for m in sentence_years if not m.comparison and m.span_start is None]
    runs = lists(text, years)
    of_a_span = not runs
    listed = runs[0] if runs else _years_of_a_span(text, sentence, found, sentence_years)
    if not listed:
        return {}
    paired: dict[int, YearMention] = {}
    for dimension in {q.dimension for q in found}:
        same = [q for q in found if q.dimension == dimension]
        # the numbers of that kind, or the one list of them as long as the years' (分别
        # 超过700家和800家, 其中...30家)
        numbers = [run for run in lists(text, same) if len(run) == len(listed)]
        if len(same) == len(listed):
            numbers = [same]
        elif len(numbers) > 1:
            # several such lists, each after its own 分别 (营业收入分别为…,净利润分别为…)
            # ("leading firms numbered 41, 47 and 55 respectively, and parks numbered …")
            numbers = [
                run
                for before, run in zip([None, *numbers], numbers, strict=False)
                if RESPECTIVE.search(
                    text, sentence.start if before is None else before[-1].end, run[0].start
                )
                or _RESPECTIVELY_NEXT.match(text, run[-1].end)
            ]
        for run in numbers:
            if of_a_span and not _of_the_span(text, listed[0], found, run, sentence_years):
                continue
            paired |= {q.start: m for q, m in zip(run, listed, strict=True)}
    return paired


def _of_the_span(
    text: str,
    span: YearMention,
    found: list[Quantity],
    run: list[Quantity],
    sentence_years: list[YearMention],
) -> bool:
    """Whether a list of numbers is of a span's years, one each: no year of its own stated
    between them (2022年至2024年,…年均增长12%,2024年龙头企业分别为…), and no subjects listed
    before it, since the span or the sentence's last list of numbers before it, that 分别
    pairs the numbers with (2025年至2027年,甲、乙、丙三个园区分别新增…)."""
    start = max([span.end, *(r[-1].end for r in lists(text, found) if r[-1].end <= run[0].start)])
    return not (
        any(span.end <= m.start and m.end <= run[0].start for m in sentence_years)
        or _SUBJECTS_LISTED.search(text, start, run[0].start)
    )


# The years a report covers, named once (报告期内(2022年至2024年), "the reporting period
# (2022-2024)"), and the word that names them again later
_REPORT_PERIOD = re.compile(r"报告期|\breporting period\b", re.I)
# (报告期指2022年、2023年和2024年, 报告期为2022年度至2024年度, "The reporting period covers
# 2022 to 2024")
_REPORT_PERIOD_NAMED = re.compile(
    r"(?:报告期|\breporting period\b)\s*(?:内|为|是|指|is|was|of|covers|runs)?"
    r"\s*(?:from\s*)?[(:]?\s*((?:19|20)\d\d)\s*(?:年度?)?\s*"
    r"(?:至|到|-|to|through|、[^。\n]{0,12}?(?:和|及|与)|,[^.\n]{0,12}?\band)\s*((?:19|20)\d\d)",
    re.I,
)
# A span compared with, not the one numbers are of (与2019年至2021年相比, 较2019-2021年)
_COMPARED_BEFORE = re.compile(
    r"(?:与|同|较|比|相较于?|相对于|\bcompared (?:with|to)|\brelative to)\s*$", re.I
)
# Subjects listed, that 分别 pairs the numbers with instead of the years (甲、乙、丙三个园区
# 分别新增…; "the IC, AI and software scales"; not a word's 和 or "and", 参与, 涉及,
# "research and development", nor "respectively, and parks numbered", which joins clauses);
# or a part of the list before (其中…分别为12家、15家和19家), whose years the reader does
# not pair
_SUBJECTS_LISTED = re.compile(r"、|其中|\b[\w-]+,\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+\w")
# "respectively" right after a list of numbers (English writes it after them)
_RESPECTIVELY_NEXT = re.compile(rf"\s*,?\s*{RESPECTIVELY_AFTER.pattern}", re.I)


def _years_of_a_span(
    text: str, sentence: Sentence, found: list[Quantity], sentence_years: list[YearMention]
) -> list[YearMention]:
    """The years, in order, of the last span of three years or more before the first number
    of a sentence of numbers listed respectively (2022年至2024年,营业收入分别为14.6亿元、
    21.3亿元和28.9亿元), or of the report period the document named before (报告期内,毛利率
    分别为22.4%、20.1%和18.7%). Not a span of two, whose two numbers may be of two places
    (2024-2025年,甲乙两区分别完成投资30亿元和40亿元), nor a Five-Year Plan or a count of
    years ahead."""
    first = found[0].start if found else sentence.end
    spans = [
        m
        for m in sentence_years
        if m.span_start is not None
        and m.end <= first
        and not (m.comparison or m.five_year_plan or m.counted or m.aside)
        and not _COMPARED_BEFORE.search(text, max(sentence.start, m.start - 16), m.start)
    ]
    if not spans:
        word = _REPORT_PERIOD.search(text, sentence.start, first)
        named = list(_REPORT_PERIOD_NAMED.finditer(text, 0, first)) if word else []
        if not named:
            return []
        last = named[-1]
        spans = [YearMention(word.start(), word.end(), int(last[2]), span_start=int(last[1]))]
    span = spans[-1]
    if span.year - span.span_start < 2:
        return []
    return [
        replace(span, year=year, span_start=None) for year in range(span.span_start, span.year + 1)
    ]


# a year's clause of a number with a scale and no unit, the unit said before (去年系21.4万)
_BARE_NUMBER = re.compile(
    r"[^\S\n]*(?:系|是|为)?[^\S\n]*\d+(?:\.\d+)?[^\S\n]*[万亿][^\S\n]*(?:[,;:。]|$)"
    # (or an amount in a currency the reader has no unit for, after the year's verb:
    # 2028年突破新臺幣1兆元)
    rf"|[^\S\n]*年?[^\S\n]*(?:突破|达到|超过|增至|为)[^\S\n]*(?:{OTHER_CURRENCIES_ZH})"
    r"[^\S\n]*\d",
    re.M,
)


def _in_another_clause(
    text: str, year: YearMention, quantity: Quantity, neighbours: list[Quantity]
) -> bool:
    """Whether `year`, stated after `quantity`, opens the clause of a later number
    (2024年这个数是43.6%). A year stated first in a sentence is every clause's, and one
    stated at the end of a list ("..., and 300 by 2027") is the list's. `neighbours` are
    the sentence's numbers in order; only the first after the year can have it open its
    clause (a later one's clause starts no earlier)."""
    if year.start < quantity.end:
        return False
    index = bisect_left(neighbours, year.end, key=lambda q: q.start)
    if index == len(neighbours):
        # no number read after it, but one its clause states without a unit (超过25万元,
        # 去年系21.4万): the year is that number's
        return _BARE_NUMBER.match(text, year.end) is not None
    if neighbours[index] is quantity:
        return False
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, year.start, neighbours[index].start)]
    if not breaks:
        return True
    # a clause of the year alone, after the number's (17个, 到2030年, 达到40个; "17 in
    # 2024; by 2030, 40"), introduces the clause after it
    opening = [m.end() for m in CLAUSE_BREAK.finditer(text, quantity.end, year.start)]
    return (
        len(breaks) == 1
        and bool(opening)
        and _YEAR_CLAUSE.fullmatch(text, opening[-1], year.start) is not None
        and _YEAR_CLAUSE.fullmatch(text, year.end, breaks[0]) is not None
    )


# what may stand beside a year in a clause of its own: 到2030年, "by 2030", 截至2024年底
_YEAR_CLAUSE = re.compile(r"\s*(?:到|至|截至|by|in|until|and)?\s*(?:年(?:底|末)?|end)?\s*", re.I)


def _compared_number_year(
    quantity: Quantity, neighbours: list[Quantity], year: YearMention, compared: int | None
) -> bool:
    """Whether `year` comes after another number that `quantity` is compared with: the
    comparison (first written at `compared`, after `quantity`) stands between it and the
    last number before the year."""
    if compared is None or year.start < quantity.end:
        return False
    index = bisect_right(neighbours, year.start, key=lambda q: q.end) - 1
    return index >= 0 and quantity.end <= compared < neighbours[index].start
