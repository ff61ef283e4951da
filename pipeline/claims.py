"""Who each claim in a sentence is about: subjects, coordination, ordered lists.

Vietnamese puts the subject first ("Bộ Tài chính xếp thứ nhất, Bộ KH&CN xếp thứ hai"), so a claim
belongs to the nearest eligible entity before it, extended over a coordination ("Hà Giang và Đồng Nai
đều giảm 24 bậc"). Ordered lists ("lần lượt", "tiếp theo là", "Xếp sau A là B") hand out consecutive
places. Index and year fallbacks are not decided here (pipeline/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.entities import Mention, is_subject, lookup
from pipeline.lexicon import (
    COMPONENT_AFTER,
    COMPONENT_ALT,
    COMPONENT_OPENING,
    GROUP_NO_SERVICE,
    MERGED_34,
    NO_SERVICE,
    OVERALL,
    REGION_NAMES,
    TARGET,
    component_name,
)
from pipeline.patterns import Cue, find_cues
from pipeline.years import find_years, pick_year

_COORD = re.compile(r"^\s*(?:,|;|và|&|cùng|cùng với|với)\s*$")
_COORD_FWD = re.compile(r"^\s*(?:,|;|và|&)\s*$")


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
    last_rank: int | None = None
    paragraph_no_service: bool = False
    on_date: str | None = None
    article_year: int | None = None


_TYPE_FOR_NOUN = {
    "tỉnh": {"province"}, "thành phố": {"province", "local_unit"}, "địa phương": {"province", "local_unit"},
    "bộ": {"ministry", "agency"}, "ngành": {"ministry", "agency", "local_unit"},
    "quốc gia": {"country"}, "nước": {"country"}, "nền kinh tế": {"country"},
    "sở": {"local_unit"}, "quận": {"local_unit"}, "huyện": {"local_unit"},
}


def _noun_types(noun: str | None) -> set[str] | None:
    if not noun:
        return None
    head = noun.split("/")[0].split(",")[0].strip()
    for key, types in _TYPE_FOR_NOUN.items():
        if head.startswith(key):
            return types
    return None


def _group_back(subjects: list[Mention], idx: int, low: str) -> list[Mention]:
    group = [subjects[idx]]
    i = idx
    while i > 0 and _COORD.match(low[subjects[i - 1].end : subjects[i].start]):
        group.insert(0, subjects[i - 1])
        i -= 1
    return group


def _group_fwd(subjects: list[Mention], idx: int, low: str) -> list[Mention]:
    group = [subjects[idx]]
    i = idx
    while i + 1 < len(subjects) and _COORD_FWD.match(low[subjects[i].end : subjects[i + 1].start]):
        group.append(subjects[i + 1])
        i += 1
    return group


def _subject_for(cue: Cue, subjects: list[Mention], low: str) -> list[Mention]:
    """The entities a cue is about (one, or a coordinated group)."""
    if cue.subject_after:
        for i, m in enumerate(subjects):
            if m.start >= cue.end and re.match(r"^[\s,]*$", low[cue.end : m.start]):
                return _group_fwd(subjects, i, low)
        return []
    before = [i for i, m in enumerate(subjects) if m.end <= cue.start]
    if before:
        i = before[-1]
        gap = low[subjects[i].end : cue.start]
        if len(gap) <= 160 and not re.search(r"[.!?]\s", gap):
            if cue.kind == "top" and (re.search(r"\bcủa\b", gap) or len(gap) > 70):
                pass
            else:
                return _group_back(subjects, i, low)
    # "Đứng đầu là Đà Nẵng", "3 cơ quan đứng đầu khối ... là: A; B; C"
    for i, m in enumerate(subjects):
        if m.start >= cue.end:
            if re.match(r"^[^;.]{0,60}?\blà\s*:?\s*$|^\s*:?\s*$", low[cue.end : m.start]):
                return _group_fwd(subjects, i, low)
            break
    return []


def _component(cue: Cue, subject: Mention | None, low: str) -> str | None:
    if OVERALL.match(low[cue.end :]):
        return None
    m = COMPONENT_AFTER.match(low[cue.end :])
    if m:
        return component_name(m["comp"])
    if subject is not None:
        m = re.search(r"(?P<comp>" + COMPONENT_ALT + r")\s*(?:của\s+)?$", low[max(0, subject.start - 50) : subject.start])
        if m:
            return component_name(m["comp"])
    m = COMPONENT_OPENING.match(low)
    if m:
        return component_name(m["comp"])
    return None


def extract_sentence(sentence: str, mentions: list[Mention], state: SentenceState) -> list[Assertion]:
    """All assertions a sentence makes; `mentions` are the gazetteer's, relative to the sentence."""
    low = sentence.lower()
    if len(low) != len(sentence):  # a character whose lower case is longer: keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    cues = find_cues(low)
    if not cues:
        return []
    subjects = [m for m in mentions if is_subject(low, m)]
    years = find_years(low, state.article_year)
    consumed = [(c.start, c.end) for c in cues if c.years]
    no_service = bool(NO_SERVICE.search(low)) or state.paragraph_no_service
    merged = bool(MERGED_34.search(low))
    out: list[Assertion] = []

    def emit(m: Mention, cue: Cue, **values: object) -> Assertion:
        a = Assertion(m.canonical, m.entity_type, cue.start, cue.end, **values)  # type: ignore[arg-type]
        if a.component is None and "component" not in values:
            a.component = _component(cue, m, low)
        if cue.group:
            a.group = REGION_NAMES.get(cue.group, cue.group)
        elif no_service and m.entity_type in ("ministry", "agency"):
            a.group = GROUP_NO_SERVICE
        a.merged_cue = merged
        if cue.years:
            if cue.years[0] < 0:
                a.year_offset = cue.years[0]
            else:
                a.year = cue.years[0]
        else:
            a.year = pick_year(years, cue.start, cue.end, m.end if m.end <= cue.start else None, cue.kind, consumed)
        out.append(a)
        return a

    clause_of = _clause_ends(low)
    scores = [c for c in cues if c.kind == "score"]
    for cue in cues:
        if cue.used or cue.kind in ("score",):
            continue
        if TARGET.search(low[max(0, cue.start - 30) : cue.start]) and cue.kind in ("top", "leader", "rank"):
            continue
        if cue.kind == "next_list":
            _next_list(cue, sentence, low, subjects, state, out, emit)
            continue
        if cue.kind == "after_x":
            _after_x(cue, low, subjects, state, emit)
            continue
        group = _subject_for(cue, subjects, low)
        if not group:
            continue
        types = _noun_types(cue.field_noun)
        if types and any(m.entity_type not in types for m in group):
            continue
        clause_end = clause_of(cue.start)
        following_scores = [s for s in scores if not s.used and cue.end <= s.start < clause_end]
        if cue.kind == "rank_list":
            for m, r in zip(group, cue.values):
                emit(m, cue, rank=r)
            continue
        if cue.kind in ("leader", "top") and len(group) >= 2:
            ordered = "lần lượt" in low[group[0].start : clause_end] or len(following_scores) == len(group)
            if ordered and (cue.kind == "leader" or cue.top == len(group)):
                use_scores = len(following_scores) == len(group)
                for i, m in enumerate(group):
                    values: dict[str, object] = {"rank": i + 1}
                    if use_scores:
                        values["score"] = following_scores[i].score
                        following_scores[i].used = True
                    emit(m, cue, **values)
                continue
        for m in group:
            values = {
                k: getattr(cue, k)
                for k in ("rank", "rank_total", "top", "rank_change")
                if getattr(cue, k) is not None
            }
            emit(m, cue, **values)
    # Scores left: the subject is the nearest entity before (or the one the previous claim was about).
    for s in scores:
        if s.used:
            continue
        group = _subject_for(s, subjects, low)
        if len(group) != 1:
            group = group[-1:]
        if not group:
            continue
        prev = [a for a in out if a.entity == group[0].canonical and a.end <= s.start and ";" not in low[a.end : s.start]]
        comp = prev[-1].component if prev else None
        emit(group[0], s, score=s.score, component=comp)
    for a in out:
        if a.rank is not None:
            state.known_ranks[a.entity] = a.rank
            state.last_rank = a.rank
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


def _next_list(cue: Cue, sentence: str, low: str, subjects: list[Mention], state: SentenceState, out, emit) -> None:  # noqa: ANN001
    """"…; tiếp theo là các bộ: Tư pháp, Nội vụ, Tài nguyên và Môi trường" → the following places."""
    prior = [a.rank for a in out if a.rank is not None]
    start_rank = max(prior) if prior else state.last_rank
    if start_rank is None:
        return
    after = [m for m in subjects if m.start >= cue.end]
    names: list[tuple[str, str]] = []
    if after:
        idx = subjects.index(after[0])
        names = [(m.canonical, m.entity_type) for m in _group_fwd(subjects, idx, low)]
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
    for i, (canonical, etype) in enumerate(names):
        m = Mention(cue.start, cue.end, canonical, canonical, etype)
        emit(m, cue, rank=start_rank + i + 1, component=None)


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
    if not re.match(r"^[^;.]{0,30}?\blà\s*:?\s*$", low[anchor.end : subjects[rest].start]):
        return
    for i, m in enumerate(_group_fwd(subjects, rest, low)):
        emit(m, cue, rank=rank + i + 1)
