"""Year expressions in a sentence and which of them a claim is about.

Only the assessed year counts (fact contract): "so với năm 2021", "6 tháng đầu năm 2023",
"đến năm 2025", "giai đoạn 2019-2020" name other years and are dropped; "năm ngoái"/"năm nay" are
resolved against the article date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.model import years_between_editions
from pipeline.plausibility import FIRST_YEAR

_FIRST_RANKED_YEAR = min(FIRST_YEAR.values())  # the first year any ranking this project reads was assessed

_YEAR = re.compile(
    r"(?P<lead>(?:(?:vào|trong|của|cho)\s+)?(?:các\s+)?năm\s+|(?:dti|index|chỉ số|xếp hạng|báo cáo|egdi|khảo sát|điện tử|chuyển đổi số|cntt|"
    r"gii|pci|papi|sipas|ebi|gci|nri|pii|par|idi|gtci|b2c|report|ddci|doing business|ranking|rankings|award|"
    # (world indices by their acronyms: "GRDI 2017", "TTDI 2024", "Kearney GSLI 2023", "EPI 2022", "LPI 2018", "PISA 2015")
    r"grdi|ttdi|ttci|gsli|gfci|epi|hdi|lpi|cpi|eti|gpi|ghi|hci|sdgi|gki|wcy|pisa|pobi|pgi|"
    # ("10 quốc gia tốt nhất thế giới (Phiên bản 2024)": the list's edition)
    r"phiên bản|ấn bản)\)?\s+|"
    # "DDCI Quảng Ninh 2020": a province's own competitiveness index is named with the province, then its edition
    r"ddci\s+(?:(?!năm\b|của\b|so\b|từ\b)[^\s,.;()\d]+\s+){1,3}|"
    # ("có tên “Freedom on the Net 2021”": a report's title in quotes, its edition ending it)
    r"[“\"][^”\"\d.;]{2,60}\s+(?=(?:19|20)\d\d[”\"])|"
    # "chỉ số thương mại điện tử Việt Nam 2023", "(DTI) 2021": an index's name, then its edition
    # "Báo cáo Năng lực cạnh tranh toàn cầu 2015 – 2016": a report's edition (its first year)
    # ("Báo cáo Cạnh tranh toàn cầu (GCR) 2015-2016": the report's acronym in brackets among its words;
    # "Rule of Law Index (Chỉ số Thượng tôn pháp luật) 2016": the name glossed in brackets, then the edition)
    # ("Giải thưởng Thành phố thông minh Việt Nam 2025": an award's edition)
    r"(?:chỉ số|bảng xếp hạng|báo cáo|giải thưởng|khảo sát(?!(?:\s+\S+){0,3}\s+(?:kỳ|lần|đợt)\s))(?:\s+(?:(?!so\b|với\b|từ\b|đến\b|tới\b|trước\b|sau\b|năm\b|giai\b)[^\s,.;()\d]+|"
    r"\([a-zđ&-]{2,12}\))){1,12}\)?\s+|"
    # "Báo cáo mới nhất (2009-2010)": a report's edition in brackets after its name (its first year); "Các nước đứng
    # đầu …, theo thứ tự từ cao đến thấp (2011): A, B": the edition of the list the colon opens
    r"(?:báo cáo|bảng xếp hạng)(?:\s+[^\s,.;:()\d]+){0,6}\s*\(\s*(?=(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*\))|"
    r"(?:thứ tự|danh sách)[^.;:()\d]{0,60}\(\s*(?=(?:19|20)\d\d\s*\)\s*:)|"
    # "trong top 100 thành phố hàng đầu thế giới 2023": a list named with its edition
    r"t[oố]p\s+\d{1,3}(?:\s+(?!năm\b|so\b|với\b|từ\b|đến\b|sau\b|trước\b)[^\s,.;()\d]+){1,8}\s+)"
    r"(?P<y>(?:19|20)\d\d)(?![\d/])"
    # ("trong những năm vừa qua", "của 3 năm trước" are several years back, none of them the previous edition)
    r"|(?<!những )(?<!các )(?<!mấy )(?<!vài )(?<!\d )(?<!hai )(?<!ba )(?<!bốn )(?<!năm )(?<!sáu )(?<!bảy )(?<!tám )"
    r"(?<!chín )(?<!mười )(?P<rel>năm ngoái|năm trước|năm vừa qua|năm nay)"
)
# ("nhưng đến năm 2020, Việt Nam đứng thứ 64": a contrast brings the text to that year, no span's end;
# "từ cuối những năm 1980": a decade, no edition)
_EXCLUDE_BEFORE = re.compile(
    r"(?:so(?: với)?(?:\s+(?:kỳ|lần|đợt|kết quả|thứ hạng|vị trí))?(?:\s+(?:khảo sát|đánh giá|xếp hạng|công bố|báo cáo))?|từ|những|thập niên|(?<!sang )(?<!nhưng )(?<!còn )(?<!thì )đến|(?<!sang )(?<!nhưng )(?<!còn )(?<!thì )tới|(?<!dẫn )(?<!đứng )đầu|cuối|giữa|tháng\s*\d{0,2}|ngày\s*\d{0,2}|giai đoạn|trước|kể từ|hết|sau|"
    # "tăng 0,16 với năm 2020": the year compared against, "so" left out
    r"(?:tăng|giảm)\s+\d[\d.,]*\s*(?:điểm\s+|bậc\s+|hạng\s+)?với|"
    # "lần thứ 4 …, sau ba lần vào năm 2017, 2019 và 2020": the editions before
    r"sau\s+(?:\w+\s+)?lần|"

    r"mục tiêu|phấn đấu|đến hết|nửa|quý\s*\w*|lần đầu(?: tiên)?(?:\s+được\s+(?:xếp hạng|đánh giá|khảo sát))?(?: vào| trong)?|ra đời(?: vào)?|(?:vị trí|thứ hạng|hạng)?\s*(?<!nếu )như(?:\s+(?:kỳ|lần|đợt)(?:\s+(?:khảo sát|đánh giá|xếp hạng))?)?|bằng\s+(?:với\s+)?(?:thứ hạng|xếp hạng|vị trí)"
    r"(?:\s+của)?|(?:duy trì|giữ nguyên|giữ vững)\s+(?:thứ hạng|vị trí|hạng)(?:\s+(?:của|như))?)\s*$"
)


# "… năm 2021 (năm gần đây nhất có dữ liệu toàn diện)": a year the bracket after it calls the data's
_DATA_YEAR_AFTER = re.compile(r"\s*\(\s*(?:[^()]{0,25}?\s)?(?:dữ liệu|số liệu)(?![\w])")
_HIGHER_THAN = re.compile(r"(?:cao|thấp|kém|tốt|nhiều|ít)\s+hơn\s+(?:so với\s+)?(?:năm\s+)?$")


# The year of an event, not of an assessment: "Ngày Chuyển đổi số quốc gia năm 2025", "Hội nghị sơ kết
# năm 2023" (an event named with no index word between it and the year).
_EVENT_BEFORE = re.compile(
    r"(?:ngày chuyển đổi số quốc gia|(?:hội nghị|hội thảo|diễn đàn|lễ|sự kiện|tuần lễ)"
    r"(?:\s+(?!dti\b|chỉ số|xếp hạng|index|công bố|đánh giá|kết quả|giải thưởng|award)[^\s,;.()]+){0,8}"
    # ("kể từ khi Taliban giành lại quyền kiểm soát vào năm 2020": what happened since, no edition)
    # ("thấp nhất kể từ khi chỉ số được điều chỉnh phương pháp tính năm 2012": the index's own history, no edition)
    # ("cao nhất kể từ khi bắt đầu được vào danh sách xếp hạng năm 2022": the year it entered the list)
    r"|(?:kể từ khi|từ khi)(?:\s+(?:danh sách xếp hạng|(?!xếp|bảng xếp hạng|báo cáo|hạng|vị trí|đứng|thứ|lùi|tăng|giảm)[^\s,;.()]+)){1,10})\s*$"
)


# "so với chỉ số năm 2017", "so với kỳ đánh giá gần nhất vào năm 2019": the comparison, a few words away
_COMPARED_WITH = re.compile(r"so với(?:\s+(?!năm\b)[^\s,;.()]+){0,10}\s+(?:\(\s*)?(?:vào\s+|của\s+|trong\s+)?$")


_TARGET_BEFORE = re.compile(r"(?:mục tiêu|phấn đấu|kỳ vọng|hướng tới|tiệm cận|định hướng|kế hoạch)[^,;.()]{0,70}$")


# An index named by its short name right before a year: "PAPI 2020", "DTI năm 2022"
_EDITION_NAMES = r"(?:papi|pci|pii|pgi|dti|gii|gci|nri|egdi|ebi|sipas|par index|ict index)"
_EDITION_NAMED = re.compile(r"(?<![\w])" + _EDITION_NAMES + r"\s+(?:năm\s+)?$")
_EDITION_NAMED_IN = re.compile(_EDITION_NAMES + r"\)?\s+(?:năm\s+)?(?:19|20)\d\d")
_EDITION_LEAD = re.compile(r"\(?" + _EDITION_NAMES)  # a year's lead that is an index's short name


# Words that open a contrasting clause with its own year ("còn năm 2021, …", "trong khi năm 2020 …").
CONTRAST = re.compile(r"(?<![\w])(?:còn|trong khi|nhưng|song)(?![\w])")


# "Năm 2022, … xếp thứ 62/63 thì năm 2023 đã vươn lên …": "thì" and a year open the next year's clause
THEN_BEFORE_YEAR = r"(?<![\w])thì\s+(?:đến\s+|sang\s+)?"
_THEN_YEAR = re.compile(THEN_BEFORE_YEAR + r"năm\s+(?:19|20)\d\d")
_OPENS_DATED_BRACKET = re.compile(r"\s*(?::|,)?\s*(?:là|xếp|đạt|đứng|hạng|thứ)\b|\s*:")
OPENS_CONJUNCT = re.compile(r"(?<![\w])(?:và|còn)\s*$")
# between a place left ("từ vị trí 94") and its year: "của năm 2010", "(năm 2010", "vào năm 2010"
_LEFT_PLACE_YEAR_GAP = re.compile(r"\s*\(?\s*(?:của\s+|vào\s+|trong\s+)?(?:năm\s+)?")


# A year's lead that is only the word "năm" (and its prepositions), no report's or index's name
_PLAIN_LEAD = re.compile(r"(?:(?:vào|trong|của|cho)\s+)?(?:các\s+)?năm\s+")


def tight_before(low: str, year_end: int, cue_start: int) -> bool:
    """Whether a year is written right before a claim, in the same conjunct ("năm 2021 xếp thứ 21")."""
    return bool(low) and 0 <= cue_start - year_end <= 12 and bool(
        re.fullmatch(r"\s*(?:(?:chỉ\s+)?đạt\s*|là\s*|:\s*)?", low[year_end:cue_start])
    ) and not re.match(r"(?:lên|xuống)\b", low[cue_start:])


@dataclass(frozen=True)
class YearExpr:
    """A year named in a sentence (offsets relative to it)."""

    start: int
    end: int
    year: int
    partner: int | None = None  # "Năm 2019, 2020, …": the other year of a pair written together
    named: bool = False  # an edition named by its report's or index's name ("Báo cáo Môi trường kinh doanh 2019")


# "Từ năm 2016 - 2018, … tăng một bậc lên vị trí 88": a move over a span ends in the span's last edition
_SPAN = re.compile(
    r"(?:từ|giai đoạn|trong giai đoạn)\s+(?:năm\s+)?(?:19|20)\d\d\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# (no other year between: "giai đoạn 2020-2022 …, theo Báo cáo … 2023, tăng 12 bậc" is the 2023 edition's move)
_MOVE_AFTER_SPAN = re.compile(r"(?:(?!(?:19|20)\d\d)[^.;]){0,80}?(?<![\w])(?:tăng|giảm|lên|xuống|tụt)(?![\w])")


# "Từ vị trí thứ 44/63 vào năm 2021, đến năm 2023, … tăng 6 bậc": the end of a move from an earlier year
_UNTIL_YEAR = re.compile(r"(?<![\w])(?:đến|tới)\s+năm\s+(?P<y>(?:19|20)\d\d)(?![\d/])")
_FROM_YEAR = re.compile(r"(?<![\w])từ\s[^.;]{0,80}?năm\s+(?P<y>(?:19|20)\d\d)(?![\d/])")


_ANY_YEAR = re.compile(r"(?:19|20)\d\d|năm (?:ngoái|trước|vừa qua|nay)")


def find_years(low: str, article_year: int | None) -> list[YearExpr]:
    """Assessed-year candidates in a lower-cased sentence."""
    if not _ANY_YEAR.search(low):
        return []  # most sentences name no year: skip the patterns below
    return list(_years_of(low, article_year))


@lru_cache(maxsize=256)
def _years_of(low: str, article_year: int | None) -> tuple[YearExpr, ...]:
    """find_years' work, kept for the last few sentences: a sentence's years are asked for by the article's context,
    its claims and the years it leaves to the next sentence (YearExpr is immutable)."""
    out: list[YearExpr] = []
    for m in _SPAN.finditer(low):
        if _MOVE_AFTER_SPAN.match(low, m.end()):
            out.append(YearExpr(m.start("y"), m.end("y"), int(m["y"])))
    for m in _UNTIL_YEAR.finditer(low):
        start = _FROM_YEAR.search(low, max(0, m.start() - 120), m.start())
        if start and int(start["y"]) < int(m["y"]) and _MOVE_AFTER_SPAN.match(low, m.end()) and not _TARGET_BEFORE.search(
            low[max(0, m.start() - 90) : m.start()]
        ):
            out.append(YearExpr(m.start("y"), m.end("y"), int(m["y"])))
    for m in _YEAR.finditer(low):
        before = low[max(0, m.start() - 20) : m.start()]
        wide = low[max(0, m.start() - 90) : m.start()]
        # ("hội thảo về PCI 2017": an event about an edition named by its index, which dates that edition)
        # ("Lễ trao Giải thưởng Thành phố thông minh Việt Nam 2023": the award's edition, which the ceremony dates)
        event_dates_it = m["lead"] and (_EDITION_LEAD.match(m["lead"]) or m["lead"].startswith("giải thưởng"))
        named = bool(m["lead"] and not _PLAIN_LEAD.fullmatch(m["lead"]))
        # ("Theo dữ liệu mới nhất từ bảng xếp hạng Chỉ số Hộ chiếu Henley 2026": "từ" a report is where the
        # figures come from, not the start of a span of years)
        from_a_report = named and re.search(r"(?<![\w])(?<!kể )từ\s*$", before)
        if (_EXCLUDE_BEFORE.search(before) and not from_a_report) or (
            _EVENT_BEFORE.search(wide) and not event_dates_it
        ) or _COMPARED_WITH.search(wide):
            continue
        if _DATA_YEAR_AFTER.match(low, m.end()):
            continue  # "… năm 2021 (năm gần đây nhất có dữ liệu toàn diện)": the year of the report's data, no edition
        if _HIGHER_THAN.search(before) and not re.match(r"\s*\(", low[m.end() :]):
            continue  # "xuống hạng 41, thấp hơn năm 2021 và 2020": the editions compared with (unless a value follows)
        if _TARGET_BEFORE.search(low, max(0, m.start() - 120), m.start()):
            # "tiệm cận mục tiêu top 50 vào năm 2025", "mục tiêu trở thành trung tâm … quốc tế vào năm 2030":
            # a target's year, never an assessment
            continue
        if m["rel"]:
            if article_year is None:
                continue
            year = article_year if m["rel"] == "năm nay" else article_year - 1
            if m["rel"] in ("năm trước",) and re.match(r"\s*(?:đó|nữa)", low[m.end() :]):
                continue
        else:
            year = int(m["y"])
            span = _BRACKET_SPAN_END.match(low, m.end()) if m["lead"] and m["lead"].rstrip().endswith("(") else None
            if span and int(span["y"][-2:]) != (year + 1) % 100:
                continue  # "dẫn đầu bảng xếp hạng … (2013 - 2020)": the years led, no edition (an edition spans two)
        # "năm 2021 và 2022": the second year of a pair is a year too.
        pair = re.match(r"\s*(?:và|,)\s*(?P<y>(?:19|20)\d\d)(?![\d/])", low[m.end() :])
        second = int(pair["y"]) if pair and m["y"] else None
        out.append(YearExpr(m.start(), m.end(), year, second, named))
        if second is not None:
            out.append(YearExpr(m.end() + pair.start("y"), m.end() + pair.end("y"), second, year))
    if out and "," in low and _YEAR_RUN.search(low):
        # "6 lần xếp hạng trong các năm 2007, 2010, 2012, 2014, 2016 và 2018": a run of editions names none of them
        runs = {(r.start(), r.end()) for r in _YEAR_RUN.finditer(low)}
        out = [y for y in out if not any(a < y.end and y.start < b for a, b in runs)]
    opening = _YEAR_OPENS_LINE.match(low)
    if opening and SPEAKS_OF_ASSESSMENT.search(low, opening.end()):
        out.append(YearExpr(opening.start("y"), opening.end("y"), int(opening["y"])))  # "2021: 70,61 điểm, xếp hạng 2/63"
    # (only in a sentence about an assessment: "Trong quý I-2020, thu ngân sách …" dates no ranking)
    for m in _QUARTER.finditer(low) if "quý" in low and SPEAKS_OF_ASSESSMENT.search(low) else ():
        out.append(YearExpr(m.start(), m.end(), int(m["y"])))  # "quý II/2024": the quarter assessed, in its year
    if any(_EDITION_NAMED.search(low, max(0, y.start - 12), y.start) or _EDITION_NAMED_IN.search(low, y.start, y.end) for y in out):
        # "năm nay, Quảng Ninh thăng hạng 2 bậc … bảng xếp hạng PAPI 2020": the edition the sentence names is
        # the one "năm nay" means
        out = [y for y in out if low[y.start : y.end] != "năm nay"]
    published = [y for y in out if _PUBLISHED_IN.search(low, max(0, y.start - 25), y.start)]
    if published and any(y.start < published[0].start and y.year < published[0].year for y in out):
        # "kết quả DTI 2022 được Bộ TT&TT công bố năm 2023": the edition named, then the year it was published
        out = [y for y in out if y not in published]
    return tuple(sorted(out, key=lambda y: y.start))


_BRACKET_SPAN_END = re.compile(r"\s*[-–]\s*(?P<y>(?:19|20)?\d\d)\s*\)")


# A year named as the source of a ranking's data ("NEF lấy dữ liệu từ báo cáo phát triển con người UNDP năm 2011")
_DATA_SOURCE_BEFORE = re.compile(
    r"(?:lấy|sử dụng|dựa (?:trên|vào)|tổng hợp)\s+(?:các\s+)?(?:dữ liệu|số liệu)\s+(?:từ|của)\s[^.;]{0,70}$"
)


# A statistic's year ("tỷ lệ nghèo … xuống còn 10,7% vào năm 2010", "đạt 11,3 triệu lượt khách năm 2019"): no edition
_STATISTICS_YEAR_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|tấn|usd|đô la|lượt)(?:\s+[^\s\d.,;()]+){0,3}\s+(?:ở|vào|trong)?\s*$"
)


def edition_years(low: str, article_year: int | None) -> list[YearExpr]:
    """The years of a sentence that can name what the text goes on about: not a year opening a bracket ("(năm 2022
    con số này là 55/181)" dates a value in passing), unless an edition's name in brackets of its own ("(Doing
    Business 2015)"); not the year of a ranking's data source; not a year before any ranking began ("RSF được thành
    lập năm 1985")."""
    return [
        y for y in find_years(low, article_year)
        if y.year >= _FIRST_RANKED_YEAR and (not re.search(r"\(\s*$", low[: y.start]) or ")" in low[y.start : y.end]
            or y.named and re.match(r"\s*\)", low[y.end :]))
        and not _DATA_SOURCE_BEFORE.search(low, max(0, y.start - 90), y.start)
        and not _STATISTICS_YEAR_BEFORE.search(low, max(0, y.start - 50), y.start)
    ]


# Words of a sentence or a line that speaks of an assessment (what its year can date)
SPEAKS_OF_ASSESSMENT = re.compile(
    r"đánh giá|xếp hạng|thứ hạng|xếp loại|bảng xếp|chỉ số|kết quả|điểm|\b(?:dti|ict|pci|papi|ddci|sipas|par)\b"
)
# Three or more years in a row ("các năm 2007, 2010, 2012 và 2014")
_YEAR_RUN = re.compile(r"(?<![\d/])(?:19|20)\d\d(?:\s*,\s*(?:năm\s+)?(?:19|20)\d\d){1,}\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d(?![\d/])")
# A line of a block of dated lines, opening on its year and a colon: "2019: 68,73 điểm, xếp hạng 10/63"
_YEAR_OPENS_LINE = re.compile(r"\s*(?:[-+•*–]\s*)?(?P<y>(?:19|20)\d\d)\s*:")
_QUARTER = re.compile(r"(?<![\w])quý\s+(?:i{1,3}|iv|[1-4])\s*(?:/|năm|-|\.)\s*(?P<y>(?:19|20)\d\d)(?!\d)")
_PUBLISHED_IN = re.compile(r"công bố\s+(?:vào\s+|trong\s+)?(?:năm\s+)?$")


def _in_other_bracket(low: str, year: YearExpr, cue_start: int) -> bool:
    """Is the year inside a bracket that does not hold the claim at `cue_start`?"""
    opening = low.rfind("(", 0, year.start)
    if opening < 0 or low.rfind(")", 0, year.start) > opening:
        return False
    closing = low.find(")", year.end)
    if closing < 0 or opening < cue_start < closing:
        return False
    # "(PII 2023 xếp hạng 7)" holds a claim of its own; "(năm 2022)" right after a place only dates it
    return bool(re.search(r"(?<![\w])(?:xếp|hạng|thứ|đứng|vị trí|bậc|điểm)(?![\w])", low[opening:closing]))


def _dates_places_left(low: str, year: YearExpr) -> bool:
    """Whether a year follows the places a body left ("từ vị trí 16 và 12 năm 2005"): it dates those, not the claim."""
    return bool(low) and "từ" in low[max(0, year.start - 40) : year.start] and bool(
        _DATES_PLACES_LEFT.search(low, max(0, year.start - 40), year.start)
    )


_DATES_PLACES_LEFT = re.compile(
    r"(?<![\w])từ\s+(?:vị trí\s+|thứ\s+|hạng\s+)?(?:số\s+|thứ\s+)?\d{1,3}(?:\s*(?:và|,)\s*\d{1,3})*\s*(?:\(\s*)?(?:của\s+|vào\s+|trong\s+)?$"
)
_CLAUSE_VALUE_AFTER = re.compile(r"\s*,?\s+[^\d;.()]{1,50}?\d")
# the rest of a claim's clause before its comma: its own value, if any ("dẫn đầu với 95,44 điểm, ")
# ("năm 2015 xếp hạng 29/70 quốc gia, năm 2016 hạng 31/72": the field's noun, then the comma)
_CLAIM_THEN_COMMA = re.compile(
    r"(?:\s*(?:với|đạt)\s+\d{1,4}(?:,\d+)?\s*(?:điểm|%)?)?(?:\s+(?:quốc gia|nước|nền kinh tế|tỉnh|địa phương|đơn vị)"
    r"(?:\s+(?:và\s+)?vùng lãnh thổ|,\s*thành(?:\s+phố)?)?)?\s*,\s*(?:còn\s+|và\s+|sang\s+|đến\s+)?"
)


def opens_next_clause(low: str, claim_end: int, year: YearExpr) -> bool:
    """Whether a year right after a claim's comma opens the next clause, with a value of its own ("… với 95,44 điểm,
    năm 2024 kết quả trên đã tăng lên 96,76 điểm"): it is that value's year, not the claim's."""
    return bool(_CLAIM_THEN_COMMA.fullmatch(low, claim_end, year.start)) and bool(
        _CLAUSE_VALUE_AFTER.match(low, year.end)
    )


# "… (xếp hạng 45), năm 2021 là 0,4012": a year that opens its own value
_OPENS_ITS_OWN_VALUE = re.compile(r"\s*(?:(?:chỉ\s+)?đạt|là|:)\s*(?:\d|thứ\s|hạng\s)")


def pick_year(
    years: list[YearExpr],
    cue_start: int,
    cue_end: int,
    subject_end: int | None,
    kind: str,
    consumed: list[tuple[int, int]],
    low: str = "",
) -> int | None:
    """The year a claim is about, from its sentence, or None to let the context decide.

    Preference: a year between the subject and the claim; one right after the claim in the same clause
    ("xếp thứ 2 vào năm 2022"); the last one earlier in the clause ("Năm 2021, thành phố xếp thứ 9");
    for a change the latest; else the sentence's only year.
    """
    usable = [y for y in years if not any(s <= y.start < e for s, e in consumed)]
    if low:
        # "A xếp hạng 4 (PII 2023 xếp hạng 7), B xếp hạng 5": a year in a bracket the claim is not in is that
        # bracket's own
        usable = [y for y in usable if not _in_other_bracket(low, y, cue_start)]
    if not usable:
        return None
    clause_start = low.rfind(";", 0, cue_start) + 1 if low else 0
    if low and "thì" in low:
        clause_start = max([clause_start, *(t.start() for t in _THEN_YEAR.finditer(low, 0, cue_start))])
    semi = low.find(";", cue_end) if low else -1
    clause_end = semi if semi >= 0 else (len(low) if low else 10**9)
    contrast = (CONTRAST.search(low, cue_end) or _THEN_YEAR.search(low, cue_end)) if low else None
    if contrast and contrast.start() < clause_end:
        clause_end = contrast.start()  # "… xếp 29/63 trong khi năm 2020 …": a clause of its own
    if low and re.search(r"(?<![\w])từ\s+$", low[max(0, cue_start - 6) : cue_start]):
        # "… năm 2015 xếp thứ 102, tụt 8 bậc từ vị trí 94 của năm 2010": the place left, in the year after it
        own = next((y for y in usable if y.start >= cue_end and _LEFT_PLACE_YEAR_GAP.fullmatch(low, cue_end, y.start)), None)
        if own is not None:
            return own.year
    if subject_end is not None and subject_end <= cue_start:
        between = [y for y in usable if subject_end <= y.start and y.end <= cue_start and not _dates_places_left(low, y)]
        if between:
            return between[-1].year
    tight = next((y for y in usable if y.end <= cue_start and tight_before(low, y.end, cue_start)), None)
    if tight is not None:
        return tight.year  # "(năm 2020 xếp hạng 27, năm 2021 xếp thứ 21, …)": each place after its own year
    # "đứng thứ 134 … và năm 2020 ở vị trí 124": a year after "và" opens the next conjunct, not this one's
    # "giảm 16 bậc (năm 2012: hạng 83, …)": a bracket opened by a year and its own values is no year of the claim
    # ("xếp thứ 40, năm 2017 xếp thứ 51, năm 2016 …": past a year that opens the next clause, every year is a later
    # clause's)
    next_clause = next((y.start for y in usable if y.start >= cue_end and opens_next_clause(low, cue_end, y)), clause_end)
    after = [
        y for y in usable
        if cue_end <= y.start <= cue_end + 25 and y.start < min(clause_end, next_clause)
        and not OPENS_CONJUNCT.search(low[cue_end : y.start])
        and not ("(" in low[cue_end : y.start] and _OPENS_DATED_BRACKET.match(low, y.end))
        and not _OPENS_ITS_OWN_VALUE.match(low, y.end)  # "0,4567 (xếp hạng 45), năm 2021 là 0,4012": the next value's
    ]
    if after:
        return after[0].year
    # ("từ vị trí 16 và 12 năm 2005 vượt lên chiếm vị trí thứ 3 và thứ 4": 2005 dates the places left, not these)
    earlier = [y for y in usable if clause_start <= y.start and y.end <= cue_start and not _dates_places_left(low, y)]
    if earlier and clause_start > 0:
        return earlier[-1].year
    # Years only in later clauses belong to their claims: "A đứng thứ hai, tăng 6 bậc; năm ngoái,
    # đơn vị này đứng thứ 8" (the first clause is about the article's year). An earlier clause's
    # year carries forward ("Đứng đầu … năm 2021 là A; B và C lần lượt xếp thứ hai, thứ ba").
    if low and all(y.start >= clause_end for y in usable):
        return None
    if kind == "change":
        return max(y.year for y in usable)
    distinct = {y.year for y in usable}
    if len(distinct) == 1:
        return usable[0].year
    if earlier:
        # "Theo Báo cáo Môi trường kinh doanh 2019 …, môi trường kinh doanh năm 2018 của Việt Nam xếp thứ 69": the
        # report's edition, named, not the year of its data
        # ("trong năm 2017 …, Hải Phòng … vươn lên vị trí thứ 3 … trong báo cáo Chỉ số TMĐT Việt Nam – EBI 2018": the
        # same, the report named after the claim)
        if any(y.named and y.year == earlier[-1].year + 1 for y in usable) and not earlier[-1].named:
            return earlier[-1].year + 1
        return earlier[-1].year
    before = [y for y in usable if y.end <= cue_start]
    if before:
        return before[-1].year
    # "Việt Nam đứng thứ 50 trong chỉ số hòa bình toàn cầu năm 2018, nhưng đến năm 2019 …": the one year later in
    # the claim's own clause (a contrast ends it)
    own = {y.year for y in usable if cue_end <= y.start < clause_end}
    if len(own) == 1:
        return own.pop()
    return None


# "so với năm 2017, Singapore đã nhảy vọt 16 bậc", "tăng 2 bậc so với năm 2018", "tăng 2,13 điểm so với năm 2020":
# a change against an edition
_CHANGE_VERB = r"(?:tăng|giảm|tụt|nhảy vọt|vươn lên|thăng|tiến)"
_STEPS = r"(?:\d{1,3}(?:,\d{1,2})?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_CHANGE_AGAINST = re.compile(
    r"(?<![\w])" + _CHANGE_VERB + r"\s[^.;]{0,40}?(?:bậc|hạng|điểm)[^.;]{0,30}?so với\s+(?:năm\s+)?"
    r"(?P<a>(?:19|20)\d\d)(?![\d/])"
    r"|so với\s+(?:năm\s+)?(?P<b>(?:19|20)\d\d)(?![\d/])\s*,?[^.;]{0,60}?" + _CHANGE_VERB + r"\s"
    r"[^.;]{0,30}?" + _STEPS + r"\s+(?:bậc|hạng|điểm)"
    # "xếp hạng 59 trong bảng xếp hạng năm ngoái 2016": the year before the one reported, named
    r"|năm ngoái\s*\(?\s*(?:năm\s+)?(?P<c>(?:19|20)\d\d)(?![\d/])"
    # "từ hạng 23 năm 2018 lên hạng 18": the place left, in its year ("từ vị trí thứ 19 trong năm 2023 đã nhảy vọt lên
    # thứ 10", "… năm 2020 tụt xuống": a few words of the move between)
    r"|(?<![\w])từ\s+(?:hạng|vị trí|thứ)(?:\s+thứ)?\s+\d{1,3}\s+(?:của\s+|vào\s+|trong\s+)?năm\s+"
    r"(?P<d>(?:19|20)\d\d)(?:\s+[^\s.;,\d]+){0,3}?\s+(?:lên|xuống)(?![\w])"
    # "tăng 21 bậc so với vị trí thứ 99 mà Việt Nam có được trong năm 2014": the place compared with, in its year
    r"|so với\s+(?:vị trí|hạng|thứ hạng)\s+(?:thứ\s+)?\d{1,3}(?![\d/])[^.;]{0,40}?năm\s+(?P<e>(?:19|20)\d\d)(?![\d/])"
    # "Thứ hạng này không có gì thay đổi so với năm 2020", "giữ nguyên vị trí so với năm 2016": no change, against that year
    r"|(?:(?:không|chưa)\s+(?:có\s+)?(?:gì\s+)?(?:thay\s+)?đổi|giữ nguyên(?:\s+(?:vị trí|thứ hạng|hạng))?)\s+so với\s+"
    r"(?:(?:bảng xếp hạng|kết quả|xếp hạng)\s+)?(?:năm\s+)?(?P<f>(?:19|20)\d\d)(?![\d/])"
    # "So với cuộc điều tra đầu tiên … vào năm 2007 thì thứ hạng này được giữ nguyên": a place kept against a year
    r"|so với\s[^.;]{0,60}?năm\s+(?P<h>(?:19|20)\d\d)(?![\d/])\s*,?\s*(?:thì\s+)?(?:(?:thứ hạng|vị trí)(?:\s+này)?\s+)?"
    r"(?:được\s+|vẫn\s+)?(?:giữ nguyên|không (?:thay )?đổi)"
    # "Thứ hạng của Việt Nam được cải thiện đáng kể so với năm 2020": a place improved or worsened against a year
    r"|(?<![\w])(?:thứ hạng|vị trí)\s[^.;]{0,40}?(?:cải thiện|tăng|giảm|tụt)[^.;]{0,30}?so với\s+(?:năm\s+)?"
    r"(?P<g>(?:19|20)\d\d)(?![\d/])"
)
# "tăng một bậc so với năm ngoái": a change against last year's edition, unnamed
CHANGE_AGAINST_LAST_YEAR = re.compile(r"(?:bậc|hạng|điểm)\s+so với\s+(?:bảng xếp hạng\s+)?năm\s+(?:ngoái|trước)(?![\w])")
_UN_SURVEY = re.compile(r"liên\s+(?:hợp|hiệp)\s+quốc|\begdi\b")


# World reports that skip years, and the years of their editions (facts of the publishers' calendars): the travel
# and tourism competitiveness report, yearly to 2009, then every two years, then 2021 and 2024; the World Bank's
# logistics performance index. A change against one edition is against the one before in this calendar.
_WORLD_REPORT_CALENDARS = (
    (re.compile(r"cạnh tranh (?:về )?du lịch|du lịch và lữ hành|lữ hành và du lịch|\bttci\b|\bttdi\b"),
     (2007, 2008, 2009, 2011, 2013, 2015, 2017, 2019, 2021, 2024)),
    (re.compile(r"\blpi\b|hiệu quả logistics|năng lực (?:quốc gia về )?logistics"), (2007, 2010, 2012, 2014, 2016, 2018, 2023)),
)


def world_report_editions(low: str) -> tuple[int, ...] | None:
    """The editions of the world report a lower-cased text names when that report skips years, else None."""
    for pattern, editions in _WORLD_REPORT_CALENDARS:
        if pattern.search(low):
            return editions
    return None


def edition_after(year: int, index: str, editions: tuple[int, ...] | None = None) -> int:
    """The edition that follows the one of ``year``: the next in a report's calendar when it is known and goes
    that far, else ``year`` plus the index's cadence (two years for the UN survey, else one)."""
    later = [e for e in editions or () if e > year]
    return later[0] if later else year + years_between_editions(index)


def _year_compared(m: re.Match[str]) -> int:
    """The year a _CHANGE_AGAINST match compares with (one of its named groups, whichever form matched)."""
    return int(m[m.lastgroup])  # type: ignore[index]


# "Chỉ số năm 2017 cho thấy …", "bảng xếp hạng Henley 2024": a report or index named with its edition's year
REPORT_WITH_YEAR = re.compile(
    r"(?<![\w])(?:chỉ số|báo cáo|bảng xếp hạng)(?:\s+(?!(?:so|với|vào|lần|đối|từ|trung|này|của|được|trong|tới|đến)(?![\w]))"
    # ("Chỉ số đổi mới sáng tạo toàn cầu (GII) năm 2021": its acronym in brackets before the edition)
    r"[^\s,.;:()\d]+){0,7}?(?:\s+\([a-zđ&-]{2,12}\))?\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# "Trong kỳ xếp hạng đầu tiên của năm 2025": the round of a ranking published twice a year, by its year
_ROUND_OF_A_YEAR = re.compile(
    r"(?<![\w])kỳ (?:xếp hạng|đánh giá)(?:\s+(?:đầu tiên|thứ hai|cuối cùng|mới nhất))?(?:\s+của)?\s+năm\s+(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# "“Khảo sát Chi phí sinh hoạt” 2021": a survey's title in quotes, then its edition
_SURVEY_TITLE_WITH_YEAR = re.compile(
    r"(?<![\w])khảo sát(?:\s+[^\s,.;:()\d”\"]+){1,5}[”\"]\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/-])"
)


_COMPARED_BEFORE = re.compile(r"(?:so với|từ)\s+$")  # ("tăng 50 hạng so với chỉ số năm 2017": the edition compared with)


def only_edition_named(low: str) -> int | None:
    """The one year an undated text names a report or an index with ("Chỉ số năm 2017 cho thấy …"), None when it names
    several (a history) or none: then that edition is the one the page reports."""
    named = [*REPORT_WITH_YEAR.finditer(low), *_ROUND_OF_A_YEAR.finditer(low), *_SURVEY_TITLE_WITH_YEAR.finditer(low)]
    years = {int(m["y"]) for m in named if not _COMPARED_BEFORE.search(low, max(0, m.start() - 12), m.start())}
    return years.pop() if len(years) == 1 else None


def edition_after_comparison(low: str) -> int | None:
    """The edition an undated text reports, when it only says what its changes compare against: the edition after
    the latest year compared (two years on for the UN survey; a report that skips years by its calendar), or the one
    after that when the same sentence also compares with last year's edition unnamed."""
    found = list(_CHANGE_AGAINST.finditer(low))
    if not found:
        return None
    index = "egdi" if _UN_SURVEY.search(low) and "chính phủ điện tử" in low else "dti"
    editions = world_report_editions(low) if index != "egdi" else None
    latest = max(found, key=_year_compared)
    after = edition_after(_year_compared(latest), index, editions)
    start = max(low.rfind(".", 0, latest.start()), low.rfind("\n", 0, latest.start())) + 1
    end = min(x for x in (low.find(".", latest.end()), low.find("\n", latest.end()), len(low)) if x >= 0)
    last_year = CHANGE_AGAINST_LAST_YEAR.search(low, start, end)
    if (latest["a"] or latest["b"]) and last_year and not (latest["b"] and latest.start() < last_year.start() < latest.end()):
        # "tăng một bậc so với năm ngoái và tăng 7 bậc so với năm 2013" (one sentence): the year named is not last
        # year's edition, so the one reported is at least two on. Not when the change read after the year named is
        # itself the one against last year ("so với năm 2022 (tăng 4%) và xếp thứ 21 (tăng 11 bậc so với năm
        # trước)"): then the two are one comparison.
        after = edition_after(after, index, editions)
    return after
