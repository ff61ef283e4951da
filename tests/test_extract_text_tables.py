"""Ranking tables that arrive flattened into text lines (copied from PDFs and portals), issue #10."""

from __future__ import annotations

from tests.test_extract_claims import F, facts


def test_rank_first_rows_with_the_overall_index_last() -> None:
    text = (
        "Bảng xếp hạng Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2022\n"
        "Xếp hạng Tỉnh, thành phố Chính quyền số Kinh tế số Xã hội số DTI\n"
        "1 TP. Đà Nẵng 0.8575 0.7836 0.5197 0.8002\n"
        "2 TP. Hồ Chí Minh 0.8406 0.7611 0.3590 0.7163\n"
        "3 Quảng Ninh 0.8385 0.5904 0.4505 0.7024\n"
    )
    assert facts(text, date="2023-07-14") == {
        F("Đà Nẵng", "dti", 2022, rank=1, score=0.8002),
        F("Hồ Chí Minh", "dti", 2022, rank=2, score=0.7163),
        F("Quảng Ninh", "dti", 2022, rank=3, score=0.7024),
    }


def test_rank_after_the_scores_and_a_row_cut_off() -> None:
    """The last row was cut mid-cell: "Phú Thọ 7" is a fragment, not rank 7."""
    text = (
        "Kết quả Chỉ số năng lực cạnh tranh cấp tỉnh PCI 2019\n"
        "Tỉnh Gia nhập thị trường Tiếp cận đất đai Điểm PCI Xếp hạng Xếp loại\n"
        "Bắc Giang 7.11 6.20 71.45 1 Rất tốt\n"
        "Long An 6.52 6.80 70.61 2 Tốt\n"
        "Hưng Yên 6.73 7.26 70.53 3 Tốt\n"
        "Nam Định 6.94 7.51 70.42 3 Tốt\n"
        "Phú Thọ 7\n"
    )
    got = facts(text, date="2020-05-06")
    assert got == {
        F("Bắc Giang", "other", 2019, rank=1, score=71.45), F("Long An", "other", 2019, rank=2, score=70.61),
        F("Hưng Yên", "other", 2019, rank=3, score=70.53), F("Nam Định", "other", 2019, rank=3, score=70.42),
    }


def test_a_numbered_list_of_names_needs_a_ranking_header() -> None:
    names = "1 Bắc Ninh\n2 Hải Dương\n3 Hưng Yên\n"
    ranked = facts("Xếp hạng chỉ số chuyển đổi số (DTI) năm 2021:\n" + names, date="2022-08-08")
    assert ranked == {F(p, "dti", 2021, rank=r) for r, p in enumerate(["Bắc Ninh", "Hải Dương", "Hưng Yên"], 1)}
    assert facts("Các tỉnh tham dự hội nghị chuyển đổi số năm 2021:\n" + names, date="2022-08-08") == set()


def test_two_rows_are_no_table() -> None:
    assert facts("Xếp hạng DTI 2021\nBắc Ninh 0.61 4\nHải Dương 0.58 5\n", date="2022-08-08") == set()


def test_a_table_with_one_cell_per_line() -> None:
    """Copied from a PDF or a portal, each cell on its own line: rank, unit, points, then the next row."""
    text = ("Kết quả xếp hạng chuyển đổi số năm 2023 các sở, ban, ngành trên địa bàn tỉnh:\n"
            "Xếp hạng\nĐơn vị\nĐiểm\n1\nSở Tư pháp\n95,20\n2\nSở Y tế\n93,10\n3\nSở Nội vụ\n90,40\n")
    assert facts(text, date="2024-03-01") == {
        F("Sở Tư pháp", "local", 2023, rank=1, score=95.2), F("Sở Y tế", "local", 2023, rank=2, score=93.1),
        F("Sở Nội vụ", "local", 2023, rank=3, score=90.4),
    }


def test_two_cell_lines_are_no_table() -> None:
    text = "Kết quả xếp hạng chuyển đổi số năm 2023 các sở:\n1\nSở Tư pháp\n95,20\n2\nSở Y tế\n93,10\n"
    assert facts(text, date="2024-03-01") == set()


def test_a_numbered_member_we_cannot_name_keeps_its_place() -> None:
    text = ("Xếp hạng DTI năm 2020 cấp bộ có cung cấp dịch vụ công\n 1. Bộ Tài chính\n 2. Ngân hàng Nhà nước\n"
            " 3. Cơ quan Chưa Biết Tên\n 4. Bộ Công Thương\n\n"
            "Xếp hạng DTI năm 2020 cấp bộ không cung cấp dịch vụ công\n 1. Đài Truyền hình Việt Nam\n"
            " 2. Thông tấn xã Việt Nam\n 3. Viện Hàn lâm Khoa học xã hội Việt Nam\n")
    no_service = "bộ không cung cấp dịch vụ công"
    assert facts(text, date="2021-09-01") == {
        F("Bộ Tài chính", "dti", 2020, rank=1), F("Ngân hàng Nhà nước Việt Nam", "dti", 2020, rank=2),
        F("Bộ Công Thương", "dti", 2020, rank=4),
        F("Đài Truyền hình Việt Nam", "dti", 2020, group=no_service, rank=1),
        F("Thông tấn xã Việt Nam", "dti", 2020, group=no_service, rank=2),
        F("Viện Hàn lâm Khoa học xã hội Việt Nam", "dti", 2020, group=no_service, rank=3),
    }


def test_cells_one_per_line_with_the_bars_a_copied_table_keeps() -> None:
    """"1 |" / "Sở Y tế |" / "843.24 |" with a lone "|" for an empty cell: the bars are not part of the cells."""
    text = ("Xếp hạng mức độ chuyển đổi số các sở, ban, ngành năm 2024\n|\nThứ tự xếp hạng |\nTên đơn vị |\n"
            "Tổng điểm năm 2024 |\n|\n1 |\nSở Tư pháp |\n801.20 |\n|\n2 |\nSở Nội vụ |\n795.50 |\n|\n3 |\n"
            "Sở Xây dựng |\n790.05 |\n")
    got = facts(text, date="2025-01-08")
    assert F("Sở Tư pháp", "local", 2024, rank=1, score=801.2) in got
    assert F("Sở Xây dựng", "local", 2024, rank=3, score=790.05) in got


def test_columns_read_from_a_header_of_labels_with_an_earlier_years_place() -> None:
    """"Hạng   Tỉnh/thành phố   Chỉ số   Hạng 2010" (cells apart by wide spaces): this year's place and score,
    and the place in the column the header dates 2010; the caption above gives the year."""
    text = (
        "Bảng 1. Các tỉnh dẫn đầu Vietnam ICT Index 2011\n"
        "Hạng   Tỉnh/thành phố   Chỉ số   Hạng 2010\n"
        "1   TP. Đà Nẵng   0,8011   2\n"
        "2   Hà Nội   0,7902   1\n"
        "3   Bắc Ninh   0,6123   5\n"
    )
    got = facts(text, date="2011-11-20")
    assert got == {
        F("Đà Nẵng", "ict_index", 2011, rank=1, score=0.8011), F("Đà Nẵng", "ict_index", 2010, rank=2),
        F("Hà Nội", "ict_index", 2011, rank=2, score=0.7902), F("Hà Nội", "ict_index", 2010, rank=1),
        F("Bắc Ninh", "ict_index", 2011, rank=3, score=0.6123), F("Bắc Ninh", "ict_index", 2010, rank=5),
    }


def test_pillar_place_columns_separated_by_tabs() -> None:
    """A tab-separated table with a column a pillar ("Cổng TTĐT", "DVC trực tuyến") and the overall place."""
    text = (
        "Kết quả đánh giá mức độ ứng dụng CNTT năm 2014 của các tỉnh, thành phố:\n"
        "TT\tĐịa phương\tHạ tầng kỹ thuật\tCổng TTĐT\tDVC trực tuyến\tXếp hạng chung\n"
        "1\tĐồng Nai\t3\t1\t2\t1\n"
        "2\tLong An\t1\t4\t1\t2\n"
        "3\tBến Tre\t2\t2\t5\t3\n"
    )
    got = facts(text, date="2015-06-20")
    assert F("Đồng Nai", "ict_application", 2014, rank=1) in got
    assert F("Long An", "ict_application", 2014, component="hạ tầng kỹ thuật", rank=1) in got
    assert F("Bến Tre", "ict_application", 2014, component="cổng thông tin điện tử", rank=2) in got
    assert F("Bến Tre", "ict_application", 2014, component="dịch vụ công trực tuyến", rank=5) in got
    assert len(got) == 12


def test_a_table_copied_one_cell_a_line_sorted_by_name_with_its_place_column() -> None:
    """Labels one a line ("STT", "Bộ", "Chỉ số", "Xếp hạng") above rows one cell a line: the place is the
    "Xếp hạng" column, not the running number (the rows are sorted by name)."""
    text = (
        "Kết quả Vietnam ICT Index 2016 của bốn bộ, sắp theo tên:\nSTT\nBộ, cơ quan ngang bộ\nChỉ số\nXếp hạng\n"
        "1\nBộ Công Thương\n0,6921\n4\n2\nBộ Nội vụ\n0,7368\n3\n3\nBộ Tài chính\n0,8827\n1\n4\nBộ Tư pháp\n0,7410\n2\n"
    )
    assert facts(text, date="2016-12-22") == {
        F("Bộ Công Thương", "ict_index", 2016, rank=4, score=0.6921), F("Bộ Nội vụ", "ict_index", 2016, rank=3, score=0.7368),
        F("Bộ Tài chính", "ict_index", 2016, rank=1, score=0.8827), F("Bộ Tư pháp", "ict_index", 2016, rank=2, score=0.741),
    }


def test_a_header_year_is_no_place() -> None:
    """"Hạng 2008" in a header line is a column's label, never rank 200."""
    text = "Hạng Tỉnh/thành phố Chỉ số Hạng 2008\n"
    assert facts(text, date="2009-11-20") == set()


def test_communes_named_by_kind_in_a_table_and_a_list_that_goes_on_after_numbered_lines() -> None:
    """Rows naming communes by their kind ("Phường Tân An", no gazetteer lists them) one cell a line; numbered
    lines with the score in brackets ("1. Sở Y tế (845,2 điểm)"), then "Tiếp theo là A và B" counting on."""
    text = (
        "Kết quả chỉ số chuyển đổi số cấp xã năm 2023 (điểm tối đa 100):\nHạng\nĐơn vị\nĐiểm\n"
        "1\nPhường Tân An\n88,25\n2\nXã Hòa Lợi\n87,6\n3\nThị trấn Tân Hòa\n86,9\n"
    )
    assert facts(text, date="2024-04-22") == {
        F("UBND phường Tân An", "local", 2023, rank=1, score=88.25), F("UBND xã Hòa Lợi", "local", 2023, rank=2, score=87.6),
        F("UBND thị trấn Tân Hòa", "local", 2023, rank=3, score=86.9),
    }
    text = (
        "Chỉ số chuyển đổi số năm 2022 của các sở, ban, ngành, các đơn vị đứng đầu gồm:\n"
        "1. Sở Y tế (845,2 điểm)\n2. Sở Nội vụ (838,75 điểm)\n3. Sở Tư pháp (820,1 điểm)\n\n"
        "Tiếp theo là Sở Xây dựng và Sở Công Thương."
    )
    got = facts(text, date="2023-03-01")  # (each value keeps the one line that states it as evidence)
    assert F("Sở Tư pháp", "local", 2022, rank=3) in got and F("Sở Tư pháp", "local", 2022, score=820.1) in got
    assert F("Sở Xây dựng", "local", 2022, rank=4) in got and F("Sở Công Thương", "local", 2022, rank=5) in got


def test_a_numbered_list_under_a_caption_that_names_its_pillar() -> None:
    """"Năm địa phương dẫn đầu về hạ tầng kỹ thuật:" over "1. Hà Nội", "2. TP.HCM" …: places in that pillar."""
    text = "Vietnam ICT Index 2012. Năm địa phương dẫn đầu về hạ tầng kỹ thuật:\n1. Hà Nội\n2. TP.HCM\n3. Đà Nẵng\n"
    assert facts(text, date="2012-10-28") == {
        F(p, "ict_index", 2012, component="hạ tầng kỹ thuật", rank=r) for p, r in (("Hà Nội", 1), ("Hồ Chí Minh", 2), ("Đà Nẵng", 3))
    }


def test_a_table_of_countries_written_in_english_one_cell_a_line() -> None:
    """"Brunei Darussalam", "Lao PDR" are Brunei and Lào; their rows make a table with a year a column."""
    text = (
        "Bảng xếp hạng chính phủ điện tử các nước ASEAN:\nTT\nQuốc gia\nXếp hạng năm 2012\nXếp hạng năm 2010\n"
        "1\nSingapore\n10\n11\n2\nBrunei Darussalam\n54\n68\n3\nLao PDR\n153\n151\n"
    )
    got = facts(text, date="2012-03-21")
    assert F("Brunei", "egdi", 2012, rank=54) in got and F("Brunei", "egdi", 2010, rank=68) in got
    assert F("Lào", "egdi", 2012, rank=153) in got


def test_one_label_a_line_with_a_note_under_a_label_and_two_years_of_scores() -> None:
    """Labels "Thứ tự xếp hạng / Tên đơn vị / Tổng điểm năm 2020 / Tổng điểm năm 2021 / (150 điểm)" one a line
    (the bracketed note belongs to the label above it), rows one cell a line: this year's place and score, and
    the earlier year's score."""
    text = (
        "Xếp hạng mức độ chính quyền điện tử các sở, ban, ngành năm 2021\nThứ tự xếp hạng\nTên đơn vị\n"
        "Tổng điểm năm 2020\nTổng điểm năm 2021\n(150 điểm)\n"
        "1\nSở Y tế\n141,4\n141,6\n2\nSở Nội vụ\n136,1\n136,8\n3\nSở Tư pháp\n135,0\n136,5\n"
    )
    got = facts(text, date="2022-03-08")
    assert F("Sở Y tế", "local", 2021, rank=1, score=141.6) in got and F("Sở Y tế", "local", 2020, score=141.4) in got
    assert F("Sở Tư pháp", "local", 2021, rank=3, score=136.5) in got


def test_a_table_copied_one_cell_a_line_whose_rows_open_on_the_name() -> None:
    """No running number: "Lạng Sơn" / "2" / "4" / "1" / "Cần Thơ" / …, under one label a line ending in
    "Xếp hạng DTI". Read as opening on a number, each row's last cell would open the next."""
    text = ("Chỉ số chuyển đổi số (DTI) năm 2023: thứ hạng các trụ cột của 4 địa phương:\n\nTỉnh, thành phố\n"
            "Chính quyền số\nKinh tế số\nXếp hạng DTI\nLạng Sơn\n2\n4\n1\nCần Thơ\n5\n1\n2\nBắc Giang\n1\n6\n3\n"
            "Thái Nguyên\n7\n2\n4\n\nCác địa phương khác chưa có nhiều thay đổi.")
    got = facts(text, date="2024-05-10")
    assert F("Lạng Sơn", "dti", 2023, rank=1) in got
    assert F("Cần Thơ", "dti", 2023, component="kinh tế số", rank=1) in got
    assert F("Thái Nguyên", "dti", 2023, rank=4) in got
    assert F("Bắc Giang", "dti", 2023, component="chính quyền số", rank=1) in got
    assert not any(f[0] == "Cần Thơ" and f[2] is None and f[5] == 1 for f in got)


def test_labels_with_a_bracketed_note_and_a_change_against_a_named_year() -> None:
    """"Điểm (tối đa 1.000)" is the score column, "Tăng/giảm so với năm 2022" the change column; the running
    number is no place when a "Xếp hạng" column exists."""
    text = ("Kết quả xếp hạng chuyển đổi số năm 2023 khối UBND cấp huyện:\n\nSTT\nĐơn vị\nĐiểm (tối đa 1.000)\n"
            "Xếp hạng\nTăng/giảm so với năm 2022\n1\nHuyện Kim Bảng\n801,5\n2\n-1\n2\nThị xã Duy Tiên\n845,0\n1\n+3\n"
            "3\nHuyện Lý Nhân\n760,25\n3\n0\n\nCác đơn vị còn lại đạt trên 600 điểm.")
    got = facts(text, date="2024-04-02")
    assert F("UBND huyện Kim Bảng", "local", 2023, rank=2, score=801.5, change=-1) in got
    assert F("UBND thị xã Duy Tiên", "local", 2023, rank=1, score=845.0, change=3) in got
    assert F("UBND huyện Lý Nhân", "local", 2023, rank=3, score=760.25, change=0) in got


def test_one_body_over_the_years_a_year_a_row() -> None:
    """"Năm | EGDI | Hạng thế giới | Hạng Đông Nam Á" under a caption naming one country: each row that year's
    value and places, the regional place in its group."""
    text = ("Kết quả của Campuchia trong các kỳ khảo sát Chính phủ điện tử của Liên Hợp Quốc:\n\n"
            "Năm | EGDI | Hạng thế giới | Hạng Đông Nam Á\n2020 | 0,5113 | 124/193 | 9/11\n2022 | 0,5056 | 127/193 | 9/11\n\n"
            "Campuchia đặt mục tiêu cải thiện thứ hạng.")
    got = facts(text, date="2022-10-01")
    assert F("Campuchia", "egdi", 2020, rank=124, total=193, score=0.5113) in got
    assert F("Campuchia", "egdi", 2022, group="Đông Nam Á", rank=9, total=11) in got


def test_the_un_sub_indices_as_table_columns_by_their_abbreviations() -> None:
    """"Quốc gia<TAB>OSI<TAB>TII<TAB>HCI<TAB>Hạng EGDI": each abbreviation is its sub-index, the last column the place."""
    text = ("Khảo sát Chính phủ điện tử 2022 của Liên Hợp Quốc, một số nước trong khu vực:\n\n"
            "Quốc gia\tOSI\tTII\tHCI\tHạng EGDI\nSingapore\t0,9620\t0,8900\t0,9020\t12\nMalaysia\t0,7710\t0,7770\t0,7940\t53\n"
            "Thái Lan\t0,7920\t0,7300\t0,7830\t55\n\nNhiều nước đã cải thiện hạ tầng.")
    got = facts(text, date="2022-10-01")
    assert F("Malaysia", "egdi", 2022, rank=53) in got
    assert F("Malaysia", "egdi", 2022, component="hạ tầng viễn thông", score=0.777) in got
    assert not any(f[0] == "Malaysia" and f[2] is None and f[8] is not None for f in got)


def test_world_and_region_place_columns() -> None:
    """"Hạng thế giới | Hạng khu vực" under a caption about Đông Nam Á: the world place is the usual field, the
    region's place goes in its group (never read as the world place)."""
    text = ("Khảo sát Chính phủ điện tử 2020 của Liên Hợp Quốc, thứ hạng các quốc gia Đông Nam Á:\n"
            "Quốc gia | EGDI 2020 | Hạng thế giới | Hạng khu vực\nSingapore | 0,9150 | 11 | 1\nMalaysia | 0,7892 | 47 | 2\n"
            "Thái Lan | 0,7565 | 57 | 3\nViệt Nam giữ nguyên vị trí 86 như kỳ khảo sát 2018.")
    got = facts(text, date="2020-07-15")
    assert F("Thái Lan", "egdi", 2020, rank=57, score=0.7565) in got
    assert F("Thái Lan", "egdi", 2020, group="Đông Nam Á", rank=3) in got
    assert F("Việt Nam", "egdi", 2020, rank=86, change=0) in got


def test_a_column_for_each_edition() -> None:
    """"Quốc gia<TAB>2016<TAB>2018<TAB>2020" under a caption about places: each cell that edition's place."""
    text = ("Vị trí của một số nước qua các kỳ khảo sát Chính phủ điện tử (hạng trên thế giới):\n"
            "Quốc gia\t2016\t2018\t2020\nLào\t148\t162\t167\nCampuchia\t158\t145\t124\nMyanmar\t169\t157\t146\n"
            "Các nước đều cải thiện hạ tầng.")
    got = facts(text, date="2020-08-01")
    assert F("Lào", "egdi", 2018, rank=162) in got and F("Campuchia", "egdi", 2020, rank=124) in got
    assert F("Myanmar", "egdi", 2016, rank=169) in got


def test_a_place_with_its_change_in_the_same_cell_and_a_row_we_cannot_name() -> None:
    """One cell a line, "155 (giảm 15 bậc)": the place and its change against the edition before; a row whose
    country name is misspelt ("Lao Peoples Demcratic Republic") is skipped without ending the table, and the
    change cells are no claims of the country named in the prose before."""
    text = (
        "Theo khảo sát chính phủ điện tử của Liên Hợp quốc năm 2014, Việt Nam xếp thứ 99.\n\n"
        "Bảng xếp hạng chính phủ điện tử các nước ASEAN:\n\nQuốc gia\n\nXếp hạng năm 2014\n\nXếp hạng năm 2012\n\n"
        "Cambodia\n\n139 (tăng 16 bậc)\n\n155\n\n"
        "Lao Peoples Demcratic Republic\n\n152 (tăng 1 bậc)\n\n153\n\n"
        "Malaysia\n\n52 (giảm 12 bậc)\n\n40\n\n"
        "Myanma\n\n175 (giảm 15 bậc)\n\n160\n\n"
        "Thailand\n\n102 (giảm 10 bậc)\n\n92\n"
    )
    got = facts(text, date="2014-07-02")
    assert got == {
        F("Việt Nam", "egdi", 2014, rank=99),
        F("Campuchia", "egdi", 2014, rank=139, change=16), F("Campuchia", "egdi", 2012, rank=155),
        F("Malaysia", "egdi", 2014, rank=52, change=-12), F("Malaysia", "egdi", 2012, rank=40),
        F("Myanmar", "egdi", 2014, rank=175, change=-15), F("Myanmar", "egdi", 2012, rank=160),
        F("Thái Lan", "egdi", 2014, rank=102, change=-10), F("Thái Lan", "egdi", 2012, rank=92),
    }


def test_one_body_over_the_years_copied_one_cell_a_paragraph_with_its_caption_under_it() -> None:
    """Cells apart by blank lines, a label broken over two lines inside its cell ("Chỉ số\\nnguồn nhân lực"),
    a year a row, and the body named only in the caption under the table."""
    labels = ["Năm\nđánh giá", "Chỉ số\nphát triển CPĐT", "Chỉ số tham gia điện tử", "Chỉ số dịch vụ công trực tuyến",
              "Chỉ số\nnguồn nhân lực", "Chỉ số hạ tầng\nviễn thông"]
    rows = [["2016", "0.41426", "0.59492", "0.47246", "0.49888", "0.27145"],
            ["2014", "0.37045", "0.39019", "0.31732", "0.5148", "0.27923"]]
    text = ("Khảo sát Chính phủ điện tử của Liên Hợp Quốc năm 2016\n\nCác chỉ số thành phần\n\n"
            + "\n\n".join(labels + [c for row in rows for c in row])
            + "\n\nBảng 3: Điểm các chỉ số của Lào giữa năm 2016 và 2014\n\nLào cần cải thiện hạ tầng.")
    got = facts(text, date="2016-09-01")
    assert F("Lào", "egdi", 2016, score=0.41426) in got
    assert F("Lào", "egdi", 2014, component="nguồn nhân lực", score=0.5148) in got
    assert F("Lào", "egdi", 2016, component="hạ tầng viễn thông", score=0.27145) in got
    assert F("Lào", "egdi", 2014, component="tham gia điện tử", score=0.39019) in got


_PCI_YEARS = [("2008", "58,21", "20", "Khá"), ("2009", "61,15", "15", "Khá"), ("2010", "60,54", "18", "Rất tốt")]
_PCI_EXPECTED = {
    F("Bắc Ninh", "other", 2008, rank=20, score=58.21), F("Bắc Ninh", "other", 2009, rank=15, score=61.15),
    F("Bắc Ninh", "other", 2010, rank=18, score=60.54),
}


def test_one_bodys_years_as_rows_one_cell_a_line_between_bars() -> None:
    """A province's PCI over the years, copied one cell a line with a lone bar between cells; the grade
    column ("Khá") is read past."""
    cells = ["Năm", "Điểm PCI", "Xếp hạng", "Nhóm điều hành"] + [c for row in _PCI_YEARS for c in row]
    text = "Chỉ số PCI của tỉnh Bắc Ninh qua các năm\n" + "\n|\n".join(cells) + "\n\nNguồn: VCCI"
    assert facts(text, date="2012-05-01") == _PCI_EXPECTED


def test_one_bodys_years_as_rows_one_cell_a_line_ending_in_a_bar() -> None:
    rows = [("Năm", "Điểm PCI", "Xếp hạng", "Nhóm điều hành"), *_PCI_YEARS]
    text = "Chỉ số PCI của tỉnh Bắc Ninh qua các năm\n" + "".join("|\n" + "".join(f"{c} |\n" for c in r) for r in rows)
    assert facts(text, date="2012-05-01") == _PCI_EXPECTED


def test_a_bodies_table_one_cell_a_paragraph_under_its_labels_with_a_grade_column() -> None:
    """Labels one a paragraph ("Tên tỉnh" / "PCI" / "Xếp hạng" / "Nhóm xếp hạng"), then each row's cells the same
    way; the grade ("Rất tốt") is a word cell that neither ends a row nor opens the next, and each block is
    dated by its own caption."""
    rows = [("Quảng Ninh", "70.36", "1", "Rất tốt"), ("Đồng Tháp", "69.12", "2", "Rất tốt"),
            ("Bắc Giang", "67.4", "3", "Tốt"), ("Hải Phòng", "66.92", "4", "Tốt")]
    block = "\n\n".join(["Tên tỉnh", "PCI", "Xếp hạng", "Nhóm xếp hạng"] + [c for r in rows for c in r])
    text = "Bảng xếp hạng PCI qua các năm\n\nTop 4 bảng xếp hạng PCI năm 2019\n\n" + block
    text += "\n\nTop 4 bảng xếp hạng PCI năm 2018\n\n" + block.replace("70.36", "68.5")
    got = facts(text, date="2020-05-01")
    assert F("Quảng Ninh", "other", 2019, rank=1, score=70.36) in got
    assert F("Quảng Ninh", "other", 2018, rank=1, score=68.5) in got
    assert F("Hải Phòng", "other", 2019, rank=4, score=66.92) in got and len(got) == 8


def test_one_bodys_years_as_columns_with_single_spaces() -> None:
    """A province's PCI profile: "Năm 2022 2021 2020" over a sub-index row (no fact), the PCI row and the place
    row; "N/A" is no value."""
    text = ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Nam Định\n"
            "Năm 2023 2022 2021 2020\n"
            "Gia nhập thị trường 7.1 6.8 7.5 7.2\n"
            "PCI N/A 66.2 64.8 64.5\n"
            "Xếp hạng N/A 20 27 21\n\nLưu ý: N/A là chưa có số liệu.")
    assert facts(text, date="2024-06-01") == {
        F("Nam Định", "other", 2022, rank=20, score=66.2), F("Nam Định", "other", 2021, rank=27, score=64.8),
        F("Nam Định", "other", 2020, rank=21, score=64.5),
    }


def test_rows_whose_total_and_grade_were_wrapped_onto_lines_of_their_own() -> None:
    """A table copied from a document: each row's sub-index values on its line ("-" an empty cell), then its
    total and its grade each on a line of their own; the header names the edition."""
    rows = [("Huyện Kỳ Sơn 90 7.1 6.2 8.3 - 7.0", "71.25", "Khá"), ("Huyện Tương Dương 120 8.4 7.9 9.1 8.2 8.0", "84.4", "Tốt"),
            ("Sở Tư pháp 68 7.66 8.27 7.08 - 5.6", "68.2", "Khá"), ("Sở Y tế 60 6.17 5.31 7.78 6.16 2.84", "62.08", "Trung bình")]
    text = ("Bảng chỉ số thành phần DDCI năm 2021 (Thang điểm 100) của tỉnh Nghệ An\n"
            "Đơn vị Số phiếu Tính minh bạch Chi phí thời gian Hỗ trợ doanh nghiệp Thiết chế pháp lý Tính năng động\n"
            + "\n".join("\n".join(r) for r in rows))
    assert facts(text, date=None) == {
        F("UBND huyện Kỳ Sơn", "local", 2021, score=71.25), F("UBND huyện Tương Dương", "local", 2021, score=84.4),
        F("Sở Tư pháp", "local", 2021, score=68.2), F("Sở Y tế", "local", 2021, score=62.08),
    }


def test_a_row_counter_first_and_the_rank_labelled_last() -> None:
    """"STT Đơn vị Điểm Xếp hạng": the leading numbers count the rows, the last column holds the places, in any order."""
    text = ("Kết quả Chỉ số chuyển đổi số năm 2023 các huyện, thành phố tỉnh Đắk Lắk\n\nSTT Đơn vị Điểm Xếp hạng\n\n"
            "1 Thành phố Buôn Ma Thuột 812,3 1\n\n2 Huyện Krông Năng 790,1 3\n\n3 Thị xã Buôn Hồ 800,5 2")
    assert facts(text, date="2024-03-01") == {
        F("UBND thành phố Buôn Ma Thuột", "local", 2023, rank=1, score=812.3),
        F("UBND huyện Krông Năng", "local", 2023, rank=3, score=790.1),
        F("UBND thị xã Buôn Hồ", "local", 2023, rank=2, score=800.5),
    }


def test_the_total_is_the_score_of_a_table_that_also_gives_its_parts() -> None:
    """"Thứ tự xếp hạng | Tên cơ quan, đơn vị | Tổng điểm | Điểm đánh giá trực tiếp | Điểm điều tra XHH", one cell a line:
    the total is each unit's score, not the survey part in the last column; "Ngân hàng Nhà nước tỉnh" is the State
    Bank's branch, a unit of the province's own ranking."""
    cells = ["Thứ tự xếp hạng", "Tên cơ quan, đơn vị", "Tổng điểm", "Điểm đánh giá trực tiếp", "Điểm điều tra XHH",
             "1", "Kho bạc Nhà nước tỉnh", "91,20", "60,10", "31,10",
             "2", "Ngân hàng Nhà nước tỉnh", "90,45", "58,25", "32,20",
             "3", "Cục Thuế tỉnh", "88,70", "57,00", "31,70"]
    text = "Công bố xếp hạng Chỉ số cải cách hành chính năm 2021 của tỉnh Hòa Bình\n\n" + "\n\n".join(cells)
    assert facts(text, date="2022-04-20") == {
        F("Kho bạc Nhà nước", "local", 2021, rank=1, score=91.2),
        F("Ngân hàng Nhà nước", "local", 2021, rank=2, score=90.45),
        F("Cục Thuế", "local", 2021, rank=3, score=88.7),
    }


def test_bodies_as_column_groups_a_year_a_row() -> None:
    """"Năm  Số nước  Điểm cao nhất" / one body a line / "Điểm Bậc Điểm Bậc" / "2016 128 66.3 35.4 59 41.2 35": each body
    its pair of columns in its order; the field and the best score belong to no body; "58.1" under "Bậc" is no place."""
    text = ("Chỉ số Đổi mới sáng tạo toàn cầu (GII) của Việt Nam và Indonesia qua các năm.\n\nNăm Số nước Điểm cao nhất\n\n"
            "Việt Nam\n\nIndonesia\n\nĐiểm Bậc Điểm Bậc\n2016 128 66.3 35.4 59 29.1 88\n2017 127 67.7 38.3 47 30.1 58.1")
    assert facts(text, date="2018-01-10") == {
        F("Việt Nam", "other", 2016, rank=59, score=35.4), F("Indonesia", "other", 2016, rank=88, score=29.1),
        F("Việt Nam", "other", 2017, rank=47, score=38.3), F("Indonesia", "other", 2017, score=30.1),
    }


def test_a_line_of_another_story_above_a_table_gives_it_no_year() -> None:
    """A related headline between the caption and the table ("Cục thuế … tổ chức Hội nghị … năm 2017") dates nothing;
    the table takes the year of the ranking the article reports."""
    cells = ["STT", "TÊN CƠ QUAN/ĐƠN VỊ", "ĐIỂM SỐ", "XẾP HẠNG",
             "01", "Cục thuế tỉnh", "54,82", "01", "02", "Sở Giao thông và Vận tải", "54,51", "02",
             "03", "Sở Tài chính", "51,01", "03"]
    text = ("Công nhận kết quả đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) của tỉnh Bình Định năm "
            "2018\n\nCục thuế tỉnh tổ chức Hội nghị biểu dương người nộp thuế tốt năm 2017\n\nTheo đó, thứ hạng khối sở, ban, "
            "ngành cấp tỉnh như sau:\n\n" + "\n\n".join(cells))
    assert facts(text, date="2018-10-26") == {
        F("Cục Thuế", "local", 2018, rank=1, score=54.82), F("Sở Giao thông vận tải", "local", 2018, rank=2, score=54.51),
        F("Sở Tài chính", "local", 2018, rank=3, score=51.01),
    }


def test_a_table_under_a_report_heading_takes_its_year() -> None:
    """An undated page whose only year is the report's heading above the table ("BÁO CÁO ĐÁNH GIÁ … NĂM 2021"): the rows
    are that year's; the total is the last number, written with a dot ("15.753"); "Sở Văn hóa Thể thao & DL"."""
    lines = ["BÁO CÁO ĐÁNH GIÁ CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2021", "TỈNH ĐIỆN BIÊN",
             "STT Đơn vị Chỉ số 1 Chỉ số 2 Tổng điểm",
             "1 Sở Tài chính 1.8 2 15.753 Xuất sắc", "2 Sở Văn hóa Thể thao & DL 2 1.5 15.428 Xuất sắc",
             "3 Sở Xây dựng 1.2 2 14.796 Tốt"]
    got = facts("\n".join(lines), date=None)
    assert got == {
        F("Sở Tài chính", "local", 2021, score=15.753), F("Sở Văn hóa, Thể thao và Du lịch", "local", 2021, score=15.428),
        F("Sở Xây dựng", "local", 2021, score=14.796),
    }


def test_a_rank_label_naming_its_index_and_a_province_in_lower_case() -> None:
    """Labels one a line ("Địa Phương" / "PCI" / "Xếp hạng PCI" / "Nhóm xếp hạng"): "Xếp hạng PCI" is the rank
    column; "Hà nội", "Bà Rịa - Vũng tàu" in a copied table are the provinces."""
    text = (
        "Top 5 bảng xếp hạng PCI năm 2018\n\nĐịa Phương\n\nPCI\n\nXếp hạng PCI\n\nNhóm xếp hạng\n\n"
        "Quảng Ninh\n\n70.36\n\n1\n\nRất tốt\n\nĐồng Tháp \n\n70.19\n\n2\n\n Rất tốt\n\n"
        "Hà nội\n\n68.09\n\n3\n\nTốt\n\nBà Rịa - Vũng tàu\n\n67.67\n\n4\n\nTốt\n"
    )
    assert facts(text, date="2020-05-07") == {
        F("Quảng Ninh", "other", 2018, rank=1, score=70.36), F("Đồng Tháp", "other", 2018, rank=2, score=70.19),
        F("Hà Nội", "other", 2018, rank=3, score=68.09), F("Bà Rịa - Vũng Tàu", "other", 2018, rank=4, score=67.67),
    }


def test_wards_named_by_number_and_a_grade_between_the_score_and_the_rank() -> None:
    """One cell a line under "STT / Đơn vị / Điểm / Xếp loại / Xếp hạng": "Ủy ban nhân dân Phường 4" ends on its
    number; the grade "A" between the score and the rank is a cell of its own."""
    text = (
        "Kết quả chấm điểm công tác cải cách hành chính năm 2019 đối với Ủy ban nhân dân các phường của quận:\n\n"
        "STT\n\nĐơn vị\n\nĐiểm\n\nXếp loại\n\nXếp hạng\n\n"
        "1\n\nỦy ban nhân dân Phường 4\n\n96\n\nA\n\n1\n\n2\n\nỦy ban nhân dân Phường 3\n\n94\n\nA\n\n2\n\n"
        "3\n\nỦy ban nhân dân Phường 10\n\n92,5\n\nB\n\n3\n"
    )
    assert facts(text, date="2020-03-10") == {
        F("UBND phường 4", "local", 2019, rank=1, score=96.0), F("UBND phường 3", "local", 2019, rank=2, score=94.0),
        F("UBND phường 10", "local", 2019, rank=3, score=92.5),
    }


def test_the_portal_table_whose_cells_are_a_place_over_its_value() -> None:
    """The DTI portal's table copied as text: "Xếp hạng DTI | Tỉnh, thành phố | Xếp hạng CQS | …", each cell a place
    on one line and its value in brackets below it, the name sharing a line with the next cell's place. Every
    column gives each body its place and value; a row cut by the excerpt's end gives nothing."""
    text = (
        "Xếp hạng chỉ số chuyển đổi số cấp tỉnh năm 2023\n"
        "Xếp hạng DTI Tỉnh, thành phố Xếp hạng CQS Xếp hạng KTS Xếp hạng XHS\n"
        "1\n(0,7012)\nHải Phòng 2\n(0,7433)\n1\n(0,6810)\n3\n(0,6544)\n"
        "2\n(0,6905)\nBình Dương 1\n(0,7521)\n4\n(0,6011)\n2\n(0,6623)\n"
        "3\n(0,6544)\nLong An 3\n"
    )
    got = facts(text, date="2024-08-01")
    assert {
        F("Hải Phòng", "dti", 2023, rank=1, score=0.7012), F("Hải Phòng", "dti", 2023, component="chính quyền số", rank=2, score=0.7433),
        F("Bình Dương", "dti", 2023, component="xã hội số", rank=2, score=0.6623), F("Bình Dương", "dti", 2023, rank=2, score=0.6905),
    } <= got
    assert len(got) == 8 and not any(f[0] == "Long An" for f in got)


def test_rows_of_two_editions_places_give_the_first() -> None:
    """A table "Quốc gia | GCI 2018 | GCI 2017" copied as "Hà Lan 2 4" rows: the sorted first column is this
    edition's place; the earlier one, in no stated order, is left out."""
    text = (
        "Bảng: 5 nền kinh tế đứng đầu Bảng xếp hạng GCI 2018\n"
        "Quốc gia\n"
        "GCI 2018 GCI 2017\n\n"
        "Mỹ 1 2\n\n"
        "Singapore 2 3\n\n"
        "Đức 3 5\n\n"
        "Thụy Sĩ 4 1\n\n"
        "Nhật Bản 5 9\n"
    )
    got = facts(text, date="2018-10-20")
    assert {(f[0], f[4], f[5]) for f in got if f[5] is not None} == {
        ("Mỹ", 2018, 1), ("Singapore", 2018, 2), ("Đức", 2018, 3), ("Thụy Sĩ", 2018, 4), ("Nhật Bản", 2018, 5)
    }


def test_one_bodys_years_as_barred_columns_with_places_over_fields_and_changes() -> None:
    """"Năm | 2015 | 2017 | 2019 |" over "Xếp hạng | 70/141 | 64/136 |" and "Cải thiện (bậc) | 0 | 6 |": each
    edition's place, field and change for the body the line above names."""
    text = (
        "Năng lực cạnh tranh du lịch của Việt Nam qua các kỳ\n"
        "Năm | 2015 | 2017 | 2019 |\n"
        "Xếp hạng | 70/141 | 64/136 | 60/140 |\n"
        "Cải thiện (bậc) | 0 | 6 | 4 |\n"
    )
    assert facts(text, date=None) == {
        F("Việt Nam", "other", 2015, rank=70, total=141, change=0),
        F("Việt Nam", "other", 2017, rank=64, total=136, change=6),
        F("Việt Nam", "other", 2019, rank=60, total=140, change=4),
    }


def test_numbered_lines_whose_value_follows_a_label_after_the_name() -> None:
    """"1. Thụy Sĩ. Chỉ số EPI: 91,2." (a line each, blank lines between, a country's two-word name oddly
    capitalised): places and values of a world list, dated as a world report is when no edition is named."""
    text = (
        "Danh sách 4 quốc gia có chỉ số môi trường tốt nhất:\n\n"
        "1. Thụy Sĩ. Chỉ số EPI: 91,2.\n\n2. Na Uy. Chỉ số EPI: 90,1.\n\n"
        "3. Hàn quốc. Chỉ số EPI: 89,5.\n\n4. Pháp. Chỉ số EPI: 88,7.\n"
    )
    assert facts(text, date="2017-10-18") == {
        F("Thụy Sĩ", "other", 2017, rank=1, score=91.2), F("Na Uy", "other", 2017, rank=2, score=90.1),
        F("Hàn Quốc", "other", 2017, rank=3, score=89.5), F("Pháp", "other", 2017, rank=4, score=88.7),
    }


def test_a_numbered_list_counted_from_the_bottom_gives_points_only() -> None:
    """"Danh sách 4 quốc gia tham nhũng nhất thế giới" over "1. Somalia: 8 điểm": the worst first, so the numbers
    are no places; the whole points are each row's value."""
    text = ("Danh sách 4 quốc gia tham nhũng nhất thế giới theo chỉ số CPI 2012\n\n"
            "1. Somalia: 8 điểm\n2. Triều Tiên: 8 điểm\n3. Afghanistan: 8 điểm\n4. Nam Sudan: 13 điểm\n")
    assert facts(text, date="2012-12-27") == {
        F("Somalia", "other", 2012, score=8.0), F("Triều Tiên", "other", 2012, score=8.0),
        F("Afghanistan", "other", 2012, score=8.0), F("Nam Sudan", "other", 2012, score=13.0),
    }


def test_picture_captions_between_numbered_lines_break_no_list() -> None:
    """A portal's list with a picture before each member: "… - Ảnh 2." on a line of its own between the numbered lines
    keeps the list going."""
    lines = ["Chỉ số Hòa bình Toàn cầu 2018: các quốc gia an toàn nhất thế giới", ""]
    for n, (name, score) in enumerate((("Iceland", "1,096"), ("New Zealand", "1,192"), ("Áo", "1,274"),
                                       ("Bồ Đào Nha", "1,318")), start=1):
        lines += [f"Các nước an toàn nhất - Ảnh {n}.", "", f"{n}. {name} - Điểm số: {score}", ""]
    got = facts("\n".join(lines), date="2018-06-10")
    assert got == {F("Iceland", "other", 2018, rank=1, score=1.096), F("New Zealand", "other", 2018, rank=2, score=1.192),
                   F("Áo", "other", 2018, rank=3, score=1.274), F("Bồ Đào Nha", "other", 2018, rank=4, score=1.318)}


def test_the_bottom_of_a_table_keeps_the_places_it_writes() -> None:
    """"145 Iraq 53,30", "146 Azerbaijan 53,50", "148 Sudan 54,00" under a sentence on the last places: a table's
    bottom rows, their places written (gaps where ties or rows were left out), are places even under a heading that
    counts from the bottom; a page that numbers its rows ("STT") reads such numbers as row numbers."""
    rows = "145 Iraq 53,30\n146 Azerbaijan 53,50\n148 Sudan 54,00\n149 Afghanistan 54,25\n"
    text = "Chỉ số Tự do Báo chí 2009: Việt Nam vẫn nằm trong số 10 nước đứng cuối bảng.\n" + rows
    assert facts(text, date="2009-10-25") == {
        F("Iraq", "other", 2009, rank=145, score=53.3), F("Azerbaijan", "other", 2009, rank=146, score=53.5),
        F("Sudan", "other", 2009, rank=148, score=54.0), F("Afghanistan", "other", 2009, rank=149, score=54.25),
    }
    numbered = "STT Quốc gia Điểm\n1 Na Uy 0,00\n2 Phần Lan 0,50\n3 Hà Lan 0,75\n\nChỉ số Tự do Báo chí 2009:\n" + rows
    assert all(f[5] is None or f[5] <= 3 for f in facts(numbered, date="2009-10-25"))
