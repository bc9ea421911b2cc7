"""Indicator tables written as text lines: a plan's 主要指标表 or "Table 1 Main
Indicators", as it comes out of a PDF or web page, one row per line with its cells
separated by "|" (a full-width bar too), tabs, or the ideographic spaces or runs of
blanks a PDF lays its columns out with.

The header row says what each column holds: the indicator's name (指标名称,
"Indicator"), and one column per year (2024年, "2028 Target", 2027年目标). A row then
states, for its indicator, a value per year column: its unit is the one the name cell
gives in brackets (集成电路材料产业规模(亿元), "Exports (USD billion)"), its comparator
the symbol before it (≥95, >850). Each value is read as a Quantity at the number's
place in the text, with the year of its column, so the reader treats it as it treats a
number in a sentence: the name cell is the row's text its aliases are matched in.

Works on normalised text (reader.normalise), where full-width bars and brackets are
ASCII.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from orchestration.domain.documents.quantities import (
    CJK,
    CN_SCALES,
    ESTIMATE_YEAR,
    Quantity,
    quantities,
    relative_targets,
    written_decimals,
)
from orchestration.domain.documents.sentences import YEAR

# a bar or a tab, or the ideographic spaces or runs of blanks a PDF lays columns out with
_SEPARATOR = re.compile(r"\s*[|\t]\s*|\u3000+| {2,}|\s*\.{4,}\s*")
# A row of a two-column table laid out with dot leaders ("R&D expenditure ...... 2.50%"):
# one leader is as sure a cell break as two bars
_LEADER = re.compile(r"\.{4,}")
_NAME_HEADER = re.compile(r"指标|名称|项目|indicator|item|name", re.IGNORECASE)
_GROWTH_HEADER = re.compile(
    r"年均增[长速]|年均增长率|average annual growth|annual growth|\bCAGR\b", re.IGNORECASE
)
_TARGET_HEADER = re.compile(r"(?:年度|全年)?目标(?:值)?|(?:annual |the year's )?targets?", re.I)
# the columns a caption's year dates: the year's targets and what was done of them
# (表1 2025年度主要考核指标完成情况 | 目标值 | 完成值); the second reports (_REPORTED_HEADER)
_CAPTION_YEAR_HEADER = re.compile(
    rf"{_TARGET_HEADER.pattern}|完成值|实际(?:完成)?值?|actual|results?", re.I
)
# a column that gives each row its own year (Goal | Target | Year; 指标 | 目标值 | 目标年份):
# each row's values are of the year in its cell (of the span's last year: 2024-2027)
_YEAR_COLUMN_HEADER = re.compile(
    r"(?:target\s+|goal\s+)?years?|deadline|(?:目标|完成)?(?:年份|年限|时限|期限)", re.IGNORECASE
)
_NUMBER = re.compile(r"\d[\d,.]*")  # (a cell of more than one number is no single target)
# a year column of what was, not what is planned: 2024年基数, 基期值, "2024 (actual)"
_REPORTED_HEADER = re.compile(
    r"基数|基期|现状|实际|(?<!计划|预期|目标)完成|\b(?:actual|base(?:line)?)\b"
    # a part of a year so far, or twelve months to a date: "LTM Jun-2025", YTD, 1-6月
    r"|\b(?:LTM|YTD|TTM|H1|1H|9M|trailing)\b|上半年|前三季度|1-\d{1,2}月",
    re.I,
)
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$|^units?$", re.IGNORECASE)
_NO_UNIT = re.compile(r"^(?:number|count|units?|个数|数量)?$", re.IGNORECASE)
_UNIT = re.compile(r"\(([^()]{1,20})\)\s*$")
# A value cell: a number, perhaps in square brackets, with a comparator before it in a
# symbol or a few words (≥95, 不低于90, "more than 900": the reader's comparator() reads
# which) or after it (3000以上, 5.5%左右).
# a value in square (or, as Chinese plans print them, lenticular) brackets is a total
# over the plan's years: [2800], or 12000 between U+3014 and U+3015
_CELL_VALUE = re.compile(
    r"^(?P<before>[^\d\[\]\u3014\u3015|]{0,12}?)"
    r"\s*(?P<bracket>[\[\u3014])?\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*(?(bracket)[\]\u3015])\s*(?P<after>%?\s*(?:以上|左右|以内)?)$"
)
_DOLLARS = re.compile(r"US\$|\$|\bUSD\b|美元|\bdollars?\b", re.IGNORECASE)
# the equivalent a cell gives in brackets after its value, in its column's second unit
_CELL_EQUIVALENT = re.compile(r"\s*\(\s*(?P<number>\d[\d,]*(?:\.\d+)?)\s*\)\s*$")
# a unit's scale prefix, longest first: 十万 before 十
_SCALE_PREFIXES = sorted(CN_SCALES.items(), key=lambda item: -len(item[0]))
_HEADER_CELL = 20  # a year column's header is short: "2028 Target", 2024年(基期值)
_CATEGORY_ROW = 20  # a row naming a group of indicators, with no cells, is short too
# ... or a little longer ("Intermediate results indicators") when the row after it has
# the header's columns
_LONG_CATEGORY_ROW = 48
# a line that only draws a table's frame: box-drawing characters, or ASCII +, - and =
_RULE_LINE = re.compile(r"[^\S\n]*[\u2500-\u257f+=-][\u2500-\u257f+=|\s-]*")
_CURRENCY = re.compile(r"^(US\$|\$|USD|RMB|CNY|¥)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class TableRow:
    """One row of an indicator table: the line's span, its name cell, and each value
    with the year of its column."""

    start: int
    end: int
    name_start: int
    name_end: int
    values: list[tuple[Quantity, int]]
    # the first year of each value in square brackets, which plans' tables use for a
    # total over the years since the column before ([5,500] under 2030, after 2025)
    spans: dict[int, int]
    # the values of a column that reports (2024年基数, "2024 (actual)"), by start: what
    # was, whichever year it is of
    reported: frozenset[int] = frozenset()
    # in a table turned on its side (years down the rows), each value's name is its
    # column's header cell, by the value's start: there its aliases are matched
    names: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    lines: list[tuple[int, int]]  # every line of the table, the header included
    rows: list[TableRow]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end], as spans without their blanks."""
    spans, position = [], start
    for match in [*_SEPARATOR.finditer(text, start, end), None]:
        cell_end = match.start() if match else end
        raw = text[position:cell_end]
        stripped = raw.strip()
        if stripped:
            offset = position + raw.index(stripped)
            spans.append((offset, offset + len(stripped)))
        else:
            spans.append((position, position))
        if match is None:
            break
        position = match.end()
    return spans


# What a unit looks like, against a term in brackets (高新技术企业) or words of the name.
_LOOKS_LIKE_UNIT = re.compile(
    r"元|%|亿|万|个|家|辆|台|人|项|倍|座|件|所|名|\b(?:RMB|CNY|USD|yuan|dollars?|billion"
    r"|thousand|million|mn|bn|number|units?|count|per|percent|times)\b",
    re.IGNORECASE,
)
# English names of Chinese units, as the grammar reads them written together
_ENGLISH_UNITS = [
    (
        re.compile(r"^(?:RMB|CNY|yuan)\s*100\s*million$|^100\s*million\s*(?:yuan|RMB)$", re.I),
        "亿元",
    ),
    (
        re.compile(
            r"^(?:(?:RMB|CNY)\s*10,?000|10,?000\s*yuan)\s*(?:per\s+(?:person|employee|capita)|/\s*person)$",
            re.I,
        ),
        "万元/人",
    ),
    (re.compile(r"^(?:RMB|CNY)\s*10,?000$|^10,?000\s*yuan$", re.I), "万元"),
    (re.compile(r"^10,?000\s*(?:vehicles|units of vehicles)$", re.I), "万辆"),
]


# a unit in thousands written as a table's accounts write it: '000 TEU, 000s
_THOUSANDS = re.compile(r"['\u2019]?000s?\b\s*([^()]*)")


def _unit_in_name(name: str) -> str:
    """The unit a row's name gives: in brackets at its end (集成电路材料产业规模(亿元),
    "Exports (USD billion)"), or after its last comma ("Regional GDP, RMB 100 million",
    "High-tech enterprises (高新技术企业), number"); a percentage where the name says
    "% of" ("R&D expenditure as % of GDP"); else none. A bracket holding a term, not a
    unit, is passed over."""
    bracket = _UNIT.search(name)
    candidates = [bracket.group(1).strip()] if bracket else []
    after_comma = re.split(r",(?!\d)", name)
    if len(after_comma) > 1:  # not the comma of 10,000
        candidates.append(after_comma[-1].strip())
    for candidate in candidates:
        thousands = _THOUSANDS.fullmatch(candidate)
        if thousands:  # ('000 TEU): the cells count thousands
            return f"thousand {thousands[1]}".strip()
        if _LOOKS_LIKE_UNIT.search(candidate):
            return _plain_unit(candidate)
    return "%" if re.search(r"%\s*of\b", name) else ""


def _plain_unit(unit: str) -> str:
    """A unit as the quantity grammar reads it: "% of output" is %, "RMB 100 million"
    亿元, "10,000 vehicles" 万辆; others as written."""
    if unit.startswith("%"):
        return "%"
    for pattern, plain in _ENGLISH_UNITS:
        if pattern.match(unit):
            return plain
    return unit


def _with_equivalent(unit: str) -> tuple[str, str | None]:
    """A unit and the unit of the equivalent its cells give in brackets: "CNY billion
    (US$ billion)" is CNY billion, with US$ billion in brackets (18 (2.5))."""
    bracket = _UNIT.search(unit)
    if (
        bracket is None
        or not unit[: bracket.start()].strip()
        or not _DOLLARS.search(bracket.group(1))  # "(current prices)" is no second unit
    ):
        return unit, None
    return _plain_unit(unit[: bracket.start()].strip()), _plain_unit(bracket.group(1).strip())


def _cell_quantity(number: str, unit: str, start: int, end: int) -> Quantity | None:
    """The number of a cell in the unit its row's name gives, read by the quantity
    grammar as if the two were written together ("6.0" and "USD billion" as "USD 6.0
    billion", "850" and 亿元 as 850亿元), placed at the number."""
    if _NO_UNIT.match(unit):  # a plain count; 2000 is no year in a column of numbers
        value = float(number.replace(",", ""))
        return Quantity(start, end, value, "count", "count", written_decimals(number), number)
    if unit == "%":
        phrase = f"{number}%"
    elif CJK.search(unit):
        phrase = f"{number}{unit}"
    else:
        currency = _CURRENCY.match(unit)
        rest = unit[currency.end() :] if currency else unit
        # a dollar sign is written against its number (US$8.0 billion), a code apart
        joint = "" if currency and currency.group(1).endswith("$") else " "
        phrase = f"{currency.group(1)}{joint}{number} {rest}" if currency else f"{number} {rest}"
    found = quantities(phrase.strip())
    if found:
        return replace(found[0], start=start, end=end, text=number)
    scale = next((s for word, s in _SCALE_PREFIXES if unit.startswith(word)), None)
    if scale is None:
        return None
    read = quantities(number)
    if len(read) != 1:  # "1,5" is no number of a column
        return None
    plain = read[0]
    # 60 in a column of 万片: 600,000 pieces, a count
    return replace(
        plain,
        start=start,
        end=end,
        value=plain.value * scale,
        unit="count",
        dimension="count",
        text=number,
    )


def _stated_with_unit(text: str, start: int, end: int) -> Quantity | None:
    """A cell that writes its number with its own unit (650亿元, 突破1200亿元, 5.5万人),
    read as prose is: its one quantity, at its place in the text; or a multiple
    (较2022年翻一番)."""
    found = quantities(text[start:end]) or relative_targets(text[start:end])
    if len(found) != 1:
        return None
    return replace(found[0], start=found[0].start + start, end=found[0].end + start)


def tables(text: str) -> list[Table]:
    """The indicator tables in `text`: runs of lines of three or more cells whose first
    line names at least one year column."""
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    found: list[Table] = []
    run: list[tuple[int, int]] = []
    run_cells = 0
    cells = [
        None
        if line is None
        else len(_SEPARATOR.findall(text, line[0] + indent(text[line[0] : line[1]]), line[1]))
        + bool(_LEADER.search(text, *line))
        for line in lines
    ]
    for position, line in enumerate([*lines, None]):
        if line is not None and cells[position] >= 2:
            if not run:
                run_cells = cells[position]
            run.append(line)
            continue
        if run and line is not None and _category_row(text, line, cells, position, run_cells):
            continue  # a category row inside the table (一、经济发展): the table goes on
        if (
            line is not None
            and _RULE_LINE.fullmatch(text, *line)
            and not (position + 1 < len(lines) and _names_years(text, lines[position + 1]))
        ):
            continue  # a drawn rule (├────┼────┤, +-----+-----+): the table goes on,
            # unless a header row follows it (a second table's)
        if len(run) >= 2:
            table = _table(text, run)
            if table is not None:
                found.append(table)
        run = []
    return found + _results_lines(text)


# A line of a results framework, one indicator with its values by year after its unit
# ("(4) Gross industrial output value of park enterprises (CNY billion): baseline 22.8;
# 2027: 28.0; 2030: 36.0 (about US$5.0 billion)."): a table row written as prose
_RESULTS_LINE = re.compile(
    r"^[^\S\n]*(?:\(\d{1,2}\)|\d{1,2}[.)])?[^\S\n]*(?P<name>[^\n:;]{4,160}?)[^\S\n]*"
    r"\((?P<unit>[^()\n]{1,24})\)[^\S\n]*:[^\S\n]*"
    r"(?P<cells>(?:baseline|(?:19|20)\d\d)\b[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# its cells: "baseline 22.8", "2027: 28.0", "2030: at least 40", each with what follows
# up to the next cell (an equivalent in brackets)
_RESULTS_CELL = re.compile(
    r"(?:(?P<baseline>baseline)(?:[^\S\n]*\(?(?P<base_year>(?:19|20)\d\d)\)?)?[^\S\n]*:?"
    r"|(?P<year>(?:19|20)\d\d)[^\S\n]*:)[^\S\n]*"
    r"(?:(?:at least|at most|about|around|over|more than|less than|below|above)[^\S\n]+)?"
    # (the number, then what follows up to the next cell, an interim value in brackets
    # being one: "2030: 70 (2027: 55)")
    r"(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?P<rest>[^\S\n]*(?:\((?!(?:19|20)\d\d[^\S\n]*:)(?P<own_year>(?:19|20)\d\d(?=\)))?[^()\n]*\))?[^;\n(]*)",
    re.IGNORECASE,
)
# the year a results framework's baseline values are of ("Baseline values are for 2024")
_BASELINE_YEAR = re.compile(
    r"\bbaseline(?: values?| figures?)? (?:are|is|refer to|relate to) (?:for|as of|of|to)? ?"
    r"(?:end-|the end of )?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _results_lines(text: str) -> list[Table]:
    """The results framework's lines: each value of a year's cell in the line's unit,
    of that year; a baseline's, reported, of the year the text says baselines are for
    (none if it does not say); a dollar equivalent in brackets after a value stays with
    it, so that the pair is read."""
    baseline_year = _BASELINE_YEAR.search(text)
    found = []
    for line in _RESULTS_LINE.finditer(text):
        unit = _plain_unit(_with_equivalent(line["unit"].strip())[0])
        values, reported = [], set()
        for cell in _RESULTS_CELL.finditer(text, line.start("cells"), line.end("cells")):
            # (a baseline's own year, "baseline 2023: 41", "baseline 22.8 (2023)", before the
            # one the text gives all baselines)
            stated = cell["base_year"] or cell["own_year"]
            year = int(stated) if stated else int(baseline_year[1]) if baseline_year else None
            year = year if cell["baseline"] else int(cell["year"])
            quantity = _cell_quantity(
                cell["number"], "%" if unit.lower() == "percent" else unit, *cell.span("number")
            )
            if quantity is None or year is None:
                continue
            values.append((quantity, year))
            if cell["baseline"]:
                reported.add(quantity.start)
            equivalent = next((q for q in quantities(cell["rest"]) if q.dimension == "usd"), None)
            if equivalent is not None:
                offset = cell.start("rest")
                values.append(
                    (
                        replace(
                            equivalent, start=equivalent.start + offset, end=equivalent.end + offset
                        ),
                        year,
                    )
                )
        if values:
            # (every value is named by the line's name, wherever the line's semicolons split it)
            row = TableRow(
                line.start(),
                line.end(),
                *line.span("name"),
                values,
                {},
                frozenset(reported),
                names={quantity.start: line.span("name") for quantity, _ in values},
            )
            found.append(Table([line.span()], [row]))
    return found


def indent(line: str) -> int:
    """The blanks `line` starts with: a paragraph's indent (\u3000\u3000), which
    separates no cells."""
    return len(line) - len(line.lstrip())


def _names_years(text: str, line: tuple[int, int]) -> bool:
    """Whether a line is a header row: a short cell of it names a year (2024年, "2030
    Target") and none holds a value (a row's 1.21 beside ">= 1.6 (2027)")."""
    cells = [text[start:end] for start, end in _cells(text, *line)]
    values = [c for c in cells if _CELL_VALUE.match(c) and not re.fullmatch(r"(?:19|20)\d\d", c)]
    return not values and any(YEAR.search(cell) and len(cell) <= _HEADER_CELL for cell in cells)


def _category_row(
    text: str, line: tuple[int, int], cells: list[int], position: int, header_cells: int
) -> bool:
    """Whether the line at `position`, with no cells, names a group of the rows after it
    (一、经济发展, "Intermediate results indicators"): it is short, and the next line is a
    row of the table."""
    length = len(text[line[0] : line[1]].strip())
    if length == 0 or position + 1 >= len(cells) or cells[position + 1] < 2:
        return False
    return length <= _CATEGORY_ROW or (
        length <= _LONG_CATEGORY_ROW and cells[position + 1] == header_cells
    )


def _caption(text: str, header_start: int) -> tuple[int, int]:
    """The span of the table's caption: the last line above its header that is not
    blank (a caption may stand a blank line above the table)."""
    caption_end = max(0, header_start - 1)
    while caption_end > 0 and not text[text.rfind("\n", 0, caption_end) + 1 : caption_end].strip():
        caption_end = max(0, text.rfind("\n", 0, caption_end))
    return text.rfind("\n", 0, caption_end) + 1, caption_end


def _caption_year(text: str, header_start: int) -> re.Match | None:
    """The year in the table's caption."""
    return YEAR.search(text, *_caption(text, header_start))


# the unit a caption gives every cell of its table: 表1 重点企业考核目标(单位:亿元),
# "Table 2 Targets (unit: RMB 100 million)"
_CAPTION_UNIT = re.compile(
    r"(?:单位|\bunits?)\s*:\s*(?P<unit>[^()\s,;]{1,12}(?: [^()\s,;]+)*)", re.I
)


def _caption_unit(text: str, header_start: int) -> str:
    """The unit the table's caption gives its cells (单位:亿元), or none."""
    found = _CAPTION_UNIT.search(text, *_caption(text, header_start))
    return _plain_unit(found["unit"]) if found and _LOOKS_LIKE_UNIT.search(found["unit"]) else ""


def _name_gaps_closed(
    text: str, cells: list[tuple[int, int]], width: int, name_column: int
) -> list[tuple[int, int]]:
    """A row's cells with the name's own wide gaps closed: a row with more cells than its
    header of `width`, whose cells from the name's column on are words (SPT 1  Reduction
    in KPI 1 …  18%  25% under SPT  2026  2027; an indented row's empty first cell),
    keeps its values in the header's last cells. Blanks or a tab after the last value
    make no cell, and a row whose extra cells hold a value (a note after the values: 120
    150  provisional; 1,200  >=  1,500) is left as it is: joining would move its values
    a column left."""
    while len(cells) > width and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    extra, first = len(cells) - width, name_column
    if extra <= 0 or first >= len(cells):
        return cells
    if any(_VALUE_LIKE.match(text[a:b]) for a, b in cells[first + 1 : first + extra + 1]):
        return cells
    name = (cells[first][0], cells[first + extra][1])
    return [*cells[:first], name, *cells[first + extra + 1 :]]


# a cell that states a value: a number with its comparator, bracket or word of about, or
# a placeholder (a dash, ——, /, n/a); not a unit left in the name's gap (RMB 100 million)
_VALUE_LIKE = re.compile(
    r"(?:[<>=~≥≤+\-\u2013\u2014]*|约|about|approx\.?|around)\s*[\[(\u3014]?\d"
    r"|[-\u2013\u2014/]+$|n/?a$",
    re.IGNORECASE,
)


# a part of a target cell that gives its value's year: "475 in 2025", "at least 32 by 2027"
# (not "an average of at least 6.5 a year, 2024-2027", nor "126 in total over 2024-2027")
_DATED_PART = re.compile(
    r"\s*(?P<value>[^;]*?\d[\d,.]*%?)\s+(?:in|by)\s+(?P<year>(?:19|20)\d\d)\s*"
)


def _dated_values(text: str, start: int, end: int, unit: str) -> list[tuple[Quantity, int]]:
    """The values a target cell states with their own years (parts parted by ";"), each
    with its year."""
    values, position = [], start
    for part in text[start:end].split(";"):
        dated = _DATED_PART.fullmatch(part)
        if dated is not None:
            _, quantity = _cell_value(
                text, position + dated.start("value"), position + dated.end("value"), unit, False
            )
            if quantity is not None:
                values.append((quantity, int(dated["year"])))
        position += len(part) + 1
    return values


def _cell_value(
    text: str, start: int, end: int, unit: str, percent: bool
) -> tuple[re.Match | None, Quantity | None]:
    """The value a cell states in `unit` (a percentage where `percent` or its % sign
    says so), with the match of its comparator and number, if it is written as one."""
    value = _CELL_VALUE.match(text[start:end])
    if value is None:
        return None, _stated_with_unit(text, start, end)
    number_start = start + value.start("number")
    return value, _cell_quantity(
        value["number"],
        "%" if "%" in value["after"] or percent else unit,
        number_start,
        # with its % sign, so the comparator after it (5.5%左右) is next to it
        number_start + len(value["number"]) + value["after"].startswith("%"),
    )


# the first header cell of a turned table: the years (年份, 目标年份, 年度, "Year"), not a
# deadline (时限)
_TURNED_HEADER = re.compile(r"(?:目标)?年份|年度|years?", re.IGNORECASE)
# the year a row of a turned table is of, alone in its first cell (2024, 2024年), or with a
# note of what it is (2024年(实际), 2027年(目标); not a part of the year, 2025年(1-6月), nor a
# forecast, 2026年(预测))
_ROW_YEAR = re.compile(
    r"((?:19|20)\d\d)\s*年?(?:末|底)?(?:\s*\((?:实际|实绩|目标|规划|actual|target|plan)\))?",
    re.IGNORECASE,
)


def _turned(text: str, lines: list[tuple[int, int]]) -> Table | None:
    """A table turned on its side: its first column the years (年份, "Year"), each other
    column an indicator named by its header cell (营业收入(亿元), "Industry revenue"
    over "(RMB billion)" on a line of its own), each row one year's values. A header
    wrapped onto more lines puts each of their cells under its column: cell by cell where
    the line has as many cells (tabs), else under the column it starts nearest (blanks);
    the unit is the column's (or the caption's)."""
    head = _cells(text, *lines[0])
    columns = [[cell] for cell in head]
    rows = []
    for start, end in lines[1:]:
        cells = _cells(text, start, end)
        row_year = _ROW_YEAR.fullmatch(text[slice(*cells[0])])
        if row_year:
            # (a row of values: not a task table's, 2025年  新建5G基站1000个  市工信局)
            if all(_VALUE_LIKE.match(text[a:b]) for a, b in cells[1:] if a < b):
                rows.append((start, end, cells, int(row_year[1])))
        elif not rows and len(cells) == len(head):  # the header's next line, cell by cell
            for column, cell in enumerate(cells):
                if cell[0] < cell[1]:
                    columns[column].append(cell)
        elif not rows:  # the header's next line, laid out with blanks
            for cell in cells:
                if cell[0] < cell[1]:
                    offset = cell[0] - start
                    nearest = min(
                        range(1, len(head)), key=lambda c: abs(head[c][0] - lines[0][0] - offset)
                    )
                    columns[nearest].append(cell)
    caption_unit = _caption_unit(text, lines[0][0])
    # each column's unit, from its header cells (or the caption's)
    units = [
        _with_equivalent(_unit_in_name(" ".join(text[a:b] for a, b in cells)) or caption_unit)[0]
        for cells in columns
    ]
    found = []
    for start, end, cells, year in rows:
        values, names = [], {}
        for column in range(1, min(len(cells), len(head))):
            _, quantity = _cell_value(text, *cells[column], units[column], False)
            if quantity is not None:
                values.append((quantity, year))
                names[quantity.start] = head[column]
        found.append(TableRow(start, end, start, start, values, {}, names=names))
    if not any(row.values for row in found):
        return None
    return Table(lines, found)


def _table(text: str, lines: list[tuple[int, int]]) -> Table | None:
    header = [text[s:e] for s, e in _cells(text, *lines[0])]
    years = {}
    for column, cell in enumerate(header):
        year = YEAR.search(cell)
        if ESTIMATE_YEAR.search(cell):
            continue  # an analyst's column (2025E): no plan's value
        if year and len(cell.strip()) <= _HEADER_CELL:  # "2027年目标", not a sentence
            years[column] = int(year.group(1))
    year_column = next(
        (c for c, cell in enumerate(header) if _YEAR_COLUMN_HEADER.fullmatch(cell.strip())), None
    )
    others = [c for c in range(len(header)) if c != year_column]
    # (only a table of names, targets and years: Goal | Target | Year, not one with a
    # column of what was, "Latest", nor of tasks and whom they fall to, 牵头单位; and not
    # where the header's own cells name years, which decide)
    targets_only = len(others) >= 2 and all(
        _TARGET_HEADER.fullmatch(header[c].strip()) for c in others[1:]
    )
    if years or not targets_only:
        year_column = None
    # a column of the year's targets, its year in the table's caption (表1 2025年主要
    # 指标完成情况 | 年度目标 | 上半年完成): the targets of that year
    caption = _caption_year(text, lines[0][0])
    for column, cell in enumerate(header):
        if (
            caption
            and year_column is None
            and column not in years
            and _CAPTION_YEAR_HEADER.fullmatch(cell.strip())
        ):
            years[column] = int(caption.group(1))
    if year_column is not None:
        # the first column names the row; the targets are of the row's year
        name_column = others[0]
        years = {c: 0 for c in others[1:]}
    if not years and _TURNED_HEADER.fullmatch(header[0].strip()):
        return _turned(text, lines)  # years down the first column, indicators across
    if not years or len(years) == len(header):  # no column to name the indicator
        return None
    # a column of average annual growth (年均增长, "CAGR") holds a rate to the last year
    growth = [c for c, cell in enumerate(header) if c not in years and _GROWTH_HEADER.search(cell)]
    years |= {column: max(years.values()) for column in growth}
    if year_column is None:
        named = [c for c, cell in enumerate(header) if c not in years and _NAME_HEADER.search(cell)]
        name_column = named[0] if named else min(c for c in range(len(header)) if c not in years)
    units = [c for c, cell in enumerate(header) if _UNIT_HEADER.match(cell.strip())]
    # a column of targets with no year of its own, whose cells give each value its year
    # (Plan target: "475 in 2025; 520 in 2027", "at least 32 by 2027")
    dated = [c for c, cell in enumerate(header) if c not in years and _TARGET_HEADER.search(cell)]
    reporting = {c for c in years if _REPORTED_HEADER.search(header[c])}
    caption_unit = _caption_unit(text, lines[0][0])
    rows = []
    header_indent = indent(text[lines[0][0] : lines[0][1]])
    for start, end in lines[1:]:
        cells = _cells(text, start, end)
        if len(cells) < len(header) and indent(text[start:end]) > header_indent + 1:
            # a row indented under the one above it leaves that row's first cells to
            # it (a merged cell: 城发集团 over its three indicators); its cells are the
            # header's last ones
            cells = [(start, start)] * (len(header) - len(cells)) + cells
        else:
            cells = _name_gaps_closed(text, cells, len(header), name_column)
        if name_column >= len(cells):
            continue
        name_start, name_end = cells[name_column]
        if units and units[0] < len(cells):  # a column of units
            unit = _plain_unit(text[cells[units[0]][0] : cells[units[0]][1]].strip())
        else:  # the unit the name gives, else the caption's
            unit = _unit_in_name(text[name_start:name_end]) or caption_unit
        unit, alt_unit = _with_equivalent(unit)
        values, spans, reported = [], {}, set()
        row_years = (
            [int(y) for y in YEAR.findall(text, *cells[year_column])]
            if year_column is not None and year_column < len(cells)
            else []
        )
        for column, year in years.items():
            if column >= len(cells) or (year_column is not None and not row_years):
                continue
            if row_years:
                year = row_years[-1]
                if len(_NUMBER.findall(text, *cells[column])) > 1:
                    return None  # 35% (2024: 18%): a cell of more than its target, as prose
            cell_start, cell_end = cells[column]
            equivalent = _CELL_EQUIVALENT.search(text, cell_start, cell_end) if alt_unit else None
            if equivalent:  # 18 (2.5) in a column of "CNY billion (US$ billion)"
                cell_end = cell_start + len(text[cell_start : equivalent.start()].rstrip())
                alt = _cell_quantity(
                    equivalent["number"],
                    alt_unit,
                    equivalent.start("number"),
                    equivalent.end("number"),
                )
                if alt is not None:
                    values.append((alt, year))
            value, quantity = _cell_value(text, cell_start, cell_end, unit, column in growth)
            if quantity is None:
                continue
            values.append((quantity, year))
            if column in reporting:
                reported.add(quantity.start)
            before = [y for c, y in years.items() if c < column and y < year]
            if len(row_years) > 1:
                spans[quantity.start] = row_years[0]  # 2024-2027: a cumulative's first year
            elif value is not None and value["bracket"] and before and not row_years:
                spans[quantity.start] = max(before) + 1
        for column in dated:
            if column < len(cells):
                values += _dated_values(text, *cells[column], unit)
        values.sort(key=lambda value: value[0].start)  # an equivalent after its value
        rows.append(TableRow(start, end, name_start, name_end, values, spans, frozenset(reported)))
    if not any(row.values for row in rows):
        return None  # lines that only looked like a table are read as prose
    return Table(lines, rows)
