#!/usr/bin/python3
"""Scores a predictions CSV against a truth CSV, the same way for every tool.

Both files are RFC 4180 CSV with a header naming at least the columns
`document` and `labels` (other columns, such as doctagger's `model`, are
ignored); `labels` is a `;`-joined set of categories, possibly empty.

Figures, over the categories that occur in the truth (the test labels):
  micro_f1  F1 of the pooled true/false positives and false negatives
  macro_f1  unweighted mean of the per-category F1
  accuracy  share of documents whose predicted set equals the true set
            (only printed with --single-label)
A truth document missing from the predictions counts as predicted with no
label; predictions for documents not in the truth are counted and ignored.

Usage: score.py TRUTH.csv PREDICTIONS.csv [--single-label] [--json]
Exit codes: 0 scored, 2 bad arguments or unreadable input.
Standard library only, so the peers can import it for their own tuning.
"""
import csv
import json
import sys


def read_label_sets(path):
    """Returns {document: frozenset(labels)} from a `document,labels` CSV."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"document", "labels"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: header lacks column(s) {sorted(missing)}; "
                             f"expected a header like 'document,labels'")
        return {row["document"]: parse_labels(row["labels"]) for row in reader}


def parse_labels(field):
    return frozenset(label for label in (field or "").split(";") if label)


def is_single_label(label_sets):
    """True when every document has exactly one label (20news, not Reuters)."""
    return all(len(labels) == 1 for labels in label_sets.values())


def score(truth, predicted):
    """Returns the figures for two {document: set} maps as a dict."""
    categories = sorted(set().union(*truth.values()))
    known = set(categories)
    tp = dict.fromkeys(categories, 0)
    fp = dict.fromkeys(categories, 0)
    fn = dict.fromkeys(categories, 0)
    exact = 0
    for document, true_labels in truth.items():
        guessed = predicted.get(document, frozenset())
        exact += guessed == true_labels
        for label in guessed & known:
            if label in true_labels:
                tp[label] += 1
            else:
                fp[label] += 1
        for label in true_labels - guessed:
            fn[label] += 1
    total = sum(2 * tp[c] + fp[c] + fn[c] for c in categories)
    micro = 2 * sum(tp.values()) / total if total else 0.0
    per_category = [f1(tp[c], fp[c], fn[c]) for c in categories]
    return {
        "documents": len(truth),
        "categories": len(categories),
        "micro_f1": micro,
        "macro_f1": sum(per_category) / len(categories) if categories else 0.0,
        "accuracy": exact / len(truth) if truth else 0.0,
        "missing": sum(1 for d in truth if d not in predicted),
        "extra": sum(1 for d in predicted if d not in truth),
        "outside_labels": sum(len(p - known) for d, p in predicted.items() if d in truth),
    }


def f1(tp, fp, fn):
    denominator = 2 * tp + fp + fn
    return 2 * tp / denominator if denominator else 0.0


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    paths = [a for a in argv if not a.startswith("--")]
    if len(paths) != 2 or flags - {"--single-label", "--json"}:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        truth = read_label_sets(paths[0])
        predicted = read_label_sets(paths[1])
    except (OSError, ValueError, csv.Error) as e:
        print(f"score.py: {e}", file=sys.stderr)
        return 2
    figures = score(truth, predicted)
    if "--single-label" not in flags:
        del figures["accuracy"]
    if "--json" in flags:
        print(json.dumps(figures, sort_keys=True))
    else:
        for key, value in figures.items():
            print(f"{key}\t{value:.4f}" if isinstance(value, float) else f"{key}\t{value}")
    for key, what in (("missing", "truth documents had no prediction row"),
                      ("extra", "prediction rows name documents not in the truth"),
                      ("outside_labels", "predicted labels are not test categories")):
        if figures[key]:
            print(f"score.py: warning: {figures[key]} {what}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
