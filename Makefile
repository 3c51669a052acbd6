# news-digest: build the SMA Talks Digest site from seeds/.
#   make venv      create .venv and install the pinned requirements
#   make generate  write the digest pages into docs/
#   make serve     live preview at http://127.0.0.1:8000: each seed added, edited or removed
#                  is one rebuild of only the pages it changed (search may lag: README)
#   make site      build the site into site/ (warnings shown, never fatal)
#   make site-zensical  the same pages built by Zensical instead (its own .venv-zensical)
#   make test      ruff (format check + lint), then the whole test suite
#   make lint      ruff alone; make format rewrites the code as ruff formats it
#   make bench     time generator and site build on N synthetic articles (make bench N=5000)
#   make bench-search  bytes a reader fetches per Pagefind search on N synthetic articles
#   make score-html  real pages as pastes and as saved pages, scored side by side (SHARED=...)
#   make bench-serve   time the editor's loop under make serve on N synthetic articles
#   make clean     remove built and generated files

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp

ZVENV := .venv-zensical
ZSTAMP := $(ZVENV)/.stamp
# Dirty rebuilds: only pages whose Markdown changed (generator/mkdocs/live.py keeps the rest right).
SERVE_FLAGS := --dirty

.PHONY: venv generate serve site site-zensical test-zensical lint format test fuzz bench bench-search bench-serve score-html clean

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "news-digest needs Python 3.10 or newer; $(PYTHON) is " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator

serve: $(STAMP)
	$(BIN)/python -m mkdocs serve $(SERVE_FLAGS) -a 127.0.0.1:8000

site: $(STAMP)
	$(BIN)/python -m mkdocs build -d site

$(ZSTAMP): requirements-zensical.txt
	test -x $(ZVENV)/bin/python || $(PYTHON) -m venv $(ZVENV)
	$(ZVENV)/bin/python -m pip install --disable-pip-version-check -q -r requirements-zensical.txt
	touch $(ZSTAMP)

# Zensical ignores mkdocs.yml's hooks: the generator writes the pages for it first.
site-zensical: $(STAMP) $(ZSTAMP)
	$(BIN)/python -m generator --for zensical
	$(ZVENV)/bin/zensical build --clean

test-zensical: $(STAMP) $(ZSTAMP)
	$(BIN)/python -m pytest -q tests/test_zensical.py

lint: $(STAMP)
	$(BIN)/ruff format --check --quiet generator tests bench
	$(BIN)/ruff check --quiet generator tests bench

format: $(STAMP)
	$(BIN)/ruff format generator tests bench
	$(BIN)/ruff check --fix generator tests bench

test: lint
	$(BIN)/python -m pytest -q

# Property tests with fresh random inputs (make test replays a fixed set).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q tests/test_property_pipeline.py tests/test_front_matter.py tests/test_clean.py tests/test_jsontext.py

N ?= 1000
REPEAT ?= 2
bench: $(STAMP)
	$(BIN)/python bench/run.py --n $(N) --repeat $(REPEAT)

bench-search: $(STAMP)
	$(BIN)/python bench/search_bytes.py --n $(N)

SHARED ?= ../shared
score-html: $(STAMP)
	$(BIN)/python bench/score_html.py $(SHARED)/corpus/realworld-dev --tools $(SHARED)/tools

TRIALS ?= 3
bench-serve: $(STAMP)
	$(BIN)/python bench/serve.py --n $(N) --trials $(TRIALS) --flags="$(SERVE_FLAGS)"

# Generated pages are the .md files under docs/ whose front matter carries
# "generator: news-digest", plus the raw seed copies and the generator's
# manifest; hand-written pages are left alone.
clean:
	rm -rf site .pytest_cache .bench
	find docs -name '*.md' -type f -exec grep -lx 'generator: news-digest' {} + | xargs -r rm -f
	@# everything else the generator wrote (feeds, data, raw copies) is listed in its manifest
	-@$(PYTHON) -c 'import json, pathlib; d = pathlib.Path("docs"); m = d / ".news-digest.json"; [(d / f).unlink(missing_ok=True) for f in (json.loads(m.read_text()).get("files", []) if m.exists() else []) if ".." not in f]'
	rm -rf docs/raw docs/.news-digest.json .cache/news-digest
	find docs -mindepth 1 -type d -empty -delete
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
