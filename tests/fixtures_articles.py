"""Article files for the whole-article review tests: saved the way a user saves them, ingested for real.

`DTI_TXT` is read by the real extractor as six atomic claims (Đà Nẵng rank 1/63 with 0,6667 points;
Quảng Ngãi rank 21/63, up 34) and misses one the text states: Thừa Thiên Huế second ("chỉ xếp sau
Đà Nẵng"). `HOSTILE_HTML` is a saved page whose text, once reduced, still carries markup and script
as words: the review page must show them as text and run none of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DTI_TXT = """Date: 2023-07-12
Đà Nẵng dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2022

Theo kết quả công bố Chỉ số chuyển đổi số cấp tỉnh năm 2022, Đà Nẵng xếp thứ 1/63 tỉnh, thành phố với 0,6667 điểm.

Quảng Ngãi tăng 34 bậc, lên vị trí 21/63. Thừa Thiên Huế được nhiều người nhắc đến như một điểm sáng, chỉ xếp sau Đà Nẵng.

Bà Rịa - Vũng Tàu năm nay đạt thành tích tốt về chuyển đổi số.
"""
MISSED_WORDS = "chỉ xếp sau Đà Nẵng"

HOSTILE_HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Hà Giang <script>document.title='pwned'</script></title></head><body><article>
<h1>Hà Giang công bố &lt;b onmouseover="window.__pwned=3"&gt;DTI&lt;/b&gt;</h1>
<p>Ngày 14/7/2023, tin tổng hợp &lt;script&gt;window.__pwned=1&lt;/script&gt; về chuyển đổi số của tỉnh.</p>
<p>&lt;img src=x onerror="window.__pwned=2"&gt;Hà Giang xếp thứ 60/63 trong Chỉ số chuyển đổi số năm 2022.</p>
<p>&lt;svg onload="window.__pwned=5"&gt;&lt;/svg&gt; Tỉnh đặt mục tiêu cải thiện thứ hạng trong năm tới.</p>
<script>window.__pwned = 9</script>
</article></body></html>
"""

NO_FACT_TXT = """Date: 2023-08-01
Hội thảo chuyển đổi số tại Cần Thơ

Sáng nay, hội thảo về chuyển đổi số cấp tỉnh diễn ra tại Cần Thơ với sự tham gia của nhiều doanh nghiệp.
"""


@pytest.fixture
def article_files(tmp_path: Path) -> dict[str, Path]:
    """The saved articles in a folder of their own: {'dti': …, 'hostile': …, 'nofact': …, 'folder': …}."""
    folder = tmp_path / "saved"
    folder.mkdir()
    files = {"dti": folder / "dti-2022.txt", "hostile": folder / "ha-giang.html", "nofact": folder / "hoi-thao.txt"}
    files["dti"].write_text(DTI_TXT, encoding="utf-8")
    files["hostile"].write_text(HOSTILE_HTML, encoding="utf-8")
    files["nofact"].write_text(NO_FACT_TXT, encoding="utf-8")
    return {**files, "folder": folder}
