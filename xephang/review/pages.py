"""The HTML of the review and accuracy pages.

Everything that comes from the database (article titles, texts, sentences, URLs, entity names,
reviewer names) goes through `esc` or `highlight.render`, which escape it; the only markup is
written here. No inline script or style: behaviour is in static/review.js and looks in
static/review.css, so the Content-Security-Policy can forbid inline code outright.
"""

from __future__ import annotations

import html
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlencode, urlsplit

from warehouse.versions import VersionDiff, VersionRow
from xephang.review.accuracy import Precision, ReviewAccuracy, gold_rows
from xephang.review.chart import INDEX_NAMES, rank_history_svg
from xephang.review.highlight import highlighted_paragraph
from xephang.review.queue import FactDetail, Filters, QueueItem
from xephang.review.recall import Recall, ReviewRecall
from xephang.review.store import Decision

_BASE = Template((Path(__file__).parent / "templates" / "base.html").read_text(encoding="utf-8"))
ATTRIBUTE_NAMES = {"rank": "thứ hạng", "rank_total": "tổng số xếp hạng", "top": "nhóm top", "score": "điểm",
                   "rank_change": "thay đổi hạng"}
ENTITY_TYPE_NAMES = {"province": "tỉnh/thành phố", "ministry": "bộ, ngành", "agency": "cơ quan thuộc Chính phủ",
                     "local_unit": "đơn vị địa phương", "country": "quốc gia"}
RESOLVED_BY_NAMES = {"review": "người duyệt", "support": "số nguồn ủng hộ", "official_table": "bảng chính thức",
                     "rejected": "đã bác bỏ", "retired": "không còn bản đọc hiện hành nào nêu"}
CHANGE_NAMES = {"added": "thêm", "retired": "bỏ", "changed": "đổi giá trị"}
DECISION_NAMES = {"accept": "chấp nhận", "reject": "bác bỏ", "correct": "sửa"}
MAX_EVIDENCE = 6
# A reviewed fact whose every claim came from readings an extractor upgrade replaced: the review alone holds it.
LOST_BADGE = ('<span class="badge lost" title="Phiên bản trích xuất hiện hành không còn nêu dữ kiện này;'
              ' chỉ quyết định duyệt giữ nó">mất bằng chứng hiện hành</span>')


def esc(value: Any) -> str:
    """HTML-escape anything (None → empty), quotes included so it is safe in attributes too."""
    return "" if value is None else html.escape(str(value), quote=True)


def fmt_value(attribute: str, value: float | None) -> str:
    """21 for ranks, 0,6667 for scores (the decimal comma the articles use), +5 for changes."""
    if value is None:
        return "—"
    if attribute == "score":
        return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")
    n = int(value) if float(value).is_integer() else value
    return f"{n:+d}" if attribute == "rank_change" and isinstance(n, int) else str(n)


def safe_href(url: str | None) -> str | None:
    """Only http(s) links are made clickable: a `javascript:` URL in a crawled item stays text."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def page(title: str, body: str, *, token: str, reviewer: str, active: str) -> str:
    """A whole page in the shared frame."""
    return _BASE.substitute(
        title=esc(title), body=body, token=esc(token), reviewer=esc(reviewer),
        nav_review="active" if active == "review" else "", nav_accuracy="active" if active == "accuracy" else "",
        nav_articles="active" if active == "articles" else "",
    )


def link(path: str, filters: Filters, **extra: str) -> str:
    """`path` with the current filters (and `extra`) as query string."""
    query = {**filters.as_query(), **{k: v for k, v in extra.items() if v}}
    return path + ("?" + urlencode(query) if query else "")


def _select(name: str, label: str, options: list[tuple[str, str]], current: str) -> str:
    opts = "".join(
        f'<option value="{esc(v)}"{" selected" if v == current else ""}>{esc(text)}</option>' for v, text in options
    )
    return f'<label>{esc(label)} <select name="{esc(name)}">{opts}</select></label>'


def filter_bar(filters: Filters, facets: dict[str, list[str]]) -> str:
    """The GET form that narrows the queue."""
    return (
        '<form class="filters" method="get" action="/">'
        + _select("index", "Chỉ số", [("", "tất cả")] + [(i, INDEX_NAMES.get(i, i)) for i in facets["index"]], filters.index)
        + _select("year", "Năm", [("", "tất cả")] + [(y, y) for y in facets["year"]], filters.year)
        + f'<label>Đơn vị <input name="entity" value="{esc(filters.entity)}" placeholder="vd. Đà Nẵng" size="14"></label>'
        + _select("conflict", "Mâu thuẫn", [("", "tất cả"), ("yes", "có"), ("no", "không")], filters.conflict)
        + f'<label>Độ tin cậy <input name="min_conf" value="{esc(filters.min_conf)}" size="4" placeholder="từ">'
        f'–<input name="max_conf" value="{esc(filters.max_conf)}" size="4" placeholder="đến"></label>'
        + _select("status", "Trạng thái", [("todo", "chưa duyệt"), ("reviewed", "đã duyệt"), ("all", "tất cả")], filters.status)
        + '<button type="submit">Lọc</button></form>'
    )


def _key_line(item: QueueItem) -> str:
    parts = [INDEX_NAMES.get(item.index, item.index)]
    parts += [p for p in (item.component, item.group) if p]
    parts.append(str(item.year) if item.year else "năm ?")
    return " · ".join(parts)


def queue_list(items: list[QueueItem], current: int | None, filters: Filters) -> str:
    """The side list of queued facts, the current one marked."""
    if not items:
        return '<aside class="queue"><p class="muted">Hàng đợi trống.</p></aside>'
    lines = []
    for it in items[:200]:
        badge = f'<span class="badge d-{esc(it.decision)}">{esc(DECISION_NAMES.get(it.decision, ""))}</span>' if it.decision else ""
        conflict = '<span class="badge conflict">mâu thuẫn</span>' if it.in_conflict else ""
        conflict += LOST_BADGE if it.lost_current_evidence else ""
        cls = ' class="current"' if it.fact_id == current else ""
        lines.append(
            f'<li{cls}><a href="{esc(link(f"/fact/{it.fact_id}", filters))}">'
            f'<b>{esc(it.entity)}</b> <span class="muted">{esc(_key_line(it))}</span><br>'
            f'{esc(ATTRIBUTE_NAMES.get(it.attribute, it.attribute))} = {esc(fmt_value(it.attribute, it.value))}'
            f" {conflict}{badge}</a></li>"
        )
    return f'<aside class="queue"><h2>Hàng đợi ({len(items)})</h2><ol>{"".join(lines)}</ol></aside>'


def _evidence_block(detail: FactDetail, n: int) -> str:
    ev = detail.evidence[n]
    para, found = highlighted_paragraph(ev.title, ev.text, ev.sentence, ev.span_start, ev.span_end,
                                        detail.item.entity, ev.value)
    href = safe_href(ev.url)
    title = esc(ev.title or ev.url)
    heading = (f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{title}</a>' if href else title)
    source_link = safe_href(ev.source_url)
    extra = (f' · <a href="{esc(source_link)}" target="_blank" rel="noopener noreferrer">nguồn của dữ kiện</a>'
             if source_link and source_link != href else "")
    conf = "—" if ev.confidence is None else f"{ev.confidence:.2f}"
    note = "" if found else '<p class="muted">Không tìm thấy câu trong bài; hiển thị câu trích.</p>'
    old = "" if ev.current else ' <span class="badge superseded">bản đọc cũ, không còn được tính</span>'
    return (
        f'<article class="evidence{"" if ev.current else " superseded"}"><h3>{heading}{old}</h3>'
        f'<p class="meta">{esc(ev.source or "")} · {esc(ev.published or "không rõ ngày")} · giá trị '
        f"<b>{esc(fmt_value(detail.item.attribute, ev.value))}</b> · độ tin cậy {esc(conf)} · trích xuất "
        f'{esc(ev.extractor_version)}{extra} · <a class="whole-article" href="/article/{ev.article_id}">duyệt cả bài</a></p>{note}<p class="context">{para}</p></article>'
    )


def _history(decisions: list[Decision], attribute: str) -> str:
    if not decisions:
        return '<p class="muted">Chưa có quyết định nào.</p>'
    rows = []
    for d in decisions:
        what = DECISION_NAMES.get(d.decision, d.decision)
        if d.decision == "correct":
            what += f" {fmt_value(attribute, d.note.get('was'))} → {fmt_value(attribute, d.corrected_value)}"
        elif "was" in d.note:
            what += f" {fmt_value(attribute, d.note.get('was'))}"
        changes = d.note.get("changes") or {}
        if changes:
            what += " · " + ", ".join(f"{k} = {v}" for k, v in changes.items())
        if d.note.get("comment"):
            what += f" · “{d.note['comment']}”"
        undone = ""
        if d.undone_at is not None:
            undone = (f' <span class="undone">đã hoàn tác bởi {esc(d.undone_by or "?")}'
                      f" lúc {esc(d.undone_at[:19])} UTC</span>")
        css = f"d-{esc(d.decision)}" + (" is-undone" if d.undone_at is not None else "")
        rows.append(f'<li class="{css}"><b>{esc(what)}</b> <span class="muted">bởi {esc(d.reviewer or "?")}'
                    f" lúc {esc(d.reviewed_at[:19])} UTC</span>{undone}</li>")
    return f'<ol class="history">{"".join(rows)}</ol>'


def _correct_form(detail: FactDetail) -> str:
    it = detail.item
    value = "" if it.value is None else fmt_value(it.attribute, it.value).lstrip("+")
    fields = [("value", ATTRIBUTE_NAMES.get(it.attribute, it.attribute), value),
              ("entity", "đơn vị", it.entity), ("index", "chỉ số", it.index), ("component", "thành phần", it.component or ""),
              ("group", "nhóm", it.group or ""), ("year", "năm", "" if it.year is None else str(it.year))]
    inputs = "".join(
        f'<label>{esc(label)} <input name="{esc(name)}" value="{esc(val)}" data-original="{esc(val)}"'
        ' autocomplete="off"></label>'
        for name, label, val in fields
    )
    return (
        '<form id="correct-form" class="correct" hidden>'
        f"<h3>Sửa dữ kiện</h3><div class=\"grid\">{inputs}</div>"
        '<label class="wide">Ghi chú <input name="comment" value=""></label>'
        '<p><button type="submit" class="primary">Lưu (Enter)</button> <button type="button" id="cancel-correct">Huỷ (Esc)</button></p>'
        "</form>"
    )


def review_body(items: list[QueueItem], detail: FactDetail | None, decisions: list[Decision], trail: list[Decision],
                filters: Filters, facets: dict[str, list[str]], prev_id: int | None, next_id: int | None) -> str:
    """The review page's body: filters, queue, the current fact with its evidence and actions.

    `decisions` are the reviews in force (the first sets the badge); `trail` is every decision ever
    made on the fact, undone ones included, for the history list."""
    bar = filter_bar(filters, facets)
    if detail is None:
        main = ('<section class="card empty"><h2>Không còn dữ kiện nào cần duyệt</h2>'
                '<p class="muted">Đổi bộ lọc, hoặc nhấn <kbd>u</kbd> để hoàn tác quyết định gần nhất.</p></section>')
        return (f'{bar}<div class="layout">{queue_list(items, None, filters)}'
                f'<main id="review" data-after="{esc(link("/", filters))}">{main}{_status()}</main></div>')
    it = detail.item
    after = link(f"/fact/{next_id}", filters) if next_id is not None else link("/", filters)
    prev_href = link(f"/fact/{prev_id}", filters) if prev_id is not None else ""
    next_href = link(f"/fact/{next_id}", filters) if next_id is not None else ""
    current = decisions[0] if decisions else None
    state = (f'<span class="badge d-{esc(current.decision)}">{esc(DECISION_NAMES[current.decision])}</span>'
             if current else '<span class="badge todo">chưa duyệt</span>')
    conflict = '<span class="badge conflict">mâu thuẫn</span>' if it.in_conflict else ""
    conflict += LOST_BADGE if it.lost_current_evidence else ""
    pick = len(detail.values) > 1
    values = "".join(
        f'<li>{esc(fmt_value(it.attribute, v))} <span class="muted">({s} nguồn độc lập)</span>'
        + (f' <button type="button" class="pick" data-value-id="{vid}">chọn giá trị này</button>' if pick else "")
        + "</li>"
        for vid, v, s in detail.values
    )
    evidence = "".join(_evidence_block(detail, n) for n in range(min(MAX_EVIDENCE, len(detail.evidence))))
    more = (f'<p class="muted">… và {len(detail.evidence) - MAX_EVIDENCE} bằng chứng khác.</p>'
            if len(detail.evidence) > MAX_EVIDENCE else "")
    conf = "—" if it.confidence is None else f"{it.confidence:.2f}"
    main = (
        f'<section class="card fact"><div class="fact-head"><div><h2>{esc(it.entity)} '
        f'<span class="muted small">{esc(ENTITY_TYPE_NAMES.get(detail.entity_type, detail.entity_type))}</span></h2>'
        f'<p class="key">{esc(_key_line(it))}</p></div>'
        f'<div class="claim"><span class="attr">{esc(ATTRIBUTE_NAMES.get(it.attribute, it.attribute))}</span>'
        f'<span class="value" id="fact-value">{esc(fmt_value(it.attribute, it.value))}</span></div></div>'
        f'<p class="meta">{state} {conflict} · giá trị do <b>{esc(RESOLVED_BY_NAMES.get(detail.resolved_by or "", detail.resolved_by or "—"))}</b> quyết định · độ tin cậy cao nhất {esc(conf)}'
        f" · mã dữ kiện {it.fact_id}</p>"
        f'<div class="values"><span class="muted">Các giá trị được nêu:</span><ul>{values}</ul></div>'
        '<div class="actions">'
        '<button type="button" id="btn-accept" class="accept"><kbd>a</kbd> Chấp nhận</button>'
        '<button type="button" id="btn-reject" class="reject"><kbd>r</kbd> Bác bỏ</button>'
        '<button type="button" id="btn-correct" class="correct-btn"><kbd>c</kbd> Sửa</button>'
        '<button type="button" id="btn-undo"><kbd>u</kbd> Hoàn tác</button>'
        '<button type="button" id="btn-prev"><kbd>k</kbd> Trước</button>'
        '<button type="button" id="btn-next"><kbd>j</kbd> Tiếp</button></div>'
        f"{_correct_form(detail)}{_status()}"
        '<p class="legend"><span class="hl-sentence">câu chứa dữ kiện</span> <span class="hl-span">đoạn bằng chứng</span>'
        ' <mark class="hl-entity">đơn vị</mark> <mark class="hl-value">giá trị</mark></p>'
        f"{evidence}{more}<h3>Lịch sử quyết định</h3>{_history(trail, it.attribute)}</section>"
    )
    return (
        f'{bar}<div class="layout">{queue_list(items, it.fact_id, filters)}'
        f'<main id="review" data-fact="{it.fact_id}" data-after="{esc(after)}" data-prev="{esc(prev_href)}"'
        f' data-next="{esc(next_href)}">{main}</main></div>'
    )


def _status() -> str:
    return '<p id="status" class="status" role="status" aria-live="polite"></p>'


def _precision_table(title: str, groups: dict[str, Precision], label: str) -> str:
    if not groups:
        return f'<h3>{esc(title)}</h3><p class="muted">Chưa có quyết định.</p>'
    rows = []
    for name, p in groups.items():
        low, high = p.interval
        prec = "—" if p.precision is None else f"{p.precision:.1%}"
        rows.append(
            f"<tr><td>{esc(INDEX_NAMES.get(name, ATTRIBUTE_NAMES.get(name, name)) if label != 'version' else name)}</td>"
            f'<td class="num">{p.accepted}</td><td class="num">{p.corrected}</td><td class="num">{p.rejected}</td>'
            f'<td class="num">{p.reviewed}</td><td class="num"><b>{prec}</b></td>'
            f'<td class="num">{low:.1%} – {high:.1%}</td><td>{_ci_svg(low, high, p.precision) if p.reviewed else ""}</td></tr>'
        )
    return (
        f'<h3>{esc(title)}</h3><table class="figures"><thead><tr><th></th><th>chấp nhận</th><th>sửa</th><th>bác bỏ</th>'
        f"<th>đã duyệt</th><th>độ chính xác</th><th>KTC 95% (Wilson)</th><th></th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _ci_svg(low: float, high: float, point: float | None, width: int = 140) -> str:
    """A tiny interval bar: grey track, blue interval, dark tick at the estimate."""
    parts = [f'<svg class="cibar" width="{width}" height="14" viewBox="0 0 {width} 14">',
             f'<rect x="0" y="6" width="{width}" height="2" fill="#d0d7de"/>',
             f'<rect x="{low * width:.1f}" y="3" width="{max(1.0, (high - low) * width):.1f}" height="8" rx="2" fill="#8ab4f8"/>']
    if point is not None:
        parts.append(f'<rect x="{max(0.0, point * width - 1):.1f}" y="1" width="2" height="12" fill="#1f2328"/>')
    parts.append("</svg>")
    return "".join(parts)


def _recall_table(title: str, groups: dict[str, Recall]) -> str:
    rows = []
    for name, r in groups.items():
        rl, rh = r.recall_interval
        fl, fh = r.f1_interval
        rows.append(
            f"<tr><td>{esc(INDEX_NAMES.get(name, ATTRIBUTE_NAMES.get(name, name)))}</td><td class=\"num\">{r.articles}</td>"
            f'<td class="num">{r.prf.tp}</td><td class="num">{r.prf.fp}</td><td class="num">{r.prf.fn}</td>'
            f'<td class="num">{r.prf.precision:.1%}</td><td class="num recall"><b>{r.prf.recall:.1%}</b></td>'
            f'<td class="num">{rl:.1%} – {rh:.1%}</td><td>{_ci_svg(rl, rh, r.prf.recall)}</td>'
            f'<td class="num f1"><b>{r.prf.f1:.1%}</b></td><td class="num">{fl:.1%} – {fh:.1%}</td></tr>'
        )
    return (
        f'<h3>{esc(title)}</h3><table class="figures recall"><thead><tr><th></th><th>bài</th><th>tp</th><th>fp</th><th>fn</th>'
        "<th>độ chính xác</th><th>độ phủ (recall)</th><th>KTC 95% (Wilson)</th><th></th><th>F1</th>"
        f"<th>KTC 95% (bootstrap)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def recall_section(recall: ReviewRecall) -> str:
    """Recall and F1 on completely reviewed articles, beside the precision from decisions."""
    if not recall.by_version:
        return ('<section class="card" id="recall"><h2>Độ phủ (recall)</h2><p class="muted">Chưa có bài nào được đánh dấu '
                '“duyệt xong”: mở <a href="/articles">Duyệt theo bài</a>, duyệt cả bài rồi nhấn <kbd>d</kbd>.</p></section>')
    newest = recall.by_version[recall.newest] if recall.newest else None
    head = ""
    if newest is not None:
        rl, rh = newest.recall_interval
        head = (f'<p class="headline" id="recall-headline">Độ phủ của phiên bản {esc(recall.newest)}: '
                f"<b>{newest.prf.recall:.1%}</b> ({newest.prf.tp}/{newest.prf.tp + newest.prf.fn}; KTC 95% {rl:.1%} – {rh:.1%})"
                f" · F1 <b>{newest.prf.f1:.1%}</b> · trên {recall.articles_done} bài đã duyệt xong</p>")
    return (
        f'<section class="card" id="recall"><h2>Độ phủ (recall) và F1</h2>{head}'
        '<p class="muted">Tính trên các bài được đánh dấu “duyệt xong”: dữ kiện vàng là dữ kiện được chấp nhận, sửa hoặc để nguyên, '
        "cộng các dữ kiện người duyệt thêm; so khớp nghiêm ngặt như <code>xephang evaluate</code>.</p>"
        + _recall_table("Theo phiên bản trích xuất", recall.by_version)
        + _recall_table(f"Theo chỉ số (phiên bản {recall.newest})", recall.by_index)
        + _recall_table(f"Theo thuộc tính (phiên bản {recall.newest})", recall.by_attribute)
        + "</section>"
    )


def _cell(p: Precision | None) -> str:
    if p is None or not p.reviewed:
        return '<td class="num muted">—</td>'
    low, high = p.interval
    return (f'<td class="num" title="KTC 95% {low:.1%} – {high:.1%}"><b>{p.precision:.1%}</b>'
            f' <span class="muted">({p.accepted}/{p.reviewed})</span></td>')


def versions_section(acc: ReviewAccuracy, versions: list[VersionRow]) -> str:
    """Precision per extractor version side by side (overall, then per attribute), with a link to
    what each version changed against the one before it (the `xephang versions diff` page)."""
    names = [v.version for v in versions] + [v for v in acc.by_version if v not in {x.version for x in versions}]
    if not names:
        return '<h3>So sánh các phiên bản trích xuất</h3><p class="muted">Chưa có phiên bản nào đọc bài.</p>'
    read = {v.version: v for v in versions}
    head = "".join(f'<th class="version">{esc(n)}</th>' for n in names)
    rows = [f'<tr><td>tất cả thuộc tính</td>{"".join(_cell(acc.by_version.get(n)) for n in names)}</tr>']
    rows += [f'<tr><td>{esc(ATTRIBUTE_NAMES.get(a, a))}</td>{"".join(_cell(vs.get(n)) for n in names)}</tr>'
             for a, vs in acc.by_attribute_version.items()]
    counts = "".join(
        f'<td class="num">{read[n].articles_read} / {read[n].current_articles}</td>' if n in read else "<td></td>"
        for n in names)
    links = []
    for i, n in enumerate(names):
        if i == 0 or n not in read or names[i - 1] not in read:
            links.append("<td></td>")
            continue
        href = "/versions/diff?" + urlencode({"old": names[i - 1], "new": n})
        links.append(f'<td><a class="diff-link" href="{esc(href)}">thay đổi so với {esc(names[i - 1])}</a></td>')
    return (
        '<h3>So sánh các phiên bản trích xuất</h3>'
        '<p class="muted">Độ chính xác theo duyệt của từng phiên bản, cạnh nhau; bài đã đọc / bài mà phiên bản là bản đọc'
        ' hiện hành (chỉ bản đọc hiện hành của mỗi bài được tính).</p>'
        f'<table class="figures versions"><thead><tr><th></th>{head}</tr></thead><tbody>{"".join(rows)}'
        f'<tr class="muted"><td>bài đã đọc / hiện hành</td>{counts}</tr>'
        f'<tr><td></td>{"".join(links)}</tr></tbody></table>'
    )


def diff_body(diff: VersionDiff, limit: int = 500) -> str:
    """What version `new` changed against `old` on the articles both read, with the sentences."""
    counts = diff.counts()
    rows = []
    for c in diff.changes[:limit]:
        key = " · ".join(str(x) for x in (INDEX_NAMES.get(c.index, c.index), c.component, c.group, c.year) if x)
        old = ", ".join(fmt_value(c.attribute, v) for v in c.old_values) or "—"
        new = ", ".join(fmt_value(c.attribute, v) for v in c.new_values) or "—"
        rows.append(
            f'<tr class="change-{esc(c.change)}"><td>{esc(CHANGE_NAMES.get(c.change, c.change))}</td>'
            f'<td><b>{esc(c.entity)}</b><br><span class="muted small">{esc(key)}</span></td>'
            f'<td>{esc(ATTRIBUTE_NAMES.get(c.attribute, c.attribute))}</td>'
            f'<td class="num">{esc(old)}</td><td class="num">{esc(new)}</td>'
            f'<td class="sentence">{esc(c.old_sentence or "")}</td><td class="sentence">{esc(c.new_sentence or "")}</td>'
            f'<td><a href="/fact/{c.fact_id}?status=all">duyệt</a></td></tr>'
        )
    more = (f'<p class="muted">… và {len(diff.changes) - limit} thay đổi khác: <code>xephang versions diff '
            f'{esc(diff.old)} {esc(diff.new)}</code>.</p>' if len(diff.changes) > limit else "")
    table = ('<table class="figures diff"><thead><tr><th>thay đổi</th><th>đơn vị</th><th>thuộc tính</th><th>cũ</th>'
             f'<th>mới</th><th>câu (bản cũ)</th><th>câu (bản mới)</th><th></th></tr></thead><tbody>{"".join(rows)}'
             '</tbody></table>') if rows else '<p class="muted">Không có dữ kiện nào thay đổi.</p>'
    return (
        '<main class="accuracy"><section class="card">'
        f'<h2>Phiên bản {esc(diff.new)} so với {esc(diff.old)}</h2>'
        f'<p class="headline" id="diff-counts">{counts["added"]} thêm · {counts["retired"]} bỏ · {counts["changed"]} đổi giá trị'
        f' · trên {diff.common_articles} bài cả hai phiên bản đã đọc</p>'
        f'{table}{more}<p><a href="/accuracy">← độ chính xác</a></p></section></main>'
    )


def accuracy_body(acc: ReviewAccuracy, gold: dict[str, Any] | None, entity: str, entities: list[str],
                  history: list[dict[str, Any]], versions: list[VersionRow] | None = None,
                  recall: ReviewRecall | None = None) -> str:
    """The accuracy page: review precision three ways, recall on done articles, the gold-set scores,
    an entity's rank history."""
    o = acc.overall
    low, high = o.interval
    headline = ("Chưa có quyết định nào." if not o.reviewed else
                f"Độ chính xác theo duyệt: <b>{o.precision:.1%}</b> ({o.accepted}/{o.reviewed}; KTC 95% "
                f"{low:.1%} – {high:.1%}) · đã duyệt {o.reviewed}/{acc.facts_total} dữ kiện")
    if gold:
        rows = "".join(
            f'<tr><td>{esc(label)}</td><td class="num">{esc(prf.get("precision"))}</td><td class="num">{esc(prf.get("recall"))}</td>'
            f'<td class="num">{esc(prf.get("f1"))}</td><td class="num">{esc(prf.get("tp"))}/{esc(prf.get("fp"))}/{esc(prf.get("fn"))}</td></tr>'
            for label, prf in gold_rows(gold)
        )
        gold_html = (
            f'<p class="muted">Lần chạy <code>xephang evaluate</code> gần nhất: {esc(gold.get("saved_at"))} · phiên bản '
            f'{esc(gold.get("extractor_version"))} · {esc(gold.get("articles"))} bài · {esc(", ".join(gold.get("gold_files") or []))}</p>'
            '<table class="figures"><thead><tr><th></th><th>P</th><th>R</th><th>F1</th><th>tp/fp/fn</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        gold_html = '<p class="muted">Chưa lưu kết quả <code>xephang evaluate</code> nào.</p>'
    options = "".join(f'<option value="{esc(e)}"{" selected" if e == entity else ""}>{esc(e)}</option>' for e in entities)
    table = "".join(
        f"<tr><td>{esc(INDEX_NAMES.get(r['index'], r['index']))}</td><td>{esc(r['component'] or '')}</td><td>{esc(r['group'] or '')}</td>"
        f"<td class=\"num\">{esc(r['year'])}</td><td class=\"num\">{esc(r['rank'] if r['rank'] is not None else '')}"
        f"{'/' + esc(r['rank_total']) if r['rank_total'] else ''}</td><td class=\"num\">{esc(fmt_value('score', r['score']) if r['score'] is not None else '')}</td>"
        f"<td class=\"num\">{esc(r['top'] or '')}</td></tr>"
        for r in history
    )
    return (
        '<main class="accuracy"><section class="card">'
        f'<h2>Độ chính xác</h2><p class="headline">{headline}</p>'
        '<p class="muted">Độ chính xác = chấp nhận / (chấp nhận + sửa + bác bỏ), theo quyết định mới nhất của mỗi dữ kiện.</p>'
        + versions_section(acc, versions or [])
        + _precision_table("Theo phiên bản trích xuất", acc.by_version, "version")
        + _precision_table("Theo chỉ số", acc.by_index, "index")
        + _precision_table("Theo thuộc tính", acc.by_attribute, "attribute")
        + "</section>" + (recall_section(recall) if recall is not None else "")
        + f"<section class=\"card\"><h2>Bộ dữ liệu vàng</h2>{gold_html}</section>"
        '<section class="card"><h2>Lịch sử thứ hạng</h2>'
        f'<form method="get" action="/accuracy" class="filters"><label>Đơn vị <select name="entity">{options}</select></label>'
        '<button type="submit">Xem</button></form>'
        + (rank_history_svg(entity, history) if entity else '<p class="muted">Chưa có dữ liệu.</p>')
        + ('<table class="figures"><thead><tr><th>chỉ số</th><th>thành phần</th><th>nhóm</th><th>năm</th><th>hạng</th>'
           f"<th>điểm</th><th>top</th></tr></thead><tbody>{table}</tbody></table>" if history else "")
        + "</section></main>"
    )
