#!/usr/bin/env bash
# Captures the outputs a refactoring must not change, or compares them with a capture made before.
#   bench/scripts/output-equality.sh capture DIR   # writes DIR/{extract,tag-conll,tag-bbc,tag-agnews}.jsonl
#   bench/scripts/output-equality.sh compare DIR   # captures again into a temp dir and diffs against DIR
# Inputs are the development sets next to the project (../shared/eval); the outputs never go into the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
eval_dir="${NEWSFLOW_EVAL_DIR:-$root/../shared/eval}"
mode="${1:?capture|compare}"; dir="${2:?DIR}"

capture() {
  local out="$1"; mkdir -p "$out"
  # The "file" field keeps only the file name, so captures from different checkouts compare; keys are sorted
  # because builds before 2026-12-06 printed the "sources" map in an order that changed from JVM to JVM.
  "$root/newsflow" extract --format jsonl "$eval_dir"/extraction/html/*.html.gz | python3 -c '
import json, os, sys
for line in sys.stdin:
    doc = json.loads(line)
    doc["file"] = os.path.basename(doc["file"])
    print(json.dumps(doc, sort_keys=True, ensure_ascii=False))' > "$out/extract.jsonl"
  "$root/newsflow" tag --jsonl < "$eval_dir/ner/text.jsonl" > "$out/tag-conll.jsonl"
  for set in bbc agnews; do
    python3 "$eval_dir/topics/score.py" export --dataset "$set" --gold "$eval_dir/topics/$set.dev.jsonl" "$out/$set-in.jsonl" >/dev/null
    "$root/newsflow" tag --jsonl < "$out/$set-in.jsonl" > "$out/tag-$set.jsonl"
    rm "$out/$set-in.jsonl"
  done
  wc -l "$out"/*.jsonl
}

case "$mode" in
  capture) capture "$dir" ;;
  compare)
    now="$(mktemp -d)"; capture "$now"
    status=0
    for f in extract tag-conll tag-bbc tag-agnews; do
      if cmp -s "$dir/$f.jsonl" "$now/$f.jsonl"; then echo "identical: $f.jsonl ($(wc -l < "$now/$f.jsonl") lines)"
      else echo "DIFFERENT: $f.jsonl"; diff <(head -c 2000000 "$dir/$f.jsonl") <(head -c 2000000 "$now/$f.jsonl") | head -5; status=1; fi
    done
    rm -rf "$now"; exit $status ;;
  *) echo "usage: $0 capture|compare DIR" >&2; exit 2 ;;
esac
