// 申诉：客服看自己的申诉（及其裁决）；质检员看所辖店铺的申诉，待处理的可直接裁决（维持 / 撤销，理由必填）。
import { $, allows, api, catName, clear, fmtNum, fmtTime, h, qs, requireRole, showFatal, toast } from "./common.js";
import {
  APPEAL_STATUS, appealBadge, decisionForm, fillShops, renderPager, reviewHref, setUrlParams, urlParam,
} from "./review-common.js";

const SIZE = 20;
let who = null;
let state = null;

function item(a) {
  const decided = a.status !== "open"
    ? h("div", { class: "small f-verdict" }, `裁决：${APPEAL_STATUS[a.status]}${a.decision_reason ? `，${a.decision_reason}` : ""}`,
      h("span", { class: "muted" }, ` —— ${a.decided_by || "—"}，${fmtTime(a.decided_at)}`))
    : null;
  const form = a.status === "open" && allows(who, "qa")
    ? decisionForm(a, async (r) => { toast(`申诉 #${a.id}：${APPEAL_STATUS[r.status]}，会话最终得分 ${fmtNum(r.score, 0)}`); await load(); })
    : null;
  return h("li", { class: `appeal-item appeal-${a.status}`, dataset: { id: String(a.id), conversation: a.conversation } },
    h("div", { class: "f-head" }, h("b", {}, `申诉 #${a.id}`), appealBadge(a.status),
      h("a", { href: reviewHref(a.conversation), class: "mono" }, a.conversation),
      h("span", { class: "small muted" }, `客服 ${a.agent ?? "—"}${a.shop ? ` · ${a.shop}` : ""}`)),
    h("div", { class: "small" }, `问题：${catName(a.category)}${a.turn != null && a.turn >= 0 ? `（第 ${a.turn + 1} 条）` : ""}`,
      a.match ? h("span", {}, " “", h("mark", { class: "hl sev-critical" }, a.match), "”") : null,
      h("span", { class: "muted mono", style: { marginLeft: "6px" } }, a.rule)),
    h("p", { class: "appeal-text" }, a.text),
    h("div", { class: "small muted" }, `${a.created_by}，${fmtTime(a.created_at)} 提出`),
    decided, form);
}

async function load() {
  setUrlParams({ shop: state.shop, status: state.status === state.defaultStatus ? "" : (state.status || "all"),
    page: state.page > 1 ? state.page : "" });
  let res;
  try {
    res = await api("/appeals" + qs({ shop: state.shop, status: state.status, page: state.page, size: SIZE }));
  } catch (e) {
    if (e.status === 403) showFatal(e.message);
    else if (e.status !== 401) toast(`加载失败：${e.message}`, "error");
    return;
  }
  $("#ap-total").textContent = `共 ${fmtNum(res.total)} 条`;
  const empty = state.status === "open" ? "没有待处理的申诉。" : "没有符合条件的申诉。";
  clear($("#appeal-list"), res.items.length ? res.items.map(item) : h("li", { class: "muted" }, empty));
  renderPager($("#ap-pager"), res, (p) => { state.page = p; load(); });
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
}

async function main() {
  who = await requireRole("agent");
  if (!who) return;
  const qa = allows(who, "qa");
  const defaultStatus = qa ? "open" : "";
  const raw = new URLSearchParams(location.search).get("status");
  state = { shop: urlParam("shop"), status: raw == null ? defaultStatus : raw === "all" ? "" : raw, defaultStatus,
    page: Math.max(1, Number(urlParam("page")) || 1) };
  if (qa) {
    $("#ap-intro").textContent = "所辖店铺的客服申诉。打开会话查看上下文；待处理的申诉写明理由后“维持”（问题保留）或“撤销”（问题不再计分）。";
    $("#ap-shop-field").hidden = false;
    await fillShops($("#ap-shop"), who, { current: state.shop });
    $("#scope").textContent = who.shops ? `店铺范围：${who.shops.join("、")}` : "全部店铺";
  } else {
    $("#ap-intro").replaceChildren("你对自己会话的问题提出的申诉与裁决结果。要申诉新的问题，请到",
      h("a", { href: "/my" }, "我的会话"), "打开会话，在有异议的问题上点“申诉”。");
    $("#scope").textContent = who.agent_id ? `客服 ${who.agent_id}` : "";
  }
  $("#ap-status").value = state.status;
  $("#ap-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state = { ...state, shop: qa ? $("#ap-shop").value : "", status: $("#ap-status").value, page: 1 };
    load();
  });
  $("#ap-status").addEventListener("change", () => { state = { ...state, status: $("#ap-status").value, page: 1 }; load(); });
  if (qa) $("#ap-shop").addEventListener("change", () => { state = { ...state, shop: $("#ap-shop").value, page: 1 }; load(); });
  load();
}
main();
