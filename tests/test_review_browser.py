"""The review page in real headless Chromium: keyboard decisions, correction, undo, hostile text.

Driven by Selenium through Debian's /usr/bin/chromedriver (given explicitly, so Selenium Manager
never downloads anything). Without chromium the tests fail with the apt command to run: a skipped
browser test would hide a broken review page. Every wait below is for a page state (a URL, an
element), never a time; the assertions are on the warehouse and the DOM.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_review_data import VERSION, build, serving
from xephang import cli
from xephang.review.accuracy import save_evaluate_summary, wilson

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Screenshots stay in the test's tmp folder; set XEPHANG_SCREENSHOTS=DIR to keep a copy to look at.
SCREENSHOTS = os.environ.get("XEPHANG_SCREENSHOTS")
WAIT_S = 30  # an upper bound for a page to settle, not a measured duration


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        pytest.fail(f"headless Chromium is needed for the review page tests but {', '.join(missing)} is missing: "
                    "apt-get install -y chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="xephang-chromium-", dir=tmp_path)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1000", "--lang=vi"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver, url: str) -> None:
    """Load a page and wait until review.js has wired the keys (it marks <body data-ready>)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, WAIT_S).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def _press(driver, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def _wait_for_fact_change(driver, old: str) -> None:
    """After a decision the page moves on: wait for a newly loaded page showing another fact or the end."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script(
            "const m = document.getElementById('review');"
            "return document.body.dataset.ready === '1' && m && m.dataset.fact !== arguments[0];", old))


def _wait_for_fact(driver, fact_id: int | str) -> None:
    """Wait for a loaded page showing exactly `fact_id`."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(
        lambda d: d.execute_script(
            "const m = document.getElementById('review');"
            "return document.body.dataset.ready === '1' && m && m.dataset.fact === arguments[0];", str(fact_id)))


def _shot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    driver.save_screenshot(str(path))
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(SCREENSHOTS) / name)
    return path


def _post_without_token(base: str, fact_id: int) -> int:
    req = urllib.request.Request(f"{base}/api/review", data=json.dumps({"fact_id": fact_id, "decision": "reject"}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req) as res:
            return res.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_keyboard_review_correct_undo_and_accuracy(browser, tmp_path: Path, capsys):
    from selenium.webdriver.common.by import By

    driver = browser
    wh, ids = build(tmp_path / "w.duckdb")
    danang, score = ids["Đà Nẵng/dti/2022/rank"], ids["Đà Nẵng/dti/2022/score"]
    tth, hg = ids["Thừa Thiên Huế/dti/2022/rank"], ids["Hà Giang/dti/2022/rank"]
    evaluate_file = save_evaluate_summary(
        {"articles": 30, "strict": {"overall": {"tp": 80, "fp": 12, "fn": 9, "precision": 0.8696, "recall": 0.8989, "f1": 0.884}},
         "lenient": {"overall": {"tp": 84, "fp": 8, "fn": 5, "precision": 0.913, "recall": 0.9438, "f1": 0.9282}}},
        tmp_path / "evaluate-latest.json", gold_files=["tests/gold/dev.jsonl"], extractor_version=VERSION)

    with serving(wh, reviewer="tester", evaluate_path=evaluate_file) as (base, _app):
        # 1. accept with `a`: the page moves on and the decision is stored with who and when.
        _open(driver, f"{base}/fact/{danang}?status=all")
        _press(driver, "a")
        _wait_for_fact_change(driver, str(danang))
        assert wh.query("SELECT decision, reviewer, reviewed_at IS NOT NULL FROM reviews WHERE fact_id = ?", [danang]) == [
            ("accept", "tester", True)]
        _open(driver, f"{base}/fact/{score}?status=all")
        _press(driver, "a")
        _wait_for_fact_change(driver, str(score))

        # 2. correct a misread rank with `c`, type, Enter.
        _open(driver, f"{base}/fact/{tth}?status=all")
        assert wh.query("SELECT rank FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(3,)]
        _press(driver, "c")
        value = driver.find_element(By.CSS_SELECTOR, '#correct-form input[name="value"]')
        assert value.is_displayed() and driver.switch_to.active_element == value
        value.clear()
        value.send_keys("2")
        driver.find_element(By.CSS_SELECTOR, '#correct-form input[name="comment"]').send_keys("bài viết ghi “đứng thứ hai”")
        value.send_keys("\n")
        _wait_for_fact_change(driver, str(tth))
        assert wh.query("SELECT rank FROM rankings WHERE entity = 'Thừa Thiên Huế'") == [(2,)]

        # 3. reload: the decision is shown, and the corrected value is the fact's value.
        _open(driver, f"{base}/fact/{tth}?status=all")
        assert driver.find_element(By.ID, "fact-value").text == "2"
        history = driver.find_element(By.CSS_SELECTOR, "ol.history").text
        assert "sửa 3 → 2" in history and "tester" in history and "đứng thứ hai" in history
        assert driver.find_elements(By.CSS_SELECTOR, "article.evidence mark.hl-entity")[0].text == "Thừa Thiên Huế"
        _shot(driver, tmp_path, "review-page.png")

        # 4. hostile article: shown as text, nothing runs; reject it with `r`, undo with `u`, reject again.
        _open(driver, f"{base}/fact/{hg}?status=all")
        assert driver.execute_script("return typeof window.__pwned") == "undefined"
        assert "pwned" not in driver.title
        context = driver.find_element(By.CSS_SELECTOR, "article.evidence .context").text
        assert 'onerror="window.__pwned = 2"' in context and "<b onmouseover=" in context
        heading = driver.find_element(By.CSS_SELECTOR, "article.evidence h3").text
        assert heading.startswith("<script>document.title='pwned'</script>")
        assert driver.find_elements(By.CSS_SELECTOR, "main img, main script, main svg[onload], main [onerror], main [onmouseover]") == []
        assert driver.find_element(By.CSS_SELECTOR, "article.evidence mark.hl-value").text == "60"
        # Escaping, not the CSP, stopped it: the browser never even tried to run inline code.
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
        _shot(driver, tmp_path, "review-hostile.png")
        _press(driver, "r")
        _wait_for_fact_change(driver, str(hg))
        assert wh.query("SELECT decision FROM reviews WHERE fact_id = ?", [hg]) == [("reject",)]
        assert wh.query("SELECT count(*) FROM rankings WHERE entity = 'Hà Giang'") == [(0,)]
        _press(driver, "u")
        _wait_for_fact(driver, hg)  # undo lands on the undone fact's page
        assert wh.query("SELECT count(*) FROM reviews WHERE fact_id = ?", [hg]) == [(0,)]
        assert wh.query("SELECT rank FROM rankings WHERE entity = 'Hà Giang'") == [(60,)]
        assert driver.execute_script("return typeof window.__pwned") == "undefined"
        # The undone decision stays in the history, struck through, with who took it back.
        undone = driver.find_element(By.CSS_SELECTOR, "ol.history li.is-undone")
        assert "bác bỏ" in undone.text.lower() and "đã hoàn tác bởi tester" in undone.text
        assert "line-through" in undone.find_element(By.TAG_NAME, "b").value_of_css_property("text-decoration")
        driver.execute_script("arguments[0].scrollIntoView()", undone)
        _shot(driver, tmp_path, "review-undone.png")
        _press(driver, "r")
        _wait_for_fact_change(driver, str(hg))
        assert wh.query("SELECT decision FROM reviews WHERE fact_id = ?", [hg]) == [("reject",)]

        # 5. a conflict (21 in one article, 22 in another): pick the other side explicitly.
        qn = ids["Quảng Ngãi/dti/2022/rank"]
        _open(driver, f"{base}/fact/{qn}?status=all")
        shown = driver.find_element(By.ID, "fact-value").text
        other = "22" if shown == "21" else "21"
        picks = driver.find_elements(By.CSS_SELECTOR, "button.pick")
        assert len(picks) == 2
        [pick] = [b for b in picks if b.find_element(By.XPATH, "..").text.startswith(other + " ")]
        pick.click()
        _wait_for_fact_change(driver, str(qn))
        assert wh.query("SELECT rank FROM rankings WHERE entity = 'Quảng Ngãi'") == [(int(other),)]

        # 6. j/k move through the queue without deciding anything.
        _open(driver, f"{base}/?status=all")
        first = driver.find_element(By.ID, "review").get_attribute("data-fact")
        _press(driver, "j")
        _wait_for_fact_change(driver, first)
        second = driver.find_element(By.ID, "review").get_attribute("data-fact")
        assert second != first
        _press(driver, "k")
        _wait_for_fact(driver, first)

        # 7. a write without the session token is refused and changes nothing.
        before = wh.query("SELECT * FROM reviews ORDER BY id"), wh.query("SELECT * FROM rankings ORDER BY entity, \"index\", year")
        assert _post_without_token(base, danang) == 403
        refused = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/review', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            " body: JSON.stringify({fact_id: arguments[0], decision: 'reject'})}).then(r => done(r.status));", danang)
        assert refused == 403
        after = wh.query("SELECT * FROM reviews ORDER BY id"), wh.query("SELECT * FROM rankings ORDER BY entity, \"index\", year")
        assert after == before

        # 8. the accuracy page: the figures of these decisions and the rank history chart.
        _open(driver, f"{base}/accuracy?entity=%C4%90%C3%A0%20N%E1%BA%B5ng")
        headline = driver.find_element(By.CSS_SELECTOR, "p.headline").text
        assert "60.0%" in headline and "(3/5;" in headline and "5/12" in headline
        assert len(driver.find_elements(By.CSS_SELECTOR, "svg.chart circle")) == 3
        assert driver.find_elements(By.CSS_SELECTOR, "svg.chart polyline")  # DTI 2021 → 2022
        assert "0.884" in driver.find_element(By.TAG_NAME, "main").text
        driver.set_window_size(1400, 2000)
        _shot(driver, tmp_path, "accuracy-page.png")

    # 9. the CLI agrees with what was clicked: 3 accepted, 1 corrected, 1 rejected.
    capsys.readouterr()
    assert cli.main(["accuracy", "--db", str(wh.path), "--evaluate-file", str(evaluate_file)]) == 0
    text = capsys.readouterr().out
    low, high = wilson(3, 5)
    assert f"overall                     3         1        1        5    0.6000  [{low:.4f}, {high:.4f}]" in text
    assert f"  {VERSION:<20}        3         1        1        5    0.6000" in text
    assert "  rank                        2         1        1        4    0.5000" in text
    assert "  score                       1         0        0        1    1.0000" in text
    assert wh.integrity_problems() == {}


def test_accuracy_tab_compares_versions_and_opens_the_diff(browser, warehouse, run_id: int, articles: dict[str, int],
                                                           tmp_path: Path):
    """Two extractor versions: precision per version side by side, and the link to what the newer one changed."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.fixtures_warehouse import make_fact

    a = articles["original"]
    warehouse.load_facts(run_id, "0.9.0", [(a, make_fact(rank=20, sentence="Quảng Ngãi đứng thứ 20.")),
                                           (a, make_fact("Hà Nội", rank=5, start=40, sentence="Hà Nội thứ 5 <b>."))])
    warehouse.load_facts(run_id, "0.10.0", [(a, make_fact(rank=21, sentence="Quảng Ngãi đứng thứ 21.")),
                                            (a, make_fact("Bắc Ninh", rank=4, start=70))])
    ids = {e: f for f, e in warehouse.query("SELECT fact_id, entity FROM facts_v WHERE attribute = 'rank'")}
    warehouse.review(ids["Quảng Ngãi"], "reject", value=20)  # judges 0.9.0's reading
    warehouse.review(ids["Bắc Ninh"], "accept", value=4)     # judges 0.10.0's reading

    driver = browser
    with serving(warehouse) as (base, _app):
        _open(driver, f"{base}/accuracy")
        table = driver.find_element(By.CSS_SELECTOR, "table.versions")
        # Ordered by version number (0.9.0 before 0.10.0), not as text.
        assert [th.text for th in table.find_elements(By.CSS_SELECTOR, "th.version")] == ["0.9.0", "0.10.0"]
        rows = {r.find_elements(By.TAG_NAME, "td")[0].text: [td.text for td in r.find_elements(By.TAG_NAME, "td")[1:]]
                for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")}
        assert rows["tất cả thuộc tính"] == ["0.0% (0/1)", "100.0% (1/1)"]
        assert rows["thứ hạng"] == ["0.0% (0/1)", "100.0% (1/1)"]
        assert rows["bài đã đọc / hiện hành"] == ["1 / 0", "1 / 1"]
        _shot(driver, tmp_path, "accuracy-versions.png")

        driver.find_element(By.CSS_SELECTOR, "a.diff-link").click()
        WebDriverWait(driver, WAIT_S).until(lambda d: "/versions/diff" in d.current_url
                                            and d.find_elements(By.ID, "diff-counts"))
        assert driver.find_element(By.ID, "diff-counts").text.startswith("1 thêm · 1 bỏ · 1 đổi giá trị")
        changes = [[td.text for td in r.find_elements(By.TAG_NAME, "td")[:7]]
                   for r in driver.find_elements(By.CSS_SELECTOR, "table.diff tbody tr")]
        assert changes == [
            ["thêm", "Bắc Ninh\nDTI · 2022", "thứ hạng", "—", "4", "", "Bắc Ninh xếp hạng."],
            ["đổi giá trị", "Quảng Ngãi\nDTI · 2022", "thứ hạng", "20", "21", "Quảng Ngãi đứng thứ 20.",
             "Quảng Ngãi đứng thứ 21."],
            ["bỏ", "Hà Nội\nDTI · 2022", "thứ hạng", "5", "—", "Hà Nội thứ 5 <b>.", ""],
        ]
        _shot(driver, tmp_path, "versions-diff.png")
        # An unknown version is a clear 404, not an error page.
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{base}/versions/diff?old=0.9.0&new=7.7")
        assert err.value.code == 404
