// 质检：上传聊天记录（XHR 上传进度 → 轮询 /jobs/{id}）；概览、ECharts 图表、客服排行、店铺对比；
// 筛选（店铺、客服、类别、级别、日期，写进网址便于分享）；会话列表分页；按筛选导出 Excel。
import {
  $, api, ApiError, catName, clear, fmtNum, fmtPct, fmtSec, fmtTime, getKey, h, qs, requireRole,
  scoreClass, SEVERITIES, toast, toLogin,
} from "./common.js";
import { CONVERSATION_CATEGORIES, MESSAGE_CATEGORIES } from "/assets/taxonomy.js";

const FILTERS = ["shop", "agent", "category", "severity", "date_from", "date_to"];
const PAGE_SIZE = 20;
const charts = {};
let state = readUrl();

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = { order: p.get("order") || "score", page: Math.max(1, Number(p.get("page")) || 1) };
  for (const k of FILTERS) s[k] = p.get(k) || "";
  return s;
}
const filterParams = (s = state) => Object.fromEntries(FILTERS.map((k) => [k, s[k]]));

function go(patch, push = true) {
  state = { ...state, ...patch };
  const q = qs({ ...filterParams(), order: state.order === "score" ? "" : state.order, page: state.page > 1 ? state.page : "" });
  if (push) history.pushState(null, "", location.pathname + q);
  load();
}

// -- filter form ----------------------------------------------------------------------------------------
function fillStaticOptions() {
  const cat = $("#f-category");
  for (const [label, group] of [["消息问题", MESSAGE_CATEGORIES], ["会话问题", CONVERSATION_CATEGORIES]]) {
    cat.append(h("optgroup", { label }, Object.entries(group).map(([id, name]) => h("option", { value: id }, name))));
  }
  for (const [id, name] of Object.entries(SEVERITIES)) $("#f-severity").append(h("option", { value: id }, name));
}

function setOptions(select, values, allLabel, current) {
  const list = [...new Set(values.filter(Boolean))];
  if (current && !list.includes(current)) list.unshift(current);
  clear(select, h("option", { value: "" }, allLabel), list.map((v) => h("option", { value: v }, v)));
  select.value = current || "";
}

async function refreshShopOptions() {
  const res = await api("/shops");
  const names = res.shops.map((s) => s.shop).sort((a, b) => String(a).localeCompare(String(b), "zh-CN"));
  setOptions($("#f-shop"), names, "全部店铺", state.shop);
  clear($("#shop-options"), names.map((n) => h("option", { value: n })));
}

async function refreshAgentOptions(shop) {
  const res = await api("/agents" + qs({ shop }));
  const names = res.agents.map((a) => a.agent).sort((a, b) => String(a).localeCompare(String(b), "zh-CN"));
  setOptions($("#f-agent"), names, "全部客服", shop === state.shop ? state.agent : "");
}

function writeForm() {
  $("#f-shop").value = state.shop;
  $("#f-category").value = state.category;
  $("#f-severity").value = state.severity;
  $("#f-from").value = state.date_from;
  $("#f-to").value = state.date_to;
  $("#order").value = state.order;
}

function readForm() {
  return {
    shop: $("#f-shop").value, agent: $("#f-agent").value, category: $("#f-category").value,
    severity: $("#f-severity").value, date_from: $("#f-from").value, date_to: $("#f-to").value,
  };
}

function scopeText() {
  const parts = [];
  if (state.shop) parts.push(`店铺 ${state.shop}`);
  if (state.agent) parts.push(`客服 ${state.agent}`);
  if (state.category) parts.push(`类别 ${catName(state.category)}`);
  if (state.severity) parts.push(`级别 ${SEVERITIES[state.severity] || state.severity}`);
  if (state.date_from || state.date_to) parts.push(`日期 ${state.date_from || "…"} 至 ${state.date_to || "…"}`);
  return parts.length ? `筛选：${parts.join(" · ")}` : "全部会话";
}

// -- charts ---------------------------------------------------------------------------------------------------
const PALETTE = { brand: "#1d4ed8", ok: "#16a34a", mid: "#f59e0b", bad: "#dc2626", grey: "#94a3b8" };
const FONT = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

function chart(id) {
  if (!window.echarts) return null;
  if (!charts[id]) {
    const el = document.getElementById(id);
    charts[id] = window.echarts.init(el, null, { renderer: "canvas" });
    new ResizeObserver(() => charts[id].resize()).observe(el);
  }
  return charts[id];
}

function empty(c, text = "暂无数据") {
  c.setOption({ title: { text, left: "center", top: "middle", textStyle: { color: "#94a3b8", fontSize: 14, fontWeight: 400, fontFamily: FONT } },
    xAxis: { show: false }, yAxis: { show: false }, series: [] }, true);
}

function renderCharts(dash, shops) {
  const base = { textStyle: { fontFamily: FONT }, animationDuration: 300, tooltip: { trigger: "axis", confine: true } };
  // 得分分布
  let c = chart("chart-scores");
  if (c) {
    const keys = Object.keys(dash.score_histogram).map(Number).sort((a, b) => a - b);
    const labels = keys.map((k) => (k >= 100 ? "100" : `${k}–${k + 9}`));
    const vals = keys.map((k) => dash.score_histogram[String(k)]);
    if (!dash.chats) empty(c);
    else c.setOption({ ...base, grid: { left: 44, right: 12, top: 16, bottom: 28 },
      xAxis: { type: "category", data: labels, axisLabel: { fontSize: 11 } }, yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: "会话数", barMaxWidth: 36,
        data: vals.map((v, i) => ({ value: v, itemStyle: { color: keys[i] < 60 ? PALETTE.bad : keys[i] < 90 ? PALETTE.mid : PALETTE.ok } })) }] }, true);
  }
  // 问题类别
  c = chart("chart-categories");
  if (c) {
    const cats = Object.entries(dash.findings_by_category).slice(0, 12).reverse();
    if (!cats.length) empty(c, "没有问题");
    else {
      c.setOption({ ...base, tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: "value", minInterval: 1 }, yAxis: { type: "category", data: cats.map(([k]) => catName(k)), axisLabel: { fontSize: 12 } },
        series: [{ type: "bar", name: "问题数", data: cats.map(([k, v]) => ({ value: v, id: k })), itemStyle: { color: PALETTE.brand },
          barMaxWidth: 18, label: { show: true, position: "right", fontSize: 11 } }] }, true);
      c.off("click");
      c.on("click", (p) => { if (p.data?.id) go({ category: p.data.id, page: 1 }); });
    }
  }
  // 每日趋势
  c = chart("chart-days");
  if (c) {
    const days = dash.days.slice().sort((a, b) => String(a.day).localeCompare(String(b.day)));
    if (!days.length) empty(c);
    else c.setOption({ ...base, legend: { top: 0, textStyle: { fontSize: 12 } }, grid: { left: 44, right: 44, top: 32, bottom: 28 },
      xAxis: { type: "category", data: days.map((d) => String(d.day).slice(5)), axisLabel: { fontSize: 11 } },
      yAxis: [{ type: "value", name: "数量", minInterval: 1, nameTextStyle: { fontSize: 11 } },
        { type: "value", name: "平均分", min: (v) => Math.max(0, Math.floor(v.min - 5)), max: 100, nameTextStyle: { fontSize: 11 }, splitLine: { show: false } }],
      series: [
        { type: "bar", name: "会话数", data: days.map((d) => d.chats), itemStyle: { color: "#bfdbfe" }, barMaxWidth: 28 },
        { type: "line", name: "问题数", data: days.map((d) => d.findings), itemStyle: { color: PALETTE.bad }, smooth: true },
        { type: "line", name: "平均分", yAxisIndex: 1, data: days.map((d) => d.avg_score), itemStyle: { color: PALETTE.ok }, smooth: true },
      ] }, true);
  }
  // 店铺对比
  c = chart("chart-shops");
  if (c) {
    const list = shops.slice().sort((a, b) => a.avg_score - b.avg_score).slice(0, 12);
    if (!list.length) empty(c);
    else {
      const lo = Math.max(0, Math.floor(Math.min(...list.map((s) => s.avg_score)) - 5));
      c.setOption({ ...base, tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: "value", min: lo, max: 100 },
        yAxis: { type: "category", data: list.map((s) => s.shop), axisLabel: { fontSize: 12, width: 150, overflow: "truncate" } },
        series: [{ type: "bar", name: "平均分", barMaxWidth: 18, data: list.map((s) => ({ value: s.avg_score, id: s.shop,
          itemStyle: { color: s.shop === state.shop ? PALETTE.brand : s.avg_score < 90 ? PALETTE.mid : "#60a5fa" } })),
        label: { show: true, position: "right", fontSize: 11 } }] }, true);
      c.off("click");
      c.on("click", (p) => { if (p.data?.id) go({ shop: p.data.id, agent: "", page: 1 }); });
    }
  }
}

// -- tables -------------------------------------------------------------------------------------------------------
function per100(g) {
  return Object.values(g.findings_per_100 || {}).reduce((a, b) => a + b, 0);
}

function leagueTable(table, rows, key, label) {
  // managers look for the worst: lowest average score first, then more problems per chat
  rows = rows.slice().sort((a, b) => a.avg_score - b.avg_score || per100(b) - per100(a) || b.chats - a.chats);
  const caption = h("caption", { class: "muted small" }, `按平均分从低到高（最差在前）· 显示 ${rows.length} / 共 ${rows.length}`);
  const head = h("thead", {}, h("tr", {},
    h("th", { class: "num" }, "#"), h("th", {}, label), h("th", { class: "num" }, "会话"), h("th", { class: "num" }, "平均分"),
    h("th", { class: "num" }, "致命"), h("th", { class: "num", title: "每 100 个会话的问题数" }, "问题/百会话"),
    h("th", { class: "num" }, "30秒首响"), h("th", { class: "num" }, "平均响应"), h("th", { class: "num" }, "漏回复")));
  const body = h("tbody", {}, rows.length ? rows.map((g, i) => h("tr", {},
    h("td", { class: "num muted" }, i + 1),
    h("td", {}, h("button", {
      type: "button", class: "linkish", "aria-label": `只看${label}“${g[key]}”`,
      onclick: () => go(key === "shop" ? { shop: g.shop, agent: "", page: 1 } : { agent: g.agent, page: 1 }),
    }, g[key] ?? "（未知）")),
    h("td", { class: "num" }, fmtNum(g.chats)),
    h("td", { class: `num ${scoreClass(g.avg_score, false)}` }, fmtNum(g.avg_score, 1)),
    h("td", { class: "num" }, g.fatal_chats ? h("span", { class: "score-bad" }, g.fatal_chats) : "0"),
    h("td", { class: "num" }, fmtNum(per100(g), 1)),
    h("td", { class: "num" }, fmtPct(g.first_response_30s_rate)),
    h("td", { class: "num" }, g.avg_response_s == null ? "—" : `${fmtNum(g.avg_response_s, 1)} 秒`),
    h("td", { class: "num" }, fmtPct(g.unanswered_rate)))) : h("tr", {}, h("td", { colspan: 9, class: "muted" }, "暂无数据")));
  clear(table, caption, head, body);
}

function convTable(res) {
  const table = $("#conv-table");
  const head = h("thead", {}, h("tr", {},
    h("th", {}, "会话"), h("th", {}, "店铺"), h("th", {}, "客服"), h("th", { class: "hide-narrow" }, "开始时间"),
    h("th", { class: "num" }, "得分"), h("th", { class: "num" }, "问题"), h("th", { class: "num hide-narrow" }, "首响")));
  const rows = res.items.map((c) => h("tr", { dataset: { id: c.id } },
    h("td", {}, h("a", { href: `/qa/conversation/${encodeURIComponent(c.id)}`, class: "mono" }, c.id)),
    h("td", {}, c.shop ?? "—"), h("td", {}, c.agent ?? "—"),
    h("td", { class: "nowrap hide-narrow" }, fmtTime(c.started)),
    h("td", { class: `num ${scoreClass(c.score, c.fatal)}` }, fmtNum(c.score, 0), c.fatal ? h("span", { class: "badge fatal", style: { marginLeft: "6px" } }, "致命") : null),
    h("td", { class: "num" }, c.findings),
    h("td", { class: "num hide-narrow" }, c.first_response == null ? "—" : fmtSec(c.first_response))));
  clear(table, head, h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: 7, class: "muted" }, "没有符合筛选条件的会话"))));
  const pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
  $("#list-total").textContent = `共 ${fmtNum(res.total)} 个`;
  $("#page-info").textContent = `第 ${res.page} / ${pages} 页`;
  $("#prev").disabled = res.page <= 1;
  $("#next").disabled = res.page >= pages;
}

/** 图表数据；服务按类别/级别汇总失败时（旧版本服务的已知问题）退回不含类别/级别的汇总并注明。 */
async function dashboard(f) {
  $("#chart-note").hidden = true;
  try {
    return await api("/dashboard" + qs(f));
  } catch (e) {
    if (e.status !== 500 || !(f.category || f.severity)) throw e;
    const d = await api("/dashboard" + qs({ ...f, category: "", severity: "" }));
    $("#chart-note").hidden = false;
    return d;
  }
}

// -- load -----------------------------------------------------------------------------------------------------------
let loadSeq = 0;
async function load() {
  const my = ++loadSeq;
  writeForm();
  $("#scope").textContent = scopeText();
  const f = filterParams();
  const dates = { date_from: state.date_from, date_to: state.date_to };
  try {
    const [dash, agents, shops, convs] = await Promise.all([
      dashboard(f),
      api("/agents" + qs({ shop: state.shop, ...dates })),
      api("/shops" + qs(dates)),
      api("/conversations" + qs({ ...f, order: state.order, page: state.page, size: PAGE_SIZE })),
      refreshAgentOptions(state.shop),
    ]);
    if (my !== loadSeq) return;
    $("#k-chats").textContent = fmtNum(dash.chats);
    $("#k-score").textContent = dash.avg_score == null ? "—" : fmtNum(dash.avg_score, 1);
    $("#k-score").className = "v " + (dash.avg_score == null ? "" : scoreClass(dash.avg_score, false));
    $("#k-fatal").textContent = fmtNum(dash.days.reduce((a, d) => a + d.fatal_chats, 0));
    $("#k-findings").textContent = fmtNum(Object.values(dash.findings_by_category).reduce((a, b) => a + b, 0));
    renderCharts(dash, shops.shops);
    leagueTable($("#agents-table"), agents.agents, "agent", "客服");
    leagueTable($("#shops-table"), shops.shops, "shop", "店铺");
    convTable(convs);
    document.body.dataset.loaded = String(my);
  } catch (e) {
    if (e.status !== 401) toast(`加载失败：${e.message}`, "error");
  }
}

// -- upload --------------------------------------------------------------------------------------------------------------
function jobUi(text, value) {
  $("#job").hidden = false;
  const bar = $("#up-progress");
  if (value == null) bar.removeAttribute("value"); else bar.value = value;
  $("#job-text").textContent = text;
}

function upload(form) {
  const file = $("#file").files[0];
  if (!file) { toast("请选择要上传的文件", "error"); return; }
  const data = new FormData();
  data.append("file", file);
  if ($("#up-pack").value) data.append("pack", $("#up-pack").value);
  if ($("#up-shop").value.trim()) data.append("shop", $("#up-shop").value.trim());
  $("#up-submit").disabled = true;
  $("#job-errors").hidden = true;
  $("#job").dataset.state = "uploading";
  jobUi(`正在上传 ${file.name}…`, 0);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/v1/audit/upload");
  xhr.setRequestHeader("Authorization", "Bearer " + getKey());
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) jobUi(`正在上传 ${file.name}：${Math.round((e.loaded / e.total) * 100)}%`, Math.round((e.loaded / e.total) * 100));
  };
  xhr.onerror = () => finish("error", "上传失败：无法连接质检服务");
  xhr.onload = () => {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch { /* 空 */ }
    if (xhr.status === 401) { toLogin("expired"); return; }
    if (xhr.status !== 202) { finish("error", `上传失败：${body.error || `HTTP ${xhr.status}`}`); return; }
    jobUi("上传完成，排队等待审计…", null);
    poll(body.job);
  };
  xhr.send(data);

  async function poll(id) {
    let job;
    try {
      job = await api(`/jobs/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e.status !== 401) finish("error", `查询任务失败：${e.message}`);
      return;
    }
    if (job.status === "queued" || job.status === "running") {
      $("#job").dataset.state = job.status;
      jobUi(job.status === "queued" ? "排队等待审计…" : `审计中：已完成 ${fmtNum(job.done)} 个会话${job.skipped ? `，跳过 ${job.skipped} 行` : ""}`, null);
      setTimeout(() => poll(id), 400);
      return;
    }
    const reason = job.status === "failed" ? job.reason || (job.errors || []).slice(-1)[0] || "" : "";
    const errors = (job.errors || []).filter((e) => e !== reason);
    showErrors(errors, job.skipped, job.status !== "done");
    if (job.status === "done" && job.done > 0) {
      finish("done", `完成：审计 ${fmtNum(job.done)} 个会话${job.skipped ? `，跳过 ${fmtNum(job.skipped)} 行无法读取的记录` : ""}（${job.filename}）`);
      await refreshShopOptions().catch(() => {});
      load();
    } else {
      // failed, or nothing audited: say why in red, with the first reasons
      const first = errors.slice(0, 3);
      const saved = job.done ? `已保存 ${fmtNum(job.done)} 个会话；` : "";
      const skipped = job.skipped ? `${fmtNum(job.skipped)} 行无法读取。` : "";
      const lines = [`任务失败（${job.filename}）：${saved}${reason || "没有可审计的会话"}`];
      if (skipped || first.length) lines.push(`${skipped}${first.length ? "前几条原因：" : ""}`, ...first.map((e) => `· ${e}`));
      finish("failed", lines.join("\n"));
      if (job.done) { await refreshShopOptions().catch(() => {}); load(); }
    }
  }

  function finish(kind, text) {
    $("#job").dataset.state = kind;
    jobUi(text, kind === "done" ? 100 : 0);
    $("#job-text").className = kind === "done" ? "ok-box" : "error-box";
    $("#up-submit").disabled = false;
    if (kind === "done") { form.reset(); $("#file-name").textContent = "未选择文件"; }
  }
}

function showErrors(errors, skipped, open = false) {
  const det = $("#job-errors");
  if (!errors.length) { det.hidden = true; return; }
  det.hidden = false;
  det.open = open;
  det.querySelector("summary").textContent = `查看跳过原因（${skipped || errors.length} 条）`;
  clear($("#job-error-list"), errors.slice(0, 50).map((e) => h("li", {}, e)));
}

// -- export -----------------------------------------------------------------------------------------------------------------
async function exportExcel() {
  const btn = $("#export");
  btn.disabled = true;
  try {
    const res = await api("/export.xlsx" + qs(filterParams()), { raw: true });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const d = new Date();
    const name = `质检导出-${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}.xlsx`;
    const a = h("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    toast("已导出 Excel");
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) toast(`导出失败：${e.message}`, "error");
  } finally {
    btn.disabled = false;
  }
}

// -- start ---------------------------------------------------------------------------------------------------------------------
async function main() {
  const who = await requireRole("qa");
  if (!who) return;
  if (!window.echarts) await new Promise((r) => window.addEventListener("load", r, { once: true }));
  fillStaticOptions();
  api("/packs").then((res) => {
    for (const p of res.packs.filter((x) => !x.abstract)) $("#up-pack").append(h("option", { value: p.name }, `${p.title}（${p.name}）`));
  }).catch(() => {});
  await refreshShopOptions().catch((e) => toast(e.message, "error"));
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); go({ ...readForm(), page: 1 }); });
  $("#f-shop").addEventListener("change", () => refreshAgentOptions($("#f-shop").value).catch(() => {}));
  $("#f-reset").addEventListener("click", () => go({ ...Object.fromEntries(FILTERS.map((k) => [k, ""])), page: 1 }));
  $("#export").addEventListener("click", exportExcel);
  $("#order").addEventListener("change", () => go({ order: $("#order").value, page: 1 }));
  $("#prev").addEventListener("click", () => go({ page: Math.max(1, state.page - 1) }));
  $("#next").addEventListener("click", () => go({ page: state.page + 1 }));
  $("#file").addEventListener("change", () => {
    const f = $("#file").files[0];
    $("#file-name").textContent = f ? `${f.name}（${fmtNum(f.size / 1024, 1)} KB）` : "未选择文件";
  });
  $("#upload").addEventListener("submit", (e) => { e.preventDefault(); upload(e.currentTarget); });
  window.addEventListener("popstate", () => { state = readUrl(); load(); });
  load();
}
main();
