# Shortcuts for the commands in README.md; each is one `python3 dev.py …` (use those where make is missing).
.PHONY: run test dist smoke bench

run:
	python3 dev.py run

test:
	python3 dev.py test

# The one-folder program in dist/orientir and its archive (build/dist.py), then the built binary checked.
dist:
	python3 dev.py dist
	python3 build/smoke.py

smoke:
	python3 build/smoke.py

# One table of speed ratios, each against a baseline measured in the same run (tests/perf/bench.py).
bench:
	python3 dev.py bench
