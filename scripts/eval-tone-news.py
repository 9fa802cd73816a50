#!/usr/bin/env python3
"""Scores `pantau score --jsonl` predictions against real-coverage records (the news dev format).

    scripts/eval-tone-news.py GOLD.jsonl [GOLD.jsonl ...] --pred PRED.jsonl [--name NAME] [--full] [--errors]

GOLD records carry id, label (negative/neutral/positive), needs_response, relevant and
ambiguous; PRED lines carry id, label and needs_response. Tone figures are taken over the
records about the institution (relevant=true); the off-topic ones (relevant=false) are
counted apart, because the only thing asked of them is that they are never called
negative nor flagged for a response. A gold id without a prediction counts as wrong.

One summary line by default; --full adds per-class figures, the confusion matrix and the
off-topic records; --errors lists every wrong record with its headline. Stdlib only.
"""
import argparse
import json
import sys

CLASSES = ("negative", "neutral", "positive")


def load(path):
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"eval-tone-news: {path}:{number}: not a JSON line ({error.msg})")
    return records


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, predictions):
    """Figures for one gold list: a dict the printers and --json read."""
    matrix = {g: {p: 0 for p in CLASSES + ("missing",)} for g in CLASSES}
    tp = fp = fn = 0
    off_topic, errors = [], []
    for record in gold:
        guess = predictions.get(str(record["id"]), {})
        label = guess.get("label") if guess.get("label") in CLASSES else "missing"
        flagged = guess.get("needs_response") is True
        if not record.get("relevant", True):
            off_topic.append((record, label, flagged))
            continue
        matrix[record["label"]][label] += 1
        wanted = bool(record.get("needs_response"))
        tp += flagged and wanted
        fp += flagged and not wanted
        fn += wanted and not flagged
        if label != record["label"] or flagged != wanted:
            errors.append((record, label, flagged))
    per_class = {}
    for c in CLASSES:
        hits = matrix[c][c]
        predicted = sum(matrix[g][c] for g in CLASSES)
        actual = sum(matrix[c].values())
        p, r = ratio(hits, predicted), ratio(hits, actual)
        per_class[c] = {"precision": p, "recall": r, "f1": f1(p, r), "support": actual}
    nr_p, nr_r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {
        "records": len(gold),
        "negative_precision": per_class["negative"]["precision"],
        "negative_recall": per_class["negative"]["recall"],
        "needs_response_precision": nr_p,
        "needs_response_recall": nr_r,
        "needs_response_f1": f1(nr_p, nr_r),
        "macro_f1": sum(v["f1"] for v in per_class.values()) / len(CLASSES),
        "per_class": per_class,
        "confusion": matrix,
        "off_topic": len(off_topic),
        "off_topic_negative": sum(label == "negative" for _, label, _ in off_topic),
        "off_topic_flagged": sum(flagged for _, _, flagged in off_topic),
        "_off_topic": off_topic,
        "_errors": errors,
    }


def summary(name, s):
    return (f"{name:14} neg P {s['negative_precision']:.3f} R {s['negative_recall']:.3f}  "
            f"NR P {s['needs_response_precision']:.3f} R {s['needs_response_recall']:.3f} F1 {s['needs_response_f1']:.3f}  "
            f"macro {s['macro_f1']:.3f}  off-topic negative {s['off_topic_negative']}/{s['off_topic']} "
            f"flagged {s['off_topic_flagged']}")


def headline(record):
    title = record.get("title") or record.get("text", "")[:90]
    return title.replace("\n", " ")[:90]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--pred", required=True)
    parser.add_argument("--name", default="news")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--unambiguous", action="store_true", help="only records a second reader would not dispute")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    gold = [r for path in args.gold for r in load(path)]
    if args.unambiguous:
        gold = [r for r in gold if not r.get("ambiguous")]
    predictions = {str(p.get("id")): p for p in load(args.pred)}
    s = score(gold, predictions)
    if args.json:
        print(json.dumps({k: v for k, v in s.items() if not k.startswith("_")}, indent=1))
        return
    print(summary(args.name, s))
    if args.full:
        print(f"  {'class':9} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for c in CLASSES:
            v = s["per_class"][c]
            print(f"  {c:9} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:4d}")
        print("  confusion (rows gold, columns predicted): " + " ".join(f"{c[:3]:>4}" for c in CLASSES + ("missing",)))
        for g in CLASSES:
            print(f"  {g:9}" + " " * 33 + " ".join(f"{s['confusion'][g][c]:4d}" for c in CLASSES + ("missing",)))
        print("  off-topic records (id, predicted, needs_response, headline):")
        for record, label, flagged in s["_off_topic"]:
            print(f"    {record['id']}\t{label}\t{'NR' if flagged else '-'}\t{headline(record)}")
    if args.errors:
        print("  errors (id, gold/NR, predicted/NR, headline):")
        for record, label, flagged in s["_errors"]:
            gold_nr = "NR" if record.get("needs_response") else "-"
            print(f"    {record['id']}\t{record['label']}/{gold_nr}\t{label}/{'NR' if flagged else '-'}\t{headline(record)}")


if __name__ == "__main__":
    main()
