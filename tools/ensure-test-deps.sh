#!/usr/bin/env bash
# Make sure everything the test suite needs is on this machine, before `make test` runs it.
#
# The tests never skip what they cannot run (issue 10 item 15): a missing browser or database is a
# failure.  This script, called first by `make test`, installs the missing Debian packages when it
# runs as root with apt-get available (as .ci/run does), and otherwise says exactly what to install
# and exits 1.  Evaluation data that is not shipped (../shared) cannot be installed: it is named.
#
#   tools/ensure-test-deps.sh            check, install as root, or explain
#   tools/ensure-test-deps.sh --check    only check and explain (never install)
set -euo pipefail
cd "$(dirname "$0")/.."

check_only=0
[ "${1:-}" = "--check" ] && check_only=1

need_apt=()
# headless Chromium for the browser tests (tests/test_web.py, tests/test_report.py); CJK and emoji fonts
command -v "${ZHIJIAN_CHROMIUM:-chromium}" >/dev/null 2>&1 || [ -x "${ZHIJIAN_CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || need_apt+=(fonts-noto-color-emoji)
# the service tests start a throw-away PostgreSQL cluster of their own (initdb + pg_ctl)
if [ -z "${ZHIJIAN_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi
# the Spark engine's tests (tests/test_spark.py) run PySpark in local mode, on a Java runtime
command -v java >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/java" ] || need_apt+=(openjdk-17-jre-headless)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$check_only" = 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "安装测试所需的 Debian 软件包 / installing test dependencies: ${need_apt[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
    need_apt=()
  fi
fi

missing=0
if [ ${#need_apt[@]} -gt 0 ]; then
  missing=1
  echo "错误：测试需要这些 Debian 软件包，但本机没有：${need_apt[*]}" >&2
  echo "  请以 root 运行：apt-get install ${need_apt[*]}" >&2
  echo "  （或以 root 运行 make test / tools/ensure-test-deps.sh，会自动安装）" >&2
  echo "error: the tests need these Debian packages: ${need_apt[*]} (apt-get install ${need_apt[*]})" >&2
fi

py="${VENV:-.venv}/bin/python"
if [ -x "$py" ] && ! "$py" -c 'import playwright' >/dev/null 2>&1; then
  missing=1
  echo "错误：浏览器测试需要 Python 包 playwright：${VENV:-.venv}/bin/pip install -e '.[test,e2e,spark]'" >&2
fi
if [ -x "$py" ] && ! "$py" -c 'import pyspark, pyarrow, pandas' >/dev/null 2>&1; then
  missing=1
  echo "错误：Spark 测试需要 Python 包 pyspark、pyarrow、pandas：${VENV:-.venv}/bin/pip install -e '.[test,e2e,spark]'" >&2
fi

shared="$(cd .. && pwd)/shared"
for f in dev-cases/messages.jsonl dev-cases/conversations.jsonl data/external/jddc_sample/chat_0.1per.txt; do
  if [ ! -e "$shared/$f" ]; then
    missing=1
    echo "错误：测试需要评测数据 $shared/$f（不随项目分发；放在项目旁的 shared/ 目录）" >&2
  fi
done

if [ "$missing" = 1 ]; then
  exit 1
fi
echo "测试依赖齐全（chromium、字体、postgresql、Java、playwright、pyspark、评测数据）。" >&2
