// 登录：粘贴 API key → /whoami 验证 → 保存到 localStorage → 回到原页面或按角色的首页。
import { $, ApiError, getKey, setSession } from "./common.js";

const HOME = { agent: "/agent", qa: "/qa", admin: "/qa" };

// Only a path of this site: the browser's own URL parser decides (it reads "/\\evil", "/\t/evil",
// "//evil" as other hosts), and the result must have this page's origin; control characters and
// backslashes are refused outright, and so is the login page itself.
export function sameSite(next) {
  if (typeof next !== "string" || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next)) return null;
  let url;
  try { url = new URL(next, location.origin); } catch { return null; }
  if (url.origin !== location.origin || url.pathname.startsWith("/login")) return null;
  return url.pathname + url.search + url.hash;
}

function target(who) {
  // 只接受本站路径，避免登录后被带到别的网站
  return sameSite(new URLSearchParams(location.search).get("next") || "") || HOME[who.role] || "/";
}

async function whoami(key) {
  let res;
  try {
    res = await fetch("/api/v1/whoami", { headers: { Authorization: "Bearer " + key } });
  } catch {
    throw new ApiError(0, "无法连接质检服务，请检查网络后重试");
  }
  let body = {};
  try { body = await res.json(); } catch { /* 空 */ }
  if (!res.ok) throw new ApiError(res.status, body.error || `登录失败（HTTP ${res.status}）`);
  return body;
}

function main() {
  const reason = new URLSearchParams(location.search).get("reason");
  if (reason === "expired") {
    $("#reason").hidden = false;
    $("#reason").textContent = "登录已失效（key 无效或已被吊销），请重新输入 API key。";
  }
  const input = $("#key");
  input.value = getKey();
  input.focus();
  $("#toggle").addEventListener("click", (e) => {
    const show = input.type === "password";
    input.type = show ? "text" : "password";
    e.currentTarget.textContent = show ? "隐藏" : "显示";
    e.currentTarget.setAttribute("aria-pressed", String(show));
  });
  $("#login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const key = input.value.trim();
    const err = $("#error");
    err.hidden = true;
    if (!key) { err.hidden = false; err.textContent = "请粘贴 API key"; input.focus(); return; }
    $("#submit").disabled = true;
    try {
      const who = await whoami(key);
      setSession(key, who);
      location.href = target(who);
    } catch (ex) {
      err.hidden = false;
      err.textContent = ex.status === 401 ? "这个 API key 无效或已被吊销，请检查后重试。" : ex.message;
      input.focus();
      input.select();
    } finally {
      $("#submit").disabled = false;
    }
  });
}
main();
