// 首页：通往各页面；未登录时提示登录，已登录时按角色标出可用的入口。
import { $, $$, allows, api, cachedWho, getKey, renderTopbar, ROLE_NAMES } from "./common.js";

async function main() {
  fetch("/api/v1/version").then((r) => r.json()).then((v) => { $("#version").textContent = `版本 ${v.version}`; }).catch(() => {});
  let who = null;
  if (getKey()) {
    who = cachedWho();
    try { who = await api("/whoami"); } catch { return; }
  }
  renderTopbar(who);
  $("#login-hint").hidden = !!who;
  for (const tile of $$(".tile[data-role]")) {
    const role = tile.dataset.role;
    if (!role) continue;
    if (!who || !allows(who, role)) {
      tile.classList.add("locked");
      tile.setAttribute("aria-disabled", "true");
      tile.querySelector(".role").textContent = who ? `需要“${ROLE_NAMES[role]}”角色` : "登录后使用";
      if (!who) tile.href = "/login?next=" + encodeURIComponent(tile.getAttribute("href"));
      else tile.removeAttribute("href");
    }
  }
}
main();
