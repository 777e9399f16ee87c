// 会话详情：每条发言（问题片段内联高亮）、每次回复的响应时间、得分与评分卡（全部问题）。
import {
  $, api, catChip, catName, clear, fmtNum, fmtSec, fmtTime, h, renderHighlighted, requireRole, scoreClass, sevBadge,
  SEV_ORDER, showFatal, wireMarkTips, withUnits,
} from "./common.js";

const ROLE = { customer: "顾客", agent: "客服", system: "系统" };
const SLOW = 60;  // 秒：超过即标红（与审计的回复超时一致）

/** 每条客服发言的等待时间：从它之前第一条尚未回复的顾客消息算起。 */
// dialogue acts (zhijian/acts), shown as small tags beside each turn
const ACT_NAMES = {
  question: "提问", request: "请求", problem: "反映问题", complaint: "抱怨", thanks: "致谢", apology: "致歉",
  suggestion: "建议", more: "还有问题", goodbye: "告别", answer: "答复", hold: "稍等查询", cause_check: "查明原因",
  empathy: "道歉/共情", reassure: "安抚", solution: "方案", greeting: "问候", closing: "结束语", push_out: "推出顾客",
  review_invite: "邀请评价",
};

function waits(messages) {
  const out = {};
  let pending = null;
  messages.forEach((m, i) => {
    const t = m.ts ? Date.parse(m.ts) : NaN;
    if (m.role === "customer") { if (pending == null && !Number.isNaN(t)) pending = t; }
    else if (m.role === "agent") {
      if (pending != null && !Number.isNaN(t)) out[i] = Math.max(0, (t - pending) / 1000);
      pending = null;
    }
  });
  return out;
}

function fact(label, value, cls) {
  return [h("div", {}, h("dt", {}, label), h("dd", { class: cls || null }, value))];
}

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
  const byTurn = {};
  for (const f of all) (byTurn[f.turn] ||= []).push(f);
  const wait = waits(c.messages);
  const actsOf = {};
  for (const a of c.acts || []) actsOf[a.turn] = a.acts;
  const chat = $("#chat");
  clear(chat, c.messages.map((m, turn) => {
    const fs = byTurn[turn] || [];
    const spans = withUnits(m.text, fs.filter((f) => f.start != null));
    const bubble = h("div", { class: "bubble" });
    if (spans.length) {
      renderHighlighted(bubble, m.text, spans, { focusable: true });
      wireMarkTips(bubble, (i) => all[i]);
    } else bubble.textContent = m.text;
    const w = wait[turn];
    return h("article", {
      id: `turn-${turn}`, class: `msg ${m.role}${fs.length ? " flagged" : ""}`, "aria-label": `第 ${turn + 1} 条，${ROLE[m.role] || m.role}`,
    },
    h("div", { class: "meta" }, h("strong", {}, ROLE[m.role] || m.role), h("span", {}, `#${turn + 1}`), h("time", { datetime: m.ts || "" }, fmtTime(m.ts, false)),
      w != null ? h("span", { class: `wait${w > SLOW ? " slow" : ""}`, title: "从顾客发问到这条回复" }, `响应 ${fmtSec(w)}`) : null,
      (actsOf[turn] || []).map((a) => h("span", { class: `act act-${a}`, title: "对话行为（自动标注）" }, ACT_NAMES[a] || a))),
    bubble,
    fs.length ? h("ul", { class: "turn-notes" }, fs.map((f) => h("li", { id: `note-${f.i}` }, sevBadge(f.severity), catChip(f.category),
      h("span", {}, f.message)))) : null);
  }));

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
