"""The real-press corpus (issue #10): manifest and gold facts are committed, the page texts never are.

Checks the committed files only (CI has no cache of the texts): every page can be found again and
checked (query, url, n_chars, sha256), none is reserved for independent evaluation, the development and
held-apart parts are disjoint and large enough, and every gold row is a well-formed fact of the
contract. Messages name ids and fields, never a held-apart value.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.realpress import url_hash
from tests.test_gold_files import COMPONENTS, ENTITY_TYPES, FACT_KEYS, INDEXES, KEY_FIELDS, KINDS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "gold" / "realpress"
RESERVED = ROOT.parent / "shared" / "eval-reserved.txt"
MIN_PAGES, MIN_HELDOUT = 150, 50
PARTS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
         "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
         "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
         "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30",
         "heldout31", "heldout32")
# The held-apart part of full size whose figure is the README's estimate. "heldout" was measured once (0.6.0),
# "heldout2" once (0.6.13), "heldout3" once (0.6.40), "heldout4" (21 pages) once (0.6.73); each was read for fixes
# afterwards, so all are development data now. "heldout5" (28 pages) and "heldout6" (50 pages, found and annotated
# by three helpers who never read the extractor) are mostly other rankings: what the search corpus still had.
# "heldout6" was measured once (0.6.107, strict F1 0.746); its errors were then read, so it is development data.
# "heldout7" (54 pages, three more such helpers: provinces' own rankings, other rankings and international ones
# searched by province name) was measured on 0.6.116 (strict F1 0.577, before any annotator's report arrived) and
# once more on 0.6.119; its errors were then read, so it is development data.
# "heldout8" (60 pages, three more such helpers: provinces' own rankings of the middle of the alphabet, ministries
# and sector rankings, regional and international rankings) was measured on 0.6.132 (strict F1 0.707, the build
# committed before any annotator's report was read) and once more on 0.6.133; its errors were then read, so it is
# development data.
# "heldout9" (71 pages, five such helpers: national digital rankings by their own words, provinces' own rankings
# searched by district and commune names, international digital rankings, serving-citizens and administrative-reform
# indices, provinces' own rankings of 2024-2025) was measured once on 0.6.139. "heldout10" (42 pages, three more such
# helpers, later the same day) is smaller than a full part: measured once on 0.6.150 beside the unread "heldout5".
# "heldout11" (51 pages, four helpers) was measured once on 0.6.155 and then read. "heldout12" and "heldout13" (47
# and 39 pages, six helpers: what the corpus still had, mostly other rankings) were measured together once on
# 0.6.164 and then read. "heldout14" (68 pages, five helpers: provinces' DDCI, provinces' own rankings of 2017-2021
# and 2024-2025, and provincial papers on their province's national places) was measured once on 0.6.175 (strict
# F1 0.814); its errors were classified by a helper and then read in the next session, so it is development data.
# "heldout15" (78 pages, six helpers: districts' and departments' own reports, provinces' places in the national
# rankings by index and year, national dailies on those rankings, provinces' own rankings by index and year) was
# measured once on 0.6.179 (strict F1 0.785) and then read. "heldout16" (50 pages, four helpers: PCI and PGI by
# year from the middle, PAPI and SIPAS by year and region, PAR INDEX and provinces' own reform indices by year, DDCI
# by year and block) was measured once on 0.6.181 (strict F1 0.691) and then read. "heldout17" (88 pages, seven
# helpers on 2026-12-06: the ministries' DTI and provinces' own DTI, ICT Index and ICT-application ranking by year
# from the middle, e-government, the DTI by region, the local innovation and logistics indices by year and by
# province, international digital rankings) was measured once on 0.6.185 (strict F1 0.620) and then read.
# "heldout18" (67 pages, six more such helpers the same session: the e-commerce index of provinces, the
# serving-citizens index by province and month, international rankings beside the digital ones from 2016, the
# latest editions by province name, the DTI of 2023-2024 by province name, ministries by name) was measured once
# on 0.6.187 (strict F1 0.652) and then read. "heldout19" (58 pages, four helpers at the end of the session:
# international rankings not yet searched (two of them), provinces' own rankings by province name, digital
# government and city rankings) was measured once on 0.6.189 (strict F1 0.575) and read in the next session.
# "heldout20" (74 pages, five helpers at the start of the next session, late on 2026-12-06: telecommunications and
# Internet rankings, provinces' places in national indices other than the DTI by province name, innovation, start-up
# and business rankings, digital-transformation wording the obvious queries miss, world rankings not yet searched)
# was measured once on 0.6.193 (strict F1 0.692) and read in the next session, so it is development data.
# "heldout21" (99 pages, seven helpers at the start of the seventeenth session, 2026-12-07: provinces' own rankings
# searched by district and town names in the south and in the north, provinces' places in national indices of
# 2012-2021 by province name, world rankings of tourism, happiness and cities, older press of 2005-2016, world
# rankings of digital and outsourcing capacity, world rankings of power and trade) was measured once, on the session's
# last build, 0.6.200 (strict F1 0.648), and read in the next session, so it is development data.
# "heldout22" (78 pages, four helpers at the start of the eighteenth session, 2026-12-07: world rankings of the
# environment, climate, food and health; of people and prosperity; of cities; of economy, trade and governance in
# 2005-2016) was measured once, on the session's last build, 0.6.208 (strict F1 0.560 once two pages, found afterwards
# to copy pages of heldout12 and heldout13, were withdrawn), and read in the next session, so it is development data.
# "heldout23" (75 pages, six helpers at the start of the nineteenth session, 2026-12-07: the digital rankings of
# provinces and ministries (DTI; ICT Index, ICT application and the UN survey: 6 pages only, the search's pages on
# them being spent), provinces in national rankings beside them, world rankings of technology and innovation, of
# tourism and living, of logistics, industry and human capital) was measured once, on 0.6.210 (strict F1 0.686), then
# classified and read in the same session, so it is development data.
# "heldout24" (77 pages, four more helpers later in the nineteenth session: world rankings of economies and exports;
# Viet Nam's regional places; older press of 2005-2013; world rankings of internet use and digital payments) was
# measured once, on 0.6.215 (strict F1 0.662), and read in the twentieth session, so it is development data.
# "heldout25" (90 pages, six helpers at the start of the twentieth session, 2026-12-07: provinces' own rankings of
# their units and their places in national indices; world rankings of national power and standing; of science and
# education; recent press on technology rankings; of governance and the business climate; of people's lives) was
# measured once, on the session's last build, 0.6.237 (strict F1 0.592), and read in the twenty-first session.
# "heldout26" (69 pages, four helpers at the end of the twentieth session: world rankings of transport and
# infrastructure; provinces in national indices of 2022-2025; world rankings of health and pandemic recovery; of media
# freedom, rule of law and peace) was merged unread at the end of the twentieth session and measured once on its last
# build, 0.6.237 (strict F1 0.651); again, figures only, on the twenty-first session's last build, 0.6.248 (0.652).
# It stays unread. In the twenty-second session four helpers annotated it a second time (agreement/heldout26.jsonl,
# strict F1 0.914 against the first) and a fifth adjudicated the 13 pages that differed; heldout26.jsonl holds the
# adjudicated rows (0.673 on 0.6.251).
# "heldout27" (81 pages, five helpers at the start of the twenty-first session: world rankings of environment, climate
# and energy; cities and destinations; older press on the national digital rankings; society and prosperity;
# provinces' places in the editions of 2025-2026) was merged unread before any change of that session was judged on
# it, and measured once on that session's last build, 0.6.248 (strict F1 0.564), unread. In the twenty-second session
# four more helpers annotated it a second time, independently (agreement/heldout27.jsonl, 80 pages: one left out, its
# annotator having seen a line of the first annotator's note); `xephang evaluate --against` scores one against the
# other (strict F1 0.901). A fifth helper adjudicated the 15 pages where they differed, blind to which came first
# (agreement/heldout27-differences.tsv: one line a difference, its verdict, class and GUIDELINES section); those
# pages' rows in heldout27.jsonl are now the adjudicated ones (the first annotation is in git history).
# "heldout28" (80 pages, four helpers at the start of the twenty-second session, 2026-12-07: provinces' places by
# economic statistics; by education and health; world rankings of science, education and people; of production and
# trade) was merged mechanically and unread before any change of that session was judged on it (copy test on the
# complete cache: no copy, closest share 0.33). Most of its pages rank by raw statistics, which give no fact: it
# tests precision as much as recall. Four more helpers annotated it a second time (agreement/heldout28.jsonl; strict
# F1 0.981 between the two) and a fifth adjudicated the 4 pages that differed (2 by the year, 2 by a score written
# 545 or 545.0); heldout28.jsonl holds the adjudicated rows. Measured once, on 0.6.248 (the session's first build):
# strict F1 0.432.
# "heldout29" (61 pages, four helpers in the twenty-third session, 2026-12-07: world rankings of the internet, cyber
# security, AI and startups; of passports, travel, safety and quality of life; provinces in national indices other
# than the digital ones; world rankings of economies, governance and human capital) was merged mechanically and
# unread before any change of that session was judged on it (copy test on the complete cache: no copy, closest share
# 0.48), and was measured once, on that session's last build, 0.6.260 (strict F1 0.640). It stays unread.
# In the twenty-fourth session heldout26-28, each measured several times and no longer an estimate, were read for
# fixes: they are development data now.
# "heldout30" (118 pages, six helpers at the start of the twenty-fourth session, 2026-12-07: football and medal
# tables; provinces by economic figures; by education, health and social figures; cities and countries in living,
# environment and innovation rankings; world indices of governance, openness and gender; of trade, investment, energy
# and finance) was merged mechanically and unread (copy test on the complete cache: no copy, closest share 0.47).
# 59 of its pages have no claim of the contract (FIFA tables, places by a raw statistic): it tests precision on the
# rankings the product must not read as much as recall. It was measured once, on that session's last build, 0.6.275
# (strict F1 0.495); heldout29 was measured again then, figures only (0.651). In the twenty-fifth session heldout30's
# errors were read for fixes: development data since.
# "heldout31" (96 pages, five helpers at the start of the twenty-fifth session, 2026-12-07: world indices of talent,
# knowledge and technology capacity; the business climate in world reports of 2008-2020; regional rankings in Asia and
# ASEAN; world indices of health, safety, environment and climate; nations' image, travel and mobility; at most two
# pages without a claim each) was merged mechanically and unread (copy test on the complete cache: no copy, closest
# share 0.48). It was measured once, on that session's last build, 0.6.285 (strict F1 0.558); in the twenty-sixth
# session its errors were read for fixes: development data since.
# "heldout32" (57 pages, four helpers at the start of the twenty-sixth session, 2026-12-08: Vietnam's own indices of
# provinces other than the DTI; rankings of cities; world and Vietnamese indices of the digital field; world indices
# of human development and society; at most two pages without a claim each) was merged mechanically and unread (copy
# test on the complete cache: no copy, closest share 0.49). It was measured once, on that session's last build,
# 0.6.306 (strict F1 0.502); the measuring run printed some twenty missed claims of five of its pages (rbw003-rbw011).
HELD_APART = ("heldout29", "heldout32")


def _jsonl(path: Path) -> list[dict]:
    assert path.is_file(), f"missing {path}"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return _jsonl(CORPUS / "manifest.jsonl")


@pytest.fixture(scope="module", params=PARTS)
def part(request: pytest.FixtureRequest) -> tuple[str, list[dict]]:
    return request.param, _jsonl(CORPUS / f"{request.param}.jsonl")


def test_manifest_lines_can_be_found_again_and_checked(manifest: list[dict]) -> None:
    for row in manifest:
        assert set(row) >= {"id", "url", "query", "part", "n_chars", "sha256"}, row.get("id")
        assert row["part"] in PARTS, row["id"]
        assert row["url"].startswith(("http://", "https://")) and row["query"].strip(), row["id"]
        assert isinstance(row["n_chars"], int) and row["n_chars"] > 0, row["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", row["sha256"]), row["id"]
    ids = [r["id"] for r in manifest]
    urls = [r["url"] for r in manifest]
    assert len(set(ids)) == len(ids) and len(set(urls)) == len(urls), "a page is listed twice"


def test_enough_pages_and_a_held_apart_part(manifest: list[dict]) -> None:
    held = [r for r in manifest if r["part"] in HELD_APART]
    assert len(manifest) >= MIN_PAGES, len(manifest)
    assert len(held) >= MIN_HELDOUT, len(held)


def test_no_page_reserved_for_independent_evaluation(manifest: list[dict]) -> None:
    assert RESERVED.is_file(), f"{RESERVED} is needed (../shared beside the checkout)"
    reserved = {ln.strip() for ln in RESERVED.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    hits = [r["id"] for r in manifest if url_hash(r["url"]) in reserved]
    assert not hits, f"reserved pages in the corpus: {hits}"


def test_no_page_text_is_committed() -> None:
    texts = [p.name for p in CORPUS.iterdir() if p.suffix.lower() in {".txt", ".html", ".htm"}]
    assert not texts, texts


def test_gold_rows_match_the_manifest(part: tuple[str, list[dict]], manifest: list[dict]) -> None:
    name, rows = part
    listed = {r["id"]: r for r in manifest if r["part"] == name}
    assert [r["id"] for r in rows] and {r["id"] for r in rows} == set(listed), name
    for row in rows:
        assert "text" not in row and "title" not in row, f"{row['id']}: gold rows hold no text"
        assert row["url"] == listed[row["id"]]["url"], row["id"]
        assert row["kind"] in KINDS, row["id"]
        assert (row["kind"] == "no_claim") == (not row["facts"]), row["id"]
        assert row["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]), row["id"]


def test_gold_facts_follow_the_contract(part: tuple[str, list[dict]]) -> None:
    _assert_facts_follow_the_contract(*part)


def test_second_annotations_cover_pages_of_their_part(manifest: list[dict]) -> None:
    """A second, independent annotation (agreement/<part>.jsonl, scored with `xephang evaluate --against`)
    annotates pages of its part only, and its rows follow the contract as the first annotation's do."""
    files = sorted((CORPUS / "agreement").glob("*.jsonl"))
    assert files, "no second annotation committed"
    for path in files:
        assert path.stem in PARTS, path.name
        listed = {r["id"]: r["url"] for r in manifest if r["part"] == path.stem}
        rows = _jsonl(path)
        assert rows and len({r["id"] for r in rows}) == len(rows), path.name
        for row in rows:
            assert listed.get(row["id"]) == row["url"], f"{path.name}: {row['id']} is no page of {path.stem}"
            assert "text" not in row and "title" not in row, f"{row['id']}: gold rows hold no text"
            assert row["kind"] in KINDS and (row["kind"] == "no_claim") == (not row["facts"]), row["id"]
        _assert_facts_follow_the_contract(f"agreement/{path.stem}", rows)


def _assert_facts_follow_the_contract(name: str, rows: list[dict]) -> None:
    for row in rows:
        keys = []
        for i, f in enumerate(row["facts"]):
            where = f"{name}:{row['id']} fact {i}"
            shape_ok = set(f) == set(FACT_KEYS) and isinstance(f["entity"], str) and bool(f["entity"].strip())
            assert shape_ok, where
            kinds_ok = f["entity_type"] in ENTITY_TYPES and f["index"] in INDEXES
            assert kinds_ok, where
            # booleans, so that a failure shows no held-apart value
            component_ok = f["component"] is None or f["component"] in COMPONENTS
            assert component_ok, f"{where}: component outside the contract"
            year_ok = f["year"] is None or (isinstance(f["year"], int) and 2000 <= f["year"] <= 2026)
            assert year_ok, f"{where}: year"
            for attr in ("rank", "rank_total", "top"):
                assert f[attr] is None or (isinstance(f[attr], int) and f[attr] >= 1), f"{where}: {attr}"
            assert f["rank_change"] is None or isinstance(f["rank_change"], int), f"{where}: rank_change"
            assert f["score"] is None or (isinstance(f["score"], (int, float)) and f["score"] >= 0), f"{where}: score"
            assert any(f[a] is not None for a in ("rank", "rank_total", "top", "score", "rank_change")), where
            if f["rank"] is not None and f["rank_total"] is not None:
                assert f["rank"] <= f["rank_total"], f"{where}: rank above the field"
            keys.append(tuple(f[k] for k in KEY_FIELDS))
        assert len(keys) == len(set(keys)), f"{name}:{row['id']}: a key is given twice"
