// Article mode for xephang: the whole article, its claims marked; review every claim and add the missed ones.
// j/k next/previous claim · a accept · r reject · c correct · n add a missed fact (select its words first)
// d article done · u undo · Esc closes a form. Served as a file: the page's CSP forbids inline script.
"use strict";
(function () {
  const root = document.getElementById("article");
  if (!root) return;
  const post = window.xephang.post;
  const articleId = Number(root.dataset.article);
  const textBox = document.getElementById("article-text");
  const status = document.getElementById("status");
  const correctForm = document.getElementById("correct-form");
  const addForm = document.getElementById("add-form");
  const items = Array.from(document.querySelectorAll("li.claim-item"));
  let current = -1;
  let busy = false;
  let lastSelection = null;  // {start, end, text} in the shown text, kept when focus moves to the form

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function select(n) {
    if (!items.length) return;
    current = (n + items.length) % items.length;
    items.forEach(function (li, i) { li.classList.toggle("current", i === current); });
    document.querySelectorAll("#article-text mark.fx").forEach(function (m) {
      m.classList.toggle("current", m.dataset.claims.split(" ").includes(items[current].id));
    });
    items[current].scrollIntoView({ block: "nearest" });
    const mark = document.querySelector("#article-text mark.fx.current");
    if (mark) mark.scrollIntoView({ block: "nearest" });
  }

  function offsetOf(node, offset) {
    const range = document.createRange();
    range.setStart(textBox, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    if (!textBox.contains(r.startContainer) || !textBox.contains(r.endContainer)) return;
    lastSelection = { start: offsetOf(r.startContainer, r.startOffset), end: offsetOf(r.endContainer, r.endOffset),
                      text: r.toString() };
  });

  function reload(claimId) {
    const url = new URL(window.location.href);
    if (claimId) url.hash = claimId; else url.hash = "";
    window.location.replace(url.toString());
    window.location.reload();
  }

  async function send(path, body, after) {
    if (busy) return;
    busy = true;
    say("Đang lưu…");
    try {
      const data = await post(path, body);
      say("Đã lưu.");
      after(data);
    } catch (e) {
      say("Không lưu được: " + e.message, true);
      busy = false;
    }
  }

  function chosen() {
    if (current < 0) { say("Chọn một dữ kiện trước (j/k hoặc nhấp vào chữ được tô).", true); return null; }
    const li = items[current];
    if (li.dataset.decision === "added") { say("Dữ kiện này do người duyệt thêm: nhấn u để hoàn tác.", true); return null; }
    return li;
  }

  function decide(decision, extra) {
    const li = chosen();
    if (!li) return;
    const body = Object.assign({ fact_id: Number(li.dataset.fact), decision: decision,
                                 value_id: Number(li.dataset.valueId) }, extra || {});
    const next = items[current + 1] ? items[current + 1].id : li.id;
    send("/api/review", body, function () { reload(next); });
  }

  function openCorrect() {
    const li = chosen();
    if (!li) return;
    closeForms();
    const fields = JSON.parse(li.dataset.fields);
    fields.value = li.dataset.value;
    correctForm.querySelectorAll("input").forEach(function (input) {
      if (input.name === "comment") { input.value = ""; return; }
      input.value = fields[input.name] || "";
      input.dataset.original = input.value;
    });
    correctForm.hidden = false;
    const v = correctForm.querySelector('input[name="value"]');
    v.focus(); v.select();
  }

  function submitCorrect(ev) {
    ev.preventDefault();
    const changes = {};
    let value = null;
    correctForm.querySelectorAll("input[data-original]").forEach(function (input) {
      const now = input.value.trim();
      if (now === input.dataset.original) return;
      if (input.name === "value") value = now; else changes[input.name] = now;
    });
    if (value === null && Object.keys(changes).length === 0) { say("Chưa thay đổi gì.", true); return; }
    decide("correct", { value: value, changes: changes,
                        comment: correctForm.querySelector('input[name="comment"]').value.trim() });
  }

  function openAdd() {
    closeForms();
    const where = document.getElementById("add-where");
    if (!lastSelection) {
      say("Bôi đen chữ nêu dữ kiện (hoặc đặt con trỏ trong câu) trước khi thêm.", true);
      return;
    }
    where.textContent = lastSelection.text ? "Chữ đã chọn: “" + lastSelection.text + "”" : "Câu tại con trỏ";
    addForm.dataset.start = lastSelection.start;
    addForm.dataset.end = lastSelection.end;
    addForm.hidden = false;
    addForm.querySelector('input[name="entity"]').focus();
  }

  function submitAdd(ev) {
    ev.preventDefault();
    const get = function (name) { return addForm.elements[name].value.trim(); };
    const values = {};
    ["rank", "rank_total", "top", "score", "rank_change"].forEach(function (a) { if (get(a)) values[a] = get(a); });
    if (!get("entity") || Object.keys(values).length === 0) {
      say("Cần đơn vị và ít nhất một giá trị (thứ hạng, điểm …).", true);
      return;
    }
    send("/api/add", {
      article_id: articleId, start: Number(addForm.dataset.start), end: Number(addForm.dataset.end),
      entity: get("entity"), entity_type: get("entity_type"), index: get("index"), component: get("component"),
      group: get("group"), year: get("year"), values: values,
    }, function () { reload(""); });
  }

  function closeForms() {
    correctForm.hidden = true;
    addForm.hidden = true;
  }

  function done() {
    send("/api/done", { article_id: articleId }, function () { reload(""); });
  }

  function undo() {
    send("/api/undo", {}, function (data) {
      if (data.article_id && data.article_id !== articleId) window.location.assign("/article/" + data.article_id);
      else reload("");
    });
  }

  // Entity suggestions give the type too (the datalist option's label is the type's name).
  const typeByName = {};
  document.querySelectorAll("#entity-names option").forEach(function (o) { typeByName[o.value] = o.textContent; });
  addForm.querySelector('input[name="entity"]').addEventListener("change", function (ev) {
    const label = typeByName[ev.target.value];
    if (!label) return;
    Array.from(addForm.elements.entity_type.options).forEach(function (o) { if (o.textContent === label) o.selected = true; });
  });

  correctForm.addEventListener("submit", submitCorrect);
  addForm.addEventListener("submit", submitAdd);
  document.getElementById("cancel-correct").addEventListener("click", closeForms);
  document.getElementById("cancel-add").addEventListener("click", closeForms);
  const buttons = {
    "btn-accept": function () { decide("accept"); }, "btn-reject": function () { decide("reject"); },
    "btn-correct": openCorrect, "btn-add": openAdd, "btn-done": done, "btn-undo": undo,
  };
  Object.keys(buttons).forEach(function (id) { document.getElementById(id).addEventListener("click", buttons[id]); });
  items.forEach(function (li, i) { li.addEventListener("click", function () { select(i); }); });
  textBox.addEventListener("click", function (ev) {
    const mark = ev.target.closest("mark.fx");
    const sel = window.getSelection();
    if (!mark || (sel && !sel.isCollapsed)) return;
    const ids = mark.dataset.claims.split(" ");
    const here = current >= 0 ? ids.indexOf(items[current].id) : -1;
    const id = ids[(here + 1) % ids.length];  // clicking again cycles through claims sharing the words
    select(items.findIndex(function (li) { return li.id === id; }));
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape") { closeForms(); document.activeElement.blur(); return; }
    if (ev.target && ["INPUT", "TEXTAREA", "SELECT"].includes(ev.target.tagName)) return;
    const actions = {
      j: function () { select(current + 1); }, k: function () { select(current - 1); },
      a: function () { decide("accept"); }, r: function () { decide("reject"); }, c: openCorrect,
      n: openAdd, d: done, u: undo,
    };
    const act = actions[ev.key];
    if (act) { ev.preventDefault(); act(); }
  });

  const wanted = window.location.hash.slice(1);
  const start = items.findIndex(function (li) { return li.id === wanted; });
  if (items.length) select(start >= 0 ? start : 0);
  document.body.dataset.ready = "1";
})();
