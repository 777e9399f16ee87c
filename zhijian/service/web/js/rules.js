// 规则/设置：浏览规则包与规则样例；编辑店铺覆盖设置（表单或 JSON），保存前试用（/overrides/{店铺}/try），
// 版本历史；API key 管理。
import {
  $, $$, api, catChip, catName, clear, fmtTime, h, renderHighlighted, requireRole, sevBadge, SEVERITIES, splitWords,
  toast, withUnits, wireMarkTips,
} from "./common.js";
import { MESSAGE_CATEGORIES } from "/assets/taxonomy.js";

// -- tabs (ARIA tab pattern: 方向键切换) ---------------------------------------------------------------------------
function wireTabs(list, onSelect) {
  const tabs = $$("[role=tab]", list);
  const select = (tab, focus) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
    }
    if (focus) tab.focus();
    onSelect(tab);
  };
  for (const t of tabs) {
    t.addEventListener("click", () => select(t, false));
    t.addEventListener("keydown", (e) => {
      const i = tabs.indexOf(t);
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        select(tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length], true);
      }
    });
  }
  return select;
}

function showPanel(name) {
  for (const p of ["browse", "shop", "keys"]) $(`#panel-${p}`).hidden = p !== name;
  if (location.hash.slice(1) !== name) history.replaceState(null, "", `#${name}`);
  if (name === "keys") loadKeys();
}

// -- browse ---------------------------------------------------------------------------------------------------------
const ruleCache = {};
async function rulesOf(pack) {
  if (!ruleCache[pack]) ruleCache[pack] = api(`/packs/${encodeURIComponent(pack)}/rules`);
  return ruleCache[pack];
}

let packs = [];
async function loadBrowse() {
  const res = await api("/packs");
  packs = res.packs;
  const sel = $("#b-pack");
  clear(sel, packs.map((p) => h("option", { value: p.name }, `${p.title}（${p.name}）${p.abstract ? " · 基础包" : ""}`)));
  sel.value = packs.find((p) => p.name === "jd") ? "jd" : packs[0]?.name;
  for (const p of packs.filter((x) => !x.abstract)) $("#s-pack").append(h("option", { value: p.name }, `${p.title}（${p.name}）`));
  for (const [id, name] of Object.entries(SEVERITIES)) $("#b-severity").append(h("option", { value: id }, name));
  sel.addEventListener("change", renderBrowse);
  for (const id of ["#b-search", "#b-category", "#b-severity"]) $(id).addEventListener("input", renderRules);
  await renderBrowse();
}

let currentRules = [];
async function renderBrowse() {
  const name = $("#b-pack").value;
  const p = packs.find((x) => x.name === name);
  $("#pack-desc").textContent = p ? `${p.description}${p.extends.length ? `（继承：${p.extends.join("、")}）` : ""}` : "";
  try {
    const res = await rulesOf(name);
    currentRules = res.rules;
  } catch (e) {
    currentRules = [];
    clear($("#rule-list"), h("p", { class: "error-box" }, e.message));
    return;
  }
  const cats = [...new Set(currentRules.map((r) => r.category))];
  const keep = $("#b-category").value;
  clear($("#b-category"), h("option", { value: "" }, "全部类别"), cats.map((c) => h("option", { value: c }, catName(c))));
  $("#b-category").value = cats.includes(keep) ? keep : "";
  renderRules();
}

function renderRules() {
  const q = $("#b-search").value.trim().toLowerCase();
  const cat = $("#b-category").value;
  const sev = $("#b-severity").value;
  const shown = currentRules.filter((r) => (!cat || r.category === cat) && (!sev || r.severity === sev)
    && (!q || [r.id, r.message, r.suggestion, catName(r.category), ...r.examples.match, ...r.examples.no_match]
      .some((x) => String(x || "").toLowerCase().includes(q))));
  $("#b-count").textContent = `共 ${currentRules.length} 条，显示 ${shown.length} 条`;
  clear($("#rule-list"), shown.length ? shown.map((r) => h("article", { class: "rule", dataset: { rule: r.id } },
    h("div", { class: "r-head" }, h("span", { class: "r-id" }, r.id), catChip(r.category), sevBadge(r.severity),
      h("span", { class: "r-origin" }, r.origin)),
    h("div", { style: { marginTop: "4px" } }, r.message.replaceAll("{match}", "…")),
    r.suggestion ? h("div", { class: "small", style: { color: "#166534" } }, `建议：${r.suggestion}`) : null,
    r.source ? h("div", { class: "small muted" }, `依据：${r.source}`) : null,
    (r.examples.match.length || r.examples.no_match.length) ? h("div", { class: "examples" },
      h("div", {}, h("div", { class: "small muted" }, "会标出（命中样例）"),
        h("div", { class: "ex-list" }, r.examples.match.map((x) => h("span", { class: "ex hit" }, x)))),
      h("div", {}, h("div", { class: "small muted" }, "不会标出（不命中样例）"),
        h("div", { class: "ex-list" }, r.examples.no_match.map((x) => h("span", { class: "ex pass" }, x))))) : null))
    : h("p", { class: "muted" }, "没有符合条件的规则"));
}

// -- shop overrides -----------------------------------------------------------------------------------------------------
const ed = { shop: "", pack: "", saved: { version: 0, data: {} }, draft: {}, mode: "form", jsonBad: false };
const copy = (x) => JSON.parse(JSON.stringify(x ?? {}));
function canon(x) {
  if (Array.isArray(x)) return `[${x.map(canon).join(",")}]`;
  if (x && typeof x === "object") return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canon(x[k])}`).join(",")}}`;
  return JSON.stringify(x);
}
const FORM_KEYS = ["exempt", "own_names", "words", "disable", "limits", "shop", "scripts"];

function setDirty() {
  const dirty = canon(ed.draft) !== canon(ed.saved.data);
  $("#dirty").hidden = !dirty;
  $("#shop-editor").dataset.dirty = String(dirty);
}

function wordsRow(cat = "", words = []) {
  const sel = h("select", { "aria-label": "类别", onchange: formChanged },
    h("option", { value: "" }, "选择类别…"),
    Object.entries(MESSAGE_CATEGORIES).map(([id, name]) => h("option", { value: id }, name)));
  if (cat && !(cat in MESSAGE_CATEGORIES)) sel.append(h("option", { value: cat }, catName(cat)));
  sel.value = cat;
  const row = h("div", { class: "kv-row" }, sel,
    h("input", { type: "text", value: words.join("，"), placeholder: "禁用词，用逗号分隔", "aria-label": "禁用词", oninput: formChanged }),
    h("button", { type: "button", class: "btn btn-ghost btn-sm", "aria-label": "删除这一行", onclick: () => { row.remove(); formChanged(); } }, "删除"));
  return row;
}

function ctxRow(key = "", value = "") {
  const row = h("div", { class: "kv-row" },
    h("input", { type: "text", list: "ctx-keys", value: key, placeholder: "占位符，如 ship_hours", "aria-label": "占位符", oninput: formChanged }),
    h("input", { type: "text", value, placeholder: "值，如 24", "aria-label": "值", oninput: formChanged }),
    h("button", { type: "button", class: "btn btn-ghost btn-sm", "aria-label": "删除这一行", onclick: () => { row.remove(); formChanged(); } }, "删除"));
  return row;
}

function disableChip(id) {
  return h("span", { class: "chip-x", dataset: { id } }, id,
    h("button", { type: "button", "aria-label": `恢复规则 ${id}`, onclick: (e) => { e.currentTarget.parentElement.remove(); formChanged(); } }, "×"));
}

function renderForm() {
  const d = ed.draft;
  $("#o-exempt").value = (d.exempt || []).join("\n");
  $("#o-own").value = (d.own_names || []).join("\n");
  clear($("#o-words"), Object.entries(d.words || {}).map(([c, ws]) => wordsRow(c, Array.isArray(ws) ? ws : [ws])));
  clear($("#o-disable"), (d.disable || []).map(disableChip));
  $("#o-maxlen").value = d.limits?.max_length ?? "";
  $("#o-shopname").value = d.shop ?? "";
  clear($("#o-ctx"), Object.entries(d.scripts?.context || {}).map(([k, v]) => ctxRow(k, String(v))));
  const extra = Object.keys(d).filter((k) => !FORM_KEYS.includes(k));
  if (d.scripts && Object.keys(d.scripts).some((k) => k !== "context")) extra.push("scripts.scenarios");
  $("#o-extra").textContent = extra.length ? `另有只能在 JSON 中编辑的设置：${extra.join("、")}（保存时保留）。` : "";
}

function setOrDelete(obj, key, value) {
  const empty = value == null || value === "" || (Array.isArray(value) && !value.length)
    || (typeof value === "object" && !Array.isArray(value) && !Object.keys(value).length);
  if (empty) delete obj[key]; else obj[key] = value;
}

function formChanged() {
  const d = ed.draft;
  setOrDelete(d, "exempt", splitWords($("#o-exempt").value));
  setOrDelete(d, "own_names", splitWords($("#o-own").value));
  const words = {};
  for (const row of $("#o-words").children) {
    const [sel, input] = row.querySelectorAll("select, input");
    const ws = splitWords(input.value);
    if (sel.value && ws.length) words[sel.value] = [...(words[sel.value] || []), ...ws];
  }
  setOrDelete(d, "words", words);
  setOrDelete(d, "disable", $$("#o-disable .chip-x").map((c) => c.dataset.id));
  const limits = { ...(d.limits || {}) };
  const ml = $("#o-maxlen").value.trim();
  if (ml) limits.max_length = Number(ml); else delete limits.max_length;
  setOrDelete(d, "limits", limits);
  setOrDelete(d, "shop", $("#o-shopname").value.trim());
  const context = {};
  for (const row of $("#o-ctx").children) {
    const [k, v] = row.querySelectorAll("input");
    if (k.value.trim()) context[k.value.trim()] = v.value;
  }
  const scripts = { ...(d.scripts || {}) };
  setOrDelete(scripts, "context", context);
  setOrDelete(d, "scripts", scripts);
  setDirty();
}

function setMode(mode) {
  if (mode === ed.mode) return true;
  if (mode === "form" && ed.jsonBad) {
    $("#json-error").hidden = false;
    $("#o-json").focus();
    return false;
  }
  ed.mode = mode;
  $("#form-pane").hidden = mode !== "form";
  $("#json-pane").hidden = mode !== "json";
  if (mode === "json") $("#o-json").value = JSON.stringify(ed.draft, null, 2);
  else renderForm();
  return true;
}

function jsonChanged() {
  const err = $("#json-error");
  try {
    const v = JSON.parse($("#o-json").value || "{}");
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("顶层必须是一个对象 { … }");
    ed.draft = v;
    ed.jsonBad = false;
    err.hidden = true;
    setDirty();
  } catch (e) {
    ed.jsonBad = true;
    err.hidden = false;
    err.textContent = `JSON 格式错误：${e.message}`;
  }
}

async function loadShop(shop) {
  ed.shop = shop;
  ed.pack = $("#s-pack").value;
  let res;
  try {
    res = await api(`/overrides/${encodeURIComponent(shop)}`);
  } catch (e) {
    $("#s-info").textContent = e.message;
    return;
  }
  ed.saved = { version: res.version, data: res.data || {} };
  ed.draft = copy(ed.saved.data);
  ed.jsonBad = false;
  $("#json-error").hidden = true;
  $("#s-info").textContent = res.version
    ? `“${shop}”当前是第 ${res.version} 版（${res.author}，${fmtTime(res.created_at)}）。`
    : `“${shop}”还没有覆盖设置：使用规则包的默认规则。`;
  $("#shop-editor").hidden = false;
  $("#shop-editor").dataset.shop = shop;
  if (ed.mode === "json") $("#o-json").value = JSON.stringify(ed.draft, null, 2);
  renderForm();
  setDirty();
  clear($("#try-out"));
  clear($("#save-out"));
  const url = new URL(location.href);
  url.searchParams.set("shop", shop);
  history.replaceState(null, "", url);
  loadHistory();
  rulesOf(ed.pack || "jd").then((r) => clear($("#rule-ids"), r.rules.map((x) => h("option", { value: x.id }, x.message)))).catch(() => {});
}

function changedKeys(a, b) {
  const keys = new Set([...Object.keys(a || {}), ...Object.keys(b || {})]);
  return [...keys].filter((k) => canon(a?.[k]) !== canon(b?.[k]));
}

async function loadHistory() {
  const table = $("#history");
  let res;
  try { res = await api(`/overrides/${encodeURIComponent(ed.shop)}/history`); } catch (e) { clear(table, h("tr", {}, h("td", {}, e.message))); return; }
  const vs = res.versions;
  clear(table,
    h("thead", {}, h("tr", {}, h("th", {}, "版本"), h("th", {}, "时间"), h("th", {}, "作者"), h("th", {}, "说明"), h("th", {}, "改动"), h("th", {}, ""))),
    h("tbody", {}, vs.length ? vs.map((v, i) => {
      const prev = vs[i + 1]?.data || {};
      const pre = h("pre", { hidden: true }, JSON.stringify(v.data, null, 2));
      return h("tr", { dataset: { version: v.version } },
        h("td", {}, `v${v.version}`), h("td", { class: "nowrap" }, fmtTime(v.created_at)), h("td", {}, v.author),
        h("td", {}, v.note || h("span", { class: "muted" }, "—")),
        h("td", { class: "mono small" }, changedKeys(prev, v.data).join("、") || "—", pre),
        h("td", { class: "nowrap" },
          h("button", { type: "button", class: "btn btn-ghost btn-sm", "aria-expanded": "false", onclick: (e) => {
            pre.hidden = !pre.hidden; e.currentTarget.setAttribute("aria-expanded", String(!pre.hidden));
            e.currentTarget.textContent = pre.hidden ? "查看" : "收起";
          } }, "查看"), " ",
          h("button", { type: "button", class: "btn btn-ghost btn-sm", onclick: () => {
            ed.draft = copy(v.data); ed.jsonBad = false;
            if (ed.mode === "json") $("#o-json").value = JSON.stringify(ed.draft, null, 2); else renderForm();
            setDirty();
            toast(`已把 v${v.version} 载入编辑器，保存后作为新版本生效`, "info");
          } }, "载入编辑器")));
    }) : h("tr", {}, h("td", { colspan: 6, class: "muted" }, "还没有保存过"))));
}

function findingsBlock(title, text, findings, id) {
  const spans = withUnits(text, findings);
  const box = h("div", { class: "try-text" });
  renderHighlighted(box, text, spans, { focusable: true });
  wireMarkTips(box, (i) => findings[i]);
  return h("div", { class: "try-col", id },
    h("h3", {}, title, h("span", { class: "muted small" }, `：${findings.length} 处问题`)), box,
    findings.length ? h("ul", {}, findings.map((f) => h("li", { dataset: { rule: f.rule } }, h("b", {}, `“${f.match}”`), " ", catName(f.category), "：", f.message)))
      : h("p", { class: "ok-box small" }, "没有问题"));
}

async function runTry() {
  const text = $("#try-text").value;
  const out = $("#try-out");
  if (!text.trim()) { clear(out, h("p", { class: "muted" }, "请先输入试用文本")); $("#try-text").focus(); return; }
  if (ed.jsonBad) { clear(out, h("p", { class: "error-box" }, "JSON 格式错误，先修正再试用")); return; }
  const pack = ed.pack || null;
  try {
    const [draft, saved] = await Promise.all([
      api(`/overrides/${encodeURIComponent(ed.shop)}/try`, { method: "POST", body: { data: ed.draft, text, pack } }),
      api("/check", { method: "POST", body: { text, shop: ed.shop, pack } }),
    ]);
    const key = (f) => `${f.rule}@${f.start}`;
    const gone = saved.findings.filter((f) => !draft.findings.some((g) => key(g) === key(f)));
    const added = draft.findings.filter((f) => !saved.findings.some((g) => key(g) === key(f)));
    const diff = [];
    if (gone.length) diff.push(`草稿不再标出：${gone.map((f) => `“${f.match}”`).join("、")}`);
    if (added.length) diff.push(`草稿新标出：${added.map((f) => `“${f.match}”`).join("、")}`);
    clear(out,
      h("p", { class: diff.length ? "diff-note" : "small muted", id: "try-diff", style: { marginTop: "8px" } }, diff.length ? diff.join("；") : "草稿与已保存的设置结果相同"),
      h("div", { class: "try-cols" },
        findingsBlock(ed.saved.version ? `已保存（v${ed.saved.version}）` : "已保存（无覆盖）", text, saved.findings, "try-saved"),
        findingsBlock("未保存的草稿", text, draft.findings, "try-draft")));
  } catch (e) {
    clear(out, h("p", { class: "error-box" }, e.message));
  }
}

async function save() {
  const out = $("#save-out");
  if (ed.jsonBad) { clear(out, h("p", { class: "error-box" }, "JSON 格式错误，先修正再保存")); return; }
  const btn = $("#save");
  btn.disabled = true;
  try {
    const res = await api(`/overrides/${encodeURIComponent(ed.shop)}${ed.pack ? `?pack=${encodeURIComponent(ed.pack)}` : ""}`,
      { method: "PUT", body: { data: ed.draft, note: $("#save-note").value.trim() || null } });
    ed.saved = { version: res.version, data: copy(ed.draft) };
    setDirty();
    $("#save-note").value = "";
    clear(out, h("p", { class: "ok-box" }, `已保存为第 ${res.version} 版，立即生效。`));
    $("#s-info").textContent = `“${ed.shop}”当前是第 ${res.version} 版（${res.author}，刚刚）。`;
    toast(`“${ed.shop}”的设置已保存（v${res.version}）`);
    loadHistory();
  } catch (e) {
    clear(out, h("p", { class: "error-box" }, e.message));
  } finally {
    btn.disabled = false;
  }
}

function wireShop() {
  const selectMode = wireTabs($("#mode-form").parentElement, (tab) => {
    if (!setMode(tab.dataset.mode)) selectMode($("#mode-json"), true);
  });
  $("#shop-pick").addEventListener("submit", (e) => {
    e.preventDefault();
    const shop = $("#s-shop").value.trim();
    if (!shop) return;
    if ($("#shop-editor").dataset.dirty === "true" && shop !== ed.shop && !confirm("有未保存的修改，确定载入另一个店铺吗？")) return;
    loadShop(shop);
  });
  $("#s-pack").addEventListener("change", () => { ed.pack = $("#s-pack").value; });
  for (const id of ["#o-exempt", "#o-own", "#o-maxlen", "#o-shopname"]) $(id).addEventListener("input", formChanged);
  $("#o-words-add").addEventListener("click", () => { const r = wordsRow(); $("#o-words").append(r); r.querySelector("select").focus(); });
  $("#o-ctx-add").addEventListener("click", () => { const r = ctxRow(); $("#o-ctx").append(r); r.querySelector("input").focus(); });
  const addDisable = () => {
    const id = $("#o-disable-input").value.trim();
    if (!id) return;
    if (!$$("#o-disable .chip-x").some((c) => c.dataset.id === id)) $("#o-disable").append(disableChip(id));
    $("#o-disable-input").value = "";
    formChanged();
  };
  $("#o-disable-add").addEventListener("click", addDisable);
  $("#o-disable-input").addEventListener("keydown", (e) => { if (e.key === "Enter" && !e.isComposing) { e.preventDefault(); addDisable(); } });
  $("#o-json").addEventListener("input", jsonChanged);
  $("#json-format").addEventListener("click", () => { jsonChanged(); if (!ed.jsonBad) $("#o-json").value = JSON.stringify(ed.draft, null, 2); });
  $("#try").addEventListener("click", runTry);
  $("#try-text").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runTry(); } });
  $("#save").addEventListener("click", save);
  $("#revert").addEventListener("click", () => {
    ed.draft = copy(ed.saved.data); ed.jsonBad = false; $("#json-error").hidden = true;
    if (ed.mode === "json") $("#o-json").value = JSON.stringify(ed.draft, null, 2); else renderForm();
    setDirty();
  });
  window.addEventListener("beforeunload", (e) => { if ($("#shop-editor").dataset.dirty === "true") e.preventDefault(); });
  api("/shops").then((r) => clear($("#s-shops"), r.shops.map((s) => h("option", { value: s.shop })))).catch(() => {});
  const shop = new URLSearchParams(location.search).get("shop");
  if (shop) { $("#s-shop").value = shop; loadShop(shop); }
}

// -- API keys ---------------------------------------------------------------------------------------------------------------
const ROLE_LABEL = { agent: "客服", qa: "质检", admin: "管理员" };
async function loadKeys() {
  const table = $("#keys-table");
  let res;
  try { res = await api("/keys"); } catch (e) { clear(table, h("tr", {}, h("td", {}, e.message))); return; }
  clear(table,
    h("thead", {}, h("tr", {}, h("th", { class: "num" }, "ID"), h("th", {}, "名称"), h("th", {}, "角色"), h("th", {}, "前缀"), h("th", {}, "创建时间"), h("th", {}, "状态"), h("th", {}, ""))),
    h("tbody", {}, res.keys.map((k) => h("tr", {},
      h("td", { class: "num" }, k.id), h("td", {}, k.name), h("td", {}, ROLE_LABEL[k.role] || k.role), h("td", { class: "mono" }, k.prefix),
      h("td", { class: "nowrap" }, fmtTime(k.created_at)),
      h("td", {}, k.revoked_at ? h("span", { class: "muted" }, `已吊销（${fmtTime(k.revoked_at)}）`) : h("span", { class: "score-good" }, "有效")),
      h("td", {}, k.revoked_at ? null : h("button", { type: "button", class: "btn btn-ghost btn-sm", "aria-label": `吊销 key“${k.name}”`, onclick: async () => {
        if (!confirm(`确定吊销 key“${k.name}”吗？使用它的页面和程序将立即无法访问。`)) return;
        try { await api(`/keys/${k.id}`, { method: "DELETE" }); toast(`已吊销“${k.name}”`); loadKeys(); } catch (e) { toast(e.message, "error"); }
      } }, "吊销"))))));
}

function wireKeys() {
  $("#key-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const name = $("#k-name").value.trim();
    if (!name) return;
    try {
      const res = await api("/keys", { method: "POST", body: { name, role: $("#k-role").value } });
      const keyEl = h("div", { class: "new-key", id: "new-key-value" }, res.key);
      clear($("#key-new"), h("p", { class: "ok-box" }, `已创建“${res.name}”（${ROLE_LABEL[res.role]}）。${res.note}`), keyEl,
        h("p", {}, h("button", { type: "button", class: "btn btn-ghost btn-sm", onclick: async () => {
          try { await navigator.clipboard.writeText(res.key); toast("已复制 key"); } catch { toast("复制失败，请手动选择复制", "error"); }
        } }, "复制 key")));
      $("#k-name").value = "";
      loadKeys();
    } catch (ex) {
      clear($("#key-new"), h("p", { class: "error-box" }, ex.message));
    }
  });
}

// -- start ------------------------------------------------------------------------------------------------------------------------
async function main() {
  const who = await requireRole("admin");
  if (!who) return;
  const select = wireTabs($(".tabs[aria-label='规则/设置']"), (tab) => showPanel(tab.dataset.tab));
  wireShop();
  wireKeys();
  const start = location.hash.slice(1) || (new URLSearchParams(location.search).get("shop") ? "shop" : "browse");
  select($(`#tab-${["browse", "shop", "keys"].includes(start) ? start : "browse"}`), false);
  await loadBrowse().catch((e) => toast(e.message, "error"));
  document.body.dataset.loaded = "1";
}
main();
