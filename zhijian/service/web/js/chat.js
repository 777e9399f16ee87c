// 会话的对话区（质检的会话详情与复核页共用）：每条发言、问题片段内联高亮、响应时间、对话行为标签、
// 每条发言下的问题摘要；以及概况里的一项（fact）。
import { catChip, fmtSec, fmtTime, h, renderHighlighted, sevBadge, wireMarkTips, withUnits } from "./common.js";

export const SPEAKERS = { customer: "顾客", agent: "客服", system: "系统" };
export const SLOW = 60;  // 秒：超过即标红（与审计的回复超时一致）

// dialogue acts (zhijian/acts), shown as small tags beside each turn
export const ACT_NAMES = {
  question: "提问", request: "请求", problem: "反映问题", complaint: "抱怨", thanks: "致谢", apology: "致歉",
  suggestion: "建议", more: "还有问题", goodbye: "告别", answer: "答复", hold: "稍等查询", cause_check: "查明原因",
  empathy: "道歉/共情", reassure: "安抚", solution: "方案", greeting: "问候", closing: "结束语", push_out: "推出顾客",
  review_invite: "邀请评价",
};

/** 每条客服发言的等待时间（秒）：从它之前第一条尚未回复的顾客消息算起。 */
export function waits(messages) {
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

/** 概况里的一项：<div><dt>label</dt><dd>value</dd></div>。 */
export function fact(label, value, cls) {
  return [h("div", {}, h("dt", {}, label), h("dd", { class: cls || null }, value))];
}

/**
 * 把对话画进 el。findings 各带序号 i（all[i] 即该问题）；acts：[{turn, acts}]。
 * void 的问题（驳回、撤销）以删除线显示。返回 el。
 */
export function renderChat(el, messages, findings, { acts = [] } = {}) {
  const byTurn = {};
  for (const f of findings) (byTurn[f.turn] ||= []).push(f);
  const byIndex = {};
  for (const f of findings) byIndex[f.i] = f;
  const wait = waits(messages);
  const actsOf = {};
  for (const a of acts || []) actsOf[a.turn] = a.acts;
  el.replaceChildren(...messages.map((m, turn) => {
    const fs = byTurn[turn] || [];
    const text = typeof m.text === "string" ? m.text : "";
    const spans = withUnits(text, fs.filter((f) => f.start != null));
    const bubble = h("div", { class: "bubble", dataset: { turn: String(turn) } });
    if (spans.length) {
      renderHighlighted(bubble, text, spans, { focusable: true });
      wireMarkTips(bubble, (i) => byIndex[i]);
    } else bubble.textContent = text;
    const w = wait[turn];
    const live = fs.filter((f) => !f.void);
    return h("article", {
      id: `turn-${turn}`, class: `msg ${m.role}${live.length ? " flagged" : ""}`,
      "aria-label": `第 ${turn + 1} 条，${SPEAKERS[m.role] || m.role}`,
    },
    h("div", { class: "meta" }, h("strong", {}, SPEAKERS[m.role] || m.role), h("span", {}, `#${turn + 1}`),
      h("time", { datetime: m.ts || "" }, fmtTime(m.ts, false)),
      w != null ? h("span", { class: `wait${w > SLOW ? " slow" : ""}`, title: "从顾客发问到这条回复" }, `响应 ${fmtSec(w)}`) : null,
      (actsOf[turn] || []).map((a) => h("span", { class: `act act-${a}`, title: "对话行为（自动标注）" }, ACT_NAMES[a] || a))),
    bubble,
    fs.length ? h("ul", { class: "turn-notes" }, fs.map((f) => h("li", { id: `note-${f.i}`, class: f.void ? "void" : null },
      sevBadge(f.severity), catChip(f.category), h("span", {}, f.message)))) : null);
  }));
  return el;
}
