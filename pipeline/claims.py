"""Who each claim in a sentence is about: subjects, coordination, ordered lists.

Vietnamese puts the subject first ("Bộ Tài chính xếp thứ nhất, Bộ KH&CN xếp thứ hai"), so a claim
belongs to the nearest eligible entity before it, extended over a coordination ("Hà Giang và Đồng Nai
đều giảm 24 bậc"). Ordered lists ("lần lượt", "tiếp theo là", "Xếp sau A là B") hand out consecutive
places. Index and year fallbacks are not decided here (pipeline/context.py).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from pipeline.entities import (
    Mention,
    countries_named_ambiguously,
    find_mentions,
    is_compared,
    is_subject,
    lookup,
    name_words,
    short_name_mentions,
    units_named_by_kind,
)
from pipeline.gazetteer import cities_abroad_pattern, is_city_abroad
from pipeline.lexicon import (
    COMPONENT_AFTER,
    COMPONENT_ALT,
    COMPONENT_OPENING,
    GROUP_NO_SERVICE,
    OVERALL,
    REGION_NAMES,
    TARGET,
    UNLISTED_REGIONS,
    component_name,
    index_scores,
)
from pipeline.model import ENTITY_TYPES
from pipeline.numbers import WORD_ALT, parse_int
from pipeline.patterns import (
    BARE,
    BRACKETED,
    FROM_TOP_WORDS,
    GROUP_BEFORE,
    INDEX_SHORT,
    MEMBERS_NAMED_AFTER,
    NAMES_BEFORE,
    NATIONAL,
    POINTS_BEFORE_PLACE,
    REGION_OPENING,
    RESPECTIVE,
    SHARED_PLACE_LIST,
    TASK_NOUN,
    VALUE_AFTER_COLON,
    WORLD,
    WORST_WORDS,
    Cue,
    find_cues,
)
from pipeline.years import (
    CHANGE_AGAINST_LAST_YEAR,
    CONTRAST,
    OPENS_CONJUNCT,
    THEN_BEFORE_YEAR,
    edition_years,
    find_years,
    opens_next_clause,
    pick_year,
    tight_before,
)

# ("Thị xã Phú Thọ; các huyện: Tân Sơn, …": a plural kind word opening the next members)
# a kind word before the next names of a list ("… và các huyện: A, B"), or a count ("… Cần Thơ và 5 tỉnh Bắc Ninh, …")
_NEXT_KIND = r"(?:\s*các\s+(?:phường|xã|thị trấn|thị xã|quận|huyện|sở|bộ)\s*:?|\s*\d{1,2}(?=\s*$))?"
_COORD = re.compile(
    # ("cả Hoa Kỳ lẫn Trung Quốc": both)
    # ("Myanmar, Mỹ, và New Zealand": a comma before the last "và" too)
    r"^\s*(?:\([^()]{0,30}\))?\s*(?:,\s*và|,|;|và|&|lẫn|cùng|cùng với(?:\s+(?:một số|các)\s+bộ(?:\s+như)?\s*:?)?|với)" + _NEXT_KIND
    + r"\s*$"
)
# Between two members of a list going forward: a comma or "và", after the first member's own bracket
# or score ("Phú Yên (0,71), Quảng Nam", "Sở Tư pháp với 883,72 điểm, Sở Y tế").
_COORD_FWD = re.compile(
    # ("A (46,04 điểm) B (45,78 điểm), C": a member's bracket may stand for the comma after it)
    r"^\s*(?:\([^()]{0,40}\)\s+|"
    r"(?:\([^()]{0,40}\)\s*)?(?:(?:(?:với|đạt)\s+(?:(?:tổng\s+)?(?:số\s+)?điểm(?:\s+số)?\s+(?:là\s+|đạt\s+)?)?"
    r"\d{1,4}(?:,\d+)?\s*(?:điểm|%)?|\d{1,4}(?:,\d+)?\s*(?:điểm|%))\s*)?(?:,|;|và|&)\s*(?:và\s*)?)" + _NEXT_KIND
    + r"\s*$"
)
# a member's value right after its name: "A đạt 90,87 điểm", "A với 90,87 điểm"
_VALUE_AFTER = re.compile(r"\s*(?:đạt|với)\s+(?:số\s+điểm\s+|điểm\s+số\s+)?\d{1,4}(?:,\d+)?\s*(?:điểm|%)")


@dataclass
class Assertion:
    """One entity's claim in one sentence; offsets relative to the sentence."""

    entity: str
    entity_type: str
    start: int
    end: int
    rank: int | None = None
    rank_total: int | None = None
    top: int | None = None
    score: float | None = None
    rank_change: int | None = None
    component: str | None = None
    group: str | None = None
    year: int | None = None  # explicit in the sentence
    year_offset: int | None = None  # relative to the assessed year ("sau hai năm xếp thứ hai và thứ ba")
    merged_cue: bool = False
    attrs: dict = field(default_factory=dict)


@dataclass
class SentenceState:
    """What earlier sentences of the article tell later ones (ranks for "tiếp theo là", "Xếp sau A")."""

    known_ranks: dict[str, int] = field(default_factory=dict)
    known_groups: dict[str, str | None] = field(default_factory=dict)  # the field of each known rank (a region, a block)
    last_rank: int | None = None
    last_ranked_type: str | None = None  # whose place last_rank is (a list of ministries never goes on from a province's)
    last_total: int | None = None  # the last field size a place was given in ("thấp nhất trong 17 bộ")
    paragraph_no_service: bool = False
    paragraph_merged: bool = False  # the paragraph is about DTI re-ranked over the 34 merged provinces
    paragraph_sport: bool = False  # the paragraph is about a league or a national team (its tables are no index)
    # the article's title is about sport or it opens on counts of scientific papers: its places are no index
    off_domain_article: bool = False
    paragraph_sub_index: bool = False  # the paragraph is under a heading naming a field of a reform index
    on_date: str | None = None
    article_year: int | None = None
    reported_year: int | None = None  # the assessment the article reports, if earlier than its date
    last_subject: Mention | None = None
    paragraph_region: str | None = None
    article_region: str | None = None  # the last region the article named, in any paragraph
    is_local: bool = False
    sentence_mentions: list[Mention] = field(default_factory=list)
    sentence_region: str | None = None  # the region the sentence's places were last said to be in
    topic: Mention | None = None  # the first body named in the title
    last_component: str | None = None
    last_year: int | None = None  # the last year an earlier sentence wrote as a number ("Cũng trong năm này, …")
    home: Mention | None = None  # the province whose own site (portal, party paper) published the article
    named_other_body: bool = False  # the sentence names a body the contract does not rank (a firm)
    sector_article: bool = False  # the article is on a sector's ranking of its own provincial branches
    # the article is on a ranking whose measure is a sum of money (Brand Finance's nation brands: "đạt 21.055 tỷ USD")
    measured_in_money: bool = False
    paragraph_component: str | None = None  # "- Về chỉ số Hạ tầng kỹ thuật: …": the pillar a section is about
    unit_short_names: dict[str, str] = field(default_factory=dict)  # "Từ Sơn" -> "UBND thành phố Từ Sơn"
    ordered_next: int | None = None  # the next place of a list an ordered heading opened in a sentence before


# A section opened by its pillar: "- Về chỉ số Hạ tầng kỹ thuật:", "Trụ cột Kinh tế số:".
_SECTION_PILLAR = re.compile(
    r"^\W*(?:về\s+)?(?:(?:chỉ số|trụ cột|chỉ số thành phần)\s+)?(?:cung cấp\s+)?(?P<comp>" + COMPONENT_ALT + r")\s*:"
)
# A heading line of its own: "1.     Chỉ số Hạ tầng kỹ thuật CNTT:" (its values in the paragraph after)
_SECTION_HEADING = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:(?:chỉ số|trụ cột|chỉ số thành phần|tiêu chí)\s+)?(?:đánh giá\s+)?(?P<comp>" + COMPONENT_ALT
    + r")[^:]{0,160}:\s*$"
)


# A heading that is the pillar's name alone: "2. Trụ cột kinh tế số", "Chỉ số thành phần Chính quyền số"
_BARE_HEADING = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:về\s+)?(?:(?:chỉ số|trụ cột|chỉ số thành phần|tiêu chí|nhóm chỉ số)\s+)?(?:cung cấp\s+)?(?P<comp>"
    + COMPONENT_ALT + r")(?:\s*(?:cntt|ict|công nghệ thông tin))?(?:\s*\([^()]{1,40}\))?\s*[:.]?\s*$"
)


def _short_names(low: str) -> str:
    """"Ứng dụng CNTT-TT" as a heading is the pillar "ứng dụng CNTT" (the suffix is the sector's full name)."""
    low = re.sub(r"\b(cntt|ict)\s*[-–]\s*(?:tt|truyền thông)\b", r"\1", low)
    # "- Về ứng dụng CNTT trong hoạt động của cơ quan nhà nước:" heading a section is the pillar, not the ranking
    return re.sub(r"(ứng dụng (?:cntt|công nghệ thông tin) trong hoạt động) của (?:các )?cơ quan nhà nước", r"\1 nội bộ", low)


def section_pillar(low: str) -> str | None:
    """The pillar a sentence opens a section with, if it does."""
    low = _short_names(low)
    m = _SECTION_PILLAR.match(low) or _SECTION_HEADING.match(low) or _BARE_HEADING.match(low)
    return component_name(low[m.start("comp") :]) if m else None


def heading_pillar(low: str) -> str | None:
    """The pillar of a heading line that ends in a colon and leaves its values to the paragraph after it."""
    low = _short_names(low)
    m = _SECTION_HEADING.match(low) or _BARE_HEADING.match(low)
    return component_name(low[m.start("comp") :]) if m else None


_TYPE_FOR_NOUN = {
    "tỉnh": {"province"}, "thành phố": {"province", "local_unit"}, "địa phương": {"province", "local_unit"},
    "bộ": {"ministry", "agency"}, "ngành": {"ministry", "agency", "local_unit"},
    "quốc gia": {"country"}, "nước": {"country"}, "nền kinh tế": {"country"},
    "sở": {"local_unit"}, "quận": {"local_unit"}, "huyện": {"local_unit"},
}


# ("xếp hạng 59/63 nền kinh tế": the nouns above that name a field of countries, right after a place)
_COUNTRY_FIELD_AFTER = re.compile(
    r"\s*(?:" + "|".join(noun for noun, types in _TYPE_FOR_NOUN.items() if types == {"country"}) + r")(?![\w])"
)


def _noun_types(noun: str | None) -> set[str] | None:
    if not noun:
        return None
    head = noun.split("/")[0].split(",")[0].strip()
    for key, types in _TYPE_FOR_NOUN.items():
        if head.startswith(key):
            return types
    return None


_CENTRAL_BRANCH = re.compile(
    r"(?:Công an|Bảo hiểm xã hội|Cục Thuế|Cục Hải quan|Cục Thống kê|Kho bạc|Ngân hàng Nhà nước|Chi cục|Bộ Chỉ huy|Tòa án|"
    r"Viện Kiểm sát)\b"
)


def _local_block(m: Mention) -> str | None:
    """The block of a province's own ranking a local unit is ranked in: its departments, the central branches in
    the province, its districts or its communes (None for any other body)."""
    if m.entity_type != "local_unit":
        return None
    if re.match(r"UBND (?:xã|phường|thị trấn)\b", m.canonical):
        return "commune"
    if re.match(r"UBND (?:huyện|quận|thị xã|thành phố)\b", m.canonical):
        return "district"
    return "central" if _CENTRAL_BRANCH.match(m.canonical) else "department"


def _one_of_each_block(group: list[Mention]) -> bool:
    """Whether the units of a province's own ranking in `group` each belong to a different block of it."""
    blocks = [_local_block(m) for m in group]
    return None not in blocks and len(set(blocks)) == len(group)


def _compatible(a: Mention, b: Mention) -> bool:
    """Can two mentions be coordinated in one list? Ministries and agencies are ranked together."""
    return _same_block(a.entity_type, b.entity_type)


def _same_block(type_a: str, type_b: str) -> bool:
    """Whether bodies of two entity types are ranked in one list (ministries and agencies are)."""
    central = ("ministry", "agency")
    return type_a == type_b or (type_a in central and type_b in central)


# "sau Singapore (thứ 8) và Malaysia (thứ 33)": a member whose bracket states its own place shares no later one
_OWN_PLACE_BRACKET = re.compile(r"\s*\([^()]{0,20}?\b(?:thứ|hạng|vị trí)\s*\d")


def _group_back(subjects: list[Mention], idx: int, low: str) -> list[Mention]:
    group = [subjects[idx]]
    i = idx
    while (
        i > 0
        and _COORD.match(low[subjects[i - 1].end : subjects[i].start])
        and _compatible(subjects[i - 1], subjects[i])
        and not _claim_across_semicolon(low, subjects[i - 1].end, subjects[i].start, forward=False)
        and not _OWN_PLACE_BRACKET.match(low, subjects[i - 1].end)
    ):
        group.insert(0, subjects[i - 1])
        i -= 1
    return group


_OWN_CLAIM = re.compile(r"\b(?:xếp|đứng|lần lượt|dẫn đầu|đạt|tăng|giảm|giữ|được đánh giá|vươn|(?:thứ|hạng)\s+(?:\d|hai|nhì|ba|tư))\b")


_NEXT_BLOCK_LEADER = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*(?:,|;)?\s*(?:và\s+|còn\s+)?(?:(?:ở|trong|đối với|với)\s+)?"
    r"(?:(?:khối|nhóm|cấp)\s+[^;.()]{1,60}?|(?<=đối với )(?:các\s+)?(?:bộ,? ngành|địa phương))\s+là\s+$"
)
# "…; Về cung cấp dịch vụ công trực tuyến đối với khối Bộ ngành là A": a clause that names a pillar and a block's
# leader with no claim word of its own, going on from a "Dẫn đầu … là" before it
_PILLAR_BLOCK_LEADER = re.compile(
    r"\s*;\s*về\s+(?:cung cấp\s+)?(?P<comp>" + COMPONENT_ALT + r")\s+(?:ở|đối với|trong)\s+(?:khối\s+)?[^;.()]{1,40}?\s+là\s+$"
)
# "Dẫn đầu các khối gồm: khối sở, ngành (Sở Tư pháp, 862,3 điểm), khối huyện (…)": each block's leader in brackets
_BLOCKS_LISTED = re.compile(r"\s*(?:của\s+)?(?:các|hai|ba|bốn|\d)\s+(?:khối|nhóm|cấp)\s*(?:gồm|là|lần lượt là)?\s*:?")
_BLOCK_THEN_BRACKET = re.compile(r"(?:khối|nhóm|cấp)\s[^();.]{0,60}\(\s*$")


def _leaders_of_more_blocks(subjects: list[Mention], last: Mention, low: str) -> list[Mention]:
    """The leaders of further blocks named after the first one: "… là A và ở khối địa phương là B"."""
    out = []
    for m in subjects:
        if m.start >= last.end and _NEXT_BLOCK_LEADER.fullmatch(low[last.end : m.start]):
            out.append(m)
            last = m
    return out


def _pillar_block_leaders(subjects: list[Mention], last: Mention, low: str, cues: list[Cue], emit, cue: Cue) -> None:  # noqa: ANN001
    """Leaders named in the claimless clauses after a leader claim, each first in its block and in the pillar
    its clause names ("…; Về dịch vụ công trực tuyến đối với khối Bộ ngành là A và đối với khối địa phương là B")."""
    while True:
        nxt = next((m for m in subjects if m.start >= last.end), None)
        if nxt is None:
            return
        found = _PILLAR_BLOCK_LEADER.fullmatch(low, last.end, nxt.start)
        if not found or any(last.end <= c.start < nxt.start for c in cues):
            return
        comp = component_name(found["comp"])
        leaders = [nxt, *_leaders_of_more_blocks(subjects, nxt, low)]
        for m in leaders:
            emit(m, cue, rank=1, component=comp)
        last = leaders[-1]


# "… dẫn đầu ở 3 nhóm cơ quan được đánh giá", "… xếp đầu các nhóm này"
_IN_EACH_BLOCK = re.compile(r"\s*(?:ở|tại|trong|của)?\s*(?:cả\s+)?(?P<k>các|\d|hai|ba|bốn|năm)\s+(?:khối|nhóm|cấp)(?![\w])")
_LEADERS_GAP = re.compile(r"\s*(?:,\s*[^,;.]{1,40}?\s*){0,3}(?:,|và)\s*")  # unranked names (firms) may sit between


def _leaders_of_counted_blocks(subjects: list[Mention], low: str, cue: Cue) -> list[Mention]:
    """The bodies listed right before a lead claim over several blocks, each first in its own, whatever their
    kinds; [] when the claim is not over several blocks or fewer than two bodies are listed."""
    blocks = _IN_EACH_BLOCK.match(low, cue.end)
    if not blocks:
        return []
    before = [m for m in subjects if m.end <= cue.start]
    if not before or not re.fullmatch(r"\s*(?:,\s*[^,;.]{1,40}?\s*){0,3}", low[before[-1].end : cue.start]):
        return []
    members = [before[-1]]
    for m in reversed(before[:-1]):
        if not _LEADERS_GAP.fullmatch(low, m.end, members[0].start):
            break
        members.insert(0, m)
    count = parse_int(blocks["k"]) if blocks["k"] != "các" else None
    return members if len(members) >= 2 and (count is None or count >= len(members)) else []


def _leaders_of_other_fields(subjects: list[Mention], first: Mention, low: str) -> list[Mention]:
    """Bodies right before `first`, joined by "," or "và", whose type ranks in another field (a province
    beside a ministry): each leads its own field, so they are leaders too, not members of one group."""
    out: list[Mention] = []
    i = subjects.index(first) if first in subjects else -1
    while i > 0:
        prev = subjects[i - 1]
        gap = low[prev.end : subjects[i].start]
        if not _COORD_FWD.match(gap) or _compatible(prev, subjects[i]):
            break
        out.insert(0, prev)
        i -= 1
    return out


def _claim_across_semicolon(low: str, gap_start: int, gap_end: int, *, forward: bool) -> bool:
    """Whether a list may not grow over this gap: it holds a ';' and the clause on its far side makes a
    claim of its own, so that clause's entity is no member of this claim's list. Forward, the clause
    after the gap; backward, the clause that ends at it ("Đứng đầu … là Bộ Tài chính; Bộ Tư pháp và
    Bộ Công Thương lần lượt xếp thứ hai, thứ ba" is two clauses, not a list of three)."""
    if ";" not in low[gap_start:gap_end]:
        return False
    if forward:
        end = low.find(";", gap_end)
        clause = low[gap_end : end if end >= 0 else len(low)]
    else:
        clause = low[low.rfind(";", 0, gap_start) + 1 : gap_start]
    return bool(_OWN_CLAIM.search(clause))


_OWN_CLAIM_AFTER = re.compile(
    r"\s*(?:cũng\s+|thì\s+|đã\s+|vẫn\s+)?(?:xếp|đứng|dẫn đầu|đạt|tăng|giảm|giữ|vươn|được đánh giá)\b"
)


_OWN_PLACE_AFTER = re.compile(r"\s*(?:cũng\s+|thì\s+|đã\s+|vẫn\s+)?(?:xếp|đứng)\s+(?:ở\s+)?(?:vị trí\s+|hạng\s+)?thứ\s")


def _group_fwd(subjects: list[Mention], idx: int, low: str) -> list[Mention]:
    group = [subjects[idx]]
    i = idx
    while (
        i + 1 < len(subjects)
        and _COORD_FWD.match(low[subjects[i].end : subjects[i + 1].start])
        and _compatible(subjects[i + 1], subjects[i])
        and not _claim_across_semicolon(low, subjects[i].end, subjects[i + 1].start, forward=True)
        # "…là Hà Nội với 84,3 điểm, tỉnh Bình Dương xếp thứ 3": a body with a claim of its own is no member
        # ("xếp vị trí thứ 2 là Hải Phòng và Hà Nội xếp thứ 3": after "và" too, when the place is its own)
        and not ((re.search(r"[,;]", low[subjects[i].end : subjects[i + 1].start])
                  or _OWN_PLACE_AFTER.match(low, subjects[i + 1].end) and not re.match(r"\s*\(", low[subjects[i].end :]))
                 and _OWN_CLAIM_AFTER.match(low, subjects[i + 1].end)
                 # "tiếp đến là A đạt 90,87 điểm, B đạt 89,6 điểm": each member's value in the same words
                 and not (_VALUE_AFTER.match(low, subjects[i].end) and _VALUE_AFTER.match(low, subjects[i + 1].end)))
    ):
        group.append(subjects[i + 1])
        i += 1
    return group


# "NHNN xếp thứ nhất cùng với Bộ Tài chính, Bộ Y tế và …": the bodies named after share the place
# the partners' kind, named before them ("các quốc gia như A, B")
_PARTNERS_KIND = r"(?:(?:các|một số)\s+)?(?:(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương)\s+)?(?:như\s+)?$"
_SHARED_WITH = re.compile(
    r"\s*,?\s*cùng(?:\s+nhóm)?\s+với\s+(?:các\s+|một số\s+)?$"  # ("…, cùng nhóm với A, B và C": a shared place too)
    # "xếp thứ 86 trên toàn cầu, đồng hạng với các quốc gia A, B", "đứng thứ 90, ngang bằng B": a tie stated
    r"|[^,;.:()\d]{0,30}?\s*,?\s*(?:đồng\s+hạng|ngang\s+hạng|ngang\s+bằng)(?:\s+với)?\s+" + _PARTNERS_KIND
)
_SHARES_BEFORE = re.compile(r"(?<![\w])chia sẻ\s+$")
_WITH_PARTNERS = re.compile(r"[^,;.:()\d]{0,30}?\s+với\s+(?:các\s+(?:nước|quốc gia)\s+)?")
_SHARED_WITH_AFTER_HOLDER = re.compile(
    r"[^,;.:()\d]{0,40},\s*cùng\s+với\s+(?:các\s+|một số\s+)?$"
    # ("Với vị trí thứ 77, Việt Nam đồng hạng với A, B và C": a tie stated after the holder of a place said before it)
    r"|\s+(?:đồng\s+hạng|ngang\s+hạng)\s+với\s+" + _PARTNERS_KIND
)


def _opens_shared_list(low: str, start: int, end: int) -> bool:
    """Whether the words between a place and a body open the list of those who share it ("Đồng hạng 3 gồm các
    nước châu Âu: A, B")."""
    if re.fullmatch(r"\s*(?:gồm|bao gồm)\s+", low[start:end]):
        return True  # ("Nhóm xếp thứ ba gồm Đức, Pháp": the cue reads "gồm" so only after a group's place)
    opening = SHARED_PLACE_LIST.match(low, start, end)
    return bool(opening) and re.fullmatch(r"\s*(?:như\s+)?", low[opening.end() : end]) is not None


def _sharing_after(subjects: list[Mention], holder: Mention, cue: Cue, low: str, after_holder: bool = False) -> list[Mention]:
    """The coordinated bodies "cùng với" right after a place that share it with its holder, or after the holder of a
    group named before it ("Trong tốp 10, A lần đầu tiên có tên, cùng với B, C và D")."""
    start = holder.end if after_holder else cue.end
    after = [i for i, m in enumerate(subjects) if m.start >= start]
    shared = _SHARED_WITH_AFTER_HOLDER if after_holder else _SHARED_WITH
    if not after or not (
        shared.fullmatch(low, start, subjects[after[0]].start)
        # ("Singapore từng chia sẻ vị trí đầu bảng với A, B và C": the place shared, its partners after "với")
        or not after_holder and _SHARES_BEFORE.search(low, max(0, cue.start - 20), cue.start)
        and _WITH_PARTNERS.fullmatch(low, start, subjects[after[0]].start)
    ):
        return []
    partners = _group_fwd(subjects, after[0], low)
    if not all(_compatible(holder, m) for m in partners):
        return []
    if _OWN_CLAIM_AFTER.match(low, partners[-1].end):
        return []  # "… cùng với Bộ Y tế xếp thứ hai": the partner has a claim of its own
    return partners


_PRONOUN = re.compile(r"(?:^|[\s,(])(?:tỉnh|thành phố|bộ|địa phương|đơn vị|ngành)(?=[\s,)]|$)(?!\s+[a-zđà-ỹ]*[A-ZĐ])")


_FROM_ASIDE_GAP = re.compile(
    # ("Từ vị trí 63 của năm 2020, chỉ số PAR INDEX của tỉnh Quảng Ngãi năm 2021 đứng ở vị trí thứ 39")
    r"^\s*(?:(?:vào|trong|của)\s+)?năm\s+\d{4}\s*,\s*(?:chỉ số[^,;.\d]{0,40}?\s+của\s+)?"
    r"(?:(?:tỉnh|thành phố|tp\.?|bộ)\s+|(?:" + COMPONENT_ALT + r")\s+(?:của\s+)?)?$"
)


_FRONTED_PLACE_GAP = re.compile(r"^[^,;.:]{0,90}?(?<!\w)(?:năm|kỳ)\s+(?P<y>(?:19|20)\d\d)\s*\)?\s*,\s*(?:(?:tỉnh|thành phố|tp\.?|bộ)\s+)?$")


_FROM_ASIDE_PILLAR = re.compile(r"\s*(?:(?:vào|trong)\s+)?năm\s+\d{4}\s*,\s*(?P<comp>" + COMPONENT_ALT + r")")


_CLOSED_BRACKET = re.compile(r"\([^()]{1,200}\)")


# A colon right after the body of a list line: "Đà Nẵng: 0,5893 điểm", and a tie after it: "A và B: cùng hạng 44, cùng
# 2,0 điểm"
_COLON_RIGHT_AFTER = re.compile(
    r"\s*(?:gồm|bao gồm|như sau)?\s*:\s*(?:(?:cùng|đều|đồng)\s+(?:(?:xếp\s+)?hạng\s+\d{1,3}\s*,\s*(?:cùng|đều)\s+(?:điểm\s+)?)?)?"
)


def _behind_the_group(subjects: list[Mention], group: list[Mention], low: str) -> list[Mention]:
    """"Việt Nam xếp sau A, B và C và nằm ở vị trí thứ 34": the body that ranks behind the group named holds the
    place, not the group ([] when no body stands right before "xếp sau")."""
    j = subjects.index(group[0]) if group and group[0] in subjects else 0
    if j > 0 and _BEHIND.fullmatch(low, subjects[j - 1].end, group[0].start):
        return [subjects[j - 1]]
    return []


_BEHIND = re.compile(r"\s+(?:chỉ\s+)?(?:xếp|đứng)\s+(?:ngay\s+)?(?:phía\s+)?sau\s+(?:các\s+(?:nước|quốc gia)\s+)?")
# "… đứng đầu lần lượt là: A, B": the members follow the group's count, in order
_IN_ORDER_RIGHT_AFTER = re.compile(r"\s*,?\s*lần lượt\s+(?:là|gồm)\s*:?\s*")
# "Sau Singapore, …" opening a list of places: the body named is the one they come after
_AFTER_THE_FIRST = re.compile(r"(?:^|[,;:]\s*)(?:xếp\s+|đứng\s+)?(?:ngay\s+)?sau\s+$")


def _subject_for(cue: Cue, subjects: list[Mention], low: str, sentence: str, state: SentenceState) -> list[Mention]:
    """The entities a cue is about (one, or a coordinated group)."""
    if cue.values == [BRACKETED]:
        right_before = [m for m in subjects if m.end <= cue.start and not low[m.end : cue.start].strip()]
        return right_before[-1:]
    if cue.kind == "rank_list" and not cue.subject_after:
        # "các nước như Israel, Đức (lần lượt xếp thứ 17 và 19)": the bodies the bracket follows, in their order
        opened = [i for i, m in enumerate(subjects) if m.end <= cue.start and re.fullmatch(r"\s*\(\s*", low[m.end : cue.start])]
        if opened:
            return _group_back(subjects, opened[-1], low)
    if cue.kind in ("rank", "leader"):
        # "địa phương đứng thứ 2 (Hà Nội) và thứ 3 (Đà Nẵng)": the body alone in the bracket right after the place
        inside = [m for m in subjects if m.start > cue.end and re.fullmatch(r"\s*\(\s*", low[cue.end : m.start])
                  and re.match(r"\s*\)", low[m.end :])]
        if inside:
            return inside[:1]
    # ("Thừa Thiên Huế (65,56 điểm, thứ 2)": its score first in the same bracket; "Bộ Y tế: 0,6123 (hạng 10)": its
    # value after its colon, then the bracket)
    in_bracket = [
        m for m in subjects
        if m.end <= cue.start and re.fullmatch(
            r"(?:\s*:\s*" + VALUE_AFTER_COLON + r")?\s*\(\s*(?:" + POINTS_BEFORE_PLACE + r")?", low[m.end : cue.start]
        )
    ]
    if in_bracket:
        return in_bracket[-1:]  # "…, Malaysia (xếp hạng 36) và …": the place of the name the bracket follows
    # "Kiên Giang xếp thứ 5 (sau An Giang, Tiền Giang) và xếp thứ 29/63": bodies in a bracket closed before
    # the cue are an aside, never its subject
    closed = [(b.start(), b.end()) for b in _CLOSED_BRACKET.finditer(low, 0, cue.start)]
    if closed:
        subjects = [m for m in subjects if not any(s < m.start and m.end < e for s, e in closed)]
    named = MEMBERS_NAMED_AFTER.match(low, cue.end) if cue.subject_after and cue.kind == "top" else None
    if named:
        # "Nằm trong Top 5 … bên cạnh A là các địa phương như B, C …": the members after the words that name them
        after = [i for i, m in enumerate(subjects) if m.start >= named.end() - 1]
        if after and re.fullmatch(r"[\s:]*(?:tỉnh\s+|thành phố\s+)?", low[named.end() - 1 : subjects[after[0]].start]):
            return _group_fwd(subjects, after[0], low)
        return []
    if cue.subject_after:
        for i, m in enumerate(subjects):
            if m.start >= cue.end and re.match(
                # ("thăng cao nhất 34 bậc (Sóc Trăng)": the body in the bracket right after)
                r"^(?:\s*\(\s*|[\s,:]*(?:thuộc về|là)?[\s:]*|(?:\s+[^\s,;.:]+){0,3}\s+là\s*:?\s*|(?:\s+[^\s,;.:]+){1,5}?\s+thuộc về\s*|"
                r"\s+về\s[^;.]{0,80}?\sthuộc về\s*)"
                # ("ba vị trí đầu tiên lần lượt thuộc về các nước A, B, C": the field's noun before the names;
                # "vị trí số 2 thuộc về hộ chiếu 3 nước A, B và C": what is ranked, and how many share it)
                r"(?:ubnd\s+)?(?:hộ chiếu\s+)?(?:tỉnh\s+|thành phố\s+|tp\.?\s*|(?:các|\d{1,2}|hai|ba|bốn|năm|sáu)\s+"
                # ("lần lượt là các sở: Ngoại vụ và …", "UBND các huyện: Cẩm Mỹ, Long Thành": the kind, then a colon)
                r"(?:(?:bộ|sở|nước|quốc gia|nền kinh tế|thành phố|huyện|thị xã)\s*:?\s*)?)?$",
                low[cue.end : m.start],
            ) or _opens_shared_list(low, cue.end, m.start):
                return _group_fwd(subjects, i, low)
        return []
    # "… đồng xếp hạng nhất gồm: A, B, C": the members listed after the cue, whoever was named before it
    if re.match(r"\s*(?:gồm|bao gồm)\s*:", low[cue.end :]):
        for i, m in enumerate(subjects):
            if m.start >= cue.end:
                if re.fullmatch(r"\s*(?:gồm|bao gồm)\s*:\s*", low[cue.end : m.start]):
                    return _group_fwd(subjects, i, low)
                break
    # "…, xếp thứ nhì Bộ Tư pháp (90,63 điểm)": a place opening its clause, its body right after it.
    opening = max(low.rfind(",", 0, cue.start), low.rfind(";", 0, cue.start), low.rfind(":", 0, cue.start))
    if opening >= 0 and not low[opening + 1 : cue.start].strip():
        for i, m in enumerate(subjects):
            if m.start >= cue.end:
                if re.fullmatch(r"\s*(?:là\s*)?:?\s*", low[cue.end : m.start]):
                    return _group_fwd(subjects, i, low)
                break
    before = [i for i, m in enumerate(subjects) if m.end <= cue.start]
    before = _skip_apposition(before, subjects, low, cue.start)
    if before and _REPLACED_BODY.search(low, max(0, subjects[before[-1]].start - 24), subjects[before[-1]].start) and re.fullmatch(
        r"\s*(?:ở|tại)?\s*(?:vị trí|hạng)?\s*", low[subjects[before[-1]].end : cue.start]
    ):
        before = before[:-1]  # "Singapore thay Hàn Quốc ở vị trí thứ 5": the place is the one who took it
    if before and _LOST_TO.search(low, max(0, subjects[before[-1]].start - 40), subjects[before[-1]].start):
        before = before[:-1]  # "Thụy Sĩ đánh mất vị trí thứ hai về tay Hong Kong và tụt xuống thứ tư": the loser's place
    if before:
        i = before[-1]
        gap = low[subjects[i].end : cue.start]
        # A colon ends the subject's clause, except right after it: "Đà Nẵng: 0,5893 điểm" (a list line).
        # … nor right after a list opener: "Các chỉ số thành phần … của Cần Thơ gồm: xếp thứ 3 về …".
        # (nor a value's label before its colon: "… với số điểm: 58,73"), nor a line's body before the claims of its line
        if len(gap) <= 160 and (not re.search(r"[.!?]\s|(?<!điểm)(?<!chỉ số):\s", gap) or _COLON_RIGHT_AFTER.fullmatch(gap)):
            # ("A và B là những cái tên còn lại của Top 10": "của" right before the group is the members' own)
            if cue.kind == "top" and (re.search(r"\bcủa\b(?!\s*$)", gap) or len(gap) > 70):
                pass
            elif ";" in gap and (named_after := _named_after_in_clause(subjects, cue, low)) is not None:
                # "…; Về ứng dụng nội bộ xếp đầu bảng đối với Bộ ngành là A": a new clause whose body is named after
                # its claim, not the body of the clause before
                return _group_fwd(subjects, named_after, low)
            elif re.search(r"[,;]", gap) and _pronoun_in(
                low, sentence, subjects[i].end + max(gap.rfind(","), gap.rfind(";")), cue.start
            ):
                ref = _referent(gap, state, cue.start)
                return [ref] if ref is not None else []
            elif re.search(r",\s*(?:trong khi|còn|nhưng)\s", gap):
                pass  # "A xếp thứ 14, trong khi B tụt 2 hạng": the claim belongs to the other clause's body
            else:
                group = _group_back(subjects, i, low)
                behind = _behind_the_group(subjects, group, low) if "(" not in low[group[-1].end : cue.start] else []
                return behind or group  # ("X xếp sau A (thứ 5), B (58)": A's own place in its bracket)
    # "Đứng đầu là Đà Nẵng", "3 cơ quan đứng đầu khối ... là: A; B; C"
    # ("…, Bangkok xếp thứ 84, Hà Nội xếp thứ 97": a name no gazetteer knows holds the place, not the body after it)
    unknown_before = not before and _UNKNOWN_NAME_BEFORE.search(sentence, max(0, cue.start - 40), cue.start)
    for i, m in enumerate(subjects if not unknown_before else ()):
        if m.start >= cue.end:
            gap = low[cue.end : m.start]
            if cue.rank is not None and re.match(r"^\s*,\s*$", gap) and _OWN_PLACE_AFTER.match(low, m.end):
                break  # "…: Vườn quốc gia X xếp thứ 3, Sở Nội vụ xếp thứ 4": the body after the comma has its own place
            if re.match(
                # ("Đơn vị đứng thứ 2 trong bảng xếp hạng kết quả đánh giá Bộ chỉ số …, doanh nghiệp là UBND tỉnh X")
                r"^[^;.]{0,100}?\b(?:là|có|gồm)(?:\s+thêm)?\s*:?\s*$|^\s*[:,–—-]?\s*$|^\s*(?:về|ở)\s+[^;.:]{2,40}:\s*$", gap
            ):
                return _group_fwd(subjects, i, low)
            break
    # "Từ vị trí 55/63 năm 2021, Hà Giang vươn lên …": the position left behind, opening the sentence
    # with its year, belongs to the subject that follows the comma.
    if not before and re.search(r"(?<!\w)từ\s+(?:vị trí\s+)?$|(?<!\w)từ$", low[max(0, cue.start - 14) : cue.start]):
        for m in subjects:
            if m.start >= cue.end:
                if _FROM_ASIDE_GAP.match(low[cue.end : m.start]):
                    return [m]
                break
    # "Đứng vị trí thứ 2 trong bảng xếp hạng năm 2021, Quảng Ninh vươn lên …": a dated place opening the
    # sentence belongs to the subject after its comma, as the place left behind above does.
    if not before and not low[: cue.start].strip():
        for m in subjects:
            if m.start >= cue.end:
                fronted = _FRONTED_PLACE_GAP.match(low[cue.end : m.start])
                if fronted:
                    cue.years = cue.years or [int(fronted["y"])]  # the fronted clause's own edition
                    return [m]
                break
    # "Hạ tầng kỹ thuật: hạng 3" (a list line under the article's subject)
    if re.match(r"\s*(?:chỉ số\s+)?(?:" + COMPONENT_ALT + r")\s*:", low):
        ref = state.last_subject or state.topic
        return [ref] if ref is not None else []
    # "So với năm 2022 (thứ 15), năm 2023 Phú Thọ tăng 5 bậc": a dated aside before its subject.
    if cue.years and not before:
        semi = low.find(";", cue.end)
        for m in subjects:
            if m.start >= cue.end and (semi < 0 or m.start < semi):
                return [m]
    # "…, tỉnh xếp thứ 10/63", "chính quyền số của tỉnh xếp thứ 31": the article's subject.
    clause_start = low.rfind(";", 0, cue.start) + 1
    if _pronoun_in(low, sentence, clause_start, cue.start):
        ref = _referent(low[clause_start : cue.start], state, cue.start)
        return [ref] if ref is not None else []
    return []


_UNKNOWN_NAME_BEFORE = re.compile(r"(?:^|[,;]\s+)(?:[A-ZĐÀ-Ỹ][^\s,;.()]*\s+){1,3}$")


def _named_after_in_clause(subjects: list[Mention], cue: Cue, low: str) -> int | None:
    """The index of the body a claim names after itself with "là", in its own clause, or None."""
    for i, m in enumerate(subjects):
        if m.start >= cue.end:
            return i if re.fullmatch(r"[^;.]{0,100}?\blà\s*:?\s*(?:tỉnh\s+|thành phố\s+)?", low[cue.end : m.start]) else None
    return None


_APPOSITION = re.compile(
    r"^\s*(?:được\s+)?(?:hình thành từ|gồm|bao gồm|sáp nhập|hợp nhất|trước đây là|tức là|sau khi|cùng với|như)\b"
)


_LOST_TO = re.compile(r"(?<![\w])(?:về|vào)\s+tay\s+(?:[^\s,;.()]+\s+){0,4}$")  # ("vào tay Đặc khu hành chính Hong Kong")
_REPLACED_BODY = re.compile(r"(?<![\w])(?:thay|thay thế|thay chỗ|soán ngôi)(?:\s+cho)?(?:\s+(?:của|nước|tỉnh))?\s+$")


def _skip_apposition(before: list[int], subjects: list[Mention], low: str, cue_start: int) -> list[int]:
    """Drop mentions inside an apposition between the subject and its claim:
    "tỉnh Tuyên Quang mới, hình thành từ hai tỉnh Tuyên Quang và Hà Giang, xếp thứ 17/34"."""
    while before:
        m = subjects[before[-1]]
        comma = low.rfind(",", 0, m.start)
        if comma < 0 or "," not in low[m.end : cue_start] or re.match(r"\s*\([^()]*$", low[m.end : cue_start]):
            return before  # (the claim in a bracket right after the name is the name's: "như: Hà Nội (91,43%, xếp thứ 3)")
        gap_is_and = re.fullmatch(r"\s*,\s*(?:và|còn)\s+", low[m.end : cue_start])
        anchor = _ANCHORS_BEFORE_CLAIM.search(low, max(0, m.start - 120), m.start) if gap_is_and else None
        if anchor and any(
            subjects[i].end <= anchor.start() for i in before
        ):
            # "Việt Nam xếp thứ 3, sau Singapore và Malaysia, và xếp thứ 44 thế giới": the bodies ahead were the anchor
            # of the first place; the next claim goes back to the sentence's subject
            before = [i for i in before if subjects[i].end <= anchor.start()]
            continue
        if not _APPOSITION.match(low[comma + 1 :]):
            return before
        before = [i for i in before if subjects[i].end <= comma]
    return before


# A body of a kind the gazetteer does not list, named as a clause's subject
_UNKNOWN_BODY_BEFORE = re.compile(
    r"(?<![\w])(?:tổng cục|cục|chi cục|học viện|viện|trường|công ty|tổng công ty|tập đoàn)\s+[^\s,;.]+"
    # ("Châu Âu tiếp tục dẫn đầu …, tiếp theo là châu Á, châu Mỹ": continents, no body of the contract)
    r"|(?<![\w])(?:châu á|" + UNLISTED_REGIONS + r")(?![\w])(?!\s*,)"
)
# "…, sau A và B" ending right before the mention it governs: the bodies named are a claim's anchor
_ANCHORS_BEFORE_CLAIM = re.compile(r",\s*(?:chỉ\s+|ngay\s+)?(?:xếp\s+|đứng\s+)?(?:sau|trên|trước)\s+(?:[^,;.()]{2,40}?(?:,\s*|\s+và\s+))*[^,;.()]{2,40}$")


_PRONOUN_TYPES = {"tỉnh": "province", "thành phố": "province", "địa phương": "province", "bộ": "ministry"}


def _referent(gap_low: str, state: SentenceState, before: int) -> Mention | None:
    """What a bare "tỉnh"/"bộ" refers to: the last body of that kind named in the sentence or before."""
    found = list(re.finditer(r"(?<![\w])(tỉnh|thành phố|bộ|địa phương|đơn vị|cơ quan)(?![\w])", gap_low))
    m = found[-1] if found else None
    wanted = _PRONOUN_TYPES.get(m.group(1)) if m else None
    for cand in reversed([c for c in state.sentence_mentions if c.end <= before]):
        if cand.entity_type == wanted or (wanted == "ministry" and cand.entity_type == "agency"):
            return cand
    possessive = m is not None and gap_low[: m.start()].endswith("của ")
    # "hạ tầng kỹ thuật của tỉnh …" in an article about Khánh Hòa, after a sentence on its neighbours: the province
    # the article is about owns the pillar; a bare "tỉnh xếp thứ 10" goes on about the last one named
    for last in ((state.topic, state.last_subject) if possessive else (state.last_subject, state.topic)):
        if last is not None and (wanted is None or last.entity_type == wanted):
            return last
    return None


_PRONOUN_VERB = re.compile(
    r"\s*(?:đã\s+|vẫn\s+|tiếp tục\s+|cũng\s+|chỉ\s+|lần đầu\s+)?(?:xếp|đứng|đạt|giảm|tăng|vươn|dẫn|tụt|lọt|nằm|giữ|"
    r"thuộc|có|là|được|lên|xuống|ở)(?![\w])"
)


def _pronoun_in(low: str, sentence: str, start: int, end: int) -> bool:
    """Does low[start:end] (before a claim) refer back with a bare "tỉnh"/"bộ" used as a subject?

    "tỉnh xếp thứ 10", "chỉ số của tỉnh đứng thứ 4" do; "tỉnh Quảng Ninh" (a name), "khối tỉnh",
    "là 2 địa phương" do not.
    """
    for m in re.finditer(r"(?<![\w])(tỉnh|thành phố|bộ|địa phương|đơn vị này|cơ quan này|ngành này)(?![\w])(?:\s+này)?",
                         low[start:end]):
        a, b = start + m.start(), start + m.end()
        if re.search(r"(?:khối|cấp|các|những|mỗi|nhiều|cả|toàn|ngoài|ủy ban|ubnd|sở|\d+|là)\s+$", low[max(0, a - 12) : a]):
            continue
        following = sentence[b : b + 3].strip()
        if following and following[0].isupper():
            continue  # "tỉnh Quảng Ninh": a name, not a pronoun
        if _PRONOUN_VERB.match(low, b) or re.search(r"của\s+$", low[max(0, a - 6) : a]):
            return True
    return False


# "… dẫn đầu các tỉnh ở chỉ số thể chế số", "đứng đầu ở cả ba trụ cột là chính quyền số, kinh tế số và
# xã hội số": the pillars a claim is about, named later in its clause.
_COMPONENTS_LATER = re.compile(
    r"(?:^|\s)(?:ở|về|tại|trong)\s+(?:cả\s+)?(?:(?:\d|ba|bốn|hai|các)\s+)?(?:chỉ số|trụ cột|hạng mục|lĩnh vực|nhóm chỉ số)?"
    r"(?:\s+(?:chính|thành phần))?\s*(?:là|gồm|,)?\s*:?\s*(?P<list>(?:" + COMPONENT_ALT + r")(?:\s*(?:,|và)\s*(?:"
    + COMPONENT_ALT + r"))*)"
)


# "đứng đầu 3 trụ cột: chính quyền số, …", "dẫn đầu 5/8: nhận thức số, …", "đứng thứ 2: hạ tầng số và …"
_COMPONENTS_COLON = re.compile(
    # ("cũng xếp thứ nhất trong 3/6 chỉ số chính gồm: Nhận thức số; Hạ tầng số và Nhân lực số")
    r"\s*(?:trong\s+)?(?:cả\s+)?(?:(?:\d{1,2}(?:/\d{1,2})?|hai|ba|bốn|năm|các)\s*)?(?:(?:chỉ số|trụ cột|hạng mục|lĩnh vực)"
    r"(?:\s+(?:chính|thành phần(?:\s+chính)?))?\s*)?(?:gồm\s*|là\s*)?:\s*(?P<list>(?:" + COMPONENT_ALT + r")(?:\s*(?:,|;|và)\s*(?:"
    + COMPONENT_ALT + r"))*)"
)


# "dẫn đầu cả hai chỉ số thành phần hạ tầng số và nhân lực số": the counted pillars right after the claim
_COUNTED_COMPONENTS = re.compile(
    r"\s*(?:cả\s+)?(?:\d|hai|ba|bốn|năm)\s+(?:chỉ số|trụ cột|hạng mục)(?:\s+(?:chính|thành phần))?\s*(?:là|gồm)?\s*"
    r"(?P<list>(?:" + COMPONENT_ALT + r")(?:\s*(?:,|và)\s*(?:" + COMPONENT_ALT + r"))+)"
)


_COMPONENT = re.compile(COMPONENT_ALT)


def _components_after(low: str, start: int, until: int) -> list[str]:
    """The components named after a claim and before the next one, in its clause, or []."""
    colon = _COMPONENTS_COLON.match(low, start) or _COUNTED_COMPONENTS.match(low, start)
    if colon:
        names = [component_name(x.group(0)) for x in _COMPONENT.finditer(low, colon.start("list"), colon.end("list"))]
        return list(dict.fromkeys(n for n in names if n))
    stop = min([until] + [i for i in (low.find(";", start), low.find(".", start)) if i >= 0])
    m = _COMPONENTS_LATER.search(low, start, stop)
    if not m or re.search(r"[,;]", low[start : m.start()]) and not re.search(r"\bở\b|\bvề\b", low[start:m.start()]):
        return []
    names = []
    for part in _COMPONENT.finditer(low, m.start("list"), m.end("list")):  # in place: some names need their context
        name = component_name(part.group(0))
        if name and name not in names:
            names.append(name)
    return names


def _component_before_bracket(low: str, start: int) -> list[str]:
    """The pillar named right before the bracket a claim opens or stands in: "chỉ số nhân lực HCI (tăng 3 bậc)",
    "kinh tế số (xếp thứ 33/63 với 0,5612 điểm)", whatever pillar the sentence names after it."""
    bracket = low.rfind("(", 0, start)
    if bracket < 0 or ")" in low[bracket:start]:
        return []
    named = list(_COMPONENT.finditer(low, max(0, bracket - 80), bracket))
    last = named[-1] if named else None
    if last is None or low[last.end() : bracket].strip():
        return []
    name = component_name(last.group(0))
    return [name] if name else []


# "các chỉ số chính quyền số và thể chế số đều xếp thứ 2": several pillars sharing the place that follows
_SHARED_PILLARS_BEFORE = re.compile(
    r"(?P<list>(?:" + COMPONENT_ALT + r")(?:\s*(?:,|và)\s*(?:" + COMPONENT_ALT + r"))+)\s+(?:đều|cùng)\s+(?:được\s+)?$"
)


def _shared_pillars_before(low: str, cue_start: int) -> list[str]:
    m = _SHARED_PILLARS_BEFORE.search(low[max(0, cue_start - 120) : cue_start])
    if not m:
        return []
    names = [component_name(x.group(0)) for x in re.finditer(COMPONENT_ALT, m["list"])]
    return list(dict.fromkeys(n for n in names if n))


_VALUE_OF = re.compile(
    r"(?P<comp>" + COMPONENT_ALT + r")(?:\s*\([^()]{1,12}\))?(?:\s+(?:cấp tỉnh|cấp bộ))?\s*(?:là|đạt|được|với|:|\()?\s*(?:mức\s+)?$"
)


def _component_named_before(low: str, value_start: int) -> str | None:
    """"chỉ số hạ tầng kỹ thuật là 0,97", "Chính quyền số: 0,4513": the pillar whose value this is."""
    window = max(0, value_start - 70)
    m = _VALUE_OF.search(low[window:value_start])
    # (named from the pillar's words on, so that "ứng dụng:" keeps the colon that makes it a pillar's label)
    return component_name(low[window + m.start("comp") : value_start]) if m else None


_OVERALL_NAMED = re.compile(r"chỉ số chung|xếp hạng chung|chỉ số tổng (?:thể|hợp)|(?<![\w])tổng thể")
# A pillar named as what brought the result about, not as what was ranked.
_CAUSE = re.compile(r"(?<![\w])(?:đã\s+)?(?:giúp|góp phần|nhờ|đưa)(?![\w])")
_THIS_YEAR_BACK = re.compile(r"(?<![\w])(?:trong\s+)?(?:năm này|năm đó|cùng năm)(?![\w])")
# The province a provincial site writes about without naming it: "của tỉnh", "tỉnh ta", "toàn tỉnh".
_PILLAR_OF_OWN = re.compile(
    r"(?:" + COMPONENT_ALT + r")(?:\s*(?:cntt|công nghệ thông tin)(?:\s*[-–]\s*tt)?)?\s+của\s+(?:tỉnh|thành phố|thủ đô|địa phương)"
    r"(?:\s+(?:ta|nhà|này))?(?![\w])"
)
_OWN_PROVINCE = re.compile(r"(?<![\w])(?:của tỉnh|tỉnh ta|tỉnh nhà|toàn tỉnh)(?![\w])")
# "10 tỉnh xếp …", "các tỉnh đứng …": provinces counted, not the one the site belongs to.
_COUNTED_PROVINCES = re.compile(r"(?:\d|các|những|mấy|nhiều|một số|nhóm)\s+tỉnh\s+(?:\S+\s+)?$")


def _provinces_in(subjects: list[Mention]) -> bool:
    return any(m.entity_type == "province" for m in subjects)


def _own_province(state: SentenceState) -> Mention | None:
    """The province the text is about by default: the one its title names, else the site's own."""
    if state.topic is not None and state.topic.entity_type == "province":
        return state.topic
    return state.home


# A claim whose subject is the bare word for the province: "… cho biết tỉnh xếp thứ 22/63".
_BARE_PROVINCE = re.compile(r"(?<![\w])(?:tỉnh|tỉnh này|thành phố này|địa phương này)\s+(?:đã\s+|vẫn\s+|tiếp tục\s+|cũng\s+)?$")
# A sentence that opens on a value with no body of its own: "Với giá trị DTI đạt …", "Tổng điểm đạt …".
_CARRIED_SCORE = re.compile(
    r"^\W*(?:với\s+|có\s+)?(?:tổng\s+)?(?:giá trị|điểm số|số điểm|điểm)\s+(?:chỉ số\s+)?"
    r"(?:chuyển đổi số|" + INDEX_SHORT + r")"
    r"(?:\s+(?:tổng thể|tổng hợp|chung))?\s+(?:đạt|là)\s+$"
)
# Values over the whole field rather than one body's.
_AGGREGATE = re.compile(r"trung bình|bình quân|\bcả (?:\d|ba|3)\s+trụ cột|của các (?:tỉnh|địa phương|bộ)")


def _pillar_holder(
    cue_start: int, subjects: list[Mention], low: str, prev_end: int, out: list[Assertion], state: SentenceState
) -> Mention | None:
    """Whose pillar a claim with no subject of its own is about: "… Vĩnh Phúc xếp thứ 12. Trong đó các chỉ
    số xếp hạng cao gồm: Thể chế số xếp thứ 1/63, …" names the pillar as the subject; the body is the one
    the text was about (named earlier in the sentence, else in an earlier sentence, else the title)."""
    segment = low[max(prev_end, low.rfind(";", 0, cue_start) + 1) : cue_start]
    if not re.search(COMPONENT_ALT, segment):
        return None
    before = [m for m in subjects if m.end <= cue_start]
    if before:
        return before[-1]
    if _PILLAR_OF_OWN.search(segment) and _own_province(state) is not None:
        return _own_province(state)  # "hạ tầng kỹ thuật của tỉnh về đích ở vị trí thứ 6": the province written about
    if not subjects and _AGGREGATE.search(low):
        return None  # "giá trị chỉ số của cả 3 trụ cột cấp tỉnh …": every province's average, nobody's own
    if out:
        last = out[-1]
        return Mention(last.start, last.end, last.entity, last.entity, last.entity_type)
    return state.last_subject or state.topic


def _component(cue: Cue, subject: Mention | None, low: str, prev_end: int, state: SentenceState) -> str | None:
    if OVERALL.match(low[cue.end :]):
        return None
    if re.match(r"\s*(?:ở|về|trong|tại)\s+(?:trụ cột|chỉ số|hạng mục|lĩnh vực|nhóm chỉ số)\s+này", low[cue.end :]):
        return state.paragraph_component or state.last_component  # the section's pillar, else the last one named
    m = COMPONENT_AFTER.match(low[cue.end :])
    if m:
        return component_name(m["comp"])
    m = _FROM_ASIDE_PILLAR.match(low, cue.end)
    if m and re.search(r"(?<!\w)từ\s+(?:vị trí\s+)?$", low[max(0, cue.start - 14) : cue.start]):
        return component_name(m["comp"])  # "từ vị trí thứ 44 năm 2016, Cổng thông tin điện tử X đã vươn lên …"
    # "chính quyền số của tỉnh xếp thứ 31, kinh tế số xếp thứ 18": the pillar named since the last claim
    seg_start = max(prev_end, low.rfind(";", 0, cue.start) + 1)
    if subject is not None and subject.end <= cue.start:
        seg_start = min(seg_start, max(0, subject.start - 50))
    segment = low[seg_start : cue.start]
    found = None
    for m in re.finditer(COMPONENT_ALT, segment):
        found = m
    # "… dẫn đầu về chính quyền số, B xếp thứ 2" names another claim's pillar; "Giá trị DTI về chính quyền số
    # đạt … và xếp hạng 42" names this claim's own (no claim verb before it in the segment)
    own_clause = segment[: found.start()].rsplit(";", 1)[-1] if found else ""
    if found and _CAUSE.search(segment, found.end()):
        found = None  # "nỗ lực ở cả 3 trụ cột … đã giúp Việt Nam tăng 15 bậc": pillars as the cause
    if found and _OVERALL_NAMED.search(segment, found.end()):
        return None  # "… chính sách xếp thứ 3/63, trong khi chỉ số chung của tỉnh đứng thứ 25": the whole index
    if found and (
        not re.search(r"\bvề\s+$", own_clause) or not re.search(r"\b(?:xếp|đứng|dẫn đầu|đạt|tăng|giảm)\b", own_clause)
    ):
        return component_name(found.group(0))
    found = None
    for m in COMPONENT_OPENING.finditer(low[: cue.start]):
        found = m
    if found:
        return component_name(found["comp"] or found["comp2"])
    return state.paragraph_component  # the pillar of the section the sentence is in, if any


UNNAMED_REGION = "?"
_SECOND_REGION = re.compile(
    r"\s*(?:trong|ở|tại|của)?\s*(?:khu vực\s+)?(?:châu á|đông nam á|asean)\s+(?:cũng như|và|lẫn)\s+(?:(?:trong|ở|tại)\s+)?"
    r"(?:khu vực\s+)?(?P<g2>châu á(?!\s*[-–]\s*thái bình dương)|đông nam á|asean)"
)


# Countries in each region the contract groups by: a place beyond that is a world place, whatever the frame
# ("Trong khu vực Đông Nam Á, Singapore đứng thứ 10 thế giới; Malaysia thứ 40").
_REGION_SIZE = {"Đông Nam Á": 11, "châu Á": 47}


def _region(cue: Cue, low: str, state: SentenceState) -> str | None:
    group = _region_named(cue, low, state)
    if group in _REGION_SIZE and (
        (cue.rank is not None and cue.rank > _REGION_SIZE[group])
        or (cue.rank_change is not None and abs(cue.rank_change) >= _REGION_SIZE[group])
        or re.match(r"\s*(?:trên\s+|của\s+)?(?:thế giới|toàn cầu)", low[cue.end :])
    ):
        return None
    return group


def _region_named(cue: Cue, low: str, state: SentenceState) -> str | None:
    if cue.group in (WORLD, NATIONAL):
        return None
    if cue.group == "khu vực":
        return state.paragraph_region
    if cue.group:
        return REGION_NAMES.get(cue.group, cue.group)
    after = re.match(
        r"\s*(?:trong|ở|tại|của)?\s*(?:(?:các\s+)?(?:nước|quốc gia)\s+(?:thuộc\s+|trong\s+|ở\s+)?(?:khối\s+)?)?(?:khu vực\s+)?"
        r"(?:hiệp hội (?:các\s+)?(?:quốc gia|nước)\s+)?(châu á(?!\s*[-–]\s*thái bình dương)|đông nam á|asean)",
        low[cue.end :],
    )
    if after:
        return REGION_NAMES.get(after.group(1))
    if re.match(r"\s*(?:trong|ở|tại|của)\s+(?:khu vực|vùng)(?![\w])(?!\s+(?:châu|đông nam|asean))", low[cue.end :]):
        # "xếp thứ 2 trong khu vực là Malaysia": the region the text is about (named in this paragraph, else in
        # an earlier one), never the world
        return state.paragraph_region or state.article_region or UNNAMED_REGION
    found = None
    for m in REGION_OPENING.finditer(low[: cue.start]):
        found = m
    if found:
        return REGION_NAMES.get(found["g"] or found["g2"])
    if cue.kind in ("rank", "next_list") and state.sentence_region and re.search(r"[,;]\s*(?:và\s+)?(?:xếp\s+|đứng\s+)?$", low[: cue.start]):
        return state.sentence_region  # "Xếp thứ 2 trong khu vực là Malaysia (…), thứ 3 là Thái Lan": the list goes on there
    return None


def _world_places_disagree(members: list[Mention], cues: list[Cue], low: str) -> bool:
    """Do the countries of an ordered list carry bracketed world places other than their places in the list?"""
    for i, m in enumerate(members):
        bracket = next((c for c in cues if c.values == [BRACKETED] and c.start >= m.end and not low[m.end : c.start].strip()), None)
        if m.entity_type == "country" and bracket is not None and bracket.rank != i + 1:
            return True
    return False


def lower_same_length(sentence: str) -> str:
    """Lower case with offsets kept (a character whose lower case is longer stays as it is)."""
    low = sentence.lower()
    if len(low) != len(sentence):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    if ")" in low and low.count(")") > low.count("("):
        low = _without_stray_closers(low)
    return low


def _without_stray_closers(low: str) -> str:
    """A closing bracket no bracket opened ("Công an tỉnh với 78,43 điểm), Bảo hiểm …", a typing slip) read as a
    space, so that it does not cut the list it stands in."""
    depth, chars = 0, list(low)
    for i, c in enumerate(chars):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                chars[i] = " "
            else:
                depth -= 1
    return "".join(chars)


def extract_sentence(
    sentence: str, mentions: list[Mention], state: SentenceState, cues: list[Cue] | None = None
) -> list[Assertion]:
    """All assertions a sentence makes; `mentions` are the gazetteer's, relative to the sentence.

    `cues` may be passed when the caller already found them (they are consumed: `used` flags change).
    """
    low = lower_same_length(sentence)
    # "khu vực châu Á - Thái Bình Dương" is no region of the contract
    regions = re.findall(r"khu vực\s+(?:hiệp hội (?:các\s+)?(?:quốc gia|nước)\s+)?(đông nam á|châu á(?!\s*[-–]\s*thái bình dương))", low)
    if regions:  # the last one named: "đứng đầu khu vực châu Á cũng như khu vực Đông Nam Á. Xếp thứ 2 trong khu vực là …"
        state.paragraph_region = state.article_region = REGION_NAMES[regions[-1]]
    if cues is None:
        cues = find_cues(low)
    # (state.paragraph_sport already holds this sentence's own sport words: _read_article looks for them first)
    if not cues or state.paragraph_sport or state.off_domain_article or state.paragraph_sub_index or _OFF_DOMAIN.search(low):
        return []
    mentions = _adapt_mentions(sentence, low, mentions, state)
    named_anyone = bool(mentions) or state.named_other_body
    subjects = _subjects(low, mentions)
    if any(m.entity_type == "local_unit" for m in subjects):
        # "Sở KH&ĐT dẫn đầu bảng xếp hạng … năm 2021 của tỉnh Nam Định": the province owns the ranking
        subjects = [m for m in subjects if not (m.entity_type == "province" and _RANKING_OWNER.search(low, 0, m.start))]
    state.sentence_mentions = list(mentions)
    state.sentence_region = None
    placed_before = (state.last_rank, state.last_subject)  # what the sentence before placed, before this one speaks
    years = find_years(low, state.reported_year or state.article_year)
    consumed = [(c.start, c.end) for c in cues if c.years]
    owned = _owned_years(cues, years, low)
    out: list[Assertion] = []
    prev_end = [0]

    def emit(m: Mention, cue: Cue, **values: object) -> None:
        years_for = cue.years or [None]
        if values.get("rank_total") == 1:
            del values["rank_total"]  # "được chấm điểm tuyệt đối (1/1) và đứng thứ nhất": a full score, no field of one
        if cue.kind in ("leader", "top") and cue.rank_total and "rank_total" not in values and (
            "top" in values or "rank" in values
        ):
            values["rank_total"] = cue.rank_total  # "A, B, C đứng đầu … trong số 193 quốc gia": the field they lead
        components: list[str | None] = [None]
        if "component" not in values and len(cue.components) == 1:
            components = list(cue.components)
        elif values.get("component") is None and "component" not in values:
            until = next((c.start for c in cues if c.start >= cue.end and c is not cue), len(low))
            components = (
                _shared_pillars_before(low, cue.start)
                or _component_before_bracket(low, cue.start)
                or _components_after(low, cue.end, until)
                or [_component(cue, m, low, prev_end[0], state)]
            )
            earlier = [a for a in out if a.attrs.get("dated") and a.entity == m.canonical and a.end <= cue.start]
            inside = low.rfind("(", 0, cue.start) > low.rfind(")", 0, cue.start)
            if inside and components == [None] and earlier and ")" not in low[earlier[-1].end : cue.start]:
                # "(năm 2008: xếp thứ 5; năm 2009: thứ 3; …)": each year of the run in the pillar of the first
                components = [earlier[-1].component]
        for y, comp in ((y, comp) for y in years_for for comp in components):
            a = Assertion(m.canonical, m.entity_type, cue.start, cue.end, **values)  # type: ignore[arg-type]
            if a.component is None and "component" not in values:
                a.component = comp
            group = _region(cue, low, state) if m.entity_type == "country" else None
            if group == UNNAMED_REGION:
                continue  # a place in a region the text does not name: no group of the contract
            if group:
                a.group = group
                state.sentence_region = group
            elif m.entity_type in ("ministry", "agency") and (
                _NO_SERVICE_FIELD_AFTER.match(low, cue.end)
                or (block_after(low, cue.start, state.paragraph_no_service) and not _FIELD_NAMED_AFTER.match(low, cue.end))
            ):
                a.group = GROUP_NO_SERVICE  # "… đứng đầu trong số 8 bộ, ngành không cung cấp dịch vụ công"
            a.merged_cue = field_after(low, cue.start, state.paragraph_merged)
            if cue.group == WORLD:
                a.attrs["world"] = True  # a place in the whole field, aside from the list being counted
            if cue.versus is not None:
                a.attrs["versus"] = cue.versus
                if cue.values == ["since"]:
                    a.attrs["since"] = True
            if cue.previous_edition:
                a.attrs["previous_edition"] = a.attrs["dated"] = True
            if y is not None and y < 0:
                a.year_offset = y
            elif y is not None:
                a.year = y
                a.attrs["dated"] = True  # a place the cue dates itself ("(năm 2005 xếp thứ 2)"), often an earlier one
            else:
                mine = [(s, e) for s, e, owner in owned if owner is not cue] + consumed
                a.year = pick_year(
                    years, cue.start, cue.end, m.end if m.end <= cue.start else None, cue.kind, mine, low
                )
                if a.year is None and cue.kind == "change":
                    a.year = _result_year(cue, cues, owned, years, low)
                if cue.kind == "change" and cue.versus is not None and a.year is not None and a.year <= cue.versus and (
                    cue.values != ["since"]
                ):
                    # "giảm 9 hạng so với năm 2019 (năm 2019, …)": a change is of a later edition than the one
                    # it is compared with: the latest year of the sentence after it, else the one after it
                    later = [yy.year for yy in years if yy.year > cue.versus]
                    a.year = max(later) if later else None
                    if a.year is None:
                        a.attrs["after_compared"] = cue.versus
                if a.year is None and not any(yy.start >= cue.end for yy in years):
                    # "… 5 nước dẫn đầu về Chính phủ điện tử năm 2022, Việt Nam đứng thứ 6": the year of a top group
                    # named earlier in the sentence carries on to a place after it that names none
                    earlier = [yy.year for yy in years if any(s0 == yy.start and o is not cue and o.kind == "top"
                                                               for s0, _e, o in owned) and yy.end <= cue.start]
                    if earlier:
                        a.year = earlier[-1]
                if cue.kind == "change" and cue.values == ["latest"]:
                    a.attrs["latest"] = max((yy.year for yy in years), default=None)
                    a.year = None
                partner = next((yy.partner for yy in years if yy.year == a.year and yy.partner and yy.end <= cue.start), None)
                if partner is not None and cue.kind in ("rank", "leader", "top") and not any(
                    yy.year == partner and yy.start >= cue.start for yy in years
                ):
                    # "Năm 2019, 2020, Bộ VHTT&DL xếp hạng 3": the place of both years
                    twin = copy.copy(a)
                    twin.attrs = dict(a.attrs)
                    twin.year = partner
                    out.append(twin)
            second = _SECOND_REGION.match(low, cue.end) if a.group in _REGION_SIZE else None
            if second and REGION_NAMES[second["g2"]] != a.group and (a.rank or 0) <= _REGION_SIZE[REGION_NAMES[second["g2"]]]:
                # "đứng đầu khu vực châu Á cũng như khu vực Đông Nam Á": the same place in both regions
                twin = copy.copy(a)
                twin.attrs = dict(a.attrs)
                twin.group = REGION_NAMES[second["g2"]]
                out.append(twin)
            out.append(a)

    def first_in_each_block(leaders: list[Mention], cue: Cue) -> None:
        """Leaders of several blocks named in one sentence: each is first in its own block, none of them second."""
        for m in leaders:
            emit(m, cue, rank=1)
        state.last_subject = leaders[0]
        prev_end[0] = cue.end

    def emit_in_order(members: list[Mention], ranks: list[int], cue: Cue, scores_in_order: list[Cue] | None) -> None:
        """Each member its place in an ordered list, with the cue's field size and, when the sentence
        gives as many scores after the claim, each member's score in the same order."""
        for i, (m, r) in enumerate(zip(members, ranks, strict=False)):
            values: dict[str, object] = {"rank": r}
            if cue.rank_total:
                values["rank_total"] = cue.rank_total
            if scores_in_order:
                values["score"] = scores_in_order[i].score
                scores_in_order[i].used = True
            emit(m, cue, **values)

    clause_of = _clause_ends(low)
    scores = [c for c in cues if c.kind == "score"]
    first, state.ordered_next = state.ordered_next, None
    if first is not None and (items := ordered_list_items(low, subjects, cues)) is not None:
        # a paragraph going on with the list an ordered heading opened: the places count on from the one before
        first = 1 if _CLUSTER_LABEL.match(low) else first
        for k, m in enumerate(items):
            if m is not None:
                emit(m, Cue("rank", m.start, m.end, rank=first + k), rank=first + k)
        state.ordered_next = first + len(items)
    numbered = _numbered_members(low, subjects)
    for m, n, at in numbered:
        emit(m, Cue("rank", at, m.end, rank=n), rank=n)
    if numbered:  # the list's own numbers, not an order counted on from the sentence before
        for c in cues:
            if c.kind in ("next_list", "rank_list", "top"):
                c.used = True
    for cue in cues:
        if cue.kind == "bottom_list":
            # "Bảy bộ … thấp nhất lần lượt là A, B, …" after "… trong 17 bộ": 17, 16, … (the field said before)
            total = cue.rank_total or state.last_total
            cue.kind = "rank_list"
            cue.values = list(range(total, total - cue.top, -1)) if total and total >= cue.top else []
            cue.top = None
    for cue in cues:
        if cue.used or cue.kind in ("score",):
            continue
        if cue.kind in ("top", "leader", "rank", "change") and _planned(low, cue.start):
            continue
        if cue.kind == "next_list":
            _next_list(cue, cues, sentence, low, subjects, state, out, emit)
            prev_end[0] = cue.end
            continue
        if cue.kind == "after_x":
            _after_x(cue, low, subjects, state, emit)
            prev_end[0] = cue.end
            continue
        if cue.kind == "value_first":
            # "Điểm PCI cao nhất là 72,95 (Quảng Ninh)": the value first, its body in the bracket after it
            inside = [m for m in subjects if cue.start < m.start and m.end <= cue.end]
            if len(inside) == 1:
                emit(inside[0], cue, score=cue.score, **({"rank": 1} if cue.rank == 1 else {}))
            continue
        if cue.kind in ("pillar_list", "pillar_scores"):
            # whose pillars: a body named in the list's own words ("… của Trà Vinh lần lượt …"), else the
            # one named before in the sentence, else the body the text is about
            inside = [m for m in subjects if cue.start <= m.start < cue.end]
            before = [m for m in subjects if m.end <= cue.start]
            holder = (inside or before or [None])[-1]
            if holder is None and _PILLAR_OF_OWN.search(low, cue.start, cue.end):
                holder = _own_province(state)  # "… sản xuất – kinh doanh CNTT của tỉnh lần lượt đứng thứ 11, 9, 13 và 6"
            holder = holder or state.last_subject or state.topic
            if holder is not None:
                for comp, value in zip(cue.components, cue.values, strict=True):
                    if cue.kind == "pillar_scores":  # a list of the pillars' values, not their places
                        emit(holder, cue, score=value, component=comp)
                    else:
                        emit(holder, cue, rank=value, component=comp)
            prev_end[0] = cue.end
            continue
        if _off_topic(low, cue, state.measured_in_money):
            if cue.kind == "leader" and _SUB_INDEX_NAMED_AFTER.match(low, cue.end):
                # "… có điểm số cao nhất theo chỉ số kiểm soát tham nhũng … là A. Xếp sau là B, C …": the paragraph
                # ranks the bodies in that sub-index from here on
                state.paragraph_sub_index = True
                for c in cues:
                    c.used = True
            continue
        if cue.values == [BARE]:
            # "…, Malaysia 32, Brunei 68": a bare number is a place only right after a body's name
            named = [m for m in subjects if m.end <= cue.start and low[m.end : cue.start].strip() in ("", ":")]
            if named:
                emit(named[-1], cue, rank=cue.rank, **({"rank_total": cue.rank_total} if cue.rank_total else {}))
                prev_end[0] = cue.end
            continue
        if cue.kind == "leader":
            # "… thấp hơn Sở Tư pháp, đơn vị dẫn đầu, 3,5 điểm": the body compared with leads, in apposition;
            # the sentence's own subject is placed by its other claims
            compared = next((m for m in mentions if _APPOSED_LEADER.fullmatch(low, m.end, cue.start)
                             and _COMPARED_WITH_BODY.search(low, 0, m.start)), None)
            if compared is not None:
                emit(compared, cue, rank=1)
                continue
        each = _leaders_of_counted_blocks(subjects, low, cue) if cue.kind == "leader" else []
        if each:
            first_in_each_block(each, cue)  # "Đà Nẵng, Bộ Tài chính và Viện Hàn lâm … dẫn đầu ở 3 nhóm"
            continue
        group = _subject_for(cue, subjects, low, sentence, state)
        if cue.values == [GROUP_BEFORE] and len(group) < 2:
            continue  # "Danh sách top 10 cũng là các địa phương dẫn đầu …": no bodies listed before it
        if cue.kind == "leader" and not group and _BLOCKS_LISTED.match(low, cue.end):
            group = [m for m in mentions if m.start > cue.end and _BLOCK_THEN_BRACKET.search(low, cue.end, m.start)
                     and not re.search(r"[;.]", low[cue.end : m.start])]
            if group:
                first_in_each_block(group, cue)
                continue
        if not group and cue.kind in ("top", "leader"):
            # "5 địa phương dẫn đầu cả nước về … lần lượt là A, B, C, D và E": the members named after it
            for i, m in enumerate(subjects):
                if m.start >= cue.end:
                    if re.search(r"\bcủa\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$", low[cue.end : m.start]):
                        continue  # "… năm 2023 của TP Cần Thơ gồm: …": the ranking's owner, not a member
                    if re.fullmatch(r"[^.;]{0,200}?\s(?:lần lượt\s+)?(?:là|gồm|thuộc về)\s*:?\s*(?:các\s+(?:bộ|sở|tỉnh|địa phương|nước)\s*:?\s*)?", low[cue.end : m.start]):
                        group = _group_fwd(subjects, i, low)
                    break
        group_component: str | None = None
        if group and re.match(r"\s*(?:gồm|bao gồm)\s*:", low[cue.end :]) and group[0].start >= cue.end:
            # "Cổng thông tin điện tử X …, đồng xếp hạng nhất gồm: A, B": the pillar the clause opened with
            named = re.search(COMPONENT_ALT, low[low.rfind(";", 0, cue.start) + 1 : cue.start])
            group_component = component_name(named.group(0)) if named else None
        if not group and cue.kind in ("rank", "change", "leader", "top") and _BARE_PROVINCE.search(low[: cue.start]):
            # "Sở TT&TT tỉnh Quảng Trị cho biết tỉnh xếp thứ 22/63": "tỉnh" is the province named before
            named = [p for p in (_as_province(x, state.on_date) for x in mentions if x.end <= cue.start) if p]
            if named:
                group = [named[-1]]
            elif not _provinces_in(subjects) and _own_province(state) and not _COUNTED_PROVINCES.search(low[: cue.start]):
                group = [_own_province(state)]  # a provincial site's "tỉnh xếp thứ 22/63": its own province
        if not group and not _provinces_in(subjects) and not out and _OWN_PROVINCE.search(low[: cue.start]) and _own_province(state):
            # "(Quang Binh Portal) - Chỉ số DTI của tỉnh … xếp thứ 46/63": the province whose site it is
            group = [_own_province(state)]
        if not group and cue.kind in ("rank", "change", "leader") and not cue.subject_after:
            holder = _pillar_holder(cue.start, subjects, low, prev_end[0], out, state)
            if holder is not None:
                group = [holder]
            elif state.paragraph_component and not subjects and (state.last_subject or state.topic):
                # a claim with no body in a pillar's section: the body the text is about, in that pillar
                group = [state.last_subject or state.topic]
                group_component = state.paragraph_component
            elif not named_anyone and not out and (state.last_subject or state.topic) and not _UNKNOWN_BODY_BEFORE.search(
                low, max(low.rfind(";", 0, cue.start), 0), cue.start
            ) and not names_a_place_of_no_body(low):
                # a sentence naming nobody ("Cụ thể: Năm 2020 (xếp hạng 51 …); Năm 2021 (…)") goes on about
                # the body the text was about (not one naming a body the gazetteer does not know: "Tổng cục Hải
                # quan tiếp tục dẫn đầu …" is no claim of the ministry the text is about)
                group = [state.last_subject or state.topic]
            elif out and not CONTRAST.search(low, out[-1].end, cue.start):
                last = out[-1]
                group = [Mention(last.start, last.end, last.entity, last.entity, last.entity_type)]
                if cue.kind == "change" and last.component and ";" not in low[last.end : cue.start]:
                    # "Chính quyền số … xếp thứ 24/63, tăng 23 bậc": the change of the pillar just placed
                    group_component = last.component
        types = _noun_types(cue.field_noun)
        if types:
            group = [m for m in group if m.entity_type in types]
        # ("xếp hạng 59/63 nền kinh tế": a field of 63 economies is countries, whatever its size)
        countries = "country" in (types or ()) or _COUNTRY_FIELD_AFTER.match(low, cue.end)
        if cue.rank_total in (63, 34) and not countries and any(m.entity_type != "province" for m in group):
            # "… xếp thứ 38/63 tỉnh, thành phố": the field is the provinces, so the body is one of them
            # ("Sở Công thương Gia Lai" as the source of the news stands for Gia Lai, never for itself)
            group = [p for p in (_as_province(m, state.on_date) for m in group) if p is not None]
        if _regional(low, cue):
            group = [m for m in group if m.entity_type == "country"]
        elif cue.rank_total is not None and cue.rank_total < _FEWEST_PROVINCES and not _CITIES_OF_A_WIDER_FIELD.match(low, cue.end):
            # "Gia Lai xếp thứ 3/5 tỉnh": provinces are ranked over 63 (34 from 2025); a field of five is a region
            # ("thứ 4 trong danh sách 10 thành phố đáng sống nhất Đông Nam Á": a city among the region's or the world's)
            group = [m for m in group if m.entity_type != "province"]
        if _subgroup(low, cue):
            group = [m for m in group if m.entity_type != "country"]
        if not group:
            continue
        clause_end = clause_of(cue.start)
        next_claim = next((c.start for c in cues if c.start >= cue.end and c.kind != "score"), len(low))
        following_scores = [s for s in scores if not s.used and cue.end <= s.start < next_claim]
        if cue.kind == "change_list":
            if len(group) == len(cue.values):
                for m, v in zip(group, cue.values, strict=True):
                    emit(m, cue, rank_change=v)
            prev_end[0] = cue.end
            continue
        if cue.kind == "rank_list":
            if len(group) == len(cue.values) + 1 and not cue.subject_after and _AFTER_THE_FIRST.search(low, 0, group[0].start):
                group = group[1:]  # "Sau Singapore, A, B và C lần lượt giữ các vị trí từ thứ 2 đến thứ 4": after the first
            if len(group) != len(cue.values) and not cue.subject_after:
                continue  # "Hà Nội xếp thứ 2 và 3": no order to hand out
            if len(group) != len(cue.values) and cue.top:
                for m in group:  # "đứng thứ 2 đến 10 … là" and eight names: each within the first ten, no place
                    emit(m, cue, top=cue.top)
                prev_end[0] = cue.end
                continue
            use_scores = len(following_scores) == len(group) == len(cue.values)
            emit_in_order(group, cue.values, cue, following_scores if use_scores else None)
            prev_end[0] = cue.end
            continue
        if cue.kind == "leader" and len(group) == 1:
            # "Đà Nẵng, Bộ Tài chính dẫn đầu …": bodies of different fields, each leading its own
            group = _leaders_of_other_fields(subjects, group[0], low) + group
            # "Dẫn đầu … ở khối các bộ là A và ở khối địa phương là B": a leader for each block named
            more = _leaders_of_more_blocks(subjects, group[-1], low)
            if more:
                first_in_each_block(group + more, cue)
                _pillar_block_leaders(subjects, more[-1], low, cues, emit, cue)
                continue
        if cue.kind == "leader" and len(group) >= 2 and group[0].start >= cue.end and (
            re.search(r"(?:các|hai|ba|bốn|năm|\d)\s+(?:khối|nhóm|cấp)(?![\w])", low[max(0, cue.start - 20) : group[0].start])
            or all(re.match(r"\s*\((?:khối|nhóm|cấp)\s", low[m.end :]) for m in group)
        ):
            # "Đứng đầu các khối lần lượt là A (khối sở), B (khối huyện) và C (khối xã)": each first in its block
            first_in_each_block(group, cue)
            continue
        if cue.kind in ("top", "leader") and len(group) >= 2 and _IN_BLOCKS.match(low, cue.end) and (
            cue.top in (None, len(group))
        ):
            # "A, B và C là 3 đơn vị dẫn đầu ở 3 khối: sở, ban, ngành; địa phương và …": each first in its block
            first_in_each_block(group, cue)
            continue
        if cue.kind == "top" and cue.top == len(group) >= 2 and _one_of_each_block(group):
            # "Sở Nội vụ và quận Long Biên là 2 đơn vị dẫn đầu": a department and a district lead their own blocks
            first_in_each_block(group, cue)
            continue
        if cue.kind == "top" and cue.top == 2 and len(group) == 1 and group[0].end <= cue.start:
            # "tỉnh An Giang và Bộ TT&TT là hai đơn vị dẫn đầu": a province and a ministry rank in fields of their
            # own, so each is first in its own
            other = next((p for p in reversed(subjects) if p.end <= group[0].start), None)
            if other is not None and not _compatible(other, group[0]) and re.fullmatch(r"\s*(?:,|và)\s*", low[other.end : group[0].start]):
                first_in_each_block([other, group[0]], cue)
                continue
        if cue.kind == "leader" and len(group) >= 2 and _one_of_each_block(group):
            # "Sở Ngoại vụ, Công an tỉnh và TP Hà Tĩnh nhất bảng", "Sở Nội vụ và quận Long Biên có chỉ số … cao nhất
            # … lần lượt là …": a department, a central branch and a district of a province's own ranking lead its
            # different blocks, each first in its own, whatever order words follow
            first_in_each_block(group, cue)
            continue
        if cue.kind in ("leader", "top") and len(group) >= 2:
            lead_in = low[cue.start : max(cue.end + 20, group[0].start)]
            # "10 tỉnh … dẫn đầu theo thứ tự là: A, B, …": the order is stated, however many are named
            stated_order = bool(re.search(r"theo thứ tự(?! từ thấp)", lead_in))
            # ("dẫn đầu là: A (46,04 điểm) B (45,78 điểm), …": each member's own value in its bracket states no order)
            # ("3 địa phương dẫn đầu là A với 78,47 điểm, B với 77,24 điểm …": the same, each value after "với")
            own_brackets = all(re.match(r"\s*(?:\(\s*|(?:với|đạt)\s+)\d", low[m.end :]) for m in group)
            ordered = (
                "lần lượt" in low[group[0].start : clause_end]
                or "lần lượt" in lead_in
                or stated_order
                # ("5 tỉnh có tổng điểm cao nhất là: A (73,33); B (70,29) …": a counted top group the same)
                or (len(following_scores) == len(group) and not (own_brackets and cue.kind in ("leader", "top")))
            )
            if ordered and any(
                c.kind == "rank_list" and cue.end <= c.start < clause_end and len(c.values) == len(group) for c in cues
            ):
                continue  # "… là ba địa phương dẫn đầu, lần lượt xếp thứ 2, 1 và 3": the places are stated after
            if ordered and cue.kind == "top" and cue.top == len(group) + 1 and 1 in state.known_ranks.values() and (
                group[-1].end <= cue.start
            ):
                # "A, B, C và D lần lượt là các địa phương nằm trong nhóm 5 tỉnh đứng đầu" after the first was named:
                # the places after it, in order
                emit_in_order(group, list(range(2, cue.top + 1)), cue, None)
                prev_end[0] = cue.end
                continue
            # ("10 nước đứng đầu lần lượt là A, B, …" with nine names: the list runs from the top, each its place)
            in_order_from_the_top = bool(
                cue.kind == "top" and cue.top and len(group) < cue.top and group[0].start >= cue.end
                and _IN_ORDER_RIGHT_AFTER.fullmatch(low, cue.end, group[0].start)
            )
            if ordered and (
                cue.kind == "leader" or cue.top == len(group) or cue.values == ["ordered"] or stated_order or in_order_from_the_top
            ):
                if _world_places_disagree(group, cues, low):
                    # "Ba nước đứng đầu lần lượt là Singapore (4), Malaysia (5) và Indonesia (24)": the list
                    # counts a region (the one the text is in); the bracketed numbers are world places
                    region = _region(cue, low, state) or state.paragraph_region
                    if region is None:
                        continue
                    cue.group = region
                use_scores = len(following_scores) == len(group)
                emit_in_order(group, list(range(1, len(group) + 1)), cue, following_scores if use_scores else None)
                prev_end[0] = cue.end
                continue
            shared = _one_value_for_all(cue, group, scores, low)
            if shared is not None:
                # "A, B, C đạt điểm số cao nhất là 90 điểm": one highest value shared, so each is first with it
                for m in group:
                    emit(m, cue, rank=1)
                    emit(m, shared, score=shared.score)
                shared.used = True
                state.last_subject = group[-1]
                prev_end[0] = shared.end
                continue
            if cue.kind == "leader" and not _tied(low, group, cue) and all(_compatible(group[0], m) for m in group):
                # "A, B, C dẫn đầu", "dẫn đầu là A, B và C": several bodies lead together with no order
                # stated, so they are the top group of that size, none of them first (GUIDELINES §2).
                for m in group:
                    emit(m, cue, top=len(group))
                state.last_subject = group[-1]
                prev_end[0] = cue.end
                continue
        holder = group[-1]  # (the body a next sentence's "Thứ hạng này …" is about, not those sharing its place)
        if cue.kind in ("rank", "leader") and len(group) == 1 and group[0].end <= cue.start:
            group = group + _sharing_after(subjects, group[0], cue, low)
        elif cue.kind in ("top", "rank") and len(group) == 1 and cue.end <= group[0].start:
            group = group + _sharing_after(subjects, group[0], cue, low, after_holder=True)
        for m in group:
            values = {
                k: getattr(cue, k)
                for k in ("rank", "rank_total", "top", "rank_change")
                if getattr(cue, k) is not None
            }
            if group_component:
                values["component"] = group_component
            emit(m, cue, **values)
        state.last_subject = holder
        prev_end[0] = cue.end
    _anchored_places(cues, out, low, subjects, emit)
    placed = any(a.score is None for a in out)  # the sentence placed someone: its scores are asides
    _respective_scores(scores, out)
    # Scores left: the subject is the nearest entity before (or the one the previous claim was about).
    for s in scores:
        if s.used:
            continue
        if _planned(low, s.start) or _in_sub_index(low, s.start) or _statistic_opens_clause(low, s.start):
            continue
        if s.group == NATIONAL:
            country = Mention(s.start, s.end, "Việt Nam", "Việt Nam", "country")
            emit(country, s, score=s.score, component=None)
            out[-1].attrs["index"] = "dti"
            continue
        prior = max((c for c in cues if c.end <= s.start and c.kind != "score"), key=lambda c: c.end, default=None)
        if prior is not None and (
            re.fullmatch(r"\s*\(\s*", low[prior.end : s.start])
            or re.fullmatch(r"\s*(?:của\s+|vào\s+|trong\s+)?năm\s+(?:19|20)\d\d\s*,?\s*(?:với|đạt)\s+", low[prior.end : s.start])
        ):
            # "chính quyền số xếp hạng 28 (0,7684)": the score of the place right before it, whoever holds it;
            # "từ vị trí 94 của năm 2010 với 3,61 điểm": an earlier edition's place and its score
            placed = [a for a in out if a.start == prior.start and a.score is None and a.rank is not None]
            if len(placed) == 1:
                placed[0].score = s.score
                s.used = True
                continue
        group = _subject_for(s, subjects, low, sentence, state)
        prior_end = max((c.end for c in cues if c.end <= s.start), default=0)
        if not group:
            holder = _pillar_holder(s.start, subjects, low, prior_end, out, state)
            group = [holder] if holder is not None else []
        # "Đạt 0,6465 điểm.", "Với 0,7647 điểm, …" opening a sentence in a pillar's section: that pillar's value
        section_score = state.paragraph_component and not subjects and (
            re.search(r"(?:điểm số|giá trị|điểm)[^.;]{0,20}$", low[: s.start])
            or re.fullmatch(r"\W*(?:(?:chỉ\s+)?đạt|với|là)?\s*", low[: s.start])
        )
        if not group and section_score and (state.last_subject or state.topic):
            holder = state.last_subject or state.topic
            emit(holder, s, score=s.score, component=state.paragraph_component)
            continue
        bodies = {a.entity for a in out if a.year_offset is None}
        if not group and len(bodies) == 1 and not CONTRAST.search(low, out[-1].end, s.start) and not _planned(low, s.start):
            # "Bộ Tài chính đứng thứ nhất … của các bộ … có cung cấp dịch vụ công với chỉ số ICT Index đạt
            # 0,8002": the one body this sentence placed
            last = next(a for a in reversed(out) if a.year_offset is None)
            emit(Mention(last.start, last.end, last.entity, last.entity, last.entity_type), s, score=s.score,
                 component=last.component)
            continue
        if not group and not out and state.last_subject is not None and _CARRIED_SCORE.match(low[: s.start]):
            # "Quảng Ninh vươn lên vị trí thứ 3. Với giá trị DTI đạt 0,7024 điểm, …": the sentence opens on the
            # value of the body the previous sentence placed
            group = [state.last_subject]
        in_turn = s.values == [RESPECTIVE]  # ("A, B, C với điểm số là 45,31; 38,93; 38,70": a list of values after "là")
        if len(group) > 1 and ("lần lượt" in low[group[-1].end : s.start] or in_turn):
            # "A và B lần lượt đạt 0,61 và 0,58 điểm": one score each, in order
            pending = [x for x in scores if not x.used and x.start >= s.start]
            if in_turn:
                pending = [x for x in pending if x.values == [RESPECTIVE]]
            # (values given in turn must be exactly as many as the bodies; after "lần lượt", at least as many)
            enough = len(pending) == len(group) if in_turn else len(pending) >= len(group)
            if enough:
                for member, x in zip(group, pending, strict=False):
                    x.used = True
                    emit(member, x, score=x.score)
                continue
        tied = len(group) > 1 and re.search(r"(?<![\w])(?:cùng|đều)(?![\w])", low[group[-1].end : s.start])
        if len(group) != 1 and not tied:
            group = group[-1:]
        if not group:
            continue
        for member in group:
            comp = _component_named_before(low, s.start)
            if comp is None:
                prev = [a for a in out if a.entity == member.canonical and a.end <= s.start and ";" not in low[a.end : s.start]]
                comp = prev[-1].component if prev else _component(s, member, low, prior_end, state)
            emit(member, s, score=s.score, component=comp)
            if not placed and (member.entity_type != "country" or s.group != NATIONAL):
                state.last_subject = member  # "X … với 326,85/500 điểm. Các tiêu chí …: nhân lực số xếp thứ 6/17"
    if not any(c.kind in ("rank", "leader", "top", "rank_list", "next_list") for c in cues):
        _ahead_of_the_place_before(low, subjects, placed_before, emit)  # the sentence places no one of its own
    _same_places_in_another_year(low, out)
    if not years and state.last_year is not None and _THIS_YEAR_BACK.search(low):
        for a in out:  # "Cũng trong năm này, Thừa Thiên Huế xếp thứ 10": the year the sentence before named
            if a.year is None and a.year_offset is None:
                a.year = state.last_year
    if state.last_year is not None:
        for a in out:  # an 'other' ranking's edition is often named only in the paragraph before
            if a.year is None and a.year_offset is None:
                a.attrs["earlier_year"] = state.last_year
    remember_years(low, state)
    totals = [a.rank_total for a in out if a.rank_total]
    if totals:
        state.last_total = totals[-1]
    compared = {c.versus for c in cues if c.versus is not None and c.values != ["since"]}
    if len(compared) == 1 and not years and not CHANGE_AGAINST_LAST_YEAR.search(low):
        # "xếp hạng kinh tế số: 30/63 (tăng 02 bậc so với năm 2021)" with no year of its own: the changes
        # are against the previous assessment, so the sentence reports the one after the year compared (unless another
        # change is against last year's: "tăng một bậc so với năm ngoái và tăng 7 bậc so với năm 2013")
        for a in out:
            if a.year is None and a.year_offset is None:
                a.attrs["after_compared"] = next(iter(compared))
    for a in out:
        if a.component:
            state.last_component = a.component
        if a.rank is not None and a.year_offset is None and not a.attrs.get("world") and not (
            a.attrs.get("dated") and any(b.rank is not None and not b.attrs.get("dated") for b in out)
        ):  # "X đứng đầu (năm 2005 xếp thứ 2). Tiếp theo là …": the list goes on from this year's place
            state.known_ranks[a.entity] = a.rank
            state.known_groups[a.entity] = a.group
            state.last_rank = a.rank
            state.last_ranked_type = a.entity_type
    return out


def remember_years(low: str, state: SentenceState) -> None:
    """Keep the last year a sentence wrote as a number ("năm nay" is no year to refer back to) that can name what
    the text goes on about (years.edition_years)."""
    written = edition_years(low, None)
    if written:
        state.last_year = written[-1].year


_ABOUT = re.compile(
    # ("giảm 21 bậc về vị trí 47": the place the move ended at, not what is ranked)
    r"^\s*(?:cả nước\s+|toàn quốc\s+|trong cả nước\s+)?về\s+(?!(?:vị trí|hạng|thứ|mức)\s+(?:thứ\s+)?\d)"
    r"(?P<what>[^,;.]{3,60}?)(?=\s+(?:và|nhưng|còn|trong khi)\s|[,;.]|$)"
)
# Sport: a league table's places are no index, in the whole paragraph ("Nam Định đứng đầu V-League … Bình Định
# xếp thứ 2"); nor are a medal table's or a team's place at an olympiad (counts of medals or summed marks)
_SPORT = re.compile(
    # ("Tuyển nữ Việt Nam giữ vững ngôi đầu", "ĐT Việt Nam leo hạng": a national team by its short names)
    r"\bfifa\b|bóng đá|đội tuyển|đội bóng|(?<![\w])tuyển (?:nam|nữ)(?![\w])|(?<![\w])đt (?:việt nam|quốc gia)|"
    r"câu lạc bộ|\bclb\b|v-?league|\bfc\b|mùa giải|"
    r"huy chương|\bhc[vbđ]\b|bảng tổng sắp|sea games|\basiad\b|olympic|thế vận hội|đoàn thể thao"
)
# (words one of which every _SPORT wording holds: looked for first, as plain substrings, since most sentences have none)
_SPORT_HINTS = ("fifa", "bóng", "tuyển", "đt ", "lạc bộ", "clb", "league", "fc", "mùa giải", "huy chương", "hcv", "hcb", "hcđ",
                "tổng sắp", "games", "asiad", "olympic", "thế vận", "thể thao")


def speaks_of_sport(low: str) -> bool:
    """Whether a lower-cased text is about a league, a national team, a medal table or an olympiad."""
    for hint in _SPORT_HINTS:
        if hint in low:
            return bool(_SPORT.search(low))
    return False


# An article opening on counts of scientific papers ("Theo Cơ sở dữ liệu khoa học WoS …", "về số lượng công bố khoa
# học"): its places are by a raw statistic (GUIDELINES §4), in the whole article
PUBLICATION_COUNTS = re.compile(
    r"(?:cơ sở dữ liệu|dữ liệu|theo)[^.]{0,40}?(?<![\w])(?:wos|scopus|isi|web of science)(?![\w])|nature index|"
    r"(?:về|theo)\s+(?:số lượng\s+)?(?:công bố|bài báo|ấn phẩm)\s+khoa học|(?:về\s+)?(?:xuất bản|công bố)\s+(?:bài báo|quốc tế)"
)
# An article about exam results ("Vĩnh Phúc dẫn đầu điểm thi tốt nghiệp THPT", "Điểm trung bình khối A01"): its
# provinces' places are by marks, a raw statistic (GUIDELINES §4), in the whole article
EXAM_RESULTS = re.compile(
    r"điểm thi|thi tốt nghiệp|tốt nghiệp thpt|thi thpt|điểm trung bình (?:các môn|\d+ môn|thi)|khối [abcd]\d\d(?![\w])|"
    r"kỳ thi (?:tốt nghiệp|thpt|học sinh giỏi|chọn)|học sinh giỏi quốc gia|hsg quốc gia"
)
# Rankings of things the project does not track (GUIDELINES §4; sport is speaks_of_sport): universities, firms, banks, and
# internet speed tests (a raw measurement)
_OFF_DOMAIN = re.compile(
    r"\bookla\b|speedtest|tốc độ (?:internet|truy cập|mạng|băng rộng|tải)|bảng xếp hạng đại học|xếp hạng đại học|\bqs\b|times higher|"
    r"webometrics|(?:trong|của) (?:các|những) trường|\bđhqg\b|đại học quốc gia|ngân hàng thương mại|top \d+ doanh nghiệp|doanh nghiệp (?:công nghệ số )?uy tín|vnr500|fortune|forbes|"
    r"thương hiệu"
)
_ON_TOPIC = re.compile(
    COMPONENT_ALT + r"|chuyển đổi số|ứng dụng|chính phủ (?:điện tử|số)|cntt|công nghệ thông tin|chỉ số|dti|ict|egdi|"
    r"mức độ|tổng thể|xếp hạng|phát triển|hạ tầng|nhân lực|thể chế|an toàn"
)
# The other rankings the project keeps (index `other`), as what a place is "về": "đứng thứ 48 về đổi mới sáng tạo
# toàn cầu" (the topic itself, not "về sản phẩm trên sàn thương mại điện tử", a statistic)
_OTHER_TOPIC = re.compile(
    r"(?:chỉ số\s+|lĩnh vực\s+)?(?:đổi mới sáng tạo|năng lực cạnh tranh|an ninh mạng|cải cách hành chính|thương mại điện tử|"
    r"(?:hiệu quả\s+)?quản trị|hài lòng|khởi nghiệp|trí tuệ nhân tạo|\bai\b|internet|thịnh vượng|kinh tế tri thức|(?:cung cấp\s+)?dữ liệu mở|"
    # world reports on countries, by what they measure: "xếp thứ 65 về hạnh phúc", "hạng 59 về thu hút nhân tài"
    r"hạnh phúc|(?:thu hút\s+)?nhân tài|(?:năng lực cạnh tranh\s+)?du lịch|hòa bình|(?:bình đẳng|khoảng cách) giới|tự do kinh tế|"
    r"môi trường kinh doanh|logistics|hộ chiếu|phát triển (?:con người|bền vững)|chuyển đổi năng lượng|(?:thông thạo\s+)?tiếng anh|"
    r"(?:cảm nhận\s+)?tham nhũng|an ninh lương thực|(?:sức mạnh|quyền lực) mềm|thương hiệu quốc gia|chất lượng cuộc sống|"
    r"hiệu suất môi trường|"
    # the rankings' own short names: "xếp hạng 5 về PCI năm 2019", "đứng thứ 12 về SIPAS 2019"
    r"(?:pci|papi|par[- ]?index|sipas|pii|pgi|ebi|gii|gci|nri|idi|ddci|lci|b2c|cchc)\b)"
)


_REGION_AFTER = re.compile(
    r"\s*(?:trong\s+|của\s+|tại\s+|ở\s+|so với\s+|so\s+)?(?:các\s+)?(?:tỉnh,?\s+(?:thành\s+(?:phố\s+)?)?)?"
    r"(?:khu vực|vùng|miền|đồng bằng|tây nguyên|duyên hải|trung du)(?![\w])(?!\s+(?:châu á|đông nam á|asean))"
)
_REGION_BEFORE = re.compile(
    r"(?:^|[;,]\s*)(?:(?:trong|ở|tại)\s+(?:khu vực|vùng|miền)\s+(?!châu á|đông nam á|asean)|"
    r"so với\s+(?:các\s+)?(?:tỉnh|địa phương)(?:,?\s+thành(?: phố)?)?\s+(?:trong\s+|thuộc\s+)?(?:khu vực|vùng|miền|tây nguyên|"
    r"tây bắc|đông bắc|đồng bằng|đông nam bộ|tây nam bộ|duyên hải|bắc trung bộ|nam trung bộ|trung du))[^,;]{2,40},"
)
# Provinces are ranked over 63 (34 after the 2025 merger); a smaller field is a region's.
_FEWEST_PROVINCES = 30
_CITIES_OF_A_WIDER_FIELD = re.compile(r"[^.;]{0,80}?(?<![\w])(?:thế giới|toàn cầu|châu á|đông nam á|châu âu)(?![\w])")
_LARGEST_REGION = 14  # provinces in Việt Nam's largest socio-economic region


# "Xếp hạng chỉ số chuyển đổi số hằng năm của tỉnh Sơn La đạt mức trung bình": the body whose ranking
# the text goes on to detail, named as its owner in a sentence that states no value
_OWNER_BEFORE = re.compile(r"(?:xếp hạng|thứ hạng|chỉ số|điểm số)[^.;:]{0,60}?\s(?:của|tại)\s+(?:tỉnh\s+|thành phố\s+)?$")
# A sentence opening on a proper name ("Huyện Lý Sơn có …", "Quảng Ninh là …"): two capitalised words first.
_OPENS_WITH_BODY = re.compile(r"\W*(?:(?:Riêng|Còn|Với)\s+)?(?=[A-ZĐÀ-Ỹ][^\s]*\s+[A-ZĐÀ-Ỹ0-9])")
# "… năm 2018 theo công bố của Bộ Nội vụ": the body that published the ranking, not the one ranked
_PUBLISHED_BY = re.compile(r"(?:công bố|thẩm định)\s+của\s+$")
_OWNER_HINT = re.compile(r"(?:xếp hạng|thứ hạng|chỉ số|điểm số)[^.;:]{0,60}?\s(?:của|tại)\s")


def ranking_owner(sentence: str, low: str, on_date: str | None) -> Mention | None:
    """The one body a sentence stating no value is about, if it names one as the owner of a ranking or opens
    with it ("Huyện Lý Sơn có bước tiến đáng kể."); the sentences after it that name nobody go on about it."""
    opens = _OPENS_WITH_BODY.match(sentence)
    if not _OWNER_HINT.search(low) and not opens:
        return None
    mentions = find_mentions(sentence, on_date=on_date)
    owners = [
        m for m in mentions
        if _OWNER_BEFORE.search(low[max(0, m.start - 80) : m.start]) and not _PUBLISHED_BY.search(low, 0, m.start)
    ]
    if len(owners) == 1:
        return owners[0]
    first = mentions[0] if mentions else None
    if opens and first is not None and first.start <= opens.end() and first.entity_type != "country":
        return first
    return None


def _regional(low: str, cue: Cue) -> bool:
    """"thứ 3 khu vực miền núi phía Bắc": a rank in a region, a field the contract does not track for
    provinces (only countries have regional groups: châu Á, Đông Nam Á)."""
    if cue.kind not in ("rank", "leader", "top", "rank_list"):
        return False
    if re.match(r"\s*(?:trong\s+|trên\s+)?(?:cả nước|toàn quốc)", low[cue.end :]):
        return False  # "Ở khu vực Đông Nam Bộ, … TP.HCM xếp thứ 4 cả nước": the national place, said so
    if _REGION_AFTER.match(low[cue.end :]):
        return True
    region = _REGION_BEFORE.search(low[: cue.start])
    # "… TP.HCM xếp thứ 4 cả nước, Đồng Nai thứ 22": the places after a national one are national too
    if not region or re.search(r"cả nước|toàn quốc", low[region.end() : cue.start]):
        return False
    # "Trong khu vực Nam Trung Bộ, Bình Định đứng thứ 13, Phú Yên xếp hạng 41": no region of Việt Nam has more
    # than 14 provinces, so places beyond that are national and so are the others listed with them
    places = [int(n) for n in re.findall(r"(?:thứ|hạng|vị trí)\s+(\d{1,2})(?![\d./]|,\d)", low[region.end() :])]
    return not any(n > _LARGEST_REGION for n in places)


# Fields of countries the contract does not track: income groups, Asia-Pacific, "nhóm 34 nền kinh tế …".
_SUBGROUP_AFTER = re.compile(
    r"\s*(?:trong\s+|của\s+|tại\s+|ở\s+)?(?:nhóm|khối)\s+(?:\d+\s+|các\s+)?(?:quốc gia|nước|nền kinh tế)|"
    # "đứng đầu trong số 29 quốc gia thu nhập trung bình thấp", "dẫn đầu nhóm thu nhập trung bình thấp"
    r"\s*(?:trong\s+(?:số\s+)?|của\s+|tại\s+|ở\s+)?(?:nhóm\s+)?(?:\d+\s+)?(?:các\s+)?(?:quốc gia\s+|nước\s+|nền kinh tế\s+)?"
    r"(?:có\s+)?(?:mức\s+)?thu nhập|"
    r"\s*(?:trong\s+|của\s+|tại\s+|ở\s+)?(?:khu vực\s+)?châu á\s*[-–]\s*thái bình dương|"
    # "top 10 trong tổng số 17 nền kinh tế ở Đông Nam Á, Đông Á và Châu Đại Dương": a region the contract has not
    r"\s*(?:trong\s+)?(?:tổng\s+)?(?:số\s+)?\d+\s+(?:quốc gia|nước|nền kinh tế)\s+(?:ở|tại|thuộc|của)\s+(?:khu vực\s+)?"
    r"[^;.]{0,30}?(?<![\w])" + UNLISTED_REGIONS + r"(?![\w])"
)
_SUBGROUP_BEFORE = re.compile(
    # ("Còn trong nhóm các nước công nghiệp phát triển G7, Đức … là quốc gia bình đẳng nhất")
    r"(?:^|[;,]\s*)(?:còn\s+|riêng\s+)?(?:trong|ở|tại|thuộc)\s+(?:nhóm|khối)\s+(?:\d+\s+|các\s+)?(?:quốc gia|nước|nền kinh tế)"
    r"[^,;]{0,60},[^,;]*$"
)


# A clause opened by a region the contract has no group for ("Tại châu Mỹ, …", "Ở châu Âu, …")
_UNLISTED_REGION_OPENING = re.compile(
    r"(?:^|[;.]\s*|,\s*)(?:tại|ở|trong)\s+(?:khu vực\s+)?" + UNLISTED_REGIONS + r"\s*,[^;]*$"
)


def _subgroup(low: str, cue: Cue) -> bool:
    """"thứ 2 trong nhóm các quốc gia thu nhập trung bình thấp", "thứ 7 khu vực châu Á - Thái Bình Dương":
    a country's place in a field that is no group of the contract (only châu Á and Đông Nam Á are)."""
    if cue.kind not in ("rank", "leader", "top", "rank_list"):
        return False
    if cue.kind == "leader" and _UNLISTED_REGION_OPENING.search(low, 0, cue.start):
        return True  # "Tại châu Mỹ, Canada là quốc gia ít tham nhũng nhất (đứng thứ 9 trên thế giới)": first of a region
    if cue.kind == "rank" and re.match(r"[^,;.]{0,30}?(?:toàn cầu|thế giới)(?![\w])", low[cue.end :]):
        return False  # "… với vị trí thứ 10 trên bảng xếp hạng toàn cầu": the whole field's place, whatever group opened
    return bool(_SUBGROUP_AFTER.match(low[cue.end :]) or _SUBGROUP_BEFORE.search(low[: cue.start]))


# The sub-indices of the other rankings the press reports (PCI's ten, PAPI's most distinctive): values and places
# in them are no facts of the contract
_OTHER_SUB_INDEX = re.compile(
    r"gia nhập thị trường|tiếp cận đất đai|tính minh bạch|chi phí thời gian|chi phí không chính thức|"
    r"cạnh tranh bình đẳng|tính năng động|hỗ trợ doanh nghiệp|đào tạo lao động|thiết chế pháp lý|"
    r"kiểm soát tham nhũng|trách nhiệm giải trình|quản trị môi trường|quản trị điện tử|tham gia của người dân"
)


# "có điểm số cao nhất theo chỉ số kiểm soát tham nhũng ở khu vực công": the sub-index named right after the claim
_SUB_INDEX_NAMED_AFTER = re.compile(
    r"\s*(?:theo|về|ở)\s+(?:(?:chỉ số|lĩnh vực|nội dung)\s+(?:thành phần\s+)?)?(?:" + _OTHER_SUB_INDEX.pattern + ")"
)


def _in_sub_index(low: str, start: int) -> bool:
    """"chi phí không chính thức 7,49 điểm": a value or place its phrase gives a sub-index of another ranking."""
    phrase_start = max(low.rfind(c, 0, start) for c in ",;:(")
    return bool(_OTHER_SUB_INDEX.search(low, phrase_start + 1, start))


# A raw statistic ranked, not an index: "đứng thứ 5 về tỷ trọng kinh tế số trên GRDP".
_STATISTIC = re.compile(
    r"tỷ trọng|tỷ lệ|\bgrdp\b|tổng sản phẩm|doanh thu|kim ngạch|diện tích|dân số|sản lượng|thị phần|số lượng|"
    r"(?:giá trị\s+)?(?:xuất|nhập) khẩu|quy mô (?:gdp|nền kinh tế|kinh tế|dân số)|"
    # money raised, attracted or sold, growth of the economy, exam marks, prizes: counted or measured, never assessed
    r"thu ngân sách|ngân sách nhà nước|\bfdi\b|vốn (?:đầu tư|fdi|oda)|thu hút (?:vốn|đầu tư)|(?:tổng mức )?bán lẻ|"
    r"tăng trưởng (?:kinh tế|grdp|gdp)(?! số)|tốc độ tăng trưởng(?! (?:chỉ số|dti|kinh tế số))|"
    r"(?:chỉ số )?sản xuất công nghiệp|\biip\b|thu nhập bình quân|bình quân đầu người|"
    r"điểm (?:trung bình\s+)?(?:các môn\s+)?thi|thi tốt nghiệp|kỳ thi|giải thưởng|huy chương|lượn?g khách|lượt khách"
)

# "đứng thứ 2 thế giới về xuất khẩu cà phê", "xếp thứ 2 cả nước năm 2024 về tăng trưởng kinh tế": what a place is "về" is
# a statistic, the field or the year standing between
_ABOUT_A_STATISTIC = re.compile(
    r"\s*(?:(?:cả nước|toàn quốc|trong cả nước|thế giới|trên thế giới|toàn cầu)\s+)?(?:(?:năm|trong năm)\s+(?:19|20)\d\d\s+)?"
    r"về\s+(?:" + _STATISTIC.pattern + ")"
)
# "…, điểm PowerIndex là 0,0714": the index's own score in the clause (a sum of money beside it is a detail)
_INDEX_SCORE_BESIDE = re.compile(r"(?:điểm|chỉ số)\s+[^,;.()\d]{0,25}?(?:là|đạt)\s+\d")
# "xếp thứ hai toàn cầu với sản lượng 29 triệu bao": the quantity the place is by, said after it
_WITH_A_QUANTITY = re.compile(r"[^;.]{0,40}?(?<![\w])với\s+(?:sản lượng|số lượng|thị phần|kim ngạch)(?![\w])")
# "Thị phần dệt may của Việt Nam giữ vị trí thứ 3 thế giới": a statistic opening the clause whose place follows (the
# share of satisfied users or of points is the SIPAS's or an index's own value)
_STATISTIC_SUBJECT = re.compile(
    r"\s*(?:(?:năm|trong năm)\s+(?:19|20)\d\d\s*,\s*)?(?:về\s+)?(?!tỷ lệ\s+(?:hài lòng|điểm))(?:" + _STATISTIC.pattern + ")"
)


# "giữ vị trí số 1 các quốc gia xuất khẩu gạo lớn nhất", "đứng thứ 4 trong danh sách 10 quốc gia có lượng khách … tăng
# trưởng mạnh nhất": the field the place is in is ranked by a statistic
_FIELD_OF_A_STATISTIC = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:trong|thuộc|của)\s+)?(?:(?:danh sách|nhóm|top|tốp)\s+)?(?:\d{1,3}\s+)?(?:các\s+|những\s+)?"
    r"(?:(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương|thị trường)\s+(?:có\s+)?|có\s+)(?:" + _STATISTIC.pattern + ")"
)
NAMES_AN_INDEX = re.compile(r"chỉ số|index|(?<![\w])(?:dti|pci|papi|gii|sipas)(?![\w])")
# "X có <statistic> đứng thứ N": the statistic between the body and its place
_HAS_A_STATISTIC_BEFORE = re.compile(r"(?<![\w])có\s+(?:" + _STATISTIC.pattern + r")[^,;.()]{0,40}$")


def _clause_start(low: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last ";" or full stop before it ("9.000 km²" ends nothing)."""
    stops = [m.end() for m in re.finditer(r";|\.(?!\d)", low[:pos])]
    return stops[-1] if stops else 0


def _statistic_opens_clause(low: str, pos: int) -> bool:
    """"Tỷ lệ tốt nghiệp của Hà Tĩnh đạt 99,5%": the clause before `pos` opens on a statistic, whose value it is."""
    return bool(_STATISTIC_SUBJECT.match(low, _clause_start(low, pos), pos))


# The size of an economy, and a sum of money: what a ranking by a raw statistic ranks by (GUIDELINES §4)
_ECONOMY_SIZE = re.compile(r"\bgrdp\b|tổng sản phẩm")
_SUM_OF_MONEY = re.compile(r"\d\s*(?:tỉ|tỷ|triệu)\s+(?:usd|đô la|đồng)(?![\w])")


def _off_topic(low: str, cue: Cue, measured_in_money: bool = False) -> bool:
    """"đứng thứ 2 cả nước về thu hút vốn FDI": a ranking of something the project does not track. On a ranking
    measured in money (`measured_in_money`) a sum beside a place is the ranking's own value."""
    if _in_sub_index(low, cue.start) or _SUB_INDEX_NAMED_AFTER.match(low, cue.end):
        return True
    m = _ABOUT.match(low[cue.end :])
    if m and _STATISTIC.search(m["what"]):
        return True
    if not m and _ABOUT_A_STATISTIC.match(low, cue.end):
        return True  # "đứng thứ 10 cả nước về tỷ lệ hoàn thành nhiệm vụ …" (a long phrase), "thứ 2 thế giới về xuất khẩu"
    clause_start = _clause_start(low, cue.start)
    clause_end = low.find(";", cue.end)
    clause = low[clause_start : clause_end if clause_end >= 0 else len(low)]
    if cue.kind == "top" and _STATISTIC.search(low, cue.end, cue.end + 60) and not index_scores(low[cue.end : cue.end + 60]):
        return True  # "top 10 quốc gia xuất khẩu thủy sản lớn nhất": a group by a statistic
    if _FIELD_OF_A_STATISTIC.match(low, cue.end) and not NAMES_AN_INDEX.search(low, cue.end, cue.end + 90):
        return True  # "đứng thứ 4 trong danh sách 10 quốc gia có lượng khách quốc tế tăng mạnh nhất"
    if _HAS_A_STATISTIC_BEFORE.search(low, clause_start, cue.start):
        return True  # "Hải Phòng có tốc độ tăng trưởng kinh tế đứng thứ 2"
    if (
        (
            (_ECONOMY_SIZE.search(clause) or not measured_in_money and _SUM_OF_MONEY.search(clause))
            # ("Đứng thứ 2 là Nga, với mức chi tiêu quân sự đạt 864 tỷ USD, điểm PowerIndex là 0,0714": a sum beside
            # the index's own score is a detail, the place is the index's)
            and not _INDEX_SCORE_BESIDE.search(clause)
        )
        or _WITH_A_QUANTITY.match(low, cue.end)
        or _statistic_opens_clause(low, cue.start)
        # ("Điểm thi của A đứng đầu cả nước; B xếp thứ hai, C thứ ba": the sentence's statistic goes on ranking)
        or clause_start and _STATISTIC_SUBJECT.match(low, 0, cue.start) and not index_scores(clause)
    ):
        # ("Đứng đầu là Ấn Độ (35,26 tỉ USD), thứ hai là …": a ranking of sums of money; "… với sản lượng 29 triệu
        # bao", "Thị phần dệt may của Việt Nam giữ vị trí thứ 3": a quantity's place, said after or as the subject)
        return True
    # ("với tỷ lệ điểm số đạt 86,29%", "với tỷ lệ hài lòng đạt 83,11%" are the index itself: the share of its points,
    # the satisfaction index's own value)
    if re.search(r"(?:với|có)\s+(?:tỷ trọng|tỷ lệ(?!\s+điểm)(?!\s+hài lòng)(?!\s+hoàn thành\s+(?:đạt\s+)?\d[\d,]*\s*%(?!\s*(?:" + TASK_NOUN + r"))))[^;]{0,30}?\d\s*%",
                 low[cue.end : clause_end if clause_end >= 0 else len(low)]):
        return True  # "đứng đầu là Bắc Ninh với tỷ trọng đạt 56,83%": the leader of a share, not of an index
    # "với diện tích gần 15 nghìn km² (đứng thứ 5 cả nước)": the place of the statistic just before it
    lead = low[max(clause_start, cue.start - 50) : cue.start]
    opens_bracket = low.startswith("(", cue.start) or re.search(r"\(\s*(?:(?:đứng|xếp)\s+)?$", lead)
    if opens_bracket and _STATISTIC.search(re.split(r"[,;]", lead)[-1]):
        return True
    return bool(m) and not _ON_TOPIC.search(m["what"]) and not _OTHER_TOPIC.match(m["what"]) and not _BACK_REFERENCE.search(m["what"])


# "về công tác này", "về lĩnh vực đó": what the sentence before was about, so never off the topic
_BACK_REFERENCE = re.compile(r"(?:công tác|lĩnh vực|nội dung|mặt|tiêu chí|bảng xếp hạng|kết quả)\s+(?:này|đó|trên)$")


_SERVICE_BLOCK = re.compile(
    r"(?P<neg>không\s+(?:có\s+)?)?(?:có\s+)?cung cấp (?:dịch vụ công|dvc)|(?P<neg2>không\s+)có (?:dịch vụ công|dvc)\b"
)


_NO_SERVICE_FIELD_AFTER = re.compile(
    # ("xếp vị trí thứ nhất về mức độ chuyển đổi số ở khối các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ không
    # cung cấp dịch vụ công": what is measured, then the block named in full)
    r"\s*(?:về\s+[^.;()]{0,40}?\s+(?=ở\s|trong\s|của\s))?"
    r"(?:/\s*\d{1,2}\s+)?(?:trong\s+(?:tổng\s+)?(?:số\s+)?|của\s+|ở\s+)?(?:khối\s+|nhóm\s+)?(?:\d{1,2}\s+)?(?:các\s+)?"
    r"(?:bộ, ngành|bộ, cơ quan|bộ|cơ quan)[^.;()]{0,60}?không\s+(?:có\s+)?(?:cung cấp\s+)?dịch vụ công"
)


# "… đứng đầu trong số 17 bộ, ngành": the place's own field, named after it, too large for the block without
# public services (8 or 9 bodies), so a block said before no longer holds
_FIELD_NAMED_AFTER = re.compile(r"\s*(?:trong\s+(?:tổng\s+)?(?:số\s+)?|của\s+)(?:1[2-9]|2\d)\s+(?:các\s+)?(?:bộ|cơ quan)")


def block_after(low: str, pos: int, current: bool) -> bool:
    """Is the ministerial block in force at `pos` the one without public services?

    The last "(không) cung cấp dịch vụ công" before `pos` decides; with none, the paragraph's state holds
    ("Trong khối không cung cấp dịch vụ công, A dẫn đầu. B xếp thứ hai." keeps the group for B).
    """
    last = None
    for m in _SERVICE_BLOCK.finditer(low, 0, pos):
        last = m
    if last is None:
        return current
    return bool(last["neg"] or last["neg2"])


_FIELD_SIZE = re.compile(r"(?P<new>34 (?:tỉnh|địa phương)|sau sắp xếp|sau sáp nhập|sau hợp nhất)|(?P<old>63 (?:tỉnh|địa phương)|trước sắp xếp|trước sáp nhập)")


def field_after(low: str, pos: int, current: bool) -> bool:
    """Is the field in force at `pos` the 34 merged provinces (last mention of 34 vs 63 decides)?"""
    last = None
    for m in _FIELD_SIZE.finditer(low, 0, pos):
        last = m
    if last is None:
        return current
    return bool(last["new"])


def _planned(low: str, start: int) -> bool:
    """Whether a claim at `start` is a plan or target, not a result: "phấn đấu vào top 10", "kỳ vọng …
    đều đạt trên 0,7 điểm" (a target word within 80 characters before it, in its clause)."""
    clause_start = max(low.rfind(";", 0, start), 0)
    window_start = max(clause_start, start - 80)
    target = TARGET.search(low, window_start, start)
    if target and target.group(0) == "để" and not re.search(r"(?<![\w])(?:có thể|sẽ|nếu|dự báo|dự kiến)(?![\w])", low[clause_start:start]) and re.search(
        r"(?<![\w])đã\s|\d{1,3}\s+(?:bậc|hạng)(?:\s+so với[^,;.]{0,30})?\s*,?\s*$|(?<![\w])vượt(?:\s+qua|\s+lên)?\s+[^,;.]{1,40}$"
        r"|(?<![\w])bứt phá(?:\s+[^\d,;.]{1,20})?\s*$"
        # ("Việt Nam tăng 10 điểm so với năm ngoái để xếp thứ 67/137": the points gained, and the place they led to)
        r"|(?<![\w])(?:tăng|giảm|cải thiện)\s+\d{1,4}(?:,\d+)?\s+điểm(?:\s+so với[^,;.]{0,30})?\s*,?\s*$",
        low[max(clause_start, min(window_start, target.start() - 60)) : target.start()],  # (said right before "để")
    ):
        # "Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5", "bứt phá 15 bậc so với năm 2021 để chiếm vị trí thứ
        # 39", "Lào vượt Philippines để đứng thứ 3", "có sự bứt phá để dẫn đầu": what was done, and the place it
        # led to
        target = TARGET.search(low, target.end(), start)
    if not target:
        # "phấn đấu đạt mục tiêu cải thiện thứ bậc trên các bảng xếp hạng … lên 5 bậc": a long clause the
        # target opens, with no comma before the claim
        phrase_start = max(low.rfind(",", 0, start), clause_start, start - 200)
        target = _STRONG_TARGET.search(low, phrase_start, start)
    forecasts = list(_FORECAST.finditer(low, clause_start, start))
    if forecasts and not _NOW.search(low, forecasts[-1].end(), start):
        return True  # ("… sắp lọt top 10, hiện xếp thứ 18": today's place after the forecast stands)
    hypothetical = _HYPOTHETICAL.search(low, clause_start, start)
    # ("nếu tính theo 34 tỉnh, thành phố sau sắp xếp thì xếp thứ 8": the same result in the merged field)
    return bool(target) or bool(hypothetical and not _MERGED_FIELD.search(hypothetical.group(0)))


_MERGED_FIELD = re.compile(r"(?<![\d])34\s+(?:tỉnh|địa phương|đơn vị)|sau\s+(?:sắp xếp|sáp nhập|hợp nhất)")


_STRONG_TARGET = re.compile(r"phấn đấu|mục tiêu|quyết tâm")
# "Mỹ được dự báo sẽ tụt từ thứ 3 xuống thứ 5, … Đức từ thứ 2 xuống thứ 4", "Trong vòng 5 năm tới, Thái Lan có thể
# tụt xuống thứ 15": a forecast, however far into its clause the place comes, is no result
_FORECAST = re.compile(
    r"(?<![\w])(?:dự báo|(?:trong|vòng)\s+(?:vòng\s+)?\d{1,2}\s+năm\s+tới|(?:những|các)\s+năm\s+tới"
    r"|có thể\s+(?:sẽ\s+)?(?:bị\s+)?(?:lọt|vươn|tụt|giảm|tăng|vượt|trở thành|leo|rơi)"
    r"|sắp\s+(?:lọt|vào|vươn|trở thành|vượt|đạt|tụt|rơi))(?![\w])"
)
_NOW = re.compile(r"(?<![\w])(?:hiện|hiện nay|hiện tại|đang|năm nay)(?![\w])")


# "Nếu sử dụng phương pháp xếp hạng như các năm trước … thì Quảng Bình … đứng thứ 29/63": a place under another
# method, not the result
_HYPOTHETICAL = re.compile(r"(?<![\w])nếu\s+(?:sử dụng|áp dụng|tính theo|dùng|theo cách|vẫn\s+(?:sử dụng|áp dụng))\b[^.;]*?\bthì\b")


def _result_year(change: Cue, cues: list[Cue], owned: list[tuple[int, int, Cue]], years: list, low: str) -> int | None:
    """The year of the position a change leads to: "tăng 12 bậc, xếp thứ 28 … năm 2021" (the year
    belongs to the rank right after the change, and the change happened in that assessment)."""
    following = next((c for c in cues if c.start >= change.end), None)
    if following is None or following.kind != "rank" or not re.fullmatch(
        r"[\s,]*(?:để|và|lên)?[\s,]*", low[change.end : following.start]
    ):
        # "… vọt lên vị trí 23 năm 2023, tăng 29 bậc": the position just reached, then the change
        previous = [c for c in cues if c.end <= change.start and c.kind == "rank"]
        if previous and re.fullmatch(r"[\s,]*(?:năm\s+\d{4})?[\s,]*", low[previous[-1].end : change.start]):
            starts = {s for s, _e, owner in owned if owner is previous[-1]}
            return next((y.year for y in years if y.start in starts), None)
        return None
    starts = {s for s, _e, owner in owned if owner is following}
    return next((y.year for y in years if y.start in starts), None)


def _owned_years(cues: list[Cue], years: list, low: str) -> list[tuple[int, int, Cue]]:
    """A year right after a claim ("dẫn đầu năm 2022") belongs to it, not to the next claim."""
    owned = []
    for i, c in enumerate(cues):
        nxt = cues[i + 1].start if i + 1 < len(cues) else 10**9
        for y in years:
            if c.end <= y.start <= c.end + 25 and y.start < nxt and ";" not in low[c.end : y.start] and not (
                CONTRAST.search(low[c.end : y.start])  # "xếp thứ 9 còn năm 2021, …": the next claim's year
                or re.search(THEN_BEFORE_YEAR + r"(?:năm\s+)?$", low[c.end : y.start])  # "… thì năm 2023 …"
                or OPENS_CONJUNCT.search(low[c.end : y.start])  # "… và năm 2020 ở vị trí 124"
                or (nxt < 10**9 and tight_before(low, y.end, nxt))  # "xếp thứ 21, năm 2022 đứng thứ 11"
                or opens_next_clause(low, c.end, y)  # "với 95,44 điểm, năm 2024 kết quả trên đã tăng lên 96,76 điểm"
            ):
                owned.append((y.start, y.end, c))
                break
    return owned


# (a province's school of politics, "Trường Chính trị tỉnh", is one of its units, ranked with them)
_NON_GOV = re.compile(r"^(?:đại học|trường(?! chính trị)|học viện|công ty|tập đoàn|bệnh viện|ngân hàng tmcp)", re.IGNORECASE)


_TIE = re.compile(r"(?<![\w])(?:cùng|đồng|đều|chung)(?![\w])")


_ONE_VALUE_AFTER_TOP = re.compile(r"\s*(?:,\s*)?(?:là|với|:|,)?\s*$")


def _one_value_for_all(cue: Cue, group: list[Mention], scores: list[Cue], low: str) -> Cue | None:
    """The one value right after a highest-value cue that several bodies before it reach ("A, B, C đạt điểm số cao
    nhất là 90 điểm"): a tie for first place, each with that value, no top group."""
    if cue.kind != "leader" or group[-1].end > cue.start or not re.search(r"(?:điểm|giá trị)[^,;.]{0,12}cao nhất", low[max(0, cue.start - 20) : cue.end + 2]):
        return None
    after = [s for s in scores if not s.used and s.start >= cue.end]
    if not after or not _ONE_VALUE_AFTER_TOP.match(low[cue.end : after[0].start]) or len(after) > 1 and after[1].start - after[0].end < 12:
        return None
    return after[0]


def _tied(low: str, group: list[Mention], cue: Cue) -> bool:
    """"A và B cùng dẫn đầu", "đồng hạng nhất": a shared first place, not a top group."""
    lo = min(group[0].start, cue.start)
    hi = max(group[-1].end, cue.end)
    # "đồng hạng nhất là A, B và C": the tie word right before the cue
    return bool(_TIE.search(low[lo:hi]) or re.search(r"(?<![\w])(?:cùng|đồng)\s+(?:xếp\s+)?$", low[: cue.start]))


def names_local_unit(sentence: str) -> bool:
    """Whether a sentence names a ward, commune or district by its kind ("phường Phú Hội"), which the
    gazetteer does not list."""
    return bool(units_named_by_kind(sentence))


# An organisation whose name ends in the country's ("Tập đoàn Điện lực Việt Nam", "Hội Truyền thông số
# Việt Nam"): the words before "Việt Nam" are capitalised parts of the same name.
_ORG_BEFORE_COUNTRY = re.compile(r"(?:[A-ZĐ][\wÀ-ỹ&-]*\s+)(?:[\wÀ-ỹ&-]+\s+){0,4}$")
_FIRM_HEADS = r"tập đoàn|tổng công ty|công ty|ngân hàng"
_NAME_WORDS_AFTER_HEAD = r"\s+(?:[\wÀ-ỹ&-]+\s+){0,5}$"
_FIRM_BEFORE_PLACE = re.compile(r"(?:" + _FIRM_HEADS + r")" + _NAME_WORDS_AFTER_HEAD, re.IGNORECASE)
_INSTITUTE_AND = re.compile(r"(?<![\w])(?:Viện|Tổ chức|Quỹ|Hội|Liên minh|Diễn đàn)\s+(?:[\wÀ-ỹ&-]+\s+){1,4}và\s+$")
_ORG_HEAD = re.compile(
    r"(?:" + _FIRM_HEADS + r"|hội|hiệp hội|liên đoàn|trung tâm|viện|học viện|đài|thông tấn xã|"
    r"bảo hiểm|kho bạc|ban|ủy ban|uỷ ban|cục|tổng cục|vụ|văn phòng|quỹ|báo)" + _NAME_WORDS_AFTER_HEAD,
    re.IGNORECASE,
)


# "các quận Thanh Khê, Hải Châu và huyện Hòa Vang": one plural kind word for several names
_APPOSED_LEADER = re.compile(r"\s*,\s*(?:là\s+)?(?:đơn vị|địa phương|tỉnh|bộ|sở|cơ quan|huyện|quốc gia|nước)\s+")
_COMPARED_WITH_BODY = re.compile(r"(?:thấp hơn|cao hơn|kém|kém hơn|vượt|sau|so với)\s+$")


_PLURAL_KIND = re.compile(r"(?<![\w])[Cc]ác\s+(?P<kind>phường|xã|thị trấn|thị xã|quận|huyện)\s*:?\s+")


def _plural_kind_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "UBND quận Hải Châu") for the names after a plural kind word, up to the next kind word."""
    out = []
    for m in _PLURAL_KIND.finditer(sentence):
        pos = m.end()
        while True:
            name = name_words(sentence[pos : pos + 60].split(",")[0].split(" và ")[0])
            if not name:
                break
            out.append((pos, pos + len(name), f"UBND {m['kind']} {name}"))
            # a member's own value in brackets may stand before the gap: "Krông Năng (92,16 điểm) và Krông Pắc"
            rest = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|và)\s*(?:và\s+)?", sentence[pos + len(name) :])
            if not rest or not rest.group(0).strip():
                break
            pos = pos + len(name) + rest.end()
            if re.match(r"(?:[Pp]hường|[Xx]ã|[Tt]hị|[Qq]uận|[Hh]uyện|[Tt]hành phố)\s", sentence[pos:]):
                break  # the next name brings its own kind word
    return out


# "các Sở: Công thương, Tư pháp, Khoa học và Công nghệ", "các bộ Tư pháp, Nội vụ": one kind word for a list
_PLURAL_OFFICE = re.compile(r"(?<![\w])[Cc]ác\s+(?P<kind>[Ss]ở|[Bb]ộ)\s*:?\s+(?=[A-ZĐÀ-Ỹ])")


def _plural_office_mentions(sentence: str, mentions: list[Mention], on_date: str | None) -> list[Mention]:
    """The departments or ministries a list names bare after one plural kind word, each as its full name when
    the gazetteer knows it ("Công thương" → Sở Công Thương); a member named in full keeps its own mention."""
    found: list[Mention] = []
    for m in _PLURAL_OFFICE.finditer(sentence):
        kind = m["kind"].capitalize()
        pos = m.end()
        for piece in re.finditer(r"[^,;.()]+", sentence[pos : pos + 400]):
            start, end = pos + piece.start(), pos + piece.end()
            text = piece.group(0).strip()
            if not text:
                break
            start += piece.group(0).index(text)
            end = start + len(text)
            if any(x.start < end and start < x.end for x in mentions):
                continue  # a member named in full ("Thanh tra tỉnh", "Sở Y tế")
            parts = [(start, text)]
            if lookup(f"{kind} {text}", on_date) is None and " và " in text:
                cut = text.index(" và ")
                parts = [(start, text[:cut]), (start + cut + 4, text[cut + 4 :])]
            hits = [(s0, t, lookup(f"{kind} {t}", on_date)) for s0, t in parts]
            if not all(h for _s, _t, h in hits):
                break  # the list has ended
            found += [Mention(s0, s0 + len(t), t, h[0], h[1]) for s0, t, h in hits if h]
            if sentence[end : end + 1] in (";", "."):
                break
    return sorted(mentions + found, key=lambda x: x.start) if found else mentions


def _local_kind_mentions(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Wards, communes and districts named by their kind, as local units ("UBND phường Hòa Bình"),
    replacing a province of the same name found inside them."""
    found = []
    # a province or a country inside the unit's name ("xã An Mỹ") is part of it, not a body of its own
    inner = ("province", "country")
    for start, end, canonical in _plural_kind_names(sentence):
        overlapping = [x for x in mentions if x.start < end and start < x.end]
        if not any(x.entity_type not in inner for x in overlapping):
            found.append((Mention(start, end, sentence[start:end], canonical, "local_unit"), overlapping))
    for unit in units_named_by_kind(sentence):
        overlapping = [x for x in mentions if x.start < unit.end and unit.start < x.end]
        if any(x.entity_type not in inner for x in overlapping):
            continue  # the gazetteer knows this unit already
        found.append((unit, overlapping))
    if not found:
        return mentions
    replaced = {id(x) for _f, over in found for x in over}
    kept = [x for x in mentions if id(x) not in replaced]
    return sorted(kept + [f for f, _over in found], key=lambda x: x.start)


# A central body's provincial branch named by its province ("Hải quan Đà Nẵng", "Cục Thuế Hà Nội", "Cục Hải quan TP
# Hồ Chí Minh, Đà Nẵng và Đồng Nai"): outside a province's own ranking, the sector's ranking of its own branches
_BRANCH_WORDS = r"(?<![\w])(?:cục hải quan|hải quan|cục thuế|kho bạc nhà nước|kho bạc|cục thống kê)"
_BRANCH_HEAD = re.compile(_BRANCH_WORDS + r"(?![\w])")
_BRANCH_HEAD_BEFORE = re.compile(_BRANCH_WORDS + r"\s*$")
_BRANCHES = frozenset({"Cục Hải quan", "Cục Thuế", "Kho bạc Nhà nước", "Cục Thống kê"})


def _without_sector_branches(low: str, mentions: list[Mention], on_date: str | None, sector_article: bool) -> list[Mention]:
    """Bodies of a sector's ranking of its own provincial branches, which is none of the contract's rankings
    (GUIDELINES §7): "Hải quan Đà Nẵng dẫn đầu …" names the customs department, not the province, and "Cục Hải quan
    TP Hồ Chí Minh, Đà Nẵng và Đồng Nai" three departments. Such a ranking says so (SECTOR_RANKING, in the sentence
    or the article) or names branches of several provinces; a province's own ranking of the branches in it ("Cục
    Thuế Quảng Nam tiếp tục dẫn đầu trong năm cơ quan ngành dọc cấp tỉnh") keeps them."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        branch = m.entity_type == "province" and _BRANCH_HEAD_BEFORE.search(low, 0, m.start)
        named = m.entity_type == "local_unit" and m.canonical in _BRANCHES and _as_province(m, on_date) is not None
        if not (branch or named) or i in dropped:
            continue
        dropped.add(i)
        for j in range(i + 1, len(mentions)):  # the provinces listed after it are branches of the same kind
            if mentions[j].entity_type == "province" and re.fullmatch(r"\s*(?:,|và)\s*", low[mentions[j - 1].end : mentions[j].start]):
                dropped.add(j)
            else:
                break
    places = {(_as_province(mentions[i], on_date) or mentions[i]).canonical for i in dropped}
    if not dropped or not (sector_article or SECTOR_RANKING.search(low) or _SECTOR_NAMED.search(low) or len(places) >= 2):
        return mentions
    return [m for i, m in enumerate(mentions) if i not in dropped]


# Words of a sector's ranking of its own provincial branches (not "cơ quan ngành dọc", a province's own block), in
# the article; in the sentence itself, the sector named by itself is enough ("… ngành hải quan", "toàn ngành")
SECTOR_RANKING = re.compile(
    r"(?:các|khối)\s+(?:chi\s+)?cục\s+(?:hải quan|thuế|thống kê)|\d+\s+(?:chi\s+)?cục\s+(?:hải quan|thuế|thống kê)|"
    r"cục hải quan tỉnh, thành phố|(?:xếp hạng|dẫn đầu|ict index)[^.;\n]{0,60}ngành (?:hải quan|thuế|kho bạc|tài chính)"
)
# A group of one sector's branches named in the plural: "nhóm các Cục Thuế", "các Sở Tài chính", "khối Kho bạc"
_BRANCH_GROUP = re.compile(
    r"(?:(?:nhóm|khối)\s+(?:các\s+)?|các\s+)(?:sở tài chính|cục thuế|cục hải quan|kho bạc(?:\s+nhà nước)?|cục thống kê)(?![\w])"
)
_SECTOR_NAMED = re.compile(r"toàn ngành|ngành (?:hải quan|thuế|kho bạc|bảo hiểm xã hội|thống kê|tài chính)")


def _without_ward_districts(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"phường Chánh Nghĩa, TP.Thủ Dầu Một đạt 90,25%": the district after a ward's comma says where the ward is;
    it is no body of the claim."""
    return [b for a, b in zip([None, *mentions], mentions, strict=False) if not (
        a is not None and _COMMUNE_UNIT.match(a.canonical) and _DISTRICT_UNIT.match(b.canonical)
        and re.fullmatch(r"\s*,\s*", sentence[a.end : b.start]) and _QUALIFIER_ENDS.match(sentence, b.end)
    )]


_COMMUNE_UNIT = re.compile(r"UBND (?:phường|xã|thị trấn|đặc khu) ")
_DISTRICT_UNIT = re.compile(r"UBND (?:thành phố|huyện|quận|thị xã) ")
# what follows a ward's district when it only places the ward: its claim, or the end of the clause
_QUALIFIER_ENDS = re.compile(r"\s*(?:[,;.]|\(|$|(?:đạt|xếp|đứng|với|là|dẫn đầu|giữ|tăng|giảm)(?![\w]))")


def _as_province(m: Mention, on_date: str | None) -> Mention | None:
    """`m` if it is a province, else the province its name ends with ("Sở Công thương Gia Lai"), else None."""
    if m.entity_type == "province":
        return m
    words = m.surface.split()
    for k in (3, 2, 1):
        if len(words) > k:
            hit = lookup(" ".join(words[-k:]), on_date)
            if hit and hit[1] == "province":
                return Mention(m.start, m.end, m.surface, hit[0], "province")
    return None


# Words that open a sentence capitalised ("Còn Afghanistan, Triều Tiên …"), no part of a name before a country
_CAPITALISED_OPENERS = frozenset((
    "Còn", "Riêng", "Với", "Theo", "Tại", "Ở", "Nhưng", "Song", "Trong", "Và", "Cả", "Ngoài", "Sau", "Trước", "Khi",
    "Đến", "Tới", "Cùng", "Từ", "Do", "Nhờ", "Như", "Tiếp", "Kế", "Đứng", "Xếp",
))
# A region named right before its countries ("các nước Bắc Âu Na Uy, …"): no name the country ends
_REGION_BEFORE_COUNTRY = re.compile(r"(?:(?:Bắc|Nam|Đông|Tây|Trung)\s+(?:Âu|Mỹ|Phi|Á)|Trung Đông|Mỹ Latinh|Đông Nam Á)\s+$")


def _ends_a_capitalised_name(before: str) -> bool:
    """Whether the words right before a country's name end on a capitalised word that is no sentence opener: the
    country's name is then the end of a person's or place's name."""
    if not re.search(r"[A-ZĐÀ-Ỹ][^\W\d_]*\s+$", before) or _REGION_BEFORE_COUNTRY.search(before):
        return False  # ("các nước Bắc Âu Na Uy, Đan Mạch …": the region the countries are in)
    last = before.split()[-1]
    return last[0].isupper() and last not in _CAPITALISED_OPENERS


# ("tỉnh láng giềng Cao Bằng đứng thứ 58": a neighbour named is the body; "láng giềng của Việt Nam" is not)
_AROUND_BODY = re.compile(r"(?<![\w])(?:xung quanh|quanh|(?:lân cận|láng giềng|giáp)\s+(?:của|với))\s+$")


# Cities abroad that world rankings of cities name with their country ("Chiang Mai, Thái Lan", "Seoul-Hàn Quốc",
# "Porto, Bồ Đào Nha"): the place is the city's, and a city abroad is no body of the contract (GUIDELINES §7)
_CITIES_ABROAD = cities_abroad_pattern()
_CITY_ABROAD = re.compile(r"(?<![\w])(?:" + _CITIES_ABROAD + r")(?![\w])")


# A place ranked that is no body of the contract, named before a province: a port, an airport, a hospital, a
# university or an industrial park ("cảng biển Thành phố Hồ Chí Minh đứng ở vị trí 22"); the first two are what world
# lists rank by name ("sân bay Nội Bài đứng vị trí 96", "cảng Cái Mép vươn lên vị trí thứ 30")
_RANKED_FACILITY_WORDS = r"sân bay|cảng(?:\s+biển|\s+hàng không|\s+container)?"
_RANKED_FACILITY = re.compile(r"(?<![\w])(?:" + _RANKED_FACILITY_WORDS + r")(?![\w])")
_FACILITY_BEFORE = re.compile(
    r"(?<![\w])(?:" + _RANKED_FACILITY_WORDS + r"|bệnh viện|khu công nghiệp|trường đại học|đại học)"
    r"(?:\s+(?:quốc tế|tổng hợp|quốc gia))?\s+$"
)


def names_a_place_of_no_body(low: str) -> bool:
    """Whether a lower-cased sentence names a city abroad ("Vị trí đầu bảng luôn thuộc về Vienna") or an airport or a
    port ("sân bay Nội Bài đứng vị trí 96"): someone is named, so the sentence is not about the body the text was
    about."""
    return bool(_CITY_ABROAD.search(low) or _RANKED_FACILITY.search(low))


# a country named as where a city is, in lower case: "thủ đô (của) Nhật", "Chiang Mai, Thái Lan", "Seoul-Hàn Quốc",
# "thành phố lớn nhất của Việt Nam"
# (a city the list knows: "Education First, Việt Nam" is a source, not a city)
_COUNTRY_OF_A_LISTED_CITY = re.compile(
    r"(?:(?<![\w])thủ đô(?:\s+của)?|(?<![\w])(?:" + _CITIES_ABROAD + r")\s*(?:,|-|–|\(|của)"
    # ("cả hai thành phố lớn nhất của Việt Nam … cùng giảm 3 bậc": the cities' places, not the country's)
    r"|(?<![\w])thành phố\s+(?:[^\s,;.()]+\s+){0,3}của"
    # ("Nhờ vậy, đầu tàu kinh tế Việt Nam tăng 7 hạng": the country's leading city, named by what it is to it)
    # (not "hai trung tâm tài chính Hồng Kông và Singapore": the centre is the place ranked, unless it is a country's)
    r"|(?<![\w])(?:đầu tàu(?:\s+kinh tế)?(?:\s+của)?|trung tâm(?:\s+(?:kinh tế|tài chính|thương mại))?(?:\s+(?:lớn nhất|hàng đầu))?\s+của))\s*$"
)


# A city right before its country: named by its kind word before "của"/"thuộc" ("thủ đô Stockholm của Thụy Điển"), or
# with the country in brackets after it ("Tokyo (Nhật Bản)"), or alone opening its phrase ("Perth của Australia");
# never "hiệu năng Logistics của Việt Nam"
_CITY_OF_COUNTRY = re.compile(
    r"(?:(?:thành phố|thủ đô|TP\.?|đô thị)\s+(?P<city>[A-Z][a-zà-ỹ'-]+(?:\s+[A-Z][a-zà-ỹ'-]+){0,2})\s*(?:của|thuộc)\s+"
    r"|(?<![\w])(?P<bracketed>[A-Z][a-zà-ỹ'-]+(?:\s+[A-Z][a-zà-ỹ'-]+){0,2})\s*\(\s*"
    # ("Perth của Australia và Bucharest của Romania": a name alone before "của", opening its phrase)
    r"|(?:^|[,;(]\s*|(?<![\w])(?:và|cả|cùng|như)\s+)(?P<bare>[A-Z][a-zà-ỹ'-]+(?:\s+[A-Z][a-zà-ỹ'-]+){0,2})\s+của\s+)$"
)


def _city_abroad_before(sentence: str, low: str, country: Mention, mentions: list[Mention]) -> bool:
    """Whether a country is named as the country of a city abroad right before it: a listed city or the capital
    ("Chiang Mai, Thái Lan", "thủ đô của Nhật"), or a capitalised name the gazetteer takes for a city abroad
    ("Stockholm", "Thượng Hải") and knows as no other body (no other mention there)."""
    if _COUNTRY_OF_A_LISTED_CITY.search(low, max(0, country.start - 50), country.start):
        return True  # "Chiang Mai, Thái Lan (vị trí 16)", "thủ đô của Nhật … rớt xuống vị trí thứ 6"
    city = _CITY_OF_COUNTRY.search(sentence, max(0, country.start - 50), country.start)
    name = (city["city"] or city["bracketed"] or city["bare"]) if city else ""
    if city is None or not is_city_abroad(name):
        return False
    if city["bracketed"] and not re.match(r"\s*\)", sentence[country.end :]):
        return False  # ("Tokyo (Nhật Bản …": the bracket must close on the country)
    return not any(o.start < city.end() and city.start() < o.end for o in mentions if o is not country)


_RANKING_OWNER = re.compile(r"xếp hạng[^,;.:]{0,80}\bcủa\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$")
# A sentence that names a province's own ranking of its units ("xếp hạng chuyển đổi số cấp xã").
LOCAL_RANKING = re.compile(r"cấp (?:xã|huyện|sở)|sở, ban, ngành|quận, huyện|xã, phường|các (?:xã|phường|huyện|quận)\b")


_COUNCIL_BEFORE = re.compile(r"(?:UBND|Ủy ban nhân dân)\s+$")


def _with_their_councils(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"UBND tỉnh Quảng Trị" ranked among the provinces (the serving-citizens index ranks their people's committees)
    is the province: the mention takes the committee's words in, so that nothing stands between it and its claim."""
    out = []
    for m in mentions:
        council = _COUNCIL_BEFORE.search(sentence, max(0, m.start - 20), m.start) if m.entity_type == "province" else None
        out.append(dataclasses.replace(m, start=council.start()) if council else m)
    return out


# A province's own ranking of its units named with the province: "DDCI Lâm Đồng", "chỉ số DDCI tỉnh Bình Định"
_OWN_INDEX_BEFORE = re.compile(r"(?<![\w])ddci\s+(?:(?:của\s+)?(?:tỉnh|thành phố|tp\.?)\s+)?$")


def _adapt_mentions(sentence: str, low: str, mentions: list[Mention], state: SentenceState) -> list[Mention]:
    """Mentions the claim rules can use: contract entity types only, no universities or firms;
    "UBND thành phố Huế" inside a province's own ranking is a local unit, not the province; in a
    province's own ranking, wards, communes and districts named by their kind are local units."""
    out = []
    state.named_other_body = False
    mentions = countries_named_ambiguously(sentence, mentions)
    if "UBND tỉnh" in sentence or "Ủy ban nhân dân tỉnh" in sentence:
        mentions = _with_their_councils(sentence, mentions)
    if _PLURAL_OFFICE.search(sentence):
        mentions = _plural_office_mentions(sentence, mentions, state.on_date)
    if state.is_local or LOCAL_RANKING.search(low):
        mentions = _local_kind_mentions(sentence, mentions)
    if state.unit_short_names:  # (only articles on a province's units have them)
        mentions = short_name_mentions(sentence, mentions, state.unit_short_names)
    if len(mentions) > 1 and "," in sentence:
        mentions = _without_ward_districts(sentence, mentions)
    if state.sector_article and _BRANCH_GROUP.search(low):
        # "Ở nhóm các Cục Thuế, Cục Thuế Ninh Thuận dẫn đầu, các vị trí tiếp theo thuộc về: Lào Cai, …": a group of a
        # sector's branches in its own ranking; every body named is a branch (GUIDELINES §7)
        state.named_other_body = bool(mentions)
        return []
    if not state.is_local and _BRANCH_HEAD.search(low):
        kept = _without_sector_branches(low, mentions, state.on_date, state.sector_article)
        state.named_other_body = len(kept) < len(mentions)
        mentions = kept
    for m in mentions:
        if m.entity_type == "country" and m.canonical == "Việt Nam" and _ORG_HEAD.search(sentence[: m.start]) and (
            _ORG_BEFORE_COUNTRY.search(sentence[: m.start])
        ):
            state.named_other_body = True
            continue  # part of an organisation's name, not the country
        if m.entity_type == "province" and _INSTITUTE_AND.search(sentence, max(0, m.start - 60), m.start):
            state.named_other_body = True
            continue  # "Viện Kinh tế và Hòa bình (IEP)": the end of an institute's name, not the province
        if m.entity_type == "province" and _OWN_INDEX_BEFORE.search(low, max(0, m.start - 20), m.start):
            continue  # "đứng đầu … về chỉ số DDCI Lâm Đồng 2019": the province whose own ranking it is, not ranked in it
        if m.entity_type == "province" and _FIRM_BEFORE_PLACE.search(sentence[: m.start]):
            state.named_other_body = True
            continue  # "Ngân hàng TMCP đô thị Hà Nội": the end of a firm's name, not the province
        if m.entity_type == "country" and _ends_a_capitalised_name(sentence[max(0, m.start - 20) : m.start]):
            continue  # "Tuấn Anh", "Thủ Đức": the end of a person's or place's name, not a country
        if _FACILITY_BEFORE.search(low, max(0, m.start - 40), m.start):
            state.named_other_body = True
            continue  # "cảng biển Thành phố Hồ Chí Minh đứng ở vị trí 22": the port's place, not the city's
        if m.entity_type == "country" and _city_abroad_before(sentence, low, m, mentions):
            state.named_other_body = True
            continue  # "thủ đô Stockholm của Thụy Điển", "Tokyo (Nhật Bản)": a city abroad the text ranks, not its country
        if m.entity_type not in ENTITY_TYPES or _NON_GOV.match(m.canonical) or _NON_GOV.match(m.surface):
            state.named_other_body = True  # a firm or a university: a body the contract does not rank
            continue
        if m.entity_type == "country" and re.match(r"\s*(?:ict|it\b|e-?government|-?\s*index|icT)", low[m.end : m.end + 20]):
            continue  # "Vietnam ICT Index" names the index, not the country (nor does "VN-Index")
        if m.entity_type == "country" and re.match(r"\s+(?:năm\s+)?(?:19|20)\d\d\b|\s*\((?:viet ?nam |vn )?(?:ict|e-?gov|pci|par|dti)", low[m.end :]) and re.search(
            r"(?:chỉ số|xếp hạng|index|báo cáo)\b[^,;.]{0,90}(?<!của )$", low[: m.start]
        ):
            continue  # "chỉ số thương mại điện tử Việt Nam 2023": the edition's name, not the country
        if re.search(r"(?:đại học|trường|học viện)\s+(?:quốc gia\s+)?$", low[max(0, m.start - 25) : m.start]):
            continue
        if _AROUND_BODY.search(low, max(0, m.start - 25), m.start):
            continue  # "Trong khu vực quanh Việt Nam, Trung Quốc xếp thứ 80": the place the region is around, no claim
        if m.canonical == "Thái Bình" and re.match(r"\s+dương", low[m.end :]):
            continue  # "châu Á - Thái Bình Dương": the Pacific, not the province
        topic = state.topic
        if m.entity_type == "local_unit" and not state.is_local and topic is not None and topic.entity_type in (
            "agency", "ministry"
        ) and topic.canonical.startswith(m.canonical + " "):
            # "ngành BHXH tăng 1 bậc" in an article on Bảo hiểm xã hội Việt Nam: the national body, not a branch
            m = Mention(m.start, m.end, m.surface, topic.canonical, topic.entity_type)
        if m.entity_type == "province" and m.canonical == "Huế":
            # GUIDELINES §7: Huế ranked among the provinces is Thừa Thiên Huế, whatever the date.
            m = Mention(m.start, m.end, m.surface, "Thừa Thiên Huế", "province")
        if state.is_local and m.entity_type == "province" and re.search(r"(?:ubnd|ủy ban nhân dân)\s+$", low[: m.start]):
            prefix = re.search(r"(?:UBND|[Uu]ỷ ban nhân dân|Ủy ban nhân dân)\s+$", sentence[: m.start])
            start = prefix.start() if prefix else m.start
            surface = sentence[m.start : m.end]
            if not re.match(r"(?:thành phố|thị xã|quận|huyện)\s", surface, re.IGNORECASE):
                continue
            name = "UBND " + surface[0].lower() + surface[1:]
            m = Mention(start, m.end, sentence[start : m.end], name, "local_unit")
        if out and out[-1].entity_type == "local_unit" and m.entity_type in ("local_unit", "province") and re.fullmatch(
            r"\s*\(\s*", sentence[out[-1].end : m.start]
        ) and re.match(r"\s*\)", sentence[m.end :]):
            continue  # "xã Cẩm Bình (huyện Cẩm Xuyên)": the district or city the commune is in, no body of its own
        out.append(m)
    return out


def _subjects(low: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be the subject of a claim: not a publisher, not a body compared with, nor one named
    together with it ("vượt mặt Indonesia và Thái Lan, đứng top 30": neither is in the top 30)."""
    out: list[Mention] = []
    compared: Mention | None = None
    for m in mentions:
        if compared is not None and re.fullmatch(r"\s*(?:và|cùng)\s*", low[compared.end : m.start]):
            compared = m
            continue
        # ("ngoài Singapore và Nhật Bản trong top 10": those set aside keep their own claim)
        compared = m if is_compared(low, m) and not re.search(r"(?:ngoài|ngoại trừ)\s+$", low[: m.start]) else None
        if is_subject(low, m):
            out.append(m)
    return out


def _clause_ends(low: str):  # noqa: ANN202 - small closure factory
    """A function giving, for a position, where its clause (up to ';' or the end) stops."""
    semis = [i for i, ch in enumerate(low) if ch == ";"] + [len(low)]

    def end_of(pos: int) -> int:
        for i in semis:
            if i >= pos:
                return i
        return len(low)

    return end_of


_ANCHOR_BEFORE = re.compile(
    # ("đứng thứ 2 … (kém Bộ Tư pháp 0,06 điểm)": behind by points says who is first, and only who is first;
    # "như sau:" opens a list, no body ahead)
    r"^[^;.]{0,80}?(?:,\s*|\s|\(\s*)(?:chỉ\s+|ngay\s+|liền\s+)?(?:xếp\s+|đứng\s+)?(?:(?<!như )sau|theo sát|theo sau|(?P<kem>kém))\s*:?\s+"
    r"(?:(?P<k>\d{1,2}|" + WORD_ALT + r")\s+(?:tỉnh|thành phố|địa phương|bộ|cơ quan|đơn vị|nước|quốc gia)[^,;.:]{0,30}?"
    r"\s*(?:là|gồm)?\s*:?\s*|"
    # "xếp hạng 8, sau các tỉnh, thành là A, B, …": the bodies ahead, not counted
    r"các\s+(?:tỉnh|thành phố|địa phương|bộ|cơ quan|đơn vị|nước|quốc gia)(?:,?\s+thành(?:\s+phố)?)?\s+(?:là|gồm)\s*:?\s*)?$"
)
_ANCHORS_OWN_FIELD_PLACE = re.compile(r"\s*\(\s*(?:thứ\s+|hạng\s+)?(?P<n>\d{1,3})\s*/\s*(?P<tot>\d{1,3})(?![\d/])")
_ANCHOR_AFTER = re.compile(r"^\s*(?:,\s*)?(?:và\s+)?(?:xếp\s+|đứng\s+)?(?:trên|xếp trên|đứng trên|trước)\s+$")


def _anchored_places(cues: list[Cue], out: list[Assertion], low: str, subjects: list[Mention], emit) -> None:  # noqa: ANN001
    """Places stated against an anchor (fact contract: the anchor gets its place when the subject's is
    stated): "Hòa Bình xếp thứ hai, sau Phú Yên và trên Quảng Bình" → Phú Yên 1, Quảng Bình 3; several
    bodies ahead with no order ("đứng thứ 4, chỉ sau 3 tỉnh là A, B và C") are the top group before it."""
    for cue in cues:
        if cue.kind != "rank" or not cue.rank or cue.years:
            continue
        claim = next((a for a in out if a.start == cue.start and a.rank == cue.rank), None)
        if claim is None:
            continue
        limit = low.find(";", cue.end)
        limit = len(low) if limit < 0 else limit
        later = [i for i, m in enumerate(subjects) if cue.end <= m.start < limit and m.canonical != claim.entity]
        handed: set[str] = set()
        field = {"rank_total": cue.rank_total} if cue.rank_total else {}  # the anchor stands in the same field
        for i in later:
            m = subjects[i]
            if m.canonical in handed:
                continue
            gap_start = max([cue.end] + [subjects[j].end for j in later if subjects[j].end <= m.start])
            gap = low[gap_start : m.start]
            before = _ANCHOR_BEFORE.match(low[cue.end : m.start]) if gap_start == cue.end else None
            own = _ANCHORS_OWN_FIELD_PLACE.match(low, m.end) if before else None
            if own and 1 <= int(own["n"]) <= int(own["tot"]):
                # "xếp thứ 2 khu vực Tây Nguyên, chỉ sau Đắk Nông (29/63 với 25,24 điểm)": its own place, stated
                emit(m, cue, rank=int(own["n"]), rank_total=int(own["tot"]))
                handed.add(m.canonical)
                continue
            if before and any(
                c is not cue and c.kind == "rank" and c.rank and not c.years and cue.end <= c.start < m.start for c in cues
            ):
                # ("xếp thứ 34/81, đứng thứ 2 ở khu vực ASEAN sau Singapore": the body ahead of the nearer place only;
                # an earlier edition's place in between is aside)
                continue
            if before and cue.rank > 1 and not (before["kem"] and cue.rank != 2):
                ahead = _group_fwd(subjects, i, low)
                count = parse_int(before["k"]) if before["k"] else None
                if len(ahead) == 1 and count in (None, 1):
                    emit(m, cue, rank=cue.rank - 1, **field)
                elif len(ahead) == cue.rank - 1 and count in (None, len(ahead)):
                    for x in ahead:
                        emit(x, cue, top=len(ahead))
                _world_places_of_anchors(ahead, cue, cues, out, low)
                handed.update(x.canonical for x in ahead)
            elif _ANCHOR_AFTER.match(gap) and (cue.rank_total is None or cue.rank < cue.rank_total):
                below = _group_fwd(subjects, i, low)
                handed.update(x.canonical for x in below)
                if len(below) == 1:  # ("đứng trên A, B, C và D": several below it, in no order, none of them next)
                    emit(m, cue, rank=cue.rank + 1, **field)


def _world_places_of_anchors(ahead: list[Mention], cue: Cue, cues: list[Cue], out: list[Assertion], low: str) -> None:
    """"Trong khu vực ASEAN, Việt Nam đứng thứ 3, sau Singapore (thứ 8) và Malaysia (thứ 33)": a place in brackets
    after a body ahead that is no higher than the subject's cannot be its place in the subject's field; it is
    the world place (GUIDELINES §6), so it carries no region."""
    for x in ahead:
        own = next((c for c in cues if c.start > x.end and c.rank is not None and re.fullmatch(r"\s*\(?\s*", low[x.end : c.start])
                    and _OWN_PLACE_BRACKET.match(low, x.end)), None)
        if own is None or own.rank < cue.rank:
            continue
        for a in out:
            if a.entity == x.canonical and a.start == own.start and a.rank == own.rank and a.entity_type == "country":
                a.group = None
                a.attrs["world"] = True


# "… chính quyền số xếp thứ 24/63, kinh tế số xếp 27/63, xã hội số xếp 29/63 trong khi năm 2020 thì các thứ tự này là
# 47, 39, 29": the same places, in order, in the year named
_THESE_PLACES_IN = re.compile(
    r"(?:trong khi|còn)?\s*(?:vào\s+|trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)\s*(?:thì\s+)?(?:các|những)\s+(?:thứ tự|thứ hạng|vị trí)"
    r"\s+(?:này|tương ứng)\s+(?:lần lượt\s+)?(?:là|đạt)\s+(?P<list>\d{1,3}(?:\s*(?:,|và)\s*\d{1,3})+)"
)


def _same_places_in_another_year(low: str, out: list[Assertion]) -> None:
    """Places a sentence gave, given again for another year as a bare list in the same order."""
    m = _THESE_PLACES_IN.search(low)
    if not m:
        return
    values = [int(v) for v in re.findall(r"\d{1,3}", m["list"])]
    placed = [a for a in out if a.rank is not None and a.end <= m.start() and a.year_offset is None]
    if len(placed) != len(values) or len({a.entity for a in placed}) != 1:
        return
    for a, v in zip(placed, values, strict=True):
        twin = Assertion(a.entity, a.entity_type, m.start("list"), m.end("list"), rank=v, component=a.component,
                         year=int(m["y"]))
        twin.attrs = {k: a.attrs[k] for k in ("index",) if k in a.attrs} | {"dated": True}
        out.append(twin)


_SPEAKS_OF_RANKING = re.compile(r"chỉ số|xếp hạng|điểm|thứ hạng")
_ONLY_BEHIND = re.compile(r"(?<![\w])(?:chỉ\s+)?(?:xếp|đứng)\s+(?:ngay\s+)?sau\s+(?:các\s+\w+\s+)?$")


def _ahead_of_the_place_before(
    low: str, subjects: list[Mention], placed_before: tuple[int | None, Mention | None], emit  # noqa: ANN001
) -> None:
    """"Quảng Ninh vươn lên vị trí thứ 3. Với giá trị DTI đạt 0,7024, chỉ xếp sau TP Đà Nẵng (0,8002), TP Hồ Chí
    Minh (0,7163)": the bodies ahead of a place the sentence before stated, when they are exactly that many."""
    last_rank, last_subject = placed_before
    if last_rank is not None and (last_rank < 2 or last_subject is None):
        return
    for i, m in enumerate(subjects):
        behind = _ONLY_BEHIND.search(low, max(0, m.start - 40), m.start)
        if not behind:
            continue
        ahead = _group_fwd(subjects, i, low)
        if last_rank is None:
            # "Chỉ số HPI của Việt Nam chỉ xếp sau Costa Rica, Jamaica và Guatemala", no place stated: the only bodies
            # ahead, several, are the top group (one alone is left: its field may be a region the text leaves unsaid)
            # (only where the sentence speaks of a ranking: "đánh giá cao tiềm năng … chỉ đứng sau A và B" ranks nothing)
            if behind.group(0).startswith("chỉ") and len(ahead) >= 2 and _SPEAKS_OF_RANKING.search(low):
                cue = Cue("top", m.start, m.end, top=len(ahead))
                for x in ahead:
                    emit(x, cue, top=len(ahead))
            return
        if len(ahead) == last_rank - 1 and all(x.canonical != last_subject.canonical for x in ahead):
            cue = Cue("top", m.start, m.end, top=len(ahead))
            for x in ahead:
                emit(x, cue, top=len(ahead))
        return


_OWN_PLACE_AFTER = re.compile(
    # ("B (46.51 điểm, hạng 11)": its place in the bracket after its points)
    r"\s*(?:\(\s*\d{1,3}(?:[.,]\d{1,4})?\s*điểm\s*[,;]\s*)?(?:xếp hạng|xếp thứ|đứng thứ|xếp|đứng|hạng|ở vị trí)\s+(?:thứ\s+)?(?:\d|nhất|nhì|ba|tư)"
)


# Between two runs of an ordered list split into grade bands: "thuộc nhóm “tốt”; " and "nhóm “khá” gồm: "
_BAND = r"(?:nhóm|loại|xếp loại|mức)\s+[\"“”']?[^;.:\"“”']{1,20}[\"“”']?"
_GRADE_BAND = re.compile(r"\s*(?:thuộc\s+|đạt\s+)?" + _BAND + r"\s*;\s*(?:(?:thuộc\s+)?" + _BAND + r"\s*(?:gồm|là)\s*:?\s*)?")


_IN_BLOCKS = re.compile(r"\s*(?:ở|tại|của|trong)\s+(?:các|cả|\d|hai|ba|bốn|năm)\s*(?:khối|nhóm|cấp)(?![\w])")
# "(1) Sở Tài chính đạt 90,05%, Sở Nội vụ …, (3) Văn phòng UBND tỉnh …": a member's place in brackets before it
# "(1) A, (2) B" and "…: 1. A; 2. B" (a decimal comma before a number is no separator)
_NUMBER_BEFORE_MEMBER = re.compile(r"(?:^|[;:]\s*|(?<!\d)[,.]\s*)(?:\((?P<n>\d{1,3})\)|(?P<m>\d{1,2})\.)\s*$")


def _numbered_members(low: str, subjects: list[Mention]) -> list[tuple[Mention, int, int]]:
    """(member, place, where its number starts) for a list whose members carry their places in brackets before
    them, at least two, rising; a member left unnumbered between two whose numbers leave room for exactly the
    members between them takes its place in that order."""
    placed = []
    for m in subjects:
        hit = _NUMBER_BEFORE_MEMBER.search(low, max(0, m.start - 8), m.start)
        if hit:
            n = hit["n"] or hit["m"]
            placed.append((m, int(n), hit.start("n") - 1 if hit["n"] else hit.start("m")))
    if len(placed) < 2 or any(b[1] <= a[1] for a, b in itertools.pairwise(placed)):
        return []
    out = list(placed)
    for (m1, a, _s1), (m2, b, _s2) in itertools.pairwise(placed):
        between = [x for x in subjects if m1.end <= x.start and x.end <= m2.start]
        if between and b - a - 1 == len(between):
            out += [(x, a + i + 1, x.start) for i, x in enumerate(between)]
    return sorted(out, key=lambda t: t[0].start)


# "Bảng điểm … của các sở, ban, ngành xếp lần lượt từ cao xuống thấp như sau:" closing its sentence: the
# paragraphs after it name the bodies in that order, each with its score
_ORDERED_HEADING = re.compile(
    r"(?:thứ tự|lần lượt)[^:;.]{0,80}?" + FROM_TOP_WORDS + r"[^:;.]{0,30}?:\s*$"
)
# "Cụm 1:" opening a paragraph of such a list: the places start again in each cluster
_CLUSTER_LABEL = re.compile(r"^\W*(?:cụm|nhóm|khối)\s+(?:\d{1,2}|[ivx]{1,4})\s*:")
# Between a member and its score ("Sở Tài chính 99,95 điểm", "… với 97,19 điểm", "…: 96,25 điểm")
_NAME_TO_SCORE = re.compile(r"[\s:(–-]*(?:(?:với|đạt)\s+)?(?:tổng\s+)?(?:số\s+)?(?:điểm\s+)?")
# Between one member's score and the next member
_BETWEEN_ITEMS = re.compile(r"[\s,;.)]*(?:và\s+)?")
# The last member with a bare number ("…, huyện Tân Phước 98,80"), the page cut before its unit
_LAST_BARE = re.compile(r"\s*\d{1,3}(?:,\d{1,2})?\s*[.;]?\s*")


def opens_ordered_list(low: str) -> bool:
    """Whether the sentence is the heading of an ordered list given in the paragraphs after it."""
    return ":" in low and bool(_ORDERED_HEADING.search(low))


def ordered_list_items(low: str, subjects: list[Mention], cues: list[Cue]) -> list[Mention | None] | None:
    """The members, in order, of a sentence that only goes on with such a list ("Sở Tài chính 99,95 điểm; Sở Xây
    dựng 99,84 điểm, …"), None for a name the gazetteer does not know; None when the sentence says anything else."""
    scores = [c for c in cues if c.kind == "score"]
    if not scores or len(scores) != len(cues):
        return None
    label = _CLUSTER_LABEL.match(low)
    start = label.end() if label else 0
    items: list[Mention | None] = []
    for s in scores:
        inside = [m for m in subjects if start <= m.start and m.end <= s.start]
        if len(inside) > 1:
            return None
        if inside:
            m = inside[0]
            if not (_BETWEEN_ITEMS.fullmatch(low, start, m.start) and _NAME_TO_SCORE.fullmatch(low, m.end, s.start)):
                return None
            items.append(m)
        elif re.fullmatch(r"[\s,;.)]*(?:và\s+)?[^\W\d][^\d;]{2,100}", low[start : s.start]):
            items.append(None)  # a name the gazetteer does not know still takes its place
        else:
            return None
        start = s.end
    last = [m for m in subjects if m.start >= start]
    if len(last) == 1 and _BETWEEN_ITEMS.fullmatch(low, start, last[0].start) and _LAST_BARE.fullmatch(low, last[0].end):
        items.append(last[0])
    elif not re.fullmatch(r"[\s,;.)]*", low[start:]):
        return None
    return items


def _respective_scores(scores: list[Cue], out: list[Assertion]) -> None:
    """"đứng thứ hai là A, đứng thứ ba là B với số điểm lần lượt là 87,61 và 86,70": scores given in turn after the
    bodies just placed go to those bodies, in their order, when as many of them still lack a score."""
    run = [s for s in scores if s.values == [RESPECTIVE] and not s.used]
    if len(run) < 2:
        return
    placed = [a for a in out if a.end <= run[0].start and a.year_offset is None and a.rank is not None]
    names = list(dict.fromkeys(a.entity for a in placed))[-len(run) :]
    holders = [next(a for a in reversed(placed) if a.entity == name) for name in names]
    if len(holders) == len(run) and all(a.score is None for a in holders):
        for a, s in zip(holders, run, strict=True):
            a.score = s.score
            s.used = True


_EXAMPLES_OPENING = re.compile(r"(?<![\w])(?:các|những)\s+(?:quốc gia|nước|nền kinh tế|tỉnh|địa phương|đơn vị)[^,;:.]{0,30}?\s+như\s*:?\s*$")


# "A (5)", "Nhật Bản (thứ 8)", "Hàn Quốc (đứng thứ 6)": a list member's own place in brackets after its name
_PLACE_BRACKET = re.compile(r"\s*\(\s*(?:(?:đứng|xếp)\s+)?(?:(?:thứ|hạng)\s+)?(?P<n>\d{1,3})\s*\)")


def _bracketed_places(low: str, members: list[Mention], after_rank: int) -> list[int] | None:
    """Places a list's members state in bare brackets after their names, when each has one and they rise past the
    place the list follows, two of them perhaps sharing one (points would fall: "Thụy Sĩ (74), Na Uy (73)"), or when
    they run one by one upwards ("… gồm A (5), B (6), C (7)" after a place counted elsewhere) or downwards from the
    place before ("X (thứ 163) …, tiếp theo là Y (162), Z (161)": a list from the bottom)."""
    ranks = []
    for m in members:
        b = _PLACE_BRACKET.match(low, m.end)
        if not b:
            return None
        ranks.append(int(b["n"]))
    steps = {b - a for a, b in zip(ranks, ranks[1:], strict=False)}
    if len(ranks) >= 2 and (steps == {1} or steps == {-1} and ranks[0] == after_rank - 1):
        return ranks
    # ("Malaysia (29), Philippines (59), Indonesia (59) và Thái Lan (65)": two may share a place, as long as they rise)
    if ranks[0] <= after_rank or min(steps, default=1) < 0 or max(steps, default=1) <= 0:
        return None
    return ranks


# The last place or the worst said before a list ("Đứng cuối cùng …", "là nước bạo loạn nhất"; "ít tham nhũng nhất" is
# the best): the list that follows climbs from the bottom
_FROM_THE_BOTTOM = re.compile(r"(?<![\w])(?:cuối|chót|đội sổ|bét bảng|(?<!ít )(?:" + WORST_WORDS + r")\s+nhất)(?![\w])")
# … unless the list ends on the one it says is last ("… và D ở vị trí cuối cùng"): then it counted down to it
_LAST_ONE_NAMED_LAST = re.compile(r"(?:ở|đứng|xếp)\s+(?:ở\s+)?(?:vị trí\s+)?(?:cuối cùng|chót|cuối bảng)\s*[./;]*\s*$")


def _next_list(  # noqa: ANN001
    cue: Cue, cues: list[Cue], sentence: str, low: str, subjects: list[Mention], state: SentenceState, out, emit
) -> None:
    """"…; tiếp theo là các bộ: Tư pháp, Nội vụ, Tài nguyên và Môi trường" → the following places."""
    # ("dẫn đầu ASEAN là Singapore (đứng thứ 2 toàn cầu), tiếp sau là …": a place in brackets is aside, like the
    # whole field's)
    placed = [a for a in out if a.rank is not None and a.year_offset is None and not a.attrs.get("world")
              and not low.rfind("(", 0, a.start) > low.rfind(")", 0, a.start)]
    # ("… xếp vị trí thứ nhất (năm 2020 xếp vị trí thứ 3); tiếp đến là …": an earlier edition's place is aside)
    prior = [a for a in placed if not a.attrs.get("dated")] or placed
    # ("Việt Nam đứng ở vị trí 94 … Singapore vẫn dẫn đầu ASEAN, theo sau là A, B": the list goes on from the place
    # said last before it, not from the highest number of the sentence)
    said_before = [a for a in prior if a.end <= cue.start]
    if said_before:
        start_rank = max(said_before, key=lambda a: (a.end, a.rank)).rank
    elif prior:
        start_rank = max(a.rank for a in prior)
    else:
        # ("… Lâm Đồng xếp thứ chín. Ở khối các bộ, nhóm 5 dẫn đầu là A, tiếp theo là các bộ: B, C": the ministries'
        # list never goes on from the provinces' place)
        first = next((m for m in subjects if m.start >= cue.end), None)
        other_block = first is not None and state.last_ranked_type is not None and not _same_block(
            state.last_ranked_type, first.entity_type
        )
        start_rank = None if other_block else state.last_rank
    opener = low[cue.start : cue.end]
    group = re.search(r"trong\s+(?:nhóm|top|tốp)\s+(?P<n>\d{1,3})\b", opener)
    if group and "lần lượt" not in opener and re.search(r"(?<![\w])gồm(?![\w])", opener):
        # "Các tỉnh tiếp theo trong nhóm 10 bao gồm A, B, …": members of the top group, in no stated order
        # ("… trong nhóm 10 … lần lượt là A, B" counts on)
        n = int(group["n"])
        members = [m for m in subjects if m.start >= cue.end]
        if members:
            for m in _group_fwd(subjects, subjects.index(members[0]), low):
                emit(m, cue, top=n)
        return
    if start_rank is None or (not prior and opener.rstrip(" :").endswith("đến")):
        return  # ("sau đó đến A, B" counts on only from a place said in its own sentence)
    if _FROM_THE_BOTTOM.search(low, 0, cue.start) and not (prior and _LAST_ONE_NAMED_LAST.search(low, cue.end)):
        # "Đứng cuối cùng bảng xếp hạng là A (0,356 điểm), tiếp đó là B …", "Iraq là nước bạo loạn nhất, sau đó là
        # Somalia …": the list climbs from the bottom (not "đứng cuối … gồm A ở vị trí thứ 66, theo sau đó là B, C …
        # và D ở vị trí cuối cùng": a place stated, then down to the last)
        return
    field = [a.rank_total for a in out if a.rank == start_rank and a.rank_total]
    if field and start_rank >= field[-1]:
        return  # "Nằm ở vị trí cuối bảng trong tổng số 20 đơn vị là A, tiếp đến là B, C": no place after the last
    after = [m for m in subjects if m.start >= cue.end]
    if NAMES_BEFORE in cue.values:
        # "Úc, New Zealand, Mỹ và Ireland tiếp sau": the bodies right before the words, in their order
        before = [i for i, m in enumerate(subjects) if m.end <= cue.start and not low[m.end : cue.start].strip()]
        after = _group_back(subjects, before[-1], low) if before else []
        if not after or after[0].start < cue.start - 200:
            return
        tops = [c.top for c in cues if c.kind == "top" and c.top and c.start >= cue.end]
        if start_rank is not None and tops and start_rank + len(after) > tops[0]:
            return  # "… tiếp sau, thuộc top 5": places counted on from one far down the list are not theirs
    names: list[tuple[str, str]] = []
    if after and _EXAMPLES_OPENING.search(low, cue.start, after[0].start):
        return  # "theo sau là các quốc gia như A, B, C": examples of those behind, in no stated order
    if after:
        idx = subjects.index(after[0])
        members = after if NAMES_BEFORE in cue.values else _group_fwd(subjects, idx, low)
        while True:
            # "… A, B thuộc nhóm “tốt”; C, D thuộc nhóm “khá tốt”; nhóm “khá” gồm: E, F": the order runs on
            # through the grade bands it is split into
            band = _GRADE_BAND.match(low, members[-1].end)
            more = [i for i, m in enumerate(subjects) if band and m.start == band.end()]
            if not more:
                break
            members += _group_fwd(subjects, more[0], low)
        if any(_OWN_PLACE_AFTER.match(low, m.end) for m in members):
            return  # "Các địa phương tiếp theo gồm: A xếp hạng 4 (…), B xếp hạng 5": each states its own place
        own = _bracketed_places(low, members, start_rank)
        if own:
            # "Việt Nam đứng thứ 65, tiếp theo là Philippines (67), Indonesia (71)": each member's own place, in
            # brackets, rising past the one before
            for m, rank in zip(members, own, strict=True):
                emit(m, cue, rank=rank)
            return
        names = [(m.canonical, m.entity_type) for m in members]
    else:
        tail = re.split(r"[.!?]", sentence[cue.end :])[0]
        for piece in re.split(r"\s*[,;]\s*", tail):
            piece = piece.strip(" .:")
            if not piece:
                continue
            hit = lookup(piece, state.on_date)
            if hit:
                names.append(hit)
                continue
            parts = re.split(r"\s+và\s+", piece)
            for part in parts:
                hit = lookup(part, state.on_date)
                if hit:
                    names.append(hit)
    # "X dẫn đầu về kinh tế số; xếp sau là A và B": the list goes on in the pillar of the place it follows
    before = [a for a in out if a.rank == start_rank and a.year_offset is None]
    component = before[-1].component if before else None
    emitted = len(out)
    for i, (canonical, etype) in enumerate(names):
        m = Mention(cue.start, cue.end, canonical, canonical, etype)
        emit(m, cue, rank=start_rank + i + 1, component=component)
    if before and before[-1].year is not None:
        for a in out[emitted:]:
            if a.year is None:
                a.year = before[-1].year  # "… năm 2019 là Uruguay; sau đó đến A, B": the edition of the place counted on


# Between the anchor and the bodies after it: "… là", "… trong danh sách là các nước" (the bodies' kind named after "là")
_ANCHOR_THEN_LA = re.compile(
    r"[^;.]{0,30}?\blà\s*:?\s*(?:(?:các|những)\s+(?:nước|quốc gia|nền kinh tế|tỉnh|thành phố|địa phương|đơn vị)\s*)?"
)


def _after_x(cue: Cue, low: str, subjects: list[Mention], state: SentenceState, emit) -> None:  # noqa: ANN001
    """"Xếp sau Đà Nẵng là Hà Nội và Quảng Ninh" → the anchor's rank + 1, + 2 …"""
    after = [i for i, m in enumerate(subjects) if m.start >= cue.end]
    if len(after) < 2:
        return
    anchor = subjects[after[0]]
    rank = state.known_ranks.get(anchor.canonical)
    if rank is None:
        return
    rest = after[1]
    if not _ANCHOR_THEN_LA.fullmatch(low, anchor.end, subjects[rest].start):
        return
    # ("Việt Nam … thứ 3 ASEAN. Xếp sau Việt Nam là Lào (hạng 47 toàn cầu)": the places counted on are in the anchor's
    # field, the region, beside each body's own world place in brackets)
    group = state.known_groups.get(anchor.canonical)
    for i, m in enumerate(_group_fwd(subjects, rest, low)):
        emit(m, cue, rank=rank + i + 1, group=group)
