// 复核队列：选店铺与状态（待复核 / 已复核），“按策略抽样”把店铺的会话加入队列，表格逐个打开复核。
import { $, api, clear, fmtNum, fmtTime, h, qs, requireRole, scoreClass, toast } from "./common.js";
import {
  fillShops, policyName, QUEUE_STATUS, renderPager, reviewHref, setUrlParams, tableBody, urlParam,
} from "./review-common.js";

const SIZE = 20;
const STATUS_IN_URL = { open: "", done: "done", "": "all" };  // 默认待复核；“全部”写作 status=all
const urlStatus = urlParam("status");
let state = { shop: urlParam("shop"), status: urlStatus === "all" ? "" : urlStatus === "done" ? "done" : "open",
  page: Math.max(1, Number(urlParam("page")) || 1) };

function scoreCell(item) {
  const changed = item.machine_score != null && item.score != null && Math.round(item.machine_score) !== Math.round(item.score);
  return h("td", { class: "num" },
    h("span", { class: scoreClass(item.machine_score, false), title: "机器得分" }, fmtNum(item.machine_score, 0)),
    h("span", { class: "muted" }, " → "),
    h("b", { class: scoreClass(item.score, item.fatal), title: changed ? "复核后的最终得分" : "最终得分" }, fmtNum(item.score, 0)),
    item.fatal ? h("span", { class: "badge fatal", style: { marginLeft: "6px" } }, "致命") : null);
}

async function load() {
  setUrlParams({ shop: state.shop, status: STATUS_IN_URL[state.status], page: state.page > 1 ? state.page : "" });
  $("#scope").textContent = state.shop ? `店铺 ${state.shop}` : "全部店铺";
  let res;
  try {
    res = await api("/review/queue" + qs({ shop: state.shop, status: state.status, page: state.page, size: SIZE }));
  } catch (e) {
    if (e.status !== 401) toast(`加载失败：${e.message}`, "error");
    return;
  }
  $("#q-total").textContent = `共 ${fmtNum(res.total)} 个`;
  const head = h("thead", {}, h("tr", {},
    h("th", {}, "会话"), h("th", {}, "客服"), h("th", {}, "抽样原因"), h("th", { class: "num" }, "机器得分 → 最终得分"),
    h("th", { class: "num" }, "问题数"), h("th", {}, "状态")));
  const rows = res.items.map((it) => h("tr", { dataset: { id: it.conversation } },
    h("td", {}, h("a", { href: reviewHref(it.conversation), class: "mono" }, it.conversation),
      state.shop ? null : h("div", { class: "small muted" }, it.shop ?? "")),
    h("td", {}, it.agent ?? "—"),
    h("td", {}, h("span", { class: "chip" }, policyName(it.reason)), it.detail ? h("div", { class: "small muted" }, it.detail) : null),
    scoreCell(it),
    h("td", { class: "num" }, fmtNum(it.findings)),
    h("td", {}, h("span", { class: `badge queue-${it.status}` }, QUEUE_STATUS[it.status] || it.status),
      it.done_by ? h("div", { class: "small muted" }, it.done_by) : h("div", { class: "small muted" }, fmtTime(it.created_at)))));
  clear($("#queue-table"), head, tableBody(rows, 6,
    state.status === "open" ? "没有待复核的会话。选择店铺后点“按策略抽样”把会话加入队列。" : "没有符合条件的会话"));
  renderPager($("#q-pager"), res, (p) => { state.page = p; load(); });
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
}

async function sample() {
  const shop = $("#q-shop").value;
  if (!shop) { toast("请先选择要抽样的店铺", "error"); $("#q-shop").focus(); return; }
  const btn = $("#sample");
  btn.disabled = true;
  try {
    const res = await api("/review/sample", { method: "POST", body: { shop } });
    const parts = Object.entries(res.by_policy).map(([k, n]) => `${policyName(k)} ${n} 个`);
    const msg = res.added
      ? `已加入 ${res.added} 个会话（${parts.join("，")}）`
      : `没有新的会话需要加入（店铺共 ${res.considered} 个会话，已在队列中 ${res.already_queued} 个）`;
    toast(msg, res.added ? "ok" : "info");
    clear($("#sample-out"), h("p", { class: res.added ? "ok-box" : "muted" }, `店铺“${shop}”：${msg}`));
    state = { ...state, shop, status: "open", page: 1 };
    $("#q-status").value = "open";
    await load();
  } catch (e) {
    if (e.status !== 401) toast(`抽样失败：${e.message}`, "error");
  } finally {
    btn.disabled = false;
  }
}

async function main() {
  const who = await requireRole("qa");
  if (!who) return;
  await fillShops($("#q-shop"), who, { current: state.shop });
  $("#q-status").value = state.status;
  $("#q-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state = { shop: $("#q-shop").value, status: $("#q-status").value, page: 1 };
    load();
  });
  $("#q-shop").addEventListener("change", () => { state = { ...state, shop: $("#q-shop").value, page: 1 }; load(); });
  $("#q-status").addEventListener("change", () => { state = { ...state, status: $("#q-status").value, page: 1 }; load(); });
  $("#sample").addEventListener("click", sample);
  load();
}
main();
