"""Values that cannot be true are never stored silently.

A rank of 109 291 (a table cell read wrongly), a province 70th of 63, a DTI score of 7, a DTI for 2017
(the index began with 2020) or for a year after the article was written: each is a reading error, and
because official tables and well-supported claims win resolution, one such value could override every
correct article. `check_fact` names what is wrong with a fact; the extractor drops such facts, logs the
reason and hands the rejections to the run report.

The bounds are the fields' real sizes, with room for the units a province ranks (communes included).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from pipeline.lexicon import GROUP_MERGED
from pipeline.model import ATTRIBUTES, Fact

# Largest field a rank can be in, by entity type.
# Countries: 193 UN members, 194 in ITU's indices (GCI), a few more economies in WIPO's and others'.
FIELD_SIZE = {"province": 63, "ministry": 40, "agency": 40, "local_unit": 400, "country": 200}
GROUP_SIZE = {GROUP_MERGED: 34, "châu Á": 47, "Đông Nam Á": 11}
# Other rankings also place Vietnam's cities among the world's (IMD ranks about 140 cities).
CITY_FIELD_SIZE = 400
# From 2025 the provinces are 34 (the 2025 merger); up to 2008 they were 64.
MERGED_FROM_YEAR = 2025
HA_TAY_UNTIL = 2008
# Score ranges: DTI, ICT Index and EGDI are indices in [0, 1]; the ICT-application ranking and the
# provinces' own rankings use points (out of 100 or 1 000) as well as [0, 1] indices.
SCORE_RANGE = {
    "dti": (0.0, 1.0),
    "ict_index": (0.0, 1.0),
    "egdi": (0.0, 1.0),
    "ict_application": (0.0, 1000.0),
    "local": (0.0, 1000.0),
    "other": (0.0, 1000.0),
}
# First year each index assessed (DTI 2020; the Vietnam ICT Index's first report, published in 2006, ranked
# 2005; the ministry's ICT-application report 2008; the UN's e-government benchmarking began with 2001;
# provinces' own rankings are as old as the ICT-application one).
FIRST_YEAR = {"dti": 2020, "ict_index": 2005, "ict_application": 2008, "egdi": 2001, "local": 2008, "other": 2000}


@dataclass(frozen=True)
class Rejection:
    """A value (or, when `attribute` is None, a whole fact) that was not kept, and why."""

    fact: Fact
    attribute: str | None
    reason: str

    def describe(self) -> str:
        f = self.fact
        comp = f"/{f.component}" if f.component else ""
        what = f" {self.attribute}" if self.attribute else ""
        return f"{f.entity} · {f.index}{comp} · {f.year}{what}: {self.reason}"


def field_size(fact: Fact) -> int:
    """How many bodies the fact's field holds at most."""
    if fact.group in GROUP_SIZE:
        return GROUP_SIZE[fact.group]
    if fact.entity_type == "province" and fact.index == "other":
        return CITY_FIELD_SIZE  # a city in a world ranking of cities (IMD's Smart City Index), not of provinces
    if fact.entity_type == "province" and fact.year is not None and fact.year >= MERGED_FROM_YEAR:
        return GROUP_SIZE[GROUP_MERGED]
    if fact.entity_type == "province" and fact.year is not None and fact.year <= HA_TAY_UNTIL:
        return 64  # Hà Tây was a province of its own until it joined Hà Nội in August 2008
    return FIELD_SIZE.get(fact.entity_type, 400)


def problems(fact: Fact, article_year: int | None) -> list[tuple[str | None, str]]:
    """(attribute, reason) for every value of `fact` that cannot be true; attribute None means the fact's
    key itself is impossible (its year), so none of its values can stand."""
    if fact.year is not None:
        first = FIRST_YEAR.get(fact.index, 2000)
        if fact.year < first:
            return [(None, f"year {fact.year} before {fact.index} existed ({first})")]
        # (world reports are often named for the year after they come out: "Doing Business 2019" in October 2018)
        ahead = 1 if fact.index == "other" else 0
        if article_year is not None and fact.year > article_year + ahead:
            return [(None, f"year {fact.year} after the article ({article_year})")]
    out: list[tuple[str | None, str]] = []
    size = field_size(fact)
    total_ok = fact.rank_total is None or 1 <= fact.rank_total <= size
    if not total_ok:
        out.append(("rank_total", f"field of {fact.rank_total} is larger than the {size} it can hold"))
    limit = fact.rank_total if fact.rank_total and total_ok else size
    if fact.rank is not None and not 1 <= fact.rank <= limit:
        out.append(("rank", f"rank {fact.rank} outside 1–{limit}"))
    if fact.top is not None and not 1 <= fact.top <= limit:
        out.append(("top", f"top {fact.top} outside 1–{limit}"))
    if fact.rank_change is not None and abs(fact.rank_change) >= size:
        out.append(("rank_change", f"change of {fact.rank_change} places in a field of {size}"))
    if fact.score is not None:
        low, high = SCORE_RANGE.get(fact.index, (0.0, 1000.0))
        if not low <= fact.score <= high:
            out.append(("score", f"score {fact.score:g} outside {fact.index}'s range {low:g}–{high:g}"))
    return out


def check_fact(fact: Fact, article_year: int | None) -> str | None:
    """Why `fact` (or one of its values) cannot be true, or None when everything is plausible."""
    found = problems(fact, article_year)
    return "; ".join(reason for _attr, reason in found) if found else None


def split_plausible(facts: list[Fact], article_year: int | None) -> tuple[list[Fact], list[Rejection]]:
    """(facts to keep, rejections with reasons): an impossible value is removed from its fact, and a
    fact left with no value, or whose year is impossible, is dropped."""
    kept: list[Fact] = []
    rejected: list[Rejection] = []
    for fact in facts:
        found = problems(fact, article_year)
        rejected.extend(Rejection(fact, attr, reason) for attr, reason in found)
        if any(attr is None for attr, _ in found):
            continue
        if found:
            fact = copy.copy(fact)
            for attr, _ in found:
                setattr(fact, attr, None)
            if all(getattr(fact, a) is None for a in ATTRIBUTES):
                continue
        kept.append(fact)
    return kept, rejected
