// 校准：按规则与按类别的实测精确率（确认、驳回、待定、95% 区间），低于店铺标准的标红；
// ?propose=<问题 id>（管理员）：从驳回的问题生成店铺例外，编辑、试用（列出会被去掉的历史问题）、保存，
// 然后重新审计该会话。
import { $, api, catName, clear, fmtNum, fmtPct, h, qs, requireRole, splitWords, toast } from "./common.js";
import {
  busyForm, fillShops, reviewHref, setUrlParams, SOURCES, tableBody, urlParam, VERDICTS,
} from "./review-common.js";

let who = null;
let state = { shop: urlParam("shop"), date_from: urlParam("date_from"), date_to: urlParam("date_to") };

// -- figures ----------------------------------------------------------------------------------------------------
function figureRow(x, kind) {
  const judged = x.judged > 0;
  const name = kind === "rule"
    ? h("td", {}, h("div", { class: "mono" }, x.key),
      h("div", { class: "small muted" }, `${catName(x.category)} · ${SOURCES[x.source] || x.source || "规则"}`))
    : h("td", {}, catName(x.key), h("div", { class: "small muted mono" }, x.key));
  return h("tr", { class: x.below_bar ? "below-bar" : null, dataset: { key: x.key } },
    name,
    h("td", { class: "num" }, fmtNum(x.confirmed)),
    h("td", { class: "num" }, fmtNum(x.rejected)),
    h("td", { class: "num" }, fmtNum(x.pending)),
    h("td", { class: "num precision" }, judged ? fmtPct(x.precision) : "—",
      x.below_bar ? h("span", { class: "badge sev-critical", style: { marginLeft: "6px" } }, "低于标准") : null),
    h("td", { class: "num interval" }, judged ? `${fmtPct(x.ci_low)}–${fmtPct(x.ci_high)}` : "—"));
}

function figureTable(table, list, kind) {
  const head = h("thead", {}, h("tr", {},
    h("th", {}, kind === "rule" ? "规则" : "类别"), h("th", { class: "num" }, "确认"), h("th", { class: "num" }, "驳回"),
    h("th", { class: "num" }, "待定"), h("th", { class: "num" }, "精确率"), h("th", { class: "num" }, "95% 区间")));
  clear(table, head, tableBody(list.map((x) => figureRow(x, kind)), 6, "还没有问题。"));
}

async function load() {
  setUrlParams({ shop: state.shop, date_from: state.date_from, date_to: state.date_to });
  $("#scope").textContent = state.shop ? `店铺 ${state.shop}` : (who.shops ? `店铺范围：${who.shops.join("、")}` : "全部店铺");
  let res;
  try {
    res = await api("/calibration" + qs(state));
  } catch (e) {
    if (e.status !== 401) toast(`加载失败：${e.message}`, "error");
    return;
  }
  const below = res.rules.filter((r) => r.below_bar).length;
  $("#cal-bar").textContent = `精确率标准：${fmtPct(res.bar)}${state.shop ? `（店铺“${state.shop}”的设置）` : "（默认设置）"}。`
    + (below ? `${below} 条规则低于标准，已标红。` : "没有规则低于标准。");
  const judged = (list) => list.filter((x) => x.judged > 0).length;
  $("#cal-rules-count").textContent = `${res.rules.length} 条规则，${judged(res.rules)} 条有复核结论`;
  $("#cal-cats-count").textContent = `${res.categories.length} 个类别`;
  figureTable($("#cal-rules"), res.rules, "rule");
  figureTable($("#cal-categories"), res.categories, "category");
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
}

// -- exception proposal -------------------------------------------------------------------------------------------------
function parseJson(text, box) {
  try {
    const data = JSON.parse(text);
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("覆盖设置必须是 JSON 对象");
    box.hidden = true;
    return data;
  } catch (e) {
    box.hidden = false;
    box.textContent = `JSON 格式错误：${e.message}`;
    return null;
  }
}

async function proposal(fid, cidHint) {
  const card = $("#propose-card");
  const body = $("#prop-body");
  card.hidden = false;
  if (who.role !== "admin") {
    clear(body, h("p", { class: "error-box", role: "alert" }, `生成例外需要“管理员”角色；当前 key“${who.name}”不能生成或保存例外。请让管理员打开这个链接。`));
    return;
  }
  let res;
  try {
    res = await api("/calibration/propose", { method: "POST", body: { finding: Number(fid) } });
  } catch (e) {
    if (e.status !== 401) clear(body, h("p", { class: "error-box", role: "alert" }, `无法从问题 #${fid} 生成例外：${e.message}`));
    return;
  }
  // the rejected finding's rule first, then any rule or model that would flag the same words once it is
  // silenced (the service proposes an exception for each: ``exceptions``)
  const proposed = Array.isArray(res.exceptions) && res.exceptions.length ? res.exceptions : [res.exception];
  const rules = [...new Set(proposed.map((e) => e.rule))];
  const rule = rules[0];
  const entryOf = (data, r) => (Array.isArray(data.exceptions) ? data.exceptions.find((e) => e && e.rule === r) : null);
  $("#prop-info").textContent = `问题 #${res.finding} · 店铺“${res.shop ?? "—"}”· 当前覆盖设置第 ${res.version} 版`;
  if (res.shop && res.shop !== state.shop && [...$("#cal-shop").options].some((o) => o.value === res.shop)) {
    state.shop = res.shop;  // the figures below follow the proposal's shop (loaded by main)
    $("#cal-shop").value = res.shop;
  }
  const jsonError = h("div", { class: "error-box", id: "prop-json-error", role: "alert", hidden: true });
  const json = h("textarea", { id: "prop-json", class: "json-editor", spellcheck: "false", "aria-describedby": "prop-json-help" });
  json.value = JSON.stringify(res.override, null, 2);
  const asList = (w) => (w == null ? [] : Array.isArray(w) ? w : [w]);
  const wordInputs = rules.map((r, i) => {
    const entry = entryOf(res.override, r) || proposed.find((e) => e.rule === r);
    const input = h("input", { id: i ? `prop-words-${i}` : "prop-words", class: "prop-words", type: "text", dataset: { rule: r },
      value: asList(entry.words).join("，") });
    input.addEventListener("input", () => {
      const data = parseJson(json.value, jsonError);
      if (!data) return;
      const e = entryOf(data, r);
      if (!e) { jsonError.hidden = false; jsonError.textContent = `JSON 里没有规则 ${r} 的例外（exceptions）`; return; }
      e.words = splitWords(input.value);
      json.value = JSON.stringify(data, null, 2);
    });
    return { rule: r, entry, input };
  });
  json.addEventListener("input", () => {
    const data = parseJson(json.value, jsonError);
    if (!data) return;
    for (const w of wordInputs) {
      const e = entryOf(data, w.rule);
      if (e && document.activeElement !== w.input) w.input.value = asList(e.words).join("，");
    }
  });
  const tryOut = h("div", { id: "prop-try-out", role: "status", "aria-live": "polite" });
  const saveOut = h("div", { id: "prop-save-out", role: "status", "aria-live": "polite" });
  const note = h("input", { id: "prop-note", type: "text", maxlength: 500, value: `复核驳回：问题 #${res.finding} 生成例外（${rule}）` });
  let cid = cidHint;

  const entryBlock = ({ rule: r, entry, input }, i) => h("fieldset", { class: "prop-entry", dataset: { rule: r } },
    h("legend", {}, i ? `同一处的其他规则或模型：` : "例外：", h("span", { class: "mono" }, r)),
    h("div", { class: "field" }, h("label", { for: input.id }, "例外词（逗号分隔；句子含这些词时该规则不再标出）"), input),
    h("div", { class: "field" }, h("span", {}, "不应命中的样例（no_match，保存时自检）"),
      h("ul", { class: "example-list prop-examples" }, (entry.examples?.no_match || []).map((x) => h("li", {}, x)))),
    entry.note ? h("p", { class: "small muted" }, `备注：${entry.note}`) : null);

  const form = h("form", { id: "prop-form", novalidate: true },
    h("dl", { class: "facts" },
      h("div", {}, h("dt", {}, "规则"), h("dd", { class: "mono" }, rule)),
      h("div", {}, h("dt", {}, "店铺"), h("dd", {}, res.shop ?? "—")),
      h("div", {}, h("dt", {}, "规则包"), h("dd", {}, res.pack ?? "—")),
      h("div", {}, h("dt", {}, "来自问题"), h("dd", {}, cid ? h("a", { href: reviewHref(cid) }, `#${res.finding}（${cid}）`) : `#${res.finding}`))),
    h("div", { class: "prop-entries" }, wordInputs.map(entryBlock)),
    h("div", { class: "field", style: { marginTop: "10px" } }, h("label", { for: "prop-json" }, "合并后的店铺覆盖设置（JSON，可编辑）"), json,
      h("small", { id: "prop-json-help", class: "muted" }, "这是店铺当前的覆盖设置加上上面的例外；试用与保存都用这里的内容。")),
    jsonError,
    h("div", { class: "form-error error-box", role: "alert", hidden: true }),
    h("div", { class: "row", style: { marginTop: "10px" } },
      h("button", { type: "button", class: "btn btn-ghost", id: "prop-try" }, "试用"),
      h("div", { class: "field grow" }, h("label", { for: "prop-note" }, "保存说明"), note),
      h("button", { type: "submit", class: "btn", id: "prop-save", disabled: !res.shop }, "保存")),
    res.shop ? null : h("p", { class: "error-box" }, "这个会话没有店铺，例外只能保存到店铺的覆盖设置。"),
    tryOut, saveOut);
  clear(body, form);

  $("#prop-try").addEventListener("click", async () => {
    const data = parseJson(json.value, jsonError);
    if (!data) return;
    const r = await busyForm(form, () => api("/calibration/try", { method: "POST", body: { shop: res.shop, data, pack: res.pack } }));
    if (!r) return;
    const mine = r.removed.find((x) => x.finding === res.finding);
    if (mine && !cid) cid = mine.conversation;
    clear(tryOut, h("h3", { style: { marginTop: "12px" } }, `试用结果：检查了店铺的 ${fmtNum(r.checked)} 个历史问题，保存后将去掉 ${r.removed.length} 个`),
      r.truncated ? h("p", { class: "small muted" }, "只检查了最近的 5000 个问题。") : null,
      r.removed.length ? h("div", { class: "table-wrap" }, h("table", { id: "prop-removed" },
        h("thead", {}, h("tr", {}, h("th", {}, "会话"), h("th", {}, "规则"), h("th", {}, "命中"), h("th", {}, "复核结论"))),
        h("tbody", {}, r.removed.map((x) => h("tr", { dataset: { finding: String(x.finding) } },
          h("td", {}, h("a", { href: reviewHref(x.conversation), class: "mono" }, x.conversation), h("div", { class: "small muted" }, `问题 #${x.finding}，第 ${x.turn + 1} 条`)),
          h("td", { class: "mono small" }, x.rule),
          h("td", {}, x.match ? h("mark", { class: "hl sev-critical" }, x.match) : "—"),
          h("td", {}, VERDICTS[x.verdict || "pending"] || x.verdict))))))
        : h("p", { class: "muted" }, "没有历史问题会被去掉（例外词可能没有覆盖这次的命中）。"));
  });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = parseJson(json.value, jsonError);
    if (!data) return;
    const r = await busyForm(form, () => api(`/overrides/${encodeURIComponent(res.shop)}${qs({ pack: res.pack })}`,
      { method: "PUT", body: { data, note: note.value.trim() || null } }));
    if (!r) return;
    toast(`已保存店铺“${res.shop}”的覆盖设置（第 ${r.version} 版）`);
    const reaudit = cid ? h("button", { type: "button", class: "btn btn-ok", id: "prop-reaudit" }, "重新审计该会话") : null;
    clear(saveOut, h("div", { class: "ok-box" }, `已保存为第 ${r.version} 版。已审计的会话要重新审计才会去掉这个问题。`, " ", reaudit,
      cid ? h("a", { href: reviewHref(cid), style: { marginLeft: "10px" } }, "打开复核页") : null));
    reaudit?.addEventListener("click", async () => {
      reaudit.disabled = true;
      try {
        const a = await api(`/review/conversations/${encodeURIComponent(cid)}/reaudit`, { method: "POST" });
        const msg = `会话 ${cid} 已重新审计：机器问题 ${a.findings_before} → ${a.findings_after} 项；${a.rules_gone.length ? `不再标出：${a.rules_gone.join("、")}` : "没有规则不再标出"}`;
        toast(msg);
        saveOut.append(h("p", { class: "ok-box", id: "prop-reaudit-out" }, msg));
        load();
      } catch (err) {
        if (err.status !== 401) toast(`重新审计失败：${err.message}`, "error");
        reaudit.disabled = false;
      }
    });
  });
}

async function main() {
  who = await requireRole("qa");
  if (!who) return;
  await fillShops($("#cal-shop"), who, { current: state.shop });
  $("#cal-from").value = state.date_from;
  $("#cal-to").value = state.date_to;
  $("#cal-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state = { shop: $("#cal-shop").value, date_from: $("#cal-from").value, date_to: $("#cal-to").value };
    load();
  });
  $("#cal-shop").addEventListener("change", () => { state = { ...state, shop: $("#cal-shop").value }; load(); });
  const fid = urlParam("propose");
  if (fid) {
    if (!/^\d+$/.test(fid)) { $("#propose-card").hidden = false; clear($("#prop-body"), h("p", { class: "error-box" }, `propose：“${fid}”不是问题编号`)); }
    else await proposal(fid, urlParam("conversation"));
  }
  await load();
}
main();
