#!/usr/bin/env bash
# Records the machine outputs that a refactor must keep byte-identical.
# Usage: tests/golden/record.sh OUTDIR   (run with the venv's zhijian on PATH or ZJ=path/to/zhijian)
# suggest is pinned to one moment (--at): its opening greeting follows the time of day (早上好 / 您好).
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:?output dir}
ZJ=${ZJ:-.venv/bin/zhijian}
shared=${ZHIJIAN_SHARED:-../shared}
mkdir -p "$out"
for p in jd taobao generic; do
  $ZJ check --pack $p --format jsonl examples/messages.jsonl > "$out/check-examples-$p.jsonl"
  $ZJ suggest --pack $p --at 2026-04-28T10:00:00+08:00 --format jsonl examples/messages.jsonl > "$out/suggest-examples-$p.jsonl"
done
$ZJ audit --format jsonl examples/chats.jsonl > "$out/audit-examples.jsonl"
$ZJ audit --pack jd --format jsonl examples/chats.jsonl > "$out/audit-examples-jd.jsonl"
if [ -d "$shared/dev-cases" ]; then
  # dev cases are read where they are; only digests of the outputs are kept in the repo
  for p in jd taobao generic; do
    $ZJ check --pack $p --format jsonl "$shared/dev-cases/messages.jsonl" | sha256sum | cut -c1-64 > "$out/check-dev-$p.sha256"
  done
  $ZJ audit --format jsonl "$shared/dev-cases/conversations.jsonl" | sha256sum | cut -c1-64 > "$out/audit-dev.sha256"
  $ZJ suggest --pack jd --at 2026-04-28T10:00:00+08:00 --format jsonl "$shared/dev-cases/intents.jsonl" | sha256sum | cut -c1-64 > "$out/suggest-dev.sha256"
fi
