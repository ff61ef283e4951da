"""`xephang ingest`: saved .txt/.html files become articles of source kind `file`, deduplicated and
extracted like crawled ones, on a real DuckDB file with the real extractor."""

from __future__ import annotations

import shutil
from pathlib import Path

from flows.ingest import ingest
from pipeline.extract import EXTRACTOR_VERSION, extract_article, load_article_file
from tests.fixtures_warehouse import make_item
from warehouse import Warehouse
from xephang import cli


def _claims(facts) -> set[tuple]:
    return {c for f in facts for c in f.atomic_claims()}


def test_files_and_folders_become_file_articles_extracted_like_xephang_extract(tmp_path: Path, article_files):
    db = tmp_path / "w.duckdb"
    (article_files["folder"] / "notes.pdf").write_bytes(b"%PDF-1.4")
    report = ingest(db, [article_files["folder"], tmp_path / "missing.txt"])
    assert (report.files, report.new_articles, report.duplicates, report.articles_read) == (3, 3, 0, 3)
    assert sorted(why for _p, why in report.skipped) == ["no such file or folder", "not a .txt or .html file (.pdf)"]
    wh = Warehouse(db)
    rows = wh.query("SELECT url, source, source_kind, CAST(published AS VARCHAR), title FROM articles ORDER BY url")
    assert [(r[1], r[2]) for r in rows] == [("file", "file")] * 3
    dti = next(r for r in rows if r[0].endswith("/dti-2022.txt"))
    assert dti[0] == article_files["dti"].resolve().as_uri() and dti[3] == "2023-07-12"
    assert dti[4] == "Đà Nẵng dẫn đầu Chỉ số chuyển đổi số cấp tỉnh năm 2022"
    # The facts stored are the ones `xephang extract` reads from the same file.
    for name in ("dti", "hostile"):
        path = article_files[name]
        stored = {
            (e, i, c, y, a, v) for e, i, c, y, a, v in wh.query(
                'SELECT f.entity, f."index", NULLIF(f.component, \'\'), NULLIF(f.year, 0), f.attribute, e.value'
                " FROM evidence e JOIN facts f ON f.id = e.fact_id JOIN articles a ON a.id = e.article_id WHERE a.url = ?",
                [path.resolve().as_uri()])
        }
        assert stored == _claims(extract_article(load_article_file(path))) != set()
    # The article without facts was read too, so nothing offers it again.
    assert wh.articles_to_extract(EXTRACTOR_VERSION) == []
    assert wh.query("SELECT count(*) FROM extractions") == [(3,)]
    assert wh.integrity_problems() == {}


def test_ingesting_again_or_a_copy_adds_nothing(tmp_path: Path, article_files):
    db = tmp_path / "w.duckdb"
    ingest(db, [article_files["folder"]])
    before = Warehouse(db).row_counts()
    copy = tmp_path / "elsewhere" / "same-text.txt"
    copy.parent.mkdir()
    shutil.copy(article_files["dti"], copy)
    again = ingest(db, [article_files["folder"], copy])
    assert (again.files, again.new_articles, again.duplicates, again.new_facts) == (4, 0, 4, 0)
    after = Warehouse(db).row_counts()
    grown = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    assert grown == {"crawl_runs": 1, "article_urls": 1}
    # the copy's address is kept as an alias of the stored article, as for a crawled copy
    assert Warehouse(db).query("SELECT kind FROM article_urls WHERE url = ?", [copy.resolve().as_uri()]) == [("alias",)]


def test_cli_ingest_reports_and_refuses_the_demo_file(tmp_path: Path, article_files, capsys):
    db = tmp_path / "w.duckdb"
    assert cli.main(["ingest", str(article_files["dti"]), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 file(s): 1 new article(s), 0 already stored; 1 article(s) read, 6 new fact value(s)" in out
    assert cli.main(["ingest", str(tmp_path / "nothing-here"), "--db", str(db)]) == 2
    assert "no .txt or .html file found" in capsys.readouterr().err
    # A file holding the demo's invented articles is not mixed with real saved articles.
    demo = tmp_path / "demo.duckdb"
    wh = Warehouse(demo)
    run = wh.start_run(["chinhquyenso"])
    wh.load_articles(run, [make_item("https://chinhquyenso.example/a", "Bài demo về chuyển đổi số.", source="chinhquyenso")])
    assert cli.main(["ingest", str(article_files["dti"]), "--db", str(demo)]) == 2
    assert "demo" in capsys.readouterr().err
    assert Warehouse(demo).query("SELECT count(*) FROM articles WHERE source = 'file'") == [(0,)]
