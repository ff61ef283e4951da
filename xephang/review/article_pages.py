"""The HTML of article mode and of the article queue.

Same rules as pages.py: every string from the database goes through `esc`; the article text is
escaped piece by piece between the marks this module writes; no inline script or style (the page's
behaviour is static/article.js). The text is shown whole, each claim marked in place and coloured by
attribute, the claims listed beside it; the add form's entity field suggests the gazetteer's names.
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

from xephang.review.article import ArticleView, Claim, claim_json
from xephang.review.article_queue import ArticleFilters, QueuedArticle
from xephang.review.chart import INDEX_NAMES
from xephang.review.pages import ATTRIBUTE_NAMES, DECISION_NAMES, ENTITY_TYPE_NAMES, esc, fmt_value, safe_href

STATUS_NAMES = {**DECISION_NAMES, "added": "người duyệt thêm"}


def _claim_id(n: int) -> str:
    return f"c{n}"


def marked_text(view: ArticleView) -> str:
    """The article text, escaped, with a <mark> over every placed claim (data-claims: the claims it covers)."""
    text = view.text
    cuts = {0, len(text)}
    placed = [(n, c) for n, c in enumerate(view.claims) if c.start is not None and c.end is not None and c.end > c.start]
    for _n, c in placed:
        cuts.update((max(0, min(c.start, len(text))), max(0, min(c.end, len(text)))))  # type: ignore[arg-type]
    points = sorted(cuts)
    out: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        covering = [(n, c) for n, c in placed if c.start <= a and b <= c.end]  # type: ignore[operator]
        chunk = html.escape(text[a:b], quote=True)
        if not covering:
            out.append(chunk)
            continue
        first = covering[0][1]
        classes = ["fx", f"attr-{first.attribute}"]
        if any(c.decision == "added" for _n, c in covering):
            classes.append("added")
        if any(c.decision == "reject" for _n, c in covering) and all(c.decision == "reject" for _n, c in covering):
            classes.append("rejected")
        ids = " ".join(_claim_id(n) for n, _c in covering)
        out.append(f'<mark class="{" ".join(classes)}" data-claims="{ids}">{chunk}</mark>')
    return "".join(out)


def _key(c: Claim) -> str:
    parts = [INDEX_NAMES.get(c.index, c.index)]
    parts += [p for p in (c.component, c.group) if p]
    parts.append(str(c.year) if c.year else "năm ?")
    return " · ".join(parts)


def _claim_item(n: int, c: Claim) -> str:
    status = c.decision or ""
    badge = (f'<span class="badge d-{esc(status)}">{esc(STATUS_NAMES.get(status, status))}</span>' if status
             else '<span class="badge todo">chưa duyệt</span>')
    value = fmt_value(c.attribute, c.value)
    if c.decision == "correct" and c.corrected_value is not None:
        value += f" → {fmt_value(c.attribute, c.corrected_value)}"
    changes = ", ".join(f"{k} = {v}" for k, v in c.changes.items())
    where = "" if c.start is not None else ' <span class="muted small">(không định vị được trong bài)</span>'
    review = f' data-review="{c.review_id}"' if c.review_id is not None else ""
    value_id = f' data-value-id="{c.value_id}"' if c.value_id is not None else ""
    return (
        f'<li id="{_claim_id(n)}" class="claim-item attr-{esc(c.attribute)}" data-fact="{c.fact_id}"{value_id}{review}'
        f' data-decision="{esc(status)}" data-fields="{esc(claim_json(c))}" data-value="{esc(fmt_value(c.attribute, c.value).lstrip("+"))}">'
        f'<span class="swatch attr-{esc(c.attribute)}"></span><b class="entity">{esc(c.entity)}</b> {badge}<br>'
        f'<span class="muted">{esc(_key(c))}</span><br>'
        f'{esc(ATTRIBUTE_NAMES.get(c.attribute, c.attribute))} = <b class="value">{esc(value)}</b>'
        + (f' <span class="muted small">{esc(changes)}</span>' if changes else "")
        + where + "</li>"
    )


def _add_form(entity_names: list[tuple[str, str]]) -> str:
    options = "".join(f'<option value="{esc(name)}">{esc(ENTITY_TYPE_NAMES.get(t, t))}</option>' for name, t in entity_names)
    types = "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in ENTITY_TYPE_NAMES.items())
    indexes = "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in INDEX_NAMES.items())
    attrs = "".join(
        f'<label>{esc(label)} <input name="{esc(a)}" inputmode="decimal" autocomplete="off"></label>'
        for a, label in ATTRIBUTE_NAMES.items()
    )
    return (
        '<form id="add-form" class="correct" hidden>'
        '<h3>Thêm dữ kiện bị bỏ sót</h3>'
        '<p class="muted small" id="add-where">Bôi đen chữ nêu dữ kiện (hoặc đặt con trỏ trong câu) rồi nhấn <kbd>n</kbd>.</p>'
        f'<datalist id="entity-names">{options}</datalist>'
        '<div class="grid">'
        '<label>đơn vị <input name="entity" list="entity-names" autocomplete="off" required></label>'
        f'<label>loại <select name="entity_type">{types}</select></label>'
        f'<label>chỉ số <select name="index">{indexes}</select></label>'
        '<label>thành phần <input name="component" autocomplete="off"></label>'
        '<label>nhóm <input name="group" autocomplete="off"></label>'
        '<label>năm <input name="year" inputmode="numeric" autocomplete="off"></label>'
        f"{attrs}</div>"
        '<p><button type="submit" class="primary">Lưu (Enter)</button> <button type="button" id="cancel-add">Huỷ (Esc)</button></p>'
        "</form>"
    )


def _correct_form() -> str:
    fields = [("value", "giá trị"), ("entity", "đơn vị"), ("index", "chỉ số"), ("component", "thành phần"),
              ("group", "nhóm"), ("year", "năm")]
    inputs = "".join(f'<label>{esc(label)} <input name="{esc(name)}" autocomplete="off"></label>' for name, label in fields)
    return (
        '<form id="correct-form" class="correct" hidden><h3>Sửa dữ kiện đang chọn</h3>'
        f'<div class="grid">{inputs}</div>'
        '<label class="wide">Ghi chú <input name="comment" value=""></label>'
        '<p><button type="submit" class="primary">Lưu (Enter)</button> <button type="button" id="cancel-correct">Huỷ (Esc)</button></p>'
        "</form>"
    )


def article_body(view: ArticleView, entity_names: list[tuple[str, str]], next_href: str, queue_href: str) -> str:
    """Article mode: the marked text on the left, the claims and the forms on the right."""
    href = safe_href(view.url)
    title = esc(view.title or view.url)
    heading = f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{title}</a>' if href else title
    done = (f'<span class="badge d-accept" id="done-badge">đã duyệt xong · {esc(view.done_by or "?")} · {esc((view.done_at or "")[:19])} UTC</span>'
            if view.done_id is not None else '<span class="badge todo" id="done-badge">chưa duyệt xong</span>')
    claims = "".join(_claim_item(n, c) for n, c in enumerate(view.claims))
    legend = "".join(f'<span class="swatch attr-{esc(a)}"></span>{esc(name)} ' for a, name in ATTRIBUTE_NAMES.items())
    return (
        f'<div class="article-layout" id="article" data-article="{view.article_id}" data-done="{"" if view.done_id is None else view.done_id}"'
        f' data-next="{esc(next_href)}">'
        f'<section class="card article-text"><h2>{heading}</h2>'
        f'<p class="meta">{esc(view.source or "")} · {esc(view.source_kind or "")} · {esc(view.published or "không rõ ngày")}'
        f' · bài số {view.article_id} · đọc bởi {esc(", ".join(view.versions) or "—")} {done}</p>'
        f'<p class="legend">{legend}<span class="swatch added"></span>người duyệt thêm</p>'
        f'<div id="article-text" class="article-body">{marked_text(view)}</div></section>'
        '<aside class="card claims">'
        f'<h2>Dữ kiện ({len(view.claims)})</h2>'
        '<div class="actions">'
        '<button type="button" id="btn-accept" class="accept"><kbd>a</kbd> Chấp nhận</button>'
        '<button type="button" id="btn-reject" class="reject"><kbd>r</kbd> Bác bỏ</button>'
        '<button type="button" id="btn-correct" class="correct-btn"><kbd>c</kbd> Sửa</button>'
        '<button type="button" id="btn-add"><kbd>n</kbd> Thêm dữ kiện</button>'
        '<button type="button" id="btn-done" class="primary"><kbd>d</kbd> Duyệt xong bài</button>'
        '<button type="button" id="btn-undo"><kbd>u</kbd> Hoàn tác</button>'
        f'<a href="{esc(queue_href)}">Hàng đợi bài</a></div>'
        '<p id="status" class="status" role="status" aria-live="polite"></p>'
        f"{_correct_form()}{_add_form(entity_names)}"
        + (f'<ol class="claim-list">{claims}</ol>' if claims else '<p class="muted">Không có dữ kiện nào được trích xuất.</p>')
        + '<p class="muted small"><kbd>j</kbd>/<kbd>k</kbd> dữ kiện tiếp/trước · nhấp vào chữ được tô để chọn</p>'
        "</aside></div>"
    )


def queue_link(filters: ArticleFilters, **extra: str) -> str:
    query = {**filters.as_query(), **{k: v for k, v in extra.items() if v}}
    return "/articles" + ("?" + urlencode(query) if query else "")


def article_queue_body(items: list[QueuedArticle], filters: ArticleFilters, sources: list[str]) -> str:
    """The queue of articles to review next, with its filters."""
    def select(name: str, label: str, options: list[tuple[str, str]], current: str) -> str:
        opts = "".join(f'<option value="{esc(v)}"{" selected" if v == current else ""}>{esc(t)}</option>' for v, t in options)
        return f'<label>{esc(label)} <select name="{esc(name)}">{opts}</select></label>'

    bar = (
        '<form class="filters" method="get" action="/articles">'
        + select("status", "Trạng thái", [("todo", "chưa duyệt xong"), ("done", "đã duyệt xong"), ("all", "tất cả")], filters.status)
        + select("source", "Nguồn", [("", "tất cả")] + [(s, s) for s in sources], filters.source)
        + select("facts", "Dữ kiện", [("", "tất cả"), ("none", "không tìm thấy dữ kiện"), ("some", "có dữ kiện")], filters.facts)
        + '<button type="submit">Lọc</button></form>'
    )
    rows = "".join(
        f'<li><a href="/article/{it.article_id}"><b>{esc(it.title or it.url)}</b><br><span class="muted">'
        f'{esc(it.source or "")} · {esc(it.published or "không rõ ngày")} · {it.claims} dữ kiện'
        f'{" · " + esc(", ".join(INDEX_NAMES.get(i, i) for i in it.indexes)) if it.indexes else ""}'
        f'{" · đã duyệt xong" if it.done else ""}{" · có quyết định" if it.touched and not it.done else ""}</span></a></li>'
        for it in items
    )
    return (
        f'{bar}<main class="accuracy"><section class="card"><h2>Bài cần duyệt ({len(items)})</h2>'
        '<p class="muted">Bài chưa ai duyệt trước, xen kẽ giữa các nguồn, chỉ số và năm, để ước lượng độ phủ (recall) không lệch.</p>'
        f'<ol class="article-queue">{rows}</ol></section></main>'
    )
