"""Real-press gold holds no text: `xephang evaluate` reads each page from a cache outside the repository,
checks it against the manifest's hash, and reports (never scores) a page that is missing or changed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pipeline.realpress import canonical, fingerprint
from pipeline.realpress import main as realpress_main
from xephang.cli import main

# Two pages written for this test (real pages live only in the cache; CI has none).
PAGES = {
    "t001": "Bình Phước tăng 12 bậc về chuyển đổi số\nTheo Chỉ số chuyển đổi số (DTI) năm 2022, Bình Phước "
            "xếp thứ 12/63 tỉnh, thành phố.",
    "t002": "Kết quả DTI 2022\nĐà Nẵng dẫn đầu, Hồ Chí Minh xếp thứ hai.",
}
GOLD = [
    {"id": "t001", "url": "https://example.invalid/a", "date": "2023-07-14", "kind": "brief", "facts": [
        {"entity": "Bình Phước", "entity_type": "province", "index": "dti", "component": None, "group": None,
         "year": 2022, "rank": 12, "rank_total": 63, "top": None, "score": None, "rank_change": 12}]},
    {"id": "t002", "url": "https://example.invalid/b", "date": "2023-07-14", "kind": "brief", "facts": [
        {"entity": "Đà Nẵng", "entity_type": "province", "index": "dti", "component": None, "group": None,
         "year": 2022, "rank": 1, "rank_total": None, "top": None, "score": None, "rank_change": None},
        {"entity": "Hồ Chí Minh", "entity_type": "province", "index": "dti", "component": None, "group": None,
         "year": 2022, "rank": 2, "rank_total": None, "top": None, "score": None, "rank_change": None}]},
]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def realpress(tmp_path: Path) -> tuple[Path, Path]:
    """(gold file with its manifest beside it, cache folder), stamped by the module annotators use."""
    gold_dir, cache = tmp_path / "gold", tmp_path / "cache"
    gold_dir.mkdir()
    cache.mkdir()
    for pid, text in PAGES.items():
        (cache / f"{pid}.txt").write_text(text, encoding="utf-8")
    _write_jsonl(gold_dir / "manifest.jsonl", [
        {"id": g["id"], "url": g["url"], "query": "chỉ số chuyển đổi số", "part": "dev"} for g in GOLD
    ])
    assert realpress_main(["stamp", str(gold_dir / "manifest.jsonl"), str(cache)]) == 0
    _write_jsonl(gold_dir / "dev.jsonl", GOLD)
    return gold_dir / "dev.jsonl", cache


def test_hash_ignores_white_space_only() -> None:
    assert fingerprint("Đà Nẵng  dẫn đầu\n\n") == fingerprint(" Đà Nẵng dẫn đầu")
    assert fingerprint("Đà Nẵng dẫn đầu") != fingerprint("Đà Nẵng dẫn đầu.")
    assert canonical("Ho\u0300a") == canonical("Hòa") != canonical("Hoa")  # NFC: decomposed and composed agree


def test_stamped_manifest_records_length_and_hash(realpress: tuple[Path, Path]) -> None:
    gold, cache = realpress
    rows = [json.loads(x) for x in gold.with_name("manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["n_chars"], r["sha256"]) for r in rows] == [fingerprint(PAGES["t001"]), fingerprint(PAGES["t002"])]


def test_stamping_again_keeps_the_annotated_fingerprints(
    realpress: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    """A cache rebuilt with a different excerpt of a page already stamped: stamping new rows must not take the new
    excerpt's fingerprint for the old row (its gold was annotated on the old text); `verify` reports it."""
    gold, cache = realpress
    manifest = gold.with_name("manifest.jsonl")
    before = manifest.read_text(encoding="utf-8")
    (cache / "t002.txt").write_text(PAGES["t002"] + " Một câu khác.", encoding="utf-8")
    assert realpress_main(["stamp", str(manifest), str(cache)]) == 0
    assert manifest.read_text(encoding="utf-8") == before
    assert "stamped 0 new pages of 2" in capsys.readouterr().out
    assert realpress_main(["verify", str(manifest), str(cache)]) == 1
    assert "t002" in capsys.readouterr().out


def test_evaluate_reads_texts_from_the_cache(realpress: tuple[Path, Path], capsys: pytest.CaptureFixture) -> None:
    gold, cache = realpress
    assert main(["evaluate", str(gold), "--cache", str(cache), "--json", "--no-save"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 2
    assert out["strict"]["overall"]["fn"] == 0 and out["strict"]["overall"]["tp"] == 5


def test_changed_or_missing_page_is_reported_not_scored(
    realpress: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    gold, cache = realpress
    (cache / "t002.txt").write_text(PAGES["t002"] + " Thêm một câu.", encoding="utf-8")
    assert main(["evaluate", str(gold), "--cache", str(cache), "--json", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"] == 1
    assert "left out t002: cached text differs from the manifest" in captured.err
    (cache / "t001.txt").unlink()
    assert main(["evaluate", str(gold), "--cache", str(cache), "--no-save"]) == 2
    err = capsys.readouterr().err
    assert "left out t001: not in the cache" in err and "no article could be scored" in err


def test_figures_only_prints_no_claims(
    realpress: tuple[Path, Path], capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture
) -> None:
    gold, cache = realpress
    # a page whose reading drops an implausible value: the extractor's note would name it
    (cache / "t002.txt").write_text(PAGES["t002"] + " Hồ Chí Minh đạt 71,63 điểm.", encoding="utf-8")
    manifest = gold.with_name("manifest.jsonl")
    rows = [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines()]
    _write_jsonl(manifest, [{k: v for k, v in r.items() if r["id"] != "t002" or k not in ("n_chars", "sha256")}
                            for r in rows])  # t002 annotated anew: its row unstamped
    assert realpress_main(["stamp", str(manifest), str(cache)]) == 0
    with caplog.at_level(logging.WARNING):
        assert main(["evaluate", str(gold), "--cache", str(cache), "--figures-only", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert "per index (strict)" in captured.out and "dti" in captured.out
    assert "missed" not in captured.out and "Bình Phước" not in captured.out
    assert "Hồ Chí Minh" not in captured.err + caplog.text
    # the overall figures alone, as a held-out run may show them: no note either
    with caplog.at_level(logging.WARNING):
        assert main(["evaluate", str(gold), "--cache", str(cache), "--summary-only", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert "strict" in captured.out and "Hồ Chí Minh" not in captured.out + captured.err + caplog.text
    with caplog.at_level(logging.WARNING):
        assert main(["evaluate", str(gold), "--cache", str(cache), "--no-save"]) == 0
    # without the flag the note is shown: to the log capture, or on stderr through Prefect's console handler when
    # this test is the first to start the CLI in the process (Prefect then sets up logging after caplog did)
    assert "score 71.63 outside dti's range" in capsys.readouterr().err + caplog.text


def test_gold_without_text_needs_its_manifest(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    _write_jsonl(tmp_path / "dev.jsonl", GOLD)
    assert main(["evaluate", str(tmp_path / "dev.jsonl"), "--no-save"]) == 2
    assert "no manifest" in capsys.readouterr().err


def test_a_page_republished_under_another_url_is_found_as_a_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`similar` compares a new page with every cached one by 8-word shingles: a copy with another headline and a
    few words changed is caught; a different article on the same ranking is not."""
    cache = tmp_path / "cache"
    cache.mkdir()
    body = ("Theo kết quả đánh giá chỉ số chuyển đổi số năm 2022 vừa được công bố, tỉnh Kon Tum xếp thứ 33 trên 63 "
            "tỉnh thành phố, tăng bảy bậc so với năm trước nhờ chính quyền số và kinh tế số cùng được cải thiện rõ rệt.")
    (cache / "a001.txt").write_text("Kon Tum tăng bảy bậc\n" + body, encoding="utf-8")
    copy = tmp_path / "new.txt"
    copy.write_text("Tin mới: Kon Tum tăng hạng\n" + body.replace("rõ rệt", "đáng kể"), encoding="utf-8")
    assert realpress_main(["similar", str(copy), str(cache)]) == 1
    assert "SKIP" in capsys.readouterr().out
    other = tmp_path / "other.txt"
    other.write_text("Bình Định dẫn đầu khu vực miền Trung về chuyển đổi số năm 2023, xếp thứ 9 cả nước với giá trị "
                     "DTI đạt 0,6123 theo báo cáo mới nhất của Bộ Thông tin và Truyền thông.", encoding="utf-8")
    assert realpress_main(["similar", str(other), str(cache)]) == 0
    assert "OK" in capsys.readouterr().out
