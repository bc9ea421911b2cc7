"""`make eval-reader`: how many of the hand-entered targets, dollar pairs and figures the
reader finds in the texts they were typed from, and how many of its proposals are right.

Two sets of texts:
- the seed articles (../shared/seeds/, when present; never copied into the project),
  scored against raw/targets.csv and the baselines in raw/statistics/;
- the made-up plans in tests/fixtures/reader/ (English, simplified and traditional
  Chinese), scored against their answer keys. They use indicators and aliases of their
  own, so they measure the reader on plans it was not written for.

A target is found when a proposed target claim has the same document, indicator, year
and comparator, and the same value once both are in the standard unit of their
dimension (1.5 CNY_tn = 1500 CNY_bn). Recall is the share of answer rows found;
precision the share of proposals (target claims mapped to an indicator) that are right.
Claims left unmapped are counted, not scored: they are the reader's "I saw a number
here" for a reviewer.
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from orchestration.domain.core.layout import PROJECT_ROOT, RAW_DIR
from orchestration.domain.core.units import to_standard
from orchestration.domain.documents.reader import Claim, build_index, read_document
from orchestration.domain.documents.texts import as_loaded

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "reader"
# Plans helpers wrote blind (without the reader's code or our aliases), in the order
# they were commissioned. A set is read blind once; the sets in TUNED_ON were then used
# to change the reader, so their scores are no longer a measure of unseen plans.
HELD_OUT_SETS = [
    PROJECT_ROOT / "tests" / "fixtures" / ("reader_heldout" + (f"_{n}" if n > 1 else ""))
    for n in range(1, 315)
]
TUNED_ON = {folder.name for folder in HELD_OUT_SETS[:312]}
# Tuned-on sets the reader does not yet read to the bar the unit tests hold the others to
# (90% found, 90% right, every dollar pair): a working paper full of its authors'
# projections (39), a consulate's cable that mixes the plan's goals with its own
# estimates (41), and an industry association's outlook beside a trade bulletin and a
# handbook (52, studied in part: its association's forecasts are kept out and its
# bulletin's list of goals is dated by its lead-in; the handbook's support amounts and
# a table of firms by size still give wrong proposals), and a bank's results matrix
# beside a legislator's column (56, studied in part: the column's goals after another
# section take a past year, its matrix's dollar pairs are not read), and two pairs
# studied in part: an investment-promotion slide deck whose bullets of present facts
# take the year of the goal in the bullet before (57), and a robotics interview whose
# thresholds ("past the RMB 20 million line") read as goals, and a group plan whose
# emerging industries' 翻一番 goes to the group's revenue, whose alias list names
# 营业收入 as its subject too (58), and a development bank's project document whose
# misses, a results table's row of cumulative jobs and a reduction goal wrapped across
# lines, gave no general rule yet (60), and a council hearing beside a brokerage's channel
# check, studied in part (62: a councillor's and a trade paper's numbers, and an OEM's
# expected share of its supplier, still read as goals), and a consultancy's market-entry
# memo beside a city executive meeting's minutes, studied in part (64: the memo's other
# cities' goals and the minutes' support amounts still read as goals; an official's "would
# rather build thirty stations … than sixty", a preference, is no longer a duplicate right
# proposal), and a think tank's comparison of three provinces beside
# a Hong Kong editorial, studied in part (66: a plan's "names 12 enterprises", a target's
# 届时 taking the mid-term year, and a province's revenue goal mapped to the segment
# named after it), and two sets studied in part after their first read: a Macau-style
# policy address and an invest-in brochure (67: counts of steps, a year-to-date count
# beside a total, the brochure's project list), and a five-year plan's drafting note
# whose items name their indicator only in their headings (68: "4.规上工业企业数量。…
# 《规划》提出到2030年超过6000家" maps to no indicator; its dollar pairs are in a chamber's
# paper with euro figures beside them), and a pair whose misses were seen after its first
# read: a broker's note and a county's assessment notice (69, not yet studied: its
# township targets in a table whose unit is in the caption), and a statistics bureau's
# progress analysis (70, studied in part: its goals after a projection take the year of a
# later stage), and an audit report whose plan's goals are for the year before it was
# published (77: the reader reads a goal for a year already past as what was planned
# then, not a target; the answer key counts seven of them), and a party members' quiz
# (84: its goals stated only as a multiple-choice option or a fill-in answer, and two of
# its hearing's dollar pairs unread), and a pair studied in part: an expat forum thread, a
# work report's glossary and a televised questioning of bureau heads (85: the goals an
# official states in his turn name their indicator only in the host's question or the
# report before it; the forum's "Two points:" and a year after "not"), and a trade fair's
# press kit, a fund's offering memorandum and a rhyming script (86: the press kit's
# exhibitors this year read as goals, the script's verses take the year of the line
# before; neither set's missed dollar pairs were studied), and an export credit agency's
# country memo (87: every goal now read, but the dollar equivalent its table wraps onto
# the line under the cell, "(~USD 556 bn)", is not paired), and a reform commission's
# approval of a car plant (92: its capacity "after completion" takes the year of
# completion stated in another item, and the key counts the project's investment and
# its effects "expected once at full capacity" as goals, which the reader, by rule, does
# not), and a shipping line's letter (93: its own commitments after a section on the
# port's plan map to the port's indicators, and its vessels' sizes read as goals) beside
# a county's reply in Republic-era years, and a bid to host an expo (94: the services it
# lists take the year of "October 2026" before them, not the expo's 2027) beside a
# supervision bulletin whose key counts growth rates under a level indicator, and a grid
# company's plan for industrial parks (95: its three-year substation goal takes the year
# of the part built in 2025, and a part of the investment "of the three-year investment"
# reads as a goal) beside a budget center's evaluation whose own sums (须辅导654家) and
# a budget's increase read as goals, and a chairman's mid-year speech beside a chamber's
# survey chapter (98: its key writes 约合25亿美元 as 25 USD_bn, where the reader reads
# 2.5, so the pair cannot be found; and "almost double the 312,000 built in 2024" gives
# 2024 to the 600,000 goal before it, since the multiple takes in the 312,000); and a
# rating agency's report on a province (104: its budgeted spending is read as revenue
# growth, its "we expect" and a rating trigger's threshold as goals, since "we expect"
# is a government's own voice in too many other texts; and a top-100 list named for the
# year it is published states the year before's figures, which read as that year's); an
# encyclopedia article and a chronicle beside a circular (105: "double the output of the
# electronic information industry" in a list under GDP goes to GDP, a guidance fund's
# capital and a chronicle's five-year spending read as goals) and a town-hall memo beside
# a study-session speech (106: "on the way to zero", the speaker's own arithmetic and
# counts of fairs and parks read as goals); a roadshow keynote beside a zone's campaign
# plan (107: the fourteen agreements "to be signed this afternoon" read as a goal, and a
# foreign-investment goal in yuan beside its dollar equivalent is not mapped to an
# indicator kept in dollars, so its pair is not found); a rectification notice beside a
# Hong Kong controlling officer's report (109: the report's standing counts, 本署管理24個
# 郊野公園, and its indicator table's estimates take the year ahead of the sentence
# before, and a count of problems reads as a goal); and a central bank's business survey
# beside a laboratory's task book (110: contacts' "down 4 to 6 percent" and "down from
# 3.7 percent a year earlier" take a plan's year from the paragraph before, and the task
# book's budget, 项目总经费4000万元, reads as the industry funding goal); an export-credit
# brief beside a county magistrate's report (111: a carmaker's 2024 sales read as its
# goal for 2026 beside "double overseas sales", an agency's forecast as a goal, and a
# report's 8 service desks and 80 classes as goals); and a peer review's answers beside a
# financial regulator's report (112: "more than 4,000 high-tech enterprises" maps to the
# little giants named beside them, and a fund's size in yuan with its dollar equivalent
# is not read, so its pair is not found; its right proposals fell from 30 to 29 on
# 2026-12-05 when a review section's heading came to date its numbers: 超额完成年初确定的
# 新增5家目标, the 2025 goal met, had read as a 2026 target that happened to equal the
# key's); and a newspaper comparing two candidates'
# pledges (114: "during the term" and "within four years" count from an inauguration
# after the election, which the story never dates, so its goals take 2026 and 2029
# rather than 2030); and, studied in part (2026-12-04), an industry association's factsheet
# beside an expert review and a trade council's study (115: "fell short of the RMB 45
# billion the plan had pencilled in" still plans, a result takes the year of a later
# event, "postponed to 2025", a fund's committed capital and the experts' suggestions
# read as goals) and a
# podcast beside a news script and a park's feature (116: "The 2025 goal is RMB 85
# billion" names its indicator only sentences before, "500 per 10,000" lacks its noun,
# and one pair is not found); and, studied in part (2026-12-05, the session's last hour),
# a sustainability-linked loan framework beside a power company's analysis and a student
# magazine's feature (129: a share of the enterprises' R&D in all R&D is keyed to R&D
# intensity, a loan facility's RMB 5 billion is proposed, intensity KPIs per tonne and
# reductions "by X%" are not read); and a call for proposals beside a township's vote
# notice and a university project's closing report (134: the closing report's goals of a
# period that has ended, 目標97%以上,達成98.6%, are proposed as goals of the year of
# publication, which the key leaves out as past; "more than 500 registered teams" for the
# 2025 edition takes a later clause's 2026); and a harbour authority's statement of
# intent beside a county's special report and a science park's notice, studied in part
# (2026-12-05, the session's last hour: 141 only), with its pair of a rail freight launch,
# points-based assessment rules and an association's petition studied only for its
# scoring rules and "twice a week" (142: its petition's NT$ amounts are keyed as yuan,
# which the reader rightly does not read, and a neighbouring country's plan to double
# output is proposed); and a think tank's scorecard beside a task breakdown list and a
# trade magazine's interview (145: an interview's 三年内累计 investment goal is read from
# publication, to 2028, where the key takes the plan's 2027, so its dollar pair is not
# matched); and a factory tour script beside a deputy's motion and a seminar's minutes
# (146: the script's present-tense facts after a goal's sentence take its year and read
# as targets, "employs 8,600 people; their average age is 31"; the motion's yearly
# purchases from outside the province, 每年…超过700亿元, read as a goal); and, studied in part
# (2026-12-05, the session's last hour), a policy brief beside an enterprise-visits notice
# and a chamber's budget submission (149: the brief's table of targets against the latest
# figures gives the figures' columns as goals) and a climate office's progress report
# beside a mobilisation speech and a trade association's bulletin (150: the speech's funds
# won the year before, 24.7亿元,创历史新高, and the projects its leaders are assigned, 包联
# 98个, read as the year's goals; the report's restated milestone, "With the 2025 milestone
# requiring a reduction of 13.5%", reads as a goal of its own); and a forum panel's
# transcript beside a target responsibility letter and a financial column (152: the
# letter's growth goals for the park's output and investment, 增长8%以上, name indicators
# the key keeps as levels; the panel's "at least double that figure" refers back to
# exports it does not name; the column's 2,400亿元 a year is reckoned from a five-year
# total, 折算每年约…); and an impact assessment's public summary beside a reply to a web
# user's message and a district council's minutes (158: the reply's project investment,
# 计划总投资20亿元(约合2.8亿美元),…一期预计2026年投产,2027年全部建成, takes the first
# phase's year, so its dollar pair is not matched; the reply's job fair, 预计…提供岗位
# 1200余个, reads as a goal); and, studied in part (2026-12-05), a fund's due-diligence
# memo beside a law enforcement inspection report and a county's performance review, and a
# joint venture's press release beside a major projects circular and a listed company's
# results outlook (160: the release's "two new models" and "on two shifts" are counted as
# vehicles; the circular, read mid-year, reports the year's goals it restates, 年度计划完成率
# 不低于100%, 保持在40%以上, as facts; the outlook's items take a later year than its lead-in);
# and a newspaper's explainer beside a development zone's work points and a research
# centre's index release (161: its key puts the year's growth goals, 地区生产总值增长7%左右,
# on level indicators, where the reader keeps a growth rate off a level by design); and a
# park's tenant newsletter beside a state-assets commission's performance targets notice
# and a bureau chief's interview (164: its key keys New Taiwan dollars as yuan, 新台币320亿元
# (约合10亿美元), which the reader rightly reads as no yuan, and puts growth goals on levels);
# and a letter to the editor beside a land auction notice and a policy address's chapter
# (169: the notice's investment conditions, 项目总投资不低于8亿元, have no year of their own,
# and the key dates them to the project's completion, 2027年12月31日前建成投产, an item
# later, where the reader takes the notice's year; the letter's "fourteen headline goals"
# and what the writer "would rather the city promised", 400,000 cars, read as targets);
# and a keynote beside a tax notice and a customs commentary (178: the notice's time limit,
# 受理后5个工作日内办结, is a count the key leaves out where other keys count days; its
# 600家规上工业企业完成数字化改造 goes to the firms, whose key's measure is 家; the keynote's
# ceiling on a fund's share and the commentary's share of origin read as targets); and an
# obituary beside a WeChat Q&A and an ESG chapter (179: "attracting RMB 45 billion … over
# the three years" of a plan for 2025 to 2027 takes the 2030 of the sentence before, so its
# dollar pair is not matched; "to double last year's output by 2030" takes last year; a
# province's goal named in passing reads as the park's); and a manager's year-start talk
# beside a consultation's summary and a transaction circular (180: "five families", "wants
# that number to be zero", "a long way from 412,000" and the summary's 现有18家 in
# brackets read as targets); and an encyclopedia article beside a quiz's question bank and
# a ministry's written answers (190: the quiz states its goals as a question with a blank,
# 到2027年…力争突破(　)。, options on the next line and the answer's letter after them, so
# ten of its targets are not read; its "打造5个千亿级产业集群" and a false statement set
# to be judged, 6000家, read as targets); and a robotics final's radio commentary beside an
# adviser's resignation letter and a puzzle page (196: its key puts growth rates on level
# indicators, 规模以上工业增加值增长7%左右, 製造業產值增長8%左右, which the reader leaves
# to no indicator; 保持在30%以上, with no year of its own, takes 2025 for the plan's 2027);
# and an open-data portal's dataset page beside a bank's credit briefing and a radio
# call-in show, and a textbook's case study beside a developer's sales script and a temple
# fair's booklet (199: not yet an average rate over a span in a table cell, 6.5 a year,
# 2024-2027; the call-in's caller's 翻倍 read as a goal); and a legislative research
# office's fact sheet beside a utility's resource plan and a livestream script (204: the
# fact sheet's sums of what the new goal needs, 即五年内须再增加43家,平均每年约9家,
# read as goals, and 前期每年约7家, in a clause a count of years dates first); and a
# chamber of commerce's "economic weather report" beside a carmaker's job posting and a
# zoning hearing's transcript (206: each post's 招聘人数:20人 read as the year's hiring
# goal; the survey's 312 firms read as members; a retail growth goal beside a voucher
# programme "running from April to September" read as that part of the year's result;
# 两处市有地 read as housing; the agencies' answers restating goals, 每万人30床, take a
# rail line's opening year, 预定2028年底通车, from the answer before; a resident's
# restatement of the housing goal, 五、居民周小姐:社会住宅1,500户, is hers, no longer a
# duplicate right proposal); and a pension
# fund's memo beside a metro's announcements and a translator's notes (208: the fund's own
# holding, "The team recommends building the holding to RMB 2.4 billion", read as a
# recommendation, so its dollar pair is not matched); and a fitness club's magazine
# article beside a parking operator's notice and a karaoke bar's newsletter (212: "The plan
# sets out to lift the industry's output to RMB 60 billion … and to RMB 100 billion"
# read as smart fitness equipment's, the subject named last, so both dollar pairs are
# missed; "it held 14 in all", of consultation sessions, read as jobs); and a football
# matchday programme beside an election candidate's leaflet and a crossword page (216:
# the answer key's 市級產業基金首期50億元 read as the social investment the plan's goal
# names, and the 5名 readers drawn as the industry's workforce; a candidate's own 5亿元
# special fund read as investment; a crowd's rise of 6,000 read as the average crowd); and a
# swimming club's newsletter beside a pet shop's bulletin and a tea house's flyer (223,
# studied in part: the pool's "2,000 members" read as the pet shop's members, whose alias
# "members" the key also gives; the drafting's visits, 走访茶农和茶企120多户, and a
# courtyard's 新增座位40个 read as goals); and a beekeeping association's newsletter
# beside a choir's concert programme and a bookshop's readers' letter (230: "train 2,000
# beekeepers" read as registered beekeepers, whose alias "beekeepers" the key also gives
# the training; 12支社区合唱团同台演出 read as performances; a benefit 两千多支 teams would
# get "if it is carried out" read as a goal; a reader's question restating 新建200个城市书房
# read with the year before it); and a lichen society's newsletter on a city's hair
# straightener plan (295: the society's concern that 北麓的7個樣點中有4個 lie inside the
# planned park, 其中兩處…, read as goals for its monitoring plots); and a village
# committee's notice beside a hotel's pack and a library's bulletin (311: the works the
# village pays for, 村集体自筹12万元 and 投资9.6万元,全部由村集体承担, read as its income
# goal, a rule for them having been found too wide; a book review's 2.5萬人 taken by the
# village notice's indicator, a set's aliases applying to all its documents).
# They are held at what they reached when tuned on
# (targets found, proposals right, at most so many wrong, dollar pairs found), so a change
# cannot quietly lose it.
BELOW_BAR = {
    "reader_heldout_39": (34, 39, 11, 4),
    "reader_heldout_41": (38, 40, 9, 2),
    "reader_heldout_52": (35, 40, 8, 3),
    "reader_heldout_56": (33, 36, 4, 0),
    "reader_heldout_57": (38, 49, 14, 3),
    "reader_heldout_58": (38, 52, 9, 3),
    "reader_heldout_60": (35, 37, 7, 2),
    "reader_heldout_62": (39, 46, 7, 6),
    "reader_heldout_64": (37, 37, 12, 6),
    "reader_heldout_66": (35, 42, 8, 3),
    "reader_heldout_67": (37, 38, 6, 3),
    "reader_heldout_68": (37, 46, 2, 0),
    "reader_heldout_69": (31, 37, 10, 3),
    "reader_heldout_70": (36, 36, 7, 4),
    "reader_heldout_77": (31, 31, 3, 7),
    "reader_heldout_84": (33, 33, 3, 3),
    "reader_heldout_85": (37, 47, 4, 2),
    "reader_heldout_86": (39, 43, 7, 1),
    "reader_heldout_87": (37, 37, 0, 2),
    "reader_heldout_92": (30, 30, 0, 2),
    "reader_heldout_93": (27, 27, 5, 2),
    "reader_heldout_94": (32, 32, 9, 5),
    "reader_heldout_95": (30, 30, 6, 2),
    "reader_heldout_98": (39, 39, 0, 2),
    "reader_heldout_104": (32, 32, 5, 2),
    "reader_heldout_105": (31, 31, 5, 2),
    "reader_heldout_106": (40, 40, 6, 4),
    "reader_heldout_107": (37, 39, 1, 2),
    "reader_heldout_109": (36, 36, 9, 2),
    "reader_heldout_110": (41, 41, 5, 2),
    "reader_heldout_111": (34, 34, 5, 2),
    "reader_heldout_112": (30, 30, 1, 2),
    "reader_heldout_114": (29, 29, 6, 3),
    "reader_heldout_115": (36, 37, 10, 6),
    "reader_heldout_116": (26, 28, 3, 1),
    "reader_heldout_129": (36, 39, 6, 2),
    "reader_heldout_134": (35, 35, 9, 1),
    "reader_heldout_142": (34, 35, 4, 2),
    "reader_heldout_145": (39, 54, 1, 3),
    "reader_heldout_146": (31, 33, 5, 6),
    "reader_heldout_149": (36, 47, 8, 4),
    "reader_heldout_150": (37, 41, 7, 4),
    "reader_heldout_152": (33, 33, 2, 4),
    "reader_heldout_158": (28, 28, 3, 2),
    "reader_heldout_160": (26, 30, 8, 3),
    "reader_heldout_161": (31, 47, 0, 2),
    "reader_heldout_164": (32, 32, 4, 2),
    "reader_heldout_169": (30, 30, 4, 3),
    "reader_heldout_178": (29, 29, 4, 3),
    "reader_heldout_179": (26, 26, 2, 2),
    "reader_heldout_180": (32, 34, 4, 3),
    "reader_heldout_190": (34, 41, 2, 4),
    "reader_heldout_196": (26, 33, 1, 3),
    "reader_heldout_199": (37, 38, 3, 2),
    "reader_heldout_204": (31, 34, 3, 3),
    "reader_heldout_206": (27, 27, 8, 4),
    "reader_heldout_208": (32, 32, 0, 5),
    "reader_heldout_212": (44, 44, 3, 3),
    "reader_heldout_216": (31, 46, 4, 3),
    "reader_heldout_223": (32, 32, 5, 5),
    "reader_heldout_230": (32, 32, 4, 4),
    "reader_heldout_295": (32, 32, 4, 4),
    "reader_heldout_311": (33, 33, 4, 6),
}
SEEDS = Path(os.environ.get("WAREHOUSE_SEEDS_DIR", PROJECT_ROOT.parent / "shared" / "seeds"))


def _text(path: Path) -> str:
    """A text file as the warehouse loads it (texts.as_loaded), so the scores are those
    of what a build reads."""
    return as_loaded(path.read_text(encoding="utf-8-sig"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def same_value(value: float, unit: str | None, other: float, other_unit: str) -> bool:
    """Equal once both are in their standard unit, to six significant digits (a share
    of two-thirds is written 66.666667)."""
    if unit is None:
        return False
    try:
        (left, left_unit), (right, right_unit) = (
            to_standard(value, unit),
            to_standard(other, other_unit),
        )
    except ValueError:
        return False
    return left_unit == right_unit and math.isclose(left, right, rel_tol=1e-6)


@dataclass
class Score:
    name: str
    expected: int = 0
    found: int = 0
    proposals: int = 0
    right: int = 0
    unmapped: int = 0
    pairs_expected: int = 0
    pairs_found: int = 0
    figures_expected: int = 0
    figures_found: int = 0
    missed: list[str] = field(default_factory=list)
    figures_missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else math.nan

    @property
    def precision(self) -> float:
        return self.right / self.proposals if self.proposals else math.nan


def _matches(claim: Claim, row: dict[str, str]) -> bool:
    return (
        claim.claim_kind == "target"
        and claim.indicator_id == row["indicator_id"]
        and claim.year == int(row["target_year"])
        and claim.comparator == row["comparator"]
        and same_value(claim.value, claim.unit, float(row["value"]), row["unit"])
    )


def score(
    name: str,
    claims: list[Claim],
    expected_targets: list[dict[str, str]],
    expected_figures: list[dict[str, str]],
) -> Score:
    result = Score(name, expected=len(expected_targets), figures_expected=len(expected_figures))
    for row in expected_targets:
        hits = [c for c in claims if c.document_id == row["document_id"] and _matches(c, row)]
        if hits:
            result.found += 1
        else:
            result.missed.append(
                f"{row['target_id']}: {row['comparator']} {row['value']} {row['unit']} "
                f"in {row['target_year']}"
            )
        if row.get("stated_alt_value"):
            result.pairs_expected += 1
            if any(
                c.alt_value is not None
                and same_value(
                    c.alt_value, c.alt_unit, float(row["stated_alt_value"]), row["stated_alt_unit"]
                )
                for c in hits
            ):
                result.pairs_found += 1
    for claim in claims:
        if claim.claim_kind != "target":
            continue
        if claim.indicator_id is None:
            result.unmapped += 1
            continue
        result.proposals += 1
        if any(
            claim.document_id == row["document_id"] and _matches(claim, row)
            for row in expected_targets
        ):
            result.right += 1
        else:
            result.wrong.append(
                f"{claim.document_id} #{claim.claim_number} {claim.indicator_id}: "
                f"{claim.comparator} {claim.value:g} {claim.unit} in {claim.year} "
                f"({claim.value_text!r})"
            )
    for row in expected_figures:
        if any(
            c.claim_kind == "figure"
            and c.document_id == row["document_id"]
            and c.indicator_id == row["indicator_id"]
            and c.year == int(row["period"])
            and same_value(c.value, c.unit, float(row["value"]), row["unit"])
            for c in claims
        ):
            result.figures_found += 1
        else:
            result.figures_missed.append(
                f"{row['indicator_id']}: {row['value']} {row['unit']} in {row['period']}"
            )
    return result


def _read_all(
    texts: Iterable[tuple[str, str]],
    documents: dict[str, dict[str, str]],
    indicators: list[dict[str, str]],
    aliases: list[dict[str, str]],
) -> list[Claim]:
    index = build_index(
        {row["indicator_id"]: row["canonical_unit"] for row in indicators},
        [(row["indicator_id"], row["role"], row["alias"]) for row in aliases],
        {row["indicator_id"]: row.get("parent_indicator_id") or "" for row in indicators},
        {row["indicator_id"]: row.get("sector") or "" for row in indicators},
        {row["indicator_id"]: row.get("name") or "" for row in indicators},
    )
    claims = []
    for document_id, text in texts:
        published = date.fromisoformat(documents[document_id]["published_on"])
        claims += read_document(document_id, text, published, index)
    return claims


def _against_raw(name: str, texts: list[tuple[str, str]], raw: Path) -> Score:
    """`texts` ((document_id, text) pairs) scored against raw/: the targets of their
    documents and the statistics rows citing them."""
    claims = _read_all(
        texts,
        {row["document_id"]: row for row in _rows(raw / "documents.csv")},
        _rows(raw / "indicators.csv"),
        _rows(raw / "indicator_aliases.csv"),
    )
    read = {document for document, _ in texts}
    targets = [row for row in _rows(raw / "targets.csv") if row["document_id"] in read]
    figures = [
        row
        for path in sorted((raw / "statistics").glob("*.csv"))
        for row in _rows(path)
        if row.get("document_id") in read
    ]
    return score(name, claims, targets, figures)


def evaluate_seeds(seeds: Path = SEEDS, raw: Path = RAW_DIR) -> Score | None:
    """The seed articles against raw/: None when ../shared/seeds/ is absent."""
    mapping = _rows(FIXTURES / "seed_documents.csv")
    present = [(row["document_id"], seeds / row["seed_file"]) for row in mapping]
    texts = [(doc, _text(path)) for doc, path in present if path.is_file()]
    return _against_raw("seed articles (raw/targets.csv)", texts, raw) if texts else None


def evaluate_project_texts(raw: Path = RAW_DIR) -> Score | None:
    """The texts shipped in raw/documents/ (summaries written for the project) against
    raw/: what the warehouse's own build reads."""
    paths = sorted((raw / "documents").glob("*.txt")) + sorted((raw / "documents").glob("*.md"))
    texts = [(path.stem, _text(path)) for path in paths]
    return _against_raw("project texts (raw/documents/)", texts, raw) if texts else None


def evaluate_fixtures(name: str, fixtures: Path, raw: Path = RAW_DIR) -> Score:
    """Made-up plans against their answer keys."""
    documents = {row["document_id"]: row for row in _rows(fixtures / "documents.csv")}
    texts = [(path.stem, _text(path)) for path in sorted((fixtures / "texts").glob("*.txt"))]
    indicators = _rows(fixtures / "indicators.csv")
    aliases = _rows(fixtures / "indicator_aliases.csv")
    expected = _rows(fixtures / "expected_targets.csv")
    # The warehouse's own indicators join in when the answer key uses them (a plan on new
    # energy vehicles reuses nev_output); a folder that declares all its indicators is
    # read with those alone, so its answers are not judged against ours.
    own = {row["indicator_id"] for row in indicators}
    if any(row["indicator_id"] not in own for row in expected):
        indicators += _rows(raw / "indicators.csv")
        aliases += _rows(raw / "indicator_aliases.csv")
    claims = _read_all(texts, documents, indicators, aliases)
    return score(name, claims, expected, _rows(fixtures / "expected_figures.csv"))


def _percent(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{100 * value:.1f}%"


def report(scores: list[Score]) -> str:
    lines = [
        "| texts | targets found | recall | proposals right | precision | dollar pairs "
        "| figures | unmapped numbers |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(
            f"| {s.name} | {s.found}/{s.expected} | {_percent(s.recall)} | {s.right}/{s.proposals} "
            f"| {_percent(s.precision)} | {s.pairs_found}/{s.pairs_expected} "
            f"| {s.figures_found}/{s.figures_expected} | {s.unmapped} |"
        )
    for s in scores:
        for title, items in (
            ("missed", s.missed),
            ("wrong proposals", s.wrong),
            ("figures missed", s.figures_missed),
        ):
            if items:
                lines += ["", f"{s.name}, {title}:", *(f"- {item}" for item in items)]
    return "\n".join(lines)


def main() -> int:
    scores = [
        s
        for s in (
            evaluate_seeds(),
            evaluate_project_texts(),
            evaluate_fixtures(
                "made-up plans, written with the reader (tests/fixtures/reader/)", FIXTURES
            ),
            *(
                evaluate_fixtures(
                    f"made-up plans, written blind, "
                    f"{'then tuned on' if folder.name in TUNED_ON else 'never tuned on'} "
                    f"(tests/fixtures/{folder.name}/)",
                    folder,
                )
                for folder in HELD_OUT_SETS
            ),
        )
        if s is not None
    ]
    text = report(scores)
    if not any(s.name.startswith("seed") for s in scores):
        text += (
            f"\n\nThe seed articles were not found in {SEEDS}: only the made-up plans were read."
        )
    print(text)
    out = PROJECT_ROOT / "benchmarks" / "results" / f"{date.today().isoformat()}-reader.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# Reader evaluation (`make eval-reader`)\n\n" + text + "\n", encoding="utf-8")
    (out.with_suffix(".json")).write_text(
        json.dumps(
            [asdict(s) | {"recall": s.recall, "precision": s.precision} for s in scores], indent=2
        ),
        encoding="utf-8",
    )
    print(f"\nwritten to {out.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
