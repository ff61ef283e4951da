"""The extractor's entry point: an Article in, merged Facts with evidence out.

Steps: normalise (pipeline/text.py) → split sentences → cheap prefilter and claim wording
(pipeline/patterns.py) → for sentences with a claim only: gazetteer mentions, an underthesea-fed spaCy
Doc (pipeline/nlp.py), subjects and lists (pipeline/claims.py) → index/year from context
(pipeline/context.py) → one Fact per key (GUIDELINES §1) → table rows (pipeline/tables.py).
"""

from __future__ import annotations

import copy
import datetime
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.claims import (
    EXAM_RESULTS,
    LOCAL_RANKING,
    NAMES_AN_INDEX,
    PUBLICATION_COUNTS,
    SECTOR_RANKING,
    Assertion,
    SentenceState,
    block_after,
    extract_sentence,
    field_after,
    heading_pillar,
    lower_same_length,
    names_local_unit,
    opens_ordered_list,
    ranking_owner,
    remember_years,
    section_pillar,
    speaks_of_sport,
)
from pipeline.context import NO_RANKING, WORLD_FIELD, ArticleContext, guess_date, page_dateline
from pipeline.entities import Mention, find_mentions, unit_short_names, units_named_by_kind
from pipeline.gazetteer import province_of_host
from pipeline.lexicon import DTI_PILLARS, GROUP_MERGED, PREFILTER, component_for_index, index_scores
from pipeline.model import ATTRIBUTES, Article, Fact, years_between_editions
from pipeline.patterns import NATIONAL, find_cues
from pipeline.plausibility import Rejection, split_plausible
from pipeline.text import PreparedText, Sentence, prepare_text, split_paragraphs, split_sentences
from pipeline.text_tables import is_cell_line, text_table_facts
from pipeline.years import edition_after, edition_after_comparison, find_years, only_edition_named

EXTRACTOR_VERSION = "0.6.306"

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    """An assertion placed in the article, before merging."""

    fact: Fact
    from_title: bool


@dataclass
class Prepared:
    """An article's normalised text (title first unless the body already starts with it)."""

    prepared: PreparedText
    title_end: int  # normalised text [0, title_end) is the title; 0 if the body holds it
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]


def prepare_article(article: Article) -> Prepared:
    """Normalise title and body into one text whose offsets evidence spans use."""
    body = article.text or ""
    title = (article.title or "").strip()
    first_line = next((ln for ln in body.split("\n") if ln.strip()), "")
    if title and _squash(first_line) != _squash(title):
        original = title + "\n\n" + body
        prepared = prepare_text(original)
        title_len = prepared.text.find("\n")
        title_len = len(prepared.text) if title_len < 0 else title_len
    else:
        prepared = prepare_text(body)
        title_len = 0
    return Prepared(prepared, title_len, split_sentences(prepared.text), split_paragraphs(prepared.text))


def _squash(text: str) -> str:
    """NFC with single spaces: enough to tell whether the body starts with the title line."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# A photo's caption line: "… Ảnh: Xuân Ngọc. |", "… |"
_PHOTO_CAPTION = re.compile(r"(?<![\w])ảnh\s*:\s*[^.;]{0,40}[.;]?\s*\|?\s*$|\s\|\s*$")
# "… năm 2018 vừa được Bộ Thông tin và Truyền thông công bố": results the article calls just published
_JUST_ANNOUNCED = re.compile(r"năm\s+(?P<y>20\d\d)\s+(?:vừa|mới)\s+(?:được\s+)?(?:[^.,;]{0,50}\s)?công bố")


def _opens_off_domain(title: str, lead: str) -> bool:
    """Whether a page's title and lead (lower-cased) are about a team's or a league's place or about exam results
    (GUIDELINES §4) and name no index; a photo's caption there ("… giải bóng đá U23 châu Á. Ảnh: Xuân Ngọc. |" over a
    happiness report) says nothing of the page."""
    if EXAM_RESULTS.search(title) and not NAMES_AN_INDEX.search(title):
        return True  # ("Điểm thi tốt nghiệp THPT 2024: Nam Định dẫn đầu", whatever "chỉ số" its lead speaks of)
    lead = "\n".join(line for line in (title + "\n" + lead).split("\n") if not _PHOTO_CAPTION.search(line))
    if NAMES_AN_INDEX.search(lead):
        return False
    # ("bảng xếp hạng chất lượng giáo dục dựa trên điểm thi toán" after a title of its own: a ranking named as built on
    # exam marks is one)
    return speaks_of_sport(lead) or bool(EXAM_RESULTS.search(lead)) and "bảng xếp hạng" not in lead


def _just_announced_year(text: str) -> int | None:
    """The year of results the article's opening calls just announced, if it names one."""
    m = _JUST_ANNOUNCED.search(unicodedata.normalize("NFC", text[:1500]).lower())
    return int(m["y"]) if m else None


# A heading naming one field of a reform index ("- Lĩnh vực Cải cách thể chế"): the values under it are that
# field's, a sub-index of another ranking (GUIDELINES §5)
_SUB_FIELD_HEADING = re.compile(r"[-–•*]?\s*(?:\d{1,2}[.)]\s*)?lĩnh vực\s+[^\d.;:]{3,80}")


def _year_of(date: str | None) -> int | None:
    if date and re.match(r"\d{4}", date):
        return int(date[:4])
    return None


def _month_of(date: str | None) -> int | None:
    m = re.match(r"\d{4}-(\d{2})", date or "")
    return int(m.group(1)) if m else None


@dataclass
class Extraction:
    """What one article gave: the facts kept, and the implausible ones dropped with their reasons."""

    facts: list[Fact]
    rejected: list[Rejection]


def extract_article(article: Article, *, with_docs: bool = True) -> list[Fact]:
    """Every plausible ranking fact an article states, one per (entity, index, component, group, year).

    `with_docs=False` skips building spaCy Docs (evidence spans are then not snapped to tokens).
    Implausible values are dropped and logged (see `extract_article_checked` to count them).
    """
    return extract_article_checked(article, with_docs=with_docs).facts


def extract_article_checked(article: Article, *, with_docs: bool = True) -> Extraction:
    """`extract_article` with the facts dropped as implausible (pipeline/plausibility.py) kept apart."""
    date = article.date or guess_date(article.text or "")
    claims = [c for c in _read_article(article, date, with_docs) if c.index != NO_RANKING]
    # Checked before merging: an impossible value must not take the place of a true one for its key
    # ("Chính quyền số (400 điểm)", the pillar's weight, before "Chính quyền số: 0,4513").
    # Only a date the article came with bounds its years: one guessed from the body may be a decision's
    # or a meeting's date, older than the assessment the article reports.
    bound = _year_of(article.date)
    announced = _just_announced_year(article.text or "")
    if bound is not None and announced is not None and announced > bound:
        # "kết quả … năm 2018 vừa được Bộ TT&TT công bố" under a 2016 dateline: the page's date is wrong
        log.warning("%s: dated %s but reports the %s results as just announced; its date bounds no year",
                    article.url, article.date, announced)
        bound = None
    if bound is None:
        # an undated page was written by now at the latest: "… vào năm 2030" is never a year assessed
        bound = datetime.date.today().year
    kept, rejected = split_plausible(claims, bound)
    for r in rejected:
        log.warning("dropped an implausible fact from %s: %s", article.url, r.describe())
    return Extraction(merge_facts(kept), rejected)


def _read_article(article: Article, date: str | None, with_docs: bool) -> list[Fact]:
    """Every claim the article's sentences and tables make, in merge order (body, text tables, title,
    HTML tables), not yet merged per key."""
    prep = prepare_article(article)
    text = prep.prepared.text
    pub_year = _year_of(date)
    paragraph_texts = [text[s:e] for s, e in prep.paragraphs]
    title_norm = text[: prep.title_end] if prep.title_end else _first_heading(paragraph_texts, date)
    ctx = ArticleContext.build(
        title_norm, text, paragraph_texts, [text[s.start : s.end] for s in prep.sentences], pub_year
    )
    # an article with no date at all: the edition its changes are reported against tells its year
    ctx.inferred_year = edition_after_comparison(ctx.body_low) if pub_year is None else None
    ctx.named_edition = only_edition_named(ctx.body_low) if pub_year is None else None
    if ctx.inferred_year is not None and ctx.named_edition is not None and ctx.named_edition > ctx.inferred_year:
        # "GII năm 2021 …, Việt Nam từ vị trí 76 năm 2012 vươn lên thứ hạng 44 vào năm nay": the edition the page names
        # is later than the one after the year compared with, so the move spans editions and "năm nay" is the named one
        ctx.inferred_year = ctx.named_edition
    # only a date the article came with, or its own dateline opening the page ("date 2019-06"): one guessed from the
    # body may be a meeting's
    ctx.month = _month_of(article.date or page_dateline(article.text or ""))
    state = SentenceState(on_date=date, article_year=pub_year or ctx.inferred_year, reported_year=ctx.reported_year(), is_local=ctx.is_local)
    state.off_domain_article = bool(
        PUBLICATION_COUNTS.search(ctx.title_low + "\n" + ctx.body_low[:800])
        # (a page on a team's place or on exam marks opens on it: "Ngày 7/8, FIFA công bố bảng xếp hạng bóng đá nữ")
        or _opens_off_domain(ctx.title_low, ctx.body_low[:400])
    )
    state.sector_article = bool(SECTOR_RANKING.search(ctx.title_low) or SECTOR_RANKING.search(ctx.body_low))
    state.measured_in_money = ctx.measured_in_money
    title_mentions = [m for m in find_mentions(title_norm, on_date=date) if m.entity_type != "country"]
    state.topic = title_mentions[0] if title_mentions else None
    state.home = _home_province(article.url, date)
    # Districts may be named bare in an article that may rank them: a province's own ranking (a reform index of
    # districts may outvote its words, so they are looked for too) or a district named by its kind. The province
    # whose ranking it is: named in the title ("Nghệ An công bố …") or the publishing site's.
    if ctx.is_local or LOCAL_RANKING.search(ctx.body_low) or units_named_by_kind(text):
        owners = [m.canonical for m in title_mentions if m.entity_type == "province"]
        owners += [state.home.canonical] if state.home else []
        state.unit_short_names = unit_short_names(text, date, tuple(owners))
    candidates: list[Candidate] = []
    current_paragraph = -1
    heading: str | None = None
    sub_heading = False
    # (an article off the project's domain has no table of it either: "1. Bỉ – 1765 điểm" on a FIFA page)
    written = [] if state.off_domain_article else text_table_facts(
        text, ctx, date, article.url, EXTRACTOR_VERSION, prep.prepared.original, state.unit_short_names
    )
    # "… 5. Sở Tư pháp (809,4 điểm) / Tiếp theo là A và B": a list after a table counts on from its last place
    table_places = sorted((f.end, f.rank) for f in written if f.rank is not None and f.component is None)
    for sent in prep.sentences:
        s_text = text[sent.start : sent.end]
        passed = [rank for end, rank in table_places if end <= sent.start]
        if passed:
            state.last_rank = max(passed)
            table_places = [(end, rank) for end, rank in table_places if end > sent.start]
        if sent.paragraph != current_paragraph:
            current_paragraph = sent.paragraph
            state.paragraph_no_service = False
            state.paragraph_merged = False
            state.paragraph_region = None
            state.paragraph_sport = False
            state.paragraph_component, heading = heading, None
            state.paragraph_sub_index, sub_heading = sub_heading, False
        low = lower_same_length(s_text)
        if _SUB_FIELD_HEADING.fullmatch(low.strip()):
            sub_heading = True  # "- Lĩnh vực Cải cách thể chế" alone: the next paragraph is that field's, no fact
            continue
        state.paragraph_sport = state.paragraph_sport or speaks_of_sport(low)
        state.paragraph_component = section_pillar(low) or state.paragraph_component
        heading = heading_pillar(low)  # "1. Chỉ số Hạ tầng kỹ thuật CNTT:" alone: the next paragraph's pillar
        cues = find_cues(low) if PREFILTER.search(low) else []
        opens_list = opens_ordered_list(low)  # "… xếp lần lượt từ cao xuống thấp như sau:": the next paragraphs list
        if not cues:
            state.paragraph_no_service = block_after(low, len(low), state.paragraph_no_service)
            state.paragraph_merged = field_after(low, len(low), state.paragraph_merged)
            state.last_subject = ranking_owner(s_text, low, date) or state.last_subject
            remember_years(low, state)
            state.ordered_next = 1 if opens_list else None
            continue
        mentions = find_mentions(s_text, on_date=date)
        if not mentions and is_cell_line(s_text):
            continue  # a table cell copied onto a line of its own ("54 (tăng 14 bậc)"): its body is its row's
        speaks_of_someone = (
            mentions or state.last_subject or state.topic or state.home or any(c.group == NATIONAL for c in cues)
            or (state.is_local and names_local_unit(s_text))
        )
        assertions = extract_sentence(s_text, mentions, state, cues) if speaks_of_someone else []
        if opens_list:
            state.ordered_next = 1
        elif not speaks_of_someone:
            state.ordered_next = None  # (extract_sentence, not called, is what goes on with a list)
        state.paragraph_no_service = block_after(low, len(low), state.paragraph_no_service)
        state.paragraph_merged = field_after(low, len(low), state.paragraph_merged)
        if not assertions:
            continue
        doc = _LazyDoc(s_text, mentions, cues) if with_docs else None
        for a in assertions:
            fact = _to_fact(a, sent, s_text, low, ctx, prep, article, doc)
            if a.attrs.get("previous_edition") and fact.year is None:
                continue  # the place left in "từ vị trí 29 lên vị trí 12" of an other ranking: its year is unknown
            if fact.index == "other" and _about_a_sub_index(a, low):
                if a.rank is not None and a.rank == state.last_rank:
                    state.last_rank = None  # "Tiếp theo là …" in the next sentence goes on in the same part
                continue  # a pillar of PCI, GII, EBI …: the contract tracks no component of other rankings
            candidates.append(Candidate(fact, sent.start < prep.title_end or (prep.title_end == 0 and sent.paragraph == 0)))
    for f in written:  # evidence shows the row as the article wrote it
        o_start, o_end = prep.prepared.to_original(f.start, f.end)
        f.sentence = prep.prepared.original[o_start:o_end].strip()
    body = [c.fact for c in candidates if not c.from_title]
    title = [_year_from_body(c.fact, body) for c in candidates if c.from_title]
    claims = _without_regional_places_restated(body + written + title)
    if ctx.counts_destinations:
        claims = _without_scores(claims)
    if article.tables:
        from pipeline.tables import table_facts

        claims += table_facts(article, ctx, EXTRACTOR_VERSION)
    return claims


def _without_scores(claims: list[Fact]) -> list[Fact]:
    """The claims with their scores taken off (a claim left with no value is dropped): on a page whose "điểm" count
    something else, such as a passport's visa-free destinations."""
    out = []
    for f in claims:
        if f.score is not None and f.index == "other":
            f = copy.copy(f)
            f.score = None
        if any(getattr(f, a) is not None for a in ATTRIBUTES):
            out.append(f)
    return out


def _without_regional_places_restated(claims: list[Fact]) -> list[Fact]:
    """A headline or caption "Việt Nam xếp thứ 4 về …" over a body that says "đứng thứ 54 … thế giới và đứng thứ 4 trong
    khu vực Đông Nam Á" restates the regional place without its region: dropped when another place with no region (the
    world one) is stated for the same body, so that it never outvotes it."""
    regional = {(f.entity, f.index, f.year, f.rank) for f in claims if f.group is not None and f.rank is not None}
    if not regional:
        return claims
    places: dict[tuple, set[int]] = {}
    for f in claims:
        if f.group is None and f.rank is not None:
            places.setdefault((f.entity, f.index, f.year), set()).add(f.rank)

    def restated(f: Fact) -> bool:
        key = (f.entity, f.index, f.year)
        return f.group is None and (*key, f.rank) in regional and len(places.get(key, ())) > 1

    return [f for f in claims if not restated(f)]


def _year_from_body(fact: Fact, body: list[Fact]) -> Fact:
    """A title claim with no year of its own ("Hà Giang tăng 29 bậc về chuyển đổi số") restates the body: it
    takes the year of the body's claim with the same body, ranking and value."""
    if fact.confidence >= 0.9:
        return fact  # the title wrote its year
    for other in body:
        if (other.entity, other.index, other.component, other.group) != (fact.entity, fact.index, fact.component, fact.group):
            continue
        if any(getattr(fact, a) is not None and getattr(fact, a) == getattr(other, a) for a in ATTRIBUTES):
            if other.year != fact.year:
                fact = copy.copy(fact)
                fact.year = other.year
            return fact
    return fact


def _first_heading(paragraphs: list[str], on_date: str | None) -> str:
    """An untitled page's title: its first short paragraph that names a body, past the site's own lines ("No
    title...", "image advertisement", a view count) that copied pages often open with; else its first paragraph."""
    for p in paragraphs[:6]:
        # (a heading: short, no sentence's full stop at its end)
        if len(p) <= 150 and not p.rstrip().endswith(".") and any(
            m.entity_type != "country" for m in find_mentions(p, on_date=on_date)
        ):
            return p
    return paragraphs[0] if paragraphs else ""


def _home_province(url: str, on_date: str | None) -> Mention | None:
    """The province whose own site (portal, party paper) an article comes from, as a mention with no span."""
    name = province_of_host(urlsplit(url).hostname or "", on_date)
    return Mention(0, 0, name, name, "province") if name else None


def _to_fact(
    a: Assertion, sent: Sentence, s_text: str, low: str, ctx: ArticleContext, prep: Prepared, article: Article, doc
) -> Fact:  # noqa: ANN001
    paragraph = sent.paragraph
    # The clause decides first: "Ở PAPI 2022, A dẫn đầu; về DTI, tỉnh đứng thứ 6" names two rankings.
    c_start = low.rfind(";", 0, a.start) + 1
    c_end = low.find(";", a.end)
    clause = low[c_start : c_end if c_end >= 0 else len(low)]
    strong = {k: v for k, v in index_scores(clause).items() if v >= 3 and k != "egdi"}
    index = a.attrs.get("index")
    if index is None and a.entity_type in ("province", "ministry", "agency") and _DTI_FIELD.search(clause) and not any(
        v >= 3 for k, v in index_scores(low).items() if k != "dti"
    ):
        index = "dti"  # "Top 10 tỉnh dẫn đầu về chuyển đổi số": the DTI by its field's name, whatever came before
    index = index or ctx.index_for(a.entity_type, clause if strong else low, paragraph)
    if index == "other" and a.component in DTI_PILLARS and a.entity_type in ("province", "ministry", "agency") and (
        not any(k != "dti" for k in strong)  # ("chỉ số thành phần … chính quyền số) trong cải cách hành chính": PAR's)
    ):
        index = "dti"
    explicit = a.year is not None
    # (a city in a world list, "Hà Nội … top 10 điểm đến hàng đầu châu Á", is in a world report, dated as countries are)
    in_world_report = a.entity_type == "province" and index == "other" and WORLD_FIELD.search(clause or low)
    report_type = "country" if in_world_report else a.entity_type
    year = a.year if explicit else ctx.year_for(index, paragraph, report_type)
    if index == "dti" and a.entity_type != "local_unit" and a.year_offset is None and (
        article.date and year == _year_of(article.date)
    ):
        # DTI year Y is published in Y + 1, so "Năm 2023, DTI của tỉnh xếp thứ 46/63" in an article dated
        # 2023 (said in the sentence or in the text around it) dates the announcement: the ranking is the 2022
        # one (a date guessed from the body is no proof)
        year -= 1
    if not explicit and a.year_offset is None and _RECENT_YEARS.search(low) and not find_years(low, None):
        year = None  # "Những năm trở lại đây, Tiền Giang nằm trong tốp 10": no one assessment

    compared = a.attrs.get("after_compared")
    if not explicit and compared is not None and not (
        ctx.reports_this_years_world_edition(index, report_type) and year is not None and year > compared
    ):  # ("tụt 4 bậc so với năm 2017" in September 2019: the 2019 edition, whenever the one before came out)
        year = edition_after(compared, index, ctx.world_report_editions if index == "other" else None)
    if year is None and index == "other":
        year = a.attrs.get("earlier_year")  # "Phương pháp đánh giá năm 2021 …" a paragraph before the places
        if year is not None and ctx.year is None and "năm nay" in low and year != ctx.named_edition:
            # an undated page: "Năm 2007, Việt Nam đứng thứ 123 … Năm nay Đan Mạch … là quốc gia ít tham nhũng nhất":
            # this year's places are in the edition after the one named (but "“Khảo sát Chi phí sinh hoạt” 2021 …
            # Theo bảng xếp hạng năm nay": the page's one named edition is this year's)
            year = edition_after(year, index, ctx.world_report_editions)
    latest = a.attrs.get("latest")
    if latest is not None and (year is None or latest > year):
        year = latest
    component = component_for_index(a.component, index)
    if a.year_offset is not None and year is not None:
        year += a.year_offset
    cadence = years_between_editions(index)
    if a.attrs.get("previous_edition") and year is not None:
        # other rankings appear at irregular intervals: their previous edition's year is not known
        year = year - cadence if index != "other" else None
    group = a.group
    if index == "dti" and a.entity_type == "province" and group is None and (
        a.rank_total == 34 or (a.merged_cue and a.rank_total != 63)
    ):
        group = GROUP_MERGED
    rank_change = a.rank_change
    versus = a.attrs.get("versus")
    # (other rankings appear at irregular intervals, so a year one or two before is taken as their previous one,
    # or the one before in the calendar of a world report that skips years)
    if rank_change is not None and versus is not None and year is not None and versus != year - cadence and (
        index != "other" or a.attrs.get("since") or not (
            1 <= year - versus <= 2 or (ctx.world_report_editions and edition_after(versus, index, ctx.world_report_editions) == year)
        )
    ):
        rank_change = None  # "tăng 20 bậc so với năm 2021" in a 2023 result: not against the previous assessment
    start, end = sent.start + a.start, sent.start + a.end
    if doc is not None and _cuts_a_word(s_text, a.start, a.end):
        from pipeline import nlp

        s, e = nlp.snap(doc.get(), a.start, a.end)
        start, end = sent.start + s, sent.start + e
    o_start, o_end = prep.prepared.to_original(sent.start, sent.end)
    return Fact(
        entity=a.entity,
        entity_type=a.entity_type,
        index=index,
        component=component,
        group=group,
        year=year,
        rank=a.rank,
        rank_total=a.rank_total,
        top=a.top,
        score=a.score,
        rank_change=rank_change,
        source=article.url,
        sentence=prep.prepared.original[o_start:o_end],
        start=start,
        end=end,
        extractor=EXTRACTOR_VERSION,
        confidence=0.9 if explicit else 0.75,
    )


# "in recent years": a claim about several editions at once, so about none of them in particular
_RECENT_YEARS = re.compile(r"(?:những|các|mấy) năm (?:gần đây|trở lại đây)")
_SUB_INDEX = re.compile(
    r"chỉ số thành phần|chỉ số con|trụ cột|hạng mục|chỉ tiêu|đầu vào|đầu ra|"
    # "Việt Nam đứng cao nhất ở Chỉ số mức độ hoàn thiện thị trường (thứ 43)": the body's best part, not the index
    r"(?:cao|thấp) nhất (?:ở|về) (?:các\s+)?(?:chỉ số|lĩnh vực|tiêu chí)"
)


_COUNTED_PARTS_BEFORE = re.compile(r"(?:trên|gồm|với|có)\s+\d{1,3}\s+$")
_ALL_PARTS_BEFORE = re.compile(r"(?:cả|tất cả|toàn bộ)\s+(?:các\s+)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)?\s*$")


def _about_a_sub_index(a: Assertion, low: str) -> bool:
    """Whether a claim is about a part of a ranking rather than the ranking: a "chỉ số thành phần …" /
    "trụ cột …" phrase earlier in its clause. (A pillar word alone is no sign: "an toàn thông tin" is
    also the name of ITU's whole index.)"""
    clause_start = max(low.rfind(";", 0, a.start), low.rfind(".", 0, a.start)) + 1
    for m in _SUB_INDEX.finditer(low, clause_start, a.start):
        # ("tổng điểm của cả 4 chỉ số thành phần": the sum of the parts is the index itself; "được đánh giá trên 10 chỉ số
        # thành phần với 142 chỉ tiêu, tỉnh X xếp thứ 25/63": how many parts the index has, not one of them)
        if not _ALL_PARTS_BEFORE.search(low, max(0, m.start() - 30), m.start()) and not _COUNTED_PARTS_BEFORE.search(
            low, max(0, m.start() - 12), m.start()
        ):
            return True
    # "đứng đầu hạng mục này", "xếp thứ 3 về trụ cột thể chế"
    return bool(re.match(r"\s*(?:(?:về|ở|tại|trong)\s+)?(?:các\s+)?(?:" + _SUB_INDEX.pattern + ")", low[a.end : a.end + 40]))


class _LazyDoc:
    """A sentence's spaCy Doc (underthesea words, mentions as ents, cues as spans), built on first use.

    Word segmentation is the costliest step of extraction, and a Doc is needed only to widen an
    evidence span that cuts a word; most claim spans already start and end between words.
    """

    def __init__(self, sentence: str, mentions: list, cues: list) -> None:
        self.sentence, self.mentions, self.cues = sentence, mentions, cues
        self._doc = None

    def get(self):  # noqa: ANN201 - a spacy Doc, imported lazily
        if self._doc is None:
            from pipeline import nlp

            self._doc = nlp.annotate(
                nlp.make_doc(self.sentence),
                [(m.start, m.end, m.canonical, m.entity_type) for m in self.mentions],
                [(c.start, c.end, c.kind.upper()) for c in self.cues],
            )
        return self._doc


_DTI_FIELD = re.compile(r"(?:về|xếp hạng|bảng xếp hạng|dẫn đầu|đứng đầu)\s+(?:mức độ\s+|chỉ số\s+)?chuyển đổi số(?!\s+(?:cấp|của các|trong các|các))")


def _cuts_a_word(sentence: str, start: int, end: int) -> bool:
    """Whether a span starts or ends inside a word (a letter or digit on both sides of an edge)."""
    def inside(i: int) -> bool:
        return 0 < i < len(sentence) and sentence[i - 1].isalnum() and sentence[i].isalnum()

    return inside(start) or inside(end)


def fact_key(f: Fact) -> tuple:
    """A fact's identity (GUIDELINES §1)."""
    return (f.entity, f.index, f.component, f.group, f.year)


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One claim per key and attribute, each kept with a sentence that states it.

    The first fact to give an attribute for a key wins (callers put body before title, text before
    tables); a later, different value only lowers the winner's confidence. Attributes that a later
    sentence adds for the same key go into a Fact of their own carrying that sentence, so evidence
    never points at a sentence that does not state its value; attributes from one sentence share a Fact.
    """
    out: list[Fact] = []
    holders: dict[tuple, dict[str, Fact]] = {}  # key -> attribute -> the Fact that holds its value
    by_sentence: dict[tuple, Fact] = {}  # (key, source, sentence, from_table) -> the Fact for that sentence
    for f in facts:
        key = fact_key(f)
        held = holders.setdefault(key, {})
        fresh: dict[str, float | int] = {}
        for attr in ATTRIBUTES:
            value = getattr(f, attr)
            if value is None:
                continue
            holder = held.get(attr)
            if holder is None:
                fresh[attr] = value
            elif getattr(holder, attr) != value:
                holder.confidence = min(holder.confidence, 0.5)
        if not fresh:
            continue
        where = (key, f.source, f.sentence, f.from_table)
        target = by_sentence.get(where)
        if target is None:
            target = copy.copy(f)
            for attr in ATTRIBUTES:
                setattr(target, attr, fresh.get(attr))
            by_sentence[where] = target
            out.append(target)
        else:
            for attr, value in fresh.items():
                setattr(target, attr, value)
        held.update(dict.fromkeys(fresh, target))
    ranked = {fact_key(f) for f in out if f.rank is not None}
    for f in out:
        if fact_key(f) in ranked:
            f.top = None  # GUIDELINES §1: top only when no exact rank is known for the key
    return [f for f in out if any(getattr(f, attr) is not None for attr in ATTRIBUTES)]


def load_article_file(path: str | Path) -> Article:
    """An Article from a file: `.html` through the crawler's reducer, anything else as plain text.

    Plain text: an optional first line `Date: YYYY-MM-DD`, then the body. The first non-empty line is
    taken as the title too (the seeds start with it); it stays in the body, so it is read once.
    """
    path = Path(path)
    url = path.resolve().as_uri()
    if path.suffix.lower() in (".html", ".htm"):
        from pipeline.html_article import parse_article_html

        # bytes, not text: the reducer reads the page's own charset (old portals serve windows-1258)
        parsed = parse_article_html(path.read_bytes(), url)
        return Article(
            url=url,
            title=getattr(parsed, "title", "") or "",
            text=getattr(parsed, "text", "") or "",
            date=getattr(parsed, "date", None),
            tables=list(getattr(parsed, "tables", []) or []),
            source=str(path),
        )
    raw = path.read_text(encoding="utf-8", errors="replace")
    date = None
    lines = raw.split("\n")
    if lines and (m := re.match(r"\s*Date:\s*(\d{4}-\d{2}-\d{2})\s*$", lines[0])):
        date = m.group(1)
        lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    title = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    return Article(url=url, title=title, text=body, date=date, source=str(path))
