"""How a text divides: sentences, clauses and written lists.

The reader (reader.py) and its year rules (years.py) both cut text along these lines,
so the rules live once, here. Works on normalised text (reader.normalise), where
full-width punctuation is ASCII.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    number: int
    start: int
    end: int


# (and at a quotation's closing mark, double or single, before the next sentence's
# capital, perhaps after its opening quote or bracket: 'soft." Neighbouring Corvale
# Province ...' starts a sentence of its own; not after an initialism, '"U.K." Market',
# '"Made in the U.S.A." Sold', which is no end the text can tell from '"E.U." Neighbouring')
_SENTENCE_END = re.compile(
    r"[.!?](?=\s|$)(?<!\bU\.S\.)|(?<!\b[A-Z]\.[A-Z])[.!?][\"'](?=\s+[\"'(\[]?[A-Z])|。"
    r"|(?<=[\u4e00-\u9fff%)])[!?;]|\n+"
)


# Nor one before the dollar value of the amount just stated: "... 200 billion yuan in
# revenue by 2027. That is about 28 billion US dollars" (attach_pairs pairs the two).
ABOUT = r"(?:about|approximately|approx\.|around|roughly|some|nearly|c\.|ca\.|约合|折合|约|合|≈)"
# The English words of a rough number ("about 900,000", "some 40 firms"), for the readers of
# a number's words before it (reader, years)
ROUGHLY = r"(?:about|around|roughly|some|nearly)"
THAT_IS = r"(?:That|This)(?:'s| is| comes to| equals)"  # of a conversion's sentence
# (perhaps after the rate it is converted at: "At the 7.25 exchange rate the outline uses,
# that's about 276 billion US dollars")
AT_RATE = r"(?:At\s(?:[^.;\n]|\.(?=\d)){0,100}?\brate\b[^.;\n]{0,80}?,\s*)"
_CONVERSION_NEXT = re.compile(
    rf"\s+{AT_RATE}?{THAT_IS}\s+(?:{ABOUT}\s+)?"
    r"(?:US\$|\$|USD\s?)?\d[\d,.]*\s*(?:billion|million|trillion|bn|mn)?\s*(?:U\.?S\.? )?"
    r"(?:dollars|USD)?",
    re.IGNORECASE,
)
# A full stop after these ends no sentence: "No. 3 [2025]", "Mr. Lin", "Jan. 16", "tel. +86",
# "per sq. m".
# As written (no case folding), so "take off." and "said no." still end a sentence.
_ABBREVIATION = re.compile(
    r"\b(?:No|Nos|NO|Art|Ref|Off|Gen|Mr|Mrs|Ms|Dr|St|vs|approx|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|[Tt]el|[Ff]ax|sq)$"
)


# A line of English prose wrapped mid-sentence. Wrapped prose fills its lines, so the
# line is long (a list's items are short: "IC scale in 2023: RMB 120 billion\n2027 target:
# 25"); and it ends in a word that cannot end a sentence ("stood at\nRMB 148 billion"),
# or the next line goes on in lower case ("... over the 2024\nlevel by 2027"). Not before
# a list's item, nor in a table, nor in Chinese.
_WRAPPED_LINE = 50
_CANNOT_END = re.compile(
    r"\b(?:a|an|the|at|of|to|by|in|on|for|from|with|than|about|around|over|under|into|per"
    r"|and|or|but|its|their|is|are|was|were|be|been|will|would|should|could|can|has|have"
    r"|had|that|which|as|nearly|some|reach|exceed|top)[^\S\n]*$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"[^\S\n]*[a-z(]")
_ITEM = re.compile(r"[^\S\n]*(?:[-•·*]\s|\d{1,2}[.)]\s|\(\d{1,2}\))")
# The marks that open a list's item on its own line (● • ▪ ■ ◆ ◇ ▶ ► ★ ☆)
BULLETS = "\u25cf\u2022\u25aa\u25a0\u25c6\u25c7\u25b6\u25ba\u2605\u2606"
# A line that opens with one, or with a dot (·, Taiwan's ‧), or with a dash or star and a
# space (not a minus: -5%)
BULLET_LINE = re.compile(rf"([^\S\n]*)(?:[{BULLETS}\u00b7\u2027]|[-*]\s)")


def _lines_at(text: str, newline: re.Match) -> tuple[str, str] | None:
    """The lines before and after a single line break; None for a blank line between."""
    if newline.group(0) != "\n":
        return None
    line_start = text.rfind("\n", 0, newline.start()) + 1
    line_end = text.find("\n", newline.end())
    return (
        text[line_start : newline.start()],
        text[newline.end() : line_end if line_end >= 0 else len(text)],
    )


def _wrapped(text: str, newline: re.Match) -> bool:
    lines = _lines_at(text, newline)
    if lines is None:
        return False
    before, after = lines
    return (
        len(before.strip()) >= _WRAPPED_LINE
        and bool(after.strip())
        and bool(_CANNOT_END.search(before) or _GOES_ON.match(after))
        and not _ITEM.match(after)
        and "|" not in before + after
        and not re.search(r"[\u4e00-\u9fff]", before + after)
    )


# A label on its own line over a line of its values, as an infographic's text lays them
# out ("新能源汽车产量\n2025年 突破70万辆, 2026年 95万辆左右"): one sentence, so the values
# are of the label. The label is short and holds no number; the values line starts with
# one and is no prose (no full stop) nor a table's row.
_LABEL_MAX = 20
_VALUES_LINE = re.compile(r"[^\S\n]*\d[^\n。|]*$")


def _labels(text: str, newline: re.Match) -> bool:
    lines = _lines_at(text, newline)
    if lines is None:
        return False
    label, values = lines[0].strip(), lines[1]
    return (
        0 < len(label) <= _LABEL_MAX
        and not re.search(r"\d|[.!?;:,。|]$", label)
        and bool(_VALUES_LINE.match(values))
        and not values.rstrip().endswith(".")
    )


def bar_rows(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that are rows of a table laid out with bars: three or more
    cells, in a run of two or more such lines (a masthead "首页 | 财经 | 产业" or a byline
    "Reporting by ... | Editing by ..." is one line, not a table)."""
    spans, position = [], 0
    for line in text.split("\n"):
        spans.append((position, position + len(line), line.count("|") >= 2))
        position += len(line) + 1
    return [
        (start, end)
        for index, (start, end, bars) in enumerate(spans)
        if bars
        and (
            (index > 0 and spans[index - 1][2]) or (index + 1 < len(spans) and spans[index + 1][2])
        )
    ]


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and position <= spans[index][1]


def sentences(text: str) -> list[Sentence]:
    found, start, number = [], 0, 0
    rows = bar_rows(text)
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) == "." and (
            _ABBREVIATION.search(text, max(0, match.start() - 8), match.start())
            or _CONVERSION_NEXT.match(text, match.end())
            or text[max(0, match.start() - 3) : match.start()] == "..."  # a dot leader
        ):
            continue
        if _wrapped(text, match) or _labels(text, match):
            continue  # a line wrapped mid-sentence, or a label over its values
        if match.group(0)[0] != "\n" and _within(rows, match.start()):
            # a row's cell may hold several sentences: the row is one (its time-limit
            # cell gives the year of a goal in another cell)
            continue
        if text[start : match.end()].strip():
            number += 1
            found.append(Sentence(number, start, match.end()))
        start = match.end()
    if text[start:].strip():
        found.append(Sentence(number + 1, start, len(text)))
    return found


# A year written in digits, 1900-2099, not part of a longer number.
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
HEADLINE_MAX = 60  # a headline line is short


def is_heading(line: str) -> bool:
    """A short line that is not a sentence: a title, a section's or a list's heading."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= HEADLINE_MAX and "。" not in stripped and stripped[-1] not in ".!?;:,"
    )


# Words that speak of what is to come (a plan's goal, not a fact).
FUTURE = re.compile(
    # (not a share's "target price" or "price target", an analyst's valuation)
    r"\b(?:will|shall|should|expected|aims?|goal|(?<!price )targets?(?! price)|targeted"
    # (not a plan that defines or describes what a figure counts: "Pet-care products, which
    # the plan defines as litter and toys, accounted for RMB 9.2 billion")
    r"|plan(?:s|ned)?(?!\s+(?:defines|describes)\b)|strive"
    # (not a relative clause: "well above where we want it to be")
    r"|projected|(?:is|are) to|(?<!where we )(?<!where they )wants?|hopes?|seeks?"
    r"|intends?)\b|\w'll\b"
    # a requirement put to others: "the guidance asks banks to keep growth at no less than"
    # (to a verb of a level: not "the survey asks firms to report output")
    r"|\b(?:asks?|urges?|instructs?|directs|calls on)\s+(?:[a-z]+\s+){1,3}?to\s+"
    r"(?:keep|hold|maintain|raise|reach|cut|limit|bring|increase|reduce|grow|expand|lower"
    r"|control|ensure|add|build|achieve|double)\b"
    # (a target met is past: 目标如期实现; so is a share of it done, 完成全年目标的56.4%,
    # and a result set against it, 低于全年预期目标5.3个百分点 or 比目标少138亿元, unless
    # the target is stated there in brackets: 高于年度目标(不低于88%))
    r"|将|力争|(?:(?<!完成)(?<!比)(?<!完成全年)(?<!完成年度)(?<!于全年)(?<!于年度)(?<!于全年预期)"
    r"(?<!于年度预期)|(?=目标\s*\())目标(?!(?:如期|提前|超额|均已|已经|已)(?:实现|完成|达成))"
    # (and so is the share of a target reached: 已达四年目标的30.3%)
    r"(?!的\s*\d+(?:\.\d+)?\s*%)"
    # (nor a gap to it: 比重为33.6%,与规划目标仍有差距)
    r"(?!\s*(?:仍|还|尚)?(?:有|存在)(?:一定|较大|不小)?的?(?:差距|距离))"
    r"|预计|争取"
    # (a year's planned amount: 年度计划完成投资680亿元; not 计划 the noun, 计划起步前)
    r"|计划(?=完成|实现|新增|开工|建成|引进|投资)"
    r"|到(?=\s*(?:19|20)\d\d)"
    r"|(?<![主重需必只纲摘])要(?=控制|达到|突破|超过|保持|实现|提高|提升|降低|下降|增长|确保|建成|培育|新增)",
    re.IGNORECASE,
)

# Where a clause ends, within a sentence (not at a number's grouping comma: "290,000 to
# 310,000" is one clause).
CLAUSE_BREAK = re.compile(r"(?!(?<=\d),\d{3}(?!\d))[,;:]")

RESPECTIVE = re.compile(r"\brespective(?:ly)?\b|\beach\b|分别|各自", re.IGNORECASE)
# Of those words, the ones written before the numbers they pair, and the one after them.
RESPECTIVE_BEFORE = re.compile(r"分别|各自|\beach\b|\brespective\b", re.IGNORECASE)
RESPECTIVELY_AFTER = re.compile(r"\brespectively\b", re.IGNORECASE)

# Items of a written list: "2023 and 2024", "100%和85%", "5, 8 and 12", 3家、15家.
LIST_JOIN = re.compile(r"\s*年?\s*(?:,\s*(?:and\s+)?|and|、|和|与|及|/)\s*", re.IGNORECASE)


def lists(text: str, items: list, alike=None) -> list[list]:
    """The runs of two or more consecutive `items` (mentions in text order) written as
    one list, each item joined to the one before by a list word; `alike(a, b)` may ask
    more of two neighbours (numbers of one kind)."""
    runs: list[list] = []
    for item in items:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (alike is None or alike(last, item))
            and LIST_JOIN.fullmatch(text[last.end : item.start])
        ):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) >= 2]
