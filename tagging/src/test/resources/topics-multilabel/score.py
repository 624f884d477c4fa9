#!/usr/bin/env python3
"""Multi-label score of topic predictions against texts.jsonl.

  ./newsflow topics --jsonl < texts.jsonl > pred.jsonl
  python3 score.py pred.jsonl [--gold texts.jsonl]

Prediction lines: {"id", "topics": [labels, best first]} (the output of `newsflow topics --jsonl`).
Micro-averaged precision, recall and F1 over (text, label) pairs, the same with the first two labels only
(top-2), exact-set accuracy, and labels per text predicted against gold. Python 3 standard library only.
"""
import argparse
import json
import os


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--gold", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts.jsonl"))
    a = ap.parse_args()
    gold = {}
    with open(a.gold, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                gold[o["id"]] = set(o["topics"])
    pred = {}
    with open(a.pred, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                pred[o["id"]] = list(o.get("topics", []))
    tp = n_pred = tp2 = n_pred2 = exact = 0
    n_gold = sum(len(g) for g in gold.values())
    for doc_id, g in gold.items():
        p = pred.get(doc_id, [])
        tp += len(set(p) & g)
        n_pred += len(p)
        tp2 += len(set(p[:2]) & g)
        n_pred2 += len(p[:2])
        exact += set(p) == g
    p, r, f = prf(tp, n_pred, n_gold)
    p2, r2, f2 = prf(tp2, n_pred2, n_gold)
    n = len(gold)
    print("top-2 cut: F1=%.3f P=%.3f R=%.3f" % (f2, p2, r2))
    print("multilabel F1=%.3f P=%.3f R=%.3f exact=%.3f labels/text=%.2f gold=%.2f n=%d"
          % (f, p, r, exact / n, n_pred / n, n_gold / n, n))


if __name__ == "__main__":
    main()
