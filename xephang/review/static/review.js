// Keyboard review for xephang. Served as a file so the page's CSP can forbid inline script.
// a accept · r reject · c correct · u undo · j next · k previous · Esc closes the form.
"use strict";
(function () {
  const tokenMeta = document.querySelector('meta[name="xephang-token"]');
  const token = tokenMeta ? tokenMeta.getAttribute("content") : "";
  // Shared with article.js (article mode), loaded after this file.
  window.xephang = { post: post };
  const main = document.getElementById("review");
  if (!main) {
    if (!document.getElementById("article")) document.body.dataset.ready = "1";  // article.js marks its page
    return;
  }
  const factId = main.dataset.fact ? Number(main.dataset.fact) : null;
  const form = document.getElementById("correct-form");
  const status = document.getElementById("status");
  let busy = false;

  function say(text, isError) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  async function post(path, body) {
    const res = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Xephang-Token": token },
      body: JSON.stringify(body || {}),
    });
    let data = {};
    try { data = await res.json(); } catch (e) { data = {}; }
    if (!res.ok) throw new Error(data.error || ("HTTP " + res.status));
    return data;
  }

  function go(href) { if (href) window.location.assign(href); }

  async function decide(decision, extra) {
    if (busy || factId === null) return;
    busy = true;
    say("Đang lưu…");
    try {
      await post("/api/review", Object.assign({ fact_id: factId, decision: decision }, extra || {}));
      say("Đã lưu.");
      go(main.dataset.after);
    } catch (e) {
      say("Không lưu được: " + e.message, true);
      busy = false;
    }
  }

  async function undo() {
    if (busy) return;
    busy = true;
    say("Đang hoàn tác…");
    try {
      const data = await post("/api/undo", {});
      const here = new URL(window.location.href);
      go("/fact/" + encodeURIComponent(data.fact_id) + here.search);
    } catch (e) {
      say("Không hoàn tác được: " + e.message, true);
      busy = false;
    }
  }

  function openForm() {
    if (!form) return;
    form.hidden = false;
    const input = form.querySelector('input[name="value"]');
    if (input) { input.focus(); input.select(); }
  }

  function closeForm() { if (form) { form.hidden = true; document.activeElement.blur(); } }

  function submitCorrection(ev) {
    ev.preventDefault();
    const changes = {};
    let value = null;
    form.querySelectorAll("input[data-original]").forEach(function (input) {
      const now = input.value.trim();
      if (now === input.dataset.original) return;
      if (input.name === "value") value = now; else changes[input.name] = now;
    });
    const comment = form.querySelector('input[name="comment"]').value.trim();
    if (value === null && Object.keys(changes).length === 0) {
      say("Chưa thay đổi gì: sửa giá trị hoặc một trường rồi nhấn Enter.", true);
      return;
    }
    decide("correct", { value: value, changes: changes, comment: comment });
  }

  if (form) {
    form.addEventListener("submit", submitCorrection);
    const cancel = document.getElementById("cancel-correct");
    if (cancel) cancel.addEventListener("click", closeForm);
  }
  const buttons = {
    "btn-accept": function () { decide("accept"); },
    "btn-reject": function () { decide("reject"); },
    "btn-correct": openForm,
    "btn-undo": undo,
    "btn-prev": function () { go(main.dataset.prev); },
    "btn-next": function () { go(main.dataset.next); },
  };
  // In a conflict, accept one particular claimed value rather than the one currently shown.
  document.querySelectorAll("button.pick[data-value-id]").forEach(function (el) {
    el.addEventListener("click", function () { decide("accept", { value_id: Number(el.dataset.valueId) }); });
  });
  Object.keys(buttons).forEach(function (id) {
    const el = document.getElementById(id);
    if (el) el.addEventListener("click", buttons[id]);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const typing = ev.target && ["INPUT", "TEXTAREA", "SELECT"].includes(ev.target.tagName);
    if (ev.key === "Escape") { closeForm(); return; }
    if (typing) return;
    const actions = {
      a: function () { decide("accept"); },
      r: function () { decide("reject"); },
      c: openForm,
      u: undo,
      j: function () { go(main.dataset.next); },
      k: function () { go(main.dataset.prev); },
    };
    const act = actions[ev.key];
    if (act) { ev.preventDefault(); act(); }
  });
  document.body.dataset.ready = "1";
})();
