"""Index and year when a sentence does not say: sentence, then paragraph, then title, then article.

"Quảng Ngãi tăng 34 bậc" says neither index nor year; the article around it does ("DTI năm 2022").
Years follow GUIDELINES §3: the assessed year, and for DTI with no year stated, publication year − 1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.lexicon import EGDI_NAMED, EGDI_SPECIFIC, ICT_APPLICATION_OVERRIDES, ICT_READINESS, index_scores
from pipeline.years import CONTRAST, SPEAKS_OF_ASSESSMENT, edition_years, find_years, world_report_editions

_NAMES_ICT_INDEX = re.compile(r"vietnam ict index|viet nam ict index|" + ICT_READINESS + r"|\(ict index\)")
_DATE_IN_TEXT = re.compile(
    r"(?:(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>20\d\d))|(?:ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>20\d\d))|"
    # an ISO date, or its year and month only ("date 2017-09" opening a stored page)
    r"(?<![\d-])(?P<y3>20\d\d)-(?P<m3>\d{2})(?:-(?P<d3>\d{2}))?(?![\d-])"
)


_PERIOD_END_BEFORE = re.compile(r"(?<![\w])(?:từ|đến|tới)\s+(?:ngày\s+)?$")
_LINKED_TITLE_DATE = re.compile(r"\)[ \t]*(?:\n|$)")


def guess_date(text: str) -> str | None:
    """An article date written in its first lines ("03:50 PM 25/10/2022", "ngày 11 tháng 9 năm 2020",
    "2017-09-28"; a year and month alone is taken as the month's first day)."""
    head = "\n".join(text.split("\n")[:8])
    # ("khảo sát … từ ngày 1 tháng 6 năm 2012 đến ngày …": the ends of a period a report covers, no date of the page)
    # ("Chủ tịch Quốc hội tiếp xúc cử tri (16/05/2015)": a title with its date in brackets closing its line is a link
    # to another article, listed beside a short page; its date is that article's)
    m = next((x for x in _DATE_IN_TEXT.finditer(head)
              if not _PERIOD_END_BEFORE.search(head, 0, x.start()) and not _LINKED_TITLE_DATE.match(head, x.end())), None)
    if not m:
        return None
    if m["y3"]:
        d, mo, y = m["d3"] or "1", m["m3"], m["y3"]
    else:
        d, mo, y = (m["d"], m["m"], m["y"]) if m["y"] else (m["d2"], m["m2"], m["y2"])
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


_DATELINE = re.compile(r"\s*date\s+(?P<d>(?:19|20)\d\d-\d\d(?:-\d\d)?)(?![\d-])")


def page_dateline(text: str) -> str | None:
    """The date a stored page opens with ("date 2019-06 …"): the page's own, unlike a date `guess_date` may read in
    its first lines, which can be a meeting's."""
    m = _DATELINE.match(text)
    return m["d"] if m else None


# When each year's DTI came out (year, month), as the dated reports of it show: 2021's on 8 August 2022,
# 2022's on 12 July 2023, 2023's on 6 February 2025, 2024's on 21 October 2025.
DTI_RELEASED = {2020: (2021, 4), 2021: (2022, 8), 2022: (2023, 7), 2023: (2025, 2), 2024: (2025, 10)}
_USUAL_RELEASE_MONTH = 7  # for a year not yet in the table


# The index of a place in an article that names no ranking and speaks of no digital subject: no fact
# (extract.py drops such claims before they are merged)
NO_RANKING = "none"


def latest_dti_out(year: int, month: int) -> int:
    """The last DTI year published by the given month: Y - 1 once it is out, Y - 2 before."""
    previous = year - 1
    return previous if (year, month) >= DTI_RELEASED.get(previous, (year, _USUAL_RELEASE_MONTH)) else previous - 1


# World reports on countries (innovation, competitiveness, travel, logistics, happiness …) are named for the year
# they come out, most of them from spring on; an article from April on that ranks countries by one of them
# without naming its edition reports that year's. Before April it is still the previous year's.
WORLD_REPORTS_OUT_BY_MONTH = 4

# The serving-citizens-and-businesses index (Decision 766) is scored month by month through the year: a place
# "tính đến ngày 29/8" with no year is in the index of the article's own year, not of the year before; in the
# first months of a year the reports are still on the year before's results
RUNNING_YEAR_FROM_MONTH = 4
_RUNNING_INDEX = re.compile(r"chỉ số phục vụ người dân|bộ chỉ số chỉ đạo,? điều hành và đánh giá chất lượng phục vụ")
_OTHER_EDITION = re.compile(
    r"\(?(?:pci|papi|sipas|par index|gii|gci|nri|pii|pgi|ebi)\)?\s+(?:năm\s+)?(?:19|20)\d\d"
    r"|(?:giải thưởng|award)(?:\s+[^\s,.;()\d]+){0,12}\s+(?:năm\s+)?(?:19|20)\d\d"  # an award's edition
)
# "Trang US News mới đây vừa đưa ra kết quả xếp hạng …", "… vừa được công bố": a report out days ago (the happiness
# report comes out in March)
_JUST_RELEASED = re.compile(
    r"(?<![\w])(?:vừa|mới đây)\s+(?:mới\s+|vừa\s+)?(?:được\s+)?(?:công bố|đưa ra|công khai|phát hành)(?![\w])"
    # ("theo ấn bản thứ 37 … được công bố trong tuần này", "Báo cáo … công bố hôm nay")
    r"|(?<![\w])(?:công bố|phát hành)\s+(?:vào\s+|trong\s+)?(?:tuần này|hôm nay|sáng nay|chiều nay|tối nay)(?![\w])"
    # ("Năm nay, Phần Lan thay thế Na Uy để trở thành quốc gia đứng đầu …" in March: this year's edition is out)
    r"|(?:^|[.\n]\s*)năm nay\s*,?\s+[^.\n]{0,80}?(?<![\w])(?:đứng đầu|dẫn đầu|xếp (?:thứ|hạng)|đứng thứ|vị trí)"
)
# A world ranking updated through the year: "được cập nhật vào tháng 3", "tăng 2 bậc so với hồi tháng 1"
_UPDATED_IN_A_MONTH = re.compile(
    r"(?:được\s+)?cập nhật\s+(?:vào\s+|trong\s+)?tháng\s+\d{1,2}(?!\s*[/-]\s*(?:19|20)\d\d)"
    r"|so với\s+(?:(?:bảng\s+)?xếp hạng\s+|kỳ\s+)?(?:hồi\s+|thời điểm\s+)?tháng\s+\d{1,2}(?![\d/-])"
    # ("tăng hạng so với vị trí 90 trong quý 4/2025": a reading of each quarter)
    r"|so với\s+(?:[^.;\n]{0,30}?\s)?(?:hồi\s+|trong\s+|vào\s+)?quý\s+(?:[1-4]|i{1,3}|iv)(?![\w])"
)
# A ranking of nations' brands by their value ("giá trị thương hiệu quốc gia", Brand Finance): its measure is in money
_NATION_BRAND_VALUES = re.compile(r"(?<![\w])(?:giá trị thương hiệu quốc gia|thương hiệu quốc gia (?:có )?giá trị|brand finance)(?![\w])")
# A field wider than the country's ("… nhất thế giới", "toàn cầu", "châu Á"): no ranking of provinces
WORLD_FIELD = re.compile(r"(?<![\w])(?:thế giới|toàn cầu|quốc tế|châu á|đông nam á|khu vực asean)(?![\w])")
# Words that name some ranking or index (which one is for the cues to say)
_NAMES_A_RANKING = re.compile(r"(?<![\w])(?:chỉ số|bảng xếp hạng|index)(?![\w])")
# A ranking named with its year right after it ("Theo chỉ số năm 2018"; not "chỉ số … so với năm 2020", which
# years.REPORT_WITH_YEAR, reading an undated page's one named edition, lets words stand between)
# ("kết quả khảo sát PISA Việt Nam năm 2022": a survey's results, named with "năm" and its edition)
_RANKING_WITH_YEAR = re.compile(
    r"(?<![\w])(?:(?:chỉ số|báo cáo|bảng xếp hạng)\s+(?:năm\s+)?|"
    # ("Theo kết quả Khảo sát ngân sách mở toàn cầu năm 2021": the survey's name in up to five words)
    r"kết quả\s+(?:khảo sát|đánh giá)(?:\s+(?!(?:so|với|vào|của|trong|từ)(?![\w]))[^\s,.;:()\d]+){0,5}?\s+năm\s+)"
    r"(?:19|20)\d\d(?![\d/])"
)


_LAST_YEAR = re.compile(r"năm (?:ngoái|trước)")
# What the tracked rankings of provinces and bodies measure, in any words: an article with none of them is about
# some other ranking
_DIGITAL_SUBJECT = re.compile(
    r"chuyển đổi số|\bdti\b|\bcntt|công nghệ thông tin|\bict\b|chính phủ (?:điện tử|số)|kinh tế số|xã hội số|"
    r"dịch vụ công trực tuyến|\bcđs\b|ứng dụng cntt|sẵn sàng cho phát triển|cổng (?:thông tin điện tử|ttđt)|trang thông tin điện tử"
)
_A_LIST = re.compile(r"(?<![\w])(?:danh sách|tạp chí|bình chọn|khảo sát|trang web|giải thưởng)(?![\w])")
# The UN survey's own subject: the UN named without it is some other UN report
_E_GOVERNMENT = re.compile(r"chính phủ điện tử|chính phủ số|\begdi\b|e-government|\bdesa\b|\bosi\b|dịch vụ công trực tuyến")
# Words that place a body or name a report: a sentence with none of these and no word of an assessment (a
# statistic's year) votes for no edition
_PLACED_WORDS = re.compile(r"xếp|đứng|hạng|dẫn đầu|top|tốp|vị trí|nhóm|báo cáo|công bố|ấn bản")

@dataclass
class ArticleContext:
    """Index and year evidence gathered once per article."""

    title_low: str
    body_low: str
    year: int | None  # publication year
    paragraph_lows: list[str]
    article_scores: dict[str, int] = field(default_factory=dict)
    title_scores: dict[str, int] = field(default_factory=dict)
    default_years: dict[str, int] = field(default_factory=dict)
    is_local: bool = False
    written_years: dict[str, set[int]] = field(default_factory=dict)  # years written as numbers, per index
    ict_index_article: bool = False  # names the ICT Index and never the ICT-application ranking
    month: int | None = None  # publication month, when the article came with its date
    inferred_year: int | None = None  # an undated article's edition, from what its changes compare against
    named_edition: int | None = None  # an undated article's one edition named with its report ("Chỉ số năm 2017")
    running_index: bool = False  # on the serving-citizens index (Decision 766), scored month by month
    # a world ranking updated through the year ("cập nhật vào tháng 3", "so với hồi tháng 1"): its places are this year's
    updated_this_year: bool = False
    # a world report the article says was just released ("vừa công bố"): in March, already this year's edition
    just_released: bool = False
    # a passport index ("hộ chiếu … miễn thị thực"): the "điểm" it gives a passport count the destinations open to it
    # without a visa, no score of the contract (GUIDELINES §13 as the annotators read it: "với số điểm 49" is a count)
    counts_destinations: bool = False
    measured_in_money: bool = False  # a ranking of nations' brand values: a sum of money is its own measure

    @classmethod
    def build(cls, title: str, body: str, paragraphs: list[str], sentences: list[str], year: int | None) -> ArticleContext:
        ctx = cls(title.lower(), body.lower(), year, [p.lower() for p in paragraphs])
        whole = ctx.title_low + "\n" + ctx.body_low
        ctx.article_scores = index_scores(whole)
        ctx.title_scores = index_scores(ctx.title_low)
        if _NAMES_ICT_INDEX.search(whole) and not ICT_APPLICATION_OVERRIDES.search(whole):
            # An ICT Index article: "Chỉ số Ứng dụng công nghệ thông tin" in it is that index's pillar, so
            # its many mentions must not outvote the index the article names.
            ctx.ict_index_article = True
            ctx.article_scores = {k: v for k, v in ctx.article_scores.items() if k != "ict_application"}
            ctx.title_scores = {k: v for k, v in ctx.title_scores.items() if k != "ict_application"}
        ctx.is_local = ctx.article_scores.get("local", 0) >= 3
        ctx.running_index = bool(_RUNNING_INDEX.search(whole))
        ctx.updated_this_year = bool(_UPDATED_IN_A_MONTH.search(whole))
        ctx.just_released = bool(_JUST_RELEASED.search(whole, 0, len(ctx.title_low) + 1 + 1500))  # the title and lead
        ctx.counts_destinations = "hộ chiếu" in whole and ("thị thực" in whole or "visa" in whole)
        ctx.measured_in_money = bool(_NATION_BRAND_VALUES.search(whole))
        votes: dict[str, Counter[int]] = {}
        title_years: dict[str, int] = {}
        explicit: dict[str, set[int]] = {}
        numbered: dict[str, Counter[int]] = {}
        for i, s in enumerate([title, *sentences]):
            low = s.lower()
            # ("Theo chỉ số năm 2018, Mỹ đứng đầu": a ranking named by no words of any index's own is some other one)
            scores = index_scores(low) or ({"other": 1} if _RANKING_WITH_YEAR.search(low) else {})
            if not scores:
                continue
            if i > 0 and not SPEAKS_OF_ASSESSMENT.search(low) and not _PLACED_WORDS.search(low):
                continue  # "… chi tiêu cho nghiên cứu đạt 1,1 nghìn tỷ USD vào năm 2022": a statistic's year, no edition
            # (a year in passing, "(năm 2022 con số này là 55/181)", or a data source's says not which assessment
            # the article reports)
            ys = edition_years(low, year)
            if not ys or year is None and "năm nay" in low:
                # (an undated page opening "X năm nay đạt 2,7 điểm … Năm 2007, X đứng thứ 123": the year named beside
                # an unknown "năm nay" is the edition before, no vote for the one reported)
                continue
            written = {y.year for y in find_years(low, None)}  # numbers only, no "năm nay"/"năm ngoái"
            for index in scores:
                if i == 0 and index not in title_years:
                    # (a title that turns to a later year reports that one: "đứng thứ 57 năm 2019, nhưng đến năm 2020
                    # … thứ 64")
                    turned = [y.year for y in ys if CONTRAST.search(low, max(0, y.start - 20), y.start)]
                    title_years[index] = max(turned) if turned and max(turned) > ys[0].year else ys[0].year
                # ("điểm trung vị của khối đạt 48,45 điểm, tương đương điểm số PCI 2017 của tỉnh": an edition named by
                # another ranking's short name is that ranking's year, no vote for a province's own ranking)
                mine = [y for y in ys if index == "other" or not _OTHER_EDITION.match(low, y.start)]
                if index == "other" and year is not None:
                    # ("Trong xếp hạng năm ngoái, Việt Nam đứng thứ 75": a world report's edition before the one the
                    # article reports, no vote for it)
                    mine = [y for y in mine if not _LAST_YEAR.fullmatch(low, y.start, y.end)]
                if mine:
                    votes.setdefault(index, Counter()).update(y.year for y in mine)
                    # ("DDCI Bắc Giang năm 2022" beside "năm nay" twice in an article of 2023: the numbered edition
                    # is the one the article reports; "năm nay" then means it)
                    numbered.setdefault(index, Counter()).update(y.year for y in mine if y.year in written)
                explicit.setdefault(index, set()).update(written)
        for index, counter in votes.items():
            best = (numbered.get(index) or counter).most_common(1)[0][0]
            ctx.default_years[index] = title_years.get(index) or best
        ctx.written_years = explicit
        return ctx

    def reported_year(self) -> int | None:
        """The assessment the article reports, when it names one earlier than its own date (or the article has
        none): "năm nay" and "năm ngoái" are then read against it (an article of 2023 on DTI 2022 saying "năm nay"
        means 2022)."""
        tracked = {k: v for k, v in self.article_scores.items() if k in ("dti", "ict_index", "ict_application", "egdi", "local")}
        if not tracked:
            return None
        main = max(tracked.items(), key=lambda kv: kv[1])[0]
        if main == "egdi" and not self._names_un_survey:
            return None  # "quốc gia" throughout an article on another world ranking: it reports no UN survey
        year = self.default_years.get(main)
        # only an assessment named by its number: "DTI năm ngoái" is itself relative to the date; an undated page's
        # "năm nay" is the edition it names
        undated_on_it = self.year is None and max(self.article_scores.values()) == tracked[main]  # (not on another ranking)
        if year is not None and (undated_on_it or self.year is not None and year < self.year) and (
            year in self.written_years.get(main, ())
        ):
            return year
        return None

    def index_for(self, entity_type: str, sentence_low: str, paragraph: int) -> str:
        """The index a claim (of a sentence or a table row) is about; a province's own ranking of its units (DDCI,
        its reform index …) is `local`, whatever it measures (GUIDELINES §6)."""
        index = self._index_for(entity_type, sentence_low, paragraph)
        return "local" if entity_type == "local_unit" and index == "other" else index

    def _index_for(self, entity_type: str, sentence_low: str, paragraph: int) -> str:
        """The index a claim is about.

        Sentence and paragraph cues count only when strong (a weak "ứng dụng CNTT" inside an ICT Index
        article names a pillar, not another index); "other" rankings (PAR INDEX, PCI, ITU's IDI) only
        from the sentence itself.
        """
        sentence_scores = index_scores(sentence_low)
        if sentence_scores.get("other", 0) >= 5:
            return "other"
        para = self.paragraph_lows[paragraph] if 0 <= paragraph < len(self.paragraph_lows) else ""
        para_scores = index_scores(para)
        if self.ict_index_article:
            # "Chỉ số Ứng dụng công nghệ thông tin 0,3087 điểm" in an ICT Index article is its pillar
            sentence_scores = {k: v for k, v in sentence_scores.items() if k != "ict_application"}
            para_scores = {k: v for k, v in para_scores.items() if k != "ict_application"}
        levels = (
            (sentence_scores, True),
            (para_scores, True),
            (self.title_scores, False),
            (self.article_scores, False),
        )
        if entity_type == "country":
            return self._country_index(sentence_low, para, sentence_scores)
        if self._about_other(entity_type, levels):
            return "other"
        if entity_type == "local_unit":
            return "local"
        for scores, strong in levels:
            cands = {k: v for k, v in scores.items() if k in ("dti", "ict_index", "ict_application")}
            if strong:
                cands = {k: v for k, v in cands.items() if v >= 3}
            if cands:
                return max(cands.items(), key=lambda kv: kv[1])[0]
        if self.article_scores.get("other", 0) or self._names_a_ranking:
            # an article naming only another ranking (PCI, "Chỉ số tiếp cận pháp luật"), none of the tracked
            # ones anywhere: never a DTI by default
            return "other"
        if WORLD_FIELD.search(sentence_low):
            # "Hà Nội lọt top 10 thành phố ô nhiễm nhất thế giới, đứng thứ 8": a city in a world list, which the
            # national rankings of provinces never are
            return "other"
        if entity_type == "province" and not self._speaks_of_digital and self._names_a_list:
            # "Đứng ở vị trí thứ 13, Hà Nội …" in a travel magazine's list of cities: an article that never speaks of
            # IT, e-government or digital transformation, and names a list of its own, reports none of their rankings
            return "other"
        if not self._speaks_of_digital:
            # "Năm 2024, Hải Phòng xếp thứ 2 cả nước" in a report on growth or exam marks: an article that names no
            # ranking and never speaks of IT, e-government or digital transformation places the body in none the
            # contract can name (mostly by a raw statistic, GUIDELINES §4)
            return NO_RANKING
        return "dti" if (self.year or 9999) >= 2021 else "ict_application"

    def _country_index(self, sentence_low: str, para: str, sentence_scores: dict[str, int]) -> str:
        """A country's rank is the UN e-government survey's only where the nearest text that names a
        ranking names that one ("Chính phủ điện tử", "EGDI", "Liên Hợp Quốc"); a country ranked in an
        article about the Global Innovation Index or a prosperity index is `other`."""
        for text, scores in (
            (sentence_low, sentence_scores),
            (para, index_scores(para)),
            (self.title_low, self.title_scores),
            (self.body_low, self.article_scores),
        ):
            # ("Báo cáo Hạnh phúc Thế giới … do Liên Hợp quốc tài trợ": the UN named with no e-government in sight)
            egdi = len(EGDI_SPECIFIC.findall(text)) if _E_GOVERNMENT.search(text) else 0
            other = scores.get("other", 0)
            if egdi or other:
                return "other" if other > 3 * egdi or not self._names_un_survey else "egdi"
        return "egdi" if self._names_un_survey else "other"

    @cached_property
    def _names_a_ranking(self) -> bool:
        """Whether the article names some ranking or index at all (read once per article)."""
        return bool(_NAMES_A_RANKING.search(self.title_low) or _NAMES_A_RANKING.search(self.body_low))

    @cached_property
    def world_report_editions(self) -> tuple[int, ...] | None:
        """The editions of a world report that skips years, when the article names one (read once per article)."""
        return world_report_editions(self.title_low) or world_report_editions(self.body_low)

    @cached_property
    def _names_a_list(self) -> bool:
        """Whether the article names a list, a magazine's or a survey's, as what it ranks by (read once per article)."""
        return any(_A_LIST.search(t) for t in (self.title_low, self.body_low))

    @cached_property
    def _speaks_of_digital(self) -> bool:
        """Whether the article has any word of the digital rankings' subjects (read once per article)."""
        return any(_DIGITAL_SUBJECT.search(t) for t in (self.title_low, self.body_low))

    @cached_property
    def _names_un_survey(self) -> bool:
        """Whether the article names the UN survey as a ranking, not only e-government as a topic: a country
        ranked in an article that never does is in some other ranking ("hạng 63 về chính phủ điện tử" is one
        pillar of a digital quality-of-life index). The UN or a survey named in an article that never speaks of
        e-government ("theo Liên Hợp Quốc" in a health ranking, "cuộc khảo sát năm 2017" of a climate-risk index)
        is some other report. Read once per article: every country's claim asks."""
        names = EGDI_NAMED.search(self.title_low) or EGDI_NAMED.search(self.body_low)
        return bool(names and (_E_GOVERNMENT.search(self.title_low) or _E_GOVERNMENT.search(self.body_low)))

    def reports_this_years_world_edition(self, index: str, entity_type: str | None) -> bool:
        """Whether a country's place in an unnamed edition of a world report (not the UN survey) is the edition of
        the article's own year: dated from April on, when most such reports are out, or any month for a ranking
        updated through the year."""
        return (
            index == "other" and (entity_type == "country" or entity_type == "province" and self._ranks_cities_of_the_world)
            and self.month is not None and (
                self.month >= WORLD_REPORTS_OUT_BY_MONTH or self.updated_this_year
                or self.month == WORLD_REPORTS_OUT_BY_MONTH - 1 and self.just_released
            )
        )

    @cached_property
    def _ranks_cities_of_the_world(self) -> bool:
        """Whether the article places Vietnamese cities in a world list (EIU's livability, a cost-of-living survey):
        a wider field than the country's, named more than once, and no word of the digital rankings."""
        whole = self.title_low + "\n" + self.body_low
        return len(WORLD_FIELD.findall(whole)) >= 2 and not self._speaks_of_digital

    @staticmethod
    def _about_other(entity_type: str, levels: tuple) -> bool:
        """Whether the nearest stretch of text that names any index names another ranking (PAR INDEX,
        PAPI, a prosperity index) more than the ones this project tracks: then a claim with no index
        of its own belongs to that ranking ("Chỉ số cải cách hành chính 2023: … Bộ Tư pháp dẫn đầu")."""
        tracked = ("egdi",) if entity_type == "country" else ("dti", "ict_index", "ict_application", "local")
        for scores, _strong in levels:
            other = scores.get("other", 0)
            mine = max((scores.get(k, 0) for k in tracked), default=0)
            if other or mine:
                return other >= 5 and other > mine
        return False

    def year_for(self, index: str, paragraph: int, entity_type: str | None = None) -> int | None:
        """The assessed year when the sentence names none: the article's year for the index, else date − 1
        (the same year for countries in world reports other than the UN survey, from April on).

        (Paragraph years were tried and dropped: a paragraph often names a previous year in passing.)
        """
        if index in self.default_years:
            if index == "other" and self.year is None and self.inferred_year is not None and (
                self.default_years[index] < self.inferred_year
            ):
                # an undated page whose changes are against a later edition than the years it mentions most
                # ("Năm 2007, chỉ số LPI Việt Nam … đứng thứ 53" in a history of a report of 2018): the later one
                return self.inferred_year
            return self.default_years[index]
        if index == "local" and len(set(self.default_years.values())) == 1:
            # A province's own ranking announced as "xếp hạng chuyển đổi số năm 2023 của các sở": the
            # headline's year, read there under the national index's name, is the one assessed.
            return next(iter(self.default_years.values()))
        if self.year is not None:
            if index == "egdi":  # the UN survey is biennial (even years) and published in its own year
                return self.year if self.year % 2 == 0 else self.year - 1
            if index == "dti" and self.month is not None:
                return latest_dti_out(self.year, self.month)  # "hiện đứng thứ 9/63" in April 2023: the 2021 DTI
            if self.reports_this_years_world_edition(index, entity_type):
                return self.year
            if self.running_index and index in ("other", "local") and (self.month or 0) >= RUNNING_YEAR_FROM_MONTH:
                return self.year
            return self.year - 1
        if self.default_years:
            return Counter(self.default_years.values()).most_common(1)[0][0]
        if self.inferred_year is None and index == "other":
            return self.named_edition  # ("Chỉ số năm 2017 cho thấy …" on a world report, with no claim of that year)
        return self.inferred_year
