#!/usr/bin/env bash
# Scores `gonghui extract` against gold records with the contract's scorer.
# Usage: scripts/eval/score_records.sh seeds|corpora [score.py options]
#   seeds    ../shared/corpus/seeds against ../shared/corpus/seeds-gold (needs ../shared)
#   corpora  corpora/reports (+ corpora/formats/report.utf8.txt) against corpora/gold
set -euo pipefail
cd "$(dirname "$0")/../.."
which=${1:-seeds}; shift || true
bin=${GONGHUI:-.build/release/gonghui}
out=$(mktemp -d)
if [ "$which" = seeds ]; then
  "$bin" extract ../shared/corpus/seeds --output "$out" || true
  gold=../shared/corpus/seeds-gold
else
  "$bin" extract corpora/reports --output "$out" || true
  "$bin" extract corpora/formats/report.utf8.txt > "$out/formats-report.jsonl"
  gold=corpora/gold
fi
python3 "${SCORER:-../shared/tools/score.py}" "$gold" "$out" "$@"
echo "predictions in $out"
