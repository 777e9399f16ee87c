// 各页面共用：API key 与登录、按角色的导航、API 调用、DOM 小工具、问题高亮。
import { CATEGORIES, SEVERITIES } from "/assets/taxonomy.js";

export { CATEGORIES, SEVERITIES };

const KEY = "zhijian.apiKey";
const WHO = "zhijian.whoami";
export const ROLE_RANK = { agent: 1, qa: 2, admin: 3 };
export const ROLE_NAMES = { agent: "客服", qa: "质检", admin: "管理员" };
// role: the lowest role that sees the link; only: that role and no other (an agent's own pages);
// bound: an agent key sees it only when bound to an agent (agent_id)
export const NAV = [
  { href: "/agent", label: "发送前检查", role: "agent" },
  { href: "/my", label: "我的会话", role: "agent", only: true, bound: true },
  { href: "/qa", label: "质检", role: "qa" },
  { href: "/review", label: "复核", role: "qa" },
  { href: "/appeals", label: "申诉", role: "agent", bound: true },
  { href: "/calibration", label: "校准", role: "qa" },
  { href: "/rules", label: "规则/设置", role: "admin" },
];
export const SEV_ORDER = { critical: 3, major: 2, minor: 1 };

// -- DOM ------------------------------------------------------------------------------------------
export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

/** h("button", {class: "btn", onclick: f, "aria-label": "…"}, "文字", child…) — 文字一律作为文本节点，不解析 HTML。 */
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "value" || k === "checked" || k === "selected" || k === "disabled") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, kids);
  return el;
}

function append(el, kids) {
  for (const c of kids.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

export function clear(el, ...kids) {
  el.replaceChildren();
  append(el, kids);
  return el;
}

export function debounce(fn, ms) {
  let t = 0;
  const d = (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  d.cancel = () => clearTimeout(t);
  d.flush = (...args) => { clearTimeout(t); fn(...args); };
  return d;
}

// -- formatting -------------------------------------------------------------------------------------
export const catName = (c) => CATEGORIES[c] || c;
export const sevName = (s) => SEVERITIES[s] || s;
export function fmtNum(n, digits = 0) {
  if (n == null || Number.isNaN(n)) return "—";
  return Number(n).toLocaleString("zh-CN", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
export function fmtPct(x) { return x == null ? "—" : `${(x * 100).toFixed(1)}%`; }
export function fmtSec(s) {
  if (s == null) return "—";
  if (s < 60) return `${Math.round(s)} 秒`;
  const m = Math.floor(s / 60), r = Math.round(s % 60);
  return r ? `${m} 分 ${r} 秒` : `${m} 分钟`;
}
export function fmtTime(iso, withDate = true) {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n) => String(n).padStart(2, "0");
  const t = `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  return withDate ? `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${t}` : t;
}
/** 浏览器本地时间，带时区偏移（话术开头语按这个时间与节日生成）。 */
export function localIso(d = new Date()) {
  const p = (n) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const off = -d.getTimezoneOffset();
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
    + `${off >= 0 ? "+" : "-"}${p(off / 60)}:${p(off % 60)}`;
}
export function scoreClass(score, fatal) {
  if (fatal || score < 60) return "score-bad";
  if (score < 90) return "score-mid";
  return "score-good";
}
export function splitWords(s) {
  return String(s || "").split(/[\n,，、;；]+/).map((w) => w.trim()).filter(Boolean);
}

// -- session ----------------------------------------------------------------------------------------
export const getKey = () => localStorage.getItem(KEY) || "";
export function setSession(key, who) {
  localStorage.setItem(KEY, key);
  localStorage.setItem(WHO, JSON.stringify(who));
}
export function cachedWho() {
  try { return JSON.parse(localStorage.getItem(WHO) || "null"); } catch { return null; }
}
export function logout() {
  localStorage.removeItem(KEY);
  localStorage.removeItem(WHO);
  location.href = "/login";
}
export function toLogin(reason) {
  localStorage.removeItem(WHO);
  const next = location.pathname + location.search + location.hash;
  const q = new URLSearchParams({ next });
  if (reason) q.set("reason", reason);
  location.replace("/login?" + q.toString());
}
export const allows = (who, role) => !!who && (ROLE_RANK[who.role] || 0) >= ROLE_RANK[role];
export function navAllows(who, n) {
  if (!who || (n.bound && who.role === "agent" && !who.agent_id)) return false;
  return n.only ? who.role === n.role : allows(who, n.role);
}

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** 调用 /api/v1：带上 key；401 → 回登录页；其他错误抛出 ApiError（服务给出的中文说明）。 */
export async function api(path, { method = "GET", body, signal, raw = false } = {}) {
  const key = getKey();
  if (!key) { toLogin(); throw new ApiError(401, "未登录"); }
  const init = { method, headers: { Authorization: "Bearer " + key }, signal };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  let res;
  try {
    res = await fetch("/api/v1" + path, init);
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new ApiError(0, "无法连接质检服务，请检查网络后重试");
  }
  if (res.status === 401) {
    localStorage.removeItem(KEY);
    toLogin("expired");
    throw new ApiError(401, "登录已失效");
  }
  if (!res.ok) {
    let msg = "";
    try { msg = (await res.json()).error; } catch { /* 不是 JSON */ }
    throw new ApiError(res.status, msg || `请求失败（HTTP ${res.status}）`);
  }
  return raw ? res : res.json();
}

export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

// -- page frame: top bar, role gate ---------------------------------------------------------------------
export function renderTopbar(who) {
  const nav = $("#nav");
  const user = $("#user");
  if (nav) {
    clear(nav, ...NAV.filter((n) => navAllows(who, n)).map((n) => h("a", {
      href: n.href, class: "nav-link", "aria-current": location.pathname === n.href
        || (n.href !== "/" && location.pathname.startsWith(n.href + "/")) ? "page" : null,
    }, n.label)));
  }
  if (user) {
    if (who) {
      clear(user,
        h("span", { class: "who", title: `API key：${who.name}` }, who.name, h("small", {}, `（${ROLE_NAMES[who.role] || who.role}）`)),
        h("button", { type: "button", class: "btn btn-ghost btn-sm", onclick: logout }, "退出"));
    } else {
      clear(user, h("a", { class: "btn btn-sm", href: "/login" }, "登录"));
    }
  }
}

async function fetchWho() {
  const who = await api("/whoami");
  localStorage.setItem(WHO, JSON.stringify(who));
  return who;
}

/** 每个页面开头调用：没有 key → 登录页；角色不够 → 说明并返回 null；否则返回 {name, role}。 */
export async function requireRole(role) {
  if (!getKey()) { toLogin(); return null; }
  let who = cachedWho();
  if (who && "agent_id" in who) {
    // 先用缓存立即画出导航，再在后台确认 key 仍然有效、角色与范围没有变
    fetchWho().then((fresh) => {
      if (fresh.role !== who.role || fresh.agent_id !== who.agent_id
        || JSON.stringify(fresh.shops) !== JSON.stringify(who.shops)) location.reload();
    }).catch(() => {});
  } else {  // 没有缓存，或缓存来自旧版本（没有店铺范围与绑定客服）
    try { who = await fetchWho(); } catch (e) { if (e.status !== 401) showFatal(e.message); return null; }
  }
  renderTopbar(who);
  if (!allows(who, role)) {
    const main = $("#main");
    clear(main, h("section", { class: "card denied", role: "alert" },
      h("h1", {}, "权限不足"),
      h("p", {}, `此页面需要“${ROLE_NAMES[role]}”及以上角色，当前 key“${who.name}”是“${ROLE_NAMES[who.role] || who.role}”。`),
      h("p", {}, h("a", { href: NAV.find((n) => navAllows(who, n))?.href || "/" }, "返回我可以使用的页面"), "　",
        h("a", { href: "/login" }, "换一个 key 登录"))));
    return null;
  }
  return who;
}

export function showFatal(message) {
  const main = $("#main");
  if (main) clear(main, h("section", { class: "card denied", role: "alert" }, h("h1", {}, "出错了"), h("p", {}, message)));
}

// -- toast -------------------------------------------------------------------------------------------------
export function toast(message, kind = "ok") {
  let box = $("#toast");
  if (!box) { box = h("div", { id: "toast", role: "status", "aria-live": "polite" }); document.body.append(box); }
  const item = h("div", { class: `toast toast-${kind}` }, message);
  box.append(item);
  setTimeout(() => item.remove(), kind === "error" ? 7000 : 3500);
}

// -- findings and highlighting ------------------------------------------------------------------------------
/** 服务给出的偏移是 Unicode 码位（Python str），JS 字符串是 UTF-16：换算函数。 */
export function cpToUnit(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => Math.max(0, Math.min(i, text.length));
  const map = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

/** findings（码位偏移）→ 带 UTF-16 偏移 s/e 与序号 i（已有则保留）的副本，按位置排序。 */
export function withUnits(text, findings) {
  const conv = cpToUnit(text);
  return findings.filter((f) => f.start != null && f.end != null)
    .map((f, i) => ({ ...f, i: f.i ?? i, s: conv(f.start), e: conv(f.end) }))
    .filter((f) => f.e > f.s)
    .sort((a, b) => a.s - b.s || b.e - a.e);
}

export function findingTitle(f) {
  return `${catName(f.category)} · ${sevName(f.severity)}`;
}

/**
 * 把 text 画进 el：有问题的片段包成 <mark class="sev-…" data-f="序号…">；重叠时取最高级别。
 * spans 用 UTF-16 偏移 s/e 与序号 i；void 为真的（复核驳回、申诉撤销）只在没有别的问题时画出，
 * 样式为删除线（class="hl void"）。返回 el。
 */
export function renderHighlighted(el, text, spans, { focusable = false, tail = "" } = {}) {
  const cuts = new Set([0, text.length]);
  for (const f of spans) { cuts.add(Math.max(0, Math.min(f.s, text.length))); cuts.add(Math.max(0, Math.min(f.e, text.length))); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const seg = text.slice(a, b);
    const cover = spans.filter((f) => f.s <= a && f.e >= b);
    if (!cover.length) { frag.append(seg); continue; }
    const live = cover.filter((f) => !f.void);
    const top = (live.length ? live : cover).reduce((x, y) => (SEV_ORDER[y.severity] > SEV_ORDER[x.severity] ? y : x));
    const m = h("mark", { class: live.length ? `hl sev-${top.severity}` : "hl void", dataset: { f: cover.map((f) => f.i).join(" ") } }, seg);
    if (focusable) {
      m.tabIndex = 0;
      m.setAttribute("aria-label", `${seg}：${cover.map((f) => `${findingTitle(f)}，${f.message}`).join("；")}`);
    }
    frag.append(m);
  }
  if (tail) frag.append(tail);
  el.replaceChildren(frag);
  return el;
}

export function sevBadge(sev) {
  return h("span", { class: `badge sev-${sev}` }, sevName(sev));
}
export function catChip(cat) {
  return h("span", { class: "chip" }, catName(cat));
}

// -- tooltip for marks (hover and keyboard focus) --------------------------------------------------------------
let tipEl = null;
export function tipElement() {
  if (!tipEl) {
    tipEl = h("div", { id: "tip", class: "tip", role: "tooltip", hidden: true });
    document.body.append(tipEl);
  }
  return tipEl;
}
/** 在 rect（DOMRect，视口坐标）下方显示 findings 的说明与建议。 */
export function showTip(rect, findings, extra) {
  const tip = tipElement();
  clear(tip, ...findings.map((f) => h("div", { class: "tip-item" },
    h("div", { class: "tip-head" }, sevBadge(f.severity), " ", h("strong", {}, catName(f.category))),
    h("div", { class: "tip-msg" }, f.message),
    f.suggestion ? h("div", { class: "tip-sug" }, h("span", { class: "muted" }, "建议："), f.suggestion) : null,
    f.replacement ? h("div", { class: "tip-rep" }, "可一键替换为“", h("b", {}, f.replacement), "”") : null)),
  extra || null);
  tip.hidden = false;
  const w = Math.min(360, window.innerWidth - 16);
  tip.style.maxWidth = w + "px";
  const tr = tip.getBoundingClientRect();
  let left = Math.min(Math.max(8, rect.left), window.innerWidth - tr.width - 8);
  let top = rect.bottom + 8;
  if (top + tr.height > window.innerHeight - 8 && rect.top - tr.height - 8 > 8) top = rect.top - tr.height - 8;
  tip.style.left = left + "px";
  tip.style.top = top + "px";
}
export function hideTip() { if (tipEl) tipEl.hidden = true; }

/** 给容器里可聚焦的 <mark> 接上悬停/聚焦提示；lookup(序号) → finding。 */
export function wireMarkTips(container, lookup) {
  const show = (m) => {
    const fs = (m.dataset.f || "").split(" ").filter(Boolean).map((i) => lookup(Number(i))).filter(Boolean);
    if (fs.length) showTip(m.getBoundingClientRect(), fs);
  };
  container.addEventListener("mouseover", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  container.addEventListener("mouseout", (e) => { if (e.target.closest("mark.hl")) hideTip(); });
  container.addEventListener("focusin", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  container.addEventListener("focusout", hideTip);
}
document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTip(); });
window.addEventListener("scroll", hideTip, { passive: true });
