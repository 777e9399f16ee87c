// 我的会话（客服）：自己已审计的会话与最终得分，打开即进入复核页查看问题、在申诉期内申诉。
import { $, api, clear, fmtNum, fmtTime, h, qs, requireRole, scoreClass, showFatal, toast } from "./common.js";
import { renderPager, reviewHref, setUrlParams, tableBody, urlParam } from "./review-common.js";

const SIZE = 20;
let page = Math.max(1, Number(urlParam("page")) || 1);

async function load() {
  setUrlParams({ page: page > 1 ? page : "" });
  let res;
  try {
    res = await api("/my/conversations" + qs({ page, size: SIZE }));
  } catch (e) {
    if (e.status === 403) showFatal(e.message);
    else if (e.status !== 401) toast(`加载失败：${e.message}`, "error");
    return;
  }
  $("#my-total").textContent = `共 ${fmtNum(res.total)} 个`;
  const head = h("thead", {}, h("tr", {},
    h("th", {}, "会话"), h("th", { class: "hide-narrow" }, "店铺"), h("th", {}, "开始时间"),
    h("th", { class: "num" }, "机器得分 → 最终得分"), h("th", { class: "num" }, "问题"), h("th", {}, "复核")));
  const rows = res.items.map((c) => h("tr", { dataset: { id: c.id } },
    h("td", {}, h("a", { href: reviewHref(c.id), class: "mono" }, c.id)),
    h("td", { class: "hide-narrow" }, c.shop ?? "—"),
    h("td", { class: "nowrap" }, fmtTime(c.started)),
    h("td", { class: "num" }, h("span", { class: scoreClass(c.machine_score, false) }, fmtNum(c.machine_score, 0)),
      h("span", { class: "muted" }, " → "), h("b", { class: scoreClass(c.score, c.fatal) }, fmtNum(c.score, 0)),
      c.fatal ? h("span", { class: "badge fatal", style: { marginLeft: "6px" } }, "致命") : null),
    h("td", { class: "num" }, fmtNum(c.findings)),
    h("td", {}, c.reviewed ? h("span", { class: "badge queue-done" }, "已复核") : h("span", { class: "muted small" }, "未复核"))));
  clear($("#my-table"), head, tableBody(rows, 6, "还没有你的会话。"));
  renderPager($("#my-pager"), res, (p) => { page = p; load(); });
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
}

async function main() {
  const who = await requireRole("agent");
  if (!who) return;
  $("#scope").textContent = who.agent_id ? `客服 ${who.agent_id}` : who.shops ? `店铺 ${who.shops.join("、")}` : "全部店铺";
  if (who.role !== "agent") $("#my-intro").textContent = "质检员与管理员看到的是所辖店铺的全部会话；客服只看到自己的会话。";
  load();
}
main();
