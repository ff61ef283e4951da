"""Text preparation and number reading: normal form, offsets back to the original, sentences, numbers."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.numbers import parse_fraction, parse_int, parse_number
from pipeline.patterns import find_cues
from pipeline.text import prepare_text, split_sentences


def test_both_tone_placements_normalise_to_one_spelling() -> None:
    old = prepare_text("Khánh Hoà và Thanh Hoá, thuỷ lợi").text
    new = prepare_text("Khánh Hòa và Thanh Hóa, thủy lợi").text
    assert old == new


def test_nfd_input_becomes_nfc_and_offsets_point_into_the_original() -> None:
    original = unicodedata.normalize("NFD", "Đà Nẵng  xếp thứ 2")
    prepared = prepare_text(original)
    assert prepared.text == "Đà Nẵng xếp thứ 2"
    start = prepared.text.index("xếp")
    o_start, o_end = prepared.to_original(start, start + 3)
    assert unicodedata.normalize("NFC", original[o_start:o_end]) == "xếp"


def test_whitespace_is_collapsed_but_lines_are_kept() -> None:
    prepared = prepare_text("  A\u00a0\u00a0B \t\nC  ")
    assert prepared.text == "A B\nC"
    assert len(prepared.offsets) == len(prepared.text) + 1


def test_sentences_do_not_split_inside_abbreviations_and_numbers() -> None:
    text = prepare_text("TP. Đà Nẵng đạt 0,6667 điểm, xếp 21/63 với 1.000 hồ sơ. Hà Nội đứng thứ 2.").text
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["TP. Đà Nẵng đạt 0,6667 điểm, xếp 21/63 với 1.000 hồ sơ.", "Hà Nội đứng thứ 2."]


@pytest.mark.parametrize(
    ("token", "value"),
    [("0,6667", 0.6667), ("99,87", 99.87), ("785,5", 785.5), ("1.000", 1000.0), ("100.000", 100000.0), ("7", 7.0)],
)
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


def test_number_words_and_fractions() -> None:
    assert [parse_int(w) for w in ("nhất", "nhì", "hai", "ba", "tư", "mười")] == [1, 2, 2, 3, 4, 10]
    assert parse_fraction("21/63") == (21, 63)
    assert parse_fraction("62/76") == (62, 76)  # a fraction; whether it is a rank is the claim rules' call
    assert parse_fraction("12/7/2023") is None


def test_thousands_are_never_scores_or_ranks() -> None:
    assert find_cues("hệ thống tiếp nhận 100.000 hồ sơ và 2.500 lượt truy cập") == []


def test_fraction_after_rank_word_is_rank_and_total() -> None:
    cues = find_cues("tỉnh xếp thứ 21/63 tỉnh, thành phố")
    assert [(c.kind, c.rank, c.rank_total) for c in cues] == [("rank", 21, 63)]


def test_a_line_wrapped_mid_sentence_is_joined_and_table_cells_are_not() -> None:
    prepared = prepare_text("Vị trí thứ 2 thuộc về Bộ Tài\nchính, tăng từ hạng 9 năm\n2005 lên hạng 2.\nNăm\n2016\n0,51\nHà Nội\nxếp thứ 1")
    assert prepared.text == ("Vị trí thứ 2 thuộc về Bộ Tài chính, tăng từ hạng 9 năm 2005 lên hạng 2.\nNăm\n2016\n0,51\n"
                             "Hà Nội xếp thứ 1")
    assert len(prepared.offsets) == len(prepared.text) + 1


def test_a_line_ending_on_a_comma_or_before_its_noun_goes_on() -> None:
    """Pages copied from PDFs break lines anywhere: after a comma ("Theo đó,\\nLào …") and between a number and
    its noun ("tụt 6\\nbậc"); both are one sentence. A line ending on a number before a capital stays apart."""
    prepared = prepare_text("Theo đó,\nLào đạt 2,9\nđiểm và tụt 6\nbậc.\n0,51\nHà Nội")
    assert prepared.text == "Theo đó, Lào đạt 2,9 điểm và tụt 6 bậc.\n0,51\nHà Nội"


def test_a_stop_with_no_space_after_it_ends_a_sentence_between_words() -> None:
    """Paragraphs run together lose the space after the full stop ("… 61 điểm.Năm trước …"); names written with a
    stop ("TP.HCM", "Tp.Hồ Chí Minh", "Q.Bình Thạnh") and addresses ("vnexpress.net") stay whole."""
    text = prepare_text("Lào được 61 điểm.Năm trước, Lào đứng thứ 40. Tp.Hồ Chí Minh và TP.HCM, Q.Bình Thạnh theo vnexpress.net.").text
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["Lào được 61 điểm.", "Năm trước, Lào đứng thứ 40.",
                         "Tp.Hồ Chí Minh và TP.HCM, Q.Bình Thạnh theo vnexpress.net."]
