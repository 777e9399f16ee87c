// 发送前检查：边输入边检查（防抖 150 ms 调 /check），覆盖层高亮不影响光标；悬停/光标处显示说明与建议；
// 一键替换、整句改写（/rewrite）；按场景的快捷话术（/scripts）与“顾客消息 → 推荐话术”（/suggest）。
import {
  $, allows, api, catChip, catName, clear, debounce, h, hideTip, localIso, qs, renderHighlighted, requireRole,
  sevBadge, sevName, showTip, toast, withUnits,
} from "./common.js";

const ta = $("#reply");
const hl = $("#hl");
const backdrop = hl.parentElement;
const state = {
  spans: [],          // 当前文本上的问题（UTF-16 偏移 s/e，原文片段 frag）
  text: "",           // spans 所对应的文本
  exact: false,       // spans 是否由服务对这段文本直接给出（而不是平移得来）
  rewrite: null,      // {forText, text, steps, remaining}
  seq: 0,
  ctrl: null,
  lastSent: 0,
  composing: false,
  hoverI: null,
  scripts: [],
  scenario: "greeting",
  pending: null,      // 检查结果回来前按下的快捷键："finding" 或 "rewrite"，结果一到就执行
};

const shopInput = $("#shop");
const packSelect = $("#pack");
const ctx = () => ({ shop: shopInput.value.trim() || null, pack: packSelect.value || null });

// -- highlight layer -----------------------------------------------------------------------------------
function syncBackdrop() {
  backdrop.style.width = ta.clientWidth + "px";
  backdrop.style.height = ta.clientHeight + "px";
  hl.style.transform = `translateY(${-ta.scrollTop}px)`;
}

function autoGrow() {
  ta.style.height = "auto";
  ta.style.height = ta.scrollHeight + "px";
}

function paint() {
  const text = ta.value;
  renderHighlighted(hl, text, state.spans, { tail: text.endsWith("\n") || !text ? " " : "" });
  syncBackdrop();
  renderList();
}

/** 文本被编辑后平移已有的问题：编辑点之前的不动，之后的整体平移，跨过编辑点的先去掉（等服务重查）。 */
function shiftSpans(spans, oldText, newText) {
  if (oldText === newText) return spans;
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
  const delta = newText.length - oldText.length;
  const out = [];
  for (const f of spans) {
    if (f.e <= p) out.push(f);
    else if (f.s >= oldText.length - q) out.push({ ...f, s: f.s + delta, e: f.e + delta });
  }
  return out.filter((f) => newText.slice(f.s, f.e) === f.frag);
}

// -- checking -----------------------------------------------------------------------------------------------
const status = $("#status");
function setStatus(kind, text) {
  status.className = `status ${kind}`;
  status.textContent = text;
}

function summary(spans) {
  if (!spans.length) return ["ok", "✓ 未发现问题，可以发送"];
  const by = {};
  for (const f of spans) by[f.severity] = (by[f.severity] || 0) + 1;
  const parts = ["critical", "major", "minor"].filter((s) => by[s]).map((s) => `${sevName(s)} ${by[s]}`);
  return ["bad", `发现 ${spans.length} 处问题（${parts.join(" · ")}）`];
}

async function runCheck() {
  const text = ta.value;
  state.lastSent = performance.now();
  if (state.ctrl) state.ctrl.abort();
  if (!text.trim()) {
    state.spans = []; state.text = text; state.exact = true; state.rewrite = null;
    paint(); renderRewrite();
    setStatus("", "输入回复后自动检查");
    $("#latency").textContent = "";
    return;
  }
  const my = ++state.seq;
  const ctrl = new AbortController();
  state.ctrl = ctrl;
  const busy = setTimeout(() => { if (my === state.seq) setStatus("busy", "检查中…"); }, 300);
  const t0 = performance.now();
  try {
    const res = await api("/check", { method: "POST", body: { text, ...ctx() }, signal: ctrl.signal });
    if (my !== state.seq) return;
    const spans = withUnits(text, res.findings).map((f) => ({ ...f, frag: text.slice(f.s, f.e) }));
    state.spans = shiftSpans(spans, text, ta.value);
    state.text = ta.value;
    state.exact = text === ta.value;
    $("#latency").textContent = `检查用时 ${Math.round(performance.now() - t0)} ms`;
    paint();
    const [kind, msg] = summary(state.spans);
    setStatus(kind, msg);
    ta.dataset.checked = state.exact ? "1" : "0";
    if (state.exact && res.findings.length) fetchRewrite(text, ctrl.signal, my);
    else if (!res.findings.length) { state.rewrite = null; renderRewrite(); state.pending = null; }
    if (state.exact && state.pending === "finding") { state.pending = null; applyAtCaret(); }
  } catch (e) {
    if (e.name === "AbortError") return;
    if (my === state.seq) setStatus("bad", `检查失败：${e.message}`);
  } finally {
    clearTimeout(busy);
  }
}

async function fetchRewrite(text, signal, my) {
  try {
    const rw = await api("/rewrite", { method: "POST", body: { text, ...ctx() }, signal });
    if (my !== state.seq || ta.value !== text) return;
    state.rewrite = rw.changed ? { forText: text, text: rw.rewrite, steps: rw.steps, remaining: rw.remaining } : null;
    renderRewrite();
    if (state.pending === "rewrite") { state.pending = null; if (state.rewrite) applyRewrite(); }
  } catch (e) {
    if (e.name !== "AbortError") console.warn("rewrite", e);
  }
}

const check = debounce(runCheck, 150);

function onInput() {
  state.pending = null;
  const text = ta.value;
  state.spans = shiftSpans(state.spans, state.text, text);
  state.text = text;
  state.exact = false;
  ta.dataset.checked = "0";
  autoGrow();
  paint();
  hideTip();
  renderRewrite();
  if (state.composing) { check.cancel(); return; }  // 输入法选字中：只平移高亮，选定后再查
  // 连续输入时也至少每 500 ms 查一次，不必等停下来
  if (performance.now() - state.lastSent > 500 && text.trim()) check.flush();
  else check();
}

// -- rewrite card -----------------------------------------------------------------------------------------------
function renderRewrite() {
  const card = $("#rewrite-card");
  const rw = state.rewrite;
  if (!rw) { card.hidden = true; return; }
  card.hidden = false;
  const fresh = rw.forText === ta.value;
  $("#rw-text").textContent = rw.text;
  $("#rw-text").style.opacity = fresh ? "1" : ".5";
  $("#apply-rewrite").disabled = !fresh;
  $("#rw-steps").textContent = rw.steps.length ? `改写：${rw.steps.join("；")}` : "";
  $("#rw-note").textContent = rw.remaining.length
    ? `改写后仍有 ${rw.remaining.length} 处问题，请人工修改` : (fresh ? "改写后无问题" : "正在按最新内容重新改写…");
}

function applyRewrite() {
  const rw = state.rewrite;
  if (!rw || rw.forText !== ta.value) {
    if (!state.exact || !rw) {  // 检查或改写还在路上：结果一到就采用
      state.pending = "rewrite";
      if (!state.exact) check.flush();
    }
    return;
  }
  replaceRange(0, ta.value.length, rw.text);
  state.rewrite = null;
  renderRewrite();
  toast("已采用整句改写，可用 Ctrl+Z 撤销", "info");
}

// -- editing helpers ------------------------------------------------------------------------------------------------
/** 替换 [s, e)：用 execCommand 以便 Ctrl+Z 可撤销；不支持时退回 setRangeText。 */
function replaceRange(s, e, str) {
  ta.focus();
  ta.setSelectionRange(s, e);
  const before = ta.value;
  let ok = false;
  try { ok = str ? document.execCommand("insertText", false, str) : document.execCommand("delete"); } catch { ok = false; }
  if (!ok || ta.value === before && (e > s || str)) {
    ta.setRangeText(str, s, e, "end");
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** 在光标处插入（回复框失去焦点后仍记得光标位置）。 */
function insertAtCaret(str) {
  const s = ta.selectionStart ?? ta.value.length;
  const e = ta.selectionEnd ?? s;
  replaceRange(s, e, str);
}

/** Alt+Enter：替换光标处的问题；光标处没有可替换的就替换第一处；都没有就采用整句改写。 */
function applyAtCaret() {
  const here = findingsAt(ta.selectionStart).filter((f) => f.replacement != null);
  const f = here[0] || state.spans.find((x) => x.replacement != null);
  if (f) applyFinding(f);
  else if (state.spans.length) applyRewrite();
}

function applyFinding(f) {
  if (ta.value.slice(f.s, f.e) !== f.frag || f.replacement == null) {
    check.flush();
    return false;
  }
  replaceRange(f.s, f.e, f.replacement);
  ta.setSelectionRange(f.s + f.replacement.length, f.s + f.replacement.length);
  return true;
}

// -- findings list, hover and caret tips ----------------------------------------------------------------------------
function markActive(i) {
  for (const m of hl.querySelectorAll("mark.hl")) m.classList.toggle("active", i != null && m.dataset.f.split(" ").includes(String(i)));
  for (const li of $("#findings").children) li.classList.toggle("active", i != null && li.dataset.i === String(i));
}

function renderList() {
  const list = $("#findings");
  const spans = state.spans;
  $("#f-count").textContent = spans.length ? `共 ${spans.length} 处` : "";
  $("#no-findings").hidden = spans.length > 0;
  clear(list, ...spans.map((f) => h("li", {
    class: `finding sev-${f.severity}`, dataset: { i: f.i, rule: f.rule },
    onmouseenter: () => markActive(f.i), onmouseleave: () => markActive(null),
    onfocusin: () => markActive(f.i), onfocusout: () => markActive(null),
  },
  h("div", { class: "f-head" }, sevBadge(f.severity), catChip(f.category), h("span", { class: "f-match" }, `“${f.frag}”`)),
  h("div", { class: "f-msg" }, f.message),
  f.suggestion ? h("div", { class: "f-sug" }, "建议：", f.suggestion) : null,
  h("div", { class: "f-actions" },
    f.replacement != null
      ? h("button", {
        type: "button", class: "btn btn-sm apply-one", "aria-keyshortcuts": "Alt+Enter",
        "aria-label": `把“${f.frag}”替换为“${f.replacement}”`, onclick: () => applyFinding(f),
      }, `替换为“${f.replacement}”`)
      : h("button", {
        type: "button", class: "btn btn-sm btn-ghost", onclick: applyRewrite, "aria-label": `用整句改写处理“${f.frag}”`,
      }, "用整句改写处理"),
    h("button", { type: "button", class: "btn btn-sm btn-ghost", onclick: () => locate(f), "aria-label": `在回复框中选中“${f.frag}”` }, "定位")))));
}

function markRectFor(i) {
  const m = [...hl.querySelectorAll("mark.hl")].find((x) => x.dataset.f.split(" ").includes(String(i)));
  return m ? m.getClientRects()[0] || m.getBoundingClientRect() : null;
}

function findingsAt(pos) {
  return state.spans.filter((f) => f.s <= pos && pos <= f.e);
}

const live = h("div", { class: "sr-only", "aria-live": "polite", id: "caret-live" });
document.body.append(live);

function showCaretTip() {
  if (document.activeElement !== ta || ta.selectionStart !== ta.selectionEnd) { hideTip(); return; }
  const here = findingsAt(ta.selectionStart);
  if (!here.length) { hideTip(); markActive(null); live.textContent = ""; return; }
  const rect = markRectFor(here[0].i);
  if (rect) showTip(rect, here);
  markActive(here[0].i);
  const f = here[0];
  live.textContent = `${catName(f.category)}：${f.message}。建议：${f.suggestion || "无"}。`
    + (f.replacement != null ? `按 Alt+Enter 替换为“${f.replacement}”。` : "按 Ctrl+Enter 采用整句改写。");
}

function locate(f) {
  ta.focus();
  ta.setSelectionRange(f.s, f.e);
  const rect = markRectFor(f.i);
  if (rect) showTip(rect, [f]);
  markActive(f.i);
}

function moveToFinding(dir) {
  const spans = state.spans;
  if (!spans.length) return;
  const pos = dir > 0 ? ta.selectionEnd : ta.selectionStart;
  const next = dir > 0 ? spans.find((f) => f.s >= pos) || spans[0]
    : [...spans].reverse().find((f) => f.e <= pos && !(f.s === ta.selectionStart && f.e === ta.selectionEnd))
      || spans[spans.length - 1];
  locate(next);
}

let rafPending = false;
function onHover(e) {
  if (rafPending) return;
  rafPending = true;
  requestAnimationFrame(() => {
    rafPending = false;
    let hit = null;
    for (const m of hl.querySelectorAll("mark.hl")) {
      for (const r of m.getClientRects()) {
        if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) { hit = { m, r }; break; }
      }
      if (hit) break;
    }
    if (!hit) {
      if (state.hoverI != null) { state.hoverI = null; hideTip(); markActive(null); }
      return;
    }
    const ids = hit.m.dataset.f.split(" ").map(Number);
    const fs = state.spans.filter((f) => ids.includes(f.i));
    if (!fs.length) return;
    state.hoverI = fs[0].i;
    showTip(hit.r, fs);
    markActive(fs[0].i);
  });
}

// -- keyboard -----------------------------------------------------------------------------------------------------------------
function onKey(e) {
  if (e.isComposing || e.keyCode === 229) return;
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    applyRewrite();
  } else if (e.key === "Enter" && e.altKey) {
    e.preventDefault();
    if (state.exact) applyAtCaret();
    else { state.pending = "finding"; check.flush(); }
  } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
    e.preventDefault();
    moveToFinding(e.key === "ArrowDown" ? 1 : -1);
  } else if (e.key === "Escape") {
    hideTip();
  }
}

// -- scripts (快捷话术) ----------------------------------------------------------------------------------------------------------
const ORDER = ["greeting", "thanks"];
async function loadScripts() {
  try {
    const now = new Date();
    const res = await api("/scripts" + qs({ ...ctx(), at: localIso(now) }));
    const scn = res.scenarios.slice().sort((a, b) => rank(a.id) - rank(b.id));
    state.scripts = scn;
    if (!scn.find((s) => s.id === state.scenario)) state.scenario = scn[0]?.id;
    $("#qp-time").textContent = `开头语按 ${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")} 生成`;
    renderScripts();
  } catch (e) {
    clear($("#phrases"), h("li", { class: "error-box" }, `话术加载失败：${e.message}`));
  }
}
const rank = (id) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

function phraseButton(text, scenarioTitle) {
  return h("li", {}, h("button", {
    type: "button", class: "phrase", title: "插入回复框", onclick: () => insertAtCaret(text),
  }, scenarioTitle ? h("span", { class: "ph-scn" }, scenarioTitle) : null, text));
}

function renderScripts() {
  const query = $("#qp-search").value.trim();
  const tabs = $("#phrase-tabs");
  clear(tabs, ...state.scripts.map((s) => h("button", {
    type: "button", "aria-pressed": String(!query && s.id === state.scenario), dataset: { scenario: s.id },
    onclick: () => { state.scenario = s.id; $("#qp-search").value = ""; renderScripts(); },
  }, s.title)));
  const list = $("#phrases");
  if (query) {
    const hits = [];
    for (const s of state.scripts) for (const r of s.replies) if (r.includes(query) || s.title.includes(query)) hits.push(phraseButton(r, s.title));
    clear(list, hits.length ? hits : h("li", { class: "muted" }, "没有匹配的话术"));
    return;
  }
  const s = state.scripts.find((x) => x.id === state.scenario);
  clear(list, s && s.replies.length ? s.replies.map((r) => phraseButton(r)) : h("li", { class: "muted" }, "该场景暂无话术"));
}

// -- suggest (顾客消息 → 推荐话术) ---------------------------------------------------------------------------------------------
let suggestSeq = 0;
async function runSuggest() {
  const text = $("#customer").value.trim();
  const out = $("#suggest-out");
  if (!text) { clear(out); return; }
  const my = ++suggestSeq;
  try {
    const res = await api("/suggest", { method: "POST", body: { text, ...ctx(), at: localIso() } });
    if (my !== suggestSeq) return;
    clear(out,
      h("p", { class: "small" }, "识别场景：", h("strong", { id: "suggest-scenario" }, res.title),
        h("span", { class: "muted" }, ` · 置信度 ${Math.round(res.confidence * 100)}%`)),
      res.replies.length
        ? h("ul", { class: "phrases", "aria-label": "推荐话术" }, res.replies.map((r) => phraseButton(r)))
        : h("p", { class: "muted" }, "该场景暂无可用话术"));
  } catch (e) {
    if (my === suggestSeq) clear(out, h("p", { class: "error-box" }, e.message));
  }
}
const suggest = debounce(runSuggest, 400);

// -- shop / pack ---------------------------------------------------------------------------------------------------------------
function rememberShop(shop) {
  if (!shop) return;
  const recent = JSON.parse(localStorage.getItem("zhijian.recentShops") || "[]").filter((s) => s !== shop);
  recent.unshift(shop);
  localStorage.setItem("zhijian.recentShops", JSON.stringify(recent.slice(0, 20)));
}

async function fillShops(who) {
  const names = new Set(JSON.parse(localStorage.getItem("zhijian.recentShops") || "[]"));
  if (allows(who, "qa")) {
    try { for (const s of (await api("/shops")).shops) if (s.shop) names.add(s.shop); } catch { /* 不影响检查 */ }
  }
  clear($("#shop-list"), [...names].map((n) => h("option", { value: n })));
}

async function fillPacks() {
  try {
    const res = await api("/packs");
    for (const p of res.packs.filter((x) => !x.abstract)) packSelect.append(h("option", { value: p.name }, `${p.title}（${p.name}）`));
    packSelect.value = localStorage.getItem("zhijian.pack") || "";
    if (packSelect.selectedIndex < 0) packSelect.value = "";
  } catch { /* 用默认规则包 */ }
}

const contextChanged = debounce(() => {
  const shop = shopInput.value.trim();
  localStorage.setItem("zhijian.shop", shop);
  localStorage.setItem("zhijian.pack", packSelect.value);
  rememberShop(shop);
  state.rewrite = null;
  renderRewrite();
  runCheck();
  loadScripts();
  if ($("#customer").value.trim()) runSuggest();
}, 250);

// -- start ---------------------------------------------------------------------------------------------------------------------
async function main() {
  const who = await requireRole("agent");
  if (!who) return;
  const params = new URLSearchParams(location.search);
  // 页面加载完成前已输入的店铺名保留（不被记住的店铺覆盖）
  if (!shopInput.value.trim()) shopInput.value = params.get("shop") ?? localStorage.getItem("zhijian.shop") ?? "";
  await fillPacks();
  fillShops(who);
  ta.addEventListener("input", onInput);
  ta.addEventListener("compositionstart", () => { state.composing = true; });
  ta.addEventListener("compositionend", () => { state.composing = false; onInput(); });
  ta.addEventListener("scroll", syncBackdrop);
  ta.addEventListener("keydown", onKey);
  ta.addEventListener("keyup", (e) => { if (!e.key.startsWith("Alt") && (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End")) showCaretTip(); });
  ta.addEventListener("click", showCaretTip);
  ta.addEventListener("blur", () => { hideTip(); markActive(null); });
  ta.addEventListener("mousemove", onHover);
  ta.addEventListener("mouseleave", () => { state.hoverI = null; hideTip(); markActive(null); });
  new ResizeObserver(syncBackdrop).observe(ta);
  $("#apply-rewrite").addEventListener("click", applyRewrite);
  $("#copy").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(ta.value); } catch { ta.select(); document.execCommand("copy"); }
    toast("已复制回复");
  });
  $("#clear").addEventListener("click", () => { replaceRange(0, ta.value.length, ""); ta.focus(); });
  shopInput.addEventListener("input", contextChanged);
  packSelect.addEventListener("change", contextChanged);
  $("#qp-search").addEventListener("input", renderScripts);
  $("#customer").addEventListener("input", suggest);
  $("#customer").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); suggest.flush(); }
  });
  $("#suggest").addEventListener("click", () => suggest.flush());
  loadScripts();
  setInterval(loadScripts, 5 * 60 * 1000);  // 开头语随时间变化（早上好 → 您好）
  const draft = params.get("text");
  if (draft) { ta.value = draft; onInput(); }
  else if (ta.value.trim()) onInput();  // 页面加载完成前已输入的回复：监听器挂上后补查一次
  autoGrow();
  syncBackdrop();
  ta.focus();
}
main();
