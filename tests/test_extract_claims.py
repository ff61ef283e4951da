"""One test per claim shape, each on a sentence written for the test (not taken from the seeds).

Every test asserts the exact set of facts (key + attributes), so a spurious extra fact fails too.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_article
from pipeline.model import Article

KEYS = ("entity", "index", "component", "group", "year", "rank", "rank_total", "top", "score", "rank_change")


def facts(text: str, title: str = "", date: str | None = "2023-07-20", url: str = "test://claims") -> set[tuple]:
    """The facts of an article as comparable tuples (no evidence fields); `url` for a site's own province."""
    article = Article(url=url, title=title, text=text, date=date)
    return {tuple(getattr(f, k) for k in KEYS) for f in extract_article(article)}


def F(entity: str, index: str, year: int | None, *, component: str | None = None, group: str | None = None,
      rank: int | None = None, total: int | None = None, top: int | None = None, score: float | None = None,
      change: int | None = None) -> tuple:
    return (entity, index, component, group, year, rank, total, top, score, change)


DTI22 = "Theo kết quả Chỉ số chuyển đổi số (DTI) năm 2022 do Bộ TT&TT công bố, "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nghệ An xếp thứ 9.", F("Nghệ An", "dti", 2022, rank=9)),
        ("tỉnh Gia Lai đứng thứ 7 cả nước.", F("Gia Lai", "dti", 2022, rank=7)),
        ("Kiên Giang ở vị trí thứ 21/63 tỉnh, thành phố.", F("Kiên Giang", "dti", 2022, rank=21, total=63)),
        ("Phú Yên hạng 36.", F("Phú Yên", "dti", 2022, rank=36)),
        ("Sóc Trăng xếp hạng 44/63.", F("Sóc Trăng", "dti", 2022, rank=44, total=63)),
        ("Lâm Đồng đứng thứ 12 trên 63 tỉnh, thành phố.", F("Lâm Đồng", "dti", 2022, rank=12, total=63)),
        ("Bình Định xếp thứ nhì.", F("Bình Định", "dti", 2022, rank=2)),
        ("Khánh Hòa xếp thứ ba.", F("Khánh Hòa", "dti", 2022, rank=3)),
        ("Hà Nội dẫn đầu.", F("Hà Nội", "dti", 2022, rank=1)),
        ("Bộ Y tế đứng đầu khối bộ, ngành.", F("Bộ Y tế", "dti", 2022, rank=1)),
        ("Bộ Công Thương xếp thứ nhất.", F("Bộ Công Thương", "dti", 2022, rank=1)),
        ("TP Cần Thơ giữ vị trí số 1.", F("Cần Thơ", "dti", 2022, rank=1)),
    ],
)
def test_rank_shapes(sentence: str, expected: tuple) -> None:
    assert facts(DTI22 + sentence) == {expected}


def test_last_place_with_field_size_is_rank_equal_total() -> None:
    got = facts(DTI22 + "Bộ Ngoại giao xếp vị trí cuối cùng trong 17 bộ, ngành có cung cấp dịch vụ công.")
    assert got == {F("Bộ Ngoại giao", "dti", 2022, rank=17, total=17)}


def test_last_place_without_size_gives_nothing() -> None:
    assert facts(DTI22 + "Bộ Ngoại giao xếp cuối bảng.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bình Phước lọt top 5.", {F("Bình Phước", "dti", 2022, top=5)}),
        ("Long An lần đầu vào nhóm 10 địa phương dẫn đầu.", {F("Long An", "dti", 2022, top=10)}),
        (
            "3 tỉnh đứng đầu là Hậu Giang, Vĩnh Long và Trà Vinh.",
            {F(e, "dti", 2022, top=3) for e in ("Hậu Giang", "Vĩnh Long", "Trà Vinh")},
        ),
    ],
)
def test_top_n(sentence: str, expected: set) -> None:
    assert facts(DTI22 + sentence) == expected


def test_top_dropped_when_exact_rank_known() -> None:
    got = facts(DTI22 + "Bắc Ninh đứng top 3. Cụ thể, Bắc Ninh xếp thứ 2.")
    assert got == {F("Bắc Ninh", "dti", 2022, rank=2)}


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("Ninh Bình đạt 0,5831.", 0.5831),
        ("Ninh Bình đạt 0,5831 điểm.", 0.5831),
        ("Ninh Bình đạt 0,84/1 điểm.", 0.84),
    ],
)
def test_scores(sentence: str, score: float) -> None:
    assert facts(DTI22 + sentence) == {F("Ninh Bình", "dti", 2022, score=score)}


LOCAL21 = "Kết quả xếp hạng chuyển đổi số năm 2021 của các sở, ban, ngành trên địa bàn tỉnh: "


@pytest.mark.parametrize(
    ("sentence", "score"),
    [("Sở Tư pháp đạt 785,5/1000 điểm.", 785.5), ("Sở Tư pháp có 99,87 điểm.", 99.87)],
)
def test_point_scores_of_a_provinces_own_ranking(sentence: str, score: float) -> None:
    assert facts(LOCAL21 + sentence) == {F("Sở Tư pháp", "local", 2021, score=score)}


def test_point_scores_are_impossible_for_a_province_in_dti() -> None:
    """DTI values lie in [0, 1]: "99,87 điểm" for a province is a misreading, dropped (plausibility)."""
    assert facts(DTI22 + "Ninh Bình có 99,87 điểm.") == set()


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Quảng Trị tăng 34 bậc.", 34),
        ("Quảng Trị giảm 1 bậc.", -1),
        ("Quảng Trị giảm một bậc.", -1),
        ("Quảng Trị tụt 3 hạng.", -3),
        ("Quảng Trị tăng 5 bậc so với năm 2021.", 5),
    ],
)
def test_rank_changes(sentence: str, change: int) -> None:
    assert facts(DTI22 + sentence) == {F("Quảng Trị", "dti", 2022, change=change)}


def test_several_entities_share_one_change() -> None:
    got = facts(DTI22 + "Điện Biên và Sơn La đều giảm 9 bậc.")
    assert got == {F("Điện Biên", "dti", 2022, change=-9), F("Sơn La", "dti", 2022, change=-9)}


def test_previous_year_statement() -> None:
    got = facts(DTI22 + "Thái Bình xếp thứ 15; năm 2021 xếp thứ 3.")
    assert got == {F("Thái Bình", "dti", 2022, rank=15), F("Thái Bình", "dti", 2021, rank=3)}


def test_from_last_to_second_gives_later_year() -> None:
    got = facts(DTI22 + "Bộ Y tế đã tăng 9 bậc từ xếp cuối vào năm 2021 lên xếp thứ 4 vào năm 2022.")
    assert got == {F("Bộ Y tế", "dti", 2022, rank=4, change=9)}


def test_two_earlier_first_places() -> None:
    got = facts(DTI22 + "Sau hai lần dẫn đầu vào các năm 2020 và 2021, Bộ Công Thương xếp thứ ba.")
    assert got == {
        F("Bộ Công Thương", "dti", 2020, rank=1),
        F("Bộ Công Thương", "dti", 2021, rank=1),
        F("Bộ Công Thương", "dti", 2022, rank=3),
    }


def test_ordered_list_lan_luot_ordinals() -> None:
    got = facts(DTI22 + "Hưng Yên, Hải Dương và Nam Định lần lượt xếp thứ 4, 5 và 6.")
    assert got == {F("Hưng Yên", "dti", 2022, rank=4), F("Hải Dương", "dti", 2022, rank=5),
                   F("Nam Định", "dti", 2022, rank=6)}


def test_ordered_list_leading_positions() -> None:
    got = facts(DTI22 + "Vĩnh Phúc, Thái Nguyên lần lượt đứng ở các vị trí dẫn đầu.")
    assert got == {F("Vĩnh Phúc", "dti", 2022, rank=1), F("Thái Nguyên", "dti", 2022, rank=2)}


def test_ordered_list_continues_with_ministries_short_names() -> None:
    got = facts(DTI22 + "Bộ Công Thương xếp thứ nhất, Bộ Y tế xếp thứ hai; tiếp theo là các bộ: Xây dựng, Nội vụ.")
    assert got == {
        F("Bộ Công Thương", "dti", 2022, rank=1), F("Bộ Y tế", "dti", 2022, rank=2),
        F("Bộ Xây dựng", "dti", 2022, rank=3), F("Bộ Nội vụ", "dti", 2022, rank=4),
    }


def test_xep_sau_uses_the_anchor_rank() -> None:
    got = facts(DTI22 + "Quảng Nam xếp thứ 11. Xếp sau Quảng Nam là Hà Nam và Ninh Thuận.")
    assert got == {F("Quảng Nam", "dti", 2022, rank=11), F("Hà Nam", "dti", 2022, rank=12),
                   F("Ninh Thuận", "dti", 2022, rank=13)}


def test_leaders_with_scores_in_order() -> None:
    text = ("UBND tỉnh công bố xếp hạng chuyển đổi số năm 2022 của các sở, ban, ngành trên địa bàn tỉnh. "
            "Sở Tư pháp, Sở Y tế, Sở Xây dựng là 3 đơn vị dẫn đầu với số điểm lần lượt là 91,5 điểm, 90,25 điểm, "
            "88 điểm.")
    got = facts(text)
    assert got == {
        F("Sở Tư pháp", "local", 2022, rank=1, score=91.5),
        F("Sở Y tế", "local", 2022, rank=2, score=90.25),
        F("Sở Xây dựng", "local", 2022, rank=3, score=88.0),
    }


def test_one_entity_several_components() -> None:
    got = facts(DTI22 + "Bắc Giang xếp thứ 6 về tổng thể; thứ hai về kinh tế số; thứ 9 về xã hội số.")
    assert got == {
        F("Bắc Giang", "dti", 2022, rank=6),
        F("Bắc Giang", "dti", 2022, component="kinh tế số", rank=2),
        F("Bắc Giang", "dti", 2022, component="xã hội số", rank=9),
    }


def test_component_opening_applies_per_clause() -> None:
    got = facts(DTI22 + "Về chính quyền số, Tây Ninh đứng đầu; về hạ tầng số, Đồng Tháp dẫn đầu.")
    assert got == {
        F("Tây Ninh", "dti", 2022, component="chính quyền số", rank=1),
        F("Đồng Tháp", "dti", 2022, component="hạ tầng số", rank=1),
    }


def test_egdi_groups() -> None:
    text = ("Theo khảo sát Chính phủ điện tử năm 2018 của Liên Hợp Quốc, Việt Nam xếp hạng thứ 88/193 quốc gia, "
            "26/47 châu Á và 6/11 Đông Nam Á.")
    got = facts(text, date="2018-08-01")
    assert got == {
        F("Việt Nam", "egdi", 2018, rank=88, total=193),
        F("Việt Nam", "egdi", 2018, group="châu Á", rank=26, total=47),
        F("Việt Nam", "egdi", 2018, group="Đông Nam Á", rank=6, total=11),
    }


def test_dti_2024_over_34_merged_provinces() -> None:
    text = "Theo DTI năm 2024 tính cho 34 tỉnh, thành phố sau sắp xếp, Hưng Yên xếp thứ 9/34."
    got = facts(text, date="2025-08-01")
    assert got == {F("Hưng Yên", "dti", 2024, group="34 tỉnh, thành phố sau sắp xếp", rank=9, total=34)}


def test_ministry_block_without_public_services() -> None:
    text = DTI22 + "Trong khối bộ, ngành không cung cấp dịch vụ công, Viện Hàn lâm KHXH Việt Nam xếp thứ nhất."
    assert facts(text) == {
        F("Viện Hàn lâm Khoa học xã hội Việt Nam", "dti", 2022, group="bộ không cung cấp dịch vụ công", rank=1)
    }


def test_ict_application_and_ict_index_cues() -> None:
    app = facts("Theo báo cáo đánh giá mức độ ứng dụng CNTT năm 2018, Hà Tĩnh xếp thứ 30.", date="2019-06-01")
    assert app == {F("Hà Tĩnh", "ict_application", 2018, rank=30)}
    ict = facts("Theo Vietnam ICT Index 2017, Hà Tĩnh xếp thứ 31.", date="2017-12-01")
    assert ict == {F("Hà Tĩnh", "ict_index", 2017, rank=31)}


def test_other_ranking_is_index_other() -> None:
    got = facts("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của Đồng Nai xếp thứ 14/63.", date="2023-05-01")
    assert got == {F("Đồng Nai", "other", 2022, rank=14, total=63)}


def test_apposition_is_not_the_subject() -> None:
    text = ("Theo DTI năm 2024 tính lại cho 34 tỉnh, thành phố sau sắp xếp, tỉnh Lào Cai mới, hình thành từ hai tỉnh "
            "Lào Cai và Yên Bái, xếp thứ 20/34.")
    got = facts(text, date="2025-08-01")
    assert got == {F("Lào Cai", "dti", 2024, group="34 tỉnh, thành phố sau sắp xếp", rank=20, total=34)}


def test_clause_names_its_own_index() -> None:
    got = facts("Ở bảng xếp hạng PAPI 2022, Nam Định dẫn đầu cả nước; về DTI, tỉnh đứng thứ 8.", date="2023-07-20")
    assert got == {F("Nam Định", "other", 2022, rank=1), F("Nam Định", "dti", 2022, rank=8)}


def test_score_list_separated_by_semicolons() -> None:
    text = DTI22 + ("Ba đơn vị dẫn đầu lần lượt là Bộ Y tế, Bộ Xây dựng và Bảo hiểm xã hội Việt Nam, với số điểm lần lượt "
                    "là 0,7101; 0,6902 và 0,6555.")
    assert facts(text) == {
        F("Bộ Y tế", "dti", 2022, rank=1, score=0.7101),
        F("Bộ Xây dựng", "dti", 2022, rank=2, score=0.6902),
        F("Bảo hiểm xã hội Việt Nam", "dti", 2022, rank=3, score=0.6555),
    }


def test_this_pillar_refers_back() -> None:
    text = DTI22 + "Về xã hội số, Bến Tre đứng đầu. Trà Vinh, tỉnh láng giềng, chỉ xếp thứ 9 ở trụ cột này."
    assert facts(text) == {
        F("Bến Tre", "dti", 2022, component="xã hội số", rank=1),
        F("Trà Vinh", "dti", 2022, component="xã hội số", rank=9),
    }


def test_bracketed_previous_year_rank() -> None:
    got = facts("Theo DTI 2023, Phú Thọ xếp thứ 10, tăng 5 bậc so với năm 2022 (hạng 15).", date="2024-06-25")
    assert got == {F("Phú Thọ", "dti", 2023, rank=10, change=5), F("Phú Thọ", "dti", 2022, rank=15)}


def test_places_without_lan_luot_follow_the_order_of_names() -> None:
    got = facts(DTI22 + "Hải Dương, Hưng Yên giữ vị trí thứ 7 và thứ 8.")
    assert got == {F("Hải Dương", "dti", 2022, rank=7), F("Hưng Yên", "dti", 2022, rank=8)}


def test_tie_shares_rank_and_score() -> None:
    text = ("UBND tỉnh công bố xếp hạng chuyển đổi số năm 2023 của các sở, ban, ngành. "
            "Sở Tài chính và Sở Tư pháp cùng xếp thứ 2, đạt 95,4 điểm.")
    assert facts(text, date="2024-03-01") == {
        F("Sở Tài chính", "local", 2023, rank=2, score=95.4),
        F("Sở Tư pháp", "local", 2023, rank=2, score=95.4),
    }


def test_this_unit_last_year() -> None:
    text = ("UBND tỉnh công bố xếp hạng chuyển đổi số năm 2023 của các sở, ban, ngành. Sở Y tế xếp thứ 3. "
            "Năm ngoái, đơn vị này xếp thứ 8.")
    assert facts(text, date="2023-12-28") == {
        F("Sở Y tế", "local", 2023, rank=3),
        F("Sở Y tế", "local", 2022, rank=8),
    }


def test_service_block_switches_within_a_paragraph() -> None:
    text = ("Theo DTI năm 2022, trong khối không cung cấp dịch vụ công, Ủy ban Dân tộc xếp thứ nhất. "
            "Trong khối có cung cấp dịch vụ công, Bộ Y tế xếp thứ 3.")
    assert facts(text) == {
        F("Ủy ban Dân tộc", "dti", 2022, group="bộ không cung cấp dịch vụ công", rank=1),
        F("Bộ Y tế", "dti", 2022, rank=3),
    }


def test_respectively_scores_and_changes() -> None:
    got = facts(DTI22 + "Hà Nam và Ninh Bình lần lượt đạt 0,4811 và 0,4702 điểm. Hà Nam và Ninh Bình lần lượt tăng 3 và 5 bậc.")
    # Two sentences, so two facts per province: each value keeps the sentence that states it.
    assert got == {
        F("Hà Nam", "dti", 2022, score=0.4811), F("Hà Nam", "dti", 2022, change=3),
        F("Ninh Bình", "dti", 2022, score=0.4702), F("Ninh Bình", "dti", 2022, change=5),
    }


def test_each_value_keeps_the_sentence_that_states_it() -> None:
    article = Article(url="test://evidence", title="", date="2023-07-20", text=(
        DTI22 + "Cao Bằng xếp thứ 40/63.\n\nVề điểm số, Cao Bằng đạt 0,3921 điểm, tăng 0,05 điểm so với năm trước."))
    by_attribute = {a: f.sentence for f in extract_article(article) for a in ("rank", "score") if getattr(f, a) is not None}
    assert "xếp thứ 40/63" in by_attribute["rank"] and "0,3921" not in by_attribute["rank"]
    assert "0,3921" in by_attribute["score"]
    # The same value stated twice is one claim, with the first sentence that states it.
    twice = extract_article(Article(url="test://twice", title="Chuyển đổi số ở Cao Bằng", date="2023-07-20",
                                    text=DTI22 + "Cao Bằng xếp thứ 40/63.\n\nNăm 2022, Cao Bằng xếp thứ 40/63 về DTI."))
    assert [(f.rank, f.rank_total) for f in twice] == [(40, 63)] and twice[0].sentence.startswith("Theo kết quả")


def test_merged_field_holds_for_the_paragraph() -> None:
    text = ("Với bảng tính lại theo 34 tỉnh, thành phố sau sắp xếp, Hà Nội dẫn đầu. Quảng Ninh đứng thứ 2. "
            "Xét trên 63 tỉnh, Quảng Ninh đứng thứ 4.")
    group = "34 tỉnh, thành phố sau sắp xếp"
    assert facts(text, title="DTI 2024", date="2025-07-20") == {
        F("Hà Nội", "dti", 2024, group=group, rank=1),
        F("Quảng Ninh", "dti", 2024, group=group, rank=2),
        F("Quảng Ninh", "dti", 2024, rank=4),
    }


def test_position_left_behind_without_its_year_is_not_the_current_rank() -> None:
    got = facts(DTI22 + "Bến Tre vươn từ vị trí 48 lên vị trí 30/63.")
    assert got == {F("Bến Tre", "dti", 2022, rank=30, total=63)}


def test_dated_position_left_behind_opening_the_sentence_belongs_to_the_subject_after_it() -> None:
    got = facts("Từ vị trí 55/63 năm 2021, Hà Giang đã vươn lên xếp thứ 30/63 về chỉ số DTI năm 2022.")
    assert got == {F("Hà Giang", "dti", 2021, rank=55, total=63), F("Hà Giang", "dti", 2022, rank=30, total=63)}


def test_change_takes_the_year_of_the_position_it_leads_to() -> None:
    got = facts("Từ vị trí thứ 40 vào năm 2020, tỉnh Lai Châu đã tăng 12 bậc, xếp thứ 28 về chỉ số DTI năm 2021.")
    assert got == {F("Lai Châu", "dti", 2020, rank=40), F("Lai Châu", "dti", 2021, rank=28, change=12)}


def test_de_after_a_realised_change_is_its_result_not_a_plan() -> None:
    assert facts(DTI22 + "Tỉnh Lai Châu đã tăng 12 bậc để xếp thứ 28.") == {F("Lai Châu", "dti", 2022, rank=28, change=12)}
    # A plan stays a plan: "phấn đấu … để xếp thứ 20" is no fact.
    assert facts(DTI22 + "Năm nay Điện Biên phấn đấu tăng 5 bậc để xếp thứ 20.") == set()


def test_a_portal_dateline_is_the_outlet_not_a_component() -> None:
    text = ("Cổng thông tin điện tử tỉnh Bình Phước – Theo kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022, "
            "Bình Phước xếp thứ 33/63 với 0,4102 điểm.")
    assert facts(text) == {F("Bình Phước", "dti", 2022, rank=33, total=63, score=0.4102)}
    # The portal as an ICT-application component is still one.
    assert facts("Về cổng thông tin điện tử, Nam Định xếp thứ 4 về mức độ ứng dụng CNTT năm 2018.") == {
        F("Nam Định", "ict_application", 2018, component="cổng thông tin điện tử", rank=4)}


def test_ranked_list_lines_with_a_dash_and_a_colon() -> None:
    text = ("Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, năm địa phương đứng đầu:\n\n"
            "Hạng 1 – Đà Nẵng: 0,6531 điểm\nHạng 2 – Hải Phòng: 0,6120 điểm\nHạng 3 – TP. Hồ Chí Minh: 0,5988 điểm")
    assert facts(text, title="Năm địa phương dẫn đầu DTI 2023", date="2024-07-02") == {
        F("Đà Nẵng", "dti", 2023, rank=1, score=0.6531), F("Hải Phòng", "dti", 2023, rank=2, score=0.612),
        F("Hồ Chí Minh", "dti", 2023, rank=3, score=0.5988)}


def test_a_year_in_a_later_clause_belongs_to_that_clause() -> None:
    text = ("Theo bộ chỉ số chuyển đổi số năm 2023 của tỉnh Gia Lai, Sở Tư pháp đứng đầu khối sở, ngành. "
            "Sở Xây dựng đứng thứ ba với 88,4 điểm, tăng 5 bậc; năm ngoái, đơn vị này đứng thứ 8.")
    got = facts(text, title="Gia Lai công bố xếp hạng chuyển đổi số năm 2023 của các sở, ngành", date="2023-12-20")
    assert F("Sở Xây dựng", "local", 2023, rank=3, score=88.4, change=5) in got
    assert F("Sở Xây dựng", "local", 2022, rank=8) in got


def test_a_clause_after_a_semicolon_with_its_own_claim_is_not_part_of_the_list_before() -> None:
    text = DTI22 + "dẫn đầu khối bộ, ngành năm 2022 là Bộ Tư pháp; Bộ Y tế và Bộ Xây dựng lần lượt xếp thứ hai và thứ ba."
    assert facts(text) == {F("Bộ Tư pháp", "dti", 2022, rank=1), F("Bộ Y tế", "dti", 2022, rank=2),
                           F("Bộ Xây dựng", "dti", 2022, rank=3)}


def test_a_score_in_a_target_is_not_a_result() -> None:
    text = DTI22 + "Bộ Khoa học và Công nghệ kỳ vọng các địa phương trong nhóm dẫn đầu đều đạt trên 0,7 điểm."
    assert facts(text) == set()
