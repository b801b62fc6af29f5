#!/usr/bin/env bash
# Scores `gonghui extract` against gold records with the contract's scorer.
# Usage: scripts/eval/score_records.sh real|seeds|corpora|dev|blind|blind2|blind3|audit [score.py options]
#   real     ../shared/corpus/real (45 real pages) against its gold (needs ../shared)
#   seeds    ../shared/corpus/seeds against ../shared/corpus/seeds-gold (needs ../shared)
#   corpora  corpora/reports (+ corpora/formats/report.utf8.txt) against corpora/gold
#   dev      corpora/holdout/dev (development set); blind, blind2: corpora/holdout/blind* (scored only)
#   audit    corpora/audit
set -euo pipefail
cd "$(dirname "$0")/../.."
which=${1:-seeds}; shift || true
bin=${GONGHUI:-.build/release/gonghui}
out=$(mktemp -d)
if [ "$which" = real ]; then
  "$bin" extract ../shared/corpus/real/docs --output "$out" || true
  gold=../shared/corpus/real/gold
elif [ "$which" = seeds ]; then
  "$bin" extract ../shared/corpus/seeds --output "$out" || true
  gold=../shared/corpus/seeds-gold
elif [ "$which" = dev ] || [ "$which" = blind ] || [ "$which" = blind2 ] || [ "$which" = blind3 ]; then
  "$bin" extract corpora/holdout/$which/docs --output "$out" || true
  gold=corpora/holdout/$which/gold
elif [ "$which" = audit ]; then
  "$bin" extract corpora/audit/docs --output "$out" || true
  gold=corpora/audit/gold
else
  "$bin" extract corpora/reports --output "$out" || true
  "$bin" extract corpora/formats/report.utf8.txt > "$out/formats-report.jsonl"
  gold=corpora/gold
fi
python3 "${SCORER:-../shared/tools/score.py}" "$gold" "$out" "$@"
echo "predictions in $out"
