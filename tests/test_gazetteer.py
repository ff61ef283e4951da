"""Tests for pipeline.gazetteer: the data files and the mention finder.

Sentences are written for these tests (styled on ranking news), not copied from articles.
"""

from __future__ import annotations

import csv
import unicodedata

import pytest

from pipeline.gazetteer import (
    DATA_DIR,
    EntityMention,
    bodies_on,
    find_entities,
    load,
    lookup,
    lookup_ministry_short,
    normalize_vi,
    provinces_on,
    successor,
)
from pipeline.model import ENTITY_TYPES


def mentions(text: str, on_date: str | None = None) -> list[tuple[str, str, str]]:
    """(surface, canonical, entity_type) triples, the usual thing to assert on."""
    return [(m.surface, m.canonical, m.entity_type) for m in find_entities(text, on_date)]


# --------------------------------------------------------------------------------------- data files


@pytest.mark.parametrize("name", ["provinces.csv", "bodies.csv", "local_units.csv"])
def test_csv_files_are_nfc_with_header_and_no_comments(name: str) -> None:
    raw = (DATA_DIR / name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    lines = raw.splitlines()
    assert "canonical" in lines[0].split(",")
    assert not any(line.lstrip().startswith("#") for line in lines)
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = lines[0].split(",")
    for row in rows:
        assert None not in row, f"{name}: too many fields in {row}"
        assert all(row[h] is not None for h in header), f"{name}: too few fields in {row}"


def test_districts_csv_is_nfc_and_names_provinces_of_the_gazetteer() -> None:
    """districts.csv: one row per district-level unit and kind period; every province is a pre-2025 canonical
    name and every kind one of the four district-level kinds."""
    raw = (DATA_DIR / "districts.csv").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw and not any(ln.startswith("#") for ln in raw.splitlines())
    with (DATA_DIR / "districts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    provinces = {p.canonical for p in provinces_on("2024-12-31")}
    assert all(r["province"] in provinces for r in rows)
    assert {r["kind"] for r in rows} == {"quận", "huyện", "thị xã", "thành phố"}
    keys = [(r["province"], r["kind"], r["name"], r["valid_from"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_district_counts_of_a_day() -> None:
    """Public counts as a check on the data: 705 district-level units in mid-2021, 696 just before the
    district level was abolished; Hà Nội's 30, Đắk Lắk's 15, and Thủ Đức formed in 2021 from three quận."""
    from pipeline.gazetteer import districts_of

    def count(day: str) -> int:
        return sum(len(districts_of(p.canonical, day)) for p in provinces_on("2024-12-31"))

    assert count("2021-06-30") == 705 and count("2025-06-30") == 696
    assert len(districts_of("Hà Nội", "2023-01-01")) == 30 and len(districts_of("Đắk Lắk", "2023-01-01")) == 15
    hcm_2020 = {d.name for d in districts_of("Hồ Chí Minh", "2020-06-01")}
    hcm_2022 = {d.name for d in districts_of("Hồ Chí Minh", "2022-06-01")}
    assert "2" in hcm_2020 and "Thủ Đức" in hcm_2020 and "2" not in hcm_2022 and "Thủ Đức" in hcm_2022


def test_63_provinces_before_and_34_after_reorganisation() -> None:
    for day in ("2010-01-01", "2019-12-31", "2024-12-31", "2025-01-01", "2025-06-30"):
        assert len(provinces_on(day)) == 63, day
    for day in ("2025-07-01", "2026-11-23"):
        assert len(provinces_on(day)) == 34, day
    assert len(provinces_on("2007-06-01")) == 64  # Hà Tây still existed
    assert len({p.canonical for p in provinces_on("2024-06-01")}) == 63


def test_the_34_new_units_and_the_11_unchanged() -> None:
    new = {p.canonical for p in provinces_on("2025-07-01")}
    unchanged = {
        "Hà Nội",
        "Huế",
        "Lai Châu",
        "Điện Biên",
        "Sơn La",
        "Lạng Sơn",
        "Quảng Ninh",
        "Thanh Hóa",
        "Nghệ An",
        "Hà Tĩnh",
        "Cao Bằng",
    }
    assert unchanged <= new
    assert "Quảng Nam" not in new and "Bình Dương" not in new and "Thừa Thiên Huế" not in new
    old = provinces_on("2025-06-30")
    merged = [p for p in old if p.valid_to == "2025-06-30"]
    assert len(merged) == 52  # 63 - 11 unchanged
    assert {p.merged_into for p in merged} == new - unchanged


def test_every_merge_target_exists_on_the_day_after() -> None:
    g = load()
    for ent in [*g.provinces, *g.bodies]:
        if not ent.merged_into:
            continue
        assert ent.valid_to, ent
        day_after = {"2024-12-31": "2025-01-01", "2025-02-28": "2025-03-01", "2025-06-30": "2025-07-01"}.get(
            ent.valid_to, "2008-08-01"
        )
        pool = provinces_on(day_after) if ent.entity_type == "province" else bodies_on(day_after)
        assert ent.merged_into in {p.canonical for p in pool}, ent


@pytest.mark.parametrize(
    ("old", "day", "new"),
    [
        ("Quảng Nam", "2025-08-01", "Đà Nẵng"),
        ("Bình Dương", "2025-08-01", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "2025-08-01", "Hồ Chí Minh"),
        ("Hà Giang", "2025-08-01", "Tuyên Quang"),
        ("Hòa Bình", "2025-08-01", "Phú Thọ"),
        ("Kon Tum", "2025-08-01", "Quảng Ngãi"),
        ("Đắk Nông", "2025-08-01", "Lâm Đồng"),
        ("Bạc Liêu", "2025-08-01", "Cà Mau"),
        ("Thừa Thiên Huế", "2025-08-01", "Huế"),
        ("Quảng Nam", "2024-08-01", "Quảng Nam"),
        ("Bộ Kế hoạch và Đầu tư", "2025-03-01", "Bộ Tài chính"),
        ("Bộ Thông tin và Truyền thông", "2025-03-01", "Bộ Khoa học và Công nghệ"),
        ("Bộ Giao thông vận tải", "2025-03-01", "Bộ Xây dựng"),
        ("Bộ Tài nguyên và Môi trường", "2025-03-01", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "2025-03-01", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Lao động - Thương binh và Xã hội", "2025-03-01", "Bộ Nội vụ"),
        ("Ủy ban Dân tộc", "2025-03-01", "Bộ Dân tộc và Tôn giáo"),
        ("Bộ Kế hoạch và Đầu tư", "2025-02-28", "Bộ Kế hoạch và Đầu tư"),
    ],
)
def test_successor(old: str, day: str, new: str) -> None:
    assert successor(old, day) == new


def test_ministry_counts_around_the_2025_restructuring() -> None:
    assert len(bodies_on("2024-06-01", "ministry")) == 22  # 18 bộ + 4 cơ quan ngang bộ
    assert len(bodies_on("2025-03-01", "ministry")) == 17  # 14 bộ + 3 cơ quan ngang bộ
    names = {b.canonical for b in bodies_on("2025-03-01", "ministry")}
    assert "Bộ Nông nghiệp và Môi trường" in names and "Bộ Dân tộc và Tôn giáo" in names
    assert "Bộ Thông tin và Truyền thông" not in names


def test_entity_types_are_the_contracts() -> None:
    g = load()
    assert {e.entity_type for e in [*g.provinces, *g.bodies]} <= set(ENTITY_TYPES)
    assert lookup("Việt Nam") == ("Việt Nam", "country")


# ------------------------------------------------------------------------------------------ lookup


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("TP.HCM", ("Hồ Chí Minh", "province")),
        ("TPHCM", ("Hồ Chí Minh", "province")),
        ("TP HCM", ("Hồ Chí Minh", "province")),
        ("TP. Hồ Chí Minh", ("Hồ Chí Minh", "province")),
        ("Thành phố Hồ Chí Minh", ("Hồ Chí Minh", "province")),
        ("TT-Huế", ("Thừa Thiên Huế", "province")),
        ("Thừa Thiên - Huế", ("Thừa Thiên Huế", "province")),
        ("BR-VT", ("Bà Rịa - Vũng Tàu", "province")),
        ("Đắc Lắc", ("Đắk Lắk", "province")),
        ("Đak Lak", ("Đắk Lắk", "province")),
        ("KonTum", ("Kon Tum", "province")),
        ("Đak Nông", ("Đắk Nông", "province")),
        ("Kontum", ("Kon Tum", "province")),
        ("Khánh Hoà", ("Khánh Hòa", "province")),
        ("Thanh Hoá", ("Thanh Hóa", "province")),
        ("Bộ KH&ĐT", ("Bộ Kế hoạch và Đầu tư", "ministry")),
        ("Bộ TT&TT", ("Bộ Thông tin và Truyền thông", "ministry")),
        ("Bộ LĐ-TB&XH", ("Bộ Lao động - Thương binh và Xã hội", "ministry")),
        ("Bộ VH-TT&DL", ("Bộ Văn hóa, Thể thao và Du lịch", "ministry")),
        ("Bộ NN&PTNT", ("Bộ Nông nghiệp và Phát triển nông thôn", "ministry")),
        ("Bộ GD&ĐT", ("Bộ Giáo dục và Đào tạo", "ministry")),
        ("NHNN", ("Ngân hàng Nhà nước Việt Nam", "ministry")),
        ("BHXH Việt Nam", ("Bảo hiểm xã hội Việt Nam", "agency")),
        ("BHXH VN", ("Bảo hiểm xã hội Việt Nam", "agency")),
        ("Viện Hàn lâm KH&CN Việt Nam", ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "agency")),
        ("TTXVN", ("Thông tấn xã Việt Nam", "agency")),
        ("Uỷ ban Dân tộc", ("Ủy ban Dân tộc", "ministry")),
        ("Sở TT&TT", ("Sở Thông tin và Truyền thông", "local_unit")),
        ("Sở KH&ĐT", ("Sở Kế hoạch và Đầu tư", "local_unit")),
        ("UBND quận Sơn Trà", ("UBND quận Sơn Trà", "local_unit")),
        ("bộ tư pháp", ("Bộ Tư pháp", "ministry")),  # case-insensitive fallback for table cells
        ("  tỉnh Quảng Nam ", ("Quảng Nam", "province")),
    ],
)
def test_lookup_aliases(alias: str, expected: tuple[str, str]) -> None:
    assert lookup(alias) == expected


@pytest.mark.parametrize("name", ["Nam", "Bình", "hòa bình", "Sài Gòn Giải Phóng", "Bộ", "Sở", "quận", ""])
def test_lookup_rejects_non_names(name: str) -> None:
    assert lookup(name) is None


def test_lookup_ministry_short() -> None:
    assert lookup_ministry_short("Tư pháp") == "Bộ Tư pháp"
    assert lookup_ministry_short("Nội vụ") == "Bộ Nội vụ"
    assert lookup_ministry_short("Tài nguyên và Môi trường") == "Bộ Tài nguyên và Môi trường"
    assert lookup_ministry_short("KH&ĐT") == "Bộ Kế hoạch và Đầu tư"
    assert lookup_ministry_short("Bộ Y tế") == "Bộ Y tế"
    assert lookup_ministry_short("Du lịch") is None
    assert lookup_ministry_short("Đà Nẵng") is None


def test_huế_depends_on_date() -> None:
    assert lookup("Huế", "2023-07-15") == ("Thừa Thiên Huế", "province")
    assert lookup("Huế", "2025-08-01") == ("Huế", "province")
    assert lookup("Huế") == ("Thừa Thiên Huế", "province")  # undated: the 63-province map
    # a name that only ever meant the old province keeps meaning it
    assert lookup("Thừa Thiên Huế", "2025-08-01") == ("Thừa Thiên Huế", "province")
    assert lookup("Bộ TT&TT", "2026-01-01") == ("Bộ Thông tin và Truyền thông", "ministry")


# --------------------------------------------------------------------------------- find_entities


def test_offsets_and_surface_index_the_input() -> None:
    text = "Năm 2022, TP.HCM xếp thứ 5/63, còn Bộ KH&ĐT dẫn đầu khối bộ."
    found = find_entities(text)
    assert [m.surface for m in found] == ["TP.HCM", "Bộ KH&ĐT"]
    for m in found:
        assert isinstance(m, EntityMention)
        assert text[m.start : m.end] == m.surface


def test_prefix_is_in_span_canonical_is_bare() -> None:
    text = (
        "Tỉnh Tuyên Quang xếp thứ 36/63, tỉnh Tuyên Quang tăng 3 bậc; TP Đà Nẵng, TP. Đà Nẵng và "
        "thành phố Cần Thơ cùng Thành phố Hồ Chí Minh, Thủ đô Hà Nội, TP.Hải Phòng."
    )
    assert mentions(text) == [
        ("Tỉnh Tuyên Quang", "Tuyên Quang", "province"),
        ("tỉnh Tuyên Quang", "Tuyên Quang", "province"),
        ("TP Đà Nẵng", "Đà Nẵng", "province"),
        ("TP. Đà Nẵng", "Đà Nẵng", "province"),
        ("thành phố Cần Thơ", "Cần Thơ", "province"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "province"),
        ("Thủ đô Hà Nội", "Hà Nội", "province"),
        ("TP.Hải Phòng", "Hải Phòng", "province"),
    ]


def test_both_tone_placements_match() -> None:
    text = "Hoà Bình và Hòa Bình, Khánh Hoà và Khánh Hòa, Thanh Hoá và Thanh Hóa."
    got = [c for _, c, _ in mentions(text)]
    assert got == ["Hòa Bình", "Hòa Bình", "Khánh Hòa", "Khánh Hòa", "Thanh Hóa", "Thanh Hóa"]
    # surface is the input's own spelling
    assert mentions("Hoà Bình")[0][0] == "Hoà Bình"


def test_thua_thien_hue_spellings() -> None:
    text = "Thừa Thiên - Huế, Thừa Thiên–Huế, TT-Huế, TT Huế và tỉnh Thừa Thiên Huế."
    found = mentions(text, "2023-01-01")
    assert [c for _, c, _ in found] == ["Thừa Thiên Huế"] * 5
    assert found[0][0] == "Thừa Thiên - Huế"
    assert found[-1][0] == "tỉnh Thừa Thiên Huế"


def test_huế_in_text_depends_on_date() -> None:
    assert mentions("Huế đứng thứ 4 về DTI.", "2024-05-01") == [("Huế", "Thừa Thiên Huế", "province")]
    assert mentions("Huế đứng thứ 4 về DTI.", "2025-09-01") == [("Huế", "Huế", "province")]
    assert mentions("thành phố Huế", "2025-09-01") == [("thành phố Huế", "Huế", "province")]


@pytest.mark.parametrize(
    "text",
    [
        "Nam và Bình là hai cán bộ trẻ của sở.",
        "Chúng ta cần hòa bình và phát triển bền vững.",
        "Hòa bình là khát vọng chung.",
        "Ông Long Anh phụ trách mảng nội vụ và tư pháp.",
        "Vấn đề xã hội, an ninh quốc phòng và công an được quan tâm.",
        "Các tỉnh, thành phố, các quận, huyện đã kết nối mạng.",
        "Báo Sài Gòn Giải Phóng đưa tin.",
        "Học tập và làm theo tư tưởng Hồ Chí Minh, Chủ tịch Hồ Chí Minh.",
        "Bộ trưởng và Thứ trưởng dự hội nghị; Sở ngành phối hợp.",
        "Kênh VTV1 và VOV2 phát sóng trực tiếp.",
        "Thành phố Thông minh là mục tiêu; Bộ chỉ số DTI gồm 3 trụ cột.",
    ],
)
def test_no_false_matches_on_common_words(text: str) -> None:
    assert mentions(text) == []


def test_word_boundaries() -> None:
    assert mentions("Long An, Long Anh, Long Antoine") == [("Long An", "Long An", "province")]
    assert mentions("Hà Nam, Hà Nami") == [("Hà Nam", "Hà Nam", "province")]


def test_longest_match_wins() -> None:
    text = "Đại học Quốc gia Hà Nội, Ngân hàng Nhà nước Việt Nam, Bảo hiểm xã hội Việt Nam và Việt Nam."
    assert mentions(text) == [
        ("Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội", "agency"),
        ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam", "ministry"),
        ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam", "agency"),
        ("Việt Nam", "Việt Nam", "country"),
    ]


def test_bodies_and_abbreviations() -> None:
    text = (
        "Bộ TT&TT công bố; Bộ Y tế, Bộ Thông tin và truyền thông đạt 100%; NHNN, BHXH Việt Nam, "
        "Viện Hàn lâm KH&CN Việt Nam và Ủy ban quản lý vốn nhà nước tại doanh nghiệp tăng hạng."
    )
    assert [c for _, c, _ in mentions(text)] == [
        "Bộ Thông tin và Truyền thông",
        "Bộ Y tế",
        "Bộ Thông tin và Truyền thông",
        "Ngân hàng Nhà nước Việt Nam",
        "Bảo hiểm xã hội Việt Nam",
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
        "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    ]


def test_elided_ministry_lists() -> None:
    text = "Dẫn đầu khối bộ là các bộ: Tư pháp, Nội vụ, Tài nguyên và Môi trường."
    assert mentions(text) == [
        ("Tư pháp", "Bộ Tư pháp", "ministry"),
        ("Nội vụ", "Bộ Nội vụ", "ministry"),
        ("Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", "ministry"),
    ]
    assert [c for _, c, _ in mentions("Bộ Công an, Quốc phòng và Ngoại giao")] == [
        "Bộ Công an",
        "Bộ Quốc phòng",
        "Bộ Ngoại giao",
    ]
    # a full local unit after the comma is not an elided ministry
    assert mentions("Bộ Tài chính, Công an tỉnh Nghệ An")[1][1:] == ("Công an tỉnh", "local_unit")


def test_local_units_by_pattern() -> None:
    text = (
        "Sở Thông tin và Truyền thông, Sở Du lịch, Sở Nội vụ là 3 đơn vị dẫn đầu; Sở TT&TT, "
        "Sở KH&ĐT, Sở LĐ-TB&XH; UBND quận Thanh Khê, UBND quận Sơn Trà, UBND huyện Hòa Vang; "
        "Thanh tra thành phố, Văn phòng UBND tỉnh, Cục Hải quan; Quận 1; thị xã Quảng Trị."
    )
    assert mentions(text) == [
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "local_unit"),
        ("Sở Du lịch", "Sở Du lịch", "local_unit"),
        ("Sở Nội vụ", "Sở Nội vụ", "local_unit"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông", "local_unit"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", "local_unit"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", "local_unit"),
        ("UBND quận Thanh Khê", "UBND quận Thanh Khê", "local_unit"),
        ("UBND quận Sơn Trà", "UBND quận Sơn Trà", "local_unit"),
        ("UBND huyện Hòa Vang", "UBND huyện Hòa Vang", "local_unit"),
        ("Thanh tra thành phố", "Thanh tra thành phố", "local_unit"),
        ("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", "local_unit"),
        ("Cục Hải quan", "Cục Hải quan", "local_unit"),
        ("Quận 1", "UBND quận 1", "local_unit"),
        ("thị xã Quảng Trị", "UBND thị xã Quảng Trị", "local_unit"),
    ]


def test_local_unit_containing_a_place_is_one_mention() -> None:
    found = find_entities(
        "Bảo hiểm xã hội tỉnh Quảng Nam, Sở Du lịch Đà Nẵng, BHXH TP.HCM và UBND huyện Hòa Vang xếp đầu."
    )
    assert [(m.surface, m.canonical, m.entity_type, m.parent) for m in found] == [
        ("Bảo hiểm xã hội tỉnh Quảng Nam", "Bảo hiểm xã hội", "local_unit", "Quảng Nam"),
        ("Sở Du lịch Đà Nẵng", "Sở Du lịch", "local_unit", "Đà Nẵng"),
        ("BHXH TP.HCM", "Bảo hiểm xã hội", "local_unit", "Hồ Chí Minh"),
        ("UBND huyện Hòa Vang", "UBND huyện Hòa Vang", "local_unit", None),
    ]


def test_level_word_kept_only_when_written() -> None:
    found = find_entities(
        "Thanh tra thành phố Đà Nẵng, BHXH Đà Nẵng, Công an tỉnh, Công an và Bảo hiểm xã hội."
    )
    assert [(m.canonical, m.parent) for m in found] == [
        ("Thanh tra thành phố", "Đà Nẵng"),
        ("Bảo hiểm xã hội", "Đà Nẵng"),
        ("Công an tỉnh", None),
        ("Bảo hiểm xã hội", None),  # bare "Công an" is too generic; bare BHXH is a unit
    ]


def test_district_names_with_apostrophes() -> None:
    assert mentions("UBND huyện Cư M'gar và huyện Đắk R’lấp tăng hạng.") == [
        ("UBND huyện Cư M'gar", "UBND huyện Cư M'gar", "local_unit"),
        ("huyện Đắk R’lấp", "UBND huyện Đắk R’lấp", "local_unit"),
    ]


def test_a_number_after_a_name_is_not_part_of_it() -> None:
    """"theo sau là TP.HCM 85,5 điểm": the score is no part of the city's name; "Quận 3" keeps its number."""
    assert mentions("Theo sau là TP.HCM 85,5 điểm và Quận 3 với 80 điểm.") == [
        ("TP.HCM", "Hồ Chí Minh", "province"),
        ("Quận 3", "UBND quận 3", "local_unit"),
    ]


def test_city_inside_a_province_of_the_same_name_is_a_local_unit() -> None:
    # before 2025 Huế was a city inside Thừa Thiên Huế; from 2025-01-01 it is the province-level city
    assert mentions("UBND thành phố Huế đứng đầu khối địa phương.", "2023-03-14") == [
        ("UBND thành phố Huế", "UBND thành phố Huế", "local_unit")
    ]
    assert mentions("UBND thành phố Huế ban hành kế hoạch.", "2025-09-01") == [
        ("thành phố Huế", "Huế", "province")
    ]
    assert mentions("thành phố Bắc Ninh và tỉnh Bắc Ninh") == [
        ("thành phố Bắc Ninh", "UBND thành phố Bắc Ninh", "local_unit"),
        ("tỉnh Bắc Ninh", "Bắc Ninh", "province"),
    ]


def test_countries_for_egdi() -> None:
    text = "Việt Nam đứng thứ 6/11 Đông Nam Á, sau Singapore, Malaysia, Thái Lan, Brunei và Philippines; Lào Cai."
    assert [(c, t) for _, c, t in mentions(text)] == [
        ("Việt Nam", "country"),
        ("Singapore", "country"),
        ("Malaysia", "country"),
        ("Thái Lan", "country"),
        ("Brunei", "country"),
        ("Philippines", "country"),
        ("Lào Cai", "province"),
    ]


def test_city_prefix_before_a_province_is_the_province() -> None:
    assert mentions("UBND thành phố Đà Nẵng ban hành kế hoạch.") == [
        ("thành phố Đà Nẵng", "Đà Nẵng", "province")
    ]
    assert mentions("UBND tỉnh Quảng Nam") == [("tỉnh Quảng Nam", "Quảng Nam", "province")]
    assert mentions("TP Thủ Đức") == [("TP Thủ Đức", "UBND thành phố Thủ Đức", "local_unit")]


def test_ban_quan_ly_pattern() -> None:
    found = find_entities("Ban Quản lý Khu công nghệ cao và các Khu công nghiệp Đà Nẵng đứng thứ 3.")
    assert len(found) == 1
    m = found[0]
    assert m.canonical == "Ban Quản lý Khu công nghệ cao và các Khu công nghiệp"
    assert m.parent == "Đà Nẵng" and m.entity_type == "local_unit"
    # the agency with the same head word stays an agency
    assert mentions("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh")[0][2] == "agency"


def test_all_caps_headline() -> None:
    assert [c for _, c, _ in mentions("ĐÀ NẴNG DẪN ĐẦU, TỈNH QUẢNG NINH THỨ HAI")] == [
        "Đà Nẵng",
        "Quảng Ninh",
    ]


def test_every_province_name_is_found_in_a_sentence() -> None:
    for ent in load().provinces:
        text = f"Năm 2023, {ent.canonical} xếp thứ 10/63."
        found = find_entities(text, "2023-01-01" if ent.valid_to else "2025-08-01")
        assert len(found) == 1 and found[0].surface == ent.canonical, ent.canonical
        for alias in ent.aliases:
            if alias == "Huế":
                continue  # date-dependent, tested above
            assert lookup(alias, ent.valid_from or "2020-01-01") == (ent.canonical, "province"), alias


# ----------------------------------------------------------------------------------- normalize_vi


def test_normalize_vi_places_tones_and_keeps_length() -> None:
    text = "Hoà Bình,  Khánh Hoà (Thanh Hoá) – Uỷ ban: THUỶ  điện; nghành."
    out = normalize_vi(text)
    assert len(out) == len(text)
    assert out == "Hòa Bình,  Khánh Hòa (Thanh Hóa) – Ủy ban: THỦY  điện; nghành."
    # decomposed input: length equals the NFC form's
    nfd = unicodedata.normalize("NFD", "Khánh Hoà")
    assert normalize_vi(nfd) == "Khánh Hòa"
    assert normalize_vi("Ðà Nẵng") == "Đà Nẵng"  # Icelandic eth look-alike


def test_non_nfc_input_still_matches() -> None:
    nfd = unicodedata.normalize("NFD", "Tỉnh Quảng Nam dẫn đầu")
    found = find_entities(nfd)
    assert [m.canonical for m in found] == ["Quảng Nam"]


def test_short_names_of_units_named_in_full_leave_out_names_of_provinces() -> None:
    """"Thành phố Bắc Ninh" and "Thị xã Quế Võ" in one article: "Quế Võ" alone then means the town, but "Bắc Ninh"
    alone may mean the province, so it gets no short name. The province's other districts get theirs."""
    from pipeline.entities import unit_short_names

    names = unit_short_names("Thành phố Bắc Ninh xếp thứ 2, Thị xã Quế Võ xếp thứ 6.", "2020-06-01")
    assert names["Quế Võ"] == "UBND thị xã Quế Võ" and "Bắc Ninh" not in names
    assert names["Tiên Du"] == "UBND huyện Tiên Du" and names["Từ Sơn"] == "UBND thị xã Từ Sơn"


def test_short_names_of_the_districts_of_the_province_whose_ranking_it_is() -> None:
    """A district named in full tells the province ("huyện Krông Năng" is Đắk Lắk's), a name in many provinces
    ("huyện Châu Thành") tells none; the province may also be given. Each bare name keeps its kind of the day
    (Phú Quốc was a huyện until 2021 and a thành phố after)."""
    from pipeline.entities import unit_short_names

    names = unit_short_names("Huyện Krông Năng đạt 92,16 điểm.", "2025-01-10")
    assert names["Buôn Đôn"] == "UBND huyện Buôn Đôn" and names["Buôn Ma Thuột"] == "UBND thành phố Buôn Ma Thuột"
    assert "Cái Bè" not in unit_short_names("Huyện Châu Thành đạt 92,16 điểm.", "2025-01-10")
    assert unit_short_names("Năm 2020.", "2020-06-01", ("Kiên Giang",))["Phú Quốc"] == "UBND huyện Phú Quốc"
    assert unit_short_names("Năm 2022.", "2022-06-01", ("Kiên Giang",))["Phú Quốc"] == "UBND thành phố Phú Quốc"


def test_a_central_bodys_branch_never_takes_the_level_word() -> None:
    """GUIDELINES §7: "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh Nam Định" and "Cục Thuế" are one unit, named
    by its local name; a provincial body ("Văn phòng UBND tỉnh", "Thanh tra tỉnh") keeps the level word."""
    found = find_entities("Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh Nam Định, Cục Thuế, Văn phòng UBND tỉnh và Thanh tra tỉnh.")
    assert [m.canonical for m in found] == [
        "Cục Thuế", "Kho bạc Nhà nước", "Cục Thuế", "Văn phòng UBND tỉnh", "Thanh tra tỉnh",
    ]


def test_a_lone_level_word_after_a_department_is_part_of_its_mention() -> None:
    """"Sở Nội vụ tỉnh và Sở Y tế": the mention spans "tỉnh" (so the list reads on), the name stays "Sở Nội vụ"."""
    found = find_entities("Xếp sau là Sở Nội vụ tỉnh và Sở Y tế.")
    assert [(m.surface, m.canonical) for m in found] == [("Sở Nội vụ tỉnh", "Sở Nội vụ"), ("Sở Y tế", "Sở Y tế")]
