"""Shapes of real Vietnamese press (issue #10), each in sentences written for this test.

The real articles these shapes were found in are not committed (they are other people's text); these
sentences show the same shape so CI, which has no cache of real pages, guards every fix.
"""

from __future__ import annotations

import pytest

from pipeline.extract import _opens_off_domain
from pipeline.patterns import find_cues
from tests.test_extract_claims import DTI22, F, facts

LOCAL23 = "Kết quả xếp hạng chuyển đổi số năm 2023 của các sở, ban, ngành và địa phương trên địa bàn tỉnh. "


def test_rank_with_field_needs_no_thu() -> None:
    """"xếp 27/63" is a position: the field size says so even without "thứ"."""
    assert facts(DTI22 + "Kinh tế số của Yên Bái xếp 27/63.") == {
        F("Yên Bái", "dti", 2022, component="kinh tế số", rank=27, total=63)
    }


def test_year_in_brackets_keeps_its_field() -> None:
    assert facts(DTI22 + "Lào Cai xếp thứ 27/63, tăng 13 bậc so với năm 2021 (xếp thứ 40/63).") == {
        F("Lào Cai", "dti", 2022, rank=27, total=63, change=13),
        F("Lào Cai", "dti", 2021, rank=40, total=63),
    }


def test_several_leaders_without_order_are_a_top_group() -> None:
    got = facts(LOCAL23 + "Sở Tư pháp, Sở Y tế và Sở Nội vụ dẫn đầu khối sở, ngành.")
    assert got == {F(u, "local", 2023, top=3) for u in ("Sở Tư pháp", "Sở Y tế", "Sở Nội vụ")}


def test_leaders_named_after_the_cue_are_a_top_group() -> None:
    got = facts(LOCAL23 + "Có thứ hạng dẫn đầu khối sở là Sở Tư pháp, Sở Y tế và Sở Nội vụ.")
    assert got == {F(u, "local", 2023, top=3) for u in ("Sở Tư pháp", "Sở Y tế", "Sở Nội vụ")}


def test_a_shared_first_place_stays_rank_one() -> None:
    assert facts(DTI22 + "Hà Nam và Nam Định cùng dẫn đầu.") == {
        F("Hà Nam", "dti", 2022, rank=1), F("Nam Định", "dti", 2022, rank=1)
    }


@pytest.mark.parametrize("opening", ["Xếp liền sau là", "Kế đó là", "Tiếp đến là", "Các vị trí tiếp theo lần lượt thuộc về"])
def test_continuation_lists_count_on_from_the_sentence_before(opening: str) -> None:
    text = DTI22 + "Hải Dương dẫn đầu. " + opening + " Ninh Bình, Thái Bình và Hưng Yên."
    assert facts(text) == {
        F("Hải Dương", "dti", 2022, rank=1), F("Ninh Bình", "dti", 2022, rank=2),
        F("Thái Bình", "dti", 2022, rank=3), F("Hưng Yên", "dti", 2022, rank=4),
    }


def test_continuation_list_members_keep_their_bracketed_scores() -> None:
    text = DTI22 + "Phú Yên dẫn đầu. Tiếp theo là Khánh Hòa (0,7122 điểm), Bình Định (0,7015 điểm) và Gia Lai (0,6931 điểm)."
    assert facts(text) == {
        F("Phú Yên", "dti", 2022, rank=1), F("Khánh Hòa", "dti", 2022, rank=2, score=0.7122),
        F("Bình Định", "dti", 2022, rank=3, score=0.7015), F("Gia Lai", "dti", 2022, rank=4, score=0.6931),
    }


def test_ordered_pair_with_scores_between_members() -> None:
    text = LOCAL23 + "Xếp thứ 2 và thứ 3 lần lượt là Sở Tư pháp với 88,72 điểm, Sở Y tế với 84,14 điểm."
    assert facts(text) == {
        F("Sở Tư pháp", "local", 2023, rank=2, score=88.72), F("Sở Y tế", "local", 2023, rank=3, score=84.14)
    }


def test_wards_and_communes_are_local_units_not_provinces() -> None:
    text = LOCAL23 + "Đối với cấp xã, phường Hòa Bình đứng đầu với 82,61 điểm; xã Tân Lập xếp thứ 2."
    assert facts(text) == {
        F("UBND phường Hòa Bình", "local", 2023, rank=1, score=82.61), F("UBND xã Tân Lập", "local", 2023, rank=2)
    }


def test_an_organisation_named_after_the_country_is_not_the_country() -> None:
    text = "Theo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Tổng công ty Bưu điện Việt Nam dẫn đầu khối doanh nghiệp."
    assert facts(text, date="2022-10-01") == set()


def test_many_years_at_the_top_is_no_one_year_claim() -> None:
    assert facts(DTI22 + "Đà Nẵng nhiều năm liền đứng đầu về chuyển đổi số.") == set()


def test_kept_position_as_in_a_year_names_no_row_for_that_year() -> None:
    text = ("Theo khảo sát Chính phủ điện tử năm 2020 của Liên Hợp Quốc, trong khu vực Đông Nam Á, Việt Nam xếp thứ 6 "
            "trong 11 nước, giữ nguyên vị trí như năm 2018.")
    got = facts(text, date="2020-07-12")
    assert F("Việt Nam", "egdi", 2020, group="Đông Nam Á", rank=6, total=11, change=0) in got
    assert not any(f[4] == 2018 for f in got)


def test_an_article_about_another_ranking_gives_index_other() -> None:
    text = ("Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của các bộ, ngành vừa được công bố. "
            "Bộ Nội vụ dẫn đầu với 91,2 điểm.")
    assert facts(text, date="2024-04-18") == {F("Bộ Nội vụ", "other", 2023, rank=1, score=91.2)}


@pytest.mark.parametrize("wording", ["là tỉnh duy nhất vượt 0,9 điểm", "có chỉ số trên dưới 0,9 điểm"])
def test_thresholds_are_not_scores(wording: str) -> None:
    assert facts(DTI22 + f"Bắc Ninh {wording}.") == set()


def test_the_score_after_a_threshold_is_the_score() -> None:
    assert facts(DTI22 + "Bắc Ninh là tỉnh duy nhất vượt 0,7 điểm (0,7139 điểm).") == {
        F("Bắc Ninh", "dti", 2022, score=0.7139)
    }


def test_a_value_given_for_comparison_belongs_to_the_year_compared() -> None:
    got = facts(DTI22 + "Cần Thơ đạt 0,6924, tăng 20,8% so với DTI 2021 (0,5731), xếp hạng 5/63, "
                "tăng 10 bậc so với năm 2021 (xếp hạng 15).")
    assert got == {
        F("Cần Thơ", "dti", 2022, rank=5, total=63, score=0.6924, change=10),
        F("Cần Thơ", "dti", 2021, rank=15, score=0.5731),
    }


def test_pillar_named_later_in_the_clause() -> None:
    got = facts(DTI22 + "Hà Tĩnh dẫn đầu các tỉnh ở chỉ số thể chế số; đứng thứ hai về chỉ số hạ tầng số.")
    assert got == {
        F("Hà Tĩnh", "dti", 2022, component="thể chế số", rank=1),
        F("Hà Tĩnh", "dti", 2022, component="hạ tầng số", rank=2),
    }


def test_several_pillars_share_one_rank() -> None:
    got = facts(DTI22 + "Bình Định đứng đầu ở cả ba trụ cột là chính quyền số, kinh tế số và xã hội số.")
    assert got == {F("Bình Định", "dti", 2022, component=c, rank=1) for c in ("chính quyền số", "kinh tế số", "xã hội số")}


def test_pillars_as_subjects_belong_to_the_province_before() -> None:
    text = DTI22 + "Vĩnh Long xếp thứ 12/63. Trong đó các chỉ số xếp hạng cao gồm: Thể chế số xếp thứ 1/63, An toàn thông tin mạng xếp thứ 4/63."
    assert facts(text) == {
        F("Vĩnh Long", "dti", 2022, rank=12, total=63),
        F("Vĩnh Long", "dti", 2022, component="thể chế số", rank=1, total=63),
        F("Vĩnh Long", "dti", 2022, component="an toàn thông tin mạng", rank=4, total=63),
    }


def test_pillar_value_lines_after_a_colon() -> None:
    text = DTI22 + "Điểm của Thái Nguyên trong từng trụ cột: Chính quyền số: 0,4513 (xếp hạng 5/63); Kinh tế số: 0,3019 (xếp hạng 14/63)."
    assert facts(text) == {
        F("Thái Nguyên", "dti", 2022, component="chính quyền số", rank=5, total=63, score=0.4513),
        F("Thái Nguyên", "dti", 2022, component="kinh tế số", rank=14, total=63, score=0.3019),
    }


def test_pillar_scores_named_before_their_values() -> None:
    text = ("Theo ICT Index 2022, Đà Nẵng dẫn đầu với chỉ số ICT Index là 0,9094, chỉ số hạ tầng kỹ thuật là 0,97, "
            "chỉ số hạ tầng nhân lực là 0,77.")
    assert facts(text, date="2023-05-10") == {
        F("Đà Nẵng", "ict_index", 2022, rank=1, score=0.9094),
        F("Đà Nẵng", "ict_index", 2022, component="hạ tầng kỹ thuật", score=0.97),
        F("Đà Nẵng", "ict_index", 2022, component="hạ tầng nhân lực", score=0.77),
    }


def test_anchor_before_and_after_get_their_places() -> None:
    assert facts(DTI22 + "Hòa Bình xếp thứ hai, sau Phú Yên và trên Quảng Bình.") == {
        F("Hòa Bình", "dti", 2022, rank=2), F("Phú Yên", "dti", 2022, rank=1), F("Quảng Bình", "dti", 2022, rank=3)
    }


@pytest.mark.parametrize(
    "tail", ["chỉ sau 3 tỉnh là Long An, Tiền Giang và Vĩnh Long", "theo sát Long An, Tiền Giang và Vĩnh Long"]
)
def test_several_bodies_ahead_without_order_are_the_top_group(tail: str) -> None:
    got = facts(DTI22 + f"Bến Tre đứng thứ 4, {tail}.")
    assert got == {F("Bến Tre", "dti", 2022, rank=4)} | {
        F(p, "dti", 2022, top=3) for p in ("Long An", "Tiền Giang", "Vĩnh Long")
    }


def test_a_count_that_does_not_match_the_place_gives_no_anchor_facts() -> None:
    assert facts(DTI22 + "Bến Tre đứng thứ 6, sau Long An và Tiền Giang.") == {F("Bến Tre", "dti", 2022, rank=6)}


def test_countries_in_another_ranking_are_not_the_un_survey() -> None:
    text = ("Chỉ số đổi mới sáng tạo toàn cầu (GII) năm 2023 vừa được công bố. Việt Nam được xếp hạng 46/132 quốc gia, "
            "tăng 2 bậc so với năm 2022. Trong ASEAN, Việt Nam xếp sau Singapore (xếp hạng 5).")
    got = facts(text, date="2023-09-28")
    assert F("Việt Nam", "other", 2023, rank=46, total=132, change=2) in got
    assert all(f[1] == "other" for f in got)


def test_countries_in_the_e_government_survey_stay_egdi_with_its_sub_indices_only() -> None:
    text = ("Theo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam xếp thứ 86/193; "
            "về an toàn thông tin mạng, Việt Nam xếp thứ 25.")
    got = facts(text, date="2022-10-01")
    assert F("Việt Nam", "egdi", 2022, rank=86, total=193) in got
    assert all(f[2] is None for f in got)  # no DTI pillar on a UN ranking


def test_points_written_with_a_percent_sign_and_a_place_before_its_subject() -> None:
    text = ("Chỉ số cải cách hành chính (PAR INDEX) năm 2022: đối với các bộ, đứng đầu là Bộ Nội vụ (91,77% điểm), "
            "xếp thứ nhì Bộ Tư pháp (90,63% điểm).")
    assert facts(text, date="2023-05-30") == {
        F("Bộ Nội vụ", "other", 2022, rank=1, score=91.77), F("Bộ Tư pháp", "other", 2022, rank=2, score=90.63)
    }


def test_world_rank_in_brackets() -> None:
    text = ("Theo Chỉ số thịnh vượng toàn cầu năm 2015, trong khu vực Đông Nam Á, xếp thứ 2 trong khu vực là "
            "Malaysia (thứ 44 thế giới).")
    assert facts(text, date="2015-11-05") == {
        F("Malaysia", "other", 2015, rank=44), F("Malaysia", "other", 2015, group="Đông Nam Á", rank=2)
    }


def test_earlier_years_values_in_brackets() -> None:
    text = ("Theo Chỉ số sẵn sàng AI của chính phủ năm 2023, Việt Nam đứng thứ 59/193 (năm 2022 con số này là 55/181), "
            "đạt 54,48 điểm (năm 2022 là 53,96 và 2021 là 51,82 điểm).")
    assert facts(text, date="2023-12-20") == {
        F("Việt Nam", "other", 2023, rank=59, total=193, score=54.48),
        F("Việt Nam", "other", 2022, rank=55, total=181, score=53.96),
        F("Việt Nam", "other", 2021, score=51.82),
    }


def test_an_averages_earlier_values_are_not_facts() -> None:
    text = ("Chỉ số mức độ ứng dụng CNTT trung bình của khối tỉnh năm 2019 tăng so với năm 2018 "
            "(năm 2018 là 0,65; năm 2019 là 0,72). Tuyên Quang xếp thứ 36/63.")
    assert facts(text, date="2020-08-27") == {F("Tuyên Quang", "ict_application", 2019, rank=36, total=63)}


def test_full_name_of_the_policy_pillar_with_its_bracketed_rank() -> None:
    text = ("Về mức độ ứng dụng công nghệ thông tin năm 2019, Thừa Thiên Huế dẫn đầu; nhiều chỉ số thành phần nằm trong "
            "top đầu như: Cung cấp dịch vụ công trực tuyến (xếp thứ 1/63); Cơ chế, chính sách và quy định cho ứng dụng "
            "CNTT (xếp thứ 9/63).")
    got = facts(text, date="2020-08-27")
    assert F("Thừa Thiên Huế", "ict_application", 2019, component="dịch vụ công trực tuyến", rank=1, total=63) in got
    assert F("Thừa Thiên Huế", "ict_application", 2019, component="cơ chế chính sách", rank=9, total=63) in got


def test_region_rank_after_a_regional_rank() -> None:
    text = ("Theo khảo sát Chính phủ điện tử năm 2020 của Liên Hợp Quốc, Việt Nam đứng thứ 86 trên thế giới, "
            "xếp hạng 24/47 tại châu Á, thứ 6/11 Đông Nam Á.")
    got = facts(text, date="2020-07-12")
    assert F("Việt Nam", "egdi", 2020, group="châu Á", rank=24, total=47) in got
    assert F("Việt Nam", "egdi", 2020, group="Đông Nam Á", rank=6, total=11) in got


def test_after_the_leader_opening_a_sentence_counts_on() -> None:
    text = DTI22 + "Đà Nẵng dẫn đầu. Sau Đà Nẵng là Thừa Thiên Huế, Bắc Ninh và Quảng Ninh."
    assert facts(text) == {
        F("Đà Nẵng", "dti", 2022, rank=1), F("Thừa Thiên Huế", "dti", 2022, rank=2),
        F("Bắc Ninh", "dti", 2022, rank=3), F("Quảng Ninh", "dti", 2022, rank=4),
    }


def test_runner_up_word() -> None:
    text = "Theo PCI 2019, Quảng Ninh chiếm ngôi quán quân, á quân Đồng Tháp đạt 72,10 điểm."
    assert facts(text, date="2020-05-06") == {
        F("Quảng Ninh", "other", 2019, rank=1), F("Đồng Tháp", "other", 2019, rank=2, score=72.1)
    }


def test_the_bodies_ahead_of_a_stated_place_are_the_top_group() -> None:
    text = ("Theo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, trong khu vực Đông Nam Á, Việt Nam xếp thứ 5; "
            "bốn nước có vị trí cao hơn Việt Nam là Singapore, Thái Lan, Malaysia và Indonesia.")
    got = facts(text, date="2024-09-18")
    assert {F(c, "egdi", 2024, group="Đông Nam Á", top=4) for c in ("Singapore", "Thái Lan", "Malaysia", "Indonesia")} <= got


def test_countries_of_other_rankings_are_known() -> None:
    text = ("Theo GII 2023 của WIPO, các nước xếp trên Việt Nam gồm Trung Quốc (xếp hạng 12), Bulgaria (xếp hạng 38) "
            "và Thổ Nhĩ Kỳ (xếp hạng 39).")
    got = facts(text, date="2023-09-28")
    assert {F("Trung Quốc", "other", 2023, rank=12), F("Bulgaria", "other", 2023, rank=38),
            F("Thổ Nhĩ Kỳ", "other", 2023, rank=39)} <= got


def test_a_person_named_after_a_country_is_not_the_country() -> None:
    assert facts("Theo GII 2023, ông Nguyễn Minh Đức dẫn đầu đoàn công tác.", date="2023-09-28") == set()


def test_an_index_edition_named_after_the_country_carries_the_year_and_no_entity() -> None:
    text = "Hồ Chí Minh tiếp tục dẫn đầu xếp hạng chỉ số thương mại điện tử Việt Nam 2023 với 89,2 điểm."
    assert facts(text, date="2023-12-01") == {F("Hồ Chí Minh", "other", 2023, rank=1, score=89.2)}


def test_a_body_with_its_own_claim_is_no_member_of_the_list_before() -> None:
    text = "Theo PCI 2023, đứng thứ hai là Hà Nội với 84,3 điểm, tỉnh Bình Dương xếp thứ 3 với 51 điểm."
    assert facts(text, date="2024-05-01") == {
        F("Hà Nội", "other", 2023, rank=2, score=84.3), F("Bình Dương", "other", 2023, rank=3, score=51.0)
    }


def test_an_earlier_years_place_and_score_in_brackets() -> None:
    text = ("Theo đánh giá mức độ ứng dụng CNTT năm 2019, Thừa Thiên Huế đạt 0,9039 điểm, với vị trí thứ nhất, "
            "tăng 1 bậc (năm 2018 xếp thứ 2 với 0,897 điểm).")
    assert facts(text, date="2020-08-27") == {
        F("Thừa Thiên Huế", "ict_application", 2019, rank=1, score=0.9039, change=1),
        F("Thừa Thiên Huế", "ict_application", 2018, rank=2, score=0.897),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Việt Nam duy trì vị trí thứ 2 trong nhóm các quốc gia thu nhập trung bình thấp.",
        "Việt Nam đứng thứ 7 trong khu vực châu Á - Thái Bình Dương.",
        "Trong nhóm 30 quốc gia có thu nhập trung bình thấp, Việt Nam xếp vị trí thứ hai.",
    ],
)
def test_a_countrys_place_in_an_untracked_group_is_no_fact(sentence: str) -> None:
    assert facts("Theo Chỉ số đổi mới sáng tạo toàn cầu (GII) 2023, " + sentence, date="2023-09-28") == set()


def test_a_ranked_statistic_is_not_a_pillar() -> None:
    text = DTI22 + "Phú Yên đứng thứ 20/63 cả nước về tỷ trọng kinh tế số trong GRDP, đạt 9,1%."
    assert facts(text) == set()


def test_the_body_overtaken_is_not_the_subject() -> None:
    text = "Theo chỉ số sẵn sàng AI của chính phủ năm 2023, Việt Nam vượt qua Philippines xếp thứ 5 ASEAN."
    assert facts(text, date="2023-12-20") == {F("Việt Nam", "other", 2023, group="Đông Nam Á", rank=5)}


def test_an_impossible_value_does_not_hide_the_true_one() -> None:
    """A pillar's weight ("400 điểm") read as its score is dropped before merging, so the real score stays."""
    text = ("Bộ chỉ số DTI cấp tỉnh năm 2022 có 3 trụ cột gồm: Chính quyền số (400 điểm). "
            "Điểm của Lào Cai trong từng trụ cột: Chính quyền số: 0,4513 (xếp hạng 5/63).")
    assert F("Lào Cai", "dti", 2022, component="chính quyền số", rank=5, total=63, score=0.4513) in facts(text)


def test_the_venue_is_not_a_subject() -> None:
    text = ("Theo Báo cáo chỉ số chuyển đổi số (DTI) năm 2020 công bố chiều 19/10 tại Hà Nội, "
            "tỉnh Quảng Ninh đứng thứ 4.")
    assert facts(text, date="2021-10-20") == {F("Quảng Ninh", "dti", 2020, rank=4)}


def test_the_year_of_the_event_is_not_the_year_assessed() -> None:
    text = ("Ngày 21-10, tại chương trình chào mừng Ngày Chuyển đổi số quốc gia năm 2025, Bộ KH-CN đã công bố kết quả "
            "Chỉ số chuyển đổi số (DTI) năm 2024. Theo đó, Hà Nội dẫn đầu cả nước, thứ 2 là TP Huế.")
    assert facts(text, date="2025-10-22") == {F("Hà Nội", "dti", 2024, rank=1), F("Thừa Thiên Huế", "dti", 2024, rank=2)}


def test_bare_nhan_luc_in_a_list_of_dti_pillars() -> None:
    text = DTI22 + "Vĩnh Phúc xếp thứ 12/63; các chỉ số xếp hạng cao gồm: Thể chế số xếp thứ 1/63, Nhân lực xếp thứ 3/63."
    assert F("Vĩnh Phúc", "dti", 2022, component="nhân lực số", rank=3, total=63) in facts(text)


def test_the_rank_of_a_statistic_in_brackets_is_no_fact() -> None:
    text = DTI22 + "Quảng Ngãi xếp thứ 21, là tỉnh có diện tích gần 15 nghìn km² (đứng thứ 5 cả nước)."
    assert facts(text) == {F("Quảng Ngãi", "dti", 2022, rank=21)}


LOCAL_ND = "Kết quả xếp hạng chuyển đổi số năm 2023 của các sở, ban, ngành trên địa bàn tỉnh Nam Định.\n"


def test_ranking_order_from_the_top() -> None:
    text = LOCAL_ND + "Thứ tự xếp hạng các sở, ban, ngành (từ trên xuống) như sau: Sở Tư pháp, Sở Y tế, Sở Nội vụ."
    assert facts(text, date="2024-03-01") == {
        F("Sở Tư pháp", "local", 2023, rank=1), F("Sở Y tế", "local", 2023, rank=2), F("Sở Nội vụ", "local", 2023, rank=3)
    }


def test_numbered_lines_with_their_points() -> None:
    text = LOCAL_ND + "Khối sở, ngành:\n1. Sở Tư pháp: 95,2 điểm\n2. Sở Y tế: 93,1 điểm\n3. Sở Nội vụ: 90,4 điểm"
    got = {(f[0], f[5], f[8]) for f in facts(text, date="2024-03-01")}
    assert {("Sở Tư pháp", 1, None), ("Sở Tư pháp", None, 95.2), ("Sở Nội vụ", 3, None)} <= got
    assert not any(f[5] and f[5] > 3 for f in facts(text, date="2024-03-01"))


def test_respective_scores_sharing_one_unit() -> None:
    text = LOCAL_ND + "Sở Y tế và Sở Nội vụ lần lượt xếp thứ hai và thứ ba với 93,1 và 90,4 điểm."
    assert facts(text, date="2024-03-01") == {
        F("Sở Y tế", "local", 2023, rank=2, score=93.1), F("Sở Nội vụ", "local", 2023, rank=3, score=90.4)
    }


def test_an_index_value_in_percent_is_the_score() -> None:
    text = ("Theo PAR INDEX 2023, Bộ Tư pháp dẫn đầu, đạt 89,95%; một số địa phương như Hà Nội (91,43%, xếp thứ 3) "
            "có kết quả tích cực.")
    got = facts(text, date="2024-04-18")
    assert F("Bộ Tư pháp", "other", 2023, rank=1, score=89.95) in got
    assert F("Hà Nội", "other", 2023, rank=3, score=91.43) in got


@pytest.mark.parametrize(
    "sentence", ["Hà Tĩnh xếp thứ 9, tỷ lệ hồ sơ trực tuyến đạt 95,2%.", "Hà Tĩnh xếp thứ 9, tăng trưởng 20,8%."]
)
def test_shares_and_growth_in_percent_are_not_scores(sentence: str) -> None:
    assert facts(DTI22 + sentence) == {F("Hà Tĩnh", "dti", 2022, rank=9)}


def test_a_year_compared_with_a_few_words_away_is_not_the_year_assessed() -> None:
    text = ("Theo báo cáo chỉ số an toàn thông tin toàn cầu (GCI) của ITU công bố năm 2018, Việt Nam xếp hạng thứ 50, "
            "tăng 50 hạng so với chỉ số năm 2017.")
    assert facts(text, date="2018-07-05") == {F("Việt Nam", "other", 2018, rank=50, change=50)}


def test_two_positions_with_their_years_in_brackets() -> None:
    text = "Theo DTI, Bình Phước tăng 12 bậc, từ vị trí thứ 30 (năm 2020) lên vị trí thứ 18 (năm 2021)."
    assert facts(text, date="2022-08-10") == {
        F("Bình Phước", "dti", 2021, rank=18, change=12), F("Bình Phước", "dti", 2020, rank=30)
    }


def test_two_years_for_one_body_in_contrasting_clauses() -> None:
    text = "Theo DTI, Sóc Trăng năm 2020 xếp thứ 9 còn năm 2021, tỉnh này vươn lên thứ 5."
    assert facts(text, date="2022-08-10") == {F("Sóc Trăng", "dti", 2020, rank=9), F("Sóc Trăng", "dti", 2021, rank=5)}


def test_rank_first_wording_and_rank_words() -> None:
    text = "Theo DTI năm 2021, vị trí thứ 3 thuộc về Thanh Hóa, xếp hạng hai là Nghệ An; Lạng Sơn được đánh giá hạng nhất."
    assert facts(text, date="2022-08-10") == {
        F("Thanh Hóa", "dti", 2021, rank=3), F("Nghệ An", "dti", 2021, rank=2), F("Lạng Sơn", "dti", 2021, rank=1)
    }


def test_a_lost_position_is_not_the_current_one() -> None:
    assert facts("Theo DTI năm 2021, Trà Vinh đánh mất vị trí thứ 2, xuống thứ 4.", date="2022-08-10") == {
        F("Trà Vinh", "dti", 2021, rank=4)
    }


def test_a_score_given_as_a_value_without_points() -> None:
    assert facts("Theo DTI năm 2021, Long An xếp thứ 12 với giá trị 0,6321.", date="2022-08-10") == {
        F("Long An", "dti", 2021, rank=12, score=0.6321)
    }


@pytest.mark.parametrize(
    "sentence",
    ["Bắc Ninh rời khỏi top 10.", "Bắc Ninh rời nhóm 10 địa phương dẫn đầu.", "Bắc Ninh đang tiến gần đến top 10."],
)
def test_a_group_left_or_only_approached_is_no_fact(sentence: str) -> None:
    assert facts(DTI22 + sentence) == set()


def test_management_boards_are_local_units() -> None:
    text = LOCAL_ND + "Ban Quản lý các khu công nghiệp xếp thứ 5, Văn phòng UBND tỉnh xếp thứ 6."
    assert facts(text, date="2024-03-01") == {
        F("Ban Quản lý các khu công nghiệp", "local", 2023, rank=5), F("Văn phòng UBND tỉnh", "local", 2023, rank=6)
    }


def test_nam_nay_means_the_assessment_the_article_reports() -> None:
    text = ("Kết quả Vietnam ICT Index 2022 vừa được công bố. Bộ Y tế dẫn đầu xếp hạng chung năm nay với "
            "số điểm ICT Index là 0,8838.")
    assert facts(text, date="2023-05-10") == {F("Bộ Y tế", "ict_index", 2022, rank=1, score=0.8838)}


def test_nam_ngoai_naming_the_assessment_stays_relative_to_the_date() -> None:
    text = "Theo Chỉ số chuyển đổi số (DTI) năm ngoái vừa được công bố, Lào Cai đứng thứ 16/63."
    assert facts(text, date="2022-04-10") == {F("Lào Cai", "dti", 2021, rank=16, total=63)}


def test_pillars_with_their_places_respectively() -> None:
    text = (DTI22 + "Hải Dương xếp thứ 14. Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh so với cả nước "
            "lần lượt là 22, 9, 13.")
    assert facts(text) == {F("Hải Dương", "dti", 2022, rank=14)} | {
        F("Hải Dương", "dti", 2022, component=c, rank=r)
        for c, r in (("chính quyền số", 22), ("kinh tế số", 9), ("xã hội số", 13))
    }


def test_top_groups_chained_by_pillar_headings() -> None:
    text = ("Theo DTI 2021, 3 địa phương dẫn đầu về nhân lực số: Hà Nội, Đà Nẵng, Bắc Ninh; "
            "về hạ tầng số: Quảng Ninh, Hải Phòng, Cần Thơ.")
    assert facts(text, date="2022-08-10") == {
        F(p, "dti", 2021, component="nhân lực số", top=3) for p in ("Hà Nội", "Đà Nẵng", "Bắc Ninh")
    } | {F(p, "dti", 2021, component="hạ tầng số", top=3) for p in ("Quảng Ninh", "Hải Phòng", "Cần Thơ")}


def test_continuation_in_the_next_sentence_of_a_top_group() -> None:
    text = ("Theo DTI 2021, Đà Nẵng, Thừa Thiên Huế và Bắc Ninh lần lượt xếp thứ nhất, nhì, ba. "
            "Những địa phương kế tiếp trong nhóm đứng đầu gồm: Nghệ An, Bình Định.")
    got = facts(text, date="2022-08-10")
    assert {F("Nghệ An", "dti", 2021, rank=4), F("Bình Định", "dti", 2021, rank=5)} <= got


@pytest.mark.parametrize("sentence", ["DTI quốc gia năm 2021 đạt 0,5618.", "Chỉ số DTI cấp quốc gia năm 2021 là 0,5618."])
def test_the_national_dti_is_viet_nams_score(sentence: str) -> None:
    assert facts(sentence, date="2022-08-10") == {F("Việt Nam", "dti", 2021, score=0.5618)}


def test_so_nam_is_a_comparison_and_a_dashed_date_dates_the_article() -> None:
    assert facts("Theo DTI 2021, Nam Định tăng 3 bậc so năm 2020, xếp thứ 20.", date="2022-08-10") == {
        F("Nam Định", "dti", 2021, rank=20, change=3)
    }
    assert facts("Cập nhật ngày 12-07-2022\nTheo DTI, Nam Định xếp thứ 20.", date=None) == {F("Nam Định", "dti", 2021, rank=20)}


def test_a_leader_named_as_a_reference_is_no_claim() -> None:
    text = ("Theo PAR INDEX 2023, Bộ Tư pháp dẫn đầu; Bộ Công Thương đứng cuối bảng xếp hạng, "
            "thấp hơn 11,92% so với đơn vị dẫn đầu.")
    assert facts(text, date="2024-04-18") == {F("Bộ Tư pháp", "other", 2023, rank=1)}


def test_an_averages_points_are_no_score_but_a_bodys_average_is() -> None:
    assert facts("Theo chỉ số thương mại điện tử 2023, điểm trung bình của chỉ số thương mại điện tử năm nay là "
                 "19,24 điểm; Hà Nội xếp thứ 2.", date="2023-12-01") == {F("Hà Nội", "other", 2023, rank=2)}
    assert facts("Theo chỉ số sẵn sàng AI năm 2023, điểm trung bình của Việt Nam là 54,48 điểm.", date="2023-12-01") == {
        F("Việt Nam", "other", 2023, score=54.48)
    }


def test_bare_places_in_brackets_after_names() -> None:
    text = ("Theo Chỉ số thịnh vượng năm 2010, trong khu vực Đông Nam Á, Việt Nam chỉ đứng sau 3 quốc gia là "
            "Singapore (2), Malaysia (27) và Thái Lan (47).")
    assert facts(text, date="2010-11-01") == {
        F("Singapore", "other", 2010, rank=2), F("Malaysia", "other", 2010, rank=27), F("Thái Lan", "other", 2010, rank=47)
    }


def test_one_bare_number_in_brackets_is_no_place() -> None:
    assert facts(DTI22 + "Nghệ An (1) xếp thứ 9.") == {F("Nghệ An", "dti", 2022, rank=9)}


def test_a_place_left_last_year_and_the_bodies_right_behind_the_leader() -> None:
    text = ("Theo chỉ số thương mại điện tử B2C của UNCTAD năm 2018, Hà Lan đã vươn lên từ vị trí thứ 3 hồi năm ngoái "
            "lên vị trí dẫn đầu năm nay. Đứng ngay sau Hà Lan là Singapore và Thụy Sĩ.")
    assert facts(text, date="2018-12-12") == {
        F("Hà Lan", "other", 2017, rank=3), F("Hà Lan", "other", 2018, rank=1),
        F("Singapore", "other", 2018, rank=2), F("Thụy Sĩ", "other", 2018, rank=3),
    }


def test_a_rank_among_the_63_provinces_is_never_a_departments() -> None:
    text = ("Theo thông tin từ Sở Công thương Gia Lai, năm 2023 Chỉ số Thương mại điện tử (TMĐT) xếp thứ 38/63 tỉnh, "
            "thành phố.")
    assert not any(f[0].startswith("Sở") for f in facts(text, date="2023-05-10"))
    text = "Theo chỉ số chuyển đổi số (DTI) năm 2022, Sở Thông tin và Truyền thông Gia Lai xếp thứ 38/63 tỉnh, thành phố."
    assert facts(text, date="2023-07-20") == {F("Gia Lai", "dti", 2022, rank=38, total=63)}


def test_a_sub_index_of_another_ranking_is_no_fact() -> None:
    text = ("Theo chỉ số thương mại điện tử (EBI) năm 2023, TP.HCM đứng đầu về chỉ số thành phần giao dịch B2C "
            "với 72,4 điểm.")
    assert facts(text, date="2023-12-01") == set()


def test_a_claim_after_trong_khi_belongs_to_its_own_clause() -> None:
    text = "Theo Chỉ số thịnh vượng năm 2015, Mỹ xếp thứ 14, trong khi Anh tụt 2 hạng."
    # the fall is the United Kingdom's, never the United States' (Anh is read as a country since 0.6.74)
    assert facts(text, date="2015-11-05") == {F("Mỹ", "other", 2015, rank=14), F("Anh", "other", 2015, change=-2)}


def test_world_places_in_brackets_do_not_move_the_regional_count() -> None:
    text = ("Theo Chỉ số thịnh vượng năm 2015, xếp thứ 2 trong khu vực Đông Nam Á là Malaysia (thứ 44 thế giới), "
            "thứ 3 là Thái Lan, tiếp theo là Indonesia.")
    got = facts(text, date="2015-11-05")
    # the count goes on in the region the list is in (its group since 0.6.74)
    assert F("Indonesia", "other", 2015, group="Đông Nam Á", rank=4) in got
    assert F("Malaysia", "other", 2015, rank=44) in got


def test_pillar_lists_after_a_colon() -> None:
    text = ("Theo DTI năm 2023, Đà Nẵng tiếp tục đứng đầu 3 trụ cột: chính quyền số, kinh tế số và xã hội số. "
            "Về các chỉ số thành phần chính, Đà Nẵng dẫn đầu 5/8: nhận thức số, thể chế số; "
            "đứng thứ 2: hạ tầng số và hoạt động xã hội số.")
    got = facts(text, date="2024-10-01")
    assert {F("Đà Nẵng", "dti", 2023, component=c, rank=1)
            for c in ("chính quyền số", "kinh tế số", "xã hội số", "nhận thức số", "thể chế số")} <= got
    assert {F("Đà Nẵng", "dti", 2023, component=c, rank=2) for c in ("hạ tầng số", "hoạt động xã hội số")} <= got


def test_the_group_framing_a_clause_gives_the_field_size() -> None:
    text = "Theo DTI năm 2023, ở nhóm 17 bộ, ngành có dịch vụ công, Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1."
    assert facts(text, date="2024-10-01") == {F("Bộ Kế hoạch và Đầu tư", "dti", 2023, rank=1, total=17)}


def test_leaders_of_different_fields_each_lead() -> None:
    assert facts("Đà Nẵng, Bộ Tài chính dẫn đầu bảng xếp hạng chỉ số chuyển đổi số 2021", date="2022-08-10") == {
        F("Đà Nẵng", "dti", 2021, rank=1), F("Bộ Tài chính", "dti", 2021, rank=1)
    }


def test_a_long_comparison_before_a_bracketed_year_is_not_the_year_assessed() -> None:
    text = ("Theo DTI 2021, Viện Hàn lâm Khoa học và Công nghệ Việt Nam đã vươn lên vị trí dẫn đầu, tăng 2 bậc so với "
            "kết quả đạt được trong kỳ đánh giá đầu tiên (năm 2020). Hai vị trí tiếp theo lần lượt thuộc về "
            "Đài Truyền hình Việt Nam và Thông tấn xã Việt Nam.")
    assert facts(text, date="2022-08-10") == {
        F("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "dti", 2021, rank=1, change=2),
        F("Đài Truyền hình Việt Nam", "dti", 2021, rank=2), F("Thông tấn xã Việt Nam", "dti", 2021, rank=3),
    }


def test_a_place_after_the_named_ranking_and_pillar_values_in_clauses() -> None:
    text = ("Theo đó, tỉnh Tuyên Quang xếp hạng chuyển đổi số năm 2023 thứ 38/63 tỉnh, thành phố, tăng 10 bậc so với "
            "năm 2022, tăng 20 bậc so với năm 2021. Cụ thể: Giá trị DTI về Chính quyền số đạt 0,7089 và xếp hạng 42/63 "
            "tỉnh, thành phố (tăng 05 bậc so với năm 2022); giá trị DTI về Kinh tế số đạt 0,6197 và xếp hạng 24/63 tỉnh, "
            "thành phố (tăng 30 bậc so với năm 2022, tăng 21 bậc so với năm 2021).")
    assert facts(text, date="2024-10-11") == {
        F("Tuyên Quang", "dti", 2023, rank=38, total=63, change=10),
        F("Tuyên Quang", "dti", 2023, component="chính quyền số", rank=42, total=63, score=0.7089, change=5),
        F("Tuyên Quang", "dti", 2023, component="kinh tế số", rank=24, total=63, score=0.6197, change=30),
    }


def test_a_change_against_an_older_assessment_is_no_rank_change_but_egdi_is_biennial() -> None:
    assert facts(DTI22 + "Nam Định tăng 21 bậc so với năm 2020.") == set()
    text = "Theo khảo sát Chính phủ điện tử năm 2020 của Liên Hợp Quốc, Việt Nam tăng 2 bậc so với năm 2018."
    assert facts(text, date="2020-07-12") == {F("Việt Nam", "egdi", 2020, change=2)}


def test_a_year_in_a_row_of_years_is_no_place() -> None:
    text = "Theo GII 2022, Thụy Sĩ vẫn là nước đứng đầu bảng xếp hạng đổi mới trong năm thứ 12 liên tiếp."
    assert facts(text, date="2022-09-30") == {F("Thụy Sĩ", "other", 2022, rank=1)}


def test_the_field_a_clause_is_framed_by_reaches_every_place_in_it() -> None:
    """"đối với nhóm đánh giá 34 tỉnh …", "(gồm 9 cơ quan)": the field stated once frames every place after it."""
    text = ("Theo DTI năm 2024, đối với nhóm đánh giá 34 tỉnh, thành phố thì Nghệ An đứng thứ hai sau Bắc Ninh, "
            "và đứng trên Lạng Sơn (thứ ba).")
    got = facts(text, date="2025-08-02")
    merged = "34 tỉnh, thành phố sau sắp xếp"
    assert got == {
        F("Nghệ An", "dti", 2024, group=merged, rank=2, total=34),
        F("Bắc Ninh", "dti", 2024, group=merged, rank=1, total=34),
        F("Lạng Sơn", "dti", 2024, group=merged, rank=3, total=34),
    }
    text = ("Ở chỉ số DTI 2021 của nhóm không cung cấp dịch vụ công (gồm 9 cơ quan), Đài Truyền hình Việt Nam "
            "xếp thứ nhất.")
    assert facts(text, date="2022-08-10") == {
        F("Đài Truyền hình Việt Nam", "dti", 2021, group="bộ không cung cấp dịch vụ công", rank=1, total=9)
    }


def test_a_top_group_named_like_a_field_is_no_field() -> None:
    text = DTI22 + "Bình Dương xếp thứ tư, còn Long An lần đầu vào nhóm 5 địa phương dẫn đầu khi đứng thứ năm."
    assert facts(text) == {F("Bình Dương", "dti", 2022, rank=4), F("Long An", "dti", 2022, rank=5)}


def test_two_places_of_one_body_in_two_fields_in_one_sentence() -> None:
    text = ("Bắc Ninh dẫn đầu nhóm 63 tỉnh, thành và xếp thứ năm trong nhóm 34 tỉnh, thành hợp nhất về chỉ số "
            "chuyển đổi số (DTI) năm 2024.")
    assert facts(text, date="2025-08-02") == {
        F("Bắc Ninh", "dti", 2024, rank=1, total=63),
        F("Bắc Ninh", "dti", 2024, group="34 tỉnh, thành phố sau sắp xếp", rank=5, total=34),
    }


def test_the_country_closing_an_index_name_is_no_ranked_body() -> None:
    text = ("Quảng Ninh tiếp tục dẫn đầu Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền "
            "thông Việt Nam (ICT Index) năm 2019 với kết quả 0,81/1 điểm.")
    assert facts(text, date="2020-09-01") == {F("Quảng Ninh", "ict_index", 2019, rank=1, score=0.81)}
    text = "Theo báo cáo, Hà Nội đứng đầu Chỉ số Thương mại điện tử Việt Nam năm 2022 với 79 điểm."
    assert facts(text, date="2022-11-01") == {F("Hà Nội", "other", 2022, rank=1, score=79.0)}


def test_an_abbreviation_in_brackets_inside_a_name_keeps_the_whole_name() -> None:
    text = ("Theo kết quả đánh giá mức độ ứng dụng công nghệ thông tin năm 2018, Bảo hiểm Xã hội (BHXH) Việt Nam "
            "xếp thứ hai.")
    assert facts(text, date="2019-10-01") == {F("Bảo hiểm xã hội Việt Nam", "ict_application", 2018, rank=2)}


def test_values_of_the_whole_field_belong_to_nobody() -> None:
    """The assessor "đánh giá," is no ranked body, and pillar averages over all provinces are nobody's."""
    text = (DTI22 + "Long An xếp thứ 8. Bộ Thông tin và Truyền thông đánh giá, giá trị chỉ số của cả 3 trụ cột cấp "
            "tỉnh đều tăng: Chỉ số Chính quyền số có giá trị 0,6512; Chỉ số Kinh tế số có giá trị 0,5101.")
    assert facts(text) == {F("Long An", "dti", 2022, rank=8)}


def test_a_pillar_placed_without_its_body_keeps_its_bracketed_score_and_its_change() -> None:
    text = ("Theo DTI 2023, Thái Bình xếp thứ 15. Cụ thể, chính quyền số xếp hạng 31 (0,7012) bằng xếp hạng năm "
            "2022. Kinh tế số xếp hạng 12 (0,7460) tăng 4 bậc so năm 2022.")
    assert facts(text, date="2024-05-01") == {
        F("Thái Bình", "dti", 2023, rank=15),
        F("Thái Bình", "dti", 2023, component="chính quyền số", rank=31, score=0.7012, change=0),
        F("Thái Bình", "dti", 2023, component="kinh tế số", rank=12, score=0.746, change=4),
    }


def test_each_pillar_clause_keeps_its_own_change() -> None:
    text = ("Tỉnh Bình Thuận có giá trị DTI năm 2022 đạt 0,5512, xếp thứ 33/63 tỉnh, thành phố. Trong đó: Chính "
            "quyền số đạt 0,6120, xếp thứ 28/63 tỉnh, thành phố, tăng 9 bậc so với năm 2021; Xã hội số đạt 0,5307, "
            "xếp thứ 40/63 tỉnh, thành phố, giảm 3 bậc so với năm 2021.")
    assert facts(text, date="2023-08-01") == {
        F("Bình Thuận", "dti", 2022, rank=33, total=63, score=0.5512),
        F("Bình Thuận", "dti", 2022, component="chính quyền số", rank=28, total=63, score=0.612, change=9),
        F("Bình Thuận", "dti", 2022, component="xã hội số", rank=40, total=63, score=0.5307, change=-3),
    }


def test_the_compared_years_place_without_brackets() -> None:
    """"tăng 11 bậc so với năm 2021 xếp thứ 45/63" gives 2021 its place; after a comma the place is this year's."""
    text = "Theo DTI 2022, Cà Mau xếp thứ 34/63, tăng 11 bậc so với năm 2021 xếp thứ 45/63."
    assert facts(text, date="2023-08-01") == {
        F("Cà Mau", "dti", 2022, rank=34, total=63, change=11), F("Cà Mau", "dti", 2021, rank=45, total=63)
    }
    text = "Theo DTI 2022, Cà Mau tăng 11 bậc so với năm 2021, xếp thứ 34/63."
    assert facts(text, date="2023-08-01") == {F("Cà Mau", "dti", 2022, rank=34, total=63, change=11)}


def test_local_scores_out_of_a_scale_and_came_first() -> None:
    """"về nhất với 312,5/thang điểm 360", "đạt 221,40/245": places and scores in a province's own ranking."""
    text = (LOCAL23 + "Khối huyện: huyện Phú Tân về nhất với 312,5/thang điểm 360; Chi cục thuế khu vực đạt "
            "221,40/245, xếp thứ 2; Sở Y tế đạt 27/63 tỉnh.")
    assert facts(text, date="2024-03-01") == {
        F("UBND huyện Phú Tân", "local", 2023, rank=1, score=312.5),
        F("Chi cục Thuế", "local", 2023, rank=2, score=221.4),
    }


def test_a_sentence_opening_on_the_index_value_continues_the_body_before() -> None:
    text = (DTI22 + "Bắc Giang đã vươn lên vị trí thứ 6. Với giá trị DTI đạt 0.6612 điểm, tỉnh chỉ xếp sau "
            "các thành phố lớn.")
    assert facts(text) == {F("Bắc Giang", "dti", 2022, rank=6), F("Bắc Giang", "dti", 2022, score=0.6612)}


def test_an_ict_index_article_names_its_pillar_not_the_ict_application_ranking() -> None:
    text = ("Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index) tỉnh Ninh Bình năm 2020\n"
            "Kết quả dựa trên 3 chỉ số thành phần: Chỉ số Hạ tầng kỹ thuật; Chỉ số Hạ tầng nhân lực và Chỉ số Ứng "
            "dụng công nghệ thông tin. Theo đó, điểm số chung của Ninh Bình năm 2020 là 0,6010 điểm. Lần lượt điểm "
            "số của tỉnh theo 3 chỉ số thành phần là: Chỉ số Hạ tầng kỹ thuật 0,6120 điểm; Chỉ số Hạ tầng nhân lực "
            "0,7310 điểm và Chỉ số Ứng dụng công nghệ thông tin 0,4400 điểm.")
    got = facts(text, date="2021-06-09")
    assert {f[1] for f in got} == {"ict_index"}
    assert F("Ninh Bình", "ict_index", 2020, score=0.601) in got
    assert F("Ninh Bình", "ict_index", 2020, component="hạ tầng kỹ thuật", score=0.612) in got


def test_a_section_opened_by_its_pillar_frames_the_claims_in_it() -> None:
    text = ("Theo Vietnam ICT Index 2020, Ninh Bình xếp thứ 12/63.\n"
            "- Về chỉ số Hạ tầng kỹ thuật: Được đánh giá trên hai thành phần. Với điểm số chung là 0,6120 điểm "
            "(tăng 0,1 điểm so với năm 2019), xếp hạng 20/63 (tăng 4 bậc so với năm 2019).\n"
            "Tỉnh tiếp tục đầu tư hạ tầng.")
    assert facts(text, date="2021-06-01") == {
        F("Ninh Bình", "ict_index", 2020, rank=12, total=63),
        F("Ninh Bình", "ict_index", 2020, component="hạ tầng kỹ thuật", rank=20, total=63, score=0.612, change=4),
    }


def test_first_among_a_small_field_of_bodies_without_public_services() -> None:
    text = ("Theo ICT Index 2022, xếp hạng chung các cơ quan thuộc Chính phủ không có DVC, Đài Truyền hình Việt Nam "
            "xếp hạng đầu trong 7 cơ quan được xếp hạng với điểm số ICT Index 2022 là 0,8125.")
    assert facts(text, date="2023-05-01") == {
        F("Đài Truyền hình Việt Nam", "ict_index", 2022, group="bộ không cung cấp dịch vụ công", rank=1, total=7,
          score=0.8125)
    }


def test_the_leader_of_a_share_is_no_ranked_body() -> None:
    text = DTI22 + "Tỷ lệ kinh tế số của Nam Định đạt 12,4%; đứng đầu là tỉnh Bắc Ninh với tỷ trọng đạt 51,20%."
    assert facts(text) == set()


def test_the_ict_index_name_is_no_pillar_and_a_lone_body_keeps_its_later_score() -> None:
    text = ("Theo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt Nam (Viet Nam "
            "ICT Index) năm 2019, Bộ Tư pháp đứng thứ nhất trong các bộ có cung cấp dịch vụ công với chỉ số ICT "
            "Index đạt 0,7815.")
    assert facts(text, date="2020-05-01") == {F("Bộ Tư pháp", "ict_index", 2019, rank=1, score=0.7815)}


def test_each_name_in_a_list_keeps_its_bracketed_score() -> None:
    text = ("Theo chỉ số thương mại điện tử EBI 2021, ba địa phương dẫn đầu lần lượt là Hà Nội (79,4), "
            "Bình Dương (61,2) và Đà Nẵng (52.3).")
    assert facts(text, date="2021-12-01") == {
        F("Hà Nội", "other", 2021, rank=1, score=79.4), F("Bình Dương", "other", 2021, rank=2, score=61.2),
        F("Đà Nẵng", "other", 2021, rank=3, score=52.3),
    }


def test_a_year_opening_a_bracket_or_a_kept_place_is_not_the_year_reported() -> None:
    """"(năm 2022 con số này là 55/181)" names that year's values only; "duy trì thứ hạng năm 2024" compares."""
    text = ("Chỉ số sẵn sàng AI của chính phủ\nViệt Nam đứng thứ 59/193 quốc gia/vùng lãnh thổ (năm 2022 con số này "
            "là 55/181).\nSingapore dẫn đầu bảng xếp hạng.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2022, rank=55, total=181) in got
    assert all(f[4] != 2022 for f in got if f[5] != 55)
    text = "Theo GII 2025, Việt Nam xếp hạng 44/139 quốc gia/nền kinh tế, duy trì thứ hạng năm 2024."
    assert facts(text, date="2025-09-16") == {F("Việt Nam", "other", 2025, rank=44, total=139, change=0)}


def test_anh_is_the_united_kingdom_only_among_other_countries() -> None:
    text = ("Theo GII 2022, Thụy Sĩ dẫn đầu. Tiếp theo là Mỹ, Thụy Điển, Anh và Hà Lan.")
    assert facts(text, date="2022-10-01") == {
        F("Thụy Sĩ", "other", 2022, rank=1), F("Mỹ", "other", 2022, rank=2), F("Thụy Điển", "other", 2022, rank=3),
        F("Anh", "other", 2022, rank=4), F("Hà Lan", "other", 2022, rank=5),
    }
    assert facts(DTI22 + "Anh Tuấn cho biết Lạng Sơn xếp thứ 20, Anh dẫn đầu lớp tiếng Anh.") == {
        F("Lạng Sơn", "dti", 2022, rank=20)
    }


def test_entering_the_leading_top_group_is_no_first_place() -> None:
    text = "Chỉ số DTI năm 2023 của Bình Phước tăng 9 bậc so với năm 2022, lần đầu vào Top 10 tỉnh, thành phố dẫn đầu."
    assert facts(text, date="2024-05-01") == {F("Bình Phước", "dti", 2023, top=10, change=9)}


def test_pillars_sharing_a_place_and_sub_indices_named_with_their_abbreviation() -> None:
    text = ("Theo kết quả công bố DTI 2023, Bộ Tư pháp xếp thứ 3/17 bộ, ngành với 0,6754 điểm; các chỉ số chính "
            "quyền số và thể chế số đều xếp thứ 2.")
    assert facts(text, date="2024-06-01") == {
        F("Bộ Tư pháp", "dti", 2023, rank=3, total=17, score=0.6754),
        F("Bộ Tư pháp", "dti", 2023, component="chính quyền số", rank=2),
        F("Bộ Tư pháp", "dti", 2023, component="thể chế số", rank=2),
    }
    text = ("Theo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, chỉ số dịch vụ công trực tuyến (OSI) của "
            "Việt Nam đạt 0,6484, chỉ số hạ tầng viễn thông (TII) đạt 0,7073.")
    assert facts(text, date="2023-06-01") == {
        F("Việt Nam", "egdi", 2022, component="dịch vụ công trực tuyến", score=0.6484),
        F("Việt Nam", "egdi", 2022, component="hạ tầng viễn thông", score=0.7073),
    }


def test_the_bare_word_for_the_province_and_a_field_opening_the_sentence() -> None:
    text = "Theo DTI 2022, Sở Thông tin và Truyền thông tỉnh Quảng Trị cho biết tỉnh xếp thứ 22/63."
    assert facts(text, date="2023-08-01") == {F("Quảng Trị", "dti", 2022, rank=22, total=63)}
    assert facts("Trong 63 tỉnh, thành phố, Hưng Yên xếp thứ 3 về DTI năm 2022.", date="2023-08-01") == {
        F("Hưng Yên", "dti", 2022, rank=3, total=63)
    }
    text = "Theo PAPI 2023, trong số 15 tỉnh/thành phố đạt điểm chỉ số cao nhất, Quảng Trị dẫn đầu với 45,1 điểm."
    assert facts(text, date="2024-04-02") == {F("Quảng Trị", "other", 2023, rank=1, score=45.1)}


def test_the_dti_named_by_its_field_after_an_ict_index_paragraph() -> None:
    text = ("Theo Vietnam ICT Index 2019, Bình Phước xếp thứ 50/63. Trong năm 2021, Top 10 tỉnh, thành dẫn đầu về "
            "chuyển đổi số còn có Đà Nẵng, Quảng Ninh và Bắc Giang.")
    got = facts(text, date="2022-06-01")
    assert F("Đà Nẵng", "dti", 2021, top=10) in got and F("Bình Phước", "ict_index", 2019, rank=50, total=63) in got


def test_bodies_in_a_closed_bracket_and_a_regional_place_are_no_claims() -> None:
    text = ("Theo đó, về xếp hạng mức độ ứng dụng CNTT năm 2017, Hậu Giang được xếp ở vị trí thứ 6 so các tỉnh khu "
            "vực đồng bằng sông Cửu Long (sau An Giang, Tiền Giang, Đồng Tháp, Cần Thơ) và xếp ở vị trí thứ 31 trong "
            "tổng số 63 tỉnh, thành phố.")
    assert facts(text, date="2018-05-01") == {F("Hậu Giang", "ict_application", 2017, rank=31, total=63)}


def test_a_year_then_its_place_in_brackets_and_the_pacific_is_no_province() -> None:
    text = ("Theo Vietnam ICT Index 2020, Bộ Tư pháp xếp thứ 4/17 Bộ (không tính Bộ Quốc phòng và Bộ Công an) có "
            "dịch vụ công, cải thiện so với vị trí năm 2019 (thứ 9/17 Bộ) và năm 2018 (thứ 12/17 Bộ).")
    assert facts(text, date="2021-05-01") == {
        F("Bộ Tư pháp", "ict_index", 2020, rank=4, total=17), F("Bộ Tư pháp", "ict_index", 2019, rank=9, total=17),
        F("Bộ Tư pháp", "ict_index", 2018, rank=12, total=17),
    }
    text = "Theo GCI 2020, Việt Nam xếp thứ 25 thế giới, đứng thứ 7 trong khu vực châu Á - Thái Bình Dương."
    assert all(f[0] != "Thái Bình" for f in facts(text, date="2021-07-01"))


def test_labelled_pillar_places_take_the_year_after_the_one_compared() -> None:
    """No year in the sentence, changes "so với năm 2021": the previous assessment, so this one is 2022."""
    text = ("Tin tức năm 2023\nTheo Báo cáo DTI năm 2022, Phú Yên xếp vị trí 40/63 tỉnh, thành phố (giảm 9 bậc so "
            "với năm 2021). Xếp hạng chính quyền số: 43/63 tỉnh, thành phố (giảm 8 bậc so với năm 2021); xếp hạng "
            "kinh tế số: 31/63 tỉnh, thành phố (tăng 03 bậc so với năm 2021).")
    got = facts(text, date=None)
    assert F("Phú Yên", "dti", 2022, component="chính quyền số", rank=43, total=63, change=-8) in got
    assert F("Phú Yên", "dti", 2022, component="kinh tế số", rank=31, total=63, change=3) in got


def test_a_targets_year_is_no_assessed_year() -> None:
    text = ("Việt Nam tăng 15 bậc chỉ số Chính phủ điện tử\nTheo bảng xếp hạng chỉ số Chính phủ điện tử (EGDI), Việt "
            "Nam tiệm cận mục tiêu top 50 vào năm 2025.\nTheo báo cáo của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 "
            "quốc gia với 0,7709 điểm.")
    assert F("Việt Nam", "egdi", 2024, rank=71, total=193, score=0.7709) in facts(text, date="2024-09-21")


def test_leaders_named_after_the_cue_behind_a_body_and_one_kind_word_for_several_districts() -> None:
    text = (LOCAL23 + "Ở khối sở, ban, ngành, Cần Thơ có 3 đơn vị xếp loại xuất sắc, có thứ hạng dẫn đầu là Sở Du lịch, "
            "Sở Y tế và Sở Nội vụ. Ở khối quận, huyện, các quận Ninh Kiều, Cái Răng và huyện Phong Điền là 3 địa "
            "phương dẫn đầu.")
    assert facts(text, date="2024-03-01") == {
        F("Sở Du lịch", "local", 2023, top=3), F("Sở Y tế", "local", 2023, top=3), F("Sở Nội vụ", "local", 2023, top=3),
        F("UBND quận Ninh Kiều", "local", 2023, top=3), F("UBND quận Cái Răng", "local", 2023, top=3),
        F("UBND huyện Phong Điền", "local", 2023, top=3),
    }
    text = "Theo PAR Index năm 2022, với các tỉnh, thành phố thì đứng đầu vẫn là tỉnh Quảng Ninh (90,10% điểm)."
    assert facts(text, date="2023-06-01") == {F("Quảng Ninh", "other", 2022, rank=1, score=90.1)}


def test_this_year_refers_back_and_cds_abbreviates_the_dti() -> None:
    text = "Theo PAPI, năm 2020, tỉnh về nhất là Quảng Ninh với 48,81 điểm. Cũng trong năm này, Nam Định xếp thứ 10."
    got = facts(text, date="2022-05-01")
    assert F("Nam Định", "other", 2020, rank=10) in got
    text = ("Theo đó, năm 2020, Quảng Trị xếp thứ 56/63 tỉnh, thành về chỉ số CĐS cấp tỉnh. Người dân chưa thật sự "
            "hài lòng về mức độ CĐS cấp tỉnh.")
    assert facts(text, date="2021-08-01") == {F("Quảng Trị", "dti", 2020, rank=56, total=63)}


def test_a_counted_leading_group_named_respectively_after_it_and_the_it_industry_index() -> None:
    text = ("Theo Chỉ số sản xuất kinh doanh CNTT - Vietnam IT Industry Index lần đầu được công bố, 3 địa phương dẫn "
            "đầu cả nước về sản xuất kinh doanh CNTT lần lượt là Hải Phòng, Bắc Giang và Vĩnh Phúc.")
    assert facts(text, date="2017-05-01") == {
        F("Hải Phòng", "ict_index", 2016, component="công nghiệp cntt", rank=1),
        F("Bắc Giang", "ict_index", 2016, component="công nghiệp cntt", rank=2),
        F("Vĩnh Phúc", "ict_index", 2016, component="công nghiệp cntt", rank=3),
    }


def test_a_sentence_naming_nobody_goes_on_about_the_body_before() -> None:
    text = ("Kế hoạch nâng cao chỉ số DTI tỉnh Điện Biên. Chỉ số chuyển đổi số hằng năm của tỉnh Điện Biên ở mức "
            "trung bình. Cụ thể: Năm 2021 (xếp hạng 50 chỉ số 0,3101); Năm 2022 (xếp hạng 47, chỉ số 0,5012).")
    assert facts(text, date="2023-05-01") == {
        F("Điện Biên", "dti", 2021, rank=50, score=0.3101), F("Điện Biên", "dti", 2022, rank=47, score=0.5012)
    }


def test_a_pillar_value_written_straight_after_its_name() -> None:
    """"Chính quyền số 0,2803 (xếp hạng 57)": no "điểm", no colon; the 0–1 value after the pillar is its score."""
    text = ("Năm 2020, Hậu Giang xếp thứ 40/63 về chỉ số chuyển đổi số. Điểm số các trụ cột là: Chính quyền số 0,3105 "
            "(xếp hạng 38); Kinh tế số 0,2207, xếp hạng 45 và Xã hội số 0,2911 (xếp hạng 41).")
    got = facts(text, date="2021-06-01")
    assert F("Hậu Giang", "dti", 2020, component="chính quyền số", rank=38, score=0.3105) in got
    assert F("Hậu Giang", "dti", 2020, component="kinh tế số", rank=45, score=0.2207) in got
    assert F("Hậu Giang", "dti", 2020, component="xã hội số", rank=41, score=0.2911) in got


def test_a_sentence_naming_nobody_goes_on_about_the_owner_named_before() -> None:
    """A sentence with no value that names a body as the owner of its ranking ("Thứ hạng chỉ số chuyển đổi
    số của tỉnh Lai Châu …") is who the next sentence, naming nobody, is about."""
    text = ("Báo cáo của Sở Thông tin và Truyền thông về chuyển đổi số. Thứ hạng chỉ số chuyển đổi số của tỉnh Lai Châu "
            "còn thấp so với cả nước. Cụ thể: Năm 2021 (xếp hạng 58 chỉ số 0,2904); Năm 2022 (xếp hạng 55, chỉ số 0,4410).")
    assert facts(text, date="2023-05-01") == {
        F("Lai Châu", "dti", 2021, rank=58, score=0.2904), F("Lai Châu", "dti", 2022, rank=55, score=0.441)
    }


def test_a_move_from_one_place_to_another_gives_both_editions() -> None:
    """"từ 90/193 năm 2016 lên 88/193": the place left has its own year; "từ thứ 7 năm 2015 xuống 21 năm 2016":
    a bare number reached is a place when both editions are named; a stated period gives each end its year."""
    text = "Thứ hạng Chính phủ điện tử của Việt Nam tăng từ 90/193 năm 2016 lên 88/193 quốc gia năm 2018."
    assert facts(text, date="2019-03-01") == {
        F("Việt Nam", "egdi", 2016, rank=90, total=193), F("Việt Nam", "egdi", 2018, rank=88, total=193)
    }
    text = "Về ICT Index, Hải Dương từ thứ 7 năm 2015 xuống 21 năm 2016."
    assert facts(text, date="2017-04-01") == {F("Hải Dương", "ict_index", 2015, rank=7), F("Hải Dương", "ict_index", 2016, rank=21)}
    text = "Việt Nam tăng hạng Chính phủ điện tử liên tục trong giai đoạn 2012 - 2018 từ vị trí 99 lên vị trí 88."
    assert facts(text, date="2019-03-01") == {F("Việt Nam", "egdi", 2012, rank=99), F("Việt Nam", "egdi", 2018, rank=88)}


def test_a_move_without_its_editions_keeps_bare_numbers_out() -> None:
    """"từ vị trí 59 lên 57" of a sub-index with no year: the bare 57 is not read as a place."""
    text = "Theo GII 2023, Việt Nam xếp thứ 46, riêng đầu vào đổi mới sáng tạo từ vị trí 59 lên 57."
    assert F("Việt Nam", "other", 2023, rank=57) not in facts(text, date="2023-10-01")


def test_a_year_after_and_opens_the_next_conjunct() -> None:
    """"đứng thứ 134 … và năm 2020 ở vị trí 124": 2020 is the second place's year, not the first's."""
    text = "Năm 2003 Lào đứng thứ 140 về Chính phủ điện tử và năm 2020 ở vị trí 130."
    assert facts(text, date="2021-05-01") == {F("Lào", "egdi", 2003, rank=140), F("Lào", "egdi", 2020, rank=130)}


def test_a_department_with_its_kind_word_in_lower_case() -> None:
    """"sở Xây dựng xếp thứ ba": the capitalised name after a lower-case "sở" is still the department."""
    text = ("Kết quả xếp hạng chuyển đổi số năm 2022 của các sở, ngành. Dẫn đầu là Sở Y tế với 0,83 điểm; tiếp đó là "
            "Sở Nội vụ xếp thứ hai với 0,81 điểm; sở Xây dựng xếp thứ ba với 0,79 điểm.")
    assert F("Sở Xây dựng", "local", 2022, rank=3, score=0.79) in facts(text, date="2023-03-01")
    assert not any("công" in f[0].lower() for f in facts("Các sở công nghiệp xếp thứ ba về DTI năm 2022."))


def test_pillar_names_written_longer_or_with_another_word() -> None:
    """"xã hội kỹ thuật số" is the pillar xã hội số, "Thiết chế số" the pillar thể chế số, and "Nguồn nhân
    lực" among DTI pillars is nhân lực số (it names the UN human-capital index only in the UN survey)."""
    text = ("Năm 2021, Bến Tre xếp thứ 20/63 về chỉ số chuyển đổi số. Trong đó, Thiết chế số xếp thứ 2/63, Nguồn nhân "
            "lực xếp thứ 5/63. Với xã hội kỹ thuật số, tỉnh tăng 11 bậc để xếp thứ mười.")
    got = facts(text, date="2022-05-01")
    assert F("Bến Tre", "dti", 2021, component="thể chế số", rank=2, total=63) in got
    assert F("Bến Tre", "dti", 2021, component="nhân lực số", rank=5, total=63) in got
    assert F("Bến Tre", "dti", 2021, component="xã hội số", rank=10, change=11) in got


def test_a_pillars_earlier_place_compared_in_brackets() -> None:
    """"(tăng 9 bậc so với xếp hạng 30 của năm 2021)": the pillar's place in the year compared."""
    text = ("Năm 2022, Long An xếp thứ 8 về DTI; trong đó, trụ cột kinh tế số xếp hạng 21 (tăng 9 bậc so với xếp hạng 30 "
            "của năm 2021).")
    got = facts(text, date="2023-05-01")
    assert F("Long An", "dti", 2021, component="kinh tế số", rank=30) in got
    assert F("Long An", "dti", 2022, component="kinh tế số", rank=21, change=9) in got


def test_top_spelled_top_or_tốp_and_a_counted_top_group() -> None:
    """"nằm trong tốp 10" is "top 10"; "là 3 đơn vị xếp hạng top đầu" is the top group of three."""
    assert facts("Năm 2021, Hưng Yên nằm trong tốp 10 cả nước về chỉ số chuyển đổi số.", date="2022-05-01") == {
        F("Hưng Yên", "dti", 2021, top=10)
    }
    text = "Bộ Tài chính, Bộ Tư pháp, Bộ Y tế là 3 đơn vị xếp hạng top đầu về mức độ ứng dụng CNTT năm 2018."
    assert facts(text, date="2019-06-01") == {F(b, "ict_application", 2018, top=3) for b in ("Bộ Tài chính", "Bộ Tư pháp", "Bộ Y tế")}


def test_in_recent_years_is_no_one_assessment() -> None:
    """"Những năm gần đây, X nằm trong top 10": true of several editions, so no year (GUIDELINES §13)."""
    text = "Những năm gần đây, Hưng Yên luôn nằm trong top 10 cả nước về chỉ số chuyển đổi số."
    assert facts(text, date="2023-05-01") == {F("Hưng Yên", "dti", None, top=10)}


def test_a_place_in_brackets_with_its_field_noun() -> None:
    """"… nằm ở vị trí thấp trong bảng xếp hạng (52/63 tỉnh, thành)": the bracket is the place and field."""
    text = "Năm 2021, Ninh Thuận vẫn nằm ở vị trí thấp trong bảng xếp hạng chuyển đổi số cả nước (52/63 tỉnh, thành)."
    assert facts(text, date="2022-05-01") == {F("Ninh Thuận", "dti", 2021, rank=52, total=63)}


def test_the_agent_of_a_passive_is_not_the_ranked_body() -> None:
    """"X được Bộ TT&TT đánh giá và công bố xếp hạng thứ 41/63": the ministry assesses, X is ranked."""
    text = ("Năm 2020, tỉnh Bạc Liêu được Bộ Thông tin và Truyền thông đánh giá và công bố xếp hạng thứ 44/63 tỉnh, "
            "thành phố về chỉ số chuyển đổi số.")
    assert facts(text, date="2021-05-01") == {F("Bạc Liêu", "dti", 2020, rank=44, total=63)}


def test_criteria_to_assess_are_no_plan_and_the_head_of_an_office_is_no_leader() -> None:
    """"6 tiêu chí để đánh giá, xếp hạng: …" states what was assessed (not a plan); "người đứng đầu" is the
    head of an office, not a first place."""
    text = ("Về mức độ ứng dụng CNTT năm 2017, có 6 tiêu chí để đánh giá, xếp hạng: Chỉ số Hạ tầng kỹ thuật CNTT, Bạc "
            "Liêu xếp thứ 30; Chỉ số Trang/Cổng thông tin điện tử, Bạc Liêu xếp thứ 12.")
    got = facts(text, date="2018-05-01")
    assert F("Bạc Liêu", "ict_application", 2017, component="hạ tầng kỹ thuật", rank=30) in got
    text = ("Năm 2022, Hà Nam xếp thứ 20/63 về chuyển đổi số. Kết quả chuyển đổi số là thước đo năng lực của người "
            "đứng đầu từng cơ quan.")
    assert facts(text, date="2023-05-01") == {F("Hà Nam", "dti", 2022, rank=20, total=63)}


def test_a_run_of_years_each_with_its_place() -> None:
    """"(năm 2020 xếp hạng 30, năm 2021 xếp thứ 24, năm 2022 đứng thứ 15 …)": each place takes the year written
    right before it, not the next pair's year after it."""
    text = ("Chỉ số chuyển đổi số của Tây Ninh tăng dần qua các năm (năm 2020 xếp hạng 30, năm 2021 xếp thứ 24, năm "
            "2022 đứng thứ 15 trong 63 tỉnh, thành phố).")
    assert facts(text, date="2023-05-01") == {
        F("Tây Ninh", "dti", 2020, rank=30), F("Tây Ninh", "dti", 2021, rank=24),
        F("Tây Ninh", "dti", 2022, rank=15, total=63),
    }


def test_pillars_named_as_the_cause_are_not_the_claims_component() -> None:
    """"Nỗ lực ở cả ba trụ cột … đã giúp Việt Nam tăng 15 bậc": the rise is the overall index's."""
    text = ("Nỗ lực ở cả 3 trụ cột hạ tầng viễn thông, nguồn nhân lực, dịch vụ công trực tuyến đã giúp Việt Nam tăng "
            "12 bậc về xếp hạng Chính phủ điện tử năm 2022.")
    assert facts(text, date="2022-10-01") == {F("Việt Nam", "egdi", 2022, change=12)}


def test_a_provinces_place_among_a_few_is_a_regional_place() -> None:
    """"So với các tỉnh Tây Nguyên, Gia Lai xếp thứ 3/5 …, sau Lâm Đồng và Đắk Lắk": neither the province's
    regional place nor its regional anchors are national facts; a field of five provinces is a region."""
    text = ("So với các tỉnh Tây Nguyên, Kon Tum xếp thứ 4/5 tỉnh về chỉ số chuyển đổi số năm 2022, sau Lâm Đồng, "
            "Đắk Lắk và Gia Lai.")
    assert facts(text, date="2023-03-01") == set()
    text = "Về chỉ số chuyển đổi số năm 2022, Kon Tum xếp thứ 4/5, sau Lâm Đồng, Đắk Lắk và Gia Lai."
    assert facts(text, date="2023-03-01") == set()
    text = "Về chỉ số chuyển đổi số năm 2022, Bộ Tư pháp xếp thứ 4/17, sau Bộ Tài chính."
    assert F("Bộ Tư pháp", "dti", 2022, rank=4, total=17) in facts(text, date="2023-03-01")


def test_the_ict_index_by_its_readiness_name_in_other_word_orders() -> None:
    """"mức độ sẵn sàng ứng dụng CNTT-TT" is the Vietnam ICT Index (readiness), not the ICT-application
    ranking; before Hà Tây joined Hà Nội (2008) the field was 64 provinces."""
    text = "Theo kết quả xếp hạng mức độ sẵn sàng ứng dụng CNTT-TT năm 2007, Quảng Trị xếp vị trí thứ 30 trong 64 tỉnh, thành."
    assert facts(text, date="2008-05-01") == {F("Quảng Trị", "ict_index", 2007, rank=30, total=64)}


def test_the_year_an_index_was_first_published_is_not_the_year_assessed() -> None:
    """"Chỉ số … công bố lần đầu tiên vào năm 2012" tells the index's history, not which edition ranks."""
    text = ("Về chỉ số EBI, Đồng Nai xếp hạng 6. Chỉ số Thương mại điện tử công bố lần đầu tiên vào năm 2012 để so "
            "sánh các địa phương.")
    assert facts(text, date=None) == {F("Đồng Nai", "other", None, rank=6)}


def test_a_provincial_site_writing_of_the_province_without_naming_it() -> None:
    """"(Cổng TTĐT) - Chỉ số DTI của tỉnh … xếp thứ 50/63" on the province's own site is about that
    province; counted provinces ("Có 10 tỉnh xếp hạng tăng …") and other sites name nobody."""
    text = ("(Cổng TTĐT) - Năm 2022, Chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 50/63 tỉnh, thành phố, tăng 5 bậc "
            "so với năm 2021. Có 10 tỉnh xếp hạng tăng trên 20 bậc.")
    assert facts(text, date="2023-11-20", url="https://sotttt.kontum.gov.vn/tin/1.html") == {
        F("Kon Tum", "dti", 2022, rank=50, total=63, change=5)
    }
    assert facts(text, date="2023-11-20", url="https://baokontum.com.vn/tin/1.html") == {
        F("Kon Tum", "dti", 2022, rank=50, total=63, change=5)
    }
    assert facts(text, date="2023-11-20", url="https://vnexpress.net/tin/1.html") == set()


def test_a_dti_year_equal_to_the_articles_own_year_dates_the_announcement() -> None:
    """DTI year Y is published in Y + 1: "Năm 2023, Hà Giang xếp thứ 55/63 về DTI" in an article dated 2023
    reports DTI 2022; with no date of its own (only one guessed from the body) the year stays as written."""
    text = "Năm 2023, Hà Giang xếp thứ 55/63 tỉnh, thành phố về chỉ số chuyển đổi số (DTI)."
    assert facts(text, date="2023-10-15") == {F("Hà Giang", "dti", 2022, rank=55, total=63)}
    assert facts(text, date="2024-05-15") == {F("Hà Giang", "dti", 2023, rank=55, total=63)}
    assert facts("Ngày 12/10/2023. " + text, date=None) == {F("Hà Giang", "dti", 2023, rank=55, total=63)}


def test_a_back_reference_is_on_topic_and_a_field_frame_after_an_outlet_tag() -> None:
    """"xếp hạng 4 trong 18 Bộ, ngành về công tác này" refers back to the ranking; "(TTXVN) – Trong số 19 cơ
    quan …, X dẫn đầu" frames the field even after the outlet's tag."""
    text = "Năm 2020, các bộ được đánh giá chuyển đổi số. Theo đó, Bộ Nội vụ xếp hạng 5 trong 18 Bộ, ngành về công tác này."
    assert facts(text, date="2021-07-01") == {F("Bộ Nội vụ", "dti", 2020, rank=5, total=18)}
    text = ("(TTXVN) – Trong số 19 cơ quan Bộ, cơ quan ngang Bộ, năm 2018, Bộ Tư pháp dẫn đầu về mức độ ứng dụng "
            "công nghệ thông tin.")
    assert facts(text, date="2019-07-01") == {F("Bộ Tư pháp", "ict_application", 2018, rank=1, total=19)}


def test_the_field_led_written_straight_after_the_verb() -> None:
    """"Bộ Tư pháp dẫn đầu 17 Bộ, cơ quan ngang Bộ …": the number after "dẫn đầu" is the field's size."""
    text = "Bộ Tư pháp dẫn đầu 17 Bộ, cơ quan ngang Bộ có dịch vụ công về chỉ số ICT Index 2020."
    assert facts(text, date="2021-07-01") == {F("Bộ Tư pháp", "ict_index", 2020, rank=1, total=17)}


def test_done_in_order_to_reach_a_place_is_a_result_not_a_plan() -> None:
    """"Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5" happened; "ban hành kế hoạch để vươn lên …" did not."""
    text = "Trong khu vực Đông Nam Á, Việt Nam đã vượt Brunei để vươn lên vị trí thứ 6 về Chính phủ điện tử năm 2022."
    assert facts(text, date="2022-10-01") == {F("Việt Nam", "egdi", 2022, group="Đông Nam Á", rank=6)}
    assert facts("Năm 2022, Hà Nam đã ban hành kế hoạch để vươn lên vị trí thứ 10 về chuyển đổi số.") == set()


def test_earlier_values_each_followed_by_its_year_in_a_comparison() -> None:
    """"(so với 0,60 điểm năm 2022 và 0,51 điểm năm 2021)": each value is its year's score."""
    text = "Điểm DTI của Lạng Sơn năm 2023 là 0,64 điểm (so với 0,60 điểm năm 2022 và 0,51 điểm năm 2021)."
    assert facts(text, date="2024-07-01") == {
        F("Lạng Sơn", "dti", 2023, score=0.64), F("Lạng Sơn", "dti", 2022, score=0.6), F("Lạng Sơn", "dti", 2021, score=0.51)
    }


def test_a_move_with_each_place_followed_by_its_year_in_brackets() -> None:
    """"từ vị trí 59 (2020) lên 44 (2023)": both places with their years."""
    text = "Xếp hạng DTI của Lạng Sơn liên tục cải thiện, từ vị trí 59 (2020) lên 44 (2023)."
    assert facts(text, date="2024-07-01") == {F("Lạng Sơn", "dti", 2020, rank=59), F("Lạng Sơn", "dti", 2023, rank=44)}


def test_a_place_in_an_unnamed_region_is_not_the_world_place() -> None:
    """"Xếp thứ 2 trong khu vực là Malaysia (thứ 44 thế giới)": the region is not named, so only the world
    place in brackets is a fact of the usual field."""
    text = "Theo GII 2015, xếp thứ 2 trong khu vực là Malaysia (thứ 32 thế giới)."
    assert facts(text, date="2015-12-01") == {F("Malaysia", "other", 2015, rank=32)}


def test_respective_values_after_muc() -> None:
    """"… ở mức lần lượt là 0,5123 và 0,4987": each body its value, in order."""
    text = "Năm 2022, Hà Giang và Cao Bằng có chỉ số chuyển đổi số thấp, ở mức lần lượt là 0,5123 và 0,4987."
    assert facts(text, date="2023-10-01") == {F("Hà Giang", "dti", 2022, score=0.5123), F("Cao Bằng", "dti", 2022, score=0.4987)}


def test_keeping_a_place_compared_with_a_year_is_no_change() -> None:
    """"xếp thứ 2 về chỉ số hạ tầng nhân lực …, giữ vị trí so với năm 2022": the pillar's change is 0."""
    text = ("Các chỉ số thành phần trong ICT Index 2023 của Cần Thơ gồm: xếp thứ 3 về chỉ số hạ tầng nhân lực với "
            "0,71 điểm, giữ vị trí so với năm 2022.")
    assert facts(text, date="2024-05-01") == {
        F("Cần Thơ", "ict_index", 2023, component="hạ tầng nhân lực", rank=3, score=0.71, change=0)
    }


def test_changes_against_an_older_edition_sub_indices_of_other_rankings_and_long_statistics() -> None:
    """"thụt lùi 3 bậc so với cách đây 5 năm" is no change against the previous edition; "đứng đầu hạng mục
    này" and "Về đầu vào đổi mới sáng tạo, … tăng 3 bậc" are parts of another ranking; "đứng thứ 10 cả nước
    về tỷ lệ hoàn thành …" ranks a statistic."""
    assert facts("Theo GII 2022, Việt Nam xếp thứ 48, thụt lùi 3 bậc so với cách đây 5 năm (2017).", date="2022-10-01") == {
        F("Việt Nam", "other", 2022, rank=48)
    }
    assert facts("Theo GII 2024, Việt Nam là một trong ba quốc gia đứng đầu hạng mục này.", date="2024-10-01") == set()
    assert facts("Theo GII 2024, về đầu vào đổi mới sáng tạo, Việt Nam tăng 3 bậc.", date="2024-10-01") == set()
    text = ("Năm 2023, Điện Biên đứng thứ 12 cả nước về tỷ lệ hoàn thành nhiệm vụ triển khai nghị quyết của Trung ương "
            "về phát triển khoa học, công nghệ và chuyển đổi số.")
    assert facts(text, date="2024-03-01") == set()


def test_a_dateline_older_than_the_results_it_calls_just_announced_bounds_no_year() -> None:
    """A page dated 2016 whose opening says the 2018 results "vừa được Bộ TT&TT công bố" has a wrong date:
    its 2018 facts are kept; without that opening a 2018 fact on a 2016 page is still dropped."""
    text = ("Theo kết quả đánh giá mức độ ứng dụng CNTT của các tỉnh năm 2018 vừa được Bộ Thông tin và Truyền thông "
            "công bố, Bình Định xếp thứ 3 trên toàn quốc.")
    assert facts(text, date="2016-10-25") == {F("Bình Định", "ict_application", 2018, rank=3)}
    text = "Theo kết quả đánh giá mức độ ứng dụng CNTT của các tỉnh năm 2018, Bình Định xếp thứ 3 trên toàn quốc."
    assert facts(text, date="2016-10-25") == set()


def test_a_shared_first_place_listed_after_gom_and_a_pillars_place_left_behind() -> None:
    """"…, đồng xếp hạng nhất gồm: A, B, C" gives each member first place in the pillar the clause opened
    with; "đồng hạng nhất … là A, B và C" is a shared first place, not a top group; "từ vị trí xếp thứ 44 năm
    2016, Cổng thông tin điện tử X …" is X's pillar place that year."""
    text = ("Năm 2019, Cổng thông tin điện tử Long An đạt điểm tối đa, nằm trong nhóm các tỉnh đồng xếp hạng nhất gồm: "
            "Long An, Bến Tre, Cà Mau.")
    got = facts(text, date="2020-09-03")
    for p in ("Long An", "Bến Tre", "Cà Mau"):
        assert F(p, "ict_application", 2019, component="cổng thông tin điện tử", rank=1) in got
    text = "Năm 2019, đồng hạng nhất về mức độ ứng dụng CNTT là Long An, Bến Tre và Cà Mau."
    assert facts(text, date="2020-09-03") == {F(p, "ict_application", 2019, rank=1) for p in ("Long An", "Bến Tre", "Cà Mau")}
    text = ("Về mức độ ứng dụng CNTT, từ vị trí xếp thứ 40 năm 2016, Cổng thông tin điện tử Long An đã vươn lên vị trí "
            "hạng nhất năm 2017.")
    assert facts(text, date="2018-09-03") == {
        F("Long An", "ict_application", 2016, component="cổng thông tin điện tử", rank=40),
        F("Long An", "ict_application", 2017, component="cổng thông tin điện tử", rank=1),
    }


def test_numbers_from_eleven_to_ninety_nine_written_as_words() -> None:
    """"tăng ba mươi tư bậc", "đứng thứ bốn mươi mốt", "tăng mười lăm bậc"; "thứ mười năm 2022" stays 10."""
    text = "Năm 2022, Hưng Yên tăng ba mươi tư bậc, lên vị trí 20/63 về chỉ số chuyển đổi số."
    assert facts(text, date="2023-07-01") == {F("Hưng Yên", "dti", 2022, rank=20, total=63, change=34)}
    assert facts("Về DTI năm 2022, Hưng Yên đứng thứ bốn mươi mốt, giảm mười lăm bậc.", date="2023-07-01") == {
        F("Hưng Yên", "dti", 2022, rank=41, change=-15)
    }
    assert facts("Hưng Yên xếp thứ mười năm 2022 về chỉ số chuyển đổi số.", date="2023-07-01") == {
        F("Hưng Yên", "dti", 2022, rank=10)
    }


def test_more_ways_to_write_places_lists_and_groups() -> None:
    """"về đích thứ ba"; "đội sổ trong số 17 bộ" (last of 17); "dẫn đầu về kinh tế số; xếp sau là A và B" (the
    list goes on in that pillar); "các vị trí dẫn đầu … lần lượt thuộc về A, B và C"; a counted group named
    after a long phrase and "là:" ("Ba cơ quan đứng đầu … là: A; B; C"); "Năm đơn vị xếp hạng cao nhất … của TP
    Cần Thơ gồm: …" (the ranking's owner is no member)."""
    assert facts("Trong DTI năm 2022, Bộ Xây dựng về đích thứ ba.", date="2023-07-25") == {F("Bộ Xây dựng", "dti", 2022, rank=3)}
    assert facts("Bộ Nội vụ đội sổ trong số 17 bộ có cung cấp dịch vụ công tại DTI 2022.", date="2023-07-25") == {
        F("Bộ Nội vụ", "dti", 2022, rank=17, total=17)
    }
    assert facts("Đà Nẵng dẫn đầu về xã hội số trong DTI 2023; xếp sau là Hà Nội và Bắc Ninh.", date="2024-06-19") == {
        F(p, "dti", 2023, component="xã hội số", rank=r) for p, r in (("Đà Nẵng", 1), ("Hà Nội", 2), ("Bắc Ninh", 3))
    }
    text = "Các vị trí dẫn đầu DTI 2023 lần lượt thuộc về Bộ Tư pháp, Bộ Y tế và Bộ Nội vụ."
    assert facts(text, date="2024-06-19") == {
        F(p, "dti", 2023, rank=r) for p, r in (("Bộ Tư pháp", 1), ("Bộ Y tế", 2), ("Bộ Nội vụ", 3))
    }
    text = ("Ba cơ quan đứng đầu khối cơ quan thuộc Chính phủ về ứng dụng CNTT, phát triển Chính phủ điện tử năm 2018 "
            "là: BHXH Việt Nam; Thông tấn xã Việt Nam; Đài Tiếng nói Việt Nam.")
    assert facts(text, date="2019-06-10") == {
        F(p, "ict_application", 2018, top=3)
        for p in ("Bảo hiểm xã hội Việt Nam", "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam")
    }
    text = "Ba đơn vị xếp hạng cao nhất về chuyển đổi số năm 2023 của TP Cần Thơ gồm: Sở Tư pháp, Sở Y tế và Sở Nội vụ."
    assert facts(text, date="2024-01-22") == {F(p, "local", 2023, top=3) for p in ("Sở Tư pháp", "Sở Y tế", "Sở Nội vụ")}


def test_local_units_named_by_kind_in_a_sentence_that_names_the_local_ranking() -> None:
    """"Bảng xếp hạng chuyển đổi số cấp xã … của tỉnh X: phường Y xếp thứ nhất": Y is a local unit, and a
    province named as the owner of its units' ranking is no subject ("Sở A dẫn đầu bảng xếp hạng … của tỉnh X
    với 89,6 điểm"; "Huyện B, … trong xếp hạng cấp huyện của tỉnh X, … vươn lên dẫn đầu")."""
    text = "Bảng xếp hạng chuyển đổi số cấp xã năm 2023 của tỉnh Đồng Nai: phường Tam Hiệp xếp thứ nhất."
    assert facts(text, date="2024-02-05") == {F("UBND phường Tam Hiệp", "local", 2023, rank=1)}
    text = "Sở Y tế giữ vị trí đầu bảng xếp hạng chỉ số ứng dụng CNTT năm 2021 của tỉnh Hà Nam với 88,4/100 điểm."
    assert facts(text, date="2022-02-18") == {F("Sở Y tế", "local", 2021, rank=1, score=88.4)}
    text = ("Huyện Phù Cát, năm ngoái đứng thứ 6 trong xếp hạng chuyển đổi số cấp huyện của tỉnh Bình Định, năm 2023 "
            "đã vươn lên dẫn đầu.")
    assert facts(text, date="2023-11-05") == {
        F("UBND huyện Phù Cát", "local", 2022, rank=6), F("UBND huyện Phù Cát", "local", 2023, rank=1)
    }


def test_pronouns_for_the_province_the_overall_index_and_the_ranking_as_subject() -> None:
    """"riêng chỉ số công nghiệp CNTT của tỉnh dẫn đầu cả nước" (the province leads that pillar); "trong khi chỉ
    số chung của tỉnh đứng thứ 25" (the whole index, not the pillar named before); "GII 2023 xếp Việt Nam thứ
    46/132" (the body ranked as the object)."""
    text = "Theo Vietnam ICT Index 2016, Hải Dương đứng thứ 9; riêng chỉ số công nghiệp CNTT của tỉnh dẫn đầu cả nước."
    assert facts(text, date="2016-11-30") == {
        F("Hải Dương", "ict_index", 2016, rank=9), F("Hải Dương", "ict_index", 2016, component="công nghiệp cntt", rank=1)
    }
    text = ("Chỉ số hạ tầng kỹ thuật của Yên Bái trong Vietnam ICT Index 2012 xếp thứ 3/63, trong khi chỉ số chung của "
            "tỉnh đứng thứ 30.")
    assert facts(text, date="2012-11-28") == {
        F("Yên Bái", "ict_index", 2012, component="hạ tầng kỹ thuật", rank=3, total=63), F("Yên Bái", "ict_index", 2012, rank=30)
    }
    assert facts("Chỉ số GII 2022 xếp Việt Nam thứ 48/132 nền kinh tế.", date="2022-09-28") == {
        F("Việt Nam", "other", 2022, rank=48, total=132)
    }


def test_two_years_in_one_place_and_a_change_after_the_place_reached() -> None:
    """"Sau hai năm liền xếp thứ nhì vào các năm 2020 và 2021, X …": rank 2 in both years; "X từ vị trí 52 năm
    2022 vọt lên vị trí 23 năm 2023, tăng 29 bậc": the change belongs to the place reached (2023)."""
    text = "Sau hai năm liền xếp thứ nhì vào các năm 2020 và 2021, Bắc Ninh tụt xuống vị trí thứ năm trong DTI 2022."
    assert facts(text, date="2023-07-27") == {
        F("Bắc Ninh", "dti", 2020, rank=2), F("Bắc Ninh", "dti", 2021, rank=2), F("Bắc Ninh", "dti", 2022, rank=5)
    }
    text = "Về chuyển đổi số cấp tỉnh, Điện Biên từ vị trí 50 năm 2022 vọt lên vị trí 30 năm 2023, tăng 20 bậc."
    assert facts(text, date="2024-06-18") == {F("Điện Biên", "dti", 2022, rank=50), F("Điện Biên", "dti", 2023, rank=30, change=20)}


def test_a_points_label_before_the_value_and_a_share_of_the_maximum() -> None:
    """"với tổng điểm 731,61 đạt 73,16% so với điểm tối đa": the score is 731.61; the percentage is a share."""
    text = ("Kết quả xếp hạng chuyển đổi số năm 2023 các sở, ban, ngành: đứng đầu là Sở Nội vụ với tổng điểm 720,40 "
            "đạt 72,04% so với điểm tối đa.")
    assert facts(text, date="2024-03-01") == {F("Sở Nội vụ", "local", 2023, rank=1, score=720.4)}


def test_ke_den_la_goes_on_counting() -> None:
    """"xếp hạng 1 là A, kế đến là B, C và D": places 2, 3, 4."""
    text = "Khối sở, ban, ngành năm 2023: xếp hạng 1 là Sở Tư pháp, kế đến là Sở Nội vụ, Sở Y tế và Sở Xây dựng."
    assert facts(text, date="2024-03-01") == {
        F(p, "local", 2023, rank=r) for p, r in (("Sở Tư pháp", 1), ("Sở Nội vụ", 2), ("Sở Y tế", 3), ("Sở Xây dựng", 4))
    }


def test_a_body_scored_in_one_sentence_owns_the_pillar_places_of_the_next() -> None:
    """"X đứng cuối bảng …, với 326,85/500 điểm. Các tiêu chí xếp thấp như: nhân lực số … xếp thứ 6/17": the
    pillar places are X's; a sentence that names a firm ("Tập đoàn … dẫn đầu") names somebody, so it is not X's."""
    text = ("Kết quả chuyển đổi số cấp sở năm 2023: Sở Ngoại vụ đứng cuối bảng xếp hạng cấp sở, ngành, với 310,5/500 "
            "điểm. Các tiêu chí xếp thấp như: nhân lực số đạt 17,5/50 điểm, xếp thứ 7/17.")
    assert F("Sở Ngoại vụ", "local", 2023, component="nhân lực số", rank=7, total=17, score=17.5) in facts(text, date="2024-04-02")
    text = ("Theo ICT Index 2023, Bộ Nội vụ đứng cuối bảng với 0,1821 điểm. Tập đoàn Điện lực Việt Nam dẫn đầu nhóm "
            "các tập đoàn kinh tế.")
    assert facts(text, date="2024-04-02") == {F("Bộ Nội vụ", "ict_index", 2023, score=0.1821)}


def test_a_pipe_table_with_the_place_first_and_a_change_column() -> None:
    """"Hạng | Đơn vị | Điểm | Tăng/giảm" rows ("2 | Sở Y tế | 95,75 | -1"): place, score and change."""
    text = ("Kết quả đánh giá chuyển đổi số năm 2023 của các sở, ban, ngành như sau:\n\nHạng | Đơn vị | Điểm | Tăng/giảm\n"
            "1 | Sở Tư pháp | 96,5 | +1\n2 | Sở Y tế | 95,75 | -1\n3 | Sở Xây dựng | 93,2 | 0\n")
    assert facts(text, date="2024-02-01") == {
        F("Sở Tư pháp", "local", 2023, rank=1, score=96.5, change=1),
        F("Sở Y tế", "local", 2023, rank=2, score=95.75, change=-1),
        F("Sở Xây dựng", "local", 2023, rank=3, score=93.2, change=0),
    }


def test_more_context_words_a_ministry_block_our_country_and_universities() -> None:
    """"Xếp sau lần lượt là A và B" counts on; a ranking of "xã, phường, thị trấn" makes "phường X" a unit in the
    sentences after; "bộ có dịch vụ công trực tuyến" names a block, not the pillar; "nước ta" is Việt Nam; a
    university's place "trong các trường đại học" is off the domain."""
    text = "Ở khối quận, huyện năm 2023, quận Hải Châu dẫn đầu. Xếp sau lần lượt là quận Sơn Trà và huyện Hòa Vang."
    assert facts(text, date="2024-04-16") == {
        F("UBND quận Hải Châu", "local", 2023, rank=1), F("UBND quận Sơn Trà", "local", 2023, rank=2),
        F("UBND huyện Hòa Vang", "local", 2023, rank=3),
    }
    text = ("UBND tỉnh phê duyệt kết quả chuyển đổi số năm 2023 của 141 xã, phường, thị trấn. Theo đó, phường Phú Hội "
            "đứng đầu với 92,15 điểm.")
    assert facts(text, date="2024-02-28") == {F("UBND phường Phú Hội", "local", 2023, rank=1, score=92.15)}
    text = "Theo ICT Index 2015, ở khối các bộ có dịch vụ công trực tuyến, Bộ Tài chính dẫn đầu, tiếp đến là Bộ Công Thương."
    assert facts(text, date="2015-12-28") == {F("Bộ Tài chính", "ict_index", 2015, rank=1), F("Bộ Công Thương", "ict_index", 2015, rank=2)}
    text = "Năm 2024, chỉ số phát triển Chính phủ điện tử (EGDI) của nước ta đạt 0,7709."
    assert facts(text, date="2024-09-18") == {F("Việt Nam", "egdi", 2024, score=0.7709)}
    text = "Năm 2022, Đồng Nai phối hợp với Trường Đại học Lạc Hồng, trường được xếp thứ 5 trong các trường đại học tư thục."
    assert facts(text, date="2023-05-01") == set()


def test_a_provincial_site_with_a_publisher_named_and_the_dti_year_of_its_context() -> None:
    """"… do Bộ TT&TT công bố, tỉnh ta xếp thứ 14/63" on the province's own site is that province (the publisher
    named is no subject); a DTI year taken from the text around a sentence that equals the year of a dated
    article is the announcement's too."""
    text = "Theo Báo cáo Vietnam ICT Index 2012 do Bộ Thông tin và Truyền thông công bố, tỉnh ta xếp thứ 14/63 tỉnh, thành phố."
    assert facts(text, date="2012-12-10", url="https://vinhphuc.gov.vn/tin/1.html") == {
        F("Vĩnh Phúc", "ict_index", 2012, rank=14, total=63)
    }
    text = "Năm 2023, Chỉ số DTI của Bình Thuận xếp thứ 46/63. Về thể chế số, tỉnh đứng thứ 12."
    assert facts(text, date="2023-10-13") == {
        F("Bình Thuận", "dti", 2022, rank=46, total=63), F("Bình Thuận", "dti", 2022, component="thể chế số", rank=12)
    }


def test_the_ict_application_rankings_own_name_is_not_its_pillar() -> None:
    """"mức độ ứng dụng CNTT trong hoạt động của các cơ quan nhà nước" names the ranking; "Ứng dụng CNTT trong
    hoạt động của cơ quan (xếp thứ 3/63)" is its pillar."""
    text = ("Theo báo cáo đánh giá mức độ ứng dụng CNTT trong hoạt động của các cơ quan nhà nước năm 2010, Bộ Tư pháp "
            "đứng đầu khối bộ, ngành.")
    assert facts(text, date="2011-03-01") == {F("Bộ Tư pháp", "ict_application", 2010, rank=1)}
    text = "Năm 2019, về mức độ ứng dụng CNTT, Lâm Đồng có chỉ số Ứng dụng CNTT trong hoạt động của cơ quan (xếp thứ 3/63)."
    assert facts(text, date="2020-06-01") == {
        F("Lâm Đồng", "ict_application", 2019, component="ứng dụng cntt", rank=3, total=63)
    }


def test_a_title_claim_without_a_year_takes_the_year_of_the_body_claim_it_restates() -> None:
    """Title "Hà Giang tăng 29 bậc về chuyển đổi số" over a body "từ vị trí 52 năm 2022 … lên vị trí 23 năm 2023,
    tăng 29 bậc": the title's rise is the 2023 one the body states."""
    text = "Về chuyển đổi số cấp tỉnh, Lai Châu từ vị trí 50 năm 2022 vọt lên vị trí 31 năm 2023, tăng 19 bậc."
    assert facts(text, title="Lai Châu tăng 19 bậc về chuyển đổi số", date="2024-06-18") == {
        F("Lai Châu", "dti", 2022, rank=50), F("Lai Châu", "dti", 2023, rank=31, change=19)
    }


def test_a_region_opened_with_rieng_and_two_years_written_together() -> None:
    """"Tính riêng trong khu vực Đông Nam Á, Việt Nam … đứng vị trí 5/11" is the regional place; "Năm 2019, 2020,
    X xếp hạng 3" is X's place in both years."""
    text = "Tính riêng trong khu vực Đông Nam Á, Việt Nam tăng 1 bậc lên vị trí 5/11 về Chính phủ điện tử năm 2024."
    assert facts(text, date="2024-09-20") == {F("Việt Nam", "egdi", 2024, group="Đông Nam Á", rank=5, total=11, change=1)}
    assert facts("Theo ICT Index, năm 2019, 2020, Bộ Y tế xếp hạng 4.", date="2021-05-01") == {
        F("Bộ Y tế", "ict_index", 2019, rank=4), F("Bộ Y tế", "ict_index", 2020, rank=4)
    }


def test_the_year_of_a_top_group_carries_to_the_place_named_after_it() -> None:
    """"A, B, C là 3 nước dẫn đầu về Chính phủ điện tử năm 2022, Việt Nam đứng thứ 4": Việt Nam's place is 2022's;
    "X, địa phương đứng đầu năm 2017, lùi xuống thứ hai" keeps the article's year for the second place."""
    text = ("Trong khu vực Đông Nam Á, Singapore, Malaysia và Thái Lan là 3 nước dẫn đầu về Chính phủ điện tử năm 2022, "
            "Việt Nam đứng thứ 4.")
    assert F("Việt Nam", "egdi", 2022, group="Đông Nam Á", rank=4) in facts(text, date="2024-09-20")
    got = facts("Theo ICT Index 2018, Đà Nẵng, địa phương đứng đầu năm 2017, lùi xuống thứ hai.", date="2019-03-01")
    assert F("Đà Nẵng", "ict_index", 2018, rank=2) in got


def test_changes_of_other_rankings_and_a_change_dated_at_or_before_its_comparison() -> None:
    """Other rankings come out at irregular intervals: "tăng 25 bậc so với năm 2018" in GCI 2020 is its change;
    "giảm 9 hạng so với năm 2019 (năm 2019, …)" in a PCI 2020 sentence is a 2020 change, not a 2019 one."""
    text = "Trong bảng xếp hạng GCI 2020, Việt Nam xếp thứ 25/194 quốc gia, tăng 25 bậc so với năm 2018."
    assert facts(text, date="2021-07-01") == {F("Việt Nam", "other", 2020, rank=25, total=194, change=25)}
    text = ("Theo PCI năm 2020 do VCCI công bố, Long An đạt 68,16 điểm, xếp hạng 10/63, giảm 3 hạng so với năm 2019 "
            "(năm 2019, Long An xếp thứ 7/63 với 70,05 điểm).")
    got = facts(text, date="2021-05-01")
    assert F("Long An", "other", 2020, rank=10, total=63, score=68.16, change=-3) in got
    assert F("Long An", "other", 2019, rank=7, total=63, score=70.05) in got


def test_a_sentence_stating_no_value_that_opens_on_a_body_is_about_it() -> None:
    """"Huyện Lý Sơn có bước tiến đáng kể. Huyện đảo này đạt 655,2 điểm, xếp thứ 7/13": the second sentence
    names nobody and goes on about the body the first opened with."""
    text = ("Chỉ số chuyển đổi số cấp huyện năm 2023 của Quảng Ngãi: thị xã Đức Phổ xếp thứ 4. Huyện Lý Sơn có bước tiến "
            "đáng kể. Huyện đảo này đạt 655,2 điểm, xếp thứ 7/13 và tăng 3 bậc.")
    got = facts(text, date="2024-04-02")
    assert F("UBND huyện Lý Sơn", "local", 2023, rank=7, total=13, score=655.2, change=3) in got


def test_a_bracket_opened_by_an_earlier_year_dates_all_its_values_and_is_no_year_of_the_claim_before() -> None:
    """"xếp Việt Nam thứ 99/193, giảm 16 bậc (năm 2012: hạng 83, 0,5217 điểm). … năm nay đạt 0,4705": the change
    and this year's score are 2014's; the bracket's place and score are 2012's."""
    text = ("Báo cáo khảo sát Chính phủ điện tử năm 2014 của Liên Hợp Quốc xếp Việt Nam thứ 99/193 quốc gia, giảm 16 "
            "bậc (năm 2012: hạng 83, 0,5217 điểm). Chỉ số EGDI của Việt Nam năm nay đạt 0,4705.")
    got = facts(text, date="2014-06-30")
    assert F("Việt Nam", "egdi", 2014, rank=99, total=193, change=-16) in got
    assert F("Việt Nam", "egdi", 2012, rank=83, score=0.5217) in got
    assert F("Việt Nam", "egdi", 2014, score=0.4705) in got


def test_a_list_after_a_first_place_with_an_earlier_years_place_in_brackets() -> None:
    """"X đứng đầu với 0,6712 điểm (năm 2005 xếp thứ 2). Tiếp theo là A và B": A is second, B third; and an
    index named "(IDI) 2017" gives its year to the sentences after it."""
    text = "Ở khối tỉnh thành, TP.HCM đứng đầu Vietnam ICT Index 2006 với 0,6712 điểm (năm 2005 xếp thứ 2). Tiếp theo là Hà Nội và Đà Nẵng."
    got = facts(text, date="2006-12-15")
    assert F("Hà Nội", "ict_index", 2006, rank=2) in got and F("Đà Nẵng", "ict_index", 2006, rank=3) in got
    text = "ITU vừa công bố Chỉ số phát triển ICT (IDI) 2017. Iceland dẫn đầu bảng xếp hạng, tiếp theo là Hàn Quốc."
    assert facts(text, date="2017-11-16") == {F("Iceland", "other", 2017, rank=1), F("Hàn Quốc", "other", 2017, rank=2)}


def test_pillar_values_respectively() -> None:
    """"Các chỉ số thành phần OSI, TII và HCI lần lượt đạt 0,4252; 0,3049 và 0,6815": each pillar its value."""
    text = ("Năm 2014, các chỉ số thành phần dịch vụ công trực tuyến (OSI), hạ tầng viễn thông (TII) và nguồn nhân lực "
            "(HCI) của Việt Nam lần lượt đạt 0,4252; 0,3049 và 0,6815.")
    assert facts(text, date="2014-06-30") == {
        F("Việt Nam", "egdi", 2014, component="dịch vụ công trực tuyến", score=0.4252),
        F("Việt Nam", "egdi", 2014, component="hạ tầng viễn thông", score=0.3049),
        F("Việt Nam", "egdi", 2014, component="nguồn nhân lực", score=0.6815),
    }


def test_units_named_by_kind_one_after_another_and_a_score_after_a_change() -> None:
    """"Xếp sau phường A là phường B và phường C, lần lượt đạt …": each kind word starts its own unit; "tăng 2 bậc,
    xếp thứ 4 với 87,5 điểm" is a score (only "tăng 0,2 điểm", "tăng 29 bậc và 8,06 điểm" are differences)."""
    text = ("Chỉ số chuyển đổi số cấp xã năm 2022 của 141 xã, phường, thị trấn. Phường Thuận Hòa xếp thứ nhất với 468,9/500 "
            "điểm. Xếp sau phường Thuận Hòa là phường Tây Lộc và phường Thủy Biều, lần lượt đạt 455,2 và 451,75 điểm.")
    got = facts(text, date="2023-05-05")
    assert F("UBND phường Tây Lộc", "local", 2022, rank=2, score=455.2) in got
    assert F("UBND phường Thủy Biều", "local", 2022, rank=3, score=451.75) in got
    text = "Kết quả chuyển đổi số cấp sở năm 2023: Sở Xây dựng tăng 2 bậc, xếp thứ 4 với 87,5 điểm."
    assert facts(text, date="2024-02-01") == {F("Sở Xây dựng", "local", 2023, rank=4, score=87.5, change=2)}
    text = "Theo PCI 2022, Hà Nam có tổng điểm là 70,1, tăng 9 bậc và 3,06 điểm so với năm 2021."
    assert F("Hà Nam", "other", 2022, score=3.06) not in facts(text, date="2023-05-01")


def test_anchors_after_a_change_and_a_pillar_named_with_its_long_name_in_a_respective_list() -> None:
    """"X xếp thứ 3/63 …, tăng 1 bậc so với năm 2015, chỉ đứng sau A và B": A and B are the top two; "Ứng dụng CNTT
    trong hoạt động nội bộ" is one pillar in a list "lần lượt xếp thứ 3, 1 và 2"."""
    text = ("Theo Vietnam ICT Index 2016, Bắc Ninh xếp thứ 3/63 tỉnh, thành phố, tăng 1 bậc so với năm 2015, chỉ đứng sau "
            "Đà Nẵng và Hà Nội.")
    got = facts(text, date="2016-11-10")
    assert F("Đà Nẵng", "ict_index", 2016, top=2) in got and F("Hà Nội", "ict_index", 2016, top=2) in got
    text = ("Năm 2012, ở các hạng mục hạ tầng kỹ thuật, ứng dụng CNTT trong hoạt động nội bộ và cổng thông tin điện tử về "
            "mức độ ứng dụng CNTT, Huế lần lượt xếp thứ 3, 1 và 2.")
    got = facts(text, date="2013-04-02")
    assert F("Thừa Thiên Huế", "ict_application", 2012, component="ứng dụng cntt", rank=1) in got


def test_more_verbs_of_a_rise_or_a_fall() -> None:
    """"tiến thêm 24 bậc", "nhảy vọt 16 bậc" are rises; "rơi 5 bậc", "hạ 3 bậc" falls."""
    text = "Theo ICT Index 2008, Bắc Ninh tiến thêm 24 bậc, xếp thứ 3; Hà Nam rơi 5 bậc; Nam Định hạ 3 bậc."
    assert facts(text, date="2008-12-01") == {
        F("Bắc Ninh", "ict_index", 2008, rank=3, change=24), F("Hà Nam", "ict_index", 2008, change=-5),
        F("Nam Định", "ict_index", 2008, change=-3),
    }


def test_older_ict_index_pillar_labels_and_leaders_of_several_blocks() -> None:
    """ICT Index pillars written bare ("ứng dụng: 0,94", "sản xuất kinh doanh: 0,41", "Ở lĩnh vực sản xuất kinh
    doanh, X đứng thứ 2 sau Y", "môi trường tổ chức – chính sách: 1" among values, "xếp vị thứ 3"); "Dẫn đầu …
    ở khối các bộ là A và ở khối địa phương là B": each leads its block."""
    text = ("Theo ICT Index 2008, Đà Nẵng có chỉ số ở các lĩnh vực như sau: hạ tầng kỹ thuật: 0,82; ứng dụng: 0,94; "
            "sản xuất kinh doanh: 0,41; môi trường tổ chức – chính sách: 1. Ở lĩnh vực sản xuất kinh doanh, Đà Nẵng "
            "đứng thứ 2 sau Bắc Ninh. Ở mảng hạ tầng nhân lực, Đà Nẵng xếp vị thứ 3.")
    got = facts(text, date="2008-09-01")
    for comp, score in (("hạ tầng kỹ thuật", 0.82), ("ứng dụng cntt", 0.94), ("công nghiệp cntt", 0.41), ("cơ chế chính sách", 1.0)):
        assert F("Đà Nẵng", "ict_index", 2008, component=comp, score=score) in got
    assert F("Đà Nẵng", "ict_index", 2008, component="công nghiệp cntt", rank=2) in got
    assert F("Bắc Ninh", "ict_index", 2008, component="công nghiệp cntt", rank=1) in got
    assert F("Đà Nẵng", "ict_index", 2008, component="hạ tầng nhân lực", rank=3) in got
    text = ("Dẫn đầu xếp hạng mức độ ứng dụng CNTT năm 2015 ở khối các Bộ, cơ quan ngang Bộ là Bộ Tư pháp và ở khối "
            "địa phương là tỉnh Lào Cai.")
    assert facts(text, date="2016-03-01") == {F("Bộ Tư pháp", "ict_application", 2015, rank=1), F("Lào Cai", "ict_application", 2015, rank=1)}


def test_a_heading_line_gives_its_pillar_to_the_paragraph_after_it() -> None:
    """"1. Chỉ số Hạ tầng kỹ thuật CNTT:" alone, then "Quảng Trị đạt 0,934/1,00 điểm; xếp thứ 41/63": the values
    are the pillar's; the paragraph after the next one is no longer in it."""
    text = ("Theo báo cáo mức độ ứng dụng CNTT năm 2016, tỉnh Quảng Trị có số điểm và xếp hạng như sau:\n\n"
            "1. Chỉ số Hạ tầng kỹ thuật CNTT:\n\nQuảng Trị đạt 0,934/1,00 điểm; xếp thứ 41/63 tỉnh, thành.\n\n"
            "Nhìn chung, Quảng Trị xếp thứ 30/63 tỉnh, thành.")
    got = facts(text, date="2017-05-09")
    assert F("Quảng Trị", "ict_application", 2016, component="hạ tầng kỹ thuật", rank=41, total=63, score=0.934) in got
    assert F("Quảng Trị", "ict_application", 2016, rank=30, total=63) in got


def test_a_run_of_earlier_places_in_brackets_after_the_assessing_ministry() -> None:
    """"… Cổng thông tin điện tử X … kể từ khi Bộ TT&TT đánh giá xếp hạng (năm 2008: xếp thứ 5; năm 2009: thứ 3)":
    the places are X's portal's, each year in the portal's pillar; the assessing ministry is no subject."""
    text = ("Năm 2014, Cổng thông tin điện tử Lâm Đồng xếp thứ 1 về mức độ ứng dụng CNTT. Kết quả này khẳng định vị trí "
            "của Cổng thông tin điện tử Lâm Đồng kể từ khi Bộ Thông tin và Truyền thông đánh giá xếp hạng (năm 2008: "
            "xếp thứ 5; năm 2009: thứ 3; năm 2010: thứ 1).")
    got = facts(text, date="2014-05-01")
    for year, rank in ((2008, 5), (2009, 3), (2010, 1)):
        assert F("Lâm Đồng", "ict_application", year, component="cổng thông tin điện tử", rank=rank) in got
    assert not any(f[0] == "Bộ Thông tin và Truyền thông" for f in got)


def test_a_move_over_a_span_of_years_ends_in_the_last_edition() -> None:
    """"Giai đoạn 2014 - 2016, … tăng 5 bậc lên hạng 94": the place reached is the span's last edition's; a span
    with no move after it names no assessed year."""
    text = ("Theo khảo sát Chính phủ điện tử của Liên Hợp Quốc, giai đoạn 2014 - 2016, Campuchia đã tăng 4 bậc lên "
            "hạng 124 trên 193 quốc gia.")
    assert facts(text, date="2019-02-10") == {F("Campuchia", "egdi", 2016, rank=124, total=193, change=4)}
    calm = ("Từ năm 2020 đến năm 2022, tỉnh Hà Giang đã đầu tư mạnh cho hạ tầng số. Theo DTI năm 2022, "
            "Hà Giang xếp thứ 40/63.")
    assert facts(calm, date="2023-07-20") == {F("Hà Giang", "dti", 2022, rank=40, total=63)}


def test_sang_den_nam_names_the_next_edition_not_a_limit() -> None:
    """"Sang đến năm 2020, … lên vị trí thứ 86": the edition after the one before, not "đến năm 2025" (a limit)."""
    text = ("Theo xếp hạng Chính phủ điện tử của Liên Hợp Quốc năm 2018, Lào đứng thứ 162. "
            "Sang đến năm 2020, Lào tăng 5 bậc lên vị trí thứ 157.")
    assert facts(text, date="2021-03-02") == {
        F("Lào", "egdi", 2018, rank=162), F("Lào", "egdi", 2020, rank=157, change=5)
    }


def test_an_index_named_at_length_before_its_edition_year() -> None:
    """A caption line "Chỉ số phát triển chính phủ điện tử của Việt Nam 2020" dates the article's claims."""
    text = ("Ba nước đứng đầu thế giới về chỉ số EGDI là Đan Mạch, Hàn Quốc và Estonia.\n\n"
            "Chỉ số phát triển chính phủ điện tử của Việt Nam 2020\n\nViệt Nam xếp thứ 86/193 quốc gia.")
    got = facts(text, date=None)
    assert F("Việt Nam", "egdi", 2020, rank=86, total=193) in got
    assert F("Đan Mạch", "egdi", 2020, top=3) in got


def test_a_district_ranking_has_the_dti_sub_indices() -> None:
    """A province's DTI of its districts is built like the national one: "hoạt động kinh tế số … xếp thứ 9/12"
    is that sub-index's place, for the district the text is about."""
    text = ("Theo kết quả xếp hạng chuyển đổi số cấp huyện năm 2023 của tỉnh, huyện Bình Giang xếp thứ 10/12. "
            "Các tiêu chí khác cũng thấp như hoạt động kinh tế số chỉ đạt 20,1/100 điểm, xếp thứ 9/12; "
            "hoạt động xã hội số 50,3/100 điểm, xếp thứ 7/12.")
    got = facts(text, date="2024-03-01")
    assert F("UBND huyện Bình Giang", "local", 2023, component="hoạt động kinh tế số", rank=9, total=12, score=20.1) in got
    assert F("UBND huyện Bình Giang", "local", 2023, component="hoạt động xã hội số", rank=7, total=12, score=50.3) in got


def test_each_pillar_of_a_list_keeps_its_bracketed_score() -> None:
    """"gồm: chính quyền số (0,61 điểm) và kinh tế số (0,55 điểm)": each score is the pillar's written before it."""
    text = "Theo DTI 2022, Kon Tum có 2 trụ cột cao, gồm: chính quyền số (0,61 điểm) và kinh tế số (0,55 điểm)."
    assert facts(text, date="2023-05-01") == {
        F("Kon Tum", "dti", 2022, component="chính quyền số", score=0.61),
        F("Kon Tum", "dti", 2022, component="kinh tế số", score=0.55),
    }


def test_the_place_left_of_a_named_year_keeps_that_year_and_its_score() -> None:
    """"Việt Nam năm 2015 xếp thứ 102 với 4,28 điểm, tụt 8 bậc từ vị trí 94 của năm 2010 với 3,61 điểm": the
    year before the first place is not the year of the place left."""
    text = ("Theo chỉ số IDI của ITU, Lào năm 2017 xếp thứ 144 với 2,91 điểm, tụt 5 bậc từ vị trí 139 của năm 2016 "
            "với 2,45 điểm.")
    assert facts(text, date="2018-01-10") == {
        F("Lào", "other", 2017, rank=144, score=2.91, change=-5), F("Lào", "other", 2016, rank=139, score=2.45)
    }


def test_a_heading_that_is_only_the_pillar_name_opens_its_section() -> None:
    """"2. Trụ cột kinh tế số" on a line of its own, then "Đạt 0,41 điểm, xếp thứ 38/63": the values are the
    pillar's, of the province the article is about; the next heading closes the section."""
    text = ("Theo Chỉ số chuyển đổi số (DTI) năm 2023, Yên Bái xếp thứ 33/63.\n\n"
            "1. Trụ cột chính quyền số\nĐạt 0,52 điểm, xếp thứ 25/63.\n\n"
            "2. Trụ cột kinh tế số\nĐạt 0,41 điểm, xếp thứ 38/63, giảm 4 bậc.\n\n"
            "Chỉ số thành phần Thể chế số\n\nTỉnh đứng thứ 12.")
    got = facts(text, date="2024-06-01")
    assert F("Yên Bái", "dti", 2023, rank=33, total=63) in got
    assert F("Yên Bái", "dti", 2023, component="chính quyền số", rank=25, total=63, score=0.52) in got
    assert F("Yên Bái", "dti", 2023, component="kinh tế số", rank=38, total=63, score=0.41, change=-4) in got
    assert F("Yên Bái", "dti", 2023, component="thể chế số", rank=12) in got


def test_an_ict_index_heading_written_with_its_sector_suffix() -> None:
    """"Ứng dụng CNTT-TT" alone on a line, then "Vị trí thứ 22/63, giữ nguyên so với năm trước.": the ICT Index
    pillar, unchanged (", giữ nguyên so với …" after a place is a change of 0)."""
    text = ("Theo Vietnam ICT Index 2014, Phú Thọ đạt 0,41 điểm, xếp thứ 29/63.\n\nHạ tầng kỹ thuật CNTT-TT\n"
            "Xếp thứ 35, tăng 3 bậc.\n\nỨng dụng CNTT-TT\nVị trí thứ 22/63, giữ nguyên so với năm trước.")
    got = facts(text, date="2014-12-20")
    assert F("Phú Thọ", "ict_index", 2014, component="hạ tầng kỹ thuật", rank=35, change=3) in got
    assert F("Phú Thọ", "ict_index", 2014, component="ứng dụng cntt", rank=22, total=63, change=0) in got


def test_a_sentence_ending_in_tp_hcm_ends_there() -> None:
    """"… tiếp theo là TP.HCM. Trong khối ngân hàng …": "HCM." closes the sentence, so the next sentence's
    off-topic ranking (commercial banks) does not swallow this one."""
    text = ("Theo Vietnam ICT Index 2012, Đà Nẵng và Hà Nội lần lượt xếp thứ nhất và thứ hai, tiếp theo là TP.HCM. "
            "Trong khối ngân hàng thương mại, Vietinbank đứng đầu.")
    assert facts(text, date="2012-12-01") == {
        F("Đà Nẵng", "ict_index", 2012, rank=1), F("Hà Nội", "ict_index", 2012, rank=2),
        F("Hồ Chí Minh", "ict_index", 2012, rank=3),
    }


def test_a_district_named_in_full_once_is_known_by_its_bare_name_after() -> None:
    """"Thị xã Duy Tiên" in the ranking, then "Duy Tiên dẫn đầu cả hai chỉ số thành phần hạ tầng số và nhân lực
    số": the same unit, first in both counted pillars. A bare name that is also a province stays unread."""
    text = (LOCAL23 + "Ở khối cấp huyện, Thị xã Duy Tiên xếp thứ nhất, Huyện Kim Bảng xếp thứ hai. "
            "Duy Tiên đồng thời dẫn đầu cả hai chỉ số thành phần hạ tầng số và nhân lực số của khối huyện.")
    got = facts(text, date="2024-04-02")
    assert F("UBND thị xã Duy Tiên", "local", 2023, component="hạ tầng số", rank=1) in got
    assert F("UBND thị xã Duy Tiên", "local", 2023, component="nhân lực số", rank=1) in got
    assert F("UBND huyện Kim Bảng", "local", 2023, rank=2) in got


def test_sub_index_sections_headed_with_their_abbreviation() -> None:
    """"Chỉ số hạ tầng viễn thông (TII)" alone on a line; "Đạt 0,52 điểm. Campuchia xếp thứ 120 ở chỉ số này.":
    the value opening the section and the place "in this index" are the section's sub-index."""
    text = ("Theo khảo sát Chính phủ điện tử năm 2020 của Liên Hợp Quốc, Campuchia xếp thứ 124/193.\n\n"
            "Chỉ số hạ tầng viễn thông (TII)\nĐạt 0,52 điểm. Campuchia xếp thứ 120 ở chỉ số này.\n\n"
            "Chỉ số nguồn nhân lực (HCI)\nVới 0,48 điểm, đây là chỉ số thấp nhất.")
    got = facts(text, date="2020-08-01")
    assert F("Campuchia", "egdi", 2020, rank=124, total=193) in got
    assert F("Campuchia", "egdi", 2020, component="hạ tầng viễn thông", rank=120) in got
    assert F("Campuchia", "egdi", 2020, component="hạ tầng viễn thông", score=0.52) in got
    assert F("Campuchia", "egdi", 2020, component="nguồn nhân lực", score=0.48) in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Xã Tân Lập đội sổ trong 152 xã, phường, thị trấn với 40,2 điểm.",
         F("UBND xã Tân Lập", "local", 2023, rank=152, total=152, score=40.2)),
        ("Huyện Đà Bắc có tổng điểm thấp nhất trong 10 huyện, thành phố.",
         F("UBND huyện Đà Bắc", "local", 2023, rank=10, total=10)),
        ("Ở cấp xã, phường Tân Thịnh đạt điểm cao nhất với 905/1000 điểm trên tổng số 151 xã, phường, thị trấn.",
         F("UBND phường Tân Thịnh", "local", 2023, rank=1, total=151, score=905.0)),
    ],
)
def test_first_and_last_places_said_by_the_highest_or_lowest_total(sentence: str, expected: tuple) -> None:
    """Communes and wards as a field ("trong 152 xã, phường"); "có tổng điểm thấp nhất trong N" is the last of
    N, "đạt điểm cao nhất" the first."""
    assert facts(LOCAL23 + sentence, date="2024-05-01") == {expected}


def test_a_counted_group_with_the_highest_scores_has_no_first() -> None:
    text = DTI22 + "Dưới đây là 5 tỉnh có điểm số cao nhất: Quảng Ninh, Hà Nội, Bắc Ninh, Hải Phòng, Đà Nẵng."
    assert not any(f[5] == 1 for f in facts(text))


def test_leaders_of_the_blocks_named_in_turn_are_each_first() -> None:
    """"Đứng đầu các khối lần lượt là A (khối sở, ngành), B (khối huyện) và C (khối xã)": three firsts, not
    places 1-3; the list after it counts on from A's first place, and "Sở Nội vụ tỉnh" is "Sở Nội vụ"."""
    text = (LOCAL23 + "Đứng đầu các khối lần lượt là Sở Tài chính (khối sở, ngành), huyện Sơn Hòa (khối huyện) và "
            "xã An Mỹ (khối xã). Sở Tài chính đạt 190/200 điểm. Xếp liền sau là Sở Nội vụ tỉnh và Sở Y tế.")
    got = facts(text, date="2024-04-01")
    for unit in ("Sở Tài chính", "UBND huyện Sơn Hòa", "UBND xã An Mỹ"):
        assert F(unit, "local", 2023, rank=1) in got
    assert F("Sở Nội vụ", "local", 2023, rank=2) in got
    assert F("Sở Y tế", "local", 2023, rank=3) in got


def test_a_commune_list_with_each_district_in_brackets() -> None:
    """"Tiếp đến là phường X (thị xã Y), xã Z (huyện W)": the bracketed districts say where each commune is;
    they are no members of the list. "Các huyện A, B lần lượt …" at a sentence's start is two districts."""
    text = (LOCAL23 + "Ở cấp xã, xã Phú Lộc dẫn đầu. Tiếp đến là phường Trung Lương (thị xã Hồng Lĩnh), xã Sơn Trà "
            "(huyện Hương Sơn) và thị trấn Xuân An (huyện Nghi Xuân). Các huyện Đức Thọ, Can Lộc lần lượt đứng thứ 3, thứ 4 "
            "khối huyện.")
    got = facts(text, date="2024-05-08")
    for unit, rank in (("UBND phường Trung Lương", 2), ("UBND xã Sơn Trà", 3), ("UBND thị trấn Xuân An", 4)):
        assert F(unit, "local", 2023, rank=rank) in got
    assert not any("Hồng Lĩnh" in f[0] or "Hương Sơn" in f[0] for f in got)
    assert F("UBND huyện Đức Thọ", "local", 2023, rank=3) in got and F("UBND huyện Can Lộc", "local", 2023, rank=4) in got


def test_a_leader_in_apposition_inside_a_comparison() -> None:
    """"Sở Y tế đạt 801,5 điểm, thấp hơn Sở Tài chính, đơn vị dẫn đầu, 60,8 điểm, và xếp thứ 9 trong số 24 sở":
    the body compared with is first; the subject keeps its own place. "A vượt B, dẫn đầu …" stays A's lead."""
    text = (LOCAL23 + "Ở khối sở, ngành, Sở Y tế đạt 801,5 điểm, thấp hơn Sở Tài chính, đơn vị dẫn đầu, 60,8 điểm, và xếp "
            "thứ 9 trong số 24 sở, ban, ngành.")
    assert facts(text, date="2024-04-19") == {
        F("Sở Tài chính", "local", 2023, rank=1), F("Sở Y tế", "local", 2023, rank=9, total=24, score=801.5)
    }
    lead = facts("Theo Vietnam ICT Index 2013, Đà Nẵng lần đầu vượt Hà Nội, dẫn đầu khối tỉnh, thành.", date="2013-12-01")
    assert lead == {F("Đà Nẵng", "ict_index", 2013, rank=1)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dẫn đầu các khối gồm: khối sở, ban, ngành (Sở Công Thương, 862,3 điểm), khối huyện (huyện Tân Phú, 815,7 điểm) "
        "và khối xã (xã Phú Lập, 790,2 điểm).",
        "Dẫn đầu khối sở, ban, ngành là Sở Công Thương (862,3 điểm), khối huyện là huyện Tân Phú (815,7 điểm) và khối xã "
        "là xã Phú Lập (790,2 điểm).",
    ],
)
def test_each_block_named_with_its_leader(sentence: str) -> None:
    """A leader for each block, its name in brackets after the block or after "khối … là": each first with its
    score, not places 1-3 of one list."""
    assert facts(LOCAL23 + sentence, date="2024-04-19") == {
        F("Sở Công Thương", "local", 2023, rank=1, score=862.3), F("UBND huyện Tân Phú", "local", 2023, rank=1, score=815.7),
        F("UBND xã Phú Lập", "local", 2023, rank=1, score=790.2),
    }


def test_each_value_after_its_own_year_and_the_compared_place_after_khi() -> None:
    """"năm 2022 đạt 0,31 điểm, năm 2023 đạt 0,40 điểm, xếp thứ 22": each score its year; "so với năm 2022 (khi
    tỉnh đứng thứ 26)": the compared year's place."""
    text = ("Theo DTI năm 2023, Nghệ An xếp thứ 18/63, tăng 8 bậc so với năm 2022 (khi tỉnh đứng thứ 26). Trụ cột kinh tế "
            "số cải thiện rõ nhất: năm 2022 đạt 0,31 điểm, năm 2023 đạt 0,40 điểm, xếp thứ 21.")
    got = facts(text, date="2024-10-25")
    assert F("Nghệ An", "dti", 2022, rank=26) in got
    assert F("Nghệ An", "dti", 2022, component="kinh tế số", score=0.31) in got
    assert F("Nghệ An", "dti", 2023, component="kinh tế số", rank=21, score=0.40) in got


def test_a_history_of_places_in_brackets_after_the_word_for_place() -> None:
    """"Thứ hạng của Lào qua các kỳ (2018: 162; 2020: 167)": the bare numbers after the years are places."""
    text = ("Theo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Lào xếp thứ 159/193. Thứ hạng của Lào qua các "
            "kỳ trước (2018: 162; 2020: 167) cho thấy mức cải thiện chậm.")
    got = facts(text, date="2022-10-01")
    assert F("Lào", "egdi", 2018, rank=162) in got and F("Lào", "egdi", 2020, rank=167) in got


def test_places_after_a_national_one_in_a_region_paragraph_are_national() -> None:
    """"Ở khu vực Tây Nguyên, … Lâm Đồng xếp thứ 14 cả nước, Đắk Lắk thứ 25": said to be national places."""
    text = DTI22 + "Ở khu vực Tây Nguyên, ngoài Gia Lai, Lâm Đồng xếp thứ 14 cả nước, Đắk Lắk thứ 25 và Kon Tum thứ 50."
    assert facts(text) == {F("Lâm Đồng", "dti", 2022, rank=14), F("Đắk Lắk", "dti", 2022, rank=25), F("Kon Tum", "dti", 2022, rank=50)}
    assert facts(DTI22 + "Ở khu vực Tây Nguyên, Lâm Đồng xếp thứ 2.") == set()


def test_the_first_place_left_in_a_named_year() -> None:
    """"Bắc Ninh từ ngôi đầu năm 2021 lùi xuống thứ hai": first in 2021, second in the year reported."""
    text = DTI22 + "Hải Phòng vươn lên dẫn đầu. Bắc Ninh từ ngôi đầu năm 2021 lùi xuống thứ hai."
    assert facts(text) == {F("Hải Phòng", "dti", 2022, rank=1), F("Bắc Ninh", "dti", 2021, rank=1), F("Bắc Ninh", "dti", 2022, rank=2)}


def test_sections_of_the_ict_application_report_headed_by_their_long_names() -> None:
    """"- Về ứng dụng CNTT trong hoạt động của cơ quan nhà nước:" and "- Về cung cấp dịch vụ công trực tuyến:" head
    the pillars' sections (the long name is the pillar here, not the ranking)."""
    text = ("Theo Báo cáo đánh giá mức độ ứng dụng CNTT của các cơ quan nhà nước năm 2017, Yên Bái xếp thứ 20/63.\n"
            "- Về ứng dụng CNTT trong hoạt động của cơ quan nhà nước:\nĐứng thứ 15, tăng 2 bậc.\n"
            "- Về cung cấp dịch vụ công trực tuyến:\nYên Bái xếp hạng 8, với 150 dịch vụ mức độ 3.")
    got = facts(text, date="2018-04-20")
    assert F("Yên Bái", "ict_application", 2017, component="ứng dụng cntt", rank=15, change=2) in got
    assert F("Yên Bái", "ict_application", 2017, component="dịch vụ công trực tuyến", rank=8) in got


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Theo báo cáo năm 2020 của ITU, Lào đứng thứ 131 trong số 182 các quốc gia về chỉ số GCI.", "2021-07-01",
         {F("Lào", "other", 2020, rank=131, total=182)}),
        ("Theo kết quả đánh giá mức độ ứng dụng CNTT năm 2018, Bộ Y tế có chỉ số ứng dụng CNTT thấp nhất trong 17 bộ, "
         "cơ quan ngang bộ.", "2019-11-11", {F("Bộ Y tế", "ict_application", 2018, rank=17, total=17)}),
        ("Theo Vietnam ICT Index 2017, về hạ tầng kỹ thuật, Bộ Công Thương xếp thứ 9, tăng 3 bậc so với năm 2016 "
         "(bậc thứ 12).", "2017-12-01",
         {F("Bộ Công Thương", "ict_index", 2017, component="hạ tầng kỹ thuật", rank=9, change=3),
          F("Bộ Công Thương", "ict_index", 2016, component="hạ tầng kỹ thuật", rank=12)}),
    ],
)
def test_fields_lasts_and_compared_places_in_other_words(text: str, date: str, expected: set) -> None:
    """"trong số 182 các quốc gia"; "có chỉ số … thấp nhất trong 17 bộ" (the last of 17); "(bậc thứ 12)"."""
    assert facts(text, date=date) == expected


def test_the_pillars_of_the_province_written_about_after_its_neighbours() -> None:
    """An article about Khánh Hòa names its neighbours' places, then "hạ tầng kỹ thuật của tỉnh về đích ở vị trí
    thứ 6": the pillars are Khánh Hòa's. In a region's paragraph, places beyond any region's size (14 provinces)
    are national, and so are those listed with them."""
    text = ("Theo Vietnam ICT Index 2016, Khánh Hòa xếp thứ 9 trên 63 tỉnh, thành phố.\n"
            "Trong khu vực Nam Trung Bộ, Bình Định đứng thứ 13, Phú Yên xếp hạng 41, còn Ninh Thuận xuống vị trí 50.\n"
            "Ở các chỉ số thành phần, hạ tầng kỹ thuật của tỉnh về đích ở vị trí thứ 6, ứng dụng CNTT đứng thứ 8.")
    got = facts(text, title="Khánh Hòa tăng 6 bậc trên bảng xếp hạng Vietnam ICT Index 2016", date="2017-01-05")
    assert F("Khánh Hòa", "ict_index", 2016, component="hạ tầng kỹ thuật", rank=6) in got
    assert F("Khánh Hòa", "ict_index", 2016, component="ứng dụng cntt", rank=8) in got
    assert F("Bình Định", "ict_index", 2016, rank=13) in got and F("Ninh Thuận", "ict_index", 2016, rank=50) in got
    assert not any(f[0] == "Ninh Thuận" and f[2] for f in got)
    regional = facts(DTI22 + "Trong khu vực Tây Nguyên, Lâm Đồng đứng thứ 2, Đắk Lắk thứ 3.")
    assert regional == set()


def test_a_breakthrough_that_led_to_a_place_and_the_pillars_of_the_province_in_turn() -> None:
    """"bứt phá 15 bậc so với năm 2021 để chiếm vị trí thứ 39": a realised move and its result, not a plan;
    "… và công nghiệp CNTT của tỉnh lần lượt đứng thứ 11, 9 và 6" after a neighbour's place: the province's."""
    text = ("Theo Vietnam ICT Index 2015, Hưng Yên bứt phá 15 bậc so với năm 2014 để chiếm vị trí thứ 12/63. Tỉnh chỉ kém "
            "Hải Dương, tỉnh láng giềng giữ vị trí thứ 7, khoảng 0,03 điểm. Hạ tầng kỹ thuật, hạ tầng nhân lực và "
            "ứng dụng CNTT của tỉnh lần lượt đứng thứ 11, 9 và 6.")
    got = facts(text, title="Hưng Yên lọt nhóm 15 Vietnam ICT Index 2015", date="2015-12-18")
    assert F("Hưng Yên", "ict_index", 2015, rank=12, total=63, change=15) in got
    for comp, rank in (("hạ tầng kỹ thuật", 11), ("hạ tầng nhân lực", 9), ("ứng dụng cntt", 6)):
        assert F("Hưng Yên", "ict_index", 2015, component=comp, rank=rank) in got


def test_the_un_sub_indices_by_their_abbreviations_in_prose() -> None:
    """"EPI của Lào đạt 0,21, xếp hạng 150/193"; "Thái Lan đứng thứ 20 thế giới về EPI"; a bracketed abbreviation
    after a sub-index's name is the same sub-index in a "lần lượt" list."""
    text = ("Theo Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2022, EPI của Lào đạt 0,21, xếp hạng 150/193. "
            "Thái Lan đứng thứ 20 thế giới về EPI. Các chỉ số dịch vụ công trực tuyến (OSI) và hạ tầng viễn thông (TII) "
            "của Lào lần lượt đạt 0,25 và 0,31.")
    got = facts(text, date="2022-10-01")
    assert F("Lào", "egdi", 2022, component="tham gia điện tử", rank=150, total=193, score=0.21) in got
    assert F("Thái Lan", "egdi", 2022, component="tham gia điện tử", rank=20) in got
    assert F("Lào", "egdi", 2022, component="dịch vụ công trực tuyến", score=0.25) in got
    assert F("Lào", "egdi", 2022, component="hạ tầng viễn thông", score=0.31) in got


def test_countries_each_with_a_bare_number_after_a_first_place() -> None:
    """"Singapore xếp hạng 11, Malaysia 32, Brunei Darussalam 68 và Lao PDR 151": each number is the place of the
    country named right before it (its Vietnamese name); "Anh đứng thứ 4" opening a sentence among countries is
    the United Kingdom. A number after a word that is no name ("…, còn Thái Lan lọt top 5") is nobody's place."""
    text = ("Theo bảng xếp hạng Chính phủ điện tử năm 2010 của Liên Hợp Quốc, Singapore xếp hạng 11, Malaysia 32, "
            "Brunei Darussalam 68 và Lao PDR 151. Anh đứng thứ 4, Hà Lan thứ 5. Philippines đứng thứ 78, còn Thái Lan lọt top 80.")
    got = facts(text, date="2010-05-12")
    for country, rank in (("Singapore", 11), ("Malaysia", 32), ("Brunei", 68), ("Lào", 151), ("Anh", 4), ("Hà Lan", 5)):
        assert F(country, "egdi", 2010, rank=rank) in got
    assert F("Thái Lan", "egdi", 2010, top=80) in got


def test_world_places_inside_a_regional_frame() -> None:
    """"Trong khu vực Đông Nam Á, Singapore đứng thứ 10 thế giới; Malaysia thứ 40; Thái Lan hạng 92, giảm 16 bậc":
    places (and moves) beyond the region's eleven countries, or said to be the world's, are world places;
    "Malaysia (xếp hạng 36)" is Malaysia's place, not the country listed before it."""
    text = ("Theo khảo sát Chính phủ điện tử năm 2012 của Liên Hợp Quốc, Việt Nam đứng thứ 83. Trong khu vực Đông Nam Á, "
            "Singapore đứng thứ 10 thế giới; Malaysia thứ 40; Thái Lan hạng 92, giảm 16 bậc. Việt Nam xếp thứ 4 trong "
            "các nước ASEAN.")
    got = facts(text, date="2012-03-09")
    assert F("Singapore", "egdi", 2012, rank=10) in got and F("Malaysia", "egdi", 2012, rank=40) in got
    assert F("Thái Lan", "egdi", 2012, rank=92, change=-16) in got
    assert F("Việt Nam", "egdi", 2012, group="Đông Nam Á", rank=4) in got
    listed = facts("Theo chỉ số GII năm 2023 của WIPO, Việt Nam xếp thứ 46, sau Singapore (xếp hạng 5), Malaysia "
                   "(xếp hạng 36) và Thái Lan (xếp hạng 43).", date="2023-10-01")
    assert F("Malaysia", "other", 2023, rank=36) in listed and not any(f[0] == "Singapore" and f[5] == 36 for f in listed)


def test_a_regional_place_said_after_the_count_of_countries() -> None:
    """"thứ 4/11 quốc gia khu vực ASEAN", "thứ 6 trong các nước ASEAN": a place in Đông Nam Á (the contract's group
    is any field the text names), in the GII as in the UN survey."""
    other = facts("Theo chỉ số GII năm 2022 của WIPO, Việt Nam xếp thứ 48/132, đứng thứ 4/11 quốc gia khu vực ASEAN.",
                  date="2022-10-01")
    assert other == {F("Việt Nam", "other", 2022, rank=48, total=132), F("Việt Nam", "other", 2022, group="Đông Nam Á", rank=4, total=11)}
    un = facts("Theo khảo sát Chính phủ điện tử năm 2022 của Liên Hợp Quốc, Việt Nam xếp thứ 86/193, đứng thứ 6 trong "
               "các nước ASEAN.", date="2022-10-01")
    assert F("Việt Nam", "egdi", 2022, group="Đông Nam Á", rank=6) in un


def test_the_short_name_of_the_national_agency_an_article_is_about() -> None:
    """An article on Bảo hiểm xã hội Việt Nam: "ngành BHXH tăng 1 bậc" is that agency, not a province's branch."""
    text = ("Theo DTI năm 2023 cấp bộ, Bảo hiểm xã hội Việt Nam xếp thứ 3/17 bộ, ngành có cung cấp dịch vụ công. "
            "Với 0,7032 điểm, ngành BHXH tăng 1 bậc so với năm trước.")
    got = facts(text, title="BHXH Việt Nam xếp thứ 3 về Chỉ số chuyển đổi số năm 2023", date="2024-08-20")
    assert F("Bảo hiểm xã hội Việt Nam", "dti", 2023, score=0.7032, change=1) in got
    assert not any(f[0] == "Bảo hiểm xã hội" for f in got)


def test_a_counted_top_group_with_its_score_words_and_elided_ministry_names() -> None:
    """"Nhóm 5 bộ có điểm DTI 2021 cao nhất gồm các bộ: Tài chính, Tư pháp, …": a top 5, its members named after
    "các bộ:" without the head word."""
    text = ("Theo Chỉ số chuyển đổi số (DTI) năm 2021 của các bộ. Nhóm 3 bộ có điểm DTI 2021 cao nhất gồm các bộ: "
            "Tài chính, Tư pháp và Công Thương.")
    assert facts(text, date="2022-04-09") == {F(m, "dti", 2021, top=3) for m in ("Bộ Tài chính", "Bộ Tư pháp", "Bộ Công Thương")}


def test_a_leader_of_a_field_named_after_trong_so() -> None:
    """"đứng đầu trong số 8 bộ, ngành không cung cấp dịch vụ công": first of 8, in the block without public
    services (named after the place, not before it)."""
    text = ("Theo Chỉ số chuyển đổi số (DTI) năm 2020 của các bộ, Đài Truyền hình Việt Nam đứng đầu trong số 8 bộ, "
            "ngành không cung cấp dịch vụ công, với 0,5402 điểm. Bộ Tư pháp đứng đầu trong số 17 bộ, ngành.")
    got = facts(text, date="2021-04-09")
    assert F("Đài Truyền hình Việt Nam", "dti", 2020, group="bộ không cung cấp dịch vụ công", rank=1, total=8, score=0.5402) in got
    assert F("Bộ Tư pháp", "dti", 2020, rank=1, total=17) in got


def test_a_regional_list_goes_on_in_its_region_with_world_places_in_brackets() -> None:
    """"Xếp thứ 2 trong khu vực Đông Nam Á là Malaysia (thứ 44 thế giới), thứ 3 là Thái Lan (thứ 48 thế giới), tiếp
    theo là Việt Nam (thứ 55 thế giới)": the list's places stay in the region, the bracketed ones are the world's;
    "…, trong khi Anh tụt 2 hạng xuống thứ 15 thế giới" is the United Kingdom."""
    text = ("Theo Chỉ số thịnh vượng toàn cầu năm 2015, Singapore dẫn đầu khu vực Đông Nam Á. Xếp thứ 2 trong khu vực "
            "Đông Nam Á là Malaysia (thứ 44 thế giới), thứ 3 là Thái Lan (thứ 48 thế giới), tiếp theo là Việt Nam (thứ 55 "
            "thế giới). Mỹ xếp thứ 14, trong khi Anh tụt 2 hạng xuống thứ 15 thế giới.")
    got = facts(text, date="2015-11-05")
    for country, region, world in (("Thái Lan", 3, 48), ("Việt Nam", 4, 55)):
        assert F(country, "other", 2015, group="Đông Nam Á", rank=region) in got
        assert F(country, "other", 2015, rank=world) in got
    assert F("Anh", "other", 2015, rank=15, change=-2) in got


def test_a_count_of_places_in_hang_before_the_place_reached() -> None:
    """"tụt 2 hạng xuống thứ 15": "hạng" counts the places moved; the place is the one after "xuống"."""
    assert facts(DTI22 + "Hà Giang tụt 2 hạng xuống thứ 15.") == {F("Hà Giang", "dti", 2022, rank=15, change=-2)}


def test_a_report_named_with_its_edition_span_gives_its_first_year() -> None:
    """"Báo cáo Năng lực cạnh tranh toàn cầu (Global Competitiveness Report) 2016 – 2017": the edition is the
    first year of the span, also for the sentences after it."""
    text = ("Số liệu nằm trong Báo cáo Năng lực cạnh tranh toàn cầu (Global Competitiveness Report) 2016 – 2017 của WEF. "
            "Tại Đông Nam Á, Việt Nam đứng thứ 6.")
    assert facts(text, date=None) == {F("Việt Nam", "other", 2016, group="Đông Nam Á", rank=6)}


def test_the_most_competitive_economy_is_first_and_the_list_after_it_counts_on() -> None:
    """"nền kinh tế cạnh tranh nhất … là Thụy Sĩ, theo sau là Singapore và Mỹ": 1, 2, 3, whatever place an earlier
    paragraph's pillar brackets ended on."""
    text = ("Theo Báo cáo Năng lực cạnh tranh toàn cầu năm 2016, một số trụ cột của Việt Nam được cải thiện, như thể chế "
            "(hạng 80) và cơ sở hạ tầng (hạng 79).\n\nTrên thế giới, nền kinh tế cạnh tranh nhất vẫn là Thụy Sĩ, "
            "theo sau là Singapore và Mỹ.")
    got = facts(text, date="2016-09-30")
    assert {F("Thụy Sĩ", "other", 2016, rank=1), F("Singapore", "other", 2016, rank=2), F("Mỹ", "other", 2016, rank=3)} <= got
    assert not any(f[5] in (81, 82) for f in got)


def test_bodies_named_cung_voi_after_a_place_share_it() -> None:
    """"NHNN xếp thứ nhất cùng với Bộ Tài chính, Bộ Y tế và Bộ Tư pháp": all four share the first place; a body
    named "cùng với" that has a place of its own keeps it."""
    head = "Theo kết quả xếp hạng mức độ ứng dụng CNTT năm 2017 của các bộ, cơ quan ngang bộ, "
    got = facts(head + "Ngân hàng Nhà nước xếp thứ nhất cùng với Bộ Tài chính, Bộ Y tế và Bộ Tư pháp.", date="2018-05-02")
    assert got == {
        F(m, "ict_application", 2017, rank=1)
        for m in ("Ngân hàng Nhà nước Việt Nam", "Bộ Tài chính", "Bộ Y tế", "Bộ Tư pháp")
    }
    got = facts(head + "Bộ Nội vụ xếp thứ 5 cùng với Bộ Xây dựng xếp thứ 6.", date="2018-05-02")
    assert got == {F("Bộ Nội vụ", "ict_application", 2017, rank=5), F("Bộ Xây dựng", "ict_application", 2017, rank=6)}


def test_a_year_after_tang_n_voi_is_the_year_compared() -> None:
    """"với giá trị 0,5121 tăng 0,12 với năm 2021": "so" left out, 2021 is still only the comparison."""
    text = ("Theo kết quả DTI năm 2022 của các bộ vừa công bố, Bộ Xây dựng xếp thứ 9/17 với giá trị 0,5121 "
            "tăng 0,12 với năm 2021.")
    assert facts(text, date="2023-07-28") == {F("Bộ Xây dựng", "dti", 2022, rank=9, total=17, score=0.5121)}


def test_the_place_of_a_statistic_in_brackets_is_no_index_place() -> None:
    """"diện tích tự nhiên hơn 8.000 km² (đứng thứ 12/63 …)", "dân số hơn 500.000 người (thứ 60/63)": the place of
    the area or population, even with a thousands dot before it."""
    text = (DTI22 + "các tỉnh miền núi còn xếp sau. Điện Biên là tỉnh rộng, có diện tích tự nhiên hơn 8.000 km² (đứng "
            "thứ 12/63 địa phương cả nước); dân số hơn 500.000 người (thứ 60/63).")
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("sentence", "index", "left_year"),
    [
        ("Theo Khảo sát Chính phủ điện tử năm 2022 của Liên hợp quốc, Lào tăng 8 bậc, từ vị trí 167 lên vị trí 159.",
         "egdi", 2020),
        (DTI22 + "Hà Giang tăng 12 bậc, từ vị trí 50 lên vị trí 38.", "dti", 2021),
    ],
)
def test_the_place_left_by_a_stated_change_is_the_previous_editions(sentence: str, index: str, left_year: int) -> None:
    """"tăng 8 bậc, từ vị trí 167 lên vị trí 159": the change is against the previous assessment, so the place
    left is that assessment's (two years back for the biennial UN survey, one for the DTI)."""
    got = facts(sentence, date="2023-08-01")
    assert len(got) == 2
    entity, year = next((f[0], f[4]) for f in got if f[9] is not None)
    assert F(entity, index, left_year, rank=167 if index == "egdi" else 50) in got
    assert year == left_year + (2 if index == "egdi" else 1)


def test_a_move_without_a_matching_change_leaves_the_place_left_alone() -> None:
    """"từ vị trí 50 lên vị trí 38 sau ba năm": no change against the previous assessment is stated."""
    assert facts(DTI22 + "Hà Giang đã đi từ vị trí 50 lên vị trí 38 sau ba năm.") == {F("Hà Giang", "dti", 2022, rank=38)}


def test_a_local_index_given_as_its_completion_rate() -> None:
    """"dẫn đầu … với tỷ lệ hoàn thành đạt 96,4%; thứ hai là … với tỷ lệ hoàn thành 95,1%": a province's own
    ranking of its units scored by the share of criteria met; a completion rate of tasks is no score."""
    text = ("Ngày 12/3, UBND tỉnh tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025, trong đó công bố kết quả "
            "xếp hạng chỉ số chuyển đổi số của các sở, ban, ngành trên địa bàn tỉnh năm 2024.\n\n"
            "Theo đó, Sở Nội vụ dẫn đầu khối các sở, ban, ngành với tỷ lệ hoàn thành đạt 96,4%; thứ hai là Sở Tư pháp "
            "với tỷ lệ hoàn thành 95,1%. Sở Y tế đạt tỷ lệ hoàn thành 100% nhiệm vụ được giao.")
    assert facts(text, date=None) == {
        F("Sở Nội vụ", "local", 2024, rank=1, score=96.4), F("Sở Tư pháp", "local", 2024, rank=2, score=95.1),
    }


@pytest.mark.parametrize(
    ("date", "year"), [("2023-04-28", 2021), ("2023-09-12", 2022), ("2024-08-15", 2022), ("2025-03-10", 2023)]
)
def test_the_current_dti_place_before_mid_year_is_two_years_back(date: str, year: int) -> None:
    """"hiện Bình Phước đứng thứ 9/63" in April 2023: the 2022 DTI came out in July 2023, so the latest place is
    the 2021 one; in September it is the 2022 one, and still in August 2024 (the 2023 DTI came out in February
    2025)."""
    text = "Theo Chỉ số chuyển đổi số (DTI) của Bộ TT&TT, hiện Bình Phước đứng thứ 9/63 tỉnh, thành cả nước."
    assert facts(text, date=date) == {F("Bình Phước", "dti", year, rank=9, total=63)}


def test_an_other_rankings_edition_named_only_in_the_paragraph_before() -> None:
    """"Kỳ đánh giá năm 2022 dùng 39 chỉ số …" then, a paragraph later, "Canada xếp thứ nhất với 85,7 điểm": with no
    date and no year of its own, the place is in the edition the text named last."""
    text = ("Chỉ số sẵn sàng AI của chính phủ (Government AI Readiness Index) đánh giá các chính phủ của 181 quốc gia.\n\n"
            "Kỳ đánh giá năm 2022 dùng 39 chỉ số chia thành ba trụ cột.\n\n"
            "Theo báo cáo, Canada xếp thứ nhất với 85,7 điểm, Phần Lan đứng thứ hai.")
    assert facts(text, date=None) == {
        F("Canada", "other", 2022, rank=1, score=85.7), F("Phần Lan", "other", 2022, rank=2),
    }


def test_a_list_counted_up_from_the_bottom_of_the_field_named_before() -> None:
    """"Năm bộ có mức độ ứng dụng CNTT thấp nhất lần lượt là các Bộ A, Bộ B, …" after "… thấp nhất trong 17 bộ":
    17, 16, 15 …; "công bố sáng nay (12/11)" is a date, not a place out of 12."""
    text = ("Theo kết quả đánh giá mức độ ứng dụng CNTT của các bộ, ngành năm 2018 do Bộ TT&TT công bố sáng nay (12/11), "
            "Bộ Ngoại giao có chỉ số ứng dụng CNTT thấp nhất trong 17 bộ, cơ quan ngang bộ. Ba bộ có mức độ ứng dụng "
            "CNTT thấp nhất lần lượt là các Bộ Ngoại giao, Bộ Y tế và Bộ Nội vụ.")
    assert facts(text, date="2018-11-12") == {
        F("Bộ Ngoại giao", "ict_application", 2018, rank=17, total=17),
        F("Bộ Y tế", "ict_application", 2018, rank=16), F("Bộ Nội vụ", "ict_application", 2018, rank=15),
    }


def test_the_bodies_ahead_named_after_sau_cac_tinh_thanh_la() -> None:
    """"xếp hạng 5, sau các tỉnh, thành là A, B, C và D": the four ahead are the top 4, in no stated order."""
    text = "Theo Vietnam ICT Index 2015 vừa công bố, Bắc Ninh xếp hạng 5, sau các tỉnh, thành là Đà Nẵng, Hà Nội, Huế và Hải Phòng."
    assert facts(text, date="2015-12-01") == {F("Bắc Ninh", "ict_index", 2015, rank=5)} | {
        F(p, "ict_index", 2015, top=4) for p in ("Đà Nẵng", "Hà Nội", "Thừa Thiên Huế", "Hải Phòng")
    }


def test_an_undated_article_reports_the_edition_after_the_one_its_changes_compare_with() -> None:
    """No date and no edition year: "so với năm 2020, Thái Lan tăng 4 bậc" says the ranking is the 2021 one, so
    "năm nay" is 2021 and "năm ngoái" 2020."""
    text = ("Chỉ số thương mại điện tử B2C của UNCTAD: Thụy Sĩ dẫn đầu bảng xếp hạng năm nay, vượt Hà Lan, nước đứng "
            "đầu năm ngoái. So với năm 2020, Thái Lan đã tăng 4 bậc.")
    got = facts(text, date=None)
    assert F("Thụy Sĩ", "other", 2021, rank=1) in got
    assert F("Hà Lan", "other", 2020, rank=1) in got
    assert F("Thái Lan", "other", 2021, change=4) in got


def test_scores_with_a_decimal_point_and_earlier_editions_listed_after_sau_ba_lan() -> None:
    """"xếp thứ 4 với 50.70 điểm": a decimal point (a thousands dot takes three digits); "sau ba lần vào năm 2017,
    2019 và 2020" names the editions before, not the one reported."""
    text = ("Đây là lần thứ 4 Chỉ số đổi mới sáng tạo cấp địa phương (PII) được công bố, sau ba lần vào năm 2017, 2019 "
            "và 2020. Theo kết quả, Đà Nẵng xếp thứ 4 với 50.70 điểm; Cần Thơ xếp thứ 5 với 49.66 điểm.")
    assert facts(text, date="2022-03-02") == {
        F("Đà Nẵng", "other", 2021, rank=4, score=50.7), F("Cần Thơ", "other", 2021, rank=5, score=49.66),
    }


def test_ve_nhat_ve_nhi_and_a_score_after_so_diem_ending_the_sentence() -> None:
    """"đã về nhất … với số điểm 45,071." is first with that score (the full stop ends the number); "Về nhì là X"."""
    text = "Theo chỉ số PAPI năm 2022, Quảng Ninh đã về nhất với số điểm 45,071. Về nhì là Bình Định với số điểm 44,702 điểm."
    assert facts(text, date="2023-04-20") == {
        F("Quảng Ninh", "other", 2022, rank=1, score=45.071), F("Bình Định", "other", 2022, rank=2, score=44.702),
    }


def test_a_plural_kind_word_with_a_colon_opens_the_next_members() -> None:
    """"Thị xã Phú Thọ; các huyện: Tân Sơn, Tam Nông, Yên Lập là 4 địa phương đứng đầu": four district-level units
    in one top group, the last three named after "các huyện:"."""
    text = ("UBND tỉnh công bố kết quả xếp hạng chính quyền điện tử năm 2022 của các sở, ngành, huyện, thành, thị. "
            "Thị xã Phú Thọ; các huyện: Tân Sơn, Tam Nông, Yên Lập là 4 địa phương đứng đầu khối huyện, thành, thị.")
    assert facts(text, date="2023-03-01") == {
        F(u, "local", 2022, top=4)
        for u in ("UBND thị xã Phú Thọ", "UBND huyện Tân Sơn", "UBND huyện Tam Nông", "UBND huyện Yên Lập")
    }


def test_bodies_with_the_highest_value_together_named_after_mot_so_bo_nhu() -> None:
    """"Bộ Tư pháp cùng với một số Bộ như: Nội vụ, Y tế… có chỉ số cao nhất": all share the first place (the head
    word "Bộ" elided from the names); "Ba bộ, ngành có điểm số cao nhất …" is a counted group, none of them first;
    "Về nhì là X." needs no number to be read."""
    head = "Theo kết quả xếp hạng mức độ ứng dụng CNTT năm 2017 của các bộ, cơ quan ngang bộ. "
    got = facts(head + "Về chỉ số hạ tầng kỹ thuật, Bộ Tư pháp cùng với một số Bộ như: Nội vụ, Y tế… có chỉ số cao nhất.",
                date="2018-05-02")
    assert got == {F(m, "ict_application", 2017, component="hạ tầng kỹ thuật", rank=1) for m in ("Bộ Tư pháp", "Bộ Nội vụ", "Bộ Y tế")}
    assert facts(head + "Ba bộ, ngành có điểm số cao nhất được tổng hợp trong bảng dưới đây.", date="2018-05-02") == set()
    got = facts(head + "Bộ Tài chính về nhất. Về nhì là Bộ Công Thương.", date="2018-05-02")
    assert got == {F("Bộ Tài chính", "ict_application", 2017, rank=1), F("Bộ Công Thương", "ict_application", 2017, rank=2)}


def test_a_move_from_an_earlier_year_until_a_later_one() -> None:
    """"Từ vị trí thứ 40/63 vào năm 2020, đến năm 2022, chỉ số … của tỉnh Kon Tum tăng 7 bậc và xếp thứ 33/63": the
    change and the place reached are the later year's."""
    text = ("Từ vị trí thứ 40/63 tỉnh, thành phố vào năm 2020, đến năm 2022, chỉ số thương mại điện tử của tỉnh Kon Tum "
            "tăng 7 bậc và xếp thứ 33/63 tỉnh, thành phố.")
    assert F("Kon Tum", "other", 2022, rank=33, total=63, change=7) in facts(text, date="2023-01-10")


def test_the_bodies_ahead_of_a_place_the_sentence_before_stated() -> None:
    """"Khánh Hòa vươn lên vị trí thứ 3. Với giá trị DTI đạt 0,6520 điểm, chỉ xếp sau TP Đà Nẵng (0,7210 điểm), TP Hồ
    Chí Minh (0,6800 điểm)": the two ahead of the third are the top 2."""
    text = ("Trên bảng xếp hạng chuyển đổi số (DTI) năm 2022, Khánh Hòa đã vươn lên vị trí thứ 3, tăng 4 hạng so với năm "
            "2021. Với giá trị DTI đạt 0,6520 điểm, tỉnh chỉ xếp sau TP Đà Nẵng (0,7210 điểm), TP Hồ Chí Minh (0,6800 điểm).")
    got = facts(text, date="2023-08-01")
    assert F("Đà Nẵng", "dti", 2022, top=2, score=0.721) in got
    assert F("Hồ Chí Minh", "dti", 2022, top=2, score=0.68) in got


def test_entry_into_a_list_of_the_n_best() -> None:
    """"lọt vào danh sách 100 thành phố thông minh nhất thế giới": a top 100."""
    text = "Theo Chỉ số Thành phố thông minh năm 2024 của IMD, Hà Nội lọt vào danh sách 100 thành phố thông minh nhất thế giới."
    assert facts(text, date="2024-05-01") == {F("Hà Nội", "other", 2024, top=100)}


def test_a_place_under_a_hypothetical_method_is_no_fact() -> None:
    """"Nếu sử dụng phương pháp xếp hạng như các năm trước thì X đứng thứ 20/63": a place under another method, not
    the result."""
    text = ("Theo kết quả xếp hạng mức độ ứng dụng CNTT năm 2017, nếu sử dụng phương pháp xếp hạng như các năm trước "
            "thì Quảng Bình đứng thứ 20/63 tỉnh thành.")
    assert facts(text, date="2018-05-02") == set()


def test_a_counted_top_group_named_after_a_long_description() -> None:
    """"Có 3 đơn vị đứng đầu nhóm các cơ quan … với tổng điểm đạt trên 700 điểm, tỷ lệ … từ 70,84% đến 73,16% là A;
    B, C": the members after "là", however long the description of the group before it."""
    text = ("Kết quả xếp hạng chuyển đổi số năm 2023 của các sở, ngành trên địa bàn tỉnh. Có 3 đơn vị đứng đầu nhóm các "
            "cơ quan, đơn vị đạt mức độ chuyển đổi số nâng cao với tổng điểm đạt trên 700 điểm, tỷ lệ so với điểm tối "
            "đa từ 70,84% đến 73,16% là Sở Tư pháp; Sở Y tế, Sở Nội vụ.")
    assert facts(text, date="2024-03-01") == {F(u, "local", 2023, top=3) for u in ("Sở Tư pháp", "Sở Y tế", "Sở Nội vụ")}


def test_a_whole_score_after_so_diem_and_ministries_by_short_forms_in_a_continuation() -> None:
    """"trụ vững ngôi đầu bảng với số điểm 68, đánh dấu …": a whole-number score ended by a comma; "tiếp theo là Bộ
    TN-MT, Bộ VH-TT, Bộ Y tế…" counts on from the first place with the ministries' short forms."""
    text = "Theo PCI 2018, Quảng Ninh lần thứ hai liên tiếp giữ ngôi đầu bảng với số điểm 68, đánh dấu một năm thành công."
    assert facts(text, date="2019-03-01") == {F("Quảng Ninh", "other", 2018, rank=1, score=68.0)}
    text = ("Theo ICT Index 2019 của các bộ, Bộ Công Thương xếp thứ nhất với 0,8012 điểm, tiếp theo là Bộ TN-MT, Bộ VH-TT, "
            "Bộ Y tế…")
    assert facts(text, date="2020-05-01") == {
        F("Bộ Công Thương", "ict_index", 2019, rank=1, score=0.8012), F("Bộ Tài nguyên và Môi trường", "ict_index", 2019, rank=2),
        F("Bộ Văn hóa, Thể thao và Du lịch", "ict_index", 2019, rank=3), F("Bộ Y tế", "ict_index", 2019, rank=4),
    }


def test_a_year_of_publication_a_maximum_and_an_average_are_no_facts() -> None:
    """"kết quả DTI 2022 được Bộ TT&TT công bố năm 2023 cho thấy, … Hà Nội … xếp thứ 24": 2022 is assessed, 2023 only
    publishes it; "bốn tiêu chí của Việt Nam đạt tối đa 20 điểm" is a maximum ("đạt điểm tối đa 100/100 điểm" stays a
    score); "điểm trung bình ở khối UBND các huyện … là 88,2 điểm" is an average."""
    text = ("Sau ba năm Bộ TT&TT đánh giá và công bố chỉ số DTI, chuyển đổi số của Hà Nội đã cải thiện. Cụ thể, kết quả "
            "DTI 2022 được Bộ TT&TT công bố năm 2023 cho thấy, Thủ đô Hà Nội đã tăng 19 bậc so với kỳ đánh giá đầu tiên, "
            "xếp thứ 24 trong 63 tỉnh, thành trên cả nước.")
    assert facts(text, date=None) == {F("Hà Nội", "dti", 2022, rank=24, total=63, change=19)}
    text = ("Theo chỉ số an toàn thông tin toàn cầu (GCI) năm 2024, Việt Nam được xếp vào nhóm dẫn đầu. Trong đó, bốn "
            "tiêu chí của Việt Nam đạt tối đa 20 điểm.")
    assert not any(f[8] == 20.0 for f in facts(text, date="2024-09-20"))
    text = ("Theo kết quả xếp hạng mức độ ứng dụng CNTT năm 2019, Cổng thông tin điện tử Bình Dương đạt điểm tối đa "
            "100/100 điểm.")
    assert F("Bình Dương", "ict_application", 2019, component="cổng thông tin điện tử", score=100.0) in facts(text, date="2020-06-01")
    text = ("Theo kết quả đánh giá mức độ ứng dụng CNTT năm 2020 của các cơ quan tỉnh Vĩnh Phúc, Sở Tư pháp dẫn đầu khối "
            "sở, ngành. Trong khi đó, điểm trung bình ở khối UBND các huyện, thành phố là 88,2 điểm.")
    assert not any(f[8] == 88.2 for f in facts(text, date="2021-03-01"))


def test_the_same_place_as_last_year_is_no_change() -> None:
    """"Giống như năm ngoái, Mỹ đứng thứ ba": the place and a change of 0 against the edition before."""
    text = "Theo GII 2024, Thụy Sĩ dẫn đầu. Giống như năm ngoái, Mỹ đứng thứ ba theo chỉ số GII."
    assert facts(text, date="2024-10-01") == {F("Thụy Sĩ", "other", 2024, rank=1), F("Mỹ", "other", 2024, rank=3, change=0)}


def test_the_same_places_given_again_for_another_year_as_a_bare_list() -> None:
    """"… chính quyền số xếp 20/63, kinh tế số xếp 31/63, xã hội số xếp 18/63 trong khi năm 2021 thì các thứ tự này là
    35, 40, 22": each pillar's place in 2021, in the order given."""
    text = ("Theo DTI năm 2022, Hòa Bình tăng mạnh. Trong đó, chính quyền số của Hòa Bình xếp thứ 20/63, kinh tế số xếp "
            "31/63, xã hội số xếp 18/63 trong khi năm 2021 thì các thứ tự này là 35, 40, 22.")
    got = facts(text, date="2023-08-20")
    for pillar, now, then in (("chính quyền số", 20, 35), ("kinh tế số", 31, 40), ("xã hội số", 18, 22)):
        assert F("Hòa Bình", "dti", 2022, component=pillar, rank=now, total=63) in got
        assert F("Hòa Bình", "dti", 2021, component=pillar, rank=then) in got


def test_the_body_with_the_best_level_is_first() -> None:
    """"Đà Nẵng tiếp tục là thành phố có mức độ ứng dụng CNTT tốt nhất": the first place; a city with the highest
    sub-index of another ranking ("chỉ số thành phần … cao nhất") is no place of the ranking."""
    text = ("Theo kết quả xếp hạng mức độ ứng dụng CNTT năm 2014, Đà Nẵng tiếp tục là thành phố có mức độ ứng dụng CNTT "
            "tốt nhất.")
    assert facts(text, date="2015-05-01") == {F("Đà Nẵng", "ict_application", 2014, rank=1)}
    text = "Theo EBI 2022, TP.HCM là thành phố có chỉ số thành phần nguồn nhân lực và hạ tầng cao nhất với 91,2 điểm."
    assert not any(f[5] == 1 for f in facts(text, date="2022-05-01"))


@pytest.mark.parametrize("opening", ["tiếp đó là", "sau đó là"])
def test_tiep_do_la_counts_on_from_the_first_place(opening: str) -> None:
    """"đứng đầu là A (914,31 điểm), tiếp đó là B (913,89 điểm), C (909,58 điểm)": 1, 2, 3 with their scores."""
    text = (LOCAL23 + "Ở top 3, đứng đầu là Sở Tài chính (914,31 điểm), " + opening + " Công an tỉnh (913,89 điểm), Sở Y tế "
            "(909,58 điểm).")
    assert facts(text, date="2024-03-01") == {
        F("Sở Tài chính", "local", 2023, rank=1, score=914.31), F("Công an tỉnh", "local", 2023, rank=2, score=913.89),
        F("Sở Y tế", "local", 2023, rank=3, score=909.58),
    }


GCI22 = "Theo báo cáo Chỉ số an toàn thông tin toàn cầu (GCI) năm 2022 do ITU công bố, "


def test_a_place_in_asia_pacific_is_no_asian_place_and_the_association_is_south_east_asia() -> None:
    """"khu vực châu Á - Thái Bình Dương" is no group of the contract; "khu vực Hiệp hội các quốc gia Đông Nam Á
    (ASEAN)" is Đông Nam Á, and the place after it is the one there."""
    got = facts(GCI22 + "Lào tăng 12 bậc, lên vị trí thứ 40 trong 190 nước, đứng thứ 5 trong khu vực châu Á - Thái Bình "
                "Dương và thứ 3 trong khu vực Hiệp hội các quốc gia Đông Nam Á (ASEAN).")
    assert got == {
        F("Lào", "other", 2022, rank=40, total=190, change=12),
        F("Lào", "other", 2022, group="Đông Nam Á", rank=3),
    }


def test_a_place_reached_by_passing_another_country_is_a_result() -> None:
    """"vượt Philippines để đứng thứ 3": what was done and the place it led to, not a goal ("để")."""
    got = facts(GCI22 + "trong khu vực Đông Nam Á, Lào vượt Philippines để đứng thứ 3 trên tổng số 11 nước ASEAN.")
    assert got == {F("Lào", "other", 2022, group="Đông Nam Á", rank=3, total=11)}


def test_the_country_passed_over_is_not_the_one_placed() -> None:
    got = facts(GCI22 + "trong khu vực ASEAN, Lào vượt lên trên Myanmar để đứng thứ 3.")
    assert got == {F("Lào", "other", 2022, group="Đông Nam Á", rank=3)}


def test_a_regional_ordered_list_with_world_places_in_brackets() -> None:
    """The list counts the region the paragraph is about; the bracketed numbers are the world places, and
    they differ from the list's, so the list cannot be the world's."""
    text = (GCI22 + "trong khu vực Đông Nam Á, Lào đứng thứ 3 trên tổng số 11 nước. "
            "Hai nước dẫn đầu lần lượt là Singapore (6) và Malaysia (9).")
    assert facts(text) == {
        F("Lào", "other", 2022, group="Đông Nam Á", rank=3, total=11),
        F("Singapore", "other", 2022, group="Đông Nam Á", rank=1), F("Malaysia", "other", 2022, group="Đông Nam Á", rank=2),
        F("Singapore", "other", 2022, rank=6), F("Malaysia", "other", 2022, rank=9),
    }


def test_an_ordered_list_with_world_places_and_no_region_named_gives_only_the_world_places() -> None:
    text = GCI22 + "Ba nước đứng đầu lần lượt là Singapore (4), Malaysia (5) và Indonesia (24)."
    assert facts(text) == {F("Singapore", "other", 2022, rank=4), F("Malaysia", "other", 2022, rank=5),
                           F("Indonesia", "other", 2022, rank=24)}


def test_a_goal_year_in_the_title_and_an_innovation_centre_name_no_edition_or_index() -> None:
    """"mục tiêu trở thành trung tâm đổi mới sáng tạo quốc tế vào năm 2030": a goal's year (the goal is
    long), and an innovation centre is not the Global Innovation Index."""
    title = ("Cần Thơ dẫn đầu nhóm 63 tỉnh, thành về chỉ số chuyển đổi số, khẳng định bước tiến và mục tiêu trở thành "
             "trung tâm đổi mới sáng tạo quốc tế vào năm 2030")
    text = title + "\nNgày 21/10, Bộ công bố kết quả chỉ số chuyển đổi số (DTI) năm 2024 theo hai nhóm tỉnh, thành."
    assert facts(text, title=title, date=None) == {F("Cần Thơ", "dti", 2024, rank=1, total=63)}


def test_an_undated_page_reports_no_year_after_today() -> None:
    """A page without a date was written by today at the latest, so a later year is a misreading."""
    assert facts("Theo chỉ số chuyển đổi số năm 2090, Cần Thơ xếp thứ 5/63.", date=None) == set()
    assert facts("Theo chỉ số chuyển đổi số năm 2024, Cần Thơ xếp thứ 5/63.", date=None) == {
        F("Cần Thơ", "dti", 2024, rank=5, total=63)
    }


ICTAPP12 = "Kết quả đánh giá mức độ ứng dụng CNTT của cơ quan nhà nước năm 2012. "


def test_pillar_clauses_chained_by_semicolons_each_name_their_blocks_leaders() -> None:
    """The 2010–2012 reports' short pillar names ("cung cấp thông tin", "ứng dụng nội bộ"), clauses with no
    claim word of their own going on from "Dẫn đầu … là", and a clause whose body follows its claim."""
    text = ICTAPP12 + (
        "Dẫn đầu xếp hạng về cung cấp thông tin ở khối các Bộ, cơ quan ngang Bộ là Bộ Tư pháp và ở khối địa phương là "
        "tỉnh Đồng Tháp; Về cung cấp dịch vụ công trực tuyến đối với khối Bộ ngành là Bộ Công Thương và đối với khối địa "
        "phương là tỉnh Bình Dương; Về ứng dụng nội bộ xếp đầu bảng đối với Bộ ngành là Bộ Y tế và đối với địa phương "
        "là tỉnh Hà Nam."
    )
    got = facts(text, date="2012-05-01")
    assert got == {
        F("Bộ Tư pháp", "ict_application", 2012, component="cổng thông tin điện tử", rank=1),
        F("Đồng Tháp", "ict_application", 2012, component="cổng thông tin điện tử", rank=1),
        F("Bộ Công Thương", "ict_application", 2012, component="dịch vụ công trực tuyến", rank=1),
        F("Bình Dương", "ict_application", 2012, component="dịch vụ công trực tuyến", rank=1),
        F("Bộ Y tế", "ict_application", 2012, component="ứng dụng cntt", rank=1),
        F("Hà Nam", "ict_application", 2012, component="ứng dụng cntt", rank=1),
    }


def test_providing_information_as_a_verb_names_no_pillar() -> None:
    got = facts(ICTAPP12 + "Sở Tư pháp cung cấp thông tin, Bộ Tư pháp dẫn đầu khối bộ, ngành.", date="2012-05-01")
    assert got == {F("Bộ Tư pháp", "ict_application", 2012, rank=1)}


def test_two_leading_units_of_different_fields_are_each_first() -> None:
    text = ICTAPP12 + "Với kết quả trên, tỉnh Hà Nam và Bộ Tư pháp là hai đơn vị dẫn đầu trong xếp hạng tổng thể."
    assert facts(text, date="2012-05-01") == {
        F("Hà Nam", "ict_application", 2012, rank=1), F("Bộ Tư pháp", "ict_application", 2012, rank=1)
    }


def test_two_leading_provinces_stay_a_top_group() -> None:
    text = ICTAPP12 + "Với kết quả trên, tỉnh Hà Nam và tỉnh Nam Định là hai đơn vị dẫn đầu trong xếp hạng tổng thể."
    assert facts(text, date="2012-05-01") == {
        F("Hà Nam", "ict_application", 2012, top=2), F("Nam Định", "ict_application", 2012, top=2)
    }


AIR23 = "Theo báo cáo Chỉ số sẵn sàng AI của chính phủ năm 2023, "


def test_a_countrys_own_mean_score_is_its_score_but_the_regions_mean_is_not() -> None:
    got = facts(AIR23 + "Lào đứng thứ 7/10 trong ASEAN, với điểm trung bình đạt 34,48 điểm.", date="2024-01-05")
    assert F("Lào", "other", 2023, score=34.48) in got
    got = facts(AIR23 + "Lào đứng thứ 7/10 trong ASEAN. Điểm trung bình của các nước ASEAN đạt 44,1 điểm.", date="2024-01-05")
    assert got == {F("Lào", "other", 2023, group="Đông Nam Á", rank=7, total=10)}


def test_the_bodies_ahead_after_sau_and_a_colon_in_brackets_are_a_top_group() -> None:
    got = facts("Theo báo cáo GII 2024, trong khu vực ASEAN, Lào đứng thứ 4 (sau: Singapore, Malaysia và Thái Lan).",
                date="2024-10-01")
    assert got == {F("Lào", "other", 2024, group="Đông Nam Á", rank=4)} | {
        F(c, "other", 2024, group="Đông Nam Á", top=3) for c in ("Singapore", "Malaysia", "Thái Lan")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lào đứng thứ 48 về đổi mới sáng tạo toàn cầu năm 2022.", F("Lào", "other", 2022, rank=48)),
        ("Lào xếp thứ 50 về năng lực cạnh tranh toàn cầu năm 2019.", F("Lào", "other", 2019, rank=50)),
        ("Bình Phước đứng thứ 5 về cải cách hành chính năm 2023.", F("Bình Phước", "other", 2023, rank=5)),
        ("Lào đứng thứ 4 ASEAN về an ninh mạng năm 2020.", F("Lào", "other", 2020, group="Đông Nam Á", rank=4)),
        ("Lào đứng thứ 9 về thương mại điện tử B2C năm 2020.", F("Lào", "other", 2020, rank=9)),
    ],
)
def test_a_place_about_another_ranking_is_kept_in_other(sentence: str, expected: tuple) -> None:
    """"về đổi mới sáng tạo", "về năng lực cạnh tranh": a topic of a ranking the project keeps, not an
    untracked statistic like "về thu hút vốn FDI"."""
    assert facts(sentence, date="2024-01-01") == {expected}


def test_a_place_for_a_statistic_of_an_e_commerce_platform_is_no_fact() -> None:
    assert facts("Tỉnh Lạng Sơn cũng đứng thứ 2 toàn quốc về sản phẩm trên sàn thương mại điện tử năm 2021.",
                 date="2024-01-01") == set()


PROSPERITY15 = "Trong báo cáo Chỉ số thịnh vượng toàn cầu năm 2015, "


def test_a_region_that_opens_with_co_and_a_list_going_on_to_a_name_starting_with_la() -> None:
    """"khu vực Đông Nam Á có Singapore dẫn đầu (thứ 19 thế giới)"; "tiếp theo là Lào" (the name begins with
    the letters of "là", which the list word must not swallow)."""
    text = PROSPERITY15 + ("khu vực Đông Nam Á có Singapore dẫn đầu (thứ 19 thế giới). Xếp thứ 2 trong khu vực là Malaysia "
                           "(thứ 44 thế giới), tiếp theo là Lào (thứ 95 thế giới).")
    assert facts(text, date="2015-11-10") == {
        F("Singapore", "other", 2015, group="Đông Nam Á", rank=1), F("Singapore", "other", 2015, rank=19),
        F("Malaysia", "other", 2015, group="Đông Nam Á", rank=2), F("Malaysia", "other", 2015, rank=44),
        F("Lào", "other", 2015, group="Đông Nam Á", rank=3), F("Lào", "other", 2015, rank=95),
    }


def test_the_region_of_an_earlier_paragraph_and_two_regions_at_once() -> None:
    """"đứng đầu khu vực châu Á cũng như khu vực Đông Nam Á" is first in both; "trong khu vực" in the next
    paragraph is the last region named."""
    text = PROSPERITY15 + ("Singapore đứng thứ 17 thế giới và đứng đầu khu vực châu Á cũng như khu vực Đông Nam Á.\n"
                           "Xếp thứ 2 trong khu vực là Malaysia (thứ 44 thế giới).")
    assert facts(text, date="2015-11-10") == {
        F("Singapore", "other", 2015, rank=17), F("Singapore", "other", 2015, group="châu Á", rank=1),
        F("Singapore", "other", 2015, group="Đông Nam Á", rank=1),
        F("Malaysia", "other", 2015, group="Đông Nam Á", rank=2), F("Malaysia", "other", 2015, rank=44),
    }


def test_a_change_in_brackets_belongs_to_the_sub_index_named_before_the_bracket() -> None:
    text = ("Theo báo cáo Chính phủ điện tử của Liên Hợp Quốc năm 2020, Lào cải thiện vượt bậc ở chỉ số hạ tầng viễn "
            "thông TII (tăng 31 bậc), cải thiện ở chỉ số nhân lực HCI (tăng 3 bậc) nhưng tụt hạng đáng kể ở chỉ số dịch "
            "vụ trực tuyến OSI (giảm 22 bậc).")
    assert facts(text, date="2020-08-01") == {
        F("Lào", "egdi", 2020, component="hạ tầng viễn thông", change=31),
        F("Lào", "egdi", 2020, component="nguồn nhân lực", change=3),
        F("Lào", "egdi", 2020, component="dịch vụ công trực tuyến", change=-22),
    }


def test_bodies_of_different_kinds_leading_counted_blocks_are_each_first() -> None:
    text = "Theo kết quả DTI năm 2021, Đà Nẵng, Bộ Tài chính và Viện Hàn lâm KH&CN Việt Nam dẫn đầu ở 3 nhóm cơ quan được đánh giá."
    assert facts(text, date="2022-05-01") == {
        F(b, "dti", 2021, rank=1) for b in ("Đà Nẵng", "Bộ Tài chính", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam")
    }


def test_a_firm_named_after_a_city_is_not_the_city_and_historic_ministries_are_known() -> None:
    """The first ICT Index reports ranked firms and banks beside provinces and ministries (Bộ Thương mại and
    Bộ Bưu chính, Viễn thông existed until 2007); a bank whose name ends in a city's is not that city."""
    text = ("Theo Vietnam ICT Index 2006, TP Hồ Chí Minh, Bộ Thương mại, Ngân hàng TMCP đô thị Hà Nội, Tổng công ty "
            "công nghiệp ô tô xếp đầu các nhóm này. Bộ Bưu chính, Viễn thông đứng thứ 4 khối bộ, ngành.")
    assert facts(text, date="2007-05-01") == {
        F("Hồ Chí Minh", "ict_index", 2006, rank=1), F("Bộ Thương mại", "ict_index", 2006, rank=1),
        F("Bộ Bưu chính, Viễn thông", "ict_index", 2006, rank=4),
    }


def test_lines_wrapped_mid_sentence_are_one_sentence_and_a_place_belongs_to_a_body_named_after_it() -> None:
    """Old pages wrap lines at a fixed width, cutting names ("Bộ Tài\\nchính") and years ("năm\\n2005");
    "Vị trí thứ 2 trong bảng xếp hạng thuộc về X" names its body after the place."""
    text = ("Theo ICT Index 2006, tại nhóm các bộ, cơ quan ngang bộ, Bộ Y tế leo từ hạng 25 năm\n2005 lên hạng 1 năm 2006.\n"
            "Vị trí thứ 2 trong bảng xếp hạng thuộc về Bộ Tài\nchính. Cơ quan này đứng hạng 3 năm 2005 nhưng đã vượt\n"
            "Bộ Xây dựng và đẩy bộ này xuống vị trí thứ 4.")
    assert facts(text, date="2007-01-10") == {
        F("Bộ Y tế", "ict_index", 2005, rank=25), F("Bộ Y tế", "ict_index", 2006, rank=1),
        F("Bộ Tài chính", "ict_index", 2006, rank=2), F("Bộ Tài chính", "ict_index", 2005, rank=3),
        F("Bộ Xây dựng", "ict_index", 2006, rank=4),
    }


def test_a_heading_line_and_a_capitalised_line_stay_apart() -> None:
    text = "Xếp hạng ICT Index 2006 khối bộ\nBộ Y tế đứng thứ 2.\nTrụ cột hạ tầng\nBộ Xây dựng đứng thứ 5."
    got = facts(text, date="2007-01-10")
    assert F("Bộ Y tế", "ict_index", 2006, rank=2) in got


def test_number_n_right_after_a_name_is_a_place_and_a_resolution_number_is_not() -> None:
    got = facts("Quảng Ninh số 1, Hải Phòng số 2 trong xếp hạng chỉ số cạnh tranh cấp tỉnh năm 2017.", date="2018-03-01")
    assert got == {F("Quảng Ninh", "other", 2017, rank=1), F("Hải Phòng", "other", 2017, rank=2)}
    got = facts("Theo Nghị quyết số 12 về chuyển đổi số, Hà Nội xếp thứ 5 về chỉ số chuyển đổi số năm 2022.", date="2023-08-01")
    assert got == {F("Hà Nội", "dti", 2022, rank=5)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Theo StartupBlink, hệ sinh thái khởi nghiệp của TP.HCM xếp thứ 111 thế giới năm 2021.",
         F("Hồ Chí Minh", "other", 2021, rank=111)),
        ("Trong bảng xếp hạng Chất lượng cuộc sống số 2023 của Surfshark, Lào đứng thứ 60/121 quốc gia.",
         F("Lào", "other", 2023, rank=60, total=121)),
        ("Chỉ số PII 2024 của Bắc Ninh xếp thứ nhất với 63,03 điểm.", F("Bắc Ninh", "other", 2024, rank=1, score=63.03)),
        ("Theo bảng xếp hạng PGI 2023, Bến Tre đứng đầu cả nước về chỉ số xanh cấp tỉnh với 25,52 điểm.",
         F("Bến Tre", "other", 2023, rank=1, score=25.52)),
    ],
)
def test_more_rankings_kept_as_other(sentence: str, expected: tuple) -> None:
    """Start-up ecosystems, digital quality of life, the provinces' innovation (PII) and green (PGI) indices are
    rankings of their own, never the DTI or the UN survey (a city's world place is no province's place in 63)."""
    assert facts(sentence, date="2024-12-01") == {expected}


def test_a_top_group_in_a_stated_order_gives_places() -> None:
    text = "Theo PCI 2020, 10 tỉnh, thành có PCI dẫn đầu bảng xếp hạng theo thứ tự là: Quảng Ninh, Đồng Tháp, Long An, Bình Dương và Đà Nẵng."
    assert facts(text, date="2021-05-01") == {
        F(p, "other", 2020, rank=i) for i, p in enumerate(("Quảng Ninh", "Đồng Tháp", "Long An", "Bình Dương", "Đà Nẵng"), 1)
    }


def test_a_rise_in_bac_is_no_place_and_nam_nay_is_the_edition_the_sentence_names() -> None:
    text = ("Song, điểm đáng chú ý là năm nay, Lạng Sơn thăng hạng 2 bậc trở thành tỉnh dẫn đầu bảng xếp hạng PAPI 2020 "
            "với tổng điểm 48,811.")
    assert facts(text, date="2021-05-01") == {F("Lạng Sơn", "other", 2020, rank=1, score=48.811, change=2)}


def test_a_year_in_a_bracket_closed_before_the_next_place_stays_in_the_bracket() -> None:
    text = "Theo PII 2024, các địa phương tiếp theo gồm: Bà Rịa-Vũng Tàu xếp hạng 4 (PII 2023 xếp hạng 7), Đà Nẵng xếp hạng 5 (PII 2023 xếp hạng 4)."
    assert facts(text, date="2024-12-01") == {
        F("Bà Rịa - Vũng Tàu", "other", 2024, rank=4), F("Bà Rịa - Vũng Tàu", "other", 2023, rank=7),
        F("Đà Nẵng", "other", 2024, rank=5), F("Đà Nẵng", "other", 2023, rank=4),
    }


def test_country_name_variants_and_places_respectively() -> None:
    text = ("Theo báo cáo năng lực cạnh tranh toàn cầu năm 2018, Thụy Sỹ tụt xuống vị trí thứ 4, Singapore và Đức tiếp tục "
            "giữ vị trí tương ứng thứ 2 và thứ 3. Các nền kinh tế G20 khác trong top 10 gồm Nhật Bản (thứ 6) và "
            "Vương quốc Anh (thứ 9).")
    got = facts(text, date="2018-10-20")
    assert {F("Thụy Sĩ", "other", 2018, rank=4), F("Singapore", "other", 2018, rank=2), F("Đức", "other", 2018, rank=3),
            F("Anh", "other", 2018, rank=9)} <= got


def test_a_bracket_that_dates_its_own_place_gives_no_year_to_the_place_before_it() -> None:
    """The sentence names no year but the brackets' ("(PII 2023 xếp hạng 7)"): the places outside them are of
    the edition the article is about; a bracket that only holds a year ("(năm 2022)") still dates its place."""
    text = ("Theo PII 2024, Hà Nội xếp hạng 1. Các địa phương tiếp theo gồm: Bà Rịa-Vũng Tàu xếp hạng 4 "
            "(PII 2023 xếp hạng 7), Đà Nẵng xếp hạng 5 (PII 2023 xếp hạng 4).")
    assert facts(text, date="2024-12-31") == {
        F("Hà Nội", "other", 2024, rank=1),
        F("Bà Rịa - Vũng Tàu", "other", 2024, rank=4), F("Bà Rịa - Vũng Tàu", "other", 2023, rank=7),
        F("Đà Nẵng", "other", 2024, rank=5), F("Đà Nẵng", "other", 2023, rank=4),
    }
    assert F("Hà Nam", "dti", 2022, rank=5) in facts("Theo chỉ số chuyển đổi số, Hà Nam xếp thứ 5 (năm 2022).", date="2023-08-01")


def test_the_body_with_the_highest_index_or_total_leads_and_a_firm_with_the_highest_score_is_no_claim() -> None:
    """"có Chỉ số Xanh cấp tỉnh (PGI) cao nhất", "là tỉnh có tổng điểm của cả 4 chỉ số thành phần cao nhất" (the sum
    of the parts is the index itself, no sub-index); "Các vị trí tiếp theo là …" counts on from it."""
    text = ("Chỉ số xanh cấp tỉnh 2023\nNăm 2023, Lạng Sơn có Chỉ số Xanh cấp tỉnh (PGI) cao nhất với tổng điểm của cả 4 "
            "chỉ số thành phần là 26 điểm. Các vị trí tiếp theo là Đà Nẵng, Đồng Nai, Hưng Yên.")
    assert facts(text, title="Chỉ số xanh cấp tỉnh 2023", date="2024-05-09") == {
        F("Lạng Sơn", "other", 2023, rank=1, score=26.0), F("Đà Nẵng", "other", 2023, rank=2),
        F("Đồng Nai", "other", 2023, rank=3), F("Hưng Yên", "other", 2023, rank=4),
    }
    text = ("Chỉ số xanh cấp tỉnh 2023\nTheo PGI, năm 2023, Lạng Sơn là tỉnh có tổng điểm của cả 4 chỉ số thành phần cao "
            "nhất, dẫn đầu bảng xếp hạng với 26 điểm.")
    assert facts(text, title="Chỉ số xanh cấp tỉnh 2023", date="2024-05-09") == {F("Lạng Sơn", "other", 2023, rank=1, score=26.0)}
    text = ("Vietnam ICT Index 2018 vừa được công bố. Ở khối bộ, ngành không có dịch vụ công, Văn phòng Chính phủ dẫn đầu. "
            "Tập đoàn Viettel được ghi nhận là doanh nghiệp viễn thông có chỉ số hạ tầng cao nhất.")
    assert facts(text, date="2019-01-14") == {
        F("Văn phòng Chính phủ", "ict_index", 2018, group="bộ không cung cấp dịch vụ công", rank=1)
    }


def test_towns_written_tx_in_a_provinces_own_ranking_are_local_units_of_the_local_index() -> None:
    """"TX Quảng Yên" is thị xã Quảng Yên; a province's own ranking of its units (here its competitiveness
    index DDCI) is `local`, whatever it measures."""
    text = ("Kết quả chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2021 của tỉnh Quảng Ninh\n"
            "Về khối các huyện, thị xã, thành phố, thì TX Quảng Yên vị trí dẫn đầu với 79,83 điểm, tiếp sau là TX Đông Triều (73 điểm).")
    assert facts(text, date="2022-01-10") == {
        F("UBND thị xã Quảng Yên", "local", 2021, rank=1, score=79.83), F("UBND thị xã Đông Triều", "local", 2021, rank=2, score=73.0)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo PCI 2017, Đà Nẵng sau 4 năm dẫn đầu đã rơi xuống vị trí thứ hai.",
        "Cũng trong báo cáo của WEF năm 2017, Mỹ đã tuột mất ngôi nền kinh tế cạnh tranh nhất thế giới.",
        "Theo GII 2017, Lào vẫn đứng đầu trong số 29 quốc gia thu nhập trung bình thấp.",
        "Theo GII 2017, Lào đang dẫn đầu nhóm thu nhập trung bình thấp về năng lực sáng tạo.",
        "Theo StartupBlink 2017, Lào có thể vượt Thái Lan để đứng thứ 4 khu vực Đông Nam Á vào năm tới nếu tăng trưởng tốt.",
    ],
)
def test_a_lost_or_past_lead_an_income_group_and_a_forecast_give_no_first_place(sentence: str) -> None:
    got = facts(sentence, date="2017-12-01")
    assert not any(f[5] in (1, 4) and f[0] in ("Đà Nẵng", "Mỹ", "Lào") for f in got), got


def test_a_country_name_with_a_lower_case_syllable() -> None:
    text = "Theo báo cáo năng lực cạnh tranh toàn cầu năm 2015, Nga tăng 9 bậc lên vị trí thứ 45, Ấn độ tụt 6 bậc xuống vị trí thứ 77."
    assert facts(text, date="2015-10-01") == {
        F("Nga", "other", 2015, rank=45, change=9), F("Ấn Độ", "other", 2015, rank=77, change=-6)
    }


def test_a_top_group_that_counts_part_of_its_members_again() -> None:
    text = ("Theo PII 2023, trong bảng xếp hạng 10 địa phương dẫn đầu gồm Hà Nội, TP HCM, Hải Phòng, Đà Nẵng, Cần Thơ và "
            "5 tỉnh Bắc Ninh, Bà Rịa-Vũng Tàu, Bình Dương, Quảng Ninh, Thái Nguyên.")
    got = facts(text, date="2024-01-01")
    assert len(got) == 10 and all(f[7] == 10 for f in got)
    assert F("Thái Nguyên", "other", 2023, top=10) in got


def test_the_place_compared_with_last_years_is_that_editions() -> None:
    text = "Theo báo cáo năng lực cạnh tranh toàn cầu năm 2015, Lào tụt 15 bậc, đứng thứ 79 so với thứ 64 hồi năm ngoái."
    assert facts(text, date="2015-10-01") == {
        F("Lào", "other", 2015, rank=79, change=-15), F("Lào", "other", 2014, rank=64)
    }


GII20 = "Chỉ số đổi mới sáng tạo toàn cầu (GII) năm 2020: Việt Nam xếp thứ 42/131. "


def test_bracketed_places_of_bodies_ahead_in_a_region_are_world_places() -> None:
    """"thứ 3 trong ASEAN, sau A (thứ 8) và B (thứ 33)": places 8 and 33 cannot be ahead of 3 in the region,
    so they are the world's; A and B are the region's top two, and B's bracket is not A's too."""
    got = facts(GII20 + "Trong khu vực ASEAN, Việt Nam đứng thứ 3, sau Singapore (thứ 8) và Malaysia (thứ 33).", date="2020-09-03")
    assert got == {
        F("Việt Nam", "other", 2020, rank=42, total=131),
        F("Việt Nam", "other", 2020, group="Đông Nam Á", rank=3),
        F("Singapore", "other", 2020, rank=8), F("Malaysia", "other", 2020, rank=33),
        F("Singapore", "other", 2020, group="Đông Nam Á", top=2), F("Malaysia", "other", 2020, group="Đông Nam Á", top=2),
    }


def test_no_change_against_the_named_edition_in_brackets() -> None:
    got = facts("Chỉ số đổi mới sáng tạo cấp địa phương (PII) 2024: Bình Dương xếp hạng 8 (không thay đổi so với PII 2023).",
                date="2025-03-10")
    assert got == {F("Bình Dương", "other", 2024, rank=8, change=0)}


@pytest.mark.parametrize("sentence", [
    "Việt Nam đã cải thiện 29 bậc trong những năm vừa qua và giữ vị trí thứ 42.",
    "Việt Nam tăng 29 bậc sau 6 năm, giữ vị trí thứ 42.",
    "Việt Nam nhảy 29 bậc từ năm 2014 và giữ vị trí thứ 42.",
])
def test_a_change_over_several_editions_is_no_change_of_the_year(sentence: str) -> None:
    """The contract's rank_change is against the previous edition; "trong những năm vừa qua" is no year either."""
    assert facts("Chỉ số đổi mới sáng tạo toàn cầu 2020. " + sentence, date="2020-09-03") == {
        F("Việt Nam", "other", 2020, rank=42)
    }


def test_a_change_in_two_years_of_a_biennial_ranking_is_kept() -> None:
    got = facts("Theo chỉ số an toàn, an ninh mạng toàn cầu (GCI) năm 2020, Việt Nam tăng 25 bậc trong 2 năm, "
                "vươn lên vị trí thứ 25.", date="2021-07-01")
    assert got == {F("Việt Nam", "other", 2020, rank=25, change=25)}


def test_a_target_opening_a_long_clause_is_no_change() -> None:
    text = ("Năng lực cạnh tranh toàn cầu. Năm 2020 Việt Nam phấn đấu đạt mục tiêu cải thiện thứ bậc trên các bảng "
            "xếp hạng về năng lực cạnh tranh theo xếp hạng GCI 4.0 của WEF lên 5 bậc.")
    assert facts(text, date="2020-03-01") == set()


def test_a_decimal_comma_followed_by_a_stray_space_in_brackets() -> None:
    got = facts("Chỉ số PCI 2017: tỉnh An Giang có thứ hạng 32 (62, 16 điểm), tăng 6 bậc so với năm 2016.", date="2018-03-22")
    assert got == {F("An Giang", "other", 2017, rank=32, score=62.16, change=6)}


def test_a_claim_in_the_bracket_after_a_member_of_a_like_list() -> None:
    """"…, như: Hà Nội (91,43%, xếp thứ 3)": the bracket right after the name is the name's, not an aside."""
    text = ("Chỉ số cải cách hành chính PAR INDEX 2023. Theo Bộ Nội vụ, một số địa phương khác đạt kết quả rất tích "
            "cực, như: Hà Nội (91,43%, xếp thứ 3); Bắc Giang (91,16%, xếp thứ 4).")
    assert facts(text, date="2024-05-20") == {
        F("Hà Nội", "other", 2023, rank=3, score=91.43), F("Bắc Giang", "other", 2023, rank=4, score=91.16)
    }


def test_units_with_the_highest_scores_in_order() -> None:
    text = (LOCAL23 + "Ở khối sở, ba đơn vị có điểm số cao nhất lần lượt là: Sở Tư pháp (80,12 điểm), Sở Y tế "
            "(78,5 điểm) và Sở Nội vụ (77,9 điểm).")
    assert facts(text) == {
        F("Sở Tư pháp", "local", 2023, rank=1, score=80.12), F("Sở Y tế", "local", 2023, rank=2, score=78.5),
        F("Sở Nội vụ", "local", 2023, rank=3, score=77.9),
    }


def test_an_index_value_in_percent_after_a_change_of_place() -> None:
    """"tăng 11 bậc … với kết quả đạt 81,58%": the change is of places, not of the value, so the value is the
    province's result."""
    text = "Bộ Nội vụ công bố PAR INDEX 2018. Tỉnh Lâm Đồng xếp thứ 12/63, tăng 11 bậc so với năm 2017 với kết quả đạt 81,58%."
    assert facts(text, date="2019-05-20") == {F("Lâm Đồng", "other", 2018, rank=12, total=63, score=81.58, change=11)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Long An xếp hạng 5 về PCI năm 2019.", F("Long An", "other", 2019, rank=5)),
    ("Ninh Bình đứng thứ 12 về SIPAS 2019.", F("Ninh Bình", "other", 2019, rank=12)),
])
def test_a_place_about_a_ranking_named_by_its_short_name(sentence: str, expected: tuple) -> None:
    """"về PCI" names the ranking itself, not something the project does not track."""
    assert facts("Các chỉ số PAPI, PCI và SIPAS. " + sentence, date="2020-05-20") == {expected}


def test_a_counted_top_group_with_the_highest_total_of_a_named_index() -> None:
    text = "Chỉ số PAPI 2019. Theo đó, Quảng Ninh, Đồng Tháp và Bình Định là ba tỉnh có tổng điểm PAPI cao nhất."
    assert facts(text, date="2020-05-20") == {F(p, "other", 2019, top=3) for p in ("Quảng Ninh", "Đồng Tháp", "Bình Định")}


def test_a_numbered_list_of_units_in_a_provinces_reform_ranking_is_local() -> None:
    """The numbered lines read as a table give the places; the province's own ranking is `local` in the table
    reader too, whatever it measures (a reform index reads as `other` by its words)."""
    text = ("Công bố kết quả xếp hạng Chỉ số cải cách hành chính năm 2020 của các sở, ban, ngành tỉnh Hà Tĩnh\n"
            "Kết quả cụ thể như sau:\n1. Sở Tư pháp: 92,15 điểm\n2. Sở Nội vụ: 91,4 điểm\n3. Sở Tài chính: 90,8 điểm\n")
    got = facts(text, date="2021-03-20")
    assert {f[1] for f in got} == {"local"}
    assert {(f[0], f[5]) for f in got if f[5] is not None} == {("Sở Tư pháp", 1), ("Sở Nội vụ", 2), ("Sở Tài chính", 3)}
    assert {(f[0], f[8]) for f in got if f[8] is not None} == {("Sở Tư pháp", 92.15), ("Sở Nội vụ", 91.4), ("Sở Tài chính", 90.8)}


def test_countries_in_a_ranking_the_project_has_no_words_for_are_not_the_un_survey() -> None:
    """An article that never names the UN survey as a ranking ("chính phủ điện tử" here is one category of
    another index) keeps its countries' places under `other`."""
    text = ("Theo báo cáo Chỉ số kỹ năng toàn cầu 2023 của Coursera, Việt Nam xếp thứ 45/100 quốc gia. "
            "Ở hạng mục chính phủ điện tử, Việt Nam cũng có tiến bộ.")
    assert facts(text, date="2023-08-10") == {F("Việt Nam", "other", 2023, rank=45, total=100)}


def test_countries_in_the_un_survey_named_as_a_ranking_stay_egdi() -> None:
    text = "Theo bảng xếp hạng chính phủ điện tử năm 2022, Việt Nam xếp thứ 86/193 quốc gia."
    assert facts(text, date="2022-10-01") == {F("Việt Nam", "egdi", 2022, rank=86, total=193)}


def test_provinces_in_an_index_the_project_has_no_words_for_are_not_the_dti() -> None:
    text = "Chỉ số tiếp cận pháp luật năm 2022: Quảng Ninh dẫn đầu, Hà Giang xếp thứ 30."
    assert facts(text, date="2023-03-01") == {F("Quảng Ninh", "other", 2022, rank=1), F("Hà Giang", "other", 2022, rank=30)}


def test_a_football_league_table_is_off_the_domain() -> None:
    text = "Với chiến thắng trước Hải Phòng FC, Nam Định đứng đầu bảng xếp hạng V-League với 50 điểm. Bình Định xếp thứ 2."
    assert facts(text, date="2024-06-01") == set()


def test_a_continuation_list_with_points_counts_on_from_this_years_place() -> None:
    """"… xếp vị trí thứ nhất … (năm 2020 xếp vị trí thứ 3); tiếp đến là A với số điểm là X, B với số điểm là Y":
    the list goes on from this year's first place, not the earlier edition's third; "với số điểm là" is a score."""
    text = ("Chỉ số cải cách hành chính năm 2021 của tỉnh Đắk Lắk. Ở cấp huyện, UBND huyện Cư Kuin xếp vị trí thứ "
            "nhất với tổng số điểm 87,76 (năm 2020 xếp vị trí thứ 3); tiếp đến là UBND huyện Lắk với số điểm là "
            "87,05, UBND huyện Ea Kar với số điểm là 85,97.")
    assert facts(text, date="2022-03-01") == {
        F("UBND huyện Cư Kuin", "local", 2021, rank=1, score=87.76), F("UBND huyện Cư Kuin", "local", 2020, rank=3),
        F("UBND huyện Lắk", "local", 2021, rank=2, score=87.05), F("UBND huyện Ea Kar", "local", 2021, rank=3, score=85.97),
    }


def test_rated_highest_then_the_following_places_in_turn() -> None:
    text = ("Xếp hạng cải cách hành chính năm 2017 của các sở, ban, ngành tỉnh. Trong số 20 sở, ban, ngành, Sở Tư pháp "
            "được đánh giá cao nhất. Ngoài Sở Tư pháp, 3 đơn vị đạt loại tốt được xếp ở thứ tự tiếp theo lần lượt là: "
            "Sở Y tế, Văn phòng UBND tỉnh và Sở Xây dựng.")
    assert facts(text, date="2018-03-01") == {
        F("Sở Tư pháp", "local", 2017, rank=1, total=20), F("Sở Y tế", "local", 2017, rank=2),
        F("Văn phòng UBND tỉnh", "local", 2017, rank=3), F("Sở Xây dựng", "local", 2017, rank=4),
    }


def test_an_ordered_list_runs_on_through_its_grade_bands() -> None:
    text = ("Kết quả DDCI năm 2019 khối sở, ngành: Cục Hải quan đứng đầu, thuộc nhóm “rất tốt”, kế đến lần lượt là: "
            "Sở Tư pháp, Sở Y tế thuộc nhóm “tốt”; Cục thuế, Sở Xây dựng thuộc nhóm “khá tốt”; nhóm “khá” gồm: "
            "Sở Nội vụ và Sở Tài chính.")
    got = facts(text, date="2020-03-01")
    assert got == {F(u, "local", 2019, rank=i) for i, u in enumerate(
        ["Cục Hải quan", "Sở Tư pháp", "Sở Y tế", "Cục Thuế", "Sở Xây dựng", "Sở Nội vụ", "Sở Tài chính"], start=1)}


def test_one_plural_kind_word_for_a_list_of_departments_in_score_order() -> None:
    """"(xếp theo thứ tự điểm từ cao đến thấp) gồm: A; các Sở: Công thương, Tư pháp, Khoa học và Công nghệ, Thanh
    tra tỉnh, …": the bare names take the kind word ("Sở Công Thương"), a member named in full keeps its name,
    and the stated order gives the places."""
    text = ("Chỉ số cải cách hành chính năm 2018 các sở, ngành tỉnh. Trong 22 ngành có 6 ngành xếp loại xuất sắc "
            "(xếp theo thứ tự điểm từ cao đến thấp) gồm: Văn phòng UBND tỉnh; các Sở: Công thương, Tư pháp, Khoa học "
            "và Công nghệ, Thanh tra tỉnh, Nội vụ.")
    got = facts(text, date="2019-06-01")
    assert got == {F(u, "local", 2018, rank=i, total=22) for i, u in enumerate(
        ["Văn phòng UBND tỉnh", "Sở Công Thương", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Sở Nội vụ"],
        start=1)}


def test_one_plural_kind_word_for_ministries() -> None:
    text = "Chỉ số cải cách hành chính PAR INDEX 2019: dẫn đầu là các bộ: Tư pháp, Nội vụ và Tài chính."
    assert facts(text, date="2020-05-01") == {F(b, "other", 2019, top=3) for b in ("Bộ Tư pháp", "Bộ Nội vụ", "Bộ Tài chính")}


def test_three_years_before_is_not_the_previous_edition() -> None:
    """"Từ vị trí 45 của 3 năm trước, … lên vị trí 23 … PCI năm 2018": "3 năm trước" is no "năm trước", so on an
    undated page the place reached stays the 2018 one."""
    text = ("Từ vị trí 45 của 3 năm trước, Hà Tĩnh đã vọt lên vị trí 23 trong báo cáo Chỉ số năng lực cạnh tranh cấp "
            "tỉnh (PCI) năm 2018, tăng 10 bậc so với năm 2017.")
    assert facts(text, date=None) == {F("Hà Tĩnh", "other", 2018, rank=23, change=10)}


def test_index_values_in_percent_after_the_highest_bodies_but_not_a_mean() -> None:
    text = ("Chỉ số cải cách hành chính năm 2019 của các sở, ngành trên địa bàn thành phố trung bình đạt khoảng 72% "
            "trở lên, trong đó cao nhất là Sở Nội vụ (86,93%), Sở Tư pháp (86,72%).")
    assert facts(text, date="2020-05-01") == {
        F("Sở Nội vụ", "local", 2019, score=86.93), F("Sở Tư pháp", "local", 2019, score=86.72)
    }
    text = ("Chỉ số CCHC năm 2020 của 17 bộ, cơ quan ngang bộ đạt giá trị trung bình cao nhất trong 9 năm là 87,56%, "
            "Bộ Tư pháp xếp thứ nhất.")
    assert facts(text, date="2021-05-01") == {F("Bộ Tư pháp", "other", 2020, rank=1, total=17)}


def test_a_day_and_month_after_an_events_year_is_no_place() -> None:
    text = ("Việt Nam xếp thứ 9 về chỉ số phát triển bưu chính. Thông tin được công bố tại Lễ kỷ niệm Ngày Bưu chính "
            "Thế giới 2021 (9/10) với chủ đề đổi mới để phục hồi.")
    assert all(f[6] is None for f in facts(text, date="2021-10-10"))  # no field of 10


def test_an_internet_speed_test_is_a_raw_measurement() -> None:
    text = "Kết quả này khiến Việt Nam tụt 9 bậc trong danh sách 141 quốc gia được Ookla theo dõi về tốc độ Internet."
    assert facts(text, date="2023-10-20") == set()


def test_a_value_of_another_rankings_sub_index_is_no_fact() -> None:
    assert facts("Theo PCI 2022, Lào Cai có chi phí không chính thức 7,49 điểm.", date="2023-05-01") == set()
    text = "Chỉ số PCI năm 2022. Chỉ số chi phí không chính thức của Lào Cai đạt 7,49 điểm."
    assert facts(text, date="2023-05-01") == set()


def test_from_a_place_out_of_a_field_in_one_year_up_to_a_place_in_the_next() -> None:
    text = ("Bộ Tư pháp từ thứ hạng 6 trên 19 đơn vị được xếp hạng năm 2016 đã nâng lên hạng 4 trong kết quả Chỉ số "
            "Cải cách hành chính (PAR INDEX) năm 2017.")
    assert facts(text, date="2018-05-01") == {F("Bộ Tư pháp", "other", 2016, rank=6, total=19), F("Bộ Tư pháp", "other", 2017, rank=4)}


def test_the_highest_value_first_with_its_body_in_brackets() -> None:
    text = ("Kết quả PCI 2022. Điểm PCI cao nhất là 72,95 (Quảng Ninh), giảm nhẹ so với năm 2021. Điểm PCI thấp nhất "
            "là 59,58 (Cao Bằng).")
    assert facts(text, date="2023-05-10") == {
        F("Quảng Ninh", "other", 2022, rank=1, score=72.95), F("Cao Bằng", "other", 2022, score=59.58)
    }


def test_units_of_different_blocks_first_of_the_table_together_each_lead_their_own() -> None:
    text = ("Sở Ngoại vụ, Công an tỉnh và TP Hà Tĩnh nhất bảng về cải cách hành chính\n"
            "UBND tỉnh Hà Tĩnh công bố Chỉ số cải cách hành chính năm 2024 của các sở, ngành, địa phương.")
    assert facts(text, date="2025-03-01") == {
        F("Sở Ngoại vụ", "local", 2024, rank=1), F("Công an tỉnh", "local", 2024, rank=1),
        F("UBND thành phố Hà Tĩnh", "local", 2024, rank=1),
    }
    # departments of one block leading together stay a top group
    text = LOCAL23 + "Sở Tư pháp, Sở Y tế và Sở Nội vụ nhất bảng khối sở."
    assert facts(text) == {F(u, "local", 2023, top=3) for u in ("Sở Tư pháp", "Sở Y tế", "Sở Nội vụ")}


def test_a_leader_with_its_value_after_la_then_the_following_places() -> None:
    """"đứng đầu với chỉ số là 89,42; tiếp đó là …": that "là" brings the value, not the leaders."""
    text = ("Chỉ số cải cách hành chính năm 2015 của các bộ. Cụ thể, Ngân hàng Nhà nước đứng đầu với chỉ số là 89,42; "
            "tiếp đó là Bộ Tài chính, Bộ Giao thông - Vận tải.")
    assert facts(text, date="2016-05-20") == {
        F("Ngân hàng Nhà nước Việt Nam", "other", 2015, rank=1, score=89.42), F("Bộ Tài chính", "other", 2015, rank=2),
        F("Bộ Giao thông vận tải", "other", 2015, rank=3),
    }


def test_a_difference_between_the_highest_and_the_lowest_places_no_one() -> None:
    text = LOCAL23 + "Sở Tư pháp đứng thứ 5. Chênh lệch giữa đơn vị có điểm số cao nhất và thấp nhất là 31,994 điểm."
    assert facts(text) == {F("Sở Tư pháp", "local", 2023, rank=5)}


def test_places_named_first_then_a_long_phrase_then_their_bodies_in_turn() -> None:
    text = ("Chỉ số CCHC năm 2019 (PAR INDEX 2019). Vị trí thứ 4 và thứ 5 trên bảng xếp hạng Chỉ số CCHC 2019 lần lượt "
            "thuộc về thành phố Hải Phòng (84,35%) và tỉnh Long An (84,33%).")
    assert facts(text, date="2020-05-20") == {
        F("Hải Phòng", "other", 2019, rank=4, score=84.35), F("Long An", "other", 2019, rank=5, score=84.33)
    }


def test_an_index_value_moved_from_one_editions_to_the_next() -> None:
    """"điểm số … từ 79,69% năm 2016 giảm xuống còn 72,40%": both ends are values, each of its own edition."""
    text = ("Chỉ số cải cách hành chính năm 2017 (PAR INDEX 2017) của các bộ. Điểm số cải cách hành chính của Bộ Y tế "
            "từ 79,69% năm 2016 giảm xuống còn 72,40%, giảm 7,29%.")
    assert facts(text, date="2018-05-01") == {F("Bộ Y tế", "other", 2016, score=79.69), F("Bộ Y tế", "other", 2017, score=72.4)}


def test_the_next_members_of_a_top_group_without_order_are_that_group() -> None:
    text = ("Chỉ số PCI năm 2019. Quảng Ninh dẫn đầu. Các tỉnh, thành phố tiếp theo trong nhóm 10 bao gồm Đà Nẵng, "
            "Quảng Nam và Bến Tre.")
    assert facts(text, date="2020-05-01") == {F("Quảng Ninh", "other", 2019, rank=1)} | {
        F(p, "other", 2019, top=10) for p in ("Đà Nẵng", "Quảng Nam", "Bến Tre")
    }
    text = "Chỉ số PCI năm 2019. Quảng Ninh dẫn đầu. Các vị trí tiếp theo trong nhóm 10 lần lượt là Đà Nẵng và Quảng Nam."
    assert facts(text, date="2020-05-01") == {
        F("Quảng Ninh", "other", 2019, rank=1), F("Đà Nẵng", "other", 2019, rank=2), F("Quảng Nam", "other", 2019, rank=3)
    }


def test_values_under_a_heading_naming_one_field_of_a_reform_index_are_no_facts() -> None:
    text = ("Chỉ số cải cách hành chính năm 2023 tỉnh Kon Tum tăng 12 bậc so với năm 2022, xếp thứ 43/63 tỉnh, thành.\n\n"
            "- Lĩnh vực Cải cách thể chế\n\n"
            "Đạt 9,42/10 điểm, chỉ số đạt 94,15%, xếp thứ 22/63 tỉnh thành, tăng 21 bậc so với năm 2022.\n\n"
            "- Lĩnh vực Cải cách thủ tục hành chính\n\n"
            "Năm 2023, tỉnh Kon Tum đạt 12,38 điểm, xếp thứ 34/63, tăng 15 bậc so với năm 2022.")
    assert facts(text, date="2024-04-25") == {F("Kon Tum", "other", 2023, rank=43, total=63, change=12)}


def test_places_named_first_then_their_bodies_and_scores_in_turn() -> None:
    """"Vị trí thứ hai và thứ ba thuộc về A và B, với số điểm lần lượt là …": the places end at their own
    "thuộc về", not at a later "là" (the longer form above once read past it: the demo site showed it)."""
    text = (LOCAL23 + "Thành phố Bến Cát đứng đầu với 0,7214 điểm. Vị trí thứ hai và thứ ba thuộc về thành phố Tân "
            "Uyên và huyện Phú Giáo, với số điểm lần lượt là 0,7038 và 0,6925.")
    got = facts(text)
    assert F("UBND thành phố Tân Uyên", "local", 2023, rank=2, score=0.7038) in got
    assert F("UBND huyện Phú Giáo", "local", 2023, rank=3, score=0.6925) in got


def test_a_plural_district_kind_word_reads_past_a_members_bracketed_value() -> None:
    """"các huyện Hữu Lũng (90,2 điểm) và Bắc Sơn (89,7 điểm)": both districts, each with its own value."""
    text = ("Chỉ số cải cách hành chính năm 2022 của UBND các huyện, thành phố trong tỉnh. Dẫn đầu là thành phố Lạng "
            "Sơn với 93,1 điểm. Vị trí thứ 2 và thứ 3 lần lượt là các huyện Hữu Lũng (90,2 điểm) và Bắc Sơn (89,7 điểm).")
    got = facts(text, date="2023-03-01")
    assert F("UBND huyện Hữu Lũng", "local", 2022, rank=2, score=90.2) in got
    assert F("UBND huyện Bắc Sơn", "local", 2022, rank=3, score=89.7) in got


def test_the_place_left_in_a_move_of_an_other_ranking_makes_no_row() -> None:
    """"tăng 17 bậc, từ vị trí 29 lên vị trí 12" of PCI: other rankings appear at irregular intervals, so the
    place left has no known year (GUIDELINES §3) and gives no row, not a row without a year."""
    text = "Chỉ số PCI năm 2021. Bình Phước có bước tiến khi tăng 17 bậc, từ vị trí 29 lên vị trí 12."
    assert facts(text, date="2022-05-01") == {F("Bình Phước", "other", 2021, rank=12, change=17)}


@pytest.mark.parametrize("joint", [" đạt {} điểm", " {} điểm", " với {} điểm"])
def test_a_continuation_list_whose_members_each_state_their_value(joint: str) -> None:
    """"tiếp đến là Sở Nội vụ đạt 90,87 điểm, Sở Y tế đạt 89,6 điểm": every member carries its value in the same
    words, so the second is still a member of the list, not a body with a claim of its own."""
    a, b = joint.format("90,87"), joint.format("89,6")
    text = (LOCAL23 + f"Sở Tư pháp đứng đầu với 91,25 điểm, tiếp đến là Sở Nội vụ{a}, Sở Y tế{b} và Sở Ngoại vụ"
            f"{joint.format('88,1')}.")
    assert facts(text) == {
        F("Sở Tư pháp", "local", 2023, rank=1, score=91.25), F("Sở Nội vụ", "local", 2023, rank=2, score=90.87),
        F("Sở Y tế", "local", 2023, rank=3, score=89.6), F("Sở Ngoại vụ", "local", 2023, rank=4, score=88.1),
    }


def test_a_list_going_on_after_a_part_of_an_other_ranking_is_that_part_too() -> None:
    """"X đứng đầu về chỉ số thành phần …. Tiếp theo là A với …; B …": the list goes on in the part, which the
    contract does not track for other rankings, so none of it is a place in the whole index."""
    text = ("Chỉ số thương mại điện tử EBI năm 2021. Hồ Chí Minh đứng đầu về chỉ số thành phần giao dịch B2C với "
            "72,4 điểm. Tiếp theo là Hà Nội với 69,2 điểm; Đồng Nai với 61,6 điểm.")
    assert {f[:6] for f in facts(text, date="2021-06-01") if f[5] is not None} == set()


def test_a_clause_opening_on_a_place_in_words_then_its_holder() -> None:
    """"…; hạng nhì là Sở Tư pháp; hạng ba là Sở Y tế": the place comes first, its holder after "là"."""
    text = LOCAL23 + "Sở Nội vụ xếp hạng nhất; hạng nhì là Sở Tư pháp với 90,54 điểm; hạng ba là Sở Y tế. Hạng tư là Sở Du lịch."
    assert facts(text) == {
        F("Sở Nội vụ", "local", 2023, rank=1), F("Sở Tư pháp", "local", 2023, rank=2, score=90.54),
        F("Sở Y tế", "local", 2023, rank=3), F("Sở Du lịch", "local", 2023, rank=4),
    }


def test_the_block_providing_online_public_services_is_no_pillar() -> None:
    """"khối bộ … có cung cấp dịch vụ công trực tuyến, Bộ Tài chính xếp thứ nhất": the clause names the usual block
    of ministries, not the pillar `dịch vụ công trực tuyến`; "Về cung cấp dịch vụ công trực tuyến" still is it."""
    head = "Theo Vietnam ICT Index 2019, "
    got = facts(head + "khối bộ, cơ quan ngang bộ có cung cấp dịch vụ công trực tuyến, Bộ Tài chính xếp thứ nhất.",
                date="2020-06-01")
    assert got == {F("Bộ Tài chính", "ict_index", 2019, rank=1)}
    got = facts(head + "về cung cấp dịch vụ công trực tuyến, Bộ Tài chính xếp thứ nhất.", date="2020-06-01")
    assert got == {F("Bộ Tài chính", "ict_index", 2019, component="dịch vụ công trực tuyến", rank=1)}


def test_districts_named_bare_in_a_provinces_own_ranking() -> None:
    """"Ba địa phương thấp nhất lần lượt là: Cư Jút 70,54 điểm, xếp thứ 8; …": no kind word, but a district named
    in full ("huyện Krông Nô") tells the province, and its list of districts tells each bare name and its kind."""
    text = ("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thành phố. Huyện Krông Nô đạt "
            "92,16 điểm, xếp thứ nhất. Hai địa phương thấp nhất lần lượt là: Cư Jút 70,54 điểm, xếp thứ 8; Gia Nghĩa "
            "71,2 điểm, xếp thứ 7.")
    assert facts(text, date="2024-02-01") == {
        F("UBND huyện Krông Nô", "local", 2023, rank=1, score=92.16),
        F("UBND huyện Cư Jút", "local", 2023, rank=8, score=70.54),
        F("UBND thành phố Gia Nghĩa", "local", 2023, rank=7, score=71.2),
    }


def test_districts_named_bare_in_a_table_of_the_province_the_title_names() -> None:
    text = ("Công bố Chỉ số cải cách hành chính năm 2022 của UBND các huyện, thị xã, thành phố tỉnh Quảng Trị\n"
            "Kết quả cụ thể như sau:\n"
            "Đơn vị\tĐiểm\tXếp hạng\n"
            "Đông Hà\t91,2\t1\n"
            "Quảng Trị\t90,4\t2\n"
            "Hải Lăng\t88,5\t3\n"
            "Vĩnh Linh\t87,9\t4\n")
    got = facts(text, date="2023-03-01")
    assert F("UBND thành phố Đông Hà", "local", 2022, rank=1, score=91.2) in got
    assert F("UBND huyện Hải Lăng", "local", 2022, rank=3, score=88.5) in got
    assert F("UBND huyện Vĩnh Linh", "local", 2022, rank=4, score=87.9) in got
    assert not any(f[0] == "Quảng Trị" for f in got)  # the town is named as the province is: no body for that row


def test_a_stored_page_opening_on_its_year_and_month_dates_it() -> None:
    """" date 2017-09" opening an undated page: "năm ngoái" and "năm nay" are then 2016 and 2017."""
    text = (" date 2017-09 Cụ thể, trong báo cáo năng lực cạnh tranh toàn cầu của WEF, Việt Nam nhảy lên hạng 55, tăng "
            "5 bậc so với năm ngoái. Điểm GCI của Việt Nam năm nay được 4,4 điểm (năm ngoái đạt 4,31 điểm).")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2017, rank=55, change=5) in got
    assert F("Việt Nam", "other", 2016, score=4.31) in got


def test_a_reports_edition_over_two_years_after_its_bracketed_acronym() -> None:
    text = "Báo cáo Cạnh tranh toàn cầu (GCR) 2015-2016 do WEF công bố cho thấy Việt Nam xếp ở vị trí 56/140 nền kinh tế."
    assert facts(text, date=None) == {F("Việt Nam", "other", 2015, rank=56, total=140)}


def test_the_same_places_as_before_for_several_bodies() -> None:
    """"Nhật Bản và Hàn Quốc không thay đổi ở vị trí 6 và 7", "Trung Quốc đứng nguyên ở vị trí 28": places, each
    with no change."""
    head = "Theo Báo cáo Năng lực cạnh tranh toàn cầu 2015 – 2016 của WEF, "
    assert facts(head + "Nhật Bản và Hàn Quốc không thay đổi ở vị trí 6 và 7.", date="2015-10-01") == {
        F("Nhật Bản", "other", 2015, rank=6, change=0), F("Hàn Quốc", "other", 2015, rank=7, change=0),
    }
    assert facts(head + "Trung Quốc đứng nguyên ở vị trí 28.", date="2015-10-01") == {
        F("Trung Quốc", "other", 2015, rank=28, change=0)
    }


def test_the_number_reached_after_a_move_by_places_is_a_place() -> None:
    """"giảm 1 bậc xuống 32": after a move by a number of places the number reached is the place; a value in
    points is not ("tăng 3 bậc lên 90 điểm")."""
    head = "Theo Báo cáo Năng lực cạnh tranh toàn cầu 2015 – 2016 của WEF, "
    assert facts(head + "Thái Lan giảm 1 bậc xuống 32.", date="2015-10-01") == {F("Thái Lan", "other", 2015, rank=32, change=-1)}
    assert all(f[5] is None for f in facts(head + "Lào tăng 3 bậc lên 90 điểm.", date="2015-10-01"))


def test_a_bare_move_after_one_with_the_word_place_has_its_shape() -> None:
    """"Hà Lan từ vị trí số 8 lên vị trí 5; Đức từ 5 lên 4": the second move, elided, is still one of places."""
    head = "Theo Báo cáo Năng lực cạnh tranh toàn cầu 2015 – 2016 của WEF, "
    got = facts(head + "Hà Lan tăng khá mạnh từ vị trí số 8 lên vị trí 5; Đức từ 5 lên 4.", date="2015-10-01")
    assert F("Hà Lan", "other", 2015, rank=5) in got and F("Đức", "other", 2015, rank=4) in got
    assert facts(head + "Indonesia giảm từ 24 xuống 25.", date="2015-10-01") == set()  # no word says these are places


def test_a_row_number_column_is_no_rank() -> None:
    """GUIDELINES §11: under labels that open with "STT" and name no rank column, a row's leading number only
    counts the rows; its values are still read."""
    text = ("Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh. Cụ thể như sau:\n"
            "STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại\n"
            "I Các sở, ban, ngành tỉnh\n"
            "1 Sở Tư pháp 71.5 69.25 96.85% Tốt\n"
            "2 Sở Nội vụ 71.5 69.00 96.50% Tốt\n"
            "3 Sở Y tế 100 94.43 94.43% Tốt\n")
    got = facts(text, date="2023-12-25")
    assert got and all(f[5] is None for f in got)


def test_members_numbered_in_brackets_before_them() -> None:
    """"(1) A đạt 90,05%, B đạt 90,02%, (3) C …": each member's place is its bracketed number (one left unnumbered
    between two takes the place between them), also in a list going on in the next sentence ("(11) D …")."""
    text = (LOCAL23 + "Có 4 đơn vị xếp ở nhóm đầu lần lượt là: (1) Sở Tài chính đạt 90,05%, Sở Nội vụ đạt 90,02%, "
            "(3) Sở Tư pháp đạt 89,3%, (4) Sở Y tế đạt 88,04%. Các vị trí tiếp theo lần lượt là: (11) Sở Du lịch đạt "
            "85,1%, (12) Sở Xây dựng đạt 85,03%.")
    assert facts(text) == {
        F("Sở Tài chính", "local", 2023, rank=1, score=90.05), F("Sở Nội vụ", "local", 2023, rank=2, score=90.02),
        F("Sở Tư pháp", "local", 2023, rank=3, score=89.3), F("Sở Y tế", "local", 2023, rank=4, score=88.04),
        F("Sở Du lịch", "local", 2023, rank=11, score=85.1), F("Sở Xây dựng", "local", 2023, rank=12, score=85.03),
    }


def test_leaders_each_with_their_own_value_in_brackets_are_a_top_group() -> None:
    """GUIDELINES §2: "các tỉnh dẫn đầu … là: A (46,04 điểm) B (45,78 điểm), C (45,70 điểm)" names a group that
    leads, with no order word (each bracket is that member's own value, and may stand for the comma)."""
    text = ("Theo công bố, các tỉnh, thành dẫn đầu về chỉ số PAPI năm 2023 là: Nghệ An (46,04 điểm) Hà Tĩnh (45,78 "
            "điểm), Quảng Trị (45,70 điểm).")
    assert facts(text, date="2024-04-10") == {
        F("Nghệ An", "other", 2023, top=3, score=46.04), F("Hà Tĩnh", "other", 2023, top=3, score=45.78),
        F("Quảng Trị", "other", 2023, top=3, score=45.7),
    }
    text = "Chỉ số PAPI năm 2023. Các tỉnh dẫn đầu là Nghệ An, Hà Tĩnh và Quảng Trị."
    assert facts(text, date="2024-04-10") == {F(p, "other", 2023, top=3) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Trị")}
    text = "Chỉ số PAPI năm 2023. Các tỉnh có chỉ số thuộc nhóm cao nhất là Nghệ An, Hà Tĩnh và Quảng Trị."
    assert facts(text, date="2024-04-10") == set()  # the highest band, not the leaders


def test_leaders_of_as_many_blocks_as_they_are() -> None:
    """"A, B và C là 3 đơn vị dẫn đầu ở 3 khối": each first in its own block, not a top group of three."""
    text = (LOCAL23 + "Sở Tư pháp, thành phố Cẩm Phả và Cục Hải quan là 3 đơn vị dẫn đầu ở 3 khối: sở, ban, "
            "ngành; địa phương và khối cơ quan trung ương.")
    assert facts(text) == {
        F("Sở Tư pháp", "local", 2023, rank=1), F("UBND thành phố Cẩm Phả", "local", 2023, rank=1),
        F("Cục Hải quan", "local", 2023, rank=1),
    }


def test_a_values_three_decimals_in_brackets_after_a_place_in_words() -> None:
    text = (LOCAL23 + "Sở Nội vụ xếp hạng nhất về Chỉ số cải cách hành chính (91,420); xếp hạng nhì là Sở Tư pháp "
            "(91,326); Sở Tài chính xếp hạng ba (91,290).")
    assert facts(text) == {
        F("Sở Nội vụ", "local", 2023, rank=1, score=91.42), F("Sở Tư pháp", "local", 2023, rank=2, score=91.326),
        F("Sở Tài chính", "local", 2023, rank=3, score=91.29),
    }


def test_ke_sau_la_goes_on_counting() -> None:
    text = "Chỉ số cải cách hành chính năm 2014 của các bộ. Bộ Tư pháp dẫn đầu. Kế sau là Bộ Tài chính và Bộ Nội vụ."
    assert facts(text, date="2015-05-01") == {
        F("Bộ Tư pháp", "other", 2014, rank=1), F("Bộ Tài chính", "other", 2014, rank=2), F("Bộ Nội vụ", "other", 2014, rank=3),
    }


def test_the_index_share_wins_over_the_points_it_was_computed_from() -> None:
    """"có tổng số điểm đạt được 68.32 điểm, chỉ số cải cách hành chính đạt 81.33%" (points, then the index as
    their share of the maximum): the score is the index; "tỷ lệ điểm (số) 99,28%" is that share too."""
    text = (LOCAL23 + "Sở Công Thương có tổng số điểm đạt được 92.83 điểm, chỉ số cải cách hành chính đạt 92.83% đứng "
            "vị trí thứ nhất; Sở Y tế có tổng điểm các lĩnh vực là 68,32 điểm, chỉ số cải cách hành chính đạt 81,33% đứng "
            "cuối bảng trong tổng số 20 sở, ban ngành.")
    got = facts(text)
    assert F("Sở Công Thương", "local", 2023, rank=1, score=92.83) in got
    assert F("Sở Y tế", "local", 2023, rank=20, total=20, score=81.33) in got
    text = (LOCAL23 + "Văn phòng UBND tỉnh có tỷ lệ điểm số cao nhất 99,28% - đứng đầu khối sở, ban, ngành; đứng cuối "
            "bảng là Sở Ngoại vụ đạt tỷ lệ điểm 55,27%. UBND huyện Tân Biên đứng cuối bảng với tỷ lệ điểm 76,54%.")
    assert facts(text) == {
        F("Văn phòng UBND tỉnh", "local", 2023, rank=1, score=99.28), F("Sở Ngoại vụ", "local", 2023, score=55.27),
        F("UBND huyện Tân Biên", "local", 2023, score=76.54),
    }


def test_editions_compared_with_give_an_undated_article_no_year() -> None:
    """"xuống hạng 41, thấp hơn năm 2021 và 2020": years compared with, so an undated GII article whose change is
    against 2021 reports 2022; a value in brackets after such a year is still that year's ("cao hơn năm 2017
    (0,857 điểm)")."""
    text = ("Việt Nam được WIPO xếp hạng 48 trên tổng số 132 nền kinh tế về Chỉ số Đổi mới sáng tạo toàn cầu. So với năm "
            "2021, chỉ số của Việt Nam đã tụt 4 bậc, trong khi đầu ra xuống hạng 41, thấp hơn năm 2021 và 2020.")
    assert facts(text, date=None) == {F("Việt Nam", "other", 2022, rank=48, total=132), F("Việt Nam", "other", 2022, change=-4)}


def test_a_bodys_best_part_is_no_place_in_the_index() -> None:
    """"Việt Nam đứng cao nhất ở Chỉ số mức độ hoàn thiện thị trường (thứ 43)": its best pillar of GII, which the
    contract does not track; nor a top group over a region the contract has not ("… 17 nền kinh tế ở Đông Nam Á,
    Đông Á và Châu Đại Dương")."""
    head = "Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2022 của WIPO, "
    got = facts(head + "Việt Nam đứng cao nhất ở Chỉ số mức độ hoàn thiện thị trường (thứ 43).", date="2022-10-01")
    assert got == set()
    got = facts(head + "Việt Nam chỉ đứng sau Ấn Độ trong số 36 nền kinh tế thuộc nhóm thu nhập trung bình thấp, và nằm "
                "trong top 10 trong tổng số 17 nền kinh tế ở Đông Nam Á, Đông Á và Châu Đại Dương.", date="2022-10-01")
    assert got == set()


def test_a_list_of_bodies_each_with_its_place_and_no_cue_before() -> None:
    """"5 đơn vị đứng tốp cuối là: A xếp vị trí cuối cùng - thứ 21, B thứ 20, C thứ 19": three or more bare places,
    each after its body; a district list ends at its sentence's full stop ("… Quỳnh Lưu.")."""
    text = (LOCAL23 + "5 đơn vị đứng tốp cuối là: Sở Xây dựng xếp vị trí cuối cùng- thứ 21, Ban Dân tộc thứ 20, Sở Tư pháp "
            "thứ 19 và Sở Y tế xếp thứ 18. Khối huyện, xếp thứ nhất là thành phố Vinh; tiếp đến là các huyện: Diễn Châu, "
            "Quỳnh Lưu.")
    assert facts(text) == {
        F("Sở Xây dựng", "local", 2023, rank=21), F("Ban Dân tộc", "local", 2023, rank=20),
        F("Sở Tư pháp", "local", 2023, rank=19), F("Sở Y tế", "local", 2023, rank=18),
        F("UBND thành phố Vinh", "local", 2023, rank=1), F("UBND huyện Diễn Châu", "local", 2023, rank=2),
        F("UBND huyện Quỳnh Lưu", "local", 2023, rank=3),
    }
    text = "Chỉ số ICT năm 2018 của các bộ. Bộ Y tế từ thứ 2 xuống thứ 7; Bộ Tư pháp từ thứ 3 xuống 9; Bộ Nội vụ từ thứ 4 xuống 17."
    assert {(f[0], f[5]) for f in facts(text, date="2019-05-01")} == {("Bộ Y tế", 7), ("Bộ Tư pháp", 9), ("Bộ Nội vụ", 17)}


def test_a_move_from_a_place_to_a_bare_number_and_a_score_from_to() -> None:
    """"thăng 7 bậc (từ vị trí 53 lên 46)": the place left says the number reached is a place; "Điểm số PAPI năm
    2022 của tỉnh tăng khá, từ 40,14 lên 40,87": this edition's score (the edition before an other ranking's has no
    known year); "với chỉ số tổng hợp đạt 47,88" is a score."""
    text = ("PAPI năm 2022 của tỉnh Sơn La\nĐiểm số PAPI năm 2022 của tỉnh tăng khá, từ 40,14 lên 40,87. Thứ hạng trong cả "
            "nước thăng 7 bậc (từ vị trí 53 lên 46).")
    got = facts(text, date="2023-05-01")
    assert F("Sơn La", "other", 2022, score=40.87) in got and F("Sơn La", "other", 2022, rank=46, change=7) in got
    text = "Tỉnh Quảng Ninh đứng đầu trong bảng xếp hạng PAPI 2022 với chỉ số tổng hợp đạt 47,88."
    assert facts(text, date="2023-05-01") == {F("Quảng Ninh", "other", 2022, rank=1, score=47.88)}


def test_dti_pillars_in_a_paragraph_about_other_rankings_are_the_dti() -> None:
    """The DTI's pillars belong to no other ranking: "Chính quyền số (xếp thứ 14, tăng 05 bậc …)" after PAPI and
    PAR INDEX places is a DTI place; a PAR sub-index that only mentions the words ("chỉ số thành phần … chính
    quyền số) trong cải cách hành chính") is not."""
    text = ("Chỉ số cải cách hành chính của tỉnh năm 2022 xếp hạng 53/63; chỉ số PAPI xếp hạng 45/63. Kết quả chỉ số "
            "chuyển đổi số năm 2022, tỉnh Tiền Giang xếp hạng 20. Trong đó, các chỉ số thành phần gồm: Chính quyền số "
            "(xếp thứ 14, tăng 05 bậc so với năm 2021), kinh tế số (xếp thứ 11 tăng 03 bậc so với năm 2021).")
    got = facts(text, date="2023-07-15")
    assert F("Tiền Giang", "dti", 2022, component="chính quyền số", rank=14, change=5) in got
    assert F("Tiền Giang", "dti", 2022, component="kinh tế số", rank=11, change=3) in got


def test_an_untitled_page_takes_its_first_heading_naming_a_body_as_its_title() -> None:
    """A page copied with the site's own lines first ("No title...", "image advertisement", a view count): its
    first short heading that names a body is its title, so "của tỉnh" in the body is that province."""
    text = ("No title... No title...\nimage advertisement\nPAPI năm 2022 của tỉnh Sơn La\nLượt xem: 203\n"
            "Điểm số PAPI năm 2022 của tỉnh tăng khá. Thứ hạng của tỉnh trong cả nước thăng 7 bậc, lên vị trí 46.")
    assert facts(text, date="2023-05-01") == {F("Sơn La", "other", 2022, rank=46, change=7)}


def test_values_in_percent_in_brackets_after_the_next_members() -> None:
    """"Tiếp theo là Hải Phòng (92,59%), Đồng Nai (92,53%)": each member's index value; "tăng cao nhất là Bình
    Thuận (6,39%)" is a rise, not a value."""
    text = "Chỉ số cải cách hành chính năm 2015 của các tỉnh. Đà Nẵng dẫn đầu. Tiếp theo là Hải Phòng (92,59%), Đồng Nai (92,53%)."
    assert facts(text, date="2016-05-01") == {
        F("Đà Nẵng", "other", 2015, rank=1), F("Hải Phòng", "other", 2015, rank=2, score=92.59),
        F("Đồng Nai", "other", 2015, rank=3, score=92.53),
    }
    text = ("Chỉ số cải cách hành chính năm 2024. Có 53 địa phương có chỉ số tăng so với năm 2023, tăng cao nhất là "
            "Bình Thuận (6,39%), tăng thấp nhất là Lai Châu (0,19%).")
    assert facts(text, date="2025-05-01") == set()


def test_behind_another_by_points_in_second_place() -> None:
    """"đứng thứ 2 trên tổng số 17 (kém Bộ Tư pháp 0,06 điểm)": the margin is no score of the body ahead, which is
    first; behind by points from a lower place says nothing of the other's place."""
    head = "Theo bảng xếp hạng PAR Index năm 2023 của các bộ, cơ quan ngang bộ, "
    got = facts(head + "Bộ Nội vụ đạt 89,89/100 điểm, đứng thứ 2 trên tổng số 17 cơ quan được xếp hạng (kém Bộ Tư pháp "
                "0,06 điểm).", date="2024-05-01")
    assert got == {F("Bộ Nội vụ", "other", 2023, rank=2, total=17, score=89.89), F("Bộ Tư pháp", "other", 2023, rank=1, total=17)}
    got = facts(head + "Bộ Nội vụ đạt 85,1 điểm, đứng thứ 5 (kém Bộ Tư pháp 4,1 điểm).", date="2024-05-01")
    assert got == {F("Bộ Nội vụ", "other", 2023, rank=5, score=85.1)}


def test_a_field_framed_before_a_colon_holds_for_the_clauses_it_opens() -> None:
    text = (LOCAL23 + "Cụ thể, trong 21 sở, ban, ngành cấp tỉnh: Sở Tư pháp dẫn đầu với 95,73 điểm; thứ hai là Sở Nội vụ "
            "95,43 điểm; thứ ba là Sở Y tế 95,39 điểm.")
    assert facts(text) == {
        F("Sở Tư pháp", "local", 2023, rank=1, total=21, score=95.73), F("Sở Nội vụ", "local", 2023, rank=2, total=21, score=95.43),
        F("Sở Y tế", "local", 2023, rank=3, total=21, score=95.39),
    }


def test_the_block_without_public_services_named_in_full_after_what_is_measured() -> None:
    """"xếp vị trí thứ nhất về mức độ chuyển đổi số ở khối các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ không cung
    cấp dịch vụ công": the no-service block; "cũng xếp thứ nhất trong 3/6 chỉ số chính gồm: Nhận thức số; Hạ tầng số
    và Nhân lực số": first in each of those pillars."""
    text = ("Bộ TT&TT vừa công bố kết quả đánh giá mức độ chuyển đổi số cấp bộ, cấp tỉnh năm 2021 (DTI 2021). Viện Hàn lâm "
            "Khoa học và Công nghệ Việt Nam xếp vị trí thứ nhất về mức độ chuyển đổi số ở khối các bộ, cơ quan ngang bộ, "
            "cơ quan thuộc Chính phủ không cung cấp dịch vụ công. Viện Hàn lâm Khoa học và Công nghệ Việt Nam cũng xếp "
            "thứ nhất trong 3/6 chỉ số chính gồm: Nhận thức số; Hạ tầng số và Nhân lực số.")
    body, block = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "bộ không cung cấp dịch vụ công"
    assert facts(text, date="2022-08-08") == {
        F(body, "dti", 2021, group=block, rank=1),
        *(F(body, "dti", 2021, component=c, group=block, rank=1) for c in ("nhận thức số", "hạ tầng số", "nhân lực số")),
    }


def test_a_bare_move_in_a_sentence_that_speaks_of_places() -> None:
    """"Trung Quốc đứng nguyên ở vị trí 28, còn Saudi Arabia giảm từ 24 xuống 25": the sentence's place words make
    the bare move one of places; "Hồng Kong" is Hồng Kông."""
    head = "Theo Báo cáo Năng lực cạnh tranh toàn cầu 2015-2016 của WEF, "
    got = facts(head + "Trung Quốc đứng nguyên ở vị trí 28, còn Saudi Arabia giảm từ 24 xuống 25.", date="2015-10-01")
    assert got == {F("Trung Quốc", "other", 2015, rank=28, change=0), F("Ả Rập Xê Út", "other", 2015, rank=25)}
    got = facts(head + "Nhật Bản và Hồng Kong không thay đổi ở vị trí 6 và 7.", date="2015-10-01")
    assert F("Hồng Kông", "other", 2015, rank=7, change=0) in got


def test_the_highest_band_in_brackets_and_a_change_over_named_years() -> None:
    """"A và B lần lượt đạt 43,96 điểm (thuộc nhóm tỉnh, thành có Chỉ số PAPI cao nhất) và 41,77 điểm": bands, so
    scores and no places; "Chỉ tính trong 2 năm 2022 và 2023, tỉnh X đã tăng 47 bậc": a change over two editions."""
    text = ("Chỉ số PAPI năm 2023. Hai trung tâm kinh tế lớn nhất cả nước là Hà Nội và Đà Nẵng lần lượt đạt 43,96 điểm "
            "(thuộc nhóm tỉnh, thành có Chỉ số PAPI cao nhất) và 41,77 điểm (thuộc nhóm tỉnh, thành có Chỉ số PAPI "
            "trung bình thấp).")
    assert facts(text, date="2024-04-01") == {F("Hà Nội", "other", 2023, score=43.96), F("Đà Nẵng", "other", 2023, score=41.77)}
    text = "Chỉ số PAPI năm 2023. Chỉ tính trong 2 năm 2022 và 2023, tỉnh Sóc Trăng đã tăng 47 bậc trên bảng xếp hạng."
    assert facts(text, date="2024-04-01") == set()
    text = "Chỉ số chuyển đổi số năm 2024. Trong nhóm 63 tỉnh, thành, TPHCM dẫn đầu."
    assert facts(text, date="2025-10-21") == {F("Hồ Chí Minh", "dti", 2024, rank=1, total=63)}


def test_a_name_no_gazetteer_knows_keeps_its_own_place() -> None:
    """"Kuala Lumpur xếp thứ 73, Bangkok xếp thứ 84, Hà Nội xếp thứ 97": the cities the gazetteer does not know hold
    their places; Hà Nội's is the one after its own name."""
    text = ("Theo chỉ số thành phố thông minh của IMD năm 2024, Kuala Lumpur xếp thứ 73, Bangkok xếp thứ 84, Hà Nội xếp "
            "thứ 97 và Thành phố Hồ Chí Minh xếp thứ 101.")
    assert facts(text, date="2024-05-01") == {F("Hà Nội", "other", 2024, rank=97), F("Hồ Chí Minh", "other", 2024, rank=101)}


def test_members_of_the_best_named_after_a_count_from_one_region() -> None:
    """"Trong số 10 tỉnh … có quản trị tốt nhất, có 3 tỉnh ở Đồng bằng sông Cửu Long, bao gồm A, B và C, thông tin tại
    hội thảo về PCI 2017": top 10 each, of the edition the event is about."""
    text = ("Trong số 10 tỉnh và thành phố trên cả nước có quản trị tốt nhất, có 3 tỉnh ở Đồng bằng sông Cửu Long, bao "
            "gồm Đồng Tháp, Long An và Bến Tre, thông tin tại hội thảo về PCI 2017 ở Cần Thơ.")
    assert facts(text, date=None) == {F(p, "other", 2017, top=10) for p in ("Đồng Tháp", "Long An", "Bến Tre")}


def test_a_dated_place_opening_the_sentence_is_the_subject_after_its_comma() -> None:
    """"Đứng vị trí thứ 2 … năm 2021, X vươn lên vị trí thứ 1 trong năm 2022": the fronted place is X's, in its own year."""
    text = "Đứng vị trí thứ 2 trong bảng xếp hạng chỉ số chuyển đổi số năm 2021, Quảng Ninh vươn lên vị trí thứ 1 trong năm 2022."
    assert facts(text, date="2023-07-01") == {F("Quảng Ninh", "dti", 2021, rank=2), F("Quảng Ninh", "dti", 2022, rank=1)}


@pytest.mark.parametrize(
    "comparison",
    ["So với năm 2022 (0,45 điểm, xếp thứ 15)", "So với mức 0,45 điểm và vị trí 15 của năm 2022"],
)
def test_values_of_the_edition_compared_with_are_that_editions(comparison: str) -> None:
    text = f"Theo Chỉ số chuyển đổi số năm 2023, Phú Thọ xếp thứ 10, đạt 0,5 điểm. {comparison}, Phú Thọ tăng 5 bậc."
    assert facts(text, date="2025-03-01") == {
        F("Phú Thọ", "dti", 2023, rank=10, score=0.5), F("Phú Thọ", "dti", 2023, change=5),
        F("Phú Thọ", "dti", 2022, rank=15, score=0.45),
    }


def test_values_compared_with_an_edition_named_over_two_years_take_its_first() -> None:
    text = ("Trong Báo cáo Năng lực cạnh tranh toàn cầu (GCR) 2015-2016, Việt Nam đạt 4,30 điểm, xếp thứ 56/140. So với "
            "mức 4,23 điểm và vị trí 68 trong kỳ 2014-2015, Việt Nam tăng 12 bậc.")
    assert facts(text, date="2015-10-01") == {
        F("Việt Nam", "other", 2015, rank=56, total=140, score=4.3), F("Việt Nam", "other", 2015, change=12),
        F("Việt Nam", "other", 2014, rank=68, score=4.23),
    }


def test_a_dot_before_three_digits_of_a_points_score_is_a_decimal() -> None:
    """"đạt 91.651 điểm" is 91,651 of 100 (no ranking gives 91 651 points); "1.000 điểm" stays a thousand."""
    text = "Kết quả Chỉ số cải cách hành chính năm 2022 của các sở, ngành tỉnh: Sở Tư pháp đạt 91.651 điểm, xếp thứ nhất."
    assert facts(text, date="2023-03-01") == {F("Sở Tư pháp", "local", 2022, rank=1, score=91.651)}


def test_a_one_digit_dot_score_and_a_bare_points_label_are_decimals() -> None:
    """"với 1.721 điểm" and "– Điểm: 1.469 –" are a peace-index score of 1–5, not 1 721 points; a round "1.500 điểm"
    is left alone (a count or a points total, never read as 1,5)."""
    text = (
        "Theo Chỉ số Hòa bình toàn cầu 2025, Việt Nam xếp thứ 38/163 với 1.721 điểm. "
        "Malaysia xếp hạng 13 toàn cầu – Điểm: 1.469 – giảm 1 bậc. Lào xếp thứ 150 với 1.500 điểm."
    )
    assert facts(text, date="2025-09-03") == {
        F("Việt Nam", "other", 2025, rank=38, total=163, score=1.721),
        F("Malaysia", "other", 2025, rank=13, score=1.469, change=-1),
        F("Lào", "other", 2025, rank=150),
    }


def test_a_forecast_place_is_no_result_however_far_into_its_clause() -> None:
    """"sắp lọt top 10", "được dự báo sẽ tụt … trong khi Đức từ thứ 2 xuống thứ 4", "Trong vòng 5 năm tới … có thể
    tụt": places forecast, not reached; today's place said after the forecast ("hiện xếp thứ 18") stands."""
    text = (
        "Theo báo cáo công bố năm 2013, Việt Nam sắp lọt top 10 thế giới về năng lực cạnh tranh sản xuất, hiện xếp "
        "thứ 18. Mỹ được dự báo sẽ tụt từ thứ 3 xuống thứ 5, trong khi Hàn Quốc từ thứ 5 xuống thứ 6 và Đức từ thứ 2 "
        "xuống thứ 4. Trong vòng 5 năm tới, Thái Lan có thể tụt xuống vị trí thứ 15."
    )
    assert facts(text, date="2013-01-10") == {F("Việt Nam", "other", 2013, rank=18)}


def test_sau_do_den_counts_on_in_the_edition_of_the_place_before() -> None:
    """"… năm 2019 là Uruguay; sau đó đến A, B và C": places 2–4 of the 2019 edition (the year is said before the
    ";"); "sau đó đến" counts on only from a place of its own sentence, never from one far back."""
    text = (
        "Việt Nam xếp thứ 8 trong bảng xếp hạng năm 2019. "
        "Quốc gia đứng đầu bảng xếp hạng năm 2019 là Uruguay; sau đó đến Ả Rập Xê Út, Costa Rica và Qatar. "
        "Các nước châu Á sau đó đến Singapore, Nhật Bản."
    )
    assert facts(text, date="2020-03-01") == {
        F("Việt Nam", "other", 2019, rank=8), F("Uruguay", "other", 2019, rank=1),
        F("Ả Rập Xê Út", "other", 2019, rank=2), F("Costa Rica", "other", 2019, rank=3),
        F("Qatar", "other", 2019, rank=4),
    }


@pytest.mark.parametrize("superlative", ["có nhiều ảnh hưởng nhất", "quyền lực nhất", "hấp dẫn nhất"])
def test_more_superlatives_of_a_world_report_are_its_first_place(superlative: str) -> None:
    text = f"Theo Chỉ số Quyền lực châu Á 2024, Mỹ vẫn là quốc gia {superlative}, tiếp theo là Trung Quốc."
    assert facts(text, date="2024-12-05") == {F("Mỹ", "other", 2024, rank=1), F("Trung Quốc", "other", 2024, rank=2)}


def test_a_quantity_s_place_is_no_fact_said_after_the_place_or_as_its_subject() -> None:
    """"… với sản lượng 29 triệu bao", "Thị phần dệt may của Việt Nam giữ vị trí thứ 3": places by a raw statistic
    (GUIDELINES §4); the share of satisfied users is the SIPAS's own value, so its place stands."""
    text = (
        "Theo Chỉ số hài lòng SIPAS năm 2022 của các sở, ngành tỉnh: Tỷ lệ hài lòng của Sở Tư pháp đạt 95,1%, đứng "
        "thứ 2. Năm 2020, thị phần dệt may của Việt Nam giữ vị trí thứ 3 thế giới. Việt Nam xếp thứ hai toàn cầu với "
        "sản lượng 29 triệu bao trong năm 2020."
    )
    assert facts(text, date="2023-03-01") == {F("Sở Tư pháp", "local", 2022, rank=2)}


def test_an_edition_in_brackets_after_a_report_or_a_list_header_dates_it() -> None:
    """"theo thứ tự từ cao đến thấp (2010): A, B, C" and "Báo cáo mới nhất (2009-2010)" name their editions (a span
    of two years takes its first); "dẫn đầu bảng xếp hạng … (2013 - 2020)" is the run of years led, no edition."""
    text = (
        "Theo Chỉ số Thịnh vượng năm 2011, Việt Nam đứng thứ 62/110. Các nước đứng đầu bảng về phồn vinh, theo thứ tự "
        "từ cao đến thấp (2010): Na Uy, Đan Mạch, Úc. Báo cáo mới nhất (2009-2010) cho thấy Singapore tăng 3 bậc lên "
        "hạng 2 trên 133 nền kinh tế. Đây là năm thứ tám liên tiếp Bộ Tài chính dẫn đầu bảng xếp hạng Vietnam ICT "
        "Index (2013 - 2020)."
    )
    assert facts(text, date="2012-01-05") == {
        F("Việt Nam", "other", 2011, rank=62, total=110), F("Na Uy", "other", 2010, rank=1),
        F("Đan Mạch", "other", 2010, rank=2), F("Úc", "other", 2010, rank=3),
        F("Singapore", "other", 2009, rank=2, total=133, change=3), F("Bộ Tài chính", "ict_index", 2011, rank=1),
    }


def test_a_regional_list_counts_on_from_the_leader_s_regional_place_not_its_bracketed_world_place() -> None:
    text = (
        "Theo bảng xếp hạng năm 2015, dẫn đầu ASEAN vẫn là Singapore (đứng thứ 2 toàn cầu), tiếp sau là Malaysia "
        "(thứ 18 toàn cầu), Thái Lan (thứ 32)."
    )
    assert facts(text, date="2015-10-01") == {
        F("Singapore", "other", 2015, group="Đông Nam Á", rank=1), F("Singapore", "other", 2015, rank=2),
        F("Malaysia", "other", 2015, group="Đông Nam Á", rank=2), F("Malaysia", "other", 2015, rank=18),
        F("Thái Lan", "other", 2015, group="Đông Nam Á", rank=3), F("Thái Lan", "other", 2015, rank=32),
    }


def test_a_superlative_group_named_or_counted_is_a_top_group() -> None:
    """"Các nước hòa bình nhất là A, B, C và D" (its members after "là": top 4) and "A, B, và C là 3 nước hảo tâm
    nhất thế giới" (counted, a comma before "và" too); "quốc gia có sự bình đẳng giới tốt nhất thế giới là X" is its
    first place. A list's name ("danh sách các quốc gia an toàn nhất"), "hai quốc gia duy nhất" and the worst
    ("bất hạnh nhất") are none of these."""
    text = (
        "Theo chỉ số năm 2010, các nước hòa bình nhất là New Zealand, Iceland, Nhật Bản và Áo. "
        "Kết quả năm 2015 cho thấy, Myanmar, Mỹ, và Canada là 3 nước hảo tâm nhất thế giới. "
        "Theo báo cáo năm 2013, quốc gia có sự bình đẳng giới tốt nhất thế giới là Phần Lan. "
        "Năm 2013, Mỹ xếp thứ 33 trong danh sách các quốc gia an toàn nhất thế giới. "
        "Năm 2013, Lào cùng với Brunei là hai quốc gia duy nhất tăng hạng. "
        "Năm 2013, Afghanistan và Lebanon là hai quốc gia bất hạnh nhất trên trái đất."
    )
    assert facts(text, date="2016-01-05") == {
        *(F(c, "other", 2010, top=4) for c in ("New Zealand", "Iceland", "Nhật Bản", "Áo")),
        *(F(c, "other", 2015, top=3) for c in ("Myanmar", "Mỹ", "Canada")),
        F("Phần Lan", "other", 2013, rank=1), F("Mỹ", "other", 2013, rank=33),
    }


def test_names_with_so_and_a_number_after_a_place_are_places() -> None:
    text = (
        "Theo bảng xếp hạng năm 2014, Việt Nam đứng thứ 23. Philippines ở vị trí thứ 37, Malaysia số 38, "
        "Campuchia số 84, và Lào số 102."
    )
    assert facts(text, date="2015-01-01") == {
        F("Việt Nam", "other", 2014, rank=23), F("Philippines", "other", 2014, rank=37),
        F("Malaysia", "other", 2014, rank=38), F("Campuchia", "other", 2014, rank=84), F("Lào", "other", 2014, rank=102),
    }


def test_the_only_bodies_ahead_of_an_unplaced_body_are_a_top_group() -> None:
    """"chỉ xếp sau A, B, C và D" with no place stated for the subject: the four are the top group (a misspelt
    "Cộng hòa Dominican" is the Dominican Republic); one body alone ahead, or a sentence that ranks nothing
    ("đánh giá cao tiềm năng … chỉ đứng sau A và B"), gives no fact."""
    text = (
        "Theo báo cáo năm 2009, chỉ số HPI của Việt Nam chỉ xếp sau Costa Rica, Cộng hòa Dominican, Jamaica và "
        "Guatemala. Năm 2009, Lào chỉ đứng sau Thái Lan về chỉ số này. Các thị trường lớn đánh giá cao tiềm năng "
        "phần mềm của Việt Nam, chỉ đứng sau Trung Quốc và Ấn Độ."
    )
    assert facts(text, date="2010-01-01") == {
        F(c, "other", 2009, top=4) for c in ("Costa Rica", "Cộng hòa Dominica", "Jamaica", "Guatemala")
    }


def test_a_full_score_one_of_one_is_no_field_of_one() -> None:
    """"được chấm điểm tuyệt đối (1/1) và đứng thứ nhất, tiếp sau đó là A, B": 1/1 is a full mark, so the list after
    the first place counts on (a field of one would end it)."""
    text = (
        "Theo bảng xếp hạng năm 2022, Việt Nam được chấm điểm tuyệt đối (1/1) và đứng thứ nhất, tiếp sau đó là "
        "Philippines (0,753 điểm), Ukraine (0,694 điểm)."
    )
    assert facts(text, date="2023-01-01") == {
        F("Việt Nam", "other", 2022, rank=1), F("Philippines", "other", 2022, rank=2, score=0.753),
        F("Ukraine", "other", 2022, rank=3, score=0.694),
    }


@pytest.mark.parametrize(("move", "change"), [("nâng được 8 bậc", 8), ("nâng hạng 8 bậc", 8), ("nhảy qua 8 bậc", 8)])
def test_more_words_of_a_move_up(move: str, change: int) -> None:
    text = f"Theo kết quả xếp hạng GPI năm 2011, Việt Nam được xếp ở vị trí 30, {move} so với năm 2010."
    assert facts(text, date="2011-07-01") == {F("Việt Nam", "other", 2011, rank=30, change=change)}


def test_a_list_after_the_worst_counts_nothing_down_from_the_top() -> None:
    """"Iraq là nước bạo loạn nhất …, sau đó là A, B": the list climbs from the bottom, so no place is counted on
    from the one stated before; the least corrupt ("ít tham nhũng nhất") is the best, and its list counts on."""
    text = (
        "Năm 2010, Việt Nam đứng thứ 38. Theo bảng xếp hạng nói trên, Iraq là nước bạo loạn nhất trên thế giới, sau đó "
        "là Somalia, Afghanistan, Sudan. Năm 2008, Đan Mạch là quốc gia có ít tham nhũng nhất thế giới, tiếp sau là "
        "New Zealand và Thụy Điển."
    )
    assert facts(text, date="2010-06-01") == {
        F("Việt Nam", "other", 2010, rank=38), F("Đan Mạch", "other", 2008, rank=1),
        F("New Zealand", "other", 2008, rank=2), F("Thụy Điển", "other", 2008, rank=3),
    }


def test_a_city_in_a_world_list_takes_the_edition_of_the_article_s_year_like_a_country() -> None:
    """An undated place of Hà Nội in EIU's world list, in an article of June 2023, is the 2023 edition (world reports
    are out by April); Đà Nẵng's undated PCI place in the same month is the year before's (PCI comes out for the
    year before)."""
    world = (
        "EIU vừa công bố bảng xếp hạng các thành phố đáng sống nhất thế giới. Hiện Hà Nội đứng thứ 129/173 thành phố "
        "được xếp hạng, tăng 20 bậc. Singapore là thành phố châu Á có thứ hạng cao nhất trên thế giới."
    )
    assert facts(world, date="2023-06-25") == {F("Hà Nội", "other", 2023, rank=129, total=173, change=20)}
    national = "Theo bảng xếp hạng PCI, Đà Nẵng đứng thứ 5/63 tỉnh, thành phố."
    assert facts(national, date="2023-06-25") == {F("Đà Nẵng", "other", 2022, rank=5, total=63)}


def test_a_top_list_named_with_its_edition_dates_its_places() -> None:
    text = "Hà Nội đứng thứ 98 trong top 100 thành phố hàng đầu thế giới 2023."
    assert facts(text, date=None) == {F("Hà Nội", "other", 2023, rank=98)}


def test_a_run_of_years_each_with_its_place_and_field_noun() -> None:
    """"năm 2015 … xếp hạng 29/70 quốc gia, năm 2016 hạng 31/72 quốc gia, …": the year after the field's noun and
    comma opens the next place's clause, so each place keeps its own year."""
    text = "Cụ thể, năm 2015 Việt Nam xếp hạng 29/70 quốc gia, năm 2016 hạng 31/72 quốc gia, năm 2017 hạng 34/80 quốc gia."
    assert facts(text, date="2019-05-01") == {
        F("Việt Nam", "other", 2015, rank=29, total=70), F("Việt Nam", "other", 2016, rank=31, total=72),
        F("Việt Nam", "other", 2017, rank=34, total=80),
    }


def test_this_year_on_an_undated_page_is_its_one_named_edition() -> None:
    """An undated page naming one edition ("“Khảo sát Chi phí sinh hoạt” năm 2021"): its "năm nay" is that edition,
    not the one after (as it is after a past year in passing: "Năm 2007, X đứng thứ 123 … Năm nay …")."""
    text = (
        "Hà Nội và TP HCM lần lượt xếp vị trí 139 và 143 trên bảng xếp hạng chi phí sinh hoạt của Mercer năm 2021.\n"
        "Mercer vừa công bố “Khảo sát Chi phí sinh hoạt” năm 2021.\n"
        "Theo bảng xếp hạng năm nay, Hà Nội xếp thứ 139 về mức độ đắt đỏ, giảm 23 bậc so với năm ngoái."
    )
    assert facts(text, date=None) == {
        F("Hà Nội", "other", 2021, rank=139, change=-23), F("Hồ Chí Minh", "other", 2021, rank=143),
    }


def test_a_tie_stated_after_the_holder_of_a_place_said_before_it_is_shared() -> None:
    text = "Theo bảng xếp hạng năm 2017, với vị trí xếp hạng thứ 77, Việt Nam đồng hạng với Guinea, Ấn Độ và Campuchia."
    assert facts(text, date="2018-01-01") == {
        F(c, "other", 2017, rank=77) for c in ("Việt Nam", "Guinea", "Ấn Độ", "Campuchia")
    }


def test_a_span_of_years_with_as_many_places_gives_each_year_its_place() -> None:
    """"từ năm 2006 đến năm 2010 là 66, 65, 65, 64 và 62": five years, five places, in order; a count that does not
    match the span ("từ năm 2006 đến năm 2010 là 66 và 62") gives none."""
    text = "Theo xếp hạng này, thứ bậc của Việt Nam từ năm 2006 đến năm 2010 là 66, 65, 65, 64 và 62."
    assert facts(text, date="2011-01-01") == {
        F("Việt Nam", "other", y, rank=r) for y, r in zip(range(2006, 2011), (66, 65, 65, 64, 62), strict=True)
    }
    assert facts("Theo xếp hạng này, thứ bậc của Việt Nam từ năm 2006 đến năm 2010 là 66 và 62.", date="2011-01-01") == set()


def test_the_bodies_behind_a_placed_anchor_named_with_their_kind_count_on() -> None:
    text = (
        "Theo bảng xếp hạng năm 2016, Việt Nam đứng thứ 6. Đứng sau Việt Nam trong danh sách là các nước Ma-rốc, "
        "Indonesia và Peru."
    )
    assert facts(text, date="2017-01-01") == {
        F("Việt Nam", "other", 2016, rank=6), F("Ma-rốc", "other", 2016, rank=7),
        F("Indonesia", "other", 2016, rank=8), F("Peru", "other", 2016, rank=9),
    }


def test_a_city_abroad_named_alone_before_its_country_holds_its_own_place() -> None:
    """"Bucharest của Romania tăng 21 bậc", "Manchester của Anh và Rotterdam của Hà Lan … đồng hạng 44": the places
    are the cities', not their countries'; "hiệu năng Logistics của Việt Nam" (no phrase opens on it) stays Việt Nam's."""
    text = (
        "Theo bảng xếp hạng năm 2023, Việt Nam đứng thứ 50. Trong khi đó, Bucharest của Romania tăng 21 bậc lên vị "
        "trí 99. Cả Manchester của Anh và Rotterdam của Hà Lan đều giảm 16 bậc để đồng hạng 44. "
        "Năm 2018, chỉ số hiệu năng Logistics của Việt Nam đứng thứ 39."
    )
    assert facts(text, date="2023-07-01") == {F("Việt Nam", "other", 2023, rank=50), F("Việt Nam", "other", 2018, rank=39)}


def test_a_list_goes_on_from_the_place_said_last_before_it() -> None:
    """"Việt Nam đứng ở vị trí 94 …, Singapore vẫn dẫn đầu ASEAN, theo sau là A và B": the list counts on from
    Singapore's first place, not from the sentence's highest number."""
    text = (
        "Theo báo cáo năm 2019, Việt Nam đứng ở vị trí 94 và đứng thứ 6 trong khu vực Đông Nam Á, Singapore vẫn dẫn "
        "đầu ASEAN, theo sau là Thái Lan và Philippines."
    )
    assert facts(text, date="2019-04-01") == {
        F("Việt Nam", "other", 2019, rank=94), F("Việt Nam", "other", 2019, group="Đông Nam Á", rank=6),
        F("Singapore", "other", 2019, group="Đông Nam Á", rank=1), F("Thái Lan", "other", 2019, group="Đông Nam Á", rank=2),
        F("Philippines", "other", 2019, group="Đông Nam Á", rank=3),
    }


def test_the_bodies_after_an_anchor_count_on_in_its_field_beside_their_own_world_places() -> None:
    """"Việt Nam … thứ 3 ASEAN. Xếp sau Việt Nam là Lào (hạng 47 toàn cầu, giảm 3 bậc), …": Lào is fourth in the
    region (the anchor's field) and 47th in the world, with the change beside its world place."""
    text = (
        "Theo GPI 2025, Việt Nam đứng thứ 38 toàn cầu và thứ 3 ASEAN. Xếp sau Việt Nam là Lào (hạng 47 toàn cầu, giảm "
        "3 bậc) và Indonesia (hạng 49, tăng 3 bậc)."
    )
    assert facts(text, date="2025-07-01") == {
        F("Việt Nam", "other", 2025, rank=38), F("Việt Nam", "other", 2025, group="Đông Nam Á", rank=3),
        F("Lào", "other", 2025, group="Đông Nam Á", rank=4), F("Indonesia", "other", 2025, group="Đông Nam Á", rank=5),
        F("Lào", "other", 2025, rank=47, change=-3), F("Indonesia", "other", 2025, rank=49, change=3),
    }


def test_no_change_against_a_named_list_s_year_dates_an_undated_page() -> None:
    """"không thay đổi so với bảng xếp hạng năm 2010" on an undated page: the page reports the edition after 2010."""
    text = (
        "Đứng sau Singapore là bốn nước trong top 5 gồm Hồng Kông, New Zealand, Mỹ và Đan Mạch, không thay đổi so với "
        "bảng xếp hạng năm 2010. Trung Quốc xếp hạng thứ 91."
    )
    got = facts(text, date=None)
    assert {f[4] for f in got} == {2011} and ("Trung Quốc", "other", None, None, 2011, 91, None, None, None, None) in got


@pytest.mark.parametrize(("written", "canonical"), [
    ("NewZealand", "New Zealand"), ("Nam Triều Tiên", "Hàn Quốc"), ("Đại Hàn", "Hàn Quốc"), ("Cộng hòa Cezch", "Séc"),
])
def test_more_spellings_of_countries(written: str, canonical: str) -> None:
    assert facts(f"Theo bảng xếp hạng năm 2019, {written} xếp thứ 12.", date="2019-08-01") == {
        F(canonical, "other", 2019, rank=12)
    }


def test_the_body_replaced_at_a_place_does_not_hold_it() -> None:
    text = "Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2023, Singapore vượt lên thay Hàn Quốc ở vị trí thứ 5."
    assert facts(text, date="2023-10-01") == {F("Singapore", "other", 2023, rank=5)}


def test_an_economic_zone_is_a_unit_and_an_unknown_name_keeps_its_place() -> None:
    """"Khu kinh tế Dung Quất xếp thứ 3" is a ranked unit; a unit no gazetteer knows ("Vườn quốc gia …") before
    "xếp thứ 3, Sở Nội vụ xếp thứ 4" leaves the department its own place, not the one before the comma."""
    head = "Kết quả Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành tỉnh Quảng Ngãi: "
    assert facts(head + "Khu kinh tế Dung Quất xếp thứ 3, Sở Nội vụ xếp thứ 4.", date="2023-03-01") == {
        F("Khu kinh tế Dung Quất", "local", 2022, rank=3), F("Sở Nội vụ", "local", 2022, rank=4)
    }
    assert facts(head + "Vườn quốc gia Bạch Mã xếp thứ 3, Sở Nội vụ xếp thứ 4.", date="2023-03-01") == {
        F("Sở Nội vụ", "local", 2022, rank=4)
    }


def test_the_place_counted_in_the_merged_field_is_no_hypothesis() -> None:
    """"nếu tính theo 34 tỉnh, thành phố sau sắp xếp thì xếp thứ 8" restates the result in the merged field; "nếu sử
    dụng phương pháp cũ thì …" stays a hypothesis."""
    text = ("Chỉ số DTI 2024 của Thái Nguyên xếp thứ 12/63 tỉnh, thành phố; nếu tính theo 34 tỉnh, thành phố sau sắp xếp "
            "thì xếp thứ 8.")
    got = facts(text, date="2025-10-25")
    assert F("Thái Nguyên", "dti", 2024, group="34 tỉnh, thành phố sau sắp xếp", rank=8) in got
    text = "Chỉ số DTI 2024 của Thái Nguyên xếp thứ 12/63; nếu sử dụng phương pháp xếp hạng cũ thì xếp thứ 8."
    assert facts(text, date="2025-10-25") == {F("Thái Nguyên", "dti", 2024, rank=12, total=63)}


def test_a_unit_that_reaches_the_highest_with_its_points_beside_it_is_first() -> None:
    """"thành phố Vĩnh Yên đạt cao nhất (90,2 điểm)": the highest of its block, first; a share "đạt cao nhất" with no
    points beside it is no place."""
    head = "Kết quả đánh giá mức độ chuyển đổi số năm 2023 của tỉnh Vĩnh Phúc: khối huyện, thành phố có "
    assert facts(head + "thành phố Vĩnh Yên đạt cao nhất (90,2 điểm).", date="2024-02-20") == {
        F("UBND thành phố Vĩnh Yên", "local", 2023, rank=1, score=90.2)
    }
    assert facts(head + "tỷ lệ hồ sơ trực tuyến của thành phố Vĩnh Yên đạt cao nhất.", date="2024-02-20") == set()


def test_leaders_whose_places_are_stated_after_them_take_those_places() -> None:
    """"A, B và C là ba địa phương dẫn đầu, lần lượt xếp thứ 2, 1 và 3": the stated places, not the order named."""
    text = "Theo Vietnam ICT Index 2015, Hà Nội, TP.HCM và Đà Nẵng tiếp tục là ba địa phương dẫn đầu, lần lượt xếp thứ 2, 1 và 3."
    assert facts(text, date="2016-05-10") == {
        F("Hà Nội", "ict_index", 2015, rank=2), F("Hồ Chí Minh", "ict_index", 2015, rank=1), F("Đà Nẵng", "ict_index", 2015, rank=3)
    }


def test_a_year_that_opens_its_own_value_is_not_the_place_before_it() -> None:
    """"… là 0,4567 (xếp hạng 45), năm 2021 là 0,4012 (xếp hạng 50)": 45 is this edition's place, 2021 opens the next."""
    text = "Chỉ số DTI 2022 của Cà Mau là 0,4567 (xếp hạng 45), năm 2021 là 0,4012 (xếp hạng 50)."
    assert facts(text, date="2023-07-20") == {
        F("Cà Mau", "dti", 2022, rank=45, score=0.4567), F("Cà Mau", "dti", 2021, rank=50, score=0.4012)
    }


def test_places_listed_after_their_label_and_a_colon() -> None:
    """"… có thứ hạng: Lâm Đồng 20, Đắk Lắk 35, Gia Lai 41": each name its bare number; one item alone is no list."""
    text = "Theo DTI 2022, các tỉnh Tây Nguyên có thứ hạng: Lâm Đồng 20, Đắk Lắk 35, Gia Lai 41."
    assert facts(text, date="2023-07-20") == {
        F("Lâm Đồng", "dti", 2022, rank=20), F("Đắk Lắk", "dti", 2022, rank=35), F("Gia Lai", "dti", 2022, rank=41)
    }
    assert facts("Theo DTI 2022, thứ hạng: Lâm Đồng 20.", date="2023-07-20") == set()


def test_an_inline_numbered_list_keeps_its_numbers_and_its_sentence() -> None:
    """"Top 5 …: 1. Đà Nẵng; 2. Thừa Thiên Huế; 3. Quảng Ninh": the stops after the numbers end no sentence."""
    text = "Top 3 địa phương dẫn đầu DTI 2022: 1. Đà Nẵng; 2. Thừa Thiên Huế; 3. Quảng Ninh."
    assert facts(text, date="2023-07-20") == {
        F("Đà Nẵng", "dti", 2022, rank=1), F("Thừa Thiên Huế", "dti", 2022, rank=2), F("Quảng Ninh", "dti", 2022, rank=3)
    }


def test_continuation_members_each_with_a_share_count_on() -> None:
    """"tiếp theo là A với 94,3% và B với 93,1%": both members of the list, each with its index share."""
    text = ("Chỉ số CCHC năm 2023 của các sở, ban, ngành tỉnh Quảng Bình: Sở Nội vụ đứng đầu với 95,12%, tiếp theo là "
            "Sở Tư pháp với 94,3% và Sở Tài chính với 93,1%.")
    assert facts(text, date="2024-03-10") == {
        F("Sở Nội vụ", "local", 2023, rank=1, score=95.12), F("Sở Tư pháp", "local", 2023, rank=2, score=94.3),
        F("Sở Tài chính", "local", 2023, rank=3, score=93.1),
    }


def test_departments_listed_by_their_short_names_each_with_its_share_after_a_colon() -> None:
    """"thứ 2 là Sở Nội vụ: 91,59%", "Sở Y tế: 81,01% và Thông tin và Truyền thông: 80,90%", "các sở khác như sau: Tài
    chính: 90,57%; Tư pháp: 90,42%": each department (its "Sở" left out in a list of them) with the share after its colon."""
    text = ("Kết quả chỉ số CCHC năm 2022 của các sở, ngành thành phố Hải Phòng. Sở Xây dựng dẫn đầu với chỉ số đạt 92,10%, "
            "thứ 2 là Sở Nội vụ: 91,59%. Hai đơn vị thấp điểm nhất là Sở Y tế: 81,01% và Thông tin và Truyền thông: 80,90%. "
            "Chỉ số cụ thể các sở khác như sau: Tài chính: 90,57%; Tư pháp: 90,42%; Văn phòng UBND thành phố: 88,86%; "
            "Du lịch: 88,83%.")
    assert facts(text, date="2023-03-23") == {
        F("Sở Xây dựng", "local", 2022, rank=1, score=92.1), F("Sở Nội vụ", "local", 2022, rank=2, score=91.59),
        F("Sở Y tế", "local", 2022, score=81.01), F("Sở Thông tin và Truyền thông", "local", 2022, score=80.9),
        F("Sở Tài chính", "local", 2022, score=90.57), F("Sở Tư pháp", "local", 2022, score=90.42),
        F("Văn phòng UBND thành phố", "local", 2022, score=88.86), F("Sở Du lịch", "local", 2022, score=88.83),
    }


def test_a_place_among_regions_belongs_to_no_body() -> None:
    """"Khu vực Đông Á … xếp thứ 4/9 khu vực được đánh giá": a region's place among regions, not the last country's;
    "thứ 4/10 khu vực ASEAN" stays a country's place in a region."""
    text = ("Theo chỉ số sẵn sàng AI năm 2023, Canada xếp thứ 5 với 77,07 điểm. Khu vực Đông Á được quan tâm đặc biệt khi "
            "điểm số trung bình là 51,41, xếp thứ 4/9 khu vực được đánh giá.")
    assert facts(text, date="2024-01-01") == {F("Canada", "other", 2023, rank=5, score=77.07)}
    text = "Theo GII 2023, Việt Nam xếp thứ 46/132, thứ 4/10 khu vực ASEAN."
    assert F("Việt Nam", "other", 2023, group="Đông Nam Á", rank=4, total=10) in facts(text, date="2024-01-01")


def test_places_listed_as_digits_with_bare_commas_and_a_score_before_a_clause_comma() -> None:
    """"vẫn là Mỹ với số điểm 123,167, bỏ xa 3 nước xếp thứ 2,3,4 là Anh (24,406), …": "2,3,4" is a list of places,
    not a decimal; the points before a clause's comma are a score."""
    text = ("Theo báo cáo hệ sinh thái khởi nghiệp toàn cầu năm 2023, đứng đầu thế giới vẫn là Mỹ với số điểm 123,167, bỏ "
            "xa 3 nước xếp thứ 2,3,4 là Anh (24,406), Israel (19,408) và Canada (17,720).")
    assert facts(text, date="2023-06-01") == {
        F("Mỹ", "other", 2023, rank=1, score=123.167), F("Anh", "other", 2023, rank=2, score=24.406),
        F("Israel", "other", 2023, rank=3, score=19.408), F("Canada", "other", 2023, rank=4, score=17.72),
    }


def test_moves_that_end_at_a_place_and_a_respective_loss_of_places() -> None:
    """"giảm 21 bậc về hạng 47" (the place reached, not what is ranked); "A và B cũng đánh mất lần lượt 13 và 17 hạng
    xuống vị trí thứ 54 và 50": each its own loss and its own place."""
    text = ("Theo báo cáo hệ sinh thái khởi nghiệp toàn cầu năm 2023, New Zealand đã giảm 21 bậc về hạng 47, tương tự "
            "Indonesia và Thái Lan cũng đánh mất lần lượt 13 và 17 hạng xuống vị trí thứ 54 và 50.")
    assert facts(text, date="2023-06-01") == {
        F("New Zealand", "other", 2023, rank=47, change=-21), F("Indonesia", "other", 2023, rank=54, change=-13),
        F("Thái Lan", "other", 2023, rank=50, change=-17),
    }


def test_an_index_named_before_its_value_and_departments_named_without_and() -> None:
    """"Sở Khoa học Công nghệ xếp vị trí thứ 2 với Chỉ số cải cách hành chính là 91,510": the department without its
    "và", and the index named in full before its value."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2020 của tỉnh Ninh Bình: ở cấp sở, vươn lên vị trí xếp hạng thứ nhất "
            "là Sở Giáo dục- đào tạo với Chỉ số cải cách hành chính là 91,670; Sở Khoa học Công nghệ xếp vị trí thứ 2 với "
            "Chỉ số cải cách hành chính là 91,510.")
    assert facts(text, date="2021-02-01") == {
        F("Sở Giáo dục và Đào tạo", "local", 2020, rank=1, score=91.67),
        F("Sở Khoa học và Công nghệ", "local", 2020, rank=2, score=91.51),
    }


def test_a_grade_named_average_and_the_highest_place_with_the_share_of_points() -> None:
    """"xếp loại Trung Bình với tỷ lệ điểm số đạt 63,40%": a grade, not a mean, so the share is the score; "là địa
    phương xếp thứ hạng cao nhất với tỷ lệ điểm số đạt 86,29%": first, and the share of points is the index itself."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2021 của tỉnh Tây Ninh: Sở Y tế xếp loại Trung Bình với tỷ lệ điểm số "
            "đạt 63,40%. Ở khối huyện, UBND thị xã Trảng Bàng là địa phương xếp thứ hạng cao nhất với tỷ lệ điểm số đạt 86,29%.")
    assert facts(text, date="2022-02-01") == {
        F("Sở Y tế", "local", 2021, score=63.4), F("UBND thị xã Trảng Bàng", "local", 2021, rank=1, score=86.29)
    }
    text = "Theo GII 2023, Việt Nam là quốc gia đạt thứ hạng cao nhất từ trước đến nay, xếp thứ 44."
    assert facts(text, date="2023-10-01") == {F("Việt Nam", "other", 2023, rank=44)}


def test_scores_given_in_turn_after_the_bodies_just_placed() -> None:
    """"đứng thứ hai là A, đứng thứ ba là B với số điểm lần lượt là 87,61 và 86,70": A 87,61, B 86,70."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2018 của tỉnh Quảng Nam: Sở Giao thông Vận tải đứng đầu bảng xếp hạng "
            "với 88,10 điểm, đứng thứ hai là Sở Công Thương, đứng thứ ba là Sở Kế hoạch và Đầu tư với số điểm lần lượt là "
            "87,61 và 86,70.")
    assert facts(text, date="2019-02-01") == {
        F("Sở Giao thông vận tải", "local", 2018, rank=1, score=88.1), F("Sở Công Thương", "local", 2018, rank=2, score=87.61),
        F("Sở Kế hoạch và Đầu tư", "local", 2018, rank=3, score=86.7),
    }


def test_bare_places_after_names_and_a_plural_kind_word_before_valued_members() -> None:
    """"Quận Ngô Quyền thứ 2 đạt 85,84 điểm" (a place right after the name, its value after it); "Tiếp theo là các quận
    Dương Kinh 83,52 điểm; huyện Kiến Thụy 83 điểm": a number after a name ends it, so the list counts on."""
    text = ("Chỉ số cải cách hành chính năm 2017 của thành phố Hải Phòng. Khối quận, huyện, đứng đầu là quận Hồng Bàng đạt "
            "85,96 điểm. Quận Ngô Quyền thứ 2 đạt 85,84 điểm; quận Hải An thứ 3 đạt 84,60 điểm. Tiếp theo là các quận "
            "Dương Kinh 83,52 điểm; huyện Kiến Thụy 83 điểm.")
    assert facts(text, date="2018-03-01") == {
        F("UBND quận Hồng Bàng", "local", 2017, rank=1, score=85.96), F("UBND quận Ngô Quyền", "local", 2017, rank=2, score=85.84),
        F("UBND quận Hải An", "local", 2017, rank=3, score=84.6), F("UBND quận Dương Kinh", "local", 2017, rank=4, score=83.52),
        F("UBND huyện Kiến Thụy", "local", 2017, rank=5, score=83.0),
    }


def test_places_left_in_a_named_edition_and_the_places_reached() -> None:
    """"A và B, từ vị trí 16 và 12 năm 2005 vượt lên chiếm vị trí thứ 3 và thứ 4, đẩy C từ vị trí số 3 năm 2005 xuống vị
    trí thứ 5": 2005 dates the places left, the places reached are the edition's."""
    text = ("Chỉ số ICT Index 2006 ghi nhận sự bứt phá của hai địa phương là Bình Dương và Thừa Thiên - Huế, từ vị trí 16 và "
            "12 năm 2005 vượt lên chiếm vị trí thứ 3 và thứ 4, đẩy Đà Nẵng từ vị trí số 3 năm 2005 xuống vị trí thứ 5.")
    assert facts(text, date="2006-12-01") == {
        F("Bình Dương", "ict_index", 2005, rank=16), F("Thừa Thiên Huế", "ict_index", 2005, rank=12),
        F("Bình Dương", "ict_index", 2006, rank=3), F("Thừa Thiên Huế", "ict_index", 2006, rank=4),
        F("Đà Nẵng", "ict_index", 2005, rank=3), F("Đà Nẵng", "ict_index", 2006, rank=5),
    }


def test_highest_and_lowest_points_with_their_bodies_in_brackets_after() -> None:
    """"Điểm số cao nhất là 98,63 điểm (Sở Công thương) và điểm số thấp nhất là 83,61 điểm (Ban Quản lý …)": the
    highest is first with its points, the lowest has its points only."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2024 của tỉnh Lâm Đồng: Điểm số cao nhất là 98,63 điểm (Sở Công thương) "
            "và điểm số thấp nhất là 83,61 điểm (Ban Quản lý các khu công nghiệp).")
    assert facts(text, date="2025-02-01") == {
        F("Sở Công Thương", "local", 2024, rank=1, score=98.63), F("Ban Quản lý các khu công nghiệp", "local", 2024, score=83.61)
    }


def test_the_group_with_the_highest_results_named_after_it() -> None:
    """"Các địa phương có kết quả cao nhất gồm: A, B, C": a top group of the size named; left open ("…") it has none."""
    text = "Bộ Nội vụ công bố PAR INDEX 2024. Các địa phương có kết quả cao nhất gồm: Hải Phòng, Thái Nguyên và Hải Dương."
    assert facts(text, date="2025-04-01") == {F(p, "other", 2024, top=3) for p in ("Hải Phòng", "Thái Nguyên", "Hải Dương")}
    text = "Bộ Nội vụ công bố PAR INDEX 2024. Các địa phương có kết quả cao nhất gồm: Hải Phòng, Thái Nguyên, Hải Dương…"
    assert facts(text, date="2025-04-01") == set()


def test_open_data_a_compared_body_with_its_own_place_a_leader_named_after_thuoc_ve_and_points_before_places() -> None:
    """"xếp thứ 81/187 về cung cấp dữ liệu mở" (a ranking kept); "vượt qua Campuchia (hạng 105)" (the body passed, its
    own place in brackets); "đứng đầu về chỉ số …, … thuộc về UBND tỉnh Cà Mau"; "tăng 3,3 điểm và 8 bậc"."""
    assert facts("Năm 2022, Việt Nam xếp thứ 81/187 về cung cấp dữ liệu mở, tăng 10 bậc so với năm 2020.", date="2023-01-01") == {
        F("Việt Nam", "other", 2022, rank=81, total=187, change=10)
    }
    text = "Theo GII 2023, về chỉ số tổng thể, Việt Nam xếp sau Thái Lan (hạng 51) nhưng vượt qua Campuchia (hạng 105)."
    assert facts(text, date="2023-10-01") == {F("Thái Lan", "other", 2023, rank=51), F("Campuchia", "other", 2023, rank=105)}
    text = ("Về phía địa phương, đứng đầu về chỉ số phục vụ người dân, doanh nghiệp năm 2024 thuộc về UBND tỉnh Cà Mau với "
            "91,06 điểm.")
    assert facts(text, date="2025-03-01") == {F("Cà Mau", "other", 2024, rank=1, score=91.06)}
    text = "Năm 2021, Chỉ số Cải cách hành chính tỉnh Hà Tĩnh tăng 3,3 điểm và 8 bậc so với năm 2020, xếp thứ 8/63."
    assert facts(text, date="2022-08-01") == {F("Hà Tĩnh", "other", 2021, rank=8, total=63, change=8)}


def test_a_year_opening_the_next_clause_dates_that_clauses_value() -> None:
    """"Năm 2023, A đứng ở vị trí dẫn đầu với 95,44 điểm, năm 2024 kết quả trên đã tăng lên 96,76 điểm": 2024 opens the
    next clause, so it dates 96,76, not the lead and its 95,44."""
    text = ("Kết quả Chỉ số cải cách hành chính của tỉnh Bắc Ninh. Năm 2023, Sở Giao thông Vận tải đứng ở vị trí dẫn đầu "
            "với 95,44 điểm, năm 2024 kết quả trên đã tăng lên 96,76 điểm.")
    assert facts(text, date="2025-03-01") == {
        F("Sở Giao thông vận tải", "local", 2023, rank=1, score=95.44), F("Sở Giao thông vận tải", "local", 2024, score=96.76)
    }


def test_two_leaders_of_different_blocks_and_their_shares_in_turn() -> None:
    """"Sở Nội vụ và quận Long Biên là 2 đơn vị dẫn đầu": a department and a district, each first in its block; "… với
    các chỉ số lần lượt là 95,77% và 95,39%": each its share."""
    text = "Sở Nội vụ và quận Long Biên là 2 đơn vị dẫn đầu về kết quả chỉ số Cải cách hành chính (CCHC) năm 2024 của Hà Nội."
    assert facts(text, date="2025-03-01") == {
        F("Sở Nội vụ", "local", 2024, rank=1), F("UBND quận Long Biên", "local", 2024, rank=1)
    }
    text = ("Sở Nội vụ và quận Long Biên có chỉ số cải cách hành chính năm 2024 cao nhất trong các sở, ngành, quận, huyện "
            "của Hà Nội với các chỉ số lần lượt là 95,77% và 95,39%.")
    assert facts(text, date="2025-03-01") == {
        F("Sở Nội vụ", "local", 2024, rank=1, score=95.77), F("UBND quận Long Biên", "local", 2024, rank=1, score=95.39)
    }


def test_a_satisfaction_rate_is_the_satisfaction_index_and_a_quarter_dates_its_edition() -> None:
    """"Đứng thứ 2 là huyện Bảo Yên, với tỷ lệ hài lòng đạt 83,11%": the share satisfied is SIPAS's own value, no
    statistic that would void the place; "quý II/2024" dates the quarter's assessment."""
    text = ("Tỉnh Lào Cai công bố Chỉ số hài lòng (SIPAS) năm 2023 của các huyện. Đứng thứ 2 là huyện Bảo Yên, với tỷ lệ hài "
            "lòng đạt 83,11%; đứng thứ 3 là huyện Bắc Hà, đạt tỷ lệ hài lòng 82,35%.")
    assert facts(text, date="2024-02-01") == {
        F("UBND huyện Bảo Yên", "local", 2023, rank=2, score=83.11), F("UBND huyện Bắc Hà", "local", 2023, rank=3, score=82.35)
    }
    text = ("UBND tỉnh báo cáo kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp quý II/2024 trên địa bàn tỉnh. "
            "Khối các sở: Điểm số cao nhất là 98,63 điểm (Sở Công thương).")
    assert facts(text, date=None) == {F("Sở Công Thương", "local", 2024, rank=1, score=98.63)}


def test_the_state_bank_leads_and_ministries_named_without_and() -> None:
    """"Ngân hàng Nhà nước là đơn vị có Chỉ số cải cách hành chính cao nhất (95,88%) trong 17 bộ": the State Bank is a
    ministry-level body, not a commercial bank; "Bộ Khoa học Công nghệ" is the ministry without its "và"."""
    text = "Năm 2020, Ngân hàng Nhà nước là đơn vị có Chỉ số cải cách hành chính cao nhất (95,88%) trong 17 bộ, cơ quan ngang bộ."
    assert facts(text, date="2021-05-01") == {F("Ngân hàng Nhà nước Việt Nam", "other", 2020, rank=1, total=17, score=95.88)}
    text = "Chỉ số PAR INDEX 2024 của các bộ. Vị trí thấp nhất thuộc về Bộ Khoa học Công nghệ với 29,01 điểm."
    assert facts(text, date="2025-05-01") == {F("Bộ Khoa học và Công nghệ", "other", 2024, score=29.01)}


def test_a_place_left_in_a_named_year_opening_the_sentence_and_a_bare_value_reached() -> None:
    """"Từ vị trí 63 của năm 2020, chỉ số PAR INDEX của tỉnh X năm 2021 đứng ở vị trí thứ 39/63"; "X đạt 87,32, …, xếp
    thứ 29/63": a value with no unit before a comma, in a sentence that places its body."""
    text = ("Chỉ số PAR INDEX năm 2021. Từ vị trí 63 của năm 2020, chỉ số PAR INDEX của tỉnh Quảng Ngãi năm 2021 đứng ở vị "
            "trí thứ 39/63 tỉnh, thành trong cả nước.")
    assert facts(text, date="2022-05-01") == {
        F("Quảng Ngãi", "other", 2020, rank=63), F("Quảng Ngãi", "other", 2021, rank=39, total=63)
    }
    text = "Chỉ số PAR INDEX năm 2023. Theo đó, Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ 29/63 tỉnh, thành phố."
    assert facts(text, date="2024-04-20") == {F("Nam Định", "other", 2023, rank=29, total=63, score=87.32)}


def test_a_mark_passed_and_a_scale_are_no_scores() -> None:
    """"vượt qua điểm mốc 75 điểm" (a mark) and "trên thang điểm từ 10 - 80 điểm" (the scale) are nobody's score."""
    text = "Theo PCI 2020, Quảng Ninh là tỉnh duy nhất trong 63 tỉnh thành vượt qua điểm mốc 75 điểm trong kết quả PCI."
    assert facts(text, date="2021-05-01") == set()
    text = "Theo bảng xếp hạng PAPI 2021, điểm số của Thừa Thiên Huế đạt 48,05 điểm trên thang điểm từ 10 - 80 điểm."
    assert facts(text, date="2022-05-01") == {F("Thừa Thiên Huế", "other", 2021, score=48.05)}


def test_a_province_competitiveness_edition_named_with_its_province_and_a_change_over_years() -> None:
    """"DDCI Quảng Ninh 2020, TP. Cẩm Phả vươn lên vị trí thứ nhất": the edition named with its province; "Trải qua 10
    năm, chỉ số … cải thiện được 13 bậc, từ 68/121 năm 2007 đã lên 55/137 năm 2017": a change over ten editions."""
    text = ("Trong bảng chỉ số đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương - DDCI Quảng Ninh 2020, TP. "
            "Cẩm Phả vươn lên vị trí thứ nhất.")
    assert facts(text, date=None) == {F("UBND thành phố Cẩm Phả", "local", 2020, rank=1)}
    text = ("Trải qua 10 năm, Chỉ số năng lực cạnh tranh toàn cầu (GCI) của Việt Nam cải thiện được 13 bậc, từ thứ hạng "
            "68/121 năm 2007 đã lên 55/137 năm 2017.")
    assert facts(text, date="2018-01-01") == {
        F("Việt Nam", "other", 2007, rank=68, total=121), F("Việt Nam", "other", 2017, rank=55, total=137)
    }


def test_another_rankings_edition_does_not_date_a_provinces_own_ranking_and_bare_places_with_values() -> None:
    """An undated page on a province's DDCI 2018 that compares with "PCI 2017" reports 2018; "Sở Công thương thứ 2
    54,51 điểm" after the leader's clause is its own place; "được đánh giá với số điểm cao nhất với số điểm: 58,73";
    "huyện Tây Hòa thứ 2 với 49,62"."""
    text = ("UBND tỉnh Phú Yên đã ban hành Quyết định công nhận kết quả đánh giá năng lực cạnh tranh cấp sở, ban, ngành và "
            "địa phương (DDCI) của tỉnh Phú Yên năm 2018.\n\nĐứng đầu bảng đánh giá cấp sở là Cục Thuế tỉnh với số điểm "
            "54,82; Sở Công thương thứ 2 54,51 điểm. Đối với cấp huyện, huyện Tuy An được đánh giá với số điểm cao nhất "
            "với số điểm: 58,73; huyện Tây Hòa thứ 2 với 49,62.\n\nĐiểm trung vị của khối sở đạt 48,45 điểm, tương đương "
            "điểm số PCI 2017 của tỉnh; thấp hơn điểm số PCI năm 2017.")
    assert facts(text, date=None) == {
        F("Cục Thuế", "local", 2018, rank=1, score=54.82), F("Sở Công Thương", "local", 2018, rank=2, score=54.51),
        F("UBND huyện Tuy An", "local", 2018, rank=1, score=58.73), F("UBND huyện Tây Hòa", "local", 2018, rank=2, score=49.62),
    }


def test_the_last_of_a_field_framed_before_a_colon_and_an_index_named_before_cao_nhat() -> None:
    """"Xếp hạng CCHC đối với 5 đơn vị ngành dọc: A đứng đầu (196,5 điểm); xếp cuối B (184 điểm)": A 1/5, B 5/5;
    "Thành phố Hải Phòng xếp hạng PGI cao nhất cả nước. Xếp sau lần lượt là …": first, and the list counts on."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2018 của tỉnh Ninh Thuận. Xếp hạng CCHC đối với 5 đơn vị ngành dọc: "
            "Công an tỉnh đứng đầu (196,5 điểm); xếp cuối Cục Thống kê (184 điểm).")
    assert facts(text, date="2019-04-01") == {
        F("Công an tỉnh", "local", 2018, rank=1, total=5, score=196.5), F("Cục Thống kê", "local", 2018, rank=5, total=5, score=184.0)
    }
    text = ("Chỉ số xanh cấp tỉnh PGI 2024. Thành phố Hải Phòng xếp hạng PGI cao nhất cả nước. Xếp sau lần lượt là Vĩnh Long "
            "(28,16 điểm) và Hà Nam (28,04).")
    assert facts(text, date="2025-04-01") == {
        F("Hải Phòng", "other", 2024, rank=1), F("Vĩnh Long", "other", 2024, rank=2, score=28.16),
        F("Hà Nam", "other", 2024, rank=3, score=28.04),
    }


def test_countries_beyond_the_first_lists_and_italy_only_among_countries() -> None:
    """Countries and territories ranked beside Vietnam in world rankings ("Italia", "Đài Loan", "Macao", English
    names); "Ý" is Italy only beside other countries ("Ý kiến" opens a sentence on an opinion)."""
    text = "Trong chỉ số AI năm 2021, Đức đứng thứ ba, Pháp thứ 4 và Ý thứ 5."
    assert facts(text, date="2022-05-10") == {
        F("Đức", "other", 2021, rank=3), F("Pháp", "other", 2021, rank=4), F("Italia", "other", 2021, rank=5)
    }
    text = "Ý kiến chung: trong chỉ số AI năm 2021, Đức đứng thứ ba."
    assert facts(text, date="2022-05-10") == {F("Đức", "other", 2021, rank=3)}
    text = "Trong chỉ số AI năm 2021, Italia đứng thứ 20, Taiwan thứ 21 và Macao (giảm 10 bậc) thứ 24."
    assert facts(text, date="2022-05-10") == {
        F("Italia", "other", 2021, rank=20), F("Đài Loan", "other", 2021, rank=21),
        F("Macao", "other", 2021, rank=24, change=-10),
    }


def test_a_place_owned_by_the_body_after_it_does_not_reach_back_over_another_place() -> None:
    """"Phần Lan hạng 4 và hạng 5 thuộc về Hà Lan": the "thuộc về" belongs to the second place only."""
    text = "Trong chỉ số AI năm 2021, Anh đứng thứ ba, Phần Lan hạng 4 và hạng 5 thuộc về Hà Lan."
    assert facts(text, date="2022-05-10") == {
        F("Anh", "other", 2021, rank=3), F("Phần Lan", "other", 2021, rank=4), F("Hà Lan", "other", 2021, rank=5)
    }


def test_the_most_changed_body_named_before_its_change() -> None:
    """"tăng nhiều nhất là Sở Tư pháp 12 bậc" and "giảm nhiều nhất là Sở Xây dựng 9 bậc"."""
    text = ("Kết quả Chỉ số CCHC năm 2021 của tỉnh: so với năm 2020 có 10 đơn vị tăng hạng (tăng nhiều nhất là Sở Tư pháp "
            "12 bậc); 8 đơn vị giảm hạng (giảm nhiều nhất là Sở Xây dựng 9 bậc).")
    assert facts(text, date="2022-05-10") == {
        F("Sở Tư pháp", "local", 2021, change=12), F("Sở Xây dựng", "local", 2021, change=-9)
    }


def test_management_boards_keep_their_whole_name_and_a_written_level_word() -> None:
    """"Ban Quản lý dự án phát triển tỉnh", "Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên" (the
    province's name dropped), "Ban Quản lý các khu công nghiệp và chế xuất thành phố" (GUIDELINES §7)."""
    text = ("Theo Chỉ số CCHC năm 2021 của tỉnh, dẫn đầu khối sở là Ban Quản lý dự án phát triển tỉnh với 94,59 điểm; "
            "Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên xếp thứ 17 với 37,58 điểm.")
    assert facts(text, date="2022-05-10") == {
        F("Ban Quản lý dự án phát triển tỉnh", "local", 2021, rank=1, score=94.59),
        F("Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao", "local", 2021, rank=17, score=37.58),
    }
    text = "Chỉ số CCHC năm 2021 của thành phố: Ban Quản lý các khu công nghiệp và chế xuất thành phố đứng thứ 3."
    assert facts(text, date="2022-05-10") == {
        F("Ban Quản lý các khu công nghiệp và chế xuất thành phố", "local", 2021, rank=3)
    }


def test_district_names_the_capitalised_run_cuts_short_and_the_last_named_before_xep_cuoi() -> None:
    """"UBND Tp. Phan Rang-Tháp Chàm" (a hyphen), "thành phố Điện Biên phủ" (a small letter), "huyện Điện Biên
    Đông" (a name opening on a word that headlines capitalise) are districts the gazetteer knows; in a field framed
    before a colon, "B xếp cuối (121,5 điểm)" is its last place as "xếp cuối B" is."""
    text = ("Kết quả Chỉ số cải cách hành chính năm 2018 của tỉnh Ninh Thuận. Xếp hạng CCHC đối với 7 huyện, thành phố: "
            "UBND huyện Thuận Bắc đứng đầu (194,6 điểm); UBND Tp. Phan Rang-Tháp Chàm xếp cuối (121,5 điểm).")
    assert facts(text, date="2019-04-01") == {
        F("UBND huyện Thuận Bắc", "local", 2018, rank=1, total=7, score=194.6),
        F("UBND thành phố Phan Rang-Tháp Chàm", "local", 2018, rank=7, total=7, score=121.5),
    }
    text = ("Chỉ số CCHC năm 2020 của tỉnh Điện Biên: ở khối huyện, huyện Điện Biên Đông xếp vị trí thứ nhất; thành phố "
            "Điện Biên phủ xếp vị trí thứ 2.")
    assert facts(text, date="2021-04-01") == {
        F("UBND huyện Điện Biên Đông", "local", 2020, rank=1), F("UBND thành phố Điện Biên Phủ", "local", 2020, rank=2)
    }


def test_more_provincial_units_by_name() -> None:
    """The office of the three bodies ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"), the school of politics, the civil
    judgment enforcement department and the post office are units a province ranks."""
    text = ("Kết quả xếp hạng chỉ số CCHC năm 2019 của tỉnh: Sở Thông tin và Truyền thông xếp hạng 1 với 141 điểm, "
            "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh xếp hạng 2 với 140,5 điểm, Trường Chính trị tỉnh xếp hạng 3, "
            "Cục Thi hành án dân sự tỉnh xếp hạng 4 và Bưu điện tỉnh xếp hạng 5.")
    assert facts(text, date="2020-04-01") == {
        F("Sở Thông tin và Truyền thông", "local", 2019, rank=1, score=141.0),
        F("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "local", 2019, rank=2, score=140.5),
        F("Trường Chính trị tỉnh", "local", 2019, rank=3), F("Cục Thi hành án dân sự", "local", 2019, rank=4),
        F("Bưu điện tỉnh", "local", 2019, rank=5),
    }


def test_a_numbered_edition_of_a_provinces_own_ranking_is_what_nam_nay_means() -> None:
    """An article of February 2023 on "DDCI … năm 2022" (a province's own ranking, named by "DDCI" alone) that says
    "Năm nay, … Sở Tư pháp dẫn đầu" reports 2022 (GUIDELINES §3)."""
    text = ("Kết quả DDCI cấp sở, ngành năm 2022 của tỉnh đã được công bố. Năm nay, khối sở, ban, ngành có Sở Tư pháp dẫn "
            "đầu với 80,94 điểm. Điểm trung bình khối sở, ban, ngành năm nay là 57,11 điểm, tăng so với năm 2021. Năm nay "
            "khối sở, ban, ngành có 14 đơn vị.")
    assert facts(text, date="2023-02-22") == {F("Sở Tư pháp", "local", 2022, rank=1, score=80.94)}
    text = ("Theo đó, ở khối địa phương, bảng xếp hạng DDCI Bắc Giang năm 2022 được thực hiện với 10 huyện, thành phố. "
            "Đứng đầu là huyện Việt Yên với 76,03 điểm. Điểm trung bình khối địa phương năm nay là 66,66 điểm.")
    assert facts(text, date="2023-02-22") == {F("UBND huyện Việt Yên", "local", 2022, rank=1, score=76.03)}


def test_rankings_beyond_the_digital_ones_date_their_articles() -> None:
    """An environmental-protection index ("PEPI 2022", published at the end of 2023) is a ranking whose edition dates
    the article; a counted top group with each member's value in brackets states no order (GUIDELINES §13)."""
    text = ("Kết quả thực hiện Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2022 (PEPI 2022)\n\nNgày 28/12/2023, Bộ "
            "TN&MT đã công bố kết quả. Theo đó, 3 tỉnh, thành phố có tổng điểm Bộ chỉ số cao nhất là: Đà Nẵng (73,33); "
            "Bắc Kạn (70,29); Lạng Sơn (65,62).")
    assert facts(text, date="2024-01-09") == {
        F("Đà Nẵng", "other", 2022, top=3, score=73.33), F("Bắc Kạn", "other", 2022, top=3, score=70.29),
        F("Lạng Sơn", "other", 2022, top=3, score=65.62),
    }


def test_values_listed_after_la_go_to_the_bodies_in_turn() -> None:
    """"… lần lượt là A, B, C với điểm số là 45,31; 38,93; 38,70": one value each, in order."""
    text = ("Chỉ số DDCI năm 2022 của tỉnh: các đơn vị có kết quả thấp nhất lần lượt là Sở Tư pháp, Sở Nội vụ, Sở Y tế "
            "với điểm số là 45,31; 38,93; 38,70.")
    assert facts(text, date="2023-02-22") == {
        F("Sở Tư pháp", "local", 2022, score=45.31), F("Sở Nội vụ", "local", 2022, score=38.93),
        F("Sở Y tế", "local", 2022, score=38.7),
    }


def test_abbreviated_districts_a_split_decimal_and_a_clause_opening_on_its_place() -> None:
    """"UBND H.Cẩm Mỹ" (H. for huyện, before a district the gazetteer knows), "với 80, 48 điểm" (a space crept after
    the decimal comma), "…; thứ ba là Sở Xây dựng, đạt 84,91 điểm" (a clause opening on its place)."""
    text = ("Chỉ số CCHC năm 2022 của tỉnh: UBND H.Cẩm Mỹ là đơn vị có điểm số cao nhất (91,24 điểm), xếp thứ nhì là UBND "
            "TP.Biên Hòa (88,89 điểm), đứng thứ 3 là huyện Chư Sê với 80, 48 điểm.")
    assert facts(text, date="2023-03-01") == {
        F("UBND huyện Cẩm Mỹ", "local", 2022, rank=1, score=91.24),
        F("UBND thành phố Biên Hòa", "local", 2022, rank=2, score=88.89),
        F("UBND huyện Chư Sê", "local", 2022, rank=3, score=80.48),
    }
    text = ("Chỉ số CCHC năm 2019 của tỉnh: đứng đầu là Sở Tư pháp đạt 86,1 điểm. Tiếp ngay sau là Sở Nội vụ đạt 85,08 "
            "điểm; thứ ba là Sở Xây dựng, đạt 84,91 điểm.")
    assert facts(text, date="2020-03-01") == {
        F("Sở Tư pháp", "local", 2019, rank=1, score=86.1), F("Sở Nội vụ", "local", 2019, rank=2, score=85.08),
        F("Sở Xây dựng", "local", 2019, rank=3, score=84.91),
    }
    assert facts("Ông H. Minh cho biết tỉnh xếp thứ 5 về chỉ số CCHC năm 2019.", date="2020-03-01") == set()


def test_a_shared_place_after_a_list_and_wards_special_zones_and_their_districts() -> None:
    """"…, tiếp đến là A, B; C và D đồng hạng tư": C and D share the fourth place; "đặc khu Cát Hải" is a unit of
    its own; "phường Chánh Nghĩa, TP.Thủ Dầu Một đạt 90,25%" is the ward's value (its city says where it is)."""
    text = ("Theo Chỉ số logistics năm 2022, Thành phố Hồ Chí Minh đứng đầu cả nước, tiếp đến là Hải Phòng, Bình Dương; "
            "Bà Rịa-Vũng Tàu và Hà Nội đồng hạng tư.")
    assert facts(text, date="2023-03-01") == {
        F("Hồ Chí Minh", "other", 2022, rank=1), F("Hải Phòng", "other", 2022, rank=2),
        F("Bình Dương", "other", 2022, rank=3), F("Bà Rịa - Vũng Tàu", "other", 2022, rank=4),
        F("Hà Nội", "other", 2022, rank=4),
    }
    text = ("Kết quả Chỉ số CCHC năm 2025 cấp xã của thành phố. Về Chỉ số CCHC của các xã, đặc khu: đặc khu Cát Hải xếp "
            "thứ nhất, xã Quyết Thắng xếp thứ 2.")
    assert facts(text, date="2025-12-01") == {
        F("UBND đặc khu Cát Hải", "local", 2025, rank=1), F("UBND xã Quyết Thắng", "local", 2025, rank=2)
    }
    text = ("Kết quả Chỉ số CCHC năm 2017 cấp xã của tỉnh. Về xếp loại, phường Chánh Nghĩa, TP.Thủ Dầu Một đạt 90,25%, "
            "tăng về kết quả Chỉ số CCHC.")
    assert facts(text, date="2018-03-01") == {F("UBND phường Chánh Nghĩa", "local", 2017, score=90.25)}


def test_a_sectors_ranking_of_its_provincial_branches_is_no_ranking_of_provinces() -> None:
    """"Hải quan Đà Nẵng dẫn đầu … ngành hải quan" names the customs department, and "Cục Hải quan TP Hồ Chí Minh, Đà
    Nẵng và Đồng Nai" three of them: a sector's ranking of its own branches, none of the contract's (GUIDELINES §7);
    a province's own ranking of the branches in it keeps them."""
    text = "Hải quan Đà Nẵng dẫn đầu bảng xếp hạng cải cách hành chính ngành hải quan năm 2019."
    assert facts(text, date="2020-03-01") == set()
    text = "Theo bảng xếp hạng năm 2019, Cục Hải quan TP Hồ Chí Minh, Đà Nẵng và Đồng Nai đứng thứ 1 với 89/90 điểm."
    assert facts(text, date="2020-03-01") == set()
    text = ("Kết quả chỉ số cải cách hành chính năm 2019 của tỉnh Quảng Nam: Cục Thuế Quảng Nam tiếp tục dẫn đầu trong "
            "năm cơ quan ngành dọc cấp tỉnh; vị trí thứ 2 thuộc về Kho bạc Nhà nước tỉnh Quảng Nam (với số điểm 93,75). "
            "Bộ Tài chính, ngành Thuế và UBND tỉnh cùng chỉ đạo.")
    assert facts(text, date="2020-06-23") == {
        F("Cục Thuế", "local", 2019, rank=1), F("Kho bạc Nhà nước", "local", 2019, rank=2, score=93.75)
    }


def test_an_index_given_as_the_mean_rate_of_its_criteria_is_the_bodys_score() -> None:
    """"với Chỉ số cải cách hành chính đạt tỷ lệ trung bình là 92,51 %": the unit's own index (a mean of its
    criteria), not an average over bodies."""
    text = ("Chỉ số CCHC năm 2020 của tỉnh: Sở Tư pháp xếp vị trí thứ nhất với Chỉ số cải cách hành chính đạt tỷ lệ "
            "trung bình là 92,51 %; Văn phòng UBND tỉnh xếp vị trí thứ 2 với Chỉ số cải cách hành chính đạt tỷ lệ trung "
            "bình là 86,63%.")
    assert facts(text, date="2021-03-01") == {
        F("Sở Tư pháp", "local", 2020, rank=1, score=92.51), F("Văn phòng UBND tỉnh", "local", 2020, rank=2, score=86.63)
    }
    text = "Chỉ số CCHC năm 2020 của các sở đạt tỷ lệ trung bình là 85,2%; Sở Tư pháp xếp vị trí thứ nhất."
    assert facts(text, date="2021-03-01") == {F("Sở Tư pháp", "local", 2020, rank=1)}


def test_the_most_changed_with_its_body_in_brackets_places_reached_in_turn_and_a_steady_place() -> None:
    """"tỉnh thăng cao nhất 34 bậc (Sóc Trăng)", "thụt sâu nhất là 34 bậc (Lâm Đồng)"; "A và B … lần lượt đạt vị trí
    thứ 6 và 9"; "vẫn ổn định ở vị trí thứ 8" keeps the place."""
    text = ("Kết quả PAPI năm 2022: 28 tỉnh thăng hạng, tỉnh thăng cao nhất 34 bậc (Sóc Trăng); 29 tỉnh thụt hạng, thụt sâu "
            "nhất là 34 bậc (Lâm Đồng).")
    assert facts(text, date="2023-05-01") == {F("Sóc Trăng", "other", 2022, change=34), F("Lâm Đồng", "other", 2022, change=-34)}
    text = ("Theo SIPAS năm 2024, Quảng Ninh và Thái Nguyên cũng có sự cải thiện đáng kể khi lần lượt đạt vị trí thứ 6 và "
            "9. Bình Dương vẫn ổn định ở vị trí thứ 8.")
    assert facts(text, date="2025-05-01") == {
        F("Quảng Ninh", "other", 2024, rank=6), F("Thái Nguyên", "other", 2024, rank=9),
        F("Bình Dương", "other", 2024, rank=8, change=0),
    }


def test_a_gap_between_places_and_criteria_at_zero_are_no_scores() -> None:
    """"Chênh lệch giữa địa phương có điểm số cao nhất và thấp nhất là 31,994 điểm" is a gap; "28 chỉ số 0 điểm" counts
    criteria that scored nothing."""
    text = ("Chỉ số ứng dụng CNTT năm 2020: Vĩnh Phúc dẫn đầu. Chênh lệch giữa địa phương có điểm số cao nhất và thấp nhất "
            "là 31,994 điểm.")
    assert facts(text, date="2021-05-01") == {F("Vĩnh Phúc", "ict_application", 2020, rank=1)}
    text = ("Theo DTI 2022, Hà Giang xếp thứ 50. Trong tổng số 98 chỉ số thành phần, Hà Giang còn 61 chỉ số chưa đạt điểm tối "
            "đa; trong đó, 28 chỉ số 0 điểm.")
    assert facts(text, date="2023-08-01") == {F("Hà Giang", "dti", 2022, rank=50)}


def test_the_first_group_named_with_its_members() -> None:
    """"Các tỉnh, thành phố có chỉ số hài lòng ở nhóm đầu gồm: A, B, C, D, E" (a sentence of its own, its year and
    index in the one before): a top group of as many."""
    text = ("Chỉ số SIPAS năm 2022 đã được công bố. Các tỉnh, thành phố có chỉ số hài lòng ở nhóm đầu gồm: Quảng Ninh, Thái "
            "Nguyên, Bình Dương.")
    assert facts(text, date="2023-03-01") == {
        F("Quảng Ninh", "other", 2022, top=3), F("Thái Nguyên", "other", 2022, top=3), F("Bình Dương", "other", 2022, top=3)
    }
    text = "Chỉ số SIPAS năm 2022 đã được công bố. Các tỉnh ở nhóm đầu gồm: Quảng Ninh, Thái Nguyên, Bình Dương…"
    assert facts(text, date="2023-03-01") == set()


def test_the_field_the_leaders_lead_later_in_their_clause() -> None:
    """"A, B, C đứng đầu bảng xếp hạng … trong số 193 quốc gia", "hai vị trí đứng đầu trong số 64 tỉnh thành": the
    field of the top group or the leader; "đứng đầu trong bảng xếp hạng 10 đơn vị … dẫn đầu" is a list of ten."""
    text = ("Theo khảo sát năm 2022, Đan Mạch, Phần Lan, Hàn Quốc đứng đầu bảng xếp hạng chính phủ điện tử trong số 193 "
            "quốc gia thành viên Liên hợp quốc.")
    assert facts(text, date="2023-08-01") == {
        F("Đan Mạch", "egdi", 2022, top=3, total=193), F("Phần Lan", "egdi", 2022, top=3, total=193),
        F("Hàn Quốc", "egdi", 2022, top=3, total=193),
    }
    text = "Theo UNCTAD, Hà Lan đã vươn lên vị trí dẫn đầu trong bảng xếp hạng 151 quốc gia năm 2018."
    assert facts(text, date="2019-08-01") == {F("Hà Lan", "other", 2018, rank=1, total=151)}
    text = "Theo đó, Đà Nẵng là địa phương đứng đầu trong bảng xếp hạng 10 đơn vị tỉnh thành dẫn đầu chỉ số DTI 2020."
    assert facts(text, date="2021-08-01") == {F("Đà Nẵng", "dti", 2020, rank=1)}


def test_a_long_report_title_names_its_edition() -> None:
    """"Báo cáo năng lực cạnh tranh ngành lữ hành và du lịch 2019", "chỉ số Năng lực Cạnh tranh ngành Lữ hành và Du lịch
    (TTCI) 2015": ten words of a title, then its edition."""
    text = ("Theo chỉ số Năng lực Cạnh tranh ngành Lữ hành và Du lịch (TTCI) 2015, Việt Nam tiếp tục tăng 5 bậc so với năm "
            "2013, ở vị trí 75 trên tổng số 141 quốc gia.")
    assert facts(text, date=None) == {F("Việt Nam", "other", 2015, rank=75, total=141, change=5)}
    text = "Với Báo cáo năng lực cạnh tranh ngành lữ hành và du lịch 2019, Việt Nam đã tăng 4 bậc, lên 63/140."
    assert facts(text, date="2019-09-05") == {F("Việt Nam", "other", 2019, rank=63, total=140, change=4)}


def test_a_list_items_points_written_label_first() -> None:
    """"+ Trung Quốc: hạng 79, điểm 3.6", "+ Singapore: hạng 3/180 (!), điểm 9.2/10": each item's points after its
    place, the label first and a decimal point."""
    text = ("Chỉ số cảm nhận tham nhũng năm 2009 của một số nước:\n+ Singapore: hạng 3/180 (!), điểm 9.2/10\n"
            "+ Trung Quốc: hạng 79, điểm 3.6\n+ Thái Lan: hạng 84, điểm 3.4\n")
    assert facts(text, date="2010-01-01") == {
        F("Singapore", "other", 2009, rank=3, total=180, score=9.2), F("Trung Quốc", "other", 2009, rank=79, score=3.6),
        F("Thái Lan", "other", 2009, rank=84, score=3.4),
    }


@pytest.mark.parametrize(("date", "year"), [("2019-09-14", 2019), ("2019-02-10", 2018)])
def test_a_countrys_place_in_an_unnamed_world_report_edition_is_of_the_articles_year_from_april(date: str, year: int) -> None:
    """World reports on countries are named for the year they come out, most from spring on: an article of September
    that names no edition reports that year's, and a change "so với năm 2017" only names the edition compared with
    (the one before may be two years back). Before April the article still reports the previous year's."""
    text = ("Báo cáo năng lực cạnh tranh lữ hành vừa được công bố. Trong khu vực ASEAN, Singapore vẫn đứng đầu dù tụt "
            "3 bậc so với năm 2017, đứng thứ 14. Việt Nam xếp thứ 63 trong số 140 nền kinh tế.")
    got = facts(text, date=date)
    assert F("Việt Nam", "other", year, rank=63, total=140) in got
    assert F("Singapore", "other", year, rank=14) in got


@pytest.mark.parametrize(("report", "compared", "edition"), [
    ("Báo cáo Năng lực cạnh tranh du lịch và lữ hành của Diễn đàn Kinh tế thế giới", 2017, 2019),
    ("Báo cáo Năng lực cạnh tranh du lịch và lữ hành của Diễn đàn Kinh tế thế giới", 2008, 2009),
    ("Chỉ số hiệu quả logistics (LPI) của Ngân hàng Thế giới", 2018, 2023),
    ("Báo cáo TTCI của Diễn đàn Kinh tế thế giới", 2017, 2019),
    ("Bảng xếp hạng LPI của Ngân hàng Thế giới", 2016, 2018),
    ("Chỉ số Đổi mới sáng tạo toàn cầu", 2021, 2022),
])
def test_an_undated_world_report_compared_with_its_last_edition_reports_the_next_in_its_calendar(
    report: str, compared: int, edition: int
) -> None:
    """A report that skips years (the travel report every two years from 2009, the logistics index from 2018 to
    2023) compared with an edition reports the next one in its calendar, not the year after; a yearly one the year
    after."""
    text = f"{report} vừa được công bố. Việt Nam xếp thứ 43 trong số 139 nền kinh tế, tăng 4 bậc so với năm {compared}."
    assert facts(text, date=None) == {F("Việt Nam", "other", edition, rank=43, total=139, change=4)}


def test_the_reform_index_by_its_short_name_dates_an_undated_article() -> None:
    """"chỉ số CCHC năm 2015" names the administrative-reform index's edition as its full name does: an undated
    article on it reports that year."""
    text = ("Về phía địa phương, Đà Nẵng dẫn đầu đạt 93,31 điểm. Kết quả chỉ số CCHC năm 2015 của các bộ, cơ quan ngang "
            "bộ cho thấy nhiều nỗ lực.")
    assert facts(text, date=None) == {F("Đà Nẵng", "other", 2015, rank=1, score=93.31)}


def test_a_counted_group_at_the_bottom_places_only_the_one_named_lowest() -> None:
    """"Đứng 3 vị trí cuối bảng trong 63 tỉnh là A, B và thấp nhất là C": a group at the bottom in no order, so only
    the one named the lowest is last; "ba tỉnh cuối bảng … là A, B và C" places none of them."""
    head = "Chỉ số cải cách hành chính năm 2015 của các tỉnh vừa được công bố. "
    got = facts(head + "Đứng 3 vị trí cuối bảng trong 63 tỉnh thành là Lai Châu, Hà Giang và thấp nhất là Sơn La "
                "(71,02 điểm).", date="2016-05-01")
    assert got == {F("Sơn La", "other", 2015, rank=63, total=63, score=71.02)}
    assert facts(head + "Ba tỉnh cuối bảng trong 63 tỉnh thành là Lai Châu, Hà Giang và Sơn La.", date="2016-05-01") == set()
    assert facts(head + "Sơn La xếp cuối bảng trong 63 tỉnh thành.", date="2016-05-01") == {
        F("Sơn La", "other", 2015, rank=63, total=63)
    }


def test_two_years_written_before_the_first_place_they_held() -> None:
    """"X, sau hai năm liên tiếp 2013 - 2014 đứng đầu, đến năm 2015 đã tụt xuống vị trí thứ 4": first in both years
    written before the place, and fourth in the year reported."""
    text = ("Chỉ số cải cách hành chính năm 2015 của các bộ vừa được công bố. Bộ Tư pháp, sau hai năm liên tiếp 2013 - 2014 "
            "đứng đầu, đến năm 2015 đã tụt xuống vị trí thứ 4.")
    assert facts(text, date="2016-05-01") == {
        F("Bộ Tư pháp", "other", 2013, rank=1), F("Bộ Tư pháp", "other", 2014, rank=1), F("Bộ Tư pháp", "other", 2015, rank=4)
    }


def test_a_group_of_a_sectors_branches_in_its_own_ranking_gives_no_facts() -> None:
    """A ministry ranking its provincial branches by groups ("Ở nhóm các Cục Thuế, …", "Ở nhóm các Sở Tài chính, …")
    ranks none of the contract's bodies (GUIDELINES §7): neither the branches nor the provinces listed after them."""
    text = ("Bộ Tài chính công bố xếp hạng mức độ sẵn sàng ứng dụng CNTT năm 2019 của các đơn vị trong ngành, gồm các Sở "
            "Tài chính, các Cục Thuế, các Cục Hải quan.\nỞ nhóm các Cục Thuế, Cục Thuế Sóc Trăng vươn lên dẫn đầu, các vị "
            "trí tiếp theo thuộc về: Hà Giang, Yên Bái, Long An.\nỞ nhóm các Sở Tài chính, đứng thứ nhất là Sở Tài chính "
            "Bắc Kạn, tiếp theo lần lượt là Tây Ninh, Hậu Giang.")
    assert facts(text, date="2020-03-10") == set()


def test_a_block_of_lines_opening_on_their_year_dates_each_line() -> None:
    """"2019: 68,73 điểm, xếp hạng 10/63" under a line naming the body: each line is that year's place and points
    (before, the lines were read under the article's year, or not at all)."""
    text = ("Chỉ số PCI của tỉnh Bình Định qua các năm:\n2016: 61,05 điểm, xếp hạng 14/63\n2017: 63,22 điểm, xếp hạng 10/63\n"
            "- 2018: 64,11 điểm, xếp hạng 9/63 (tăng 1 bậc so với năm 2017)")
    assert facts(text, date="2019-04-10") == {
        F("Bình Định", "other", 2016, rank=14, total=63, score=61.05),
        F("Bình Định", "other", 2017, rank=10, total=63, score=63.22),
        F("Bình Định", "other", 2018, rank=9, total=63, score=64.11, change=1),
    }


def test_a_bracket_with_place_field_and_points() -> None:
    """"Thái Lan (44/131 – 37,61 điểm)": the place in its field, then the points, in one bracket."""
    text = ("Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2020 vừa được công bố. Các nước khác: Thái Lan (44/131 – 37,61 "
            "điểm), Philippines (50/131 – 31,14 điểm).")
    assert facts(text, date="2020-09-10") == {
        F("Thái Lan", "other", 2020, rank=44, total=131, score=37.61),
        F("Philippines", "other", 2020, rank=50, total=131, score=31.14),
    }


@pytest.mark.parametrize("line", ["+ Lào và Campuchia: đồng hạng 158, cùng điểm 2", "+ Lào và Campuchia: cùng hạng 158, cùng 2,0 điểm"])
def test_a_list_line_of_two_bodies_sharing_a_place_and_points(line: str) -> None:
    """"+ A và B: đồng hạng 158, cùng điểm 2": both share the place and the points, written after the line's colon
    (a whole number of points is read only when it ends the line)."""
    text = "Chỉ số Cảm nhận tham nhũng năm 2009 vừa được công bố. Kết quả của vài nước:\n" + line
    assert facts(text, date="2009-12-10") == {
        F("Lào", "other", 2009, rank=158, score=2.0), F("Campuchia", "other", 2009, rank=158, score=2.0)
    }


def test_vn_is_the_country_and_the_stock_index_is_not() -> None:
    """The press writes the country "VN" ("VN xếp hạng 120 trên tổng số 180 nước"); "VN-Index" is the stock index."""
    text = ("Chỉ số cảm nhận tham nhũng (CPI) 2009 vừa được công bố. Theo kết quả này, VN xếp hạng 120 trên tổng số 180 "
            "nước. Cùng ngày, VN-Index tăng 5 điểm, xếp thứ 3 trong khu vực.")
    assert facts(text, date="2009-12-10") == {F("Việt Nam", "other", 2009, rank=120, total=180)}


def test_ma_lai_is_malaysia() -> None:
    """"Mã Lai", the older Vietnamese name, is Malaysia."""
    text = "Chỉ số cảm nhận tham nhũng (CPI) 2009 vừa được công bố. Kết quả của vài nước:\n+ Mã Lai: hạng 56, điểm 4.5"
    assert facts(text, date="2009-12-10") == {F("Malaysia", "other", 2009, rank=56, score=4.5)}


def test_ngoi_vi_dau_bang_and_bodies_sharing_a_top_group_named_before_its_holder() -> None:
    """"giành ngôi vị đầu bảng" is the first place; "Trong tốp 10, A lần đầu tiên có tên, cùng với B, C và D": all four
    are in the top ten."""
    head = "Kết quả PCI 2024 vừa được công bố. "
    assert facts(head + "Theo kết quả PCI 2024, Bắc Ninh lần đầu tiên giành ngôi vị đầu bảng với 72,5 điểm.", date="2025-05-07") == {
        F("Bắc Ninh", "other", 2024, rank=1, score=72.5)
    }
    got = facts(head + "Trong tốp 10, Nam Định lần đầu tiên có tên, cùng với Huế, Sóc Trăng và Bến Tre.", date="2025-05-07")
    assert got == {F(p, "other", 2024, top=10) for p in ("Nam Định", "Thừa Thiên Huế", "Sóc Trăng", "Bến Tre")}


def test_a_report_named_with_its_year_alone_dates_an_undated_article() -> None:
    """"trong báo cáo 2015" names the report's edition as "báo cáo năm 2015" does."""
    text = ("Môi trường kinh doanh của Việt Nam đã được cải thiện trong báo cáo 2015 của Ngân hàng Thế giới. Singapore "
            "vẫn dẫn đầu, New Zealand đứng thứ 2.")
    got = facts(text, date=None)
    assert F("New Zealand", "other", 2015, rank=2) in got and F("Singapore", "other", 2015, rank=1) in got


def test_a_run_of_editions_names_none_of_them() -> None:
    """"đã có 6 lần xếp hạng LPI trong các năm 2007, 2010, 2012, 2014, 2016 và 2018" lists the editions: it dates no
    claim and gives the article no year of its own; the edition reported is the one named for itself."""
    text = ("Cho đến nay đã có 6 lần xếp hạng LPI trong các năm 2007, 2010, 2012, 2014, 2016 và 2018. Năm 2018, Việt Nam "
            "xếp thứ 39. Trong ASEAN, Singapore đứng thứ 7 thế giới và Thái Lan thứ 32.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2018, rank=39) in got
    assert {f[4] for f in got} == {2018}


def test_an_ordered_heading_counts_through_the_paragraphs_after_it() -> None:
    """A heading "… xếp lần lượt từ cao xuống thấp như sau:" closing its paragraph orders the bodies the next
    paragraphs list with their scores, across paragraph breaks; a name the gazetteer does not know keeps its place,
    a new heading (or "Cụm 2:") starts again, and a paragraph that says anything else ends the list."""
    text = (
        "UBND tỉnh vừa công bố điểm Chỉ số cải cách hành chính năm 2021.\n\n"
        "Điểm Chỉ số cải cách hành chính năm 2021 của các sở, ban, ngành tỉnh xếp lần lượt từ cao xuống thấp như sau:\n\n"
        "Sở Nội vụ 97,12 điểm; Sở Tư pháp 96,80 điểm, Phòng Thí điểm Mới 96,10 điểm;\n\n"
        "Sở Y tế 95,44 điểm, Ban Quản lý các khu công nghiệp 94,02 điểm.\n\n"
        "Điểm của các huyện xếp lần lượt từ cao xuống thấp như sau:\n\n"
        "Cụm 1: Huyện Chợ Gạo 99,50 điểm, huyện Cai Lậy 98,70 điểm, huyện Tân Phước 97,30\n\n"
        "Năm nay Sở Xây dựng đạt 90,11 điểm."
    )
    got = facts(text, date="2021-12-20")
    expected = {
        F("Sở Nội vụ", "local", 2021, rank=1, score=97.12), F("Sở Tư pháp", "local", 2021, rank=2, score=96.8),
        F("Sở Y tế", "local", 2021, rank=4, score=95.44),
        F("Ban Quản lý các khu công nghiệp", "local", 2021, rank=5, score=94.02),
        F("UBND huyện Chợ Gạo", "local", 2021, rank=1, score=99.5), F("UBND huyện Cai Lậy", "local", 2021, rank=2, score=98.7),
        F("UBND huyện Tân Phước", "local", 2021, rank=3),
    }
    assert expected <= got
    assert F("Sở Xây dựng", "local", 2021, score=90.11) in got  # after the list: a score, no place


def test_a_top_group_framed_by_its_field_before_it_and_a_stray_bracket() -> None:
    """"đối với 24 đơn vị …, 3 đơn vị dẫn đầu lần lượt là A với … điểm), B …": the field framed before the group
    is the field of its places, and a closing bracket nothing opened does not cut the list."""
    text = ("Theo kết quả DDCI năm 2022 đối với 24 đơn vị cấp sở, ban ngành, 3 đơn vị dẫn đầu lần lượt là Sở Tư pháp với "
            "80,12 điểm), Sở Y tế với 79,5 điểm và Sở Nội vụ với 78,06 điểm.")
    assert facts(text, date="2023-04-02") == {
        F("Sở Tư pháp", "local", 2022, rank=1, total=24, score=80.12), F("Sở Y tế", "local", 2022, rank=2, total=24, score=79.5),
        F("Sở Nội vụ", "local", 2022, rank=3, total=24, score=78.06),
    }


def test_an_undated_page_takes_the_edition_after_a_score_change_compared_with() -> None:
    """"tăng 1,9 điểm so với năm 2021" in a page with no date and no edition named: the page reports 2022's."""
    text = ("Theo kết quả bộ chỉ số DDCI, Sở Công Thương dẫn đầu với 81,2 điểm. Điểm trung bình các đơn vị đạt 70,4 điểm, "
            "tăng 1,9 điểm so với năm 2021.")
    assert F("Sở Công Thương", "local", 2022, rank=1, score=81.2) in facts(text, date=None)


def test_stood_highest_ordered_by_words_and_lowest_of_the_field_named_after() -> None:
    """"đứng cao nhất về …" is the first place, not "xếp cao nhất ở vị trí thứ 29" (the best of a group); "Theo thứ
    tự từ cao đến thấp có 4 sở … là A, B, C, D" orders them; "đạt thấp nhất về … trong tổng số 20 sở là X (chỉ số
    70,1)" is the last of 20, with its score."""
    text = (LOCAL23 + "Sở Nội vụ đứng cao nhất về Chỉ số cải cách hành chính năm 2023 trong tổng số 20 sở ngành tỉnh. "
            "Theo thứ tự từ cao đến thấp có 4 sở ngành đạt chỉ số cao (từ 88,5 đến 95,2) là Sở Nội vụ, Sở Tư pháp, Sở Y tế, "
            "Sở Xây dựng. Đạt thấp nhất về Chỉ số cải cách hành chính năm 2023 trong tổng số 20 sở ngành tỉnh là Sở Công "
            "Thương (chỉ số 70,1).")
    assert facts(text, date="2024-03-01") == {
        F("Sở Nội vụ", "local", 2023, rank=1, total=20), F("Sở Tư pháp", "local", 2023, rank=2),
        F("Sở Y tế", "local", 2023, rank=3), F("Sở Xây dựng", "local", 2023, rank=4),
        F("Sở Công Thương", "local", 2023, rank=20, total=20, score=70.1),
    }
    got = facts("Theo GCI 2012, Trung Quốc xếp cao nhất ở vị trí thứ 29, tiếp theo là Brazil xếp thứ 48.", date="2012-09-10")
    assert F("Trung Quốc", "other", 2012, rank=29) in got and not any(f[5] == 1 for f in got)


def test_a_breakthrough_to_lead_is_a_result_and_nothing_follows_the_last_place() -> None:
    """"có sự bứt phá để dẫn đầu" is what happened, not a plan; "tiếp đến là" after the last place of the field
    counts on to no place."""
    text = ("Theo Bảng xếp hạng DDCI năm 2022 vừa công bố, Sở Y tế có sự bứt phá để dẫn đầu bảng xếp hạng với 81,02 điểm, "
            "tiếp đó là Sở Tư pháp (80,4 điểm), Sở Nội vụ (79,9 điểm). Nằm ở vị trí cuối bảng trong tổng số 19 đơn vị là "
            "Sở Xây dựng với 70,2 điểm, tiếp đến là Sở Công Thương, Sở Tài chính.")
    got = facts(text, date="2023-05-01")
    assert {F("Sở Y tế", "local", 2022, rank=1, score=81.02), F("Sở Tư pháp", "local", 2022, rank=2, score=80.4),
            F("Sở Nội vụ", "local", 2022, rank=3, score=79.9), F("Sở Xây dựng", "local", 2022, rank=19, total=19, score=70.2)} <= got
    assert not any(f[0] in ("Sở Công Thương", "Sở Tài chính") for f in got)


def test_an_undated_page_reads_last_year_against_the_edition_it_names() -> None:
    """A page with no date that names the edition it reports ("Vietnam ICT Index 2014") reads "của năm ngoái"
    against that edition, not against nothing."""
    text = ("Kết quả Vietnam ICT Index 2014 vừa được công bố. Trong khối bộ, ngành, Bộ Tư pháp tăng mạnh từ vị trí 12 "
            "của năm ngoái lên vị trí thứ hai.")
    got = facts(text, date=None)
    assert F("Bộ Tư pháp", "ict_index", 2014, rank=2) in got and F("Bộ Tư pháp", "ict_index", 2013, rank=12) in got


def test_a_value_two_bodies_reached_together_without_its_unit() -> None:
    """"A, B cùng đạt 88,14 lần lượt xếp thứ nhất và thứ 2": both have that value; a share or a count is none."""
    text = LOCAL23 + "Khối huyện, UBND huyện Gia Lộc, UBND huyện Tứ Kỳ cùng đạt 88,14 lần lượt xếp thứ nhất và thứ 2."
    assert facts(text, date="2024-02-01") == {
        F("UBND huyện Gia Lộc", "local", 2023, rank=1, score=88.14), F("UBND huyện Tứ Kỳ", "local", 2023, rank=2, score=88.14),
    }
    shares = facts(LOCAL23 + "UBND huyện Gia Lộc và UBND huyện Tứ Kỳ cùng đạt 98,5% hồ sơ đúng hạn.", date="2024-02-01")
    assert not any(f[8] for f in shares)


def test_the_body_that_published_a_ranking_is_not_the_one_it_ranks() -> None:
    """"… Chỉ số CCHC tỉnh Sóc Trăng năm 2019 theo công bố của Bộ Nội vụ. Theo đó, chỉ số … tỉnh … xếp hạng 10/63":
    the province's place, not the ministry's."""
    text = ("Hội nghị đã phân tích kết quả xếp hạng Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2019 theo công bố của Bộ "
            "Nội vụ. Theo đó, chỉ số cải cách hành chính tỉnh năm 2019 đạt 82,1 điểm, xếp hạng 10/63 tỉnh, thành phố.")
    assert facts(text, date="2020-06-01") == {F("Sóc Trăng", "other", 2019, rank=10, total=63, score=82.1)}


def test_leaders_each_with_their_value_after_voi_are_a_top_group() -> None:
    """"3 địa phương dẫn đầu là A với 78,5 điểm, B với 77,2 điểm và C với 75,9 điểm" states no order, as bracketed
    values do not (GUIDELINES §2): a top group of three, each with its score."""
    text = LOCAL23 + "Đối với cấp huyện, 3 địa phương dẫn đầu là huyện Hữu Lũng với 78,5 điểm, huyện Văn Lãng với 77,2 điểm và huyện Bắc Sơn với 75,9 điểm."
    assert facts(text, date="2024-02-01") == {
        F("UBND huyện Hữu Lũng", "local", 2023, top=3, score=78.5), F("UBND huyện Văn Lãng", "local", 2023, top=3, score=77.2),
        F("UBND huyện Bắc Sơn", "local", 2023, top=3, score=75.9),
    }


def test_the_serving_citizens_index_is_of_the_running_year_and_ranks_peoples_committees() -> None:
    """The serving-citizens index (Decision 766) is scored month by month: "tính đến ngày 30/9" in an article of
    2025 is the 2025 index, not 2024's (in January the reports are still on the year before). It ranks provinces'
    people's committees: "UBND tỉnh X" is the province, wherever "là" names it."""
    text = ("Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp, tính đến ngày 30/9, UBND tỉnh Ninh Bình là đơn vị "
            "xếp hạng 1 trong số 34 tỉnh, thành. Tổng điểm của UBND tỉnh Ninh Bình là 88,12. Trong đó, điểm công khai, minh "
            "bạch là 16,5; tiến độ giải quyết đạt 19,2 điểm. Đơn vị đứng thứ 2 trong bảng xếp hạng kết quả đánh giá Bộ chỉ số "
            "phục vụ người dân, doanh nghiệp là UBND tỉnh Cao Bằng, với tổng 87,4 điểm.")
    got = facts(text, date="2025-10-02")  # (one row per sentence that states a value)
    assert got == {
        F("Ninh Bình", "other", 2025, rank=1, total=34), F("Ninh Bình", "other", 2025, score=88.12),
        F("Cao Bằng", "other", 2025, rank=2, score=87.4),
    }
    january = facts("Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, UBND tỉnh Ninh Bình xếp thứ 3 với 80,2 điểm.", date="2025-01-15")
    assert january == {F("Ninh Bình", "other", 2024, rank=3, score=80.2)}


def test_numbered_lines_with_a_slash_and_a_row_number_labelled_one_cell_a_line() -> None:
    """"2/ Bắc Ninh: 67,27 điểm" on a line of its own is the second place; a table copied one cell a line whose labels
    include "STT" counts its rows, it does not rank them (GUIDELINES §11)."""
    text = "Kết quả PCI 2012, mười tỉnh đứng đầu:\n1/ Hà Giang: 70,1 điểm\n2/ Bắc Ninh: 67,27 điểm\n3/ Long An: 67,12 điểm\n"
    got = facts(text, date="2013-03-20")
    assert {F("Bắc Ninh", "other", 2012, rank=2, score=67.27), F("Long An", "other", 2012, rank=3, score=67.12)} <= got
    rows = "".join(f"{i}\n\n{name}\n\n{a}\n\n{b}\n\n" for i, (name, a, b) in enumerate(
        [("Sở Nội vụ", "58.50", "96.89"), ("Sở Tư pháp", "56.36", "92.55"), ("Sở Y tế", "58.60", "92.41"),
         ("Sở Xây dựng", "55.26", "91.29"), ("Sở Tài chính", "56.09", "91.14")], start=1))
    table = ("Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh:\n\nSTT\n\nTên đơn vị\n\nĐiểm đánh giá qua "
             "tài liệu kiểm chứng\n\nChỉ số cải cách hành chính\n (%)\n\nCCHC\n\n(1)\n\n(2)\n\n(3)\n\n(4)\n\n" + rows)
    got = facts(table, date="2024-01-10")
    assert F("Sở Nội vụ", "local", 2023, score=96.89) in got and not any(f[5] for f in got)


def test_a_top_group_whose_members_are_named_after_it() -> None:
    """"Nằm trong Top 5 … bên cạnh A là các địa phương như B …", "Top 30 … còn ghi nhận sự có mặt của các địa phương C,
    D": the members after the words that name them are in the group; "B, C, D và E lần lượt là các địa phương nằm trong
    nhóm 5 tỉnh đứng đầu" after the first was named are the next places, in order."""
    head = "Theo kết quả PCI 2024 vừa công bố, Hải Phòng đứng đầu. "
    got = facts(head + "Nằm trong Top 5 PCI 2024 bên cạnh Hải Phòng là các địa phương như Quảng Ninh với 73,2 điểm; Long An "
                "72,64 điểm và Bắc Giang với 71,24 điểm. Top 30 PCI 2024 còn ghi nhận sự có mặt của các địa phương Phú Thọ, "
                "Hưng Yên.", date="2025-05-10")
    assert {F("Quảng Ninh", "other", 2024, top=5, score=73.2), F("Long An", "other", 2024, top=5, score=72.64),
            F("Bắc Giang", "other", 2024, top=5, score=71.24), F("Phú Thọ", "other", 2024, top=30),
            F("Hưng Yên", "other", 2024, top=30)} <= got
    got = facts(head + "Quảng Ninh, Long An, Bắc Giang và Đồng Tháp lần lượt là các địa phương nằm trong nhóm 5 tỉnh, thành "
                "phố đứng đầu PCI 2024.", date="2025-05-10")
    assert {F("Quảng Ninh", "other", 2024, rank=2), F("Đồng Tháp", "other", 2024, rank=5)} <= got


def test_a_first_place_held_through_a_span_of_years() -> None:
    """"từng 3 năm liên tiếp (2008-2010) giữ vị trí quán quân": first in each of the three; a span whose length is not
    the count gives nothing of the kind."""
    got = facts("Kết quả PCI 2013 vừa được công bố. Đây là địa phương từng 3 năm liên tiếp (2008-2010) giữ vị trí quán "
                "quân PCI cả nước. Đà Nẵng dẫn đầu PCI 2013.", date="2014-03-20")
    assert {F("Đà Nẵng", "other", y, rank=1) for y in (2008, 2009, 2010, 2013)} <= got
    got = facts("Đà Nẵng từng 2 năm liên tiếp (2008-2010) giữ vị trí quán quân PCI cả nước.", date="2014-03-20")
    assert not any(f[4] == 2009 for f in got)


def test_then_and_a_year_open_the_next_years_clause() -> None:
    """"Năm 2022, A xếp thứ 62/63 thì năm 2023 đã vươn lên xếp thứ 31": the first place is 2022's, the second 2023's."""
    got = facts("Năm 2022, chỉ số PCI của Lai Châu xếp thứ 60/63 cả nước thì năm 2023 đã vươn lên xếp thứ 35, tăng 25 bậc "
                "và đạt 64,1 điểm.", date="2024-05-01")
    assert got == {F("Lai Châu", "other", 2022, rank=60, total=63), F("Lai Châu", "other", 2023, rank=35, score=64.1, change=25)}


def test_a_score_and_a_place_in_one_bracket_and_a_span_of_places_after_the_names() -> None:
    """"Thừa Thiên Huế (65,56 điểm, thứ 2)": both values are the name's; "A, B và C xếp lần lượt từ vị trí thứ tư đến
    thứ sáu": places 4, 5 and 6 in that order."""
    got = facts("Theo PCI 2013, miền Trung có 2 tỉnh trong nhóm rất tốt là Huế (65,56 điểm, thứ 2) và Quảng Ngãi (62,6 điểm, "
                "thứ 7).", date="2014-03-20")
    assert got == {F("Thừa Thiên Huế", "other", 2013, rank=2, score=65.56), F("Quảng Ngãi", "other", 2013, rank=7, score=62.6)}
    got = facts("Theo PCI 2023, Bắc Giang, Đồng Tháp và Long An xếp lần lượt từ vị trí thứ tư đến thứ sáu.", date="2024-05-20")
    assert got == {F("Bắc Giang", "other", 2023, rank=4), F("Đồng Tháp", "other", 2023, rank=5), F("Long An", "other", 2023, rank=6)}


def test_names_each_followed_by_their_value_in_percent() -> None:
    """"nhóm tốt gồm 4 đơn vị đó là: Sở Tư pháp 95.01%, Sở Y tế 92.64%, …": each body's index value (a decimal point
    too); a list of blocks' means ("khối phường 92,26%; khối xã 91,87%") gives nobody a score."""
    text = ("Chỉ số cải cách hành chính năm 2016 của các sở, ban, ngành gồm 02 nhóm, nhóm tốt gồm 4 đơn vị đó là: Sở Tư pháp "
            "95.01%, Sở Y tế 92.64%, Sở Nội vụ 92.27%, Sở Xây dựng 89.36%.")
    got = facts(text, date="2017-03-01")
    assert {F("Sở Tư pháp", "local", 2016, score=95.01), F("Sở Xây dựng", "local", 2016, score=89.36)} <= got
    blocks = facts("Chỉ số hài lòng năm 2025 của thành phố: khối sở, ban, ngành là 93,95%; khối phường 92,26%; khối xã, đặc "
                   "khu 91,87%; khối huyện 90,5%.", date="2025-12-01")
    assert not any(f[8] for f in blocks)


def test_a_numbered_table_one_cell_a_line_with_the_total_in_the_last_column() -> None:
    """Rows copied one cell a line, "1." / name / part score / part score / total, under labels ending with "Chỉ số
    tổng hợp – PAR INDEX 2017": the place is the row's number and the score the total, not the first part."""
    rows = "".join(f"{i}.\n\n \n\n{name}\n\n{a}\n\n{b}\n\n{t}\n\n \n\n" for i, (name, a, b, t) in enumerate(
        [("Bộ Tư pháp", "60.08", "32.28", "92.36"), ("Bộ Nội vụ", "58.00", "28.13", "86.13"),
         ("Bộ Tài chính", "53.94", "30.47", "84.42"), ("Bộ Y tế", "55.83", "28.10", "83.93")], start=1))
    text = ("Chỉ số tổng hợp - PAR INDEX 2017 của các bộ, cơ quan ngang bộ:\n\nXếp hạng\n\nCác bộ, cơ quan ngang bộ\n\nĐiểm\n\n"
            "thẩm định\n\nĐiểm điều tra xã hội học\n\nChỉ số tổng hợp – PAR INDEX 2017\n\n \n\n" + rows)
    got = facts(text, date="2018-05-05")
    assert {F("Bộ Tư pháp", "other", 2017, rank=1, score=92.36), F("Bộ Y tế", "other", 2017, rank=4, score=83.93)} <= got


def test_a_first_place_in_a_sub_index_named_after_the_claim_and_the_list_after_it() -> None:
    """"tỉnh có điểm số cao nhất theo chỉ số kiểm soát tham nhũng ở khu vực công là A" ranks a part of PAPI, not
    PAPI: no fact, nor for "Xếp sau là B (7,81 điểm), C (7,77 điểm)" going on with it in the paragraph; the next
    paragraph is free again."""
    text = ("Báo cáo PAPI 2022 vừa được công bố.\n\nTheo báo cáo, tỉnh có điểm số cao nhất theo chỉ số kiểm soát tham nhũng "
            "ở khu vực công là Bình Dương với 8,15 điểm. Xếp sau là Thanh Hóa (7,81 điểm), Huế (7,77 điểm).\n\n"
            "Về điểm tổng hợp PAPI 2022, Quảng Ninh dẫn đầu với 47,9 điểm.")
    assert facts(text, date="2023-04-20") == {F("Quảng Ninh", "other", 2022, rank=1, score=47.9)}


def test_a_points_change_after_a_fall_or_an_improvement_is_no_score() -> None:
    """"song tụt 2.07 điểm so với năm 2020", "cải thiện 29 bậc và 8,06 điểm": differences, never the score; the
    fronted "Với 73,02 điểm" is the body's, and "giữ vị trí cao nhất" its first place."""
    got = facts("Với 73,02 điểm, Quảng Ninh tiếp tục giữ vị trí cao nhất trong bảng xếp hạng PCI năm 2021, song tụt 2.07 "
                "điểm so với năm 2020.", date="2022-05-01")
    assert got == {F("Quảng Ninh", "other", 2021, rank=1, score=73.02)}
    got = facts("Bắc Giang lần đầu đoạt ngôi Á quân PCI 2022, sau khi cải thiện 29 bậc và 8,06 điểm so với PCI 2021.",
                date="2023-05-01")
    assert not any(f[8] for f in got)
    # its own best ever is no first place
    got = facts("Hải Phòng ở vị trí cao nhất từ trước đến nay trên bảng xếp hạng PCI năm 2021 với 70,1 điểm.",
                date="2022-05-01")
    assert got == {F("Hải Phòng", "other", 2021, score=70.1)}


def test_a_one_syllable_country_that_begins_a_district_name() -> None:
    """"Ủy ban nhân dân Mỹ Tú", "huyện Nga Sơn": the district, never the United States or Russia."""
    got = facts("Kết quả DDCI cấp huyện năm 2020: Ủy ban nhân dân huyện Thạnh Trị đạt 8,0 điểm, đứng thứ nhất, kế đến là "
                "Ủy ban nhân dân Mỹ Tú đạt 7,78 điểm, đứng thứ nhì.", date="2021-03-01")
    assert F("UBND huyện Mỹ Tú", "local", 2020, rank=2, score=7.78) in got
    assert not any(f[0] == "Mỹ" for f in got)


def test_first_in_the_long_name_of_papi_then_the_bodies_after_it() -> None:
    """"dẫn đầu về hiệu quả quản trị và hành chính công" is PAPI's own name, not a topic the project does not track;
    "Theo sau Quảng Ninh là A (…) và B (…)" then counts on from it."""
    got = facts("Năm 2024, Quảng Ninh khẳng định vị thế là địa phương dẫn đầu về hiệu quả quản trị và hành chính công "
                "trong bảng xếp hạng Chỉ số PAPI. Theo sau Quảng Ninh là Tây Ninh (47.35 điểm) và Bình Thuận (47.13 điểm).",
                date="2025-05-01")
    assert got == {F("Quảng Ninh", "other", 2024, rank=1), F("Tây Ninh", "other", 2024, rank=2, score=47.35),
                   F("Bình Thuận", "other", 2024, rank=3, score=47.13)}


def test_a_group_of_the_best_is_no_field_size() -> None:
    """"Nhóm 30 tỉnh, thành phố có chất lượng điều hành tốt nhất …, Hà Nam đạt vị trí 22": 30 is a top group the
    place sits in, not the number of provinces ranked."""
    got = facts("Nhóm 30 tỉnh, thành phố có chất lượng điều hành tốt nhất năm 2024 ghi nhận nhiều chuyển động, như Hà Nam "
                "lần đầu đạt vị trí 22 PCI.", date="2025-05-01")
    assert got == {F("Hà Nam", "other", 2024, rank=22)}
    got = facts("Trong số 30 tỉnh thành có thành tích tốt nhất PCI 2024, miền núi phía Bắc có 3 cái tên gồm Phú Thọ (xếp "
                "thứ 8), Lạng Sơn (16) và Lào Cai (23).", date="2025-05-01")
    assert got == {F("Phú Thọ", "other", 2024, rank=8), F("Lạng Sơn", "other", 2024, rank=16),
                   F("Lào Cai", "other", 2024, rank=23)}


def test_short_country_names_and_rankings_of_sums_of_money() -> None:
    """"kinh tế Nhật … giữ vị trí thứ 6" is Japan's place; "Đứng đầu là Ấn Độ (35,26 tỉ USD)" ranks remittances,
    which the project does not track."""
    got = facts("Theo báo cáo GCI 2010, kinh tế Nhật vẫn vươn lên 2 bậc và giữ vị trí thứ 6.", date="2010-09-10")
    assert got == {F("Nhật Bản", "other", 2010, rank=6, change=2)}
    assert not facts("Về kiều hối năm 2009, đứng đầu là Ấn Độ (35,26 tỉ USD), thứ hai là Trung Quốc (32,83 tỉ USD).",
                     date="2010-01-10")


def test_administrative_reform_by_its_abbreviation_and_superlatives_of_its_value() -> None:
    """"đứng đầu về CCHC" is the PAR index (not DTI); "đạt Chỉ số CCHC năm 2022 cao nhất" is a first place and "có
    kết quả Chỉ số CCHC năm 2014 thấp nhất trong 63 tỉnh … với kết quả là 74,99" the last, with its value."""
    got = facts("Theo đó, đứng đầu về CCHC trong khối các cơ quan bộ, ngành năm 2015 là Ngân hàng Nhà nước; còn đứng đầu "
                "về CCHC trong khối các địa phương là Đà Nẵng.", date="2016-05-01")
    assert got == {F("Ngân hàng Nhà nước Việt Nam", "other", 2015, rank=1), F("Đà Nẵng", "other", 2015, rank=1)}
    got = facts("Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022 cao nhất với 91,77%.", date="2023-05-01")
    assert got == {F("Ngân hàng Nhà nước Việt Nam", "other", 2022, rank=1, score=91.77)}
    got = facts("Tỉnh Điện Biên có kết quả Chỉ số CCHC năm 2014 thấp nhất trong 63 tỉnh, thành phố trực thuộc Trung ương, "
                "với kết quả là 74,99.", date="2015-05-01")
    assert got == {F("Điện Biên", "other", 2014, rank=63, total=63, score=74.99)}


def test_a_leading_group_as_the_clause_subject() -> None:
    """", nhóm tỉnh dẫn đầu là A, B, C, D": a top group of four (GUIDELINES §2); left open ("…") it has no size."""
    got = facts("Về chỉ số SIPAS năm 2020, nhóm tỉnh dẫn đầu là Quảng Ninh, Hải Phòng, Bắc Giang, Hải Dương.",
                date="2021-05-01")
    assert got == {F(p, "other", 2020, top=4) for p in ("Quảng Ninh", "Hải Phòng", "Bắc Giang", "Hải Dương")}
    assert not facts("Về chỉ số SIPAS năm 2020, nhóm tỉnh dẫn đầu là Quảng Ninh, Hải Phòng, Bắc Giang, Hải Dương...",
                     date="2021-05-01")


def test_gaps_and_averages_are_no_bodys_value() -> None:
    """"Khoảng cách giữa Bộ … cao nhất (A) với Bộ … thấp nhất (B) là 14,87%", "chênh lệch … không đáng kể, chỉ 0,33
    điểm", "Trung bình chỉ số CCHC của tỉnh qua 4 năm đạt 81,76 điểm": none is a score."""
    for text in (
        "Khoảng cách giữa Bộ đạt Chỉ số CCHC năm 2019 cao nhất (Ngân hàng Nhà nước Việt Nam) với Bộ có kết quả Chỉ số "
        "CCHC năm 2019 thấp nhất (Bộ Giao thông vận tải) là 14,87%.",
        "Theo DDCI Sóc Trăng năm 2020, chênh lệch của đơn vị đứng đầu và đơn vị đứng cuối bảng xếp hạng không đáng kể, "
        "chỉ 0,33 điểm.",
        "Trung bình chỉ số CCHC của tỉnh Thừa Thiên Huế qua 4 năm đạt 81,76 điểm.",
    ):
        assert not any(f[8] for f in facts(text, date="2020-05-01")), text


def test_the_value_of_a_named_index_in_the_sentence_after_the_place() -> None:
    """"… Bình Định xếp hạng 22/63 … về PII năm 2024. Điểm PII tổng thể đạt 37,88, trong đó điểm đầu vào là 43,48":
    the value of the index the sentence names is the body's the sentence before placed (its inputs' value is not)."""
    got = facts("Theo kết quả công bố, năm 2024 Bình Định xếp hạng 22/63 tỉnh, thành phố trong cả nước về PII năm 2024. "
                "Điểm PII tổng thể đạt 37,88, trong đó điểm đầu vào là 43,48 và đầu ra là 32,28.", date="2025-01-10")
    assert got == {F("Bình Định", "other", 2024, rank=22, total=63), F("Bình Định", "other", 2024, score=37.88)}


def test_a_list_of_names_each_with_its_value_after_a_colon_and_its_place_in_a_bracket() -> None:
    """"Bộ Y tế: 0,6123 (hạng 10); Bộ Nội vụ: 0,5845 (hạng 12)": each body's value and place; one such value alone
    (a label and its number) is no list."""
    got = facts("Kết quả DTI 2023 của các bộ, cơ quan ngang bộ như sau: Bộ Y tế: 0,6123 (hạng 10); Bộ Giáo dục và Đào tạo: "
                "0,5912 (hạng 11); Bộ Nội vụ: 0,5845 (hạng 12).", date="2024-10-10")
    assert got == {F("Bộ Y tế", "dti", 2023, rank=10, score=0.6123), F("Bộ Giáo dục và Đào tạo", "dti", 2023, rank=11, score=0.5912),
                   F("Bộ Nội vụ", "dti", 2023, rank=12, score=0.5845)}
    got = facts("Kết quả DTI 2023 của các bộ: Bộ Y tế: 0,6123; Bộ Nội vụ: 0,5845.", date="2024-10-10")
    assert got == {F("Bộ Y tế", "dti", 2023, score=0.6123), F("Bộ Nội vụ", "dti", 2023, score=0.5845)}


def test_ict_index_pillars_by_their_long_names() -> None:
    """"Về hạ tầng CNTT-TT, …" and "Về xếp hạng môi trường - tổ chức - chính sách, …" in an ICT Index report are
    its technical-infrastructure and policy pillars."""
    text = ("Theo Vietnam ICT Index 2012, Hà Nội xếp thứ 10/63. Về hạ tầng CNTT-TT, Hà Nội xếp thứ 10. Về xếp hạng "
            "môi trường - tổ chức - chính sách, Hà Nội lùi xuống vị trí 29.")
    got = facts(text, date="2013-05-01")
    assert F("Hà Nội", "ict_index", 2012, component="hạ tầng kỹ thuật", rank=10) in got
    assert F("Hà Nội", "ict_index", 2012, component="cơ chế chính sách", rank=29) in got


def test_places_stated_in_a_list_that_goes_on_and_a_list_climbing_from_the_bottom() -> None:
    """"Tiếp sau đó là B (46.51 điểm, hạng 11) và C (41.29 điểm, hạng 20)": the places written beside them, not 2 and
    3; "Đứng cuối cùng … là A (0,356 điểm), tiếp đó là B (0,388 điểm)" climbs from the bottom of a field of unknown
    size: no places."""
    got = facts("Theo PII 2023, Quảng Ninh dẫn đầu với 50 điểm. Tiếp sau đó là Bắc Giang (46.51 điểm, hạng 11) và Phú "
                "Thọ (41.29 điểm, hạng 20).", date="2024-01-10")
    assert F("Bắc Giang", "other", 2023, rank=11, score=46.51) in got and F("Phú Thọ", "other", 2023, rank=20, score=41.29) in got
    got = facts("Năm 2017, Đà Nẵng dẫn đầu bảng xếp hạng ứng dụng CNTT. Đứng cuối cùng bảng xếp hạng này là Lai Châu "
                "(0,356 điểm), tiếp đó là Bình Phước (0,388 điểm); Kon Tum (0,432 điểm).", date="2018-04-10")
    assert F("Bình Phước", "ict_application", 2017, score=0.388) in got
    assert not any(f[5] for f in got if f[0] != "Đà Nẵng")


def test_places_in_turn_written_without_spaces_and_a_lead_held() -> None:
    """"A, B, C là 3 địa phương lần lượt xếp hạng 1,2,3": 1, 2, 3; "A vẫn giữ vị trí hàng đầu …, tiếp theo là B, C":
    A first, then 2 and 3."""
    got = facts("Theo PII 2023, Hà Nội, TP Hồ Chí Minh, Hải Phòng là 3 địa phương lần lượt xếp hạng 1,2,3 cả nước.",
                date="2024-01-10")
    assert got == {F("Hà Nội", "other", 2023, rank=1), F("Hồ Chí Minh", "other", 2023, rank=2), F("Hải Phòng", "other", 2023, rank=3)}
    got = facts("Theo chỉ số GII năm 2020, Thụy Sĩ vẫn giữ vị trí hàng đầu, tiếp theo là Thụy Điển và Mỹ.", date="2020-10-01")
    assert got == {F("Thụy Sĩ", "other", 2020, rank=1), F("Thụy Điển", "other", 2020, rank=2), F("Mỹ", "other", 2020, rank=3)}


def test_bodies_named_before_they_are_called_the_leading_ones() -> None:
    """"Đan Mạch, Úc và Hàn Quốc là các nước đứng đầu về …": a top group of three (GUIDELINES §2), none of them first."""
    got = facts("Theo khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2018, Đan Mạch, Úc và Hàn Quốc là các nước đứng đầu "
                "về phát triển chính phủ điện tử.", date="2018-08-01")
    assert got == {F(c, "egdi", 2018, top=3) for c in ("Đan Mạch", "Úc", "Hàn Quốc")}
    # no bodies listed before it: the one named in the sentence before is not first
    got = facts("Theo PII 2023, top 10 gồm Hà Nội, TP HCM và Thái Nguyên. Danh sách top 10 cũng là các địa phương dẫn đầu "
                "về GRDP.", date="2024-01-10")
    assert not any(f[5] == 1 for f in got)


def test_the_value_of_a_named_index_with_a_decimal_point() -> None:
    """"với điểm số PII 2025 là 59.33", "ghi nhận điểm số PII là 65.68": the index's value, its decimal written with
    a point."""
    got = facts("Theo PII 2025, TP. Hồ Chí Minh giữ vững vị trí thứ hai, với điểm số PII 2025 là 59.33. Năm 2025, Hà Nội "
                "ghi nhận điểm số PII là 65.68, với 18/52 chỉ số thành phần đứng đầu cả nước.", date="2025-10-01")
    assert got == {F("Hồ Chí Minh", "other", 2025, rank=2, score=59.33), F("Hà Nội", "other", 2025, score=65.68)}


def test_a_shared_move_written_as_growth() -> None:
    """"Malaysia và Việt Nam đều tăng trưởng 2 bậc lên lần lượt ở vị trí 35 và 45": a move of places ("tăng trưởng"
    before a count of places), shared by both, and each its place."""
    got = facts("Malaysia và Việt Nam đều tăng trưởng 2 bậc lên lần lượt ở vị trí 35 và 45 trong GII 2018.", date="2018-08-01")
    assert got == {F("Malaysia", "other", 2018, rank=35, change=2), F("Việt Nam", "other", 2018, rank=45, change=2)}


def test_last_year_named_dates_an_undated_report_and_is_no_place() -> None:
    """An undated page: "xếp hạng 59 trong bảng xếp hạng năm ngoái 2016 nhưng năm nay đã tăng lên thứ 47" dates the
    report 2017 (the year after the one it names as last year), and "xếp hạng năm ngoái" is no fifth place."""
    got = facts("Theo chỉ số GII, Thụy Sĩ đứng đầu. Việt Nam chỉ xếp hạng 59 trong bảng xếp hạng năm ngoái 2016 nhưng năm nay "
                "đã tăng lên thứ 47.", date=None)
    assert got == {F("Thụy Sĩ", "other", 2017, rank=1), F("Việt Nam", "other", 2016, rank=59), F("Việt Nam", "other", 2017, rank=47)}


def test_a_place_after_an_anchor_goes_back_to_the_subject() -> None:
    """"Việt Nam xếp thứ 3, sau Singapore và Malaysia, và xếp thứ 44 thế giới": the 44th is Việt Nam's, not the
    anchors'."""
    got = facts("Theo GII 2017, trong khu vực Đông Nam Á, Việt Nam xếp thứ 3, sau Singapore và Malaysia, và xếp thứ 44 "
                "thế giới.", date="2017-08-01")
    assert F("Việt Nam", "other", 2017, rank=44) in got
    assert not any(f[5] == 44 for f in got if f[0] != "Việt Nam")


def test_a_statistics_year_is_no_vote_for_the_edition() -> None:
    """In an article of September 2023 on a world report, "Cũng theo WIPO, chi tiêu cho nghiên cứu … vào năm 2022" is
    a statistic's year: the unnamed edition stays the article's own year."""
    text = ("Trong bảng xếp hạng Chỉ số Đổi mới sáng tạo toàn cầu (GII) vừa được WIPO công bố, Thụy Sĩ đứng đầu năm thứ 13 "
            "liên tiếp. Cũng theo WIPO, chi tiêu cho nghiên cứu và phát triển của doanh nghiệp đạt 1,1 nghìn tỷ USD vào "
            "năm 2022.")
    assert facts(text, title="Thụy Sĩ giữ ngôi vương đổi mới sáng tạo", date="2023-09-29") == {F("Thụy Sĩ", "other", 2023, rank=1)}


def test_viet_nam_closing_the_ict_index_name_is_no_body() -> None:
    """"chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin, truyền thông Việt Nam năm 2022 (Vietnam ICT
    Index 2022) tăng 9 bậc": the country's name ends the index's name; it is not ranked."""
    got = facts("Cụ thể, chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin, truyền thông Việt Nam năm 2022 "
                "(Vietnam ICT Index 2022) tăng 9 bậc (xếp thứ 7/63 tỉnh, thành phố).",
                title="Đồng Tháp công bố chỉ số chuyển đổi số cấp sở", date="2023-10-10")
    assert not any(f[0] == "Việt Nam" for f in got)


def test_the_body_in_the_bracket_after_a_place_and_a_body_the_gazetteer_does_not_know() -> None:
    """"địa phương đứng thứ 2 (Hà Nội) và thứ 3 (Đà Nẵng)": each place's body is the one alone in the bracket after
    it; "Tổng cục Hải quan tiếp tục dẫn đầu …" names a body the gazetteer does not list: no claim for the ministry
    the text is about."""
    got = facts("Theo EBI 2017, Hồ Chí Minh dẫn đầu. Riêng khoảng cách giữa địa phương đứng thứ 2 (Hà Nội) và thứ 3 "
                "(Đà Nẵng) đã lên tới 23 điểm.", date="2018-03-01")
    assert got == {F("Hồ Chí Minh", "other", 2017, rank=1), F("Hà Nội", "other", 2017, rank=2), F("Đà Nẵng", "other", 2017, rank=3)}
    got = facts("Bộ Tài chính công bố kết quả cải cách hành chính năm 2020. Theo đó, Tổng cục Hải quan tiếp tục dẫn đầu Chỉ số "
                "cải cách hành chính năm 2020, với điểm thẩm định là 92,85.", date="2021-03-01")
    assert not any(f[0] == "Bộ Tài chính" for f in got)


def test_a_report_the_un_sponsors_is_not_the_e_government_survey() -> None:
    """A happiness report "do Liên Hợp quốc tài trợ": countries placed in it are in that report (`other`), not in the
    UN e-government survey, which the article never names."""
    text = ("Vào Ngày Quốc tế Hạnh phúc, Liên Hợp quốc đưa ra báo cáo chỉ số hạnh phúc toàn cầu, xếp hạng các nước.\n\n"
            "Theo bảng xếp hạng của Liên Hợp quốc năm nay, Đan Mạch đứng thứ 2, Việt Nam đứng thứ 79.")
    got = facts(text, title="Việt Nam thăng hạng về hạnh phúc", date="2022-03-20")
    assert got and {f[1] for f in got} == {"other"}


def test_an_edition_after_the_names_gloss_in_brackets() -> None:
    """"Báo cáo … Rule of Law Index (Chỉ số Thượng tôn pháp luật) 2016 … xếp Na Uy ở vị trí đầu bảng": the year after the
    bracketed Vietnamese name is the edition, and the world reports on governance are rankings of their own."""
    got = facts("Báo cáo Rule of Law Index (Chỉ số Thượng tôn pháp luật) 2016 của WJP xếp Na Uy ở vị trí đầu bảng. Việt Nam "
                "đứng ở vị trí 67.", date=None)
    assert got == {F("Na Uy", "other", 2016, rank=1), F("Việt Nam", "other", 2016, rank=67)}


def test_the_place_a_region_is_around_is_no_body_but_a_named_neighbour_is() -> None:
    """"Trong khu vực quanh Việt Nam, Lào được xếp thứ 90": the place is Lào's only; "tỉnh láng giềng Cao Bằng đứng thứ
    58" names the neighbour as the body."""
    got = facts("Theo chỉ số cảm nhận tham nhũng (CPI) 2014, trong khu vực quanh Việt Nam, Lào được xếp thứ 90, Nepal 126.",
                date="2015-01-10")
    assert got == {F("Lào", "other", 2014, rank=90), F("Nepal", "other", 2014, rank=126)}
    got = facts("Năm 2019, Bắc Kạn xếp thứ 40 về mức độ ứng dụng CNTT. Tỉnh láng giềng Cao Bằng đứng thứ 51.", date="2020-06-01")
    assert F("Cao Bằng", "ict_application", 2019, rank=51) in got


def test_one_highest_value_shared_is_a_tie_for_first_and_a_shared_value_goes_to_each() -> None:
    """"Na Uy, Thụy Điển, Phần Lan đạt điểm số cao nhất là 88 điểm": each is first with 88, no top group of three;
    "Còn Somalia, Yemen, Afghanistan đồng hạng chót, cùng 11 điểm": each has 11 (countries beyond Asia and Europe
    known; "Còn" opening the sentence is no part of a name)."""
    text = ("Theo chỉ số CPI 2015, Na Uy, Thụy Điển, Phần Lan đạt điểm số cao nhất là 88 điểm. Còn Somalia, Yemen, "
            "Afghanistan đồng hạng chót, cùng 11 điểm.")
    got = facts(text, date="2016-01-28")
    assert got == {
        F("Na Uy", "other", 2015, rank=1, score=88.0), F("Thụy Điển", "other", 2015, rank=1, score=88.0),
        F("Phần Lan", "other", 2015, rank=1, score=88.0), F("Somalia", "other", 2015, score=11.0),
        F("Yemen", "other", 2015, score=11.0), F("Afghanistan", "other", 2015, score=11.0),
    }


def test_the_uk_after_a_serial_comma_closes_a_top_group() -> None:
    """"Cùng góp mặt trong top 10 còn có Áo, Canada, và Anh": "Anh" after ", và" is the country, one of the ten."""
    got = facts("Theo chỉ số thượng tôn pháp luật 2019, cùng góp mặt trong top 10 còn có Áo, Canada, và Anh.", date=None)
    assert got == {F("Áo", "other", 2019, top=10), F("Canada", "other", 2019, top=10), F("Anh", "other", 2019, top=10)}


def test_a_year_after_a_contrast_and_a_decade_is_no_year() -> None:
    """"Việt Nam đứng thứ 50 … vào năm 2018, nhưng đến năm 2019, Việt Nam đứng thứ 58": the second place is 2019's
    (a contrast brings the text to that year); "từ cuối những năm 1990" is a decade, no edition."""
    got = facts("Việt Nam đứng thứ 50 trong chỉ số hòa bình toàn cầu năm 2018, nhưng đến năm 2019, Việt Nam đứng thứ 58.",
                date=None)
    assert got == {F("Việt Nam", "other", 2018, rank=50), F("Việt Nam", "other", 2019, rank=58)}
    got = facts("Chỉ số tự do kinh tế đã được tính từ cuối những năm 1990. Theo đó, Việt Nam xếp thứ 105.", date="2021-03-05")
    assert got == {F("Việt Nam", "other", 2020, rank=105)}


def test_an_undated_page_on_this_year_reports_the_edition_after_the_one_it_names() -> None:
    """An undated page: "Năm 2011, Việt Nam đứng thứ 112 …" and then "Năm nay Đan Mạch … là nước đứng đầu": this
    year's places are in the edition after 2011."""
    text = ("Theo tổ chức Minh bạch Quốc tế, Việt Nam năm nay đạt 3,1 điểm trong chỉ số cảm nhận tham nhũng (CPI). "
            "Năm 2011, Việt Nam đứng thứ 112.\n\nNăm nay Đan Mạch đứng đầu, theo sau là Phần Lan.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2011, rank=112) in got
    assert F("Đan Mạch", "other", 2012, rank=1) in got


def test_a_report_named_for_the_next_year_dates_its_places() -> None:
    """"Theo Báo cáo Môi trường kinh doanh 2019 …, môi trường kinh doanh năm 2018 của Việt Nam xếp thứ 69/190" in an
    article of November 2018: the report's edition named (2019), not the year of its data, and not refused as a year
    after the article; "nhóm 50 nền kinh tế hàng đầu … với vị trí 46" is a band, no field of 50."""
    text = ("Theo Báo cáo Môi trường kinh doanh 2019 (Doing Business 2019) của Ngân hàng Thế giới, môi trường kinh doanh năm "
            "2018 của Việt Nam xếp thứ 69/190 nền kinh tế. Theo Doing Business 2019, Ấn Độ lần đầu đứng trong nhóm 80 nền "
            "kinh tế hàng đầu thế giới với vị trí 77.")
    got = facts(text, date="2018-11-01")
    assert got == {F("Việt Nam", "other", 2019, rank=69, total=190), F("Ấn Độ", "other", 2019, rank=77)}


def test_places_set_aside_and_a_top_group_that_goes_on() -> None:
    """"Ngoài 2 vị trí đầu bảng này, các nước khác trong top 10 gồm A, B" and "Trong mười quốc gia có chỉ số … tốt nhất
    còn có C, D": the members are in the top ten, not a group of their own count."""
    text = ("Theo chỉ số hòa bình toàn cầu 2021, ngoài 2 vị trí đầu bảng này, các nước khác trong top 10 gồm Áo, Canada và "
            "Bỉ. Trong mười quốc gia có chỉ số hòa bình toàn cầu (GPI) tốt nhất còn có Na Uy, Phần Lan.")
    got = facts(text, date="2021-07-01")
    assert got == {F(c, "other", 2021, top=10) for c in ("Áo", "Canada", "Bỉ", "Na Uy", "Phần Lan")}


def test_a_province_name_closing_an_institutes_name_is_no_province() -> None:
    """"Viện Kinh tế và Hòa bình (IEP)" is the Institute for Economics and Peace, not the province Hòa Bình."""
    got = facts("Theo Viện Kinh tế và Hòa Bình (IEP), Iceland đứng vị trí đầu tiên theo chỉ số hòa bình toàn cầu (GPI) 2020.",
                date="2020-07-01")
    assert got == {F("Iceland", "other", 2020, rank=1)}


def test_a_title_that_turns_to_a_later_year_reports_it() -> None:
    """A title "Việt Nam đứng thứ 50 … năm 2018, nhưng đến năm 2019 đứng thứ 58" reports 2019: the body's "tụt 8 bậc"
    with no year of its own is 2019's."""
    got = facts("Việt Nam tụt 8 bậc trong bảng xếp hạng.",
                title="Việt Nam đứng thứ 50 trong chỉ số hòa bình toàn cầu năm 2018, nhưng đến năm 2019 đứng thứ 58", date=None)
    assert F("Việt Nam", "other", 2019, change=-8) in got


def test_bracketed_numbers_of_a_list_about_points_are_scores() -> None:
    """"A (điểm: 74), B (71) …" and "C (19), D (18) và E (12) đạt điểm thấp nhất": the bracketed numbers are each
    country's points, not places; a list of weaknesses "(135), (125)" with no body named gives nothing."""
    got = facts("Theo CPI 2021, Somalia (19), Yemen (18) và Afghanistan (12) đạt điểm thấp nhất.", date="2022-02-01")
    assert got == {F("Somalia", "other", 2021, score=19.0), F("Yemen", "other", 2021, score=18.0),
                   F("Afghanistan", "other", 2021, score=12.0)}
    got = facts("Theo CPI 2021, trong nhóm được nhắc tới có Na Uy (điểm: 85), Thụy Điển (85) và Bỉ (73).", date="2022-02-01")
    assert {(f[0], f[8]) for f in got} == {("Na Uy", 85.0), ("Thụy Điển", 85.0), ("Bỉ", 73.0)}
    assert not any(f[5] in (85, 73) for f in got)


def test_an_awards_edition_dates_its_places_and_votes_for_no_other_index() -> None:
    """"Lễ trao Giải thưởng Thành phố thông minh Việt Nam 2023" in a page of December 2023: its places are 2023's (no
    year back from the date); a smart-city award's year beside the DTI is no DTI edition."""
    got = facts("Tại Lễ trao Giải thưởng Thành phố thông minh Việt Nam 2023, Bình Dương dẫn đầu. Hải Phòng và Cần Thơ đứng "
                "thứ hai và ba.", date="2023-12-20")
    assert got == {F("Bình Dương", "other", 2023, rank=1), F("Hải Phòng", "other", 2023, rank=2), F("Cần Thơ", "other", 2023, rank=3)}
    got = facts("Theo chỉ số chuyển đổi số (DTI), Đà Nẵng được xếp hạng nhất, sau khi nhận giải thưởng ASOCIO smart city 2019.",
                date=None)
    assert not any(f[4] == 2019 for f in got)


def test_bodies_sharing_a_place_each_hold_it() -> None:
    """A tie is written as "đồng hạng với (các quốc gia như) A, B và C", "ngang bằng A", or as the place opening a
    list ("Đồng hạng 7 gồm các nước: A, B", "Hạng 9 gồm các quốc gia A, B"): each named body holds that place. The
    next sentence's "Thứ hạng này …" is still the holder's, not the last body sharing it."""
    text = ("Theo chỉ số hộ chiếu 2024, hộ chiếu Lào xếp thứ 95 toàn cầu, đồng hạng với các quốc gia như Niger, Gabon "
            "và Cộng hòa Trung Phi. Thứ hạng này tăng 3 bậc so với năm 2023.")
    got = facts(text, date="2024-08-01")
    assert got == {F("Lào", "other", 2024, rank=95), F("Lào", "other", 2024, change=3)} | {
        F(c, "other", 2024, rank=95) for c in ("Niger", "Gabon", "Cộng hòa Trung Phi")
    }
    got = facts("Theo chỉ số hộ chiếu 2024, hộ chiếu Campuchia đứng thứ 90, ngang bằng Togo.", date="2024-08-01")
    assert got == {F("Campuchia", "other", 2024, rank=90), F("Togo", "other", 2024, rank=90)}
    got = facts("Theo chỉ số hộ chiếu 2024, đồng hạng 7 gồm các nước Bắc Âu: Na Uy, Iceland và Phần Lan. "
                "Hạng 9 gồm các quốc gia Malta, Síp.", date="2024-08-01")
    assert got == {F(c, "other", 2024, rank=7) for c in ("Na Uy", "Iceland", "Phần Lan")} | {
        F(c, "other", 2024, rank=9) for c in ("Malta", "Síp")
    }


def test_an_edition_named_in_a_ranking_the_figures_come_from() -> None:
    """"Theo dữ liệu từ bảng xếp hạng Chỉ số Hộ chiếu Henley 2025": "từ" a report says where the figures come from,
    so its named edition dates the place, even early in the year (before the April rule for unnamed editions)."""
    got = facts("Theo dữ liệu mới nhất từ bảng xếp hạng Chỉ số Hộ chiếu Henley 2025, hộ chiếu Lào xếp thứ 93.",
                date="2025-01-10")
    assert got == {F("Lào", "other", 2025, rank=93)}


def test_a_continuation_list_with_each_members_own_place_in_brackets() -> None:
    """"Lào đứng thứ 70, tiếp theo là Nepal (72), Bhutan (75)": the bracketed numbers rise past the place before, so
    they are the members' own places, not the next ones counted on; falling bracketed numbers are points."""
    got = facts("Theo chỉ số ETI 2023, Lào đứng thứ 70, tiếp theo là Nepal (72), Bhutan (75) và Mông Cổ (80).", date="2023-08-01")
    assert got == {F("Lào", "other", 2023, rank=70), F("Nepal", "other", 2023, rank=72),
                   F("Bhutan", "other", 2023, rank=75), F("Mông Cổ", "other", 2023, rank=80)}
    got = facts("Theo chỉ số ETI 2023, xếp thứ nhất là Đan Mạch (79 điểm), sau đó là Phần Lan (77), Na Uy (76).", date="2023-08-01")
    assert {(f[0], f[5]) for f in got if f[5]} == {("Đan Mạch", 1), ("Phần Lan", 2), ("Na Uy", 3)}


def test_standing_above_several_bodies_places_none_of_them() -> None:
    """"đứng trên A, B, C và D" lists bodies below in no order: none of them is next; "trên A" alone is."""
    got = facts("Theo SDG Index 2022, Lào đứng thứ ba trong ASEAN, sau Thái Lan và Việt Nam, và đứng trên Myanmar, "
                "Campuchia và Philippines.", date="2022-08-01")
    assert not any(f[0] in ("Myanmar", "Campuchia", "Philippines") for f in got)
    got = facts("Theo SDG Index 2022, Lào đứng thứ ba, trên Myanmar.", date="2022-08-01")
    assert ("Myanmar", 4) in {(f[0], f[5]) for f in got}


def test_a_second_change_with_its_verb_left_out() -> None:
    """"tăng 20 bậc … so với năm 2015 và 2 bậc so với năm ngoái": the change against the year before is the one; the
    change against an older edition is none."""
    got = facts("Như vậy, Lào đã tăng 20 bậc về chỉ số phát triển bền vững so với năm 2015 và 2 bậc so với năm ngoái.",
                date="2019-08-01")
    assert got == {F("Lào", "other", 2019, change=2)}


def test_bodies_given_as_examples_after_a_leader_get_no_places() -> None:
    """"theo sau là các quốc gia như A, B, C" gives examples of those behind, in no order: no places counted on."""
    got = facts("Theo EF EPI 2019, Hà Lan xếp thứ nhất, theo sau là các quốc gia như Thụy Điển, Na Uy và Đan Mạch.",
                date="2019-11-01")
    assert got == {F("Hà Lan", "other", 2019, rank=1)}


def test_points_written_after_their_label_with_a_decimal_point() -> None:
    """"với điểm số 3.95", "với điểm số là 3.91", "với số điểm khá cao 4,12": the value right after its label (or after
    how high it is), a decimal point read as the decimal comma it stands for."""
    text = ("Theo LPI 2023, Áo giữ vị trí dẫn đầu với số điểm khá cao 4,12. Ba Lan với điểm số 3.95 đã giành vị trí thứ 2. "
            "Séc giành vị trí thứ 3 với điểm số là 3.91.")
    got = facts(text, date="2023-08-01")
    assert {(f[0], f[5], f[8]) for f in got} == {("Áo", 1, 4.12), ("Ba Lan", 2, 3.95), ("Séc", 3, 3.91)}


def test_a_city_in_a_world_list_is_in_no_national_ranking() -> None:
    """"Cần Thơ lọt vào danh sách 50 điểm đến hàng đầu thế giới, xếp hạng 21": a province in a world list, with no
    index named anywhere, is in another ranking, never the DTI by default."""
    got = facts("Cần Thơ lọt vào danh sách 50 điểm đến hàng đầu thế giới, xếp hạng 21.", date="2024-06-15")
    assert {(f[0], f[1], f[5]) for f in got} == {("Cần Thơ", "other", 21)}


def test_a_world_index_named_by_its_acronym_dates_its_edition() -> None:
    """"theo GRDI 2015", "theo TTDI 2019": an index's acronym before a year names its edition."""
    got = facts("Lào đứng thứ 9 trong số 30 thị trường bán lẻ mới nổi hấp dẫn nhất thế giới theo GRDI 2015.",
                date="2024-06-15")
    assert {(f[0], f[4], f[5]) for f in got} == {("Lào", 2015, 9)}


def test_communes_and_towns_of_a_districts_own_ranking() -> None:
    """"… của các xã, thị trấn trên địa bàn huyện: xã A dẫn đầu, thị trấn B đứng thứ hai": a district's own ranking
    of its communes and towns, named by their kind (no gazetteer lists them)."""
    got = facts("Kết quả xếp hạng CCHC năm 2021 của các xã, thị trấn trên địa bàn huyện: xã Ia Dom dẫn đầu, "
                "thị trấn Đăk Hà đứng thứ hai.", date="2022-03-15")
    assert got == {F("UBND xã Ia Dom", "local", 2021, rank=1), F("UBND thị trấn Đăk Hà", "local", 2021, rank=2)}


def test_the_province_naming_its_own_ranking_is_not_ranked_in_it() -> None:
    """"… về chỉ số DDCI Gia Lai 2021 với 80,15 điểm": the province names whose ranking it is; the points are the
    unit's."""
    got = facts("Thành phố Pleiku đứng đầu khối huyện, thị xã, thành phố về chỉ số DDCI Gia Lai 2021 với 80,15 điểm.",
                date="2022-03-15")
    assert got == {F("UBND thành phố Pleiku", "local", 2021, rank=1, score=80.15)}


def test_a_city_in_a_regional_list_is_in_no_national_ranking() -> None:
    got = facts("Hải Phòng đứng thứ 4 trong danh sách 10 thành phố đáng sống nhất Đông Nam Á năm 2019.", date="2019-06-15")
    assert {(f[0], f[1], f[5]) for f in got} == {("Hải Phòng", "other", 4)}


def test_places_of_three_years_each_after_its_own_year() -> None:
    """"Năm 2020, … Kon Tum xếp thứ 45, năm 2019 xếp thứ 50, năm 2018 xếp thứ 55": past the year that opens the next
    clause, later years are later clauses'; the first place keeps the year the sentence opens with."""
    got = facts("Năm 2020, chỉ số PCI của Kon Tum xếp thứ 45, năm 2019 xếp thứ 50, năm 2018 xếp thứ 55.", date="2021-05-15")
    assert got == {F("Kon Tum", "other", 2020, rank=45), F("Kon Tum", "other", 2019, rank=50),
                   F("Kon Tum", "other", 2018, rank=55)}


def test_a_field_of_63_economies_is_countries() -> None:
    """"Lào xếp hạng 60/63 nền kinh tế": a field of 63 is the provinces' only when it names no countries."""
    got = facts("Lào được xếp hạng 60/63 nền kinh tế theo báo cáo của IMD năm 2022.", date="2022-10-15")
    assert got == {F("Lào", "other", 2022, rank=60, total=63)}


def test_a_place_about_what_a_world_report_measures() -> None:
    """"xếp hạng 40 về hạnh phúc", "đứng thứ 30 về thu hút nhân tài": what a world report measures is its topic, not
    an untracked statistic ("về thu hút vốn FDI" stays one)."""
    got = facts("Theo báo cáo năm 2022, Lào xếp hạng 40 về thu hút nhân tài.", date="2022-10-15")
    assert got == {F("Lào", "other", 2022, rank=40)}
    assert facts("Lào đứng thứ 2 về thu hút vốn FDI năm 2022.", date="2022-10-15") == set()


def test_a_headline_restating_the_regional_place_never_outvotes_the_world_one() -> None:
    """A headline "Lào xếp thứ 6 về an ninh lương thực" over a body "đứng thứ 70 trong số 113 nước … và đứng thứ 6 trong
    khu vực Đông Nam Á": the headline's 6 is the regional place restated, not a world place."""
    text = ("Lào xếp thứ 6 về chỉ số an ninh lương thực (Ảnh minh họa)\n"
            "Lào đạt 50,1 điểm, đứng thứ 70 trong số 113 nước trên thế giới và đứng thứ 6 trong khu vực Đông Nam Á về "
            "chỉ số An ninh lương thực toàn cầu (GFSI) năm 2021.")
    got = facts(text, title="Báo cáo an ninh lương thực toàn cầu năm 2021", date="2021-12-17")
    world = {(f[5], f[6]) for f in got if f[0] == "Lào" and f[3] is None and f[5] is not None}
    assert world == {(70, 113)}
    assert ("Đông Nam Á", 6) in {(f[3], f[5]) for f in got}


def test_a_value_labelled_in_a_bracket_after_the_place() -> None:
    """"xếp thứ 30/145 (điểm sức mạnh 0,4512)": the bracket names the value it holds."""
    got = facts("Theo Global Firepower 2024, Lào xếp thứ 30/145 (điểm sức mạnh 0,4512).", date="2024-04-15")
    assert got == {F("Lào", "other", 2024, rank=30, total=145, score=0.4512)}


def test_a_pages_own_dateline_gives_its_month() -> None:
    """A stored page opening "date 2021-06 …" with no date of its own: the dateline is the page's, so an unnamed world
    report's places are that year's edition (from April on), not the year before."""
    text = "date 2021-06 Ảnh: TTXVN\n\nTheo chỉ số chuyển đổi năng lượng của WEF, Lào xếp thứ 60 trong số 115 quốc gia."
    got = facts(text, date=None)
    assert got == {F("Lào", "other", 2021, rank=60, total=115)}


def test_a_counted_group_of_leading_bodies_named_before_it() -> None:
    """"A, B và C là 3 quốc gia hàng đầu thế giới về chuyển đổi năng lượng": a top group of three."""
    got = facts("Theo báo cáo ETI 2019, Đan Mạch, Phần Lan và Áo là 3 quốc gia hàng đầu thế giới về chuyển đổi năng lượng.",
                date="2019-06-15")
    assert got == {F(c, "other", 2019, top=3) for c in ("Đan Mạch", "Phần Lan", "Áo")}


def test_members_of_the_leading_places_named_further_on() -> None:
    """"10 vị trí đầu tiên trong bảng xếp hạng … với sự có mặt của A, B", "mười vị trí đầu bảng có sự góp mặt của A, B":
    the members of the top group, named after it."""
    got = facts("Theo chỉ số SDG 2021, mười vị trí đầu bảng có sự góp mặt của Áo, Séc và Ba Lan.", date="2021-07-15")
    assert got == {F(c, "other", 2021, top=10) for c in ("Áo", "Séc", "Ba Lan")}
    got = facts("Theo chỉ số SDG 2021, 10 vị trí đầu tiên trong bảng xếp hạng cho thấy sự tiến bộ của các nước châu Âu "
                "với sự có mặt của Áo, Séc và Ba Lan.", date="2021-07-15")
    assert got == {F(c, "other", 2021, top=10) for c in ("Áo", "Séc", "Ba Lan")}


def test_a_city_in_a_world_report_is_dated_as_countries_are() -> None:
    """A city in a world list ("top 10 điểm đến hàng đầu châu Á", no edition named) in a September article is in that
    year's report, as a country would be (GUIDELINES §13), not the year before like a province's national places."""
    got = facts("Đà Nẵng lần đầu tiên lọt vào top 10 điểm đến hàng đầu châu Á, xếp thứ 6.", date="2019-09-15")
    assert {(f[0], f[4], f[5]) for f in got if f[5]} == {("Đà Nẵng", 2019, 6)}


def test_how_many_a_report_ranked_is_no_place() -> None:
    """"EIU đã xếp hạng 173 thành phố trên thế giới": the count of cities ranked, not the place of the city before."""
    assert not [c for c in find_cues("eiu đã xếp hạng 173 thành phố trên thế giới với nhiều tiêu chí.") if c.rank]
    assert [c.rank for c in find_cues("hà nội xếp hạng 129 trong số 173 thành phố.") if c.rank] == [129]


def test_a_body_dropped_out_of_a_top_group_is_not_in_it() -> None:
    """"B … đã bị loại khỏi nhóm 10 nước hàng đầu năm nay": outside the group."""
    got = facts("Theo chỉ số thương mại điện tử B2C 2019, Síp đã bị loại khỏi nhóm 10 nước hàng đầu năm nay.",
                date="2019-11-15")
    assert not any(f[7] for f in got)


def test_the_country_a_world_report_calls_the_most_of_what_it_measures_is_first() -> None:
    """"Na Uy là quốc gia hạnh phúc nhất thế giới", "… là quốc gia ít tham nhũng nhất": the report's first place;
    a superlative of a statistic ("nước đông dân nhất") is none."""
    got = facts("Theo Báo cáo Hạnh phúc Thế giới 2017, Na Uy là quốc gia hạnh phúc nhất thế giới.", date="2017-06-15")
    assert got == {F("Na Uy", "other", 2017, rank=1)}
    assert facts("Theo báo cáo năm 2017, Lào là nước đông dân nhất khu vực.", date="2017-06-15") == set()


def test_an_edition_named_in_brackets_of_its_own_dates_the_page() -> None:
    """"(Doing Business 2016)" in a January article: the edition the page reports, for its other places too, not the
    year before that the date alone would give."""
    text = ("Việt Nam tăng 12 bậc về môi trường kinh doanh, xếp thứ 90 trong 189 nền kinh tế. Trong bảng đánh giá tổng thể "
            "về môi trường kinh doanh (Doing Business 2016), Việt Nam xếp thứ 90.")
    got = facts(text, date="2016-01-20")
    assert {f[4] for f in got} == {2016}
    assert F("Việt Nam", "other", 2016, rank=90, total=189, change=12) in got


def test_the_year_of_a_rankings_data_source_is_no_edition() -> None:
    """"… lấy dữ liệu từ báo cáo phát triển con người năm 2012": where the figures come from; an undated page naming
    no edition keeps its places undated."""
    text = ("Tổ chức ABC công bố danh sách quốc gia hạnh phúc nhất, trong đó Việt Nam xếp thứ 5. Về tuổi thọ, tổ chức "
            "này lấy dữ liệu từ báo cáo phát triển con người năm 2012. Các nước trong top 10 còn lại là Panama và Belize.")
    got = facts(text, date=None)
    assert got and {f[4] for f in got} == {None}


def test_a_change_against_last_year_and_a_named_year_in_one_sentence() -> None:
    """"tăng 2 bậc so với năm ngoái và 9 bậc so với năm 2016" on an undated page: the year named is not last year's
    edition, so the one reported is two on (2018), not the one after it."""
    text = ("Chỉ số thịnh vượng Legatum được công bố. Việt Nam đứng thứ 57, tăng hai bậc so với năm ngoái và tăng 9 bậc "
            "so với năm 2016.")
    assert facts(text, date=None) == {F("Việt Nam", "other", 2018, rank=57, change=2)}
    # one sentence each: the year named may well be last year's
    text = ("Chỉ số thịnh vượng Legatum được công bố. Việt Nam tăng 3 điểm so với năm 2017. Về y tế, Việt Nam đứng thứ 40, "
            "tăng một bậc so với năm trước.")
    assert {f[4] for f in facts(text, date=None)} == {2018}
    # the change read after the year named carries its own "so với năm trước": one comparison, not two
    text = ("Chỉ số hài lòng về sự phục vụ hành chính được công bố. Về lĩnh vực chính sách, Chỉ số của thành phố Hà Nội "
            "tăng nhiều nhất so với năm 2019 (tăng 3,2%) và xếp thứ 18/63 tỉnh (tăng 7 bậc so với năm trước).")
    assert {f[4] for f in facts(text, date=None)} == {2020}


def test_the_place_left_in_a_named_year_dates_an_undated_page() -> None:
    """"từ hạng 25 năm 2017 lên hạng 20" and "So với năm 2016, … tiến thêm một bậc": changes against an edition,
    which the undated page's places follow."""
    got = facts("Theo Global Firepower, Thái Lan năm nay có bước tiến từ hạng 25 năm 2017 lên hạng 20. Mỹ đứng đầu.",
                date=None)
    assert F("Mỹ", "other", 2018, rank=1) in got
    got = facts("Theo Global Firepower, so với năm 2016, Việt Nam đã tiến thêm một bậc, lên vị trí 16.", date=None)
    assert {f[4] for f in got} == {2017}


def test_a_global_index_named_in_vietnamese_names_the_edition() -> None:
    """"Chỉ số Tiếp nhận Tiền mã hóa Toàn cầu 2024": a world ranking (no lexicon entry of its own), whose edition dates
    the undated page's places, also after a caption naming last year's edition."""
    text = ("Công ty X vừa công bố báo cáo “Chỉ số Tiếp nhận Tiền mã hóa Toàn cầu 2024”. Việt Nam tụt 2 bậc.\n"
            "Bảng xếp hạng năm 2023. Nguồn: Công ty X\nẤn Độ tiếp tục dẫn đầu bảng xếp hạng.")
    got = facts(text, date=None)
    assert {f[4] for f in got} == {2024}
    assert F("Ấn Độ", "other", 2024, rank=1) in got


def test_holding_the_runner_up_title_is_second_place() -> None:
    """"Đồng Tháp tiếp tục giữ ngôi á quân bảng xếp hạng PCI 2019": the body before the title holds it (the words after
    it name the ranking, no body); "á quân Đồng Tháp" still names it after."""
    assert facts("Với 72,10 điểm, Đồng Tháp tiếp tục giữ ngôi á quân bảng xếp hạng PCI 2019.", date="2020-05-06") == {
        F("Đồng Tháp", "other", 2019, rank=2, score=72.1)
    }
    assert facts("Theo PCI 2019, á quân Đồng Tháp đạt 72,10 điểm.", date="2020-05-06") == {
        F("Đồng Tháp", "other", 2019, rank=2, score=72.1)
    }


def test_a_counted_leading_group_by_what_it_leads_in_listed_in_turn() -> None:
    """"5 nước có sức mạnh quân sự hàng đầu thế giới lần lượt là A, B, …" and "ba vị trí đầu tiên lần lượt thuộc về các
    nước A, B, C": places 1, 2, 3 … in the order named."""
    got = facts("Theo Global Firepower 2017, 4 nước có sức mạnh quân sự hàng đầu thế giới lần lượt là Mỹ, Nga, Trung Quốc "
                "và Ấn Độ.", date="2018-03-01")
    assert got == {F(c, "other", 2017, rank=i) for i, c in enumerate(("Mỹ", "Nga", "Trung Quốc", "Ấn Độ"), 1)}
    got = facts("Theo chỉ số ABC 2017, ba vị trí đầu tiên lần lượt thuộc về các nước Ấn Độ, Mỹ và Pakistan.",
                date="2018-03-01")
    assert got == {F(c, "other", 2017, rank=i) for i, c in enumerate(("Ấn Độ", "Mỹ", "Pakistan"), 1)}


def test_two_bodies_with_two_places_after_with() -> None:
    """"Malaysia và Hàn Quốc bám đuổi nhau sát nút với vị trí 28 và 29": each its place, in order."""
    assert facts("Theo chỉ số GTCI 2017, Malaysia và Hàn Quốc bám đuổi nhau sát nút với vị trí 28 và 29.",
                 date="2018-03-01") == {F("Malaysia", "other", 2017, rank=28), F("Hàn Quốc", "other", 2017, rank=29)}


def test_members_of_a_top_group_with_their_places_in_brackets() -> None:
    """"Các quốc gia châu Á lọt top 30 của GTCI 2017: Singapore (2), Úc (6), …": each member's own place."""
    got = facts("Các quốc gia châu Á lọt top 30 của GTCI 2017: Singapore (2), Úc (6), New Zealand (14) và Nhật Bản (22).",
                date="2018-03-01")
    assert got == {F("Singapore", "other", 2017, rank=2), F("Úc", "other", 2017, rank=6),
                   F("New Zealand", "other", 2017, rank=14), F("Nhật Bản", "other", 2017, rank=22)}


def test_places_written_with_hang_or_bare_beside_their_points() -> None:
    """"Malaysia đứng hàng 18 (79,13 điểm)", "Indonesia đứng 109 (58,12 điểm)": places, as the points beside them
    show ("đứng 2 ngày" stays no place)."""
    got = facts("Theo báo cáo Doing Business 2016, Malaysia đứng hàng 18 (79,13 điểm); Indonesia đứng 109 (58,12 điểm); "
                "Lào đứng 134 (53,77 điểm).", date="2016-11-01")
    assert got == {F("Malaysia", "other", 2016, rank=18, score=79.13), F("Indonesia", "other", 2016, rank=109, score=58.12),
                   F("Lào", "other", 2016, rank=134, score=53.77)}
    assert not any(f[5] for f in facts("Theo PCI 2016, Lào Cai đứng 2 ngày ở hội chợ.", date="2017-03-20"))


def test_bodies_named_before_the_words_that_count_them_on() -> None:
    """"Na Uy đứng đầu danh sách. Úc, New Zealand, Mỹ và Ireland tiếp sau, thuộc top 5.": places 2 to 5."""
    got = facts("Theo báo cáo phát triển con người 2010, Na Uy đứng đầu danh sách. Úc, New Zealand, Mỹ và Ireland tiếp sau, "
                "thuộc top 5.", date="2010-11-05")
    assert got == {F(c, "other", 2010, rank=i) for i, c in enumerate(("Na Uy", "Úc", "New Zealand", "Mỹ", "Ireland"), 1)}


def test_the_country_with_the_best_index_of_a_region_leads_it() -> None:
    """"là quốc gia có chỉ số hạnh phúc nhất châu Á": first in Asia (its world place stays apart)."""
    got = facts("Theo Báo cáo Hạnh phúc Thế giới 2024, Singapore là quốc gia có chỉ số hạnh phúc nhất châu Á.",
                date="2024-03-21")
    assert got == {F("Singapore", "other", 2024, group="châu Á", rank=1)}


def test_bare_brackets_after_a_first_bracket_of_points_are_points() -> None:
    """"xếp trên Cuba (20 điểm), Iran (16), Myanmar (12)": the numbers of a list whose first bracket gives points."""
    got = facts("Theo báo cáo Freedom on the Net 2019, Việt Nam chỉ xếp trên Cuba (20 điểm), Iran (16) và Myanmar (12).",
                date="2019-11-06")
    assert got == {F("Cuba", "other", 2019, score=20.0), F("Iran", "other", 2019, score=16.0),
                   F("Myanmar", "other", 2019, score=12.0)}


def test_a_continent_named_with_a_countrys_word_is_no_country() -> None:
    """"Tại châu Mỹ, Canada là quốc gia ít tham nhũng nhất (đứng thứ 9 trên thế giới), trước Barbados (đứng thứ 15) và
    Mỹ (thứ 19)": "châu Mỹ" is no mention of Mỹ, and the first of a region the contract has no group for is no place."""
    got = facts("Theo chỉ số CPI 2012, tại châu Mỹ, Canada là quốc gia ít tham nhũng nhất (đứng thứ 9 trên thế giới), trước "
                "Barbados (đứng thứ 15) và Mỹ (thứ 19).", date="2012-12-06")
    assert got == {F("Canada", "other", 2012, rank=9), F("Barbados", "other", 2012, rank=15), F("Mỹ", "other", 2012, rank=19)}


def test_how_many_lead_is_no_place() -> None:
    """"A, B và C được xếp hạng là 3 quốc gia hàng đầu": a top 3, not the third place of each."""
    got = facts("Ấn Độ, Nigeria và Việt Nam được xếp hạng là 3 quốc gia hàng đầu về Chỉ số chấp nhận tiền điện tử toàn cầu "
                "năm 2023.", date="2023-09-20")
    assert got == {F(c, "other", 2023, top=3) for c in ("Ấn Độ", "Nigeria", "Việt Nam")}


def test_both_bodies_joined_by_lan_share_a_list_of_places() -> None:
    """"cả Hoa Kỳ lẫn Trung Quốc đều lần lượt bị tụt hạng xuống vị trí thứ 8 và 13": each its place."""
    got = facts("Theo chỉ số Chainalysis 2021, cả Hoa Kỳ lẫn Trung Quốc đều lần lượt bị tụt hạng xuống vị trí thứ 8 và 13.",
                date="2021-10-20")
    assert got == {F("Hoa Kỳ", "other", 2021, rank=8), F("Trung Quốc", "other", 2021, rank=13)}


def test_bodies_counted_on_within_a_top_group_too_far_down_are_not() -> None:
    """"Việt Nam đứng thứ 113. Úc, New Zealand … tiếp sau, thuộc top 5": counting on from 113 contradicts the top 5
    they are said to be in; they keep the top group only."""
    got = facts("Theo báo cáo phát triển con người 2010, Việt Nam đứng thứ 113. Úc, New Zealand và Mỹ tiếp sau, thuộc top 5.",
                date="2010-11-05")
    assert got == {F("Việt Nam", "other", 2010, rank=113)} | {F(c, "other", 2010, top=5) for c in ("Úc", "New Zealand", "Mỹ")}


def test_a_continent_leading_is_no_claim_of_the_country_the_text_is_about() -> None:
    """"Châu Âu tiếp tục dẫn đầu …, tiếp theo là châu Á, châu Mỹ": continents, nobody's place (not the topic's)."""
    text = ("Theo khảo sát Chính phủ điện tử 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71. Châu Âu tiếp tục dẫn đầu về phát "
            "triển Chính phủ điện tử, tiếp theo là châu Á, châu Mỹ và châu Phi.")
    assert facts(text, date="2024-09-20") == {F("Việt Nam", "egdi", 2024, rank=71)}


def test_a_report_title_in_quotes_names_its_edition() -> None:
    """"báo cáo … có tên “Freedom on the Net 2021”": the edition, not the year of the report it compares with."""
    text = ("Trong báo cáo thường niên của Freedom House về tự do internet có tên “Freedom on the Net 2021”, Iceland đứng "
            "đầu với 96 điểm. Việt Nam ghi được 22 điểm, như trong báo cáo năm 2020.")
    got = facts(text, date="2021-09-27")
    assert F("Iceland", "other", 2021, rank=1, score=96.0) in got


def test_this_year_on_another_world_ranking_is_not_an_old_un_survey_year() -> None:
    """"năm nay" in an article on English proficiency that says "quốc gia" often and names 2011 once: the article's
    own edition, not 2011 read as a UN survey it never names."""
    text = ("Mới đây, công ty giáo dục EF đã công bố bảng xếp hạng các quốc gia dựa theo năng lực tiếng Anh (EF EPI). "
            "Theo đó, Việt Nam xếp hạng 34/80 quốc gia khảo sát.\nTheo bảng xếp hạng mới nhất năm nay, Hà Lan xếp thứ nhất "
            "trong danh sách các quốc gia có chỉ số năng lực tiếng Anh tốt.\nTuy nhiên, hồi năm 2011, Việt Nam chỉ xếp thứ "
            "39/44 quốc gia khảo sát.")
    got = facts(text, date="2017-11-16")
    assert F("Hà Lan", "other", 2017, rank=1) in got and not any(f[0] == "Hà Lan" and f[4] == 2011 for f in got)


def test_if_in_a_year_then_in_another_dates_each_place() -> None:
    """"Nếu như năm 2012 … xếp thứ 23 … thì năm 2013 xếp thứ 4": "nếu như" is "if", not "như năm" (as in a year)."""
    got = facts("Nếu như năm 2012 chỉ số cải cách hành chính của Lào Cai xếp thứ 30 trên tổng số 63 tỉnh, thành phố thì "
                "năm 2013 xếp thứ 9.", date="2015-03-01")
    assert got == {F("Lào Cai", "other", 2012, rank=30, total=63), F("Lào Cai", "other", 2013, rank=9)}


def test_the_report_named_after_a_claim_dates_it_over_its_data_year() -> None:
    """"trong năm 2019 …, Cần Thơ vươn lên vị trí thứ 5 … trong báo cáo Chỉ số TMĐT – EBI 2020": the report's edition."""
    got = facts("Trong năm 2019 với 50,2 điểm, Cần Thơ vươn lên vị trí thứ 5 trong bảng xếp hạng của các địa phương trong "
                "báo cáo Chỉ số thương mại điện tử – EBI 2020 do VECOM công bố.", date="2020-06-01")
    assert got == {F("Cần Thơ", "other", 2020, rank=5, score=50.2)}


def test_the_year_of_what_happened_since_dates_no_place() -> None:
    """"…, nơi khủng hoảng kể từ khi … vào năm 2021, đứng cuối bảng trong số 143 quốc gia": the report's year."""
    got = facts("Theo Báo cáo Hạnh phúc Thế giới 2024, Afghanistan, nơi khủng hoảng kéo dài kể từ khi chính quyền thay đổi "
                "vào năm 2021, đứng cuối bảng trong số 143 quốc gia được khảo sát.", date="2024-03-21")
    assert got == {F("Afghanistan", "other", 2024, rank=143, total=143)}


def test_the_safest_and_most_equal_country_is_first() -> None:
    """"là quốc gia an toàn nhất thế giới" (peace index), "bình đẳng nhất" (gender gap): the report's first place."""
    got = facts("Theo chỉ số hòa bình toàn cầu GPI 2020, Iceland một lần nữa là quốc gia an toàn nhất thế giới.",
                date="2020-07-01")
    assert got == {F("Iceland", "other", 2020, rank=1)}


def test_the_last_of_a_list_of_places_may_leave_out_thu() -> None:
    """"Mỹ xếp thứ 18, Trung Quốc xếp thứ 80, Nhật Bản xếp 15.": the last place written without "thứ"."""
    got = facts("Theo báo cáo chỉ số ABC 2016, Mỹ xếp thứ 18, Trung Quốc xếp thứ 80, Nhật Bản xếp 15.", date="2016-11-01")
    assert got == {F("Mỹ", "other", 2016, rank=18), F("Trung Quốc", "other", 2016, rank=80),
                   F("Nhật Bản", "other", 2016, rank=15)}


def test_the_first_of_a_subgroup_keeps_its_world_place_and_its_followers_theirs() -> None:
    """"Còn trong nhóm G7, Đức là quốc gia bình đẳng nhất với vị trí thứ 10 trên bảng xếp hạng toàn cầu, tiếp theo là
    Pháp ở vị trí thứ 15": the first of the G7 is no place of the contract; its world place and Pháp's own stand."""
    got = facts("Theo báo cáo bình đẳng giới 2019, còn trong nhóm các nước công nghiệp phát triển G7, Đức là quốc gia bình "
                "đẳng nhất với vị trí thứ 10 trên bảng xếp hạng toàn cầu, tiếp theo là Pháp ở vị trí thứ 15.",
                date="2019-12-17")
    assert got == {F("Đức", "other", 2019, rank=10), F("Pháp", "other", 2019, rank=15)}


def test_the_place_compared_with_in_a_named_year_dates_an_undated_page() -> None:
    """"tăng 15 bậc so với vị trí thứ 90 mà Việt Nam có được trong năm 2016": the page reports the edition after."""
    got = facts("Theo báo cáo môi trường kinh doanh của WB, Việt Nam xếp thứ 75, tăng 15 bậc so với vị trí thứ 90 mà Việt Nam "
                "có được trong năm 2016.", date=None)
    assert F("Việt Nam", "other", 2017, rank=75, change=15) in got


def test_an_undated_history_of_a_report_is_dated_by_its_latest_change() -> None:
    """An undated page on a report of 2018 with a history ("Năm 2007, … đứng thứ 53", "lần đầu tiên được xếp hạng vào năm
    2007"): the current place, whose change is against 2016, is the 2018 edition's, not the year mentioned most."""
    text = ("Việt Nam đạt 3,27 điểm, xếp hạng 39/160 nước, tăng 25 bậc về thứ hạng và tăng 0,29 điểm so với năm 2016 (năm "
            "2016, Việt Nam đạt 2,98 điểm, xếp hạng 64/160).\n"
            "Kể từ lần đầu tiên được xếp hạng vào năm 2007, chỉ số hiệu quả logistics của Việt Nam đã tiến bộ. Năm 2007, "
            "chỉ số LPI Việt Nam đạt 2,89 điểm, đứng thứ 53.")
    got = facts(text, date=None)
    assert {(f[4], f[5]) for f in got if f[0] == "Việt Nam" and f[5]} == {(2018, 39), (2016, 64), (2007, 53)}


def test_a_world_ranking_updated_through_the_year_is_this_years_in_any_month() -> None:
    """"… chỉ số hộ chiếu Henley được cập nhật vào tháng 3, hộ chiếu Việt Nam tăng 2 bậc so với hồi tháng 1" in a March
    article: this year's list (the April rule is for reports that come out once a year)."""
    got = facts("Theo chỉ số hộ chiếu Henley được cập nhật vào tháng 3, hộ chiếu Việt Nam tăng 2 bậc so với hồi tháng 1, lên "
                "vị trí 84.", date="2026-03-13")
    assert F("Việt Nam", "other", 2026, rank=84, change=2) in got


def test_the_un_named_in_a_health_ranking_is_no_e_government_survey() -> None:
    """A health ranking that quotes the UN for a figure ("theo Liên Hợp Quốc") and never speaks of e-government: its
    places are of that other ranking, not of the UN's e-government survey."""
    text = ("Bảng xếp hạng các quốc gia khỏe mạnh nhất năm 2019 vừa được công bố. Theo Liên Hợp Quốc, tuổi thọ trung bình "
            "toàn cầu tiếp tục tăng. Trong bảng này, Iceland đứng thứ 3, Nhật Bản thứ 4.")
    got = facts(text, date="2019-06-01")
    assert {f[1] for f in got} == {"other"}
    assert F("Iceland", "other", 2019, rank=3) in got


def test_a_city_in_a_travel_list_is_in_no_digital_ranking() -> None:
    """A travel magazine's list of cities, in an article that never speaks of IT or digital transformation: "Hà Nội đứng
    thứ 12" is that list's place, never a DTI one."""
    text = ("Tạp chí du lịch vừa công bố danh sách 40 thành phố đáng đến nhất năm 2024. Đứng ở vị trí thứ 12, Hà Nội được "
            "khen là nơi cổ kính mà sôi động. Đà Nẵng đứng thứ 20 trong danh sách.")
    got = facts(text, date="2024-05-10")
    assert got and {f[1] for f in got} == {"other"}


def test_a_city_abroad_is_no_local_unit() -> None:
    """"thành phố Wellington", "thành phố Davao": cities abroad, never a Vietnamese district-level unit."""
    text = ("Theo bảng xếp hạng thành phố đáng sống năm 2023, thành phố Wellington tăng 30 bậc lên vị trí thứ 20, còn "
            "thành phố Davao xếp thứ 51.")
    got = facts(text, date="2023-06-25")
    assert not any(f[0].startswith("UBND") for f in got)


def test_last_years_edition_named_gives_no_vote_for_this_years() -> None:
    """A September article on a yearly world report: "trong xếp hạng năm ngoái, … đứng thứ 75" is the edition before;
    the places the article reports with no year of their own are this year's edition (the April rule)."""
    text = ("Trong báo cáo năng lực cạnh tranh toàn cầu vừa được công bố, Việt Nam xếp thứ 70, tăng 5 bậc so với năm ngoái. "
            "Trong xếp hạng năm ngoái, Việt Nam đứng ở vị trí thứ 75.")
    got = facts(text, date="2013-09-04")
    assert F("Việt Nam", "other", 2013, rank=70, change=5) in got
    assert F("Việt Nam", "other", 2012, rank=75) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bottom list going on from the last place, each member's place in brackets, one by one downwards
        ("Theo Chỉ số Hòa bình Toàn cầu, Nam Sudan (thứ 140) là nước kém hòa bình nhất, tiếp theo là Yemen (139), "
         "Syria (138) và Iraq (137).", {"Nam Sudan": 140, "Yemen": 139, "Syria": 138, "Iraq": 137}),
        # members after another place counted in the sentence before: their own brackets, one by one upwards
        ("Theo chỉ số rủi ro khí hậu, Nhật Bản đứng đầu, Việt Nam thứ 13. Tiếp theo là các nước, gồm Mali (5), Chad (6), "
         "Niger (7) và Sudan (8).", {"Nhật Bản": 1, "Việt Nam": 13, "Mali": 5, "Chad": 6, "Niger": 7, "Sudan": 8}),
    ],
)
def test_places_in_brackets_running_one_by_one_are_the_members_places(text: str, expected: dict[str, int]) -> None:
    got = facts(text, date="2020-06-10")
    assert {f[0]: f[5] for f in got if f[5] is not None} == expected


def test_an_unchanged_place_against_a_named_year_dates_an_undated_page() -> None:
    """"Thứ hạng này không có gì thay đổi so với năm 2020" on an undated page: no change (0) against 2020, so the page
    reports the 2021 edition."""
    text = ("Theo báo cáo về chất lượng hệ thống y tế của tạp chí CEOWORLD, Việt Nam xếp thứ 66/89 với 35,85 điểm. Thứ hạng "
            "này không có gì thay đổi so với năm 2020. Hàn Quốc xếp thứ nhất với 78,72 điểm.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2021, rank=66, total=89, score=35.85) in got
    assert F("Việt Nam", "other", 2021, change=0) in got
    assert F("Hàn Quốc", "other", 2021, rank=1, score=78.72) in got


def test_the_one_edition_an_undated_page_names_dates_its_places() -> None:
    """An undated page that names its report once with a year ("Chỉ số năm 2017 cho thấy …") and gives places with no
    year of their own: that edition's places; an edition named only as compared with dates nothing."""
    text = ("Na Uy đứng đầu về chỉ số phát triển xã hội với 90,26 điểm, xếp cuối là Cộng hòa Trung Phi (28,38 điểm).\n"
            "Chỉ số năm 2017 cho thấy, quyền cá nhân và sự khoan dung đã bị xói mòn trên toàn thế giới.")
    assert F("Na Uy", "other", 2017, rank=1, score=90.26) in facts(text, date=None)
    text = "Theo báo cáo, Việt Nam xếp thứ 50 trên 175 quốc gia, tăng 50 hạng so với chỉ số năm 2017."
    assert {f[4] for f in facts(text, date=None)} == {None}


def test_a_series_of_places_each_with_its_year_in_brackets() -> None:
    """"với các vị trí 140/170 (2015), 141/168 (2014), 145/165 (2013)": one body's places over the editions."""
    got = facts("Theo chỉ số tự do kinh tế, Việt Nam liên tục ở nhóm cuối với các vị trí 140/170 (2015), 141/168 (2014), "
                "145/165 (2013).", date="2016-01-20")
    assert got == {F("Việt Nam", "other", 2015, rank=140, total=170), F("Việt Nam", "other", 2014, rank=141, total=168),
                   F("Việt Nam", "other", 2013, rank=145, total=165)}


def test_a_place_held_by_the_passports_of_several_countries() -> None:
    """"vị trí số 2 thuộc về hộ chiếu 3 nước A, B và C", "… đứng ở vị trí 70/80, cùng nhóm với A, B và C": every one
    shares the place; "được miễn thị thực tại 140 nước" counts where a passport goes, no field."""
    text = ("Theo chỉ số hộ chiếu năm 2015, vị trí số 2 thuộc về hộ chiếu 3 nước Đức, Canada và Pháp. Vị trí thứ tư thuộc về "
            "hộ chiếu các nước Bỉ, Áo, Na Uy, được miễn thị thực tại 140 nước. Hộ chiếu Việt Nam đứng ở vị trí 70/80, cùng "
            "nhóm với Lào, Mali và Chad.")
    got = facts(text, date="2015-06-10")
    assert got == {F("Đức", "other", 2015, rank=2), F("Canada", "other", 2015, rank=2), F("Pháp", "other", 2015, rank=2),
                   F("Bỉ", "other", 2015, rank=4), F("Áo", "other", 2015, rank=4), F("Na Uy", "other", 2015, rank=4),
                   F("Việt Nam", "other", 2015, rank=70, total=80), F("Lào", "other", 2015, rank=70, total=80),
                   F("Mali", "other", 2015, rank=70, total=80), F("Chad", "other", 2015, rank=70, total=80)}


def test_one_name_for_each_country_whose_short_name_is_a_word() -> None:
    """"Vương quốc Anh", "Anh Quốc" and "Anh" are one country, as "Ý" and "Italia" are: a body's facts are never split
    between two spellings, in the extraction and in the gold it is scored on."""
    from pipeline.evaluate import gold_fact

    got = facts("Theo báo cáo năng lực cạnh tranh năm 2018, Vương quốc Anh thứ 9, Pháp thứ 17 và Ý thứ 31.", date="2018-10-20")
    assert F("Anh", "other", 2018, rank=9) in got and F("Italia", "other", 2018, rank=31) in got
    row = {"entity": "Ý", "entity_type": "country", "index": "other", "year": 2018, "rank": 31}
    assert gold_fact(row).entity == "Italia"
    assert gold_fact({**row, "entity": "Vương quốc Anh"}).entity == "Anh"


def test_names_after_an_order_word_sharing_one_place() -> None:
    """"Theo sau đó là A, B, C cùng đứng ở vị trí thứ 3": the three share the third place, no count goes on; "Theo chỉ số
    năm 2018" (a ranking named by no index's own words, with its year) dates the article's later places."""
    got = facts("Theo chỉ số năm 2018, Mỹ đứng đầu, Đức thứ hai. Theo sau đó là Pháp, Anh, Nhật Bản cùng đứng ở vị trí thứ 3.",
                date="2019-10-10")
    assert got == {F("Mỹ", "other", 2018, rank=1), F("Đức", "other", 2018, rank=2), F("Pháp", "other", 2018, rank=3),
                   F("Anh", "other", 2018, rank=3), F("Nhật Bản", "other", 2018, rank=3)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo chỉ số hộ chiếu năm 2016, trong nhóm 10 cuốn hộ chiếu quyền lực nhất thế giới còn có Bỉ, Đan Mạch và Canada.",
        "Theo chỉ số năm 2016, Bỉ, Đan Mạch và Canada là những cái tên còn lại của Top 10.",
    ],
)
def test_the_rest_of_a_leading_group_named_around_it(sentence: str) -> None:
    """A group of the best by its superlative with its members after "còn có", or members "còn lại của Top 10"."""
    got = facts(sentence, date="2016-10-10")
    assert got == {F("Bỉ", "other", 2016, top=10), F("Đan Mạch", "other", 2016, top=10), F("Canada", "other", 2016, top=10)}


def test_a_group_of_the_worst_by_its_superlative_is_no_leading_group() -> None:
    got = facts("Theo chỉ số năm 2016, trong nhóm 10 nước ô nhiễm nhất thế giới còn có Bỉ, Đan Mạch và Canada.", date="2016-10-10")
    assert not any(f[7] == 10 for f in got)


def test_country_names_as_the_press_misspells_or_anglicises_them() -> None:
    """"Sinhgapore", "New Zeland", "Bắc Triều Tiên", "Burma", "Ả rập Saudi", "Anh quốc": the countries the gazetteer
    knows by other names."""
    text = ("Theo chỉ số năm 2019, Sinhgapore xếp thứ 2, New Zeland thứ 3, Anh quốc thứ 9, Ả rập Saudi thứ 40, Burma thứ 120 "
            "và Bắc Triều Tiên thứ 150.")
    got = {(f[0], f[5]) for f in facts(text, date="2019-10-10")}
    assert got == {("Singapore", 2), ("New Zealand", 3), ("Anh", 9), ("Ả Rập Xê Út", 40), ("Myanmar", 120), ("Triều Tiên", 150)}


def test_a_city_abroad_holds_its_own_place_not_its_country() -> None:
    """"thủ đô Stockholm của Thụy Điển … xuống vị trí 43", "Tokyo (Nhật Bản) đứng thứ 3": the city's place, which the
    contract does not track, never its country's; a Vietnamese city keeps its own."""
    text = ("Theo bảng xếp hạng các thành phố đáng sống năm 2023, thủ đô Stockholm của Thụy Điển giảm 22 bậc xuống vị trí 43, "
            "Tokyo (Nhật Bản) đứng thứ 3, còn Hà Nội thứ 40.")
    assert facts(text, date="2023-07-10") == {F("Hà Nội", "other", 2023, rank=40)}


def test_the_smartest_country_then_the_ones_after_it() -> None:
    """"X là đất nước thông minh nhất thế giới, tiếp sau đó là A, B": the first by the report's measure, then the next
    places counted from it, not from a place said earlier in the article."""
    text = ("Theo bảng xếp hạng năm 2015, Việt Nam xếp thứ 12. Phần Lan là đất nước thông minh nhất thế giới, tiếp sau đó là "
            "Hàn Quốc, Nhật Bản và Canada.")
    got = {(f[0], f[5]) for f in facts(text, date="2015-05-20")}
    assert got == {("Việt Nam", 12), ("Phần Lan", 1), ("Hàn Quốc", 2), ("Nhật Bản", 3), ("Canada", 4)}


def test_names_with_their_place_in_the_field_after_a_first_place() -> None:
    """"Singapore xếp vị trí 1/81; Brunei 42/81; Malaysia 47/81": each name with its place and the field after it."""
    text = "Theo bảng xếp hạng năm 2023, các nước như sau: Singapore xếp vị trí 1/81; Brunei 42/81; Lào 77/81."
    assert facts(text, date="2024-02-20") == {
        F("Singapore", "other", 2023, rank=1, total=81), F("Brunei", "other", 2023, rank=42, total=81),
        F("Lào", "other", 2023, rank=77, total=81),
    }


def test_the_body_ahead_belongs_to_the_nearer_place() -> None:
    """"xếp thứ 34/81 quốc gia, đứng thứ 2 ở khu vực ASEAN sau Singapore": Singapore is first in ASEAN, not 33rd of 81;
    "như sau:" opens a list and names no body ahead."""
    text = "Theo bảng xếp hạng năm 2023, Việt Nam xếp thứ 34/81 quốc gia, đứng thứ 2 ở khu vực ASEAN sau Singapore."
    got = facts(text, date="2024-02-20")
    assert F("Singapore", "other", 2023, group="Đông Nam Á", rank=1) in got
    assert not any(f[0] == "Singapore" and f[3] is None for f in got)
    text = "Theo bảng xếp hạng năm 2023, Việt Nam xếp thứ 31/81 (thứ tự các nước như sau: Singapore 1/81; Brunei 40/81)."
    assert not any(f[0] == "Singapore" and f[5] == 30 for f in facts(text, date="2024-02-20"))


def test_the_body_ahead_with_its_own_place_in_brackets() -> None:
    """"xếp thứ 2 khu vực Tây Nguyên, chỉ sau Đắk Nông (29/63 …)": the body ahead has the place the bracket states."""
    text = ("Chỉ số PGI năm 2024: Gia Lai đứng ở vị trí 30/63, xếp thứ 2 khu vực Tây Nguyên, chỉ sau Đắk Nông "
            "(28/63 với 25,24 điểm).")
    got = {(f[0], f[5], f[6]) for f in facts(text, date="2025-05-20")}
    assert got == {("Gia Lai", 30, 63), ("Đắk Nông", 28, 63)}


def test_a_survey_named_with_its_edition_dates_the_page() -> None:
    """"Đây là kết quả khảo sát PISA Việt Nam năm 2022": the edition reported, whatever the page's own date."""
    text = ("Đây là kết quả khảo sát PISA Việt Nam năm 2022 mà Bộ vừa công bố. Điểm trung bình của học sinh Việt Nam xếp thứ "
            "34/81 quốc gia.")
    assert facts(text, date="2026-02-04") == {F("Việt Nam", "other", 2022, rank=34, total=81)}


def test_dated_links_to_other_articles_are_not_the_page_date() -> None:
    """A title closing with its date in brackets, listed beside a short page, is another article's: the page stays
    undated (no year guessed from it)."""
    text = ("Việt Nam xếp thứ 12 trong số các quốc gia thông minh nhất thế giới.\n"
            "Chủ tịch tiếp xúc cử tri tỉnh Hà Tĩnh (16/05/2015)")
    assert facts(text, date=None) == {F("Việt Nam", "other", None, rank=12)}


def test_a_counted_group_of_the_best_is_a_top_group_not_a_first_place() -> None:
    """"5 quốc gia có nền giáo dục tốt nhất … gồm: A, B, C, D và E": a top group of five, and no first place for any body
    (a provincial site's title saying so gives its own province nothing); "10 nền kinh tế được cải thiện tốt nhất" is
    the most improved, no top group."""
    text = "Theo bảng xếp hạng năm 2017, 5 quốc gia có nền giáo dục tốt nhất gồm: Canada, Anh, Đức, Úc và Pháp."
    assert facts(text, date="2017-06-16") == {F(c, "other", 2017, top=5) for c in ("Canada", "Anh", "Đức", "Úc", "Pháp")}
    page = "Báo Công An Đà Nẵng\n\n5 quốc gia có nền giáo dục tốt nhất\n\n" + text
    assert facts(page, date="2017-06-16") == {F(c, "other", 2017, top=5) for c in ("Canada", "Anh", "Đức", "Úc", "Pháp")}
    text = "Việt Nam được xếp vào danh sách 10 nền kinh tế được cải thiện tốt nhất trong năm 2009."
    assert facts(text, date="2010-06-16") == set()


def test_a_world_report_just_released_in_march_is_this_years_edition() -> None:
    """A page of 20 March that says the report was just released ("vừa công bố") reports that year's edition; without
    those words a March page still reports the year before's."""
    text = "Báo cáo Hạnh phúc Thế giới vừa được công bố. Việt Nam xếp thứ 94 trên 155 quốc gia."
    assert facts(text, date="2017-03-20") == {F("Việt Nam", "other", 2017, rank=94, total=155)}
    text = "Theo Báo cáo Hạnh phúc Thế giới, Việt Nam xếp thứ 94 trên 155 quốc gia."
    assert facts(text, date="2017-03-20") == {F("Việt Nam", "other", 2016, rank=94, total=155)}


def test_a_span_of_places_with_fewer_bodies_is_a_top_group() -> None:
    """"Các nước đứng thứ 2 đến 10 trong top này là: …" with eight names: each is within the first ten, no place of
    its own and never all tied second; as many names as places keep their places in order."""
    names = ("Thụy Sĩ", "New Zealand", "Thụy Điển", "Canada", "Úc", "Hà Lan", "Phần Lan", "Ireland")
    text = "Theo bảng xếp hạng năm 2019, các nước đứng thứ 2 đến 10 trong top này là: " + ", ".join(names) + "."
    assert facts(text, date="2019-06-06") == {F(n, "other", 2019, top=10) for n in names}
    text = "Theo bảng xếp hạng năm 2019, các nước đứng thứ 2 đến 4 là: Thụy Sĩ, New Zealand và Thụy Điển."
    assert {(f[0], f[5]) for f in facts(text, date="2019-06-06")} == {("Thụy Sĩ", 2), ("New Zealand", 3), ("Thụy Điển", 4)}


def test_the_places_after_a_top_group_in_order() -> None:
    """"Ngoài top 3, đứng ở các vị trí tiếp theo trong top 10 lần lượt là A, B, …": the fourth place on."""
    text = ("Theo bảng xếp hạng sức mạnh quân sự năm 2024, ngoài top 3, đứng ở các vị trí tiếp theo trong top 10 lần lượt là "
            "Ấn Độ, Hàn Quốc, Anh và Nhật Bản.")
    got = {(f[0], f[5]) for f in facts(text, date="2024-06-06")}
    assert got == {("Ấn Độ", 4), ("Hàn Quốc", 5), ("Anh", 6), ("Nhật Bản", 7)}


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Việt Nam đứng thứ 3 trên bảng tổng sắp huy chương SEA Games 31, xếp thứ 2 là Thái Lan.",
        "Với tổng số điểm 188, đoàn Việt Nam đứng thứ 9 trên tổng số 113 quốc gia dự kỳ thi Olympic Toán quốc tế năm nay.",
        "Tại ASIAD 19, Việt Nam xếp thứ 21/45 với 3 HCV; Hàn Quốc có vị trí số 3.",
    ],
)
def test_medal_tables_and_olympiad_team_places_are_no_facts(text: str) -> None:
    """Places by counts of medals or by summed marks of a team (GUIDELINES §4, a raw statistic of sport)."""
    assert facts(text, date="2023-10-10") == set()


def test_a_table_of_raw_statistics_gives_no_scores() -> None:
    """A table copied one cell a line under "STT / Quốc gia / GDP (tỷ USD) / Dân số (triệu người)": the amounts are
    statistics, never scores."""
    text = ("Bảng xếp hạng các quốc gia hùng mạnh nhất thế giới năm 2022:\nSTT\nQuốc gia\nGDP (tỷ USD)\nDân số\n(triệu người)\n"
            "1\nMỹ\n23.000\n332\n2\nTrung Quốc\n17.700\n1.410\n3\nNga\n1.780\n143\n")
    assert not any(f[8] is not None for f in facts(text, date="2022-10-10"))


def test_bodies_compared_with_together_have_no_place() -> None:
    """"Việt Nam vượt mặt Indonesia và Thái Lan, đứng top 30": only the subject is in the top 30; "3 vị trí đứng đầu …
    không có gì thay đổi" names no first place for the body said before."""
    text = ("Theo bảng xếp hạng năm 2022, Việt Nam vượt mặt Indonesia và Thái Lan, đứng top 30 quốc gia hùng mạnh nhất thế "
            "giới. 3 vị trí đứng đầu trong bảng xếp hạng không có gì thay đổi so với năm 2021.")
    assert facts(text, date="2022-10-10") == {F("Việt Nam", "other", 2022, top=30)}


def test_a_counted_group_of_the_worst_is_no_top_group() -> None:
    text = ("Theo báo cáo năm 2018, danh sách top 10 quốc gia có điều kiện sống tồi tệ nhất dành cho trẻ em là Niger, Mali "
            "và Chad.")
    assert facts(text, date="2018-06-06") == set()


def test_places_by_counts_of_scientific_papers_are_no_facts() -> None:
    """An article on counts of papers in a citation database ranks by a raw statistic (GUIDELINES §4), in every
    sentence, not only those naming the papers."""
    text = ("Theo Cơ sở dữ liệu khoa học WoS, Malaysia dẫn đầu khu vực ASEAN về nghiên cứu khoa học giai đoạn 2016-2018.\n"
            "Xếp thứ 2 là Singapore, tiếp theo là Thái Lan và Indonesia. Việt Nam xếp thứ 5 trong ASEAN.")
    assert facts(text, date="2019-06-06") == set()


def test_an_article_titled_on_sport_gives_no_facts_in_any_paragraph() -> None:
    """A title on an olympiad or a games: the team's place said in another paragraph is sport too."""
    text = ("Việt Nam trở lại top 10 Olympic Toán quốc tế\n\nCả 6 học sinh đều đoạt giải.\n\n"
            "Với tổng số điểm 188, đoàn Việt Nam đứng thứ 9 trên tổng số 113 quốc gia và vùng lãnh thổ năm nay.")
    assert facts(text, date="2025-07-19") == set()


def test_the_rest_of_a_top_group_in_order_counts_on() -> None:
    """"Những điểm đến còn lại trong top 10 lần lượt là: …" after the first: second, third, …"""
    text = "Serbia đứng đầu bảng xếp hạng năm 2021. Những điểm đến còn lại trong top 10 lần lượt là: Colombia, Đức và Iceland."
    got = {(f[0], f[5], f[7]) for f in facts(text, date="2021-06-06")}
    assert got == {("Serbia", 1, None), ("Colombia", 2, None), ("Đức", 3, None), ("Iceland", 4, None)}


def test_a_continuation_list_keeps_the_places_in_its_brackets() -> None:
    """"Tiếp đó là Hàn Quốc (đứng thứ 6), Nhật Bản (thứ 8)": the places stated, not counted on from the one before."""
    text = "Theo chỉ số năm 2022, Mỹ đứng đầu, Trung Quốc thứ 2. Tiếp đó là Hàn Quốc (đứng thứ 6), Nhật Bản (thứ 8) và Israel (thứ 10)."
    got = {(f[0], f[5]) for f in facts(text, date="2022-10-06")}
    assert got == {("Mỹ", 1), ("Trung Quốc", 2), ("Hàn Quốc", 6), ("Nhật Bản", 8), ("Israel", 10)}


def test_a_top_group_with_its_members_after_a_colon() -> None:
    """"10 quốc gia hàng đầu cho người nước ngoài theo Internations: A, B, C": the members after the colon; not blocks
    named after a colon, nor a group of the worst ("Top 10 nước kém thịnh vượng nhất thế giới: …")."""
    text = "Theo bảng xếp hạng năm 2025, 10 quốc gia hàng đầu cho người nước ngoài theo Internations: Panama, Colombia, Mexico."
    assert facts(text, date="2025-06-06") == {F(c, "other", 2025, top=10) for c in ("Panama", "Colombia", "Mexico")}
    text = "Theo bảng xếp hạng năm 2016, top 10 nước kém thịnh vượng nhất thế giới: Haiti, Chad, Burundi."
    assert facts(text, date="2016-06-06") == set()


def test_a_list_from_a_stated_place_down_to_the_last() -> None:
    """"Các quốc gia đứng cuối danh sách gồm A ở vị trí thứ 66, theo sau đó là B, C và D ở vị trí cuối cùng": the list
    counts on from the place stated down to the last, it does not climb from the bottom."""
    text = ("Trong số 69 quốc gia được xếp hạng năm 2015, các quốc gia đứng cuối danh sách bao gồm Oman ở vị trí thứ 66, "
            "theo sau đó là Peru, Ghana và Qatar ở vị trí cuối cùng.")
    got = {(f[0], f[5]) for f in facts(text, date="2015-06-06")}
    assert got == {("Oman", 66), ("Peru", 67), ("Ghana", 68), ("Qatar", 69)}


def test_a_year_in_the_history_of_the_index_is_no_edition() -> None:
    """"thấp nhất kể từ khi chỉ số được điều chỉnh phương pháp tính năm 2012": the place is in the edition reported."""
    text = ("CPI 2025 cho thấy Đan Mạch dẫn đầu. Mỹ đã tụt một bậc xuống vị trí thứ 29, thấp nhất kể từ khi chỉ số được "
            "điều chỉnh phương pháp tính năm 2012.")
    assert {(f[0], f[4], f[5]) for f in facts(text, date="2026-02-11")} == {("Đan Mạch", 2025, 1), ("Mỹ", 2025, 29)}


def test_the_best_country_first_unless_behind_others() -> None:
    """"Đan Mạch được xếp hạng là quốc gia tốt nhất dành cho phụ nữ, tiếp đó là A, B": first, then the next; "là quốc
    gia tốt nhất để đầu tư sau Ấn Độ và Singapore" is behind them, no first place."""
    text = ("Trong báo cáo Chỉ số phụ nữ, hòa bình và an ninh năm 2023, Đan Mạch được xếp hạng là quốc gia tốt nhất dành cho "
            "phụ nữ, tiếp đó là Thụy Sĩ và Thụy Điển.")
    assert {(f[0], f[5]) for f in facts(text, date="2023-11-11")} == {("Đan Mạch", 1), ("Thụy Sĩ", 2), ("Thụy Điển", 3)}
    text = "Việt Nam được đánh giá là quốc gia tốt nhất để đầu tư trong năm 2016 sau Ấn Độ và Singapore."
    assert facts(text, date="2016-06-21") == set()


def test_a_field_closing_a_sentence_of_places() -> None:
    """"A xếp thứ 79, trên B (84) hay C (81), trong bảng xếp hạng 149 quốc gia": the field is every place's; not when
    the places are a region's."""
    text = ("Theo báo cáo năm 2021, Việt Nam xếp thứ 79, trên Trung Quốc (84) hay một số quốc gia Đông Nam Á như "
            "Malaysia (81), trong bảng xếp hạng 149 quốc gia.")
    got = {(f[0], f[5], f[6]) for f in facts(text, date="2021-03-21")}
    assert got == {("Việt Nam", 79, 149), ("Trung Quốc", 84, 149), ("Malaysia", 81, 149)}
    text = "Theo báo cáo năm 2019, Việt Nam xếp thứ 63 trong bảng xếp hạng gồm 140 quốc gia."
    assert facts(text, date="2019-10-21") == {F("Việt Nam", "other", 2019, rank=63, total=140)}


def test_the_place_left_last_year_and_the_place_reached() -> None:
    """"tăng từ vị trí thứ ba năm ngoái lên vị trí thứ hai": the third place is last year's, the second this year's."""
    text = "Theo chỉ số năm 2025, xếp hạng quyền lực mềm của Trung Quốc đã tăng từ vị trí thứ ba năm ngoái lên vị trí thứ hai."
    assert facts(text, date="2025-03-21") == {F("Trung Quốc", "other", 2024, rank=3), F("Trung Quốc", "other", 2025, rank=2)}


def test_bodies_named_before_a_span_of_as_many_places() -> None:
    """"Vương quốc Anh, Nhật Bản và Đức xếp thứ ba đến thứ năm": each its place in order; fewer bodies, no places."""
    text = "Theo chỉ số năm 2025, Hoa Kỳ đứng đầu, Vương quốc Anh, Nhật Bản và Đức xếp thứ ba đến thứ năm."
    got = {(f[0], f[5]) for f in facts(text, date="2025-03-21")}
    assert got == {("Hoa Kỳ", 1), ("Anh", 3), ("Nhật Bản", 4), ("Đức", 5)}
    text = "Theo chỉ số năm 2025, Nhật Bản và Đức xếp thứ ba đến thứ năm."
    assert facts(text, date="2025-03-21") == set()


def test_the_united_kingdom_named_alone_is_the_country() -> None:
    """"vương quốc Anh" is never the common word "anh", even with no other country beside it."""
    text = "Theo bảng xếp hạng năm 2007, vương quốc Anh từ vị trí số 2 năm ngoái đã tụt dốc xuống hàng thứ 9."
    assert facts(text, date="2007-11-02") == {F("Anh", "other", 2006, rank=2), F("Anh", "other", 2007, rank=9)}


def test_bare_department_names_after_a_plural_kind_and_a_colon() -> None:
    """"xếp hạng thứ 2 và thứ 3 lần lượt là các sở: Ngoại vụ và Sở Tư pháp": the bare name is a department too."""
    text = "Chỉ số CCHC năm 2023 của tỉnh Đồng Nai: xếp hạng thứ 2 và thứ 3 lần lượt là các sở: Ngoại vụ và Sở Tư pháp."
    assert facts(text, date="2024-03-21") == {F("Sở Ngoại vụ", "local", 2023, rank=2), F("Sở Tư pháp", "local", 2023, rank=3)}


def test_number_one_then_the_next_ones() -> None:
    """"Mỹ vẫn là số một, kế đó là Trung Quốc, Nga": first, then counted on from it, not from a place said before."""
    text = "Theo bảng xếp hạng năm 2022, Việt Nam đứng thứ 30. Mỹ vẫn là số một, kế đó là Trung Quốc, Nga."
    got = {(f[0], f[5]) for f in facts(text, date="2022-03-21")}
    assert got == {("Việt Nam", 30), ("Mỹ", 1), ("Trung Quốc", 2), ("Nga", 3)}


def test_countries_after_their_region_and_other_names_of_north_korea() -> None:
    """"các nước Bắc Âu Na Uy, Đan Mạch và Thụy Điển vẫn đứng đầu": the region is no name the first country ends;
    "Bắc Hàn" is North Korea."""
    text = "Theo bảng xếp hạng năm 2022, các nước Bắc Âu Na Uy, Đan Mạch và Thụy Điển vẫn đứng đầu bảng xếp hạng."
    assert facts(text, date="2022-05-21") == {F(c, "other", 2022, top=3) for c in ("Na Uy", "Đan Mạch", "Thụy Điển")}
    assert facts("Theo bảng xếp hạng năm 2022, Bắc Hàn đứng cuối bảng ở vị trí 180.", date="2022-05-21") == {
        F("Triều Tiên", "other", 2022, rank=180)
    }


def test_a_year_before_any_ranking_is_no_edition_of_the_page() -> None:
    """An undated page saying its publisher was founded in 1985 keeps its places (no year), never dropped as a 1985
    edition."""
    text = ("RSF được thành lập vào năm 1985 và công bố chỉ số tự do báo chí hằng năm.\n"
            "Trong chỉ số tự do báo chí, Na Uy xếp thứ nhất và Triều Tiên đứng cuối bảng ở vị trí 180.")
    assert {(f[0], f[4], f[5]) for f in facts(text, date=None)} == {("Na Uy", None, 1), ("Triều Tiên", None, 180)}


@pytest.mark.parametrize(
    "text",
    [
        "Theo bảng xếp hạng năm 2019, ĐHQG TP. Hồ Chí Minh (thứ 2), Trường ĐH Bách khoa Hà Nội ở vị trí thứ 3.",
        "Theo Nature Index năm 2020, đứng đầu bảng xếp hạng này là Trung Quốc, tiếp theo là Na Uy.",
    ],
)
def test_universities_and_paper_counts_are_no_facts(text: str) -> None:
    assert facts(text, date="2020-06-06") == set()


def test_places_spoken_of_with_their_own_places_in_brackets() -> None:
    """"tại Belarus (thứ 167) hay Gruzia (thứ 103)", "Niger (thứ 80), Burkina (thứ 86)": each its bracketed place;
    a single "tại X (xếp hạng N)" stays the place where something happens."""
    text = "Theo chỉ số tự do báo chí năm 2024, tại Belarus (thứ 167) hay Gruzia (thứ 103), việc kiểm duyệt được tăng cường."
    assert facts(text, date="2024-05-21") == {F("Belarus", "other", 2024, rank=167), F("Gruzia", "other", 2024, rank=103)}
    text = "Theo chỉ số tự do báo chí năm 2024, các nước Niger (thứ 80) và Burkina (thứ 86) thắt chặt kiểm soát."
    assert facts(text, date="2024-05-21") == {F("Niger", "other", 2024, rank=80), F("Burkina Faso", "other", 2024, rank=86)}


def test_a_sum_beside_the_index_score_leaves_the_place() -> None:
    """"Đứng thứ 2 là Nga, với mức chi tiêu quân sự đạt 864 tỷ USD, điểm PowerIndex là 0,0714": the place is the
    index's, the sum a detail; a place by a sum alone is no fact."""
    text = "Theo bảng xếp hạng năm 2023, đứng thứ 2 là Nga, với mức chi tiêu quân sự đạt 864 tỷ USD, điểm PowerIndex là 0,0714."
    assert facts(text, date="2023-05-21") == {F("Nga", "other", 2023, rank=2, score=0.0714)}
    text = "Năm 2023, đứng thứ 2 là Nga, với mức chi tiêu quân sự đạt 864 tỷ USD."
    assert facts(text, date="2023-05-21") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Điểm trung bình thi tốt nghiệp THPT năm 2024 của Nam Định đứng đầu cả nước; Ninh Bình xếp thứ hai, Vĩnh Phúc thứ ba.",
        "Chỉ số sản xuất công nghiệp (IIP) năm 2024 của Thanh Hóa tăng 15%, đứng thứ 5 cả nước.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của Hà Nội năm 2023 xếp thứ 2 toàn quốc.",
        "Tỷ lệ tốt nghiệp THPT năm 2023 của Hà Tĩnh đạt 99,5%, xếp thứ 10/63 tỉnh, thành.",
        "Với tốc độ tăng trưởng 10,2%, Hải Phòng xếp thứ 2 cả nước năm 2024 về tăng trưởng kinh tế.",
        "Về điểm thi tốt nghiệp THPT năm 2023, Vĩnh Phúc đứng thứ 3 toàn quốc với điểm trung bình 6,85.",
        "Việt Nam hiện đứng thứ 2 thế giới về xuất khẩu cà phê, chỉ sau Brazil.",
        "Năm 2023, Việt Nam đứng thứ 3 thế giới về sản lượng gạo xuất khẩu với 8,1 triệu tấn.",
        "Việt Nam nằm trong top 10 quốc gia xuất khẩu thủy sản lớn nhất thế giới.",
        "Năm 2023, Việt Nam lần đầu lọt vào top 20 nền kinh tế có kim ngạch thương mại lớn nhất thế giới.",
        "Lượng khách quốc tế đến Việt Nam năm 2019 đạt 18 triệu lượt, đứng thứ 4 Đông Nam Á.",
        "Năm 2022, Hải Phòng có tốc độ tăng trưởng kinh tế đứng thứ 2 cả nước.",
    ],
)
def test_places_by_a_raw_statistic_are_no_facts(text: str) -> None:
    """GUIDELINES §4: growth, money attracted or sold, output, exam marks and pass rates rank by a number counted or
    measured, not by an index: no fact, also in the clauses that go on with the statistic's list, for a value
    that is the statistic's, with the field or the year between the place and what it is "về", for a top group
    described by a statistic and for a body that "có" a statistic placed."""
    assert facts(text, date="2025-03-01") == set()


def test_an_index_named_after_a_statistic_keeps_its_places() -> None:
    text = "Điểm thi của Nam Định đứng đầu cả nước; về chỉ số chuyển đổi số, Ninh Bình xếp thứ hai."
    assert facts(text, date="2025-12-20") == {F("Ninh Bình", "dti", 2024, rank=2)}
    text = "Năm 2023, Việt Nam vào top 50 nền kinh tế có chỉ số đổi mới sáng tạo về xuất khẩu tốt nhất."
    assert facts(text, date="2024-06-01") == {F("Việt Nam", "other", 2023, top=50)}


def test_a_place_in_an_article_that_names_no_ranking_and_no_digital_subject_is_no_fact() -> None:
    """A province or ministry placed with no ranking named is the DTI's only where the article speaks of digital
    transformation, IT or e-government somewhere; in an article that names no ranking (nor a list) at all, which
    ranking it is cannot be told (most often a raw statistic's): no fact. A ranking named makes it 'other'."""
    assert facts("Năm 2024, Hải Phòng xếp thứ 2 cả nước.", date="2025-03-01") == set()
    assert facts("Năm 2024, Bộ Tư pháp xếp thứ 2.", date="2025-03-01") == set()
    assert facts("Theo bảng xếp hạng năm 2024, Hải Phòng xếp thứ 2 cả nước.", date="2025-03-01") == {
        F("Hải Phòng", "other", 2024, rank=2)
    }
    assert facts("Năm 2024, Hải Phòng xếp thứ 2 cả nước.", title="Hải Phòng tăng tốc chuyển đổi số", date="2025-12-20") == {
        F("Hải Phòng", "dti", 2024, rank=2)
    }


def test_an_unnamed_world_edition_by_the_pages_words_and_its_month() -> None:
    """GUIDELINES §13: a world report's unnamed edition is the article's year from April, the year before until
    then; "năm nay" outvotes the month; a page whose only date is the month it opens with is dated by it."""
    text = "Theo bảng xếp hạng thành phố đáng sống của tạp chí Monocle, Singapore đứng thứ 5."
    assert facts(text, date="2017-03-17") == {F("Singapore", "other", 2016, rank=5)}
    assert facts(text.replace("đáng sống", "đáng sống năm nay"), date="2017-03-17") == {F("Singapore", "other", 2017, rank=5)}
    assert facts("date 2017-05 " + text, date=None) == {F("Singapore", "other", 2017, rank=5)}
    assert facts("date 2017-02 " + text, date=None) == {F("Singapore", "other", 2016, rank=5)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Chỉ số hòa bình toàn cầu năm 2024, Lào đứng thứ 52 trong danh sách 163 quốc gia và vùng lãnh thổ.",
         F("Lào", "other", 2024, rank=52, total=163)),
        ("PCI năm 2019 của tỉnh Hà Nam đứng thứ 22 trên tổng 63 tỉnh thành cả nước, với 65,1 điểm.",
         F("Hà Nam", "other", 2019, rank=22, total=63, score=65.1)),
        ("Chỉ số cải cách hành chính năm 2021 của 19 sở, ban, ngành tỉnh được công bố, theo đó: Sở Tư pháp đứng thứ 4.",
         F("Sở Tư pháp", "local", 2021, rank=4, total=19)),
    ],
)
def test_a_field_after_tong_danh_sach_or_cua_is_the_places_total(text: str, expected: tuple) -> None:
    """"trên tổng 63 tỉnh" (no "số"), "trong danh sách 163 quốc gia" and a field framed with "của 19 sở, …" before
    the colon that opens its places give the place its field size."""
    assert facts(text, date="2025-05-01") == {expected}


def test_a_list_of_bare_places_goes_on_past_each_items_value() -> None:
    """"Malaysia xếp 30/150 với 68,2 điểm, Indonesia 55/150 – 60,1 điểm, …": each item's value, after "với" or a dash,
    no longer ends the list of bare places."""
    text = ("Theo bảng xếp hạng năm 2024, Malaysia xếp 30/150 với 68,2 điểm, Indonesia 55/150 – 60,1 điểm, "
            "còn Philippines 71/150 – 57,9 điểm.")
    assert facts(text, date="2025-05-01") == {
        F("Malaysia", "other", 2024, rank=30, total=150, score=68.2),
        F("Indonesia", "other", 2024, rank=55, total=150, score=60.1),
        F("Philippines", "other", 2024, rank=71, total=150, score=57.9),
    }


def test_a_continued_place_keeps_its_own_field_but_not_a_regions() -> None:
    """", thứ 3/18 về hạ tầng nhân lực": a continued place with its field keeps it; "thứ 6/10 nước ASEAN" is the
    region's field, never the world place's."""
    text = ("Báo cáo mức độ ứng dụng công nghệ thông tin năm 2019 của các bộ, ngành đã được công bố. "
            "Về hạ tầng kỹ thuật, Bộ Tài chính xếp thứ 5/18, thứ 3/18 về hạ tầng nhân lực.")
    assert facts(text, date="2020-05-01") == {
        F("Bộ Tài chính", "ict_application", 2019, component="hạ tầng kỹ thuật", rank=5, total=18),
        F("Bộ Tài chính", "ict_application", 2019, component="hạ tầng nhân lực", rank=3, total=18),
    }
    text = "Theo Chỉ số đổi mới sáng tạo toàn cầu năm 2024, Việt Nam đứng thứ 44 toàn cầu và thứ 5/10 nước ASEAN."
    got = facts(text, date="2025-05-01")
    assert F("Việt Nam", "other", 2024, rank=44) in got
    assert not any(f[0] == "Việt Nam" and f[3] is None and f[6] == 10 for f in got)


def test_a_counted_group_that_reached_the_highest_points_is_a_top_group() -> None:
    """"A, B và C là 3 tỉnh đạt điểm tổng hợp cao nhất": the points reached, said with "đạt", make a top group as
    "có điểm … cao nhất" does; "2 trong số 12 tỉnh đạt điểm cao nhất năm 2020 vẫn …" is a share of an earlier group,
    which no body here is placed in by it."""
    text = "Hà Nam, Nam Định và Ninh Bình là 3 tỉnh đạt điểm tổng hợp cao nhất trong Chỉ số PAPI năm 2021."
    assert facts(text, date="2022-05-01") == {F(p, "other", 2021, top=3) for p in ("Hà Nam", "Nam Định", "Ninh Bình")}
    text = "Theo Chỉ số PAPI năm 2021, 2 trong số 12 tỉnh đạt điểm cao nhất năm 2020 vẫn giữ vị trí này là Hà Nam và Nam Định."
    assert not any(f[7] == 12 for f in facts(text, date="2022-05-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2024, Lào xếp hạng 90/133 nền kinh tế, duy trì thứ hạng năm 2023.",
        "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2024, Lào tiếp tục duy trì vị trí thứ 90.",
        "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2024, Lào vẫn giữ vững vị trí thứ 90.",
        "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2024, Lào vẫn ở vị trí thứ 90.",
    ],
)
def test_a_place_kept_from_the_edition_before_is_no_change(text: str) -> None:
    """GUIDELINES §2: "giữ nguyên vị trí" is rank_change 0 when said for the body; so are "duy trì thứ hạng năm
    2023", "tiếp tục duy trì vị trí thứ 90", "vẫn giữ vững vị trí thứ 90" and "vẫn ở vị trí thứ 90"."""
    got = facts(text, date="2024-11-01")
    assert {(f[0], f[5], f[9]) for f in got} == {("Lào", 90, 0)}


def test_a_regions_place_kept_is_no_change_of_the_world_place() -> None:
    text = "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2024, Lào tiếp tục duy trì vị trí thứ 5 trong Đông Nam Á."
    assert not any(f[9] == 0 and f[3] is None for f in facts(text, date="2024-11-01"))


def test_a_place_reached_after_a_verb_of_standing() -> None:
    """"tụt 8 bậc xuống đứng 54": the number after "xuống đứng" / "lên xếp" is the place reached, as after "xuống"."""
    text = "Theo chỉ số đổi mới sáng tạo toàn cầu năm 2021, Lào tụt 9 bậc xuống thứ 38, Campuchia tụt 8 bậc xuống đứng 54."
    assert facts(text, date="2022-05-01") == {
        F("Lào", "other", 2021, rank=38, change=-9), F("Campuchia", "other", 2021, rank=54, change=-8)
    }


def test_an_elided_list_of_ministries_goes_on_past_each_bracketed_value_but_not_from_a_provinces_place() -> None:
    """"tiếp theo là các bộ: Nội vụ (0,8815 điểm), Xây dựng (0,8702 điểm)": each short name after a bracketed value is
    a ministry of the list still, with its score; a list of ministries never counts on from a province's place said
    in the sentence before (the block changed)."""
    text = ("Theo báo cáo mức độ ứng dụng công nghệ thông tin năm 2018, Lâm Đồng xếp thứ chín. Ở khối các bộ, nhóm 5 cơ "
            "quan dẫn đầu là Bộ Tư pháp (0,9011 điểm), tiếp theo là các bộ: Nội vụ (0,8815 điểm), Xây dựng (0,8702 điểm).")
    got = facts(text, date="2019-05-01")
    assert {(f[0], f[8]) for f in got if f[8] is not None} == {
        ("Bộ Tư pháp", 0.9011), ("Bộ Nội vụ", 0.8815), ("Bộ Xây dựng", 0.8702)
    }
    assert not any(f[0] in ("Bộ Nội vụ", "Bộ Xây dựng") and f[5] is not None and f[5] >= 10 for f in got)


def test_places_after_colons_in_a_sentence_of_places() -> None:
    """"… xếp vị trí thấp, như Pháp: 44, Đức: 47, Canada: 65": two bodies or more, each with its place after a colon,
    in a sentence that speaks of places; a sentence of points or of counts gives none."""
    text = "Theo chỉ số này năm 2014, một số nước lại xếp vị trí thấp, như Pháp: 44, Đức: 47, Canada: 65."
    assert facts(text, date="2015-05-01") == {
        F("Pháp", "other", 2014, rank=44), F("Đức", "other", 2014, rank=47), F("Canada", "other", 2014, rank=65)
    }
    assert not any(f[5] for f in facts("Theo chỉ số này năm 2014, điểm số: Pháp: 44, Đức: 47, Canada: 65.", date="2015-05-01"))
    assert not any(f[5] for f in facts("Theo báo cáo năm 2014, số ca mắc: Pháp: 44, Đức: 47, Canada: 65.", date="2015-05-01"))


def test_a_numbered_line_that_lists_several_bodies_places_each_of_them() -> None:
    """"2. Singapore, Hàn Quốc – 189": a numbered row whose name cell lists several bodies is a tie, each in that place."""
    text = ("Theo bảng xếp hạng hộ chiếu năm 2019, hộ chiếu Nhật Bản đứng đầu.\nTop 4 hộ chiếu quyền lực nhất 2019:\n"
            "1. Nhật Bản – 190\n2. Singapore, Hàn Quốc – 189\n3. Pháp, Đức – 188\n4. Đan Mạch, Phần Lan, Thụy Điển – 187")
    ranks = {(f[0], f[5]) for f in facts(text, date="2019-05-01") if f[5] is not None}
    assert ranks == {("Nhật Bản", 1), ("Singapore", 2), ("Hàn Quốc", 2), ("Pháp", 3), ("Đức", 3), ("Đan Mạch", 4),
                     ("Phần Lan", 4), ("Thụy Điển", 4)}


def test_a_count_of_the_indexs_parts_is_no_sub_index() -> None:
    """"Chỉ số PCI được đánh giá trên 10 chỉ số thành phần, tỉnh X xếp thứ 25/63": how many parts the index has, said
    before the place, does not make the place a part's; "ở chỉ số thành phần chi phí thời gian, X xếp thứ 5" still does."""
    text = "Năm 2022, Chỉ số PCI được đánh giá trên 10 chỉ số thành phần, tỉnh Bắc Kạn xếp thứ 25/63."
    assert facts(text, date="2023-11-01") == {F("Bắc Kạn", "other", 2022, rank=25, total=63)}
    text = "Năm 2022, ở chỉ số thành phần chi phí thời gian của PCI, tỉnh Bắc Kạn xếp thứ 5/63."
    assert facts(text, date="2023-11-01") == set()


def test_places_given_respectively_in_a_bracket_after_the_bodies() -> None:
    """"các nước như Israel, Đức (lần lượt xếp thứ 17 và 19)": the bracket's places go to the bodies it follows, in order."""
    text = "Theo Chỉ số đổi mới sáng tạo toàn cầu năm 2024, các nước như Israel, Đức (lần lượt xếp thứ 17 và 19) vẫn dẫn đầu."
    assert {(f[0], f[5]) for f in facts(text, date="2024-11-01")} == {("Israel", 17), ("Đức", 19)}


def test_a_survey_named_with_its_edition_dates_its_places() -> None:
    """"Khảo sát Giá cả toàn cầu 2021 của EIU …, Hà Nội xếp thứ 60": the survey named, then its edition, is the year
    its places are of, as "Báo cáo … 2021" is; "được khảo sát kỳ 2019-2020" names an earlier round, not this one."""
    text = "Theo Khảo sát Giá cả sinh hoạt toàn cầu 2021 của EIU, Hà Nội hiện xếp thứ 60 trong tổng số 150 thành phố."
    assert facts(text, date="2021-03-20") == {F("Hà Nội", "other", 2021, rank=60, total=150)}
    text = ("Năm 2021, Hà Nội xếp thứ 60 trong số 150 thành phố được khảo sát, so với vị trí 70 trong số 140 thành phố "
            "được khảo sát kỳ 2019-2020.")
    assert F("Hà Nội", "other", 2021, rank=60, total=150) in facts(text, date="2021-03-20")


@pytest.mark.parametrize("name", ["PISA", "POBI", "PGI"])
def test_an_index_named_by_its_acronym_then_its_edition(name: str) -> None:
    """"… khảo sát chính thức PISA 2018", "POBI 2020", "PGI 2023": an acronym right before a year names the edition."""
    text = f"Việt Nam xếp thứ 12 trong số 80 quốc gia tham gia đánh giá {name} 2018."
    assert facts(text, date="2019-12-10") == {F("Việt Nam", "other", 2018, rank=12, total=80)}


def test_the_mean_of_an_edition_is_no_bodys_score() -> None:
    """"… cao hơn trung bình xếp hạng năm 2019 là 48 điểm", "chỉ số trung bình về công khai ngân sách tỉnh đạt 61,2
    điểm": means over all bodies, a few words before the value, are nobody's score."""
    text = ("Chỉ số công khai ngân sách năm 2020: Bến Tre đứng đầu.\nKết quả cho thấy, chỉ số trung bình về công khai "
            "ngân sách tỉnh đạt 61,2 điểm trên tổng số 100 điểm, cao hơn trung bình xếp hạng năm 2019 là 48 điểm.")
    assert facts(text, date="2021-07-08") == {F("Bến Tre", "other", 2020, rank=1)}


def test_a_place_improved_against_a_year_dates_an_undated_article() -> None:
    """An undated article that says only "Thứ hạng của Việt Nam được cải thiện đáng kể so với năm 2019" reports the
    edition after the year compared (GUIDELINES §3), as "tăng 5 bậc so với năm 2019" does."""
    text = ("Việt Nam xếp thứ 60/160 quốc gia về chất lượng cuộc sống.\nThứ hạng của Việt Nam được cải thiện đáng kể so "
            "với năm 2019, khi nước ta chỉ đứng thứ 95/170 quốc gia.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2020, rank=60, total=160) in got
    assert F("Việt Nam", "other", 2019, rank=95, total=170) in got


def test_the_country_with_the_best_index_of_many_words_is_first() -> None:
    """"Thụy Sĩ là nước có chỉ số chất lượng cuộc sống tốt nhất thế giới với 97,5 điểm. Tiếp theo là …": the best by
    what a world report measures, however many words name it, is the first place, and the list goes on from it."""
    text = ("Theo bảng xếp hạng chất lượng cuộc sống năm 2022, Thụy Sĩ là nước có chỉ số chất lượng cuộc sống tốt nhất "
            "thế giới với 97,5 điểm. Tiếp theo là Na Uy với 96,1 điểm và Thụy Điển với 95,0 điểm.")
    assert {(f[0], f[5], f[8]) for f in facts(text, date="2022-06-01")} == {
        ("Thụy Sĩ", 1, 97.5), ("Na Uy", 2, 96.1), ("Thụy Điển", 3, 95.0)
    }


def test_an_article_about_exam_results_gives_no_fact() -> None:
    """Provinces ranked by their exam marks ("Điểm trung bình khối A00: Nam Định dẫn đầu") are ranked by a raw statistic
    (GUIDELINES §4): no sentence of such an article is a fact, not even a bare place; the same place in an article about
    an index is one."""
    title = "Điểm thi tốt nghiệp THPT 2024: Nam Định dẫn đầu cả nước"
    text = ("Nam Định tiếp tục đứng đầu cả nước với 7,3 điểm.\nNăm 2023, tỉnh Nam Định với 7,1 điểm xếp thứ 2 toàn quốc về "
            "chỉ số này.\nTrong khi đó, Hà Nội chỉ xếp thứ 23.")
    assert facts(text, date="2024-07-20", title=title) == set()
    assert facts(text, date="2024-07-20", title="Chỉ số PAPI 2024: Nam Định dẫn đầu cả nước")


def test_a_place_in_a_field_ranked_by_a_statistic_is_no_fact() -> None:
    """"giữ vị trí số 1 các quốc gia xuất khẩu gạo lớn nhất", "đứng thứ 4 trong danh sách 10 quốc gia có lượng khách
    quốc tế tăng mạnh nhất": the field after the place is ranked by a statistic; a field of an index keeps its place."""
    assert facts("Năm 2023, Ấn Độ giữ vị trí số 1 các quốc gia xuất khẩu gạo lớn nhất thế giới.", date="2024-01-10") == set()
    text = "Năm 2017, Việt Nam đứng thứ 4 trong danh sách 10 quốc gia có lượng khách quốc tế tăng mạnh nhất."
    assert facts(text, date="2018-01-10") == set()
    text = "Năm 2017, Việt Nam đứng thứ 4 trong danh sách 10 quốc gia có chỉ số hạnh phúc tăng mạnh nhất."
    assert facts(text, date="2018-01-10") == {F("Việt Nam", "other", 2017, rank=4, total=10)}


@pytest.mark.parametrize("city", ["Chiang Mai, Thái Lan", "Seoul-Hàn Quốc", "thủ đô Bangkok của Thái Lan",
                                  "thủ đô Thái Lan", "thành phố Phuket của Thái Lan"])
def test_a_city_abroad_named_with_its_country_gives_the_country_no_place(city: str) -> None:
    """"Chiang Mai, Thái Lan (vị trí 16)", "Seoul-Hàn Quốc (72)": a city abroad is no body of the contract, and its
    place is not its country's; Hà Nội, beside it, keeps its own."""
    text = f"Trong danh sách các thành phố đáng sống năm 2024, Hà Nội ở vị trí 11 và {city} ở vị trí 16."
    assert facts(text, date="2024-11-02") == {F("Hà Nội", "other", 2024, rank=11)}


def test_a_sentence_about_a_city_abroad_is_not_about_the_city_the_text_is_about() -> None:
    """"Vị trí đầu bảng luôn thuộc về Vienna": the sentence names a city abroad, so its first place is not Hà Nội's,
    whom the title is about."""
    text = ("Hà Nội tăng 20 bậc, đứng vị trí 129 trong danh sách thành phố đáng sống nhất thế giới năm 2023.\n"
            "Vị trí đầu bảng luôn thuộc về Vienna nhiều năm qua.")
    assert facts(text, date="2023-06-25", title="Hà Nội tăng 20 bậc xếp hạng thành phố đáng sống") == {
        F("Hà Nội", "other", 2023, rank=129, change=20)
    }


def test_a_bodys_place_unchanged_against_the_year_before_is_change_zero() -> None:
    """"Thứ hạng của Việt Nam không thay đổi so với năm trước, đứng thứ 175": the body named between the place and
    "không thay đổi" kept its place (GUIDELINES §2); its points unchanged are no change of place."""
    text = "Năm 2021, thứ hạng của Việt Nam không thay đổi so với năm trước, đứng thứ 175."
    assert facts(text, date="2021-04-21") == {F("Việt Nam", "other", 2021, rank=175, change=0)}
    text = "Năm 2021, điểm số của Việt Nam không thay đổi so với năm trước, đứng thứ 175."
    assert facts(text, date="2021-04-21") == {F("Việt Nam", "other", 2021, rank=175)}


def test_a_first_place_once_held_is_no_place_now() -> None:
    """"Trung Quốc, nước đã từng đứng đầu bảng xếp hạng, đứng ở vị trí thứ 46": once first, in no year said, is no
    claim; its place now is; "cũng từng đứng đầu năm 2007" is that year's first place."""
    text = "Năm 2022, Trung Quốc, nước đã từng đứng đầu bảng xếp hạng phục hồi, đứng ở vị trí thứ 46."
    assert facts(text, date="2022-03-01") == {F("Trung Quốc", "other", 2022, rank=46)}
    text = "Theo chỉ số phục hồi, Bình Dương cũng từng đứng đầu năm 2007."
    assert F("Bình Dương", "other", 2007, rank=1) in facts(text, date="2013-03-01")


@pytest.mark.parametrize("facility", ["cảng biển Thành phố Hồ Chí Minh", "sân bay Đà Nẵng", "cảng Hải Phòng"])
def test_a_port_or_an_airport_is_ranked_not_its_city(facility: str) -> None:
    """"cảng biển Thành phố Hồ Chí Minh đứng ở vị trí 22", "sân bay Đà Nẵng ở vị trí thứ 94": a port or an airport is
    no body of the contract, and its place is not its city's, nor the place of the city the text is about."""
    text = f"Năm 2024, {facility} đứng ở vị trí 22 trong danh sách, tăng 3 bậc."
    assert facts(text, date="2025-03-01", title="Hà Nội và các thành phố trong bảng xếp hạng năm 2024") == set()


def test_this_years_place_said_in_march_dates_the_world_report_to_this_year() -> None:
    """A world report out in March ("Năm nay, Phần Lan tiếp tục đứng đầu …"): "năm nay" said of a place in the lead
    says the edition of the article's own year is out, so its unnamed places are of that year, not the year before."""
    text = ("Năm nay, Phần Lan tiếp tục đứng đầu bảng xếp hạng hạnh phúc toàn cầu.\nViệt Nam đứng thứ 54 trên danh sách, "
            "Singapore hạng 30.")
    got = {(f[0], f[4], f[5]) for f in facts(text, date="2024-03-21")}
    assert ("Việt Nam", 2024, 54) in got and ("Singapore", 2024, 30) in got


def test_a_body_after_va_with_its_own_place_is_no_member_of_the_place_before() -> None:
    """"xếp vị trí thứ 2 là thành phố Đà Nẵng và Cần Thơ xếp thứ 3": the body after "và" states its own place, so it
    does not share the one the list opened with; "A và B cùng xếp thứ 2" still shares it."""
    text = ("Năm 2023, tỉnh Bắc Ninh tiếp tục dẫn đầu bảng xếp hạng Chỉ số cải cách hành chính; xếp vị trí thứ 2 là thành "
            "phố Đà Nẵng và Cần Thơ xếp thứ 3.")
    assert {(f[0], f[5]) for f in facts(text, date="2024-05-01")} == {("Bắc Ninh", 1), ("Đà Nẵng", 2), ("Cần Thơ", 3)}


def test_a_record_over_many_years_is_no_place_of_the_edition() -> None:
    """"tỉnh Bắc Ninh sau nhiều năm liên tục xếp hạng thứ nhất thì năm 2024 đã tụt xuống vị trí thứ 5": the first
    place over unnamed years is a record, not 2024's; the place it fell to is."""
    text = ("Về Chỉ số cải cách hành chính, tỉnh Bắc Ninh sau nhiều năm liên tục xếp hạng thứ nhất thì năm 2024 đã tụt "
            "xuống vị trí thứ 5 với 90,1 điểm.")
    assert facts(text, date="2025-05-01") == {F("Bắc Ninh", "other", 2024, rank=5, score=90.1)}


def test_a_period_of_data_before_a_named_edition_is_not_the_edition() -> None:
    """"đứng thứ 60/140 quốc gia giai đoạn 2021-2023 …, theo Báo cáo Hạnh phúc Thế giới 2024, tăng 5 bậc": the years
    the data cover are no edition when a named edition stands between them and the move (a span right before its
    move still ends in its last edition: "Từ năm 2016 - 2018, … tăng một bậc")."""
    text = ("Việt Nam đứng thứ 60/140 quốc gia giai đoạn 2021-2023 về chỉ số hạnh phúc, theo Báo cáo Hạnh phúc Thế giới "
            "2024, tăng 5 bậc so với Báo cáo 2023.")
    assert facts(text, date=None) == {F("Việt Nam", "other", 2024, rank=60, total=140, change=5)}


def test_a_place_kept_against_a_year_dates_an_undated_article() -> None:
    """"So với cuộc khảo sát đầu tiên … vào năm 2010 thì thứ hạng này được giữ nguyên": an undated article whose place
    is kept against a year reports the edition after it (GUIDELINES §3), as one that moved against it does."""
    text = ("Theo khảo sát này, Việt Nam ở vị trí thứ 45 trong 60 quốc gia được khảo sát.\nSo với cuộc khảo sát đầu tiên "
            "được tổ chức này tiến hành vào năm 2010 thì thứ hạng này được giữ nguyên.\nTop 3 của bảng xếp hạng gồm Mỹ, "
            "Anh và Đức.")
    got = facts(text, date=None)
    assert F("Việt Nam", "other", 2011, rank=45, total=60) in got
    assert {f[4] for f in got} == {2011}


def test_a_statistics_year_does_not_date_an_undated_ranking() -> None:
    """"… tỷ lệ hộ nghèo đã giảm từ 58% ở năm 1993 xuống còn 10,7% vào năm 2012": the year of a statistic beside a
    report is no edition, so an undated page that names no other year leaves its places undated (GUIDELINES §3)."""
    text = ("Theo bảng xếp hạng này, Việt Nam đứng thứ 5 thế giới về chỉ số hành tinh hạnh phúc.\nBáo cáo mô tả Việt Nam "
            "là quốc gia tiêu biểu khi tỷ lệ hộ nghèo đã giảm từ 58% ở năm 1993 xuống còn 10,7% vào năm 2012.")
    assert facts(text, date=None) == {F("Việt Nam", "other", None, rank=5)}


@pytest.mark.parametrize("city", ["thành phố Thượng Hải (Trung Quốc)", "thành phố Chiang Mai, Thái Lan"])
def test_a_listed_city_abroad_spelled_like_vietnamese_is_no_local_unit_nor_its_country(city: str) -> None:
    """"thành phố Thượng Hải (Trung Quốc) xếp thứ 6": a city abroad whose name reads as Vietnamese syllables (the
    gazetteer lists it, pipeline/gazetteer/cities_abroad.csv) is no local unit "UBND thành phố …", and its place is not
    its country's."""
    assert facts(f"Năm 2020, {city} xếp thứ 6, tăng một bậc.", date="2020-12-01") == set()


def test_the_lowest_of_the_table_is_no_top_group() -> None:
    """"5 quốc gia có chỉ số chi phí sinh hoạt thấp nhất bảng xếp hạng là A, B, …": the bottom of the table is no top
    group ("nhất bảng" after "thấp" is not "đứng nhất bảng")."""
    text = ("Theo bảng xếp hạng chi phí sinh hoạt năm 2020, 5 quốc gia có chỉ số chi phí sinh hoạt thấp nhất bảng xếp hạng "
            "là Pakistan, Ấn Độ, Nepal, Afghanistan và Syria.")
    assert facts(text, date="2020-08-01") == set()


def test_a_territory_qualified_by_its_country_stays_in_the_list() -> None:
    """"tiếp đến là Hong Kong (Trung Quốc), Thụy Sĩ, New Zealand": the territory written with its country in brackets
    is one member, so the list counts on past it (before, the bracket ended the list after its first member)."""
    text = ("Theo báo cáo Tự do kinh tế thế giới năm 2023, vị trí số 1 thuộc về Singapore, tiếp đến là Hong Kong "
            "(Trung Quốc), Thụy Sĩ và New Zealand.")
    assert facts(text, date="2023-09-23") == {
        F("Singapore", "other", 2023, rank=1), F("Hồng Kông", "other", 2023, rank=2),
        F("Thụy Sĩ", "other", 2023, rank=3), F("New Zealand", "other", 2023, rank=4),
    }


def test_a_first_place_named_with_what_it_is_in_before_its_holder() -> None:
    """"Vị trí số 1 về tự do kinh tế hiện nay thuộc về Singapore": the field may be named between the place and
    "thuộc về" in more than five words; the holder still follows it, and the list after it counts on from it."""
    text = ("Trong bảng xếp hạng năm 2023, vị trí số 1 về chỉ số tự do kinh tế hiện nay thuộc về Singapore, tiếp đến "
            "là Thụy Sĩ.")
    assert facts(text, date="2023-09-23") == {F("Singapore", "other", 2023, rank=1), F("Thụy Sĩ", "other", 2023, rank=2)}


def test_the_countrys_leading_city_is_not_the_country() -> None:
    """"đầu tàu kinh tế Việt Nam tăng 7 hạng": the country's leading city named by what it is to the country; the
    place is the city's, never Việt Nam's ("hai trung tâm tài chính Hồng Kông và Singapore" still names the centres)."""
    text = ("Theo chỉ số trung tâm tài chính toàn cầu năm 2025, đầu tàu kinh tế Việt Nam tăng 7 hạng lên thứ 98.\n"
            "Hai trung tâm tài chính Hồng Kông và Singapore giữ hai vị trí đầu bảng.")
    got = facts(text, date="2025-09-30")
    assert not [f for f in got if f[0] == "Việt Nam"]
    assert F("Hồng Kông", "other", 2025, top=2) in got


def test_the_year_a_body_entered_the_list_dates_no_place() -> None:
    """"cao nhất kể từ khi bắt đầu được vào danh sách xếp hạng năm 2022": the year the city entered the ranking is
    what happened since, no edition of its place (GUIDELINES §3)."""
    text = ("Theo chỉ số trung tâm tài chính toàn cầu vừa công bố, TP.HCM đứng thứ 98 trong 119 thành phố, thứ hạng cao "
            "nhất kể từ khi bắt đầu được vào danh sách xếp hạng năm 2022.")
    assert facts(text, date=None) == {F("Hồ Chí Minh", "other", None, rank=98, total=119)}


def test_a_page_opening_on_a_national_teams_place_gives_no_fact() -> None:
    """"Tuyển nữ Việt Nam giữ vững ngôi đầu Đông Nam Á" over "Ngày 7/8, FIFA công bố bảng xếp hạng bóng đá nữ": a
    team's place is no index (GUIDELINES §4) in the whole page, its sentences without a sport word and its numbered
    lines too, when the title or the lead says what it is about."""
    text = ("Tuyển nữ Việt Nam giữ vững ngôi đầu Đông Nam Á\n\nNgày 7/8, FIFA công bố bảng xếp hạng bóng đá nữ mới. "
            "Việt Nam giữ hạng 37 thế giới.\n\nXếp sau Việt Nam trong khu vực là Philippines với hạng 39 thế giới, tăng "
            "2 bậc.\n\nTop 3 thế giới:\n\n1. Tây Ban Nha – 2.094 điểm\n2. Thụy Điển – 2.070 điểm\n3. Mỹ – 2.061 điểm")
    assert facts(text, date="2025-08-08") == set()


def test_a_bulletin_of_sport_and_the_dti_keeps_the_dti() -> None:
    """A news bulletin whose lead is a league table and whose next item is the DTI: the page names an index, so only
    the sport paragraph is silent."""
    text = ("Bản tin tối: CLB Nam Định dẫn đầu V.League, tỉnh tăng 9 bậc chỉ số chuyển đổi số\n\nThể thao: sau vòng 7, "
            "CLB Nam Định tạm dẫn đầu bảng xếp hạng với 16 điểm.\n\nChuyển đổi số: theo kết quả Chỉ số chuyển đổi số "
            "(DTI) năm 2023 vừa được công bố, tỉnh Nam Định xếp thứ 28/63, tăng 9 bậc so với năm 2022.")
    assert facts(text, date="2024-10-30") == {F("Nam Định", "dti", 2023, rank=28, total=63, change=9)}


def test_the_year_of_a_reports_data_is_no_edition() -> None:
    """"… năm 2021 (năm gần đây nhất có dữ liệu toàn diện)": the year the report's data cover, said so in brackets, is
    not the edition; the report of 2023 named before, in an article of September 2023, is."""
    text = ("Mới đây, Viện Fraser đã công bố báo cáo Tự do Kinh tế Thế giới 2023. Theo báo cáo này, Việt Nam xếp thứ 106 "
            "trong chỉ số Tự do Kinh tế Thế giới năm 2021 (năm gần đây nhất có dữ liệu toàn diện), tăng 4 bậc.")
    assert facts(text, date="2023-09-23") == {F("Việt Nam", "other", 2023, rank=106, change=4)}


def test_a_place_left_in_a_year_then_a_few_words_of_the_move_dates_an_undated_page() -> None:
    """"Malaysia … từ vị trí thứ 19 trong năm 2023 đã nhảy vọt lên thứ 10": in an undated article the place left is
    the year before's, so the page reports the edition after it (GUIDELINES §3), with words of the move between."""
    text = ("Ở Đông Nam Á, Malaysia có bước tiến khi từ vị trí thứ 19 trong năm 2023 đã nhảy vọt lên thứ 10 về chỉ số "
            "hòa bình toàn cầu.\nIceland vẫn giữ vị trí quốc gia hòa bình nhất, tiếp theo là Ireland ở vị trí thứ hai.")
    got = facts(text, date=None)
    assert F("Iceland", "other", 2024, rank=1) in got and F("Ireland", "other", 2024, rank=2) in got


def test_an_edition_named_outvotes_the_one_after_a_move_over_years() -> None:
    """An undated page on the GII 2021 that says "Việt Nam từ vị trí 76 năm 2012 vươn lên thứ hạng 44 vào năm nay":
    the move spans editions, so "năm nay" is the edition the page names, not 2013."""
    text = ("Theo kết quả Chỉ số đổi mới sáng tạo toàn cầu (GII) năm 2021, Việt Nam ở vị trí 44/132.\nTrong thập kỷ qua, "
            "Việt Nam từ vị trí 76 năm 2012 vươn lên thứ hạng 44 vào năm nay.")
    got = facts(text, date=None)
    assert not [f for f in got if f[4] == 2013]
    assert F("Việt Nam", "other", 2021, rank=44) in got


def test_a_survey_named_with_its_year_in_five_words_dates_the_page() -> None:
    """"Theo kết quả Khảo sát ngân sách mở toàn cầu năm 2021 … vừa được công bố" in an article of June 2022: the
    survey's edition named by the page outvotes the month rule for world reports (GUIDELINES §13), also for the
    places in the sentences after it that name no year."""
    text = ("Theo kết quả Khảo sát ngân sách mở toàn cầu năm 2021 vừa được công bố, điểm số công khai ngân sách của "
            "Việt Nam được cải thiện.\nViệt Nam hiện xếp thứ 68 trên tổng 120 nước, tăng 9 bậc so với năm 2019.")
    assert facts(text, date="2022-06-01") == {F("Việt Nam", "other", 2021, rank=68, total=120, change=9)}


def test_a_photo_caption_of_a_football_match_does_not_silence_the_page() -> None:
    """A caption ("Người hâm mộ mừng chiến thắng ở giải bóng đá U23 châu Á. Ảnh: Xuân Ngọc. |") opening a page on the
    happiness report says what the photo shows, not what the page is about."""
    text = ("Người hâm mộ mừng chiến thắng ở giải bóng đá U23 châu Á. Ảnh: Xuân Ngọc. |\nTheo Báo cáo Hạnh phúc Thế giới "
            "2018, Việt Nam xếp thứ 95.\nPhần Lan xếp thứ nhất.")
    assert facts(text, date="2018-03-15") == {F("Việt Nam", "other", 2018, rank=95), F("Phần Lan", "other", 2018, rank=1)}


@pytest.mark.parametrize("released", ["được công bố trong tuần này", "công bố hôm nay"])
def test_a_world_report_released_this_week_in_march_is_this_years(released: str) -> None:
    """An article of March on a world report "được công bố trong tuần này" (or "hôm nay"): the edition just out is the
    article's year's, as with "vừa công bố" (GUIDELINES §13: the page's own words outvote the month rule)."""
    text = f"Theo chỉ số trung tâm tài chính toàn cầu {released}, Singapore giữ vị trí thứ tư toàn cầu."
    assert facts(text, date="2025-03-22") == {F("Singapore", "other", 2025, rank=4)}


def test_the_first_round_of_a_years_ranking_dates_an_undated_page() -> None:
    """"Trong kỳ xếp hạng đầu tiên của năm 2025": the first round of a ranking published twice a year names the
    edition of an undated page, and is no first place ("xếp hạng đầu"); "xếp đầu tiên là A" still is one."""
    text = ("Theo chỉ số trung tâm tài chính toàn cầu, TP. Hồ Chí Minh đứng thứ 98 trong 119 thành phố.\nTrong kỳ xếp "
            "hạng đầu tiên của năm 2025, TP. Hồ Chí Minh tăng 25 điểm, đạt 654 điểm.")
    assert facts(text, date=None) == {F("Hồ Chí Minh", "other", 2025, rank=98, total=119),
                                      F("Hồ Chí Minh", "other", 2025, score=654.0)}
    led = facts("Chỉ số cải cách hành chính PAR INDEX 2023 xếp đầu tiên là Quảng Ninh.", date="2024-04-01")
    assert led == {F("Quảng Ninh", "other", 2023, rank=1)}


def test_a_page_opening_on_exam_marks_is_off_the_domain() -> None:
    """A page whose first lines are about exam marks ("… có điểm trung bình thi tốt nghiệp THPT cao nhất cả nước")
    ranks provinces by a raw statistic (GUIDELINES §4), also in its later lines, even when its title does not say so;
    a ranking named as built on exam marks ("bảng xếp hạng chất lượng giáo dục dựa trên điểm thi toán") is one, and an
    index named in the lead keeps the page."""
    lead = "1. vĩnh phúc (7,45 điểm)\nnăm 2024, vĩnh phúc có điểm trung bình thi tốt nghiệp thpt cao nhất cả nước."
    assert _opens_off_domain("", lead)
    assert not _opens_off_domain("", "12 quốc gia đứng đầu bảng xếp hạng chất lượng giáo dục dựa trên điểm thi toán.")
    assert not _opens_off_domain("", lead + "\nvề chỉ số pci, tỉnh xếp thứ 5.")


def test_a_top_group_at_the_bottom_of_the_table_is_no_top_group() -> None:
    """"Top 5 địa phương chót bảng gồm A, B, C": the five at the table's bottom, no top group (GUIDELINES §2)."""
    text = "Theo chỉ số PEPI năm 2021, top 5 địa phương chót bảng gồm Bình Thuận, Bình Phước, Phú Yên, Kiên Giang và Đắk Nông."
    assert facts(text, date="2023-01-19") == set()


def test_a_list_of_bracketed_places_may_hold_a_tie() -> None:
    """"tiếp đến là Malaysia (29), Philippines (59), Indonesia (59) và Thái Lan (65)": places in brackets that rise
    with two sharing one are still each member's own place, not positions counted on from the place before."""
    text = ("Trong báo cáo năm 2024, Singapore đứng ở vị trí thứ 2, tiếp đến là Malaysia (29), Philippines (59), "
            "Indonesia (59) và Thái Lan (65).")
    assert facts(text, date="2024-09-20") == {
        F("Singapore", "other", 2024, rank=2), F("Malaysia", "other", 2024, rank=29),
        F("Philippines", "other", 2024, rank=59), F("Indonesia", "other", 2024, rank=59),
        F("Thái Lan", "other", 2024, rank=65),
    }


def test_a_place_opening_the_sentence_before_its_holder() -> None:
    """"Ở vị trí thứ 12, Việt Nam đã đạt …": the place opens the sentence and its holder follows the comma."""
    text = "Theo bảng xếp hạng chất lượng sống năm 2024, Singapore dẫn đầu.\nỞ vị trí thứ 12, Việt Nam đã đạt nhiều kết quả."
    assert facts(text, date="2024-05-01") == {F("Singapore", "other", 2024, rank=1), F("Việt Nam", "other", 2024, rank=12)}


def test_a_numbered_list_of_ties_run_together_on_one_line() -> None:
    """"1. A, B (193 điểm đến)2. C (190)3. D, E (189)": a numbered list whose line breaks were lost is read item by
    item, each item's members sharing its place; an unknown name among them ("CH Czech" is Séc, "Xứ Sở" is no body)
    and "Anh" beside other countries keep the tie."""
    text = ("Bảng xếp hạng hộ chiếu quyền lực nhất thế giới năm 2022\n"
            "1. Nhật Bản, Singapore (193 điểm đến)2. Đức, Hàn Quốc (190)3. Bỉ, Xứ Sở, Anh, Mỹ (189)"
            "4. Canada, CH Czech, Malta (185)")
    assert facts(text, date="2022-07-20") == {
        F("Nhật Bản", "other", 2022, rank=1), F("Singapore", "other", 2022, rank=1),
        F("Đức", "other", 2022, rank=2), F("Hàn Quốc", "other", 2022, rank=2),
        F("Bỉ", "other", 2022, rank=3), F("Anh", "other", 2022, rank=3), F("Mỹ", "other", 2022, rank=3),
        F("Canada", "other", 2022, rank=4), F("Séc", "other", 2022, rank=4), F("Malta", "other", 2022, rank=4),
    }


def test_a_passport_index_counts_destinations_not_points() -> None:
    """On a passport index's page the "điểm" of each passport count the destinations it opens without a visa
    ("thứ hạng 86 với số điểm 49", "Thái Lan thứ 65 (79 điểm)"): places, no scores. A comparison with a quarter's
    reading ("so với vị trí 90 trong quý 4/2025") tells a ranking updated through the year, so a January page's
    places are of its own year; items numbered with no space after the dot ("1.Singapore") are a list."""
    text = ("Hộ chiếu Việt Nam được miễn thị thực tại 49 điểm đến.\n"
            "Ở khu vực Đông Nam Á, hộ chiếu Việt Nam thứ hạng 86 với số điểm 49, Thái Lan thứ 60 (79 điểm). "
            "Với vị trí 86, hộ chiếu Việt Nam tăng hạng so với vị trí 90 trong quý 4/2025.\n"
            "Danh sách:\n1.Singapore (192 điểm đến)\n2.Nhật Bản, Hàn Quốc (188)\n3.Áo, Bỉ (186)")
    assert facts(text, date="2026-01-14") == {
        F("Việt Nam", "other", 2026, rank=86), F("Thái Lan", "other", 2026, rank=60),
        F("Singapore", "other", 2026, rank=1), F("Nhật Bản", "other", 2026, rank=2), F("Hàn Quốc", "other", 2026, rank=2),
        F("Áo", "other", 2026, rank=3), F("Bỉ", "other", 2026, rank=3),
    }


def test_a_numbered_list_counted_down_to_the_first_place() -> None:
    """"5. A - Điểm: 1.689 … 1. E - Điểm: 1.096": a list counted down to its first place gives each row its number as
    its place, and a row whose name no gazetteer knows ("3. Aurtralia") keeps its place without breaking the list."""
    text = ("Chỉ số Hòa bình toàn cầu năm 2018: danh sách 5 quốc gia an toàn nhất thế giới.\n"
            "5. Latvia - Điểm: 1.689\n4. Chile - Điểm: 1.649\n3. Aurtralia - Điểm: 1.435\n"
            "2. New Zealand - Điểm: 1.192\n1. Iceland - Điểm: 1.096")
    assert facts(text, date="2018-06-10") == {
        F("Latvia", "other", 2018, rank=5, score=1.689), F("Chile", "other", 2018, rank=4, score=1.649),
        F("New Zealand", "other", 2018, rank=2, score=1.192), F("Iceland", "other", 2018, rank=1, score=1.096),
    }


def test_places_from_the_second_on_after_the_first_and_bare_places_in_a_list() -> None:
    """"Sau Singapore, A, B và C lần lượt giữ các vị trí từ thứ 2 đến thứ 4": the body named after "Sau" is the one
    the span follows, not one of its holders; "Indonesia vị trí 109, Campuchia xếp 127": a bare number after "xếp"
    goes on a list of places whatever wording the place before had."""
    text = ("Theo báo cáo Môi trường kinh doanh năm 2016, Singapore đứng đầu. Sau Singapore, New Zealand, Đan Mạch và "
            "Hàn Quốc lần lượt giữ các vị trí từ thứ 2 đến thứ 4. Tại Đông Nam Á, Indonesia vị trí 109, Campuchia xếp 127.")
    assert facts(text, date="2016-10-28") == {
        F("Singapore", "other", 2016, rank=1), F("New Zealand", "other", 2016, rank=2),
        F("Đan Mạch", "other", 2016, rank=3), F("Hàn Quốc", "other", 2016, rank=4),
        F("Indonesia", "other", 2016, rank=109), F("Campuchia", "other", 2016, rank=127),
    }


def test_a_counted_leading_group_in_order_with_fewer_names_and_first_written_xep_nhat() -> None:
    """"10 nước đứng đầu lần lượt là A, B, C, D": "lần lượt" orders the names from the top even when fewer are named
    than counted (GUIDELINES: "lần lượt là" counts on); "X xếp nhất, theo sau là Y, Z": "xếp nhất" is the first place."""
    text = ("Theo xếp hạng năm 2019 về các nước an toàn nhất, 10 nước đứng đầu lần lượt là Thụy Sĩ, Phần Lan, "
            "Bồ Đào Nha và Áo.\nTheo bảng xếp hạng các nước giàu nhất năm 2019, Qatar xếp nhất, theo sau là Macao "
            "và Luxembourg.")
    assert facts(text, date="2019-04-02") == {
        F("Thụy Sĩ", "other", 2019, rank=1), F("Phần Lan", "other", 2019, rank=2),
        F("Bồ Đào Nha", "other", 2019, rank=3), F("Áo", "other", 2019, rank=4),
        F("Qatar", "other", 2019, rank=1), F("Macao", "other", 2019, rank=2), F("Luxembourg", "other", 2019, rank=3),
    }


def test_the_body_behind_a_list_holds_the_place() -> None:
    """"Việt Nam xếp sau A, B và C và nằm ở vị trí thứ 34": the bodies after "xếp sau" rank ahead of it; the place
    is the one body's that stands behind them."""
    text = ("Theo khảo sát Expat Insider năm 2023, tại châu Á, Việt Nam xếp sau Đài Loan (Trung Quốc), Singapore, "
            "Bahrain và Nhật Bản và nằm ở vị trí thứ 34 thế giới về chỉ số này.")
    assert facts(text, date="2023-07-10") == {F("Việt Nam", "other", 2023, rank=34)}


def test_a_place_lower_or_higher_than_an_edition_by_so_many_places() -> None:
    """"Vị trí này thấp hơn 7 bậc so với năm 2022": the place fell 7 against the edition named; "cao hơn 3 bậc so
    với năm 2022" rose 3. Higher or lower than another body ("cao hơn 3 bậc so với Thái Lan") is no change."""
    text = ("Theo khảo sát năm 2023, Việt Nam đứng thứ 14 trong danh sách 53 quốc gia. Vị trí này thấp hơn 7 bậc so với "
            "năm 2022. Malaysia đứng thứ 5, cao hơn 3 bậc so với năm 2022 và cao hơn 2 bậc so với Thái Lan.")
    assert facts(text, date="2023-07-10") == {
        F("Việt Nam", "other", 2023, rank=14, total=53), F("Việt Nam", "other", 2023, change=-7),
        F("Malaysia", "other", 2023, rank=5, change=3),
    }


def test_a_shared_place_with_its_partners_named_after() -> None:
    """"Singapore chia sẻ vị trí đầu bảng với A, B và C": the place is shared with those after "với"; "Nhóm xếp thứ
    ba gồm nhiều quốc gia châu Âu như D, E" and "Nhóm xếp thứ tư gồm F, G": the members of a group's place follow."""
    text = ("Theo Chỉ số Hộ chiếu Henley năm 2024, Singapore chia sẻ vị trí đầu bảng với Nhật Bản, Đức và Pháp. "
            "Nhóm xếp thứ ba gồm nhiều quốc gia châu Âu như Phần Lan, Ireland và Đan Mạch. Nhóm xếp thứ tư gồm Áo, Bỉ.")
    assert facts(text, date="2024-07-23") == {
        F("Singapore", "other", 2024, rank=1), F("Nhật Bản", "other", 2024, rank=1), F("Đức", "other", 2024, rank=1),
        F("Pháp", "other", 2024, rank=1), F("Phần Lan", "other", 2024, rank=3), F("Ireland", "other", 2024, rank=3),
        F("Đan Mạch", "other", 2024, rank=3), F("Áo", "other", 2024, rank=4), F("Bỉ", "other", 2024, rank=4),
    }


def test_a_numbered_row_whose_bracket_counts_something_in_words() -> None:
    """"1. Pháp, Đức, Ý (194 nước/vùng lãnh thổ)": a bracketed count with a few words after it is the row's value
    cell, so the row keeps its place among the others; it is no score."""
    text = ("Top 10 hộ chiếu quyền lực nhất năm 2024\n1. Pháp, Đức, Ý (194 nước/vùng lãnh thổ)\n"
            "2. Phần Lan, Hàn Quốc (193)\n3. Áo, Đan Mạch (192)")
    assert facts(text, date="2024-02-01") == {
        F("Pháp", "other", 2024, rank=1), F("Đức", "other", 2024, rank=1), F("Italia", "other", 2024, rank=1),
        F("Phần Lan", "other", 2024, rank=2), F("Hàn Quốc", "other", 2024, rank=2),
        F("Áo", "other", 2024, rank=3), F("Đan Mạch", "other", 2024, rank=3),
    }


def test_a_ranking_of_nation_brands_is_measured_in_money() -> None:
    """On a page about nations' brand values (Brand Finance) a sum of money beside a place is the ranking's own
    measure: "Nhật Bản xếp thứ 3 với giá trị đạt 4.021 tỷ USD" is a place, and a list after it counts on from it.
    Elsewhere such a sum still marks a ranking by a raw statistic (GUIDELINES §4)."""
    text = ("Brand Finance công bố giá trị thương hiệu quốc gia năm 2017.\nNhật Bản xếp thứ 3 với giá trị quốc gia đạt "
            "4.021 tỷ USD. Tiếp theo đó là các nước Anh, Pháp.")
    assert facts(text, date="2017-10-10") == {
        F("Nhật Bản", "other", 2017, rank=3), F("Anh", "other", 2017, rank=4), F("Pháp", "other", 2017, rank=5),
    }
    assert facts("Năm 2017, Nhật Bản xếp thứ 3 với kim ngạch đạt 4.021 tỷ USD.", date="2017-10-10") == set()


def test_a_quarter_written_with_a_dot_dates_an_undated_page() -> None:
    """"Chỉ số niềm tin tiêu dùng … trong quý 3.2015": a quarter and its year joined by a dot date the reading."""
    text = "Chỉ số niềm tin tiêu dùng của Nielsen trong quý 3.2015.\nNTD của Philippines đạt 117 điểm và ở vị trí thứ 3 trên toàn cầu."
    assert facts(text, date=None) == {F("Philippines", "other", 2015, rank=3, score=117.0)}


def test_members_of_a_top_group_after_su_gop_mat_and_places_kept_in_turn() -> None:
    """"Top 10 … còn có sự góp mặt của A, B": the members follow "sự góp mặt của" even after "còn có"; "A, B và C
    vẫn lần lượt giữ nguyên ba vị trí tương ứng thứ nhất, nhì và ba": each its place, kept (GUIDELINES: a change of 0
    only where the text says it of that body)."""
    text = ("Theo Báo cáo Năng lực cạnh tranh toàn cầu 2016, Thụy Sỹ, Singapore và Mỹ vẫn lần lượt giữ nguyên ba vị trí "
            "tương ứng thứ nhất, nhì và ba. Top 10 của xếp hạng còn có sự góp mặt của Thụy Điển, Nhật Bản.")
    assert facts(text, date="2016-09-28") == {
        F("Thụy Sĩ", "other", 2016, rank=1, change=0), F("Singapore", "other", 2016, rank=2, change=0),
        F("Mỹ", "other", 2016, rank=3, change=0), F("Thụy Điển", "other", 2016, top=10),
        F("Nhật Bản", "other", 2016, top=10),
    }


def test_a_score_written_out_of_its_range_after_its_label() -> None:
    """"với điểm số 4,31/7": a score out of the index's whole range, after its label, ending the sentence."""
    text = "Theo Báo cáo Năng lực cạnh tranh toàn cầu 2016, Việt Nam đứng ở vị trí 60, với điểm số 4,31/7."
    assert facts(text, date="2016-09-28") == {F("Việt Nam", "other", 2016, rank=60, score=4.31)}


def test_a_list_counted_down_one_by_one_between_gallery_captions() -> None:
    """"20. Latvia - Điểm số: 79,59 / … ảnh 2 / 19. Úc - …": rows numbered down one by one are places even when the
    list is cut before its top, and a gallery caption between two rows ("… trên thế giới ảnh 2") breaks nothing."""
    text = ("Theo Báo cáo Môi trường kinh doanh 2019, dưới đây là những nơi có môi trường kinh doanh tốt nhất thế giới.\n"
            "Những nơi tốt nhất trên thế giới ảnh 1\n20. Latvia - Điểm số: 79,59\nNhững nơi tốt nhất trên thế giới ảnh 2\n"
            "19. Australia - Điểm số: 80,13\nNhững nơi tốt nhất trên thế giới ảnh 3\n18. Phần Lan - Điểm số: 80,35")
    assert facts(text, date="2018-11-01") == {
        F("Latvia", "other", 2018, rank=20, score=79.59), F("Úc", "other", 2018, rank=19, score=80.13),
        F("Phần Lan", "other", 2018, rank=18, score=80.35),
    }


def test_a_place_reached_after_points_gained() -> None:
    """"Việt Nam tăng 10 điểm so với năm ngoái để xếp thứ 67/137": the points gained, then the place they led to (a
    result, not a purpose); "phấn đấu để xếp thứ 50" stays a target."""
    assert facts("Năm 2019, Việt Nam tăng 10 điểm so với năm ngoái để xếp thứ 67/137 quốc gia.", date="2019-10-10") == {
        F("Việt Nam", "other", 2019, rank=67, total=137)
    }
    assert facts("Năm 2019, Việt Nam phấn đấu để xếp thứ 50/137 quốc gia.", date="2019-10-10") == set()


def test_points_in_turn_after_their_label_are_no_places() -> None:
    """"A và B được xếp ở thứ hạng cao nhất … với điểm số lần lượt là 89 và 88.": whole numbers after "điểm số lần
    lượt là" are the bodies' points, in turn (and "ở thứ hạng cao nhất" leads, each in order), never places 89 and 88;
    "không ở thứ hạng cao nhất" leads nothing."""
    text = ("Theo chỉ số CPI năm 2017, New Zealand và Đan Mạch được xếp ở thứ hạng cao nhất trên bảng xếp hạng với "
            "điểm số lần lượt là 89 và 88.")
    assert facts(text, date="2018-02-23") == {
        F("New Zealand", "other", 2017, rank=1, score=89.0), F("Đan Mạch", "other", 2017, rank=2, score=88.0),
    }
    assert facts("Theo chỉ số PCI năm 2011, Bình Dương không ở thứ hạng cao nhất.", date="2012-03-01") == set()


def test_a_counted_group_named_by_its_superlative_with_members_after() -> None:
    """"10 nền kinh tế có sức cạnh tranh về nhân tài nhất trên toàn cầu lần lượt là: A, B …": a counted group by its
    superlative, in order from the top; without "lần lượt" ("5 quốc gia hạnh phúc nhất là A, B") a top group; the
    worst ("5 quốc gia kém hạnh phúc nhất là …") and a statistic's largest ("đông dân nhất") are none."""
    ordered = ("Theo bảng xếp hạng nhân tài thế giới năm 2023, 10 nền kinh tế có sức cạnh tranh về nhân tài nhất trên toàn "
               "cầu lần lượt là: Thụy Sĩ, Singapore, Luxembourg.")
    assert facts(ordered, date="2023-09-20") == {
        F("Thụy Sĩ", "other", 2023, rank=1), F("Singapore", "other", 2023, rank=2), F("Luxembourg", "other", 2023, rank=3),
    }
    group = "Theo báo cáo hạnh phúc năm 2023, 5 quốc gia hạnh phúc nhất là Phần Lan, Đan Mạch."
    assert facts(group, date="2023-03-20") == {F("Phần Lan", "other", 2023, top=5), F("Đan Mạch", "other", 2023, top=5)}
    for text in ("Theo báo cáo năm 2023, 5 quốc gia kém hạnh phúc nhất là Afghanistan, Liban.",
                 "Theo báo cáo năm 2023, 5 quốc gia đông dân nhất là Ấn Độ, Trung Quốc."):
        assert facts(text, date="2023-03-20") == set()


def test_the_place_of_the_body_that_lost_to_another() -> None:
    """"Thụy Sĩ đánh mất vị trí thứ hai về tay Hong Kong và tụt xuống thứ tư": the body the place went to ("về tay")
    is not the one that fell; the place lost is nobody's now."""
    text = "Theo bảng xếp hạng IMD năm 2015, Mỹ dẫn đầu. Thụy Sĩ đánh mất vị trí thứ hai về tay Hong Kong và tụt xuống thứ tư."
    assert facts(text, date="2015-05-28") == {F("Mỹ", "other", 2015, rank=1), F("Thụy Sĩ", "other", 2015, rank=4)}


def test_attractive_to_investors_is_no_lead() -> None:
    """"sự hấp dẫn đầu tư của họ": "hấp dẫn" (attractive) before "đầu tư" (investment) holds the letters of "dẫn
    đầu" and leads nothing."""
    text = "Theo bảng xếp hạng năm 2020, việc phản ứng trước đại dịch giúp xác định sự hấp dẫn đầu tư của họ."
    assert facts(text, title="Việt Nam vào top 9 quốc gia an toàn nhất", date="2020-06-10") == {
        F("Việt Nam", "other", 2020, top=9)
    }


def test_a_months_reading_compared_with_and_a_place_given_up_to_a_named_body() -> None:
    """"tăng 2 bậc so với xếp hạng hồi tháng 1": a ranking read month by month, so a March page's places are of its
    own year; "Mỹ nhường vị trí đầu bảng vào tay Đặc khu hành chính Hong Kong, và yên vị ở vị trí thứ 3": the place
    after is the one that gave up the first, not the body it went to."""
    moved = ("Theo Henley Passport Index ngày 9/3, hộ chiếu Việt Nam xếp thứ 84 trên toàn cầu. Như vậy, thứ hạng này "
             "tăng 2 bậc so với xếp hạng hồi tháng 1.")
    assert facts(moved, date="2026-03-13") == {F("Việt Nam", "other", 2026, rank=84), F("Việt Nam", "other", 2026, change=2)}
    gave_up = ("Theo IMD năm 2016, Mỹ đã buộc phải nhường vị trí đầu bảng vào tay Đặc khu hành chính Hong Kong (Trung "
               "Quốc), và yên vị ở vị trí thứ 3.")
    assert facts(gave_up, date="2016-06-01") == {F("Mỹ", "other", 2016, rank=3)}


def test_an_edition_named_phien_ban_or_an_ban() -> None:
    """"10 quốc gia tốt nhất thế giới (Phiên bản 2024)", "Theo ấn bản 2026 của Chỉ số …": the edition of the list."""
    text = "Công bố 10 quốc gia tốt nhất thế giới ( Phiên bản 2024 ) , Thụy Sĩ một lần nữa đứng đầu bảng xếp hạng."
    assert facts(text, date=None) == {F("Thụy Sĩ", "other", 2024, rank=1)}
    text = "Theo ấn bản 2026 của Chỉ số thị trường mới nổi Agility, Philippines vươn lên hạng 21 trong số 50 thị trường."
    assert facts(text, date=None) == {F("Philippines", "other", 2026, rank=21)}
