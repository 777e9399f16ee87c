// 人工复核各页面（复核队列、复核、申诉、我的会话、校准）共用：中文名称、徽标、店铺下拉、分页。
import { api, clear, fmtNum, h } from "./common.js";
import { POLICY_KINDS } from "/assets/taxonomy.js";

export const VERDICTS = {
  pending: "待确认", confirmed: "已确认", rejected: "已驳回", upheld: "申诉维持", overturned: "申诉撤销",
};
export const SOURCES = { rule: "规则", model: "模型", review: "复核补充" };
export const APPEAL_STATUS = { open: "待处理", upheld: "维持原判", overturned: "已撤销问题" };
export const QUEUE_STATUS = { open: "待复核", done: "已复核" };
export const ACTIONS = {
  sampled: "抽样入队", verdict: "复核结论", added: "补充漏检", score: "人工改分", reviewed: "完成复核",
  appeal: "申诉", decision: "申诉裁决", reaudit: "重新审计",
};
export const ROLE_LABELS = { agent: "客服", qa: "质检", admin: "管理员", system: "系统" };

/** 抽样原因的中文名（致命项 / 低分 / 随机抽样 / 模型临界；质检员主动复核的为“主动复核”）。 */
export const policyName = (kind) => POLICY_KINDS[kind] || (kind === "manual" ? "主动复核" : kind);

export const reviewHref = (cid) => `/review/${encodeURIComponent(cid)}`;

export function verdictBadge(v) {
  const k = v || "pending";
  return h("span", { class: `badge verdict verdict-${k}` }, VERDICTS[k] || k);
}

export function appealBadge(status) {
  return h("span", { class: `badge appeal appeal-${status}` }, APPEAL_STATUS[status] || status);
}

/**
 * 店铺下拉：GET /shops 的店铺（有会话的）加上 key 限定的店铺（who.shops）。
 * allLabel 为空时不提供“全部店铺”，默认选第一个店铺。返回店铺名列表。
 */
export async function fillShops(select, who, { allLabel = "全部店铺", current = "" } = {}) {
  let names = [];
  try {
    names = (await api("/shops")).shops.map((s) => s.shop).filter((s) => s != null && s !== "");
  } catch (e) {
    if (e.status === 401) throw e;
  }
  names = [...new Set([...(who.shops || []), ...names])].sort((a, b) => String(a).localeCompare(String(b), "zh-CN"));
  if (current && !names.includes(current)) names.unshift(current);
  clear(select, allLabel ? h("option", { value: "" }, allLabel) : null, names.map((n) => h("option", { value: n }, n)));
  select.value = current || (allLabel ? "" : names[0] || "");
  return names;
}

/** 分页条：nav 内放“上一页 / 第 x / y 页 / 下一页”；go(页码) 翻页。 */
export function renderPager(nav, { page, size, total }, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  clear(nav,
    h("button", { type: "button", class: "btn btn-ghost btn-sm", disabled: page <= 1, onclick: () => go(page - 1) }, "上一页"),
    h("span", { class: "info" }, `第 ${page} / ${pages} 页，共 ${fmtNum(total)} 条`),
    h("button", { type: "button", class: "btn btn-ghost btn-sm", disabled: page >= pages, onclick: () => go(page + 1) }, "下一页"));
  nav.hidden = total <= size;
}

/** 表格：没有行时显示一行说明。 */
export function tableBody(rows, cols, emptyText) {
  return h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: cols, class: "muted" }, emptyText)));
}

/** 从网址读一个参数，写回时保留其余参数（replaceState，不产生历史记录）。 */
export function urlParam(name) {
  return new URLSearchParams(location.search).get(name) || "";
}
export function setUrlParams(patch) {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v == null || v === "") q.delete(k); else q.set(k, v);
  }
  const s = q.toString();
  history.replaceState(null, "", location.pathname + (s ? "?" + s : "") + location.hash);
}

// -- small forms ---------------------------------------------------------------------------------------------------
/** 表单里的错误提示（.form-error）；message 为空时隐藏。 */
export function formError(form, message) {
  const box = form.querySelector(".form-error");
  if (!box) return;
  box.hidden = !message;
  box.textContent = message || "";
}

/** 提交时禁用表单的按钮，运行 fn；出错时把服务的中文说明写进表单并返回 null，否则返回 fn 的结果。 */
export async function busyForm(form, fn) {
  formError(form, "");
  const btns = [...form.querySelectorAll("button")];
  btns.forEach((b) => { b.disabled = true; });
  try {
    return await fn();
  } catch (e) {
    if (e.status !== 401) formError(form, e.message);
    return null;
  } finally {
    btns.forEach((b) => { b.disabled = false; });
  }
}

/** 质检员裁决申诉的内联表单：理由必填，“维持”或“撤销”；成功后 done(服务的回答)。 */
export function decisionForm(a, done) {
  const form = h("form", { class: "inline-form", novalidate: true, "aria-label": `裁决申诉 #${a.id}` },
    h("label", { for: `decide-${a.id}` }, "裁决理由（必填）"),
    h("textarea", { id: `decide-${a.id}`, name: "reason", rows: 2, maxlength: 2000, required: true }),
    h("div", { class: "form-error error-box", role: "alert", hidden: true }),
    h("div", { class: "row" },
      h("button", { type: "submit", class: "btn btn-sm", value: "upheld" }, "维持"),
      h("button", { type: "submit", class: "btn btn-danger btn-sm", value: "overturned" }, "撤销")));
  form.addEventListener("input", () => formError(form, ""));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const decision = e.submitter?.value || "upheld";
    const reason = form.reason.value.trim();
    if (!reason) { formError(form, "请写明裁决理由"); form.reason.focus(); return; }
    const res = await busyForm(form, () => api(`/appeals/${a.id}/decision`, { method: "POST", body: { decision, reason } }));
    if (res) await done(res);
  });
  return form;
}
