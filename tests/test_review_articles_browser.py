"""Article mode in real headless Chromium: add a missed fact by selecting its words, correct one,
reject one, mark the article done, reload and find it all kept; recall on the accuracy tab as worked
out by hand; export → `xephang evaluate` gives the same figures; hostile text runs nothing.

The articles are files ingested with `flows.ingest.ingest` (the real loader and extractor), so
what the page shows is what the product stores. The browser helpers are test_review_browser.py's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.ingest import ingest
from pipeline.extract import EXTRACTOR_VERSION
from tests.fixtures_articles import MISSED_WORDS
from tests.test_review_browser import WAIT_S, _open, _press, _shot, browser  # noqa: F401 - the fixture
from tests.test_review_data import serving
from warehouse import Warehouse
from xephang import cli
from xephang.review.accuracy import wilson

pytestmark = pytest.mark.slow


def _article_id(wh: Warehouse, name: str) -> int:
    [(article_id,)] = wh.query("SELECT id FROM articles WHERE url LIKE ?", [f"%/{name}"])
    return int(article_id)


def _acting(driver, action) -> None:
    """Do something that reloads the page, and wait until the new page is ready."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.__stale = 1;")
    action()
    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script("return window.__stale === undefined && document.body.dataset.ready === '1'"))


def _claim(driver, entity: str, attribute: str):
    """The list item of a claim, by its entity and attribute."""
    from selenium.webdriver.common.by import By

    for li in driver.find_elements(By.CSS_SELECTOR, "li.claim-item"):
        if li.find_element(By.CSS_SELECTOR, "b.entity").text == entity and f"attr-{attribute}" in li.get_attribute("class"):
            return li
    raise AssertionError(f"no claim {entity} {attribute} on the page")


def _select_words(driver, words: str) -> None:
    """Select `words` in the article text, as a reviewer dragging over them does."""
    found = driver.execute_script(
        """
        const box = document.getElementById('article-text');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(arguments[0]);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i); r.setEnd(n, i + arguments[0].length);
          const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
          return true;
        }
        return false;""", words)
    assert found, words


def test_article_mode_add_correct_reject_done_recall_and_export(browser, tmp_path: Path, article_files, capsys):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    db = tmp_path / "w.duckdb"
    report = ingest(db, [article_files["folder"]])
    assert (report.files, report.new_articles, report.articles_read) == (3, 3, 3)
    wh = Warehouse(db)
    dti, hostile = _article_id(wh, "dti-2022.txt"), _article_id(wh, "ha-giang.html")

    with serving(wh, reviewer="lan") as (base, _app):
        # The accuracy tab before: no article is done, so there is no recall yet.
        _open(driver, f"{base}/accuracy")
        assert driver.find_elements(By.ID, "recall-headline") == []

        # 1. the article, every extracted claim marked in the text and listed beside it.
        _open(driver, f"{base}/article/{dti}")
        items = driver.find_elements(By.CSS_SELECTOR, "li.claim-item")
        assert len(items) == 6
        marks = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.fx")
        assert [m.text for m in marks] == ["xếp thứ 1/63", "tăng 34 bậc"]
        assert "attr-rank" in marks[0].get_attribute("class")
        assert driver.find_element(By.ID, "article-text").text.startswith("Đà Nẵng dẫn đầu")
        _shot(driver, tmp_path, "article-before.png")

        # 2. add the missed fact: select its words, n, type the fields, Enter.
        _select_words(driver, MISSED_WORDS)
        _press(driver, "n")
        form = driver.find_element(By.ID, "add-form")
        assert form.is_displayed() and MISSED_WORDS in driver.find_element(By.ID, "add-where").text
        entity = form.find_element(By.NAME, "entity")
        assert driver.switch_to.active_element == entity
        assert "Thừa Thiên Huế" in [o.get_attribute("value") for o in form.find_elements(By.CSS_SELECTOR, "#entity-names option")]
        entity.send_keys("Thừa Thiên Huế")
        assert Select(form.find_element(By.NAME, "index")).first_selected_option.get_attribute("value") == "dti"
        form.find_element(By.NAME, "year").send_keys("2022")
        rank = form.find_element(By.NAME, "rank")
        rank.send_keys("2")
        _shot(driver, tmp_path, "article-add-form.png")
        _acting(driver, lambda: rank.send_keys("\n"))
        [(sentence, start, end, who)] = wh.query(
            "SELECT sentence, span_start, span_end, reviewer FROM review_additions WHERE entity = 'Thừa Thiên Huế'")
        assert who == "lan" and sentence.startswith("Thừa Thiên Huế được nhiều người") and sentence.endswith("Đà Nẵng.")
        assert wh.query("SELECT rank, resolved_by FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(2, "review")]
        added = driver.find_element(By.CSS_SELECTOR, "#article-text mark.fx.added")
        assert added.text == MISSED_WORDS

        # 3. correct Quảng Ngãi's rank (click it in the list, c, type, Enter).
        _claim(driver, "Quảng Ngãi", "rank").click()
        _press(driver, "c")
        value = driver.find_element(By.CSS_SELECTOR, '#correct-form input[name="value"]')
        assert driver.switch_to.active_element == value and value.get_attribute("value") == "21"
        value.clear()
        value.send_keys("22")
        _acting(driver, lambda: value.send_keys("\n"))
        assert wh.query("SELECT rank FROM rankings WHERE entity = 'Quảng Ngãi'") == [(22,)]

        # 4. reject Đà Nẵng's score (clicking its words cycles through the claims they carry).
        _claim(driver, "Đà Nẵng", "score").click()
        _acting(driver, lambda: _press(driver, "r"))
        assert wh.query("SELECT score FROM rankings WHERE entity = 'Đà Nẵng'") == [(None,)]

        # 5. article done; undo it (the trail keeps both); done again.
        _acting(driver, lambda: _press(driver, "d"))
        assert wh.query("SELECT reviewer FROM article_reviews WHERE article_id = ?", [dti]) == [("lan",)]
        _acting(driver, lambda: _press(driver, "u"))
        assert wh.query("SELECT count(*) FROM article_reviews") == [(0,)]
        _acting(driver, lambda: driver.find_element(By.ID, "btn-done").click())
        assert wh.query("SELECT action, actor FROM review_log WHERE decision = 'article_done' ORDER BY id") == [
            ("made", "lan"), ("undone", "lan"), ("made", "lan")]

        # 6. reload: everything is kept and shown.
        _open(driver, f"{base}/article/{dti}")
        assert "đã duyệt xong · lan" in driver.find_element(By.ID, "done-badge").text
        assert _claim(driver, "Quảng Ngãi", "rank").find_element(By.CSS_SELECTOR, "b.value").text == "21 → 22"
        assert _claim(driver, "Đà Nẵng", "score").get_attribute("data-decision") == "reject"
        assert _claim(driver, "Thừa Thiên Huế", "rank").get_attribute("data-decision") == "added"
        assert _claim(driver, "Đà Nẵng", "rank").get_attribute("data-decision") == ""
        assert driver.find_element(By.CSS_SELECTOR, "#article-text mark.fx.added").text == MISSED_WORDS
        _shot(driver, tmp_path, "article-done.png")

        # 7. recall by hand: 6 claims read; gold = DN rank, DN total, QN rank 22, QN total, QN change, TTH rank 2.
        #    tp 4 (DN rank, DN total, QN total, QN change); fp 2 (DN score, QN rank 21); fn 2 (QN rank 22, TTH rank).
        _open(driver, f"{base}/accuracy")
        headline = driver.find_element(By.ID, "recall-headline").text
        assert "66.7%" in headline and "(4/6;" in headline and "F1 66.7%" in headline and "1 bài" in headline
        low, high = wilson(4, 6)
        assert f"{low:.1%} – {high:.1%}" in driver.find_element(By.CSS_SELECTOR, "table.recall").text
        driver.set_window_size(1400, 2200)
        _shot(driver, tmp_path, "accuracy-recall.png")
        driver.set_window_size(1400, 1000)

        # 8. the hostile article: its markup is text, nothing ran.
        _open(driver, f"{base}/article/{hostile}")
        text = driver.find_element(By.ID, "article-text").text
        assert '<img src=x onerror="window.__pwned=2">' in text and "<script>window.__pwned=1</script>" in text
        assert driver.execute_script("return typeof window.__pwned") == "undefined"
        assert driver.title.startswith('Bài · Hà Giang công bố <b onmouseover="window.__pwned=3">')  # shown, not run
        assert driver.find_elements(By.CSS_SELECTOR, "#article img, #article script, #article svg, #article [onerror],"
                                                      " #article [onload], #article [onmouseover]") == []
        assert driver.find_element(By.CSS_SELECTOR, "#article-text mark.fx").text == "xếp thứ 60/63"
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
        _shot(driver, tmp_path, "article-hostile.png")

    # 9. the CLI has the same recall, and export → evaluate gives the same figures.
    capsys.readouterr()
    assert cli.main(["accuracy", "--db", str(db), "--json", "--evaluate-file", str(tmp_path / "none.json")]) == 0
    figures = json.loads(capsys.readouterr().out)["recall"]["by_version"][EXTRACTOR_VERSION]
    assert (figures["tp"], figures["fp"], figures["fn"], figures["recall"]) == (4, 2, 2, 0.6667)
    gold = tmp_path / "gold.jsonl"
    assert cli.main(["review", "export", str(gold), "--db", str(db)]) == 0
    assert "1 article(s), 3 gold fact(s)" in capsys.readouterr().out
    assert cli.main(["evaluate", str(gold), "--json"]) == 0
    strict = json.loads(capsys.readouterr().out)["strict"]["overall"]
    assert {k: strict[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")} == {
        k: figures[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}
    assert wh.integrity_problems() == {}
