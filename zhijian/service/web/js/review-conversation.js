// 复核一个会话：对话（问题高亮）、机器得分与最终得分、每个问题的结论（质检员确认 / 驳回）、补充漏检、
// 人工改分、完成复核、重新审计；客服对自己会话的问题申诉（申诉期内），质检员裁决申诉；管理员从驳回的
// 问题生成店铺例外；以及会话的全部历史。页面按 key 的角色显示可做的操作，权限以服务为准。
import {
  $, allows, api, catChip, catName, clear, fmtNum, fmtTime, h, requireRole, scoreClass, sevBadge, SEVERITIES,
  showFatal, toast,
} from "./common.js";
import { fact, renderChat, SPEAKERS } from "./chat.js";
import {
  ACTIONS, APPEAL_STATUS, appealBadge, busyForm, decisionForm, formError, policyName, QUEUE_STATUS, ROLE_LABELS, SOURCES,
  VERDICTS, verdictBadge,
} from "./review-common.js";
import { CONVERSATION_CATEGORIES, MESSAGE_CATEGORIES } from "/assets/taxonomy.js";

const cid = decodeURIComponent(location.pathname.replace(/^\/review\//, ""));
const enc = encodeURIComponent(cid);
let who = null;
let view = null;
const open = { reject: null, appeal: null };  // 打开着的内联表单（问题 id），刷新后保持

const can = {
  review: () => allows(who, "qa"),
  appeal: () => who.role === "agent" && !!who.agent_id,
  propose: () => who.role === "admin",
};

// -- actions ---------------------------------------------------------------------------------------------------
async function act(fn, okText) {
  try {
    const res = await fn();
    if (okText) toast(typeof okText === "function" ? okText(res) : okText);
    await refresh();
    return res;
  } catch (e) {
    if (e.status !== 401) toast(e.message, "error");
    throw e;
  }
}

/** 表单提交：出错写进表单；成功则提示并刷新。返回是否成功。 */
async function submitForm(form, fn, okText) {
  const res = await busyForm(form, fn);
  if (res == null) return false;
  toast(typeof okText === "function" ? okText(res) : okText);
  await refresh();
  return true;
}

const verdict = (f, v, reason = "") => api(`/review/findings/${f.id}/verdict`, { method: "POST", body: { verdict: v, reason } });

// -- rendering ---------------------------------------------------------------------------------------------------
function renderHead() {
  const v = view;
  $("#cid").textContent = cid;
  document.title = `复核 ${cid} · 质检 zhijian`;
  const q = v.queue;
  clear($("#status-badge"), q ? h("span", { class: `badge queue-${q.status}` }, QUEUE_STATUS[q.status] || q.status)
    : h("span", { class: "badge queue-none" }, "未入队"));
  const score = $("#score");
  score.className = `score-big ${scoreClass(v.score, v.fatal)}`;
  clear(score, fmtNum(v.score, 0), h("small", {}, v.fatal ? "最终得分（含致命项）" : "最终得分"));
  const changed = v.machine_score != null && Math.round(v.machine_score) !== Math.round(v.score);
  const until = v.appeal_until ? new Date(v.appeal_until) : null;
  const closed = until && Date.now() > until.getTime();
  clear($("#facts"),
    fact("机器得分", fmtNum(v.machine_score, 0), scoreClass(v.machine_score, false)),
    fact("最终得分", `${fmtNum(v.score, 0)}${v.score_override != null ? "（人工改分）" : changed ? "（复核后）" : ""}`, scoreClass(v.score, v.fatal)),
    fact("致命项", v.fatal ? "有" : "无", v.fatal ? "score-bad" : null),
    fact("问题数", String(v.findings), v.findings ? "score-bad" : "score-good"),
    fact("店铺", v.shop ?? "—"), fact("客服", v.agent ?? "—"), fact("规则包", v.pack ?? "—"),
    fact("开始时间", fmtTime(v.started)),
    fact("抽样原因", q ? `${policyName(q.reason)}${q.detail ? `：${q.detail}` : ""}` : "未入队"),
    fact("复核人", v.reviewed_by ? `${v.reviewed_by}（${fmtTime(v.reviewed_at)}）` : "—"),
    fact("申诉截止", until ? `${fmtTime(v.appeal_until)}${closed ? "（已过）" : ""}` : "—", closed ? "muted" : null));
  const note = $("#appeal-note");
  if (can.appeal()) {
    note.hidden = false;
    note.textContent = closed
      ? `申诉期已过（截止 ${fmtTime(v.appeal_until)}），不能再对这个会话的问题申诉。`
      : `如对某个问题有异议，可在 ${fmtTime(v.appeal_until)} 前点该问题的“申诉”并写明理由，由质检员裁决。`;
    note.dataset.closed = closed ? "1" : "0";
  } else note.hidden = true;
}

function findingOrder(a, b) {
  const ta = a.turn == null || a.turn < 0 ? 1e9 : a.turn, tb = b.turn == null || b.turn < 0 ? 1e9 : b.turn;
  return ta - tb || (a.start ?? 0) - (b.start ?? 0) || a.id - b.id;
}

function openAppealOf(f) {
  return view.appeals.find((a) => a.finding === f.id && a.status === "open");
}

function rejectForm(f) {
  const form = h("form", { class: "inline-form", novalidate: true, "aria-label": `驳回问题 #${f.id}` },
    h("label", { for: `reject-${f.id}` }, "驳回原因（必填）"),
    h("textarea", { id: `reject-${f.id}`, name: "reason", rows: 2, maxlength: 2000, required: true, placeholder: "例如：本店支持微信支付，不是引导站外" }),
    h("div", { class: "form-error error-box", role: "alert", hidden: true }),
    h("div", { class: "row" },
      h("button", { type: "submit", class: "btn btn-danger btn-sm" }, "提交驳回"),
      h("button", { type: "button", class: "btn btn-ghost btn-sm", onclick: () => { open.reject = null; renderFindings(); } }, "取消")));
  form.addEventListener("input", () => formError(form, ""));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const reason = form.reason.value.trim();
    if (!reason) { formError(form, "请写明驳回原因"); form.reason.focus(); return; }
    open.reject = null;
    if (!(await submitForm(form, () => verdict(f, "rejected", reason), (r) => `已驳回问题 #${f.id}，最终得分 ${fmtNum(r.score, 0)}`))) open.reject = f.id;
  });
  return form;
}

function appealForm(f) {
  const form = h("form", { class: "inline-form", novalidate: true, "aria-label": `申诉问题 #${f.id}` },
    h("label", { for: `appeal-${f.id}` }, "申诉理由"),
    h("textarea", { id: `appeal-${f.id}`, name: "text", rows: 3, maxlength: 2000, required: true, placeholder: "说明为什么这个问题判得不对" }),
    h("div", { class: "form-error error-box", role: "alert", hidden: true }),
    h("div", { class: "row" },
      h("button", { type: "submit", class: "btn btn-sm" }, "提交申诉"),
      h("button", { type: "button", class: "btn btn-ghost btn-sm", onclick: () => { open.appeal = null; renderFindings(); } }, "取消")));
  form.addEventListener("input", () => formError(form, ""));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = form.text.value.trim();
    if (!text) { formError(form, "请写明申诉理由"); form.text.focus(); return; }
    open.appeal = null;
    if (!(await submitForm(form, () => api("/appeals", { method: "POST", body: { finding: f.id, text } }),
      `已提交申诉，等待质检员裁决`))) open.appeal = f.id;
  });
  return form;
}

function findingCard(f) {
  const closed = view.appeal_until && Date.now() > new Date(view.appeal_until).getTime();
  const pending = openAppealOf(f);
  const actions = [];
  if (can.review()) {
    actions.push(
      h("button", { type: "button", class: "btn btn-ok btn-sm", disabled: f.verdict === "confirmed",
        onclick: () => act(() => verdict(f, "confirmed"), (r) => `已确认问题 #${f.id}，最终得分 ${fmtNum(r.score, 0)}`).catch(() => {}) }, "确认"),
      h("button", { type: "button", class: "btn btn-danger btn-sm", disabled: f.verdict === "rejected", "aria-expanded": String(open.reject === f.id),
        onclick: () => { open.reject = f.id; renderFindings(); $(`#reject-${f.id}`)?.focus(); } }, "驳回"));
  }
  if (can.propose() && f.void && f.match && f.source !== "review" && f.category in MESSAGE_CATEGORIES) {
    actions.push(h("a", { class: "btn btn-ghost btn-sm", href: `/calibration?propose=${f.id}&conversation=${enc}` }, "生成例外"));
  }
  if (can.appeal() && !f.void) {
    if (pending) actions.push(h("a", { class: "small", href: `#appeal-item-${pending.id}` }, `申诉 #${pending.id}`), appealBadge("open"));
    else {
      actions.push(h("button", { type: "button", class: "btn btn-ghost btn-sm", disabled: closed, title: closed ? "已超过申诉期" : null,
        "aria-expanded": String(open.appeal === f.id),
        onclick: () => { open.appeal = f.id; renderFindings(); $(`#appeal-${f.id}`)?.focus(); } }, "申诉"));
    }
  }
  const turn = f.turn != null && f.turn >= 0 ? h("a", { href: `#turn-${f.turn}`, class: "small" }, `第 ${f.turn + 1} 条`) : h("span", { class: "small muted" }, "整个会话");
  return h("li", { class: `finding review-finding sev-${f.severity}${f.void ? " void" : ""}`, id: `finding-${f.id}`, dataset: { id: String(f.id), verdict: f.verdict || "pending" } },
    h("div", { class: "f-head" }, sevBadge(f.severity), catChip(f.category),
      h("span", { class: `chip source source-${f.source || "rule"}` }, SOURCES[f.source || "rule"] || f.source), verdictBadge(f.verdict), turn),
    f.match ? h("div", { class: "f-match" }, h("mark", { class: f.void ? "hl void" : `hl sev-${f.severity}` }, f.match)) : null,
    h("div", { class: "f-msg" }, f.message),
    h("div", { class: "small muted mono" }, f.rule, f.score != null ? `（模型分 ${fmtNum(f.score, 2)}）` : ""),
    f.verdict ? h("div", { class: "small f-verdict" },
      `${VERDICTS[f.verdict] || f.verdict}${f.verdict_reason ? `：${f.verdict_reason}` : ""}`,
      h("span", { class: "muted" }, ` —— ${f.verdict_by || "—"}，${fmtTime(f.verdict_at)}`)) : null,
    actions.length ? h("div", { class: "f-actions" }, actions) : null,
    open.reject === f.id && can.review() ? rejectForm(f) : null,
    open.appeal === f.id && can.appeal() ? appealForm(f) : null);
}

function renderFindings() {
  const list = view.findings_list.slice().sort(findingOrder);
  const live = list.filter((f) => !f.void).length;
  $("#f-count").textContent = list.length ? `共 ${list.length} 项，计入 ${live} 项` : "";
  clear($("#findings"), list.length ? list.map(findingCard) : h("li", { class: "ok-box" }, "这个会话没有问题。"));
}

function renderChatPane() {
  const all = view.findings_list.map((f, i) => ({ ...f, i }));
  renderChat($("#chat"), view.messages || [], all);
  $("#chat-hint").textContent = can.review()
    ? "有问题的片段已标出（驳回的以删除线显示）；选中一段文字可补充漏检"
    : "有问题的片段已标出（驳回或撤销的以删除线显示），悬停或用 Tab 聚焦查看说明";
}

function renderForms() {
  const review = can.review();
  $("#qa-actions").hidden = !review;
  $("#add-card").hidden = !review;
  $("#score-card").hidden = !review;
  if (!review) return;
  const turnSel = $("#add-turn");
  const keep = turnSel.value;
  clear(turnSel, (view.messages || []).map((m, i) => h("option", { value: String(i) },
    `#${i + 1} ${SPEAKERS[m.role] || m.role}：${String(m.text || "").slice(0, 24)}${String(m.text || "").length > 24 ? "…" : ""}`)));
  const firstAgent = (view.messages || []).findIndex((m) => m.role === "agent");
  turnSel.value = keep || String(Math.max(0, firstAgent));
  const ov = view.score_override;
  $("#score-clear").hidden = ov == null;
  $("#override-info").textContent = ov != null ? `当前人工改分 ${fmtNum(ov, 0)}：${view.override_note || ""}` : "未改分";
  if (ov != null && !$("#score-value").value) $("#score-value").value = String(ov);
  $("#done").textContent = view.queue?.status === "done" ? "再次完成复核" : "完成复核";
}

function appealItem(a) {
  const f = view.findings_list.find((x) => x.id === a.finding);
  const head = h("div", { class: "f-head" }, h("b", {}, `申诉 #${a.id}`), appealBadge(a.status),
    h("span", { class: "small muted" }, `${a.created_by}，${fmtTime(a.created_at)}`));
  const what = h("div", { class: "small" }, `问题：${catName(a.category)}`, a.match ? "“" : "", a.match ? h("mark", { class: "hl sev-critical" }, a.match) : null,
    a.match ? "”" : "", f ? h("a", { href: `#finding-${f.id}`, style: { marginLeft: "6px" } }, `#${f.id}`) : null);
  const decided = a.status !== "open"
    ? h("div", { class: "small f-verdict" }, `裁决：${APPEAL_STATUS[a.status]}${a.decision_reason ? `，${a.decision_reason}` : ""}`,
      h("span", { class: "muted" }, ` —— ${a.decided_by || "—"}，${fmtTime(a.decided_at)}`))
    : null;
  let form = null;
  if (a.status === "open" && can.review()) {
    form = decisionForm(a, async (r) => { toast(`申诉 #${a.id}：${APPEAL_STATUS[r.status]}，最终得分 ${fmtNum(r.score, 0)}`); await refresh(); });
  }
  return h("li", { class: `appeal-item appeal-${a.status}`, id: `appeal-item-${a.id}`, dataset: { id: String(a.id) } },
    head, what, h("p", { class: "appeal-text" }, a.text), decided, form);
}

function renderAppeals() {
  const list = view.appeals || [];
  $("#ap-count").textContent = list.length ? `共 ${list.length} 条，待处理 ${list.filter((a) => a.status === "open").length} 条` : "";
  clear($("#appeals"), list.length ? list.map(appealItem)
    : h("li", { class: "muted small" }, can.appeal() ? "还没有申诉。对某个问题有异议时，点该问题的“申诉”。" : "没有申诉。"));
}

function historyText(e) {
  const d = e.detail || {};
  switch (e.action) {
    case "sampled": return `${policyName(d.policy)}${d.detail ? `：${d.detail}` : ""}`;
    case "verdict": return `${VERDICTS[d.verdict] || d.verdict}问题 #${d.finding}（${catName(d.category)}，${d.rule}）${d.reason ? `：${d.reason}` : ""}`;
    case "added": return `${catName(d.category)}，第 ${Number(d.turn) + 1} 条${d.match ? `“${d.match}”` : ""}${d.note ? `：${d.note}` : ""}`;
    case "score": return d.score == null ? "取消人工改分" : `改为 ${fmtNum(d.score, 0)} 分（机器得分 ${fmtNum(d.machine_score, 0)}）${d.note ? `：${d.note}` : ""}`;
    case "reviewed": return `最终得分 ${fmtNum(d.score, 0)}（机器得分 ${fmtNum(d.machine_score, 0)}）`;
    case "appeal": return `问题 #${d.finding}（${d.rule}）：${d.text}`;
    case "decision": return `申诉 #${d.appeal}：${APPEAL_STATUS[d.decision] || d.decision}${d.reason ? `，${d.reason}` : ""}`;
    case "reaudit": return `机器问题 ${d.before} → ${d.after} 项${(d.gone || []).length ? `；不再标出：${d.gone.join("、")}` : ""}`;
    default: return JSON.stringify(d);
  }
}

function renderHistory() {
  const list = view.history || [];
  clear($("#history"), list.length ? list.map((e) => h("li", { class: `tl-item tl-${e.action}` },
    h("time", { datetime: e.at, class: "small muted nowrap" }, fmtTime(e.at)),
    h("span", { class: "tl-action" }, ACTIONS[e.action] || e.action),
    h("span", { class: "tl-who small" }, `${e.actor}（${ROLE_LABELS[e.role] || e.role}）`),
    h("span", { class: "tl-text" }, historyText(e))))
    : h("li", { class: "muted small" }, "还没有复核记录。"));
}

function render() {
  renderHead();
  renderChatPane();
  renderFindings();
  renderForms();
  renderAppeals();
  renderHistory();
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
}

async function refresh() {
  view = await api(`/review/conversations/${enc}`);
  render();
}

// -- qa forms --------------------------------------------------------------------------------------------------------
function fillCategoryOptions() {
  const cat = $("#add-category");
  for (const [label, group] of [["消息问题", MESSAGE_CATEGORIES], ["会话问题", CONVERSATION_CATEGORIES]]) {
    cat.append(h("optgroup", { label }, Object.entries(group).map(([id, name]) => h("option", { value: id }, name))));
  }
  clear($("#add-severity"), h("option", { value: "" }, "默认（一般）"),
    Object.entries(SEVERITIES).map(([id, name]) => h("option", { value: id }, name)));
}

/** 对话里选中的文字 → 发言序号与码位偏移（服务的 start/end 是 Unicode 码位）。 */
function selectionInTurn() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const bubble = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest(".bubble");
  const b = bubble(range.startContainer);
  if (!b || b !== bubble(range.endContainer) || !$("#chat").contains(b)) return null;
  const before = document.createRange();
  before.selectNodeContents(b);
  before.setEnd(range.startContainer, range.startOffset);
  const pre = before.toString();
  const picked = range.toString();
  if (!picked.trim()) return null;
  const start = [...pre].length;
  return { turn: Number(b.dataset.turn), start, end: start + [...picked].length, text: picked };
}

function wireForms() {
  fillCategoryOptions();
  const onSelect = () => {
    const s = selectionInTurn();
    if (!s) return;
    $("#add-turn").value = String(s.turn);
    $("#add-start").value = String(s.start);
    $("#add-end").value = String(s.end);
    $("#add-selection").textContent = `已选中第 ${s.turn + 1} 条的“${s.text.length > 30 ? s.text.slice(0, 30) + "…" : s.text}”（位置 ${s.start}–${s.end}）`;
  };
  $("#chat").addEventListener("mouseup", onSelect);
  $("#chat").addEventListener("keyup", onSelect);
  $("#add-turn").addEventListener("change", () => { $("#add-start").value = ""; $("#add-end").value = ""; });

  $("#add-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const num = (id) => ($(id).value === "" ? null : Number($(id).value));
    const body = { category: $("#add-category").value, turn: Number($("#add-turn").value), start: num("#add-start"),
      end: num("#add-end"), note: $("#add-note").value.trim() };
    if ($("#add-severity").value) body.severity = $("#add-severity").value;
    if ((body.start == null) !== (body.end == null)) { formError(form, "起止位置要么都填，要么都不填"); return; }
    const ok = await submitForm(form, () => api(`/review/conversations/${enc}/findings`, { method: "POST", body }),
      (r) => `已补充问题 #${r.finding.id}（${catName(r.finding.category)}），最终得分 ${fmtNum(r.score, 0)}`);
    if (ok) {
      $("#add-start").value = ""; $("#add-end").value = ""; $("#add-note").value = "";
      $("#add-selection").textContent = "在左侧对话中选中一段文字，即可自动填入发言与起止位置。";
    }
  });

  $("#score-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const raw = $("#score-value").value;
    const score = Number(raw);
    if (raw === "" || !(score >= 0 && score <= 100)) { formError(form, "分数必须在 0–100 之间"); $("#score-value").focus(); return; }
    const note = $("#score-note").value.trim();
    if (!note) { formError(form, "人工改分时必须写明理由"); $("#score-note").focus(); return; }
    submitForm(form, () => api(`/review/conversations/${enc}/score`, { method: "POST", body: { score, note } }),
      (r) => `最终得分已改为 ${fmtNum(r.score, 0)}`);
  });
  $("#score-clear").addEventListener("click", () => {
    const form = $("#score-form");
    submitForm(form, () => api(`/review/conversations/${enc}/score`, { method: "POST", body: { score: null, note: "" } }),
      (r) => `已取消人工改分，最终得分 ${fmtNum(r.score, 0)}`).then((ok) => { if (ok) { $("#score-value").value = ""; $("#score-note").value = ""; } });
  });

  $("#done").addEventListener("click", () => act(() => api(`/review/conversations/${enc}/done`, { method: "POST" }),
    (r) => `已完成复核，最终得分 ${fmtNum(r.score, 0)}`).catch(() => {}));
  $("#reaudit").addEventListener("click", async () => {
    const btn = $("#reaudit");
    btn.disabled = true;
    try {
      await act(() => api(`/review/conversations/${enc}/reaudit`, { method: "POST" }), (r) =>
        `重新审计完成：机器问题 ${r.findings_before} → ${r.findings_after} 项；${r.rules_gone.length
          ? `不再标出的规则：${r.rules_gone.join("、")}` : "没有规则不再标出"}`);
    } catch { /* 已提示 */ } finally {
      btn.disabled = false;
    }
  });
}

async function main() {
  who = await requireRole("agent");
  if (!who) return;
  $("#cid").textContent = cid;
  if (!allows(who, "qa")) { $("#back").href = "/my"; $("#back").textContent = "← 返回我的会话"; }
  else if (document.referrer) {
    const ref = new URL(document.referrer);
    if (ref.origin === location.origin && ["/review", "/appeals", "/qa"].includes(ref.pathname)) {
      $("#back").href = ref.pathname + ref.search;
      $("#back").textContent = { "/review": "← 返回复核队列", "/appeals": "← 返回申诉", "/qa": "← 返回质检列表" }[ref.pathname];
    }
  }
  try {
    view = await api(`/review/conversations/${enc}`);
  } catch (e) {
    if (e.status !== 401) showFatal(e.status === 404 ? `没有会话“${cid}”，或这个 key 不能查看它` : e.message);
    return;
  }
  if (can.review()) wireForms();
  render();
}
main();
