// 会话详情：每条发言（问题片段内联高亮）、每次回复的响应时间、得分与评分卡（全部问题）。
import {
  $, api, catName, clear, fmtNum, fmtSec, fmtTime, h, requireRole, scoreClass, sevBadge, SEV_ORDER, showFatal,
} from "./common.js";
import { fact, renderChat, SLOW } from "./chat.js";

async function main() {
  const who = await requireRole("qa");
  if (!who) return;
  const cid = decodeURIComponent(location.pathname.replace(/^\/qa\/conversation\//, ""));
  $("#cid").textContent = cid;
  document.title = `会话 ${cid} · 质检 zhijian`;
  if (document.referrer && new URL(document.referrer).origin === location.origin && new URL(document.referrer).pathname === "/qa") {
    $("#back").href = document.referrer;  // 回到原来的筛选和页码
  }
  let c;
  try {
    c = await api(`/conversations/${encodeURIComponent(cid)}`);
  } catch (e) {
    if (e.status !== 401) showFatal(e.status === 404 ? `没有会话“${cid}”` : e.message);
    return;
  }
  const score = $("#score");
  score.className = `score-big ${scoreClass(c.score, c.fatal)}`;
  clear(score, fmtNum(c.score, 0), h("small", {}, c.fatal ? "得分（含致命项）" : "得分"));
  clear($("#facts"),
    fact("店铺", c.shop ?? "—"), fact("客服", c.agent ?? "—"), fact("规则包", c.pack ?? "—"),
    fact("开始时间", fmtTime(c.started)),
    fact("问题数", String(c.findings), c.findings ? "score-bad" : "score-good"),
    fact("致命项", c.fatal ? "有" : "无", c.fatal ? "score-bad" : null),
    fact("首次响应", c.first_response == null ? "—" : fmtSec(c.first_response), c.first_response > 30 ? "score-bad" : null),
    fact("平均响应", c.avg_response == null ? "—" : fmtSec(c.avg_response), c.avg_response > SLOW ? "score-bad" : null),
    fact("漏回复", c.unanswered ? "有" : "无", c.unanswered ? "score-bad" : null),
    c.customer_name ? fact("顾客", c.customer_name) : null);

  // 发言
  const all = c.findings_list.map((f, i) => ({ ...f, i }));
  renderChat($("#chat"), c.messages, all, { acts: c.acts });
  $("#review-link").href = `/review/${encodeURIComponent(cid)}`;

  // 评分卡
  $("#sc-count").textContent = all.length ? `共 ${all.length} 项问题` : "";
  const sorted = all.slice().sort((a, b) => SEV_ORDER[b.severity] - SEV_ORDER[a.severity] || a.turn - b.turn);
  clear($("#scorecard"), all.length ? h("div", { class: "table-wrap" }, h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, "级别"), h("th", {}, "类别"), h("th", { class: "num" }, "发言"), h("th", {}, "说明与建议"))),
    h("tbody", {}, sorted.map((f) => h("tr", {},
      h("td", {}, sevBadge(f.severity)),
      h("td", {}, catName(f.category)),
      h("td", { class: "num" }, f.turn != null && f.turn >= 0 ? h("a", { href: `#turn-${f.turn}` }, `#${f.turn + 1}`) : "—"),
      h("td", {}, f.match ? h("div", {}, h("mark", { class: `hl sev-${f.severity}` }, f.match)) : null,
        h("div", {}, f.message), f.suggestion ? h("div", { class: "small", style: { color: "#166534" } }, `建议：${f.suggestion}`) : null,
        h("div", { class: "small muted mono" }, f.rule)))))))
    : h("p", { class: "ok-box" }, "这个会话没有发现问题。"));
  document.body.dataset.loaded = "1";
}
main();
