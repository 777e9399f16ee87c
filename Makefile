# 两个命令 / two commands:
#   make demo   — 建立环境并在示例数据上运行消息质检 (set up, run the main job on demo data)
#   make test   — 建立环境并运行全部测试 (set up, run the whole test suite)
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
PORT ?= 8000

.PHONY: setup demo test bench model clean

$(BIN)/zhijian: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,e2e,spark]'
	@# 预先编译三个平台规则包的缓存（消息检查与会话审计），安装后的第一个命令即是热启动 / build the compiled caches of the
	@# shipped packs once, so that the first command after setup starts warm (~17 s here, once)
	for p in jd taobao generic; do $(BIN)/zhijian check --pack $$p "您好" > /dev/null && \
		$(BIN)/zhijian audit --pack $$p examples/chats.jsonl --format jsonl > /dev/null || exit 1; done
	touch $@

setup: $(BIN)/zhijian

demo: setup
	$(BIN)/zhijian check examples/messages.jsonl || true
	$(BIN)/zhijian audit examples/chats.jsonl --report demo-report.html --excel demo-report.xlsx || true
	@echo "会话审计报告：demo-report.html、demo-report.xlsx；下面启动质检服务（SQLite + 示例数据），Ctrl-C 结束"
	$(BIN)/zhijian serve --demo --data-dir data --port $(PORT)

test: setup
	VENV=$(VENV) tools/ensure-test-deps.sh
	$(BIN)/zhijian rules test
	$(BIN)/python -m pytest -q

model: setup
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python -m training.train_scenario
	$(BIN)/python -m training.messages_corpus
	$(BIN)/python -m training.train_messages
	$(BIN)/python -m training.acts_corpus
	$(BIN)/python -m training.train_acts

bench: setup
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/acts_report.py
	$(BIN)/python benchmarks/semantic_report.py
	$(BIN)/python benchmarks/conversation_report.py --templates
	$(BIN)/python benchmarks/jddc_audit.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache demo-findings.jsonl
