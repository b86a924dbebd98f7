#!/usr/bin/python3
"""fastText peer of the doctagger benchmark (Debian package `fasttext`, 0.9.2 CLI).

Commands:
  tokenise INPUT_DIR TEXT_OUT DOCS_OUT
      one pre-tokenised line per file under INPUT_DIR (sorted), and the list of
      their relative paths, for the timed `fasttext predict-prob` run
  tune --seeds DIR --labels CSV --out PARAMS.json
      small grid (epoch x lr) scored on a held-out 15% of the training data;
      not timed by the harness
  train --seeds DIR --labels CSV --params PARAMS.json --model DIR
      the timed training: fit on 85%, pick ONE global probability threshold on
      the held-out 15%, refit on 100% with the same settings; writes
      DIR/model.bin and DIR/predict-args ("K THRESHOLD" for predict-prob)
  predictions --model DIR --docs DOCS --tokens TEXT --probs PROBS --out CSV
      turns predict-prob output into a `document,labels` CSV

Text: lowercased, split into words and single punctuation marks, joined by
spaces, one document per line, `__label__X` prefixes for training.
Always `-loss ova -wordNgrams 2 -dim 100` (ova beat softmax on 20news's
held-out part too); threads: $FASTTEXT_THREADS (2). Multi-label corpora: the
labels at or above ONE global threshold, or the top label when none passes it
(every training document has a label). Single-label corpora: top-1.
"""
import argparse
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import common

TOKEN = re.compile(r"\w+|[^\w\s]")
LABEL_PREFIX = "__label__"
GRID = {"epoch": (25, 50), "lr": (0.5, 1.0)}
FIXED = ["-wordNgrams", "2", "-dim", "100", "-minCount", "1", "-verbose", "0"]
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]
THREADS = os.environ.get("FASTTEXT_THREADS", "2")


def tokenise(text):
    # fastText reads labels by prefix, so a literal one in the text is broken up.
    return " ".join(TOKEN.findall(text.lower())).replace(LABEL_PREFIX, "__ label __")


def write_training_file(path, texts, label_sets):
    # fastText's SGD reads the file in order, and corpora may be grouped by
    # label (20news is), so the lines are shuffled with a fixed seed.
    order = list(range(len(texts)))
    random.Random(common.HOLDOUT_SEED).shuffle(order)
    with open(path, "w", encoding="utf-8") as f:
        for text, labels in ((texts[i], label_sets[i]) for i in order):
            prefix = " ".join(LABEL_PREFIX + label for label in sorted(labels))
            f.write(f"{prefix} {tokenise(text)}\n")


def write_lines(path, texts):
    with open(path, "w", encoding="utf-8") as f:
        for text in texts:
            f.write(tokenise(text) + "\n")


def fit(train_file, model_prefix, params):
    subprocess.run(["fasttext", "supervised", "-input", train_file, "-output", model_prefix,
                    "-loss", "ova", "-epoch", str(params["epoch"]), "-lr", str(params["lr"]),
                    "-thread", THREADS, *FIXED], check=True, stdout=subprocess.DEVNULL)
    if os.path.exists(model_prefix + ".vec"):
        os.remove(model_prefix + ".vec")  # word vectors: not needed, and slow to write
    return model_prefix + ".bin"


def predict_probabilities(model, text_file, k=-1, threshold=0.0):
    """Returns one [(label, probability), ...] list per line, best first."""
    out = subprocess.run(["fasttext", "predict-prob", model, text_file, str(k), str(threshold)],
                         check=True, capture_output=True, text=True).stdout
    return [parse_prediction_line(line) for line in out.split("\n")[:-1]]


def parse_prediction_line(line):
    fields = line.split()
    return [(fields[i][len(LABEL_PREFIX):], float(fields[i + 1])) for i in range(0, len(fields), 2)]


def decide(ranked, threshold, multi_label):
    """Labels at or above the threshold, else the top one (multi-label), or top-1."""
    if not ranked:
        return frozenset()
    if not multi_label:
        return frozenset([ranked[0][0]])
    chosen = frozenset(label for label, p in ranked if p >= threshold)
    return chosen or frozenset([ranked[0][0]])


def fit_and_pick_threshold(work, texts, label_sets, params):
    """Fits on the 85% part; returns (held-out objective, best threshold)."""
    fit_idx, held_idx = common.holdout_split(len(texts))
    write_training_file(f"{work}/fit.txt", [texts[i] for i in fit_idx],
                        [label_sets[i] for i in fit_idx])
    write_lines(f"{work}/held.txt", [texts[i] for i in held_idx])
    model = fit(f"{work}/fit.txt", f"{work}/fit", params)
    ranked = predict_probabilities(model, f"{work}/held.txt")
    truth = [label_sets[i] for i in held_idx]
    single = not params["multi_label"]
    candidates = THRESHOLDS if params["multi_label"] else [0.0]
    scored = [(common.objective(truth, [decide(r, t, params["multi_label"]) for r in ranked],
                                single), t) for t in candidates]
    return max(scored, key=lambda st: (st[0], -abs(st[1] - 0.5)))


def command_tune(args):
    documents, texts, label_sets = common.read_labelled(args.seeds, args.labels)
    multi_label = not common.score.is_single_label(dict(zip(documents, label_sets)))
    results = []
    with tempfile.TemporaryDirectory(prefix="fasttext-tune-") as work:
        for epoch, lr in itertools.product(GRID["epoch"], GRID["lr"]):
            params = {"epoch": epoch, "lr": lr, "multi_label": multi_label}
            value, threshold = fit_and_pick_threshold(work, texts, label_sets, params)
            common.log(f"fasttext tune: epoch={epoch} lr={lr} held-out "
                       f"{'micro-F1' if multi_label else 'accuracy'}={value:.4f} threshold={threshold}")
            results.append({**params, "held_out": value, "threshold": threshold})
    best = max(results, key=lambda r: r["held_out"])
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"chosen": {k: best[k] for k in ("epoch", "lr", "multi_label")},
                   "grid": results}, f, indent=1)
    common.log(f"fasttext tune: chose epoch={best['epoch']} lr={best['lr']}")


def command_train(args):
    with open(args.params, encoding="utf-8") as f:
        params = json.load(f)["chosen"]
    documents, texts, label_sets = common.read_labelled(args.seeds, args.labels)
    os.makedirs(args.model, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fasttext-train-") as work:
        if params["multi_label"]:
            value, threshold = fit_and_pick_threshold(work, texts, label_sets, params)
        else:
            value, threshold = None, 0.0
        write_training_file(f"{work}/all.txt", texts, label_sets)
        shutil.move(fit(f"{work}/all.txt", f"{work}/all", params), f"{args.model}/model.bin")
    k = -1 if params["multi_label"] else 1
    with open(f"{args.model}/predict-args", "w", encoding="utf-8") as f:
        f.write(f"{k} {threshold}\n")
    with open(f"{args.model}/settings.json", "w", encoding="utf-8") as f:
        json.dump({**params, "threshold": threshold, "held_out": value}, f, indent=1)


def command_tokenise(args):
    documents = common.list_documents(args.input_dir)
    write_lines(args.text_out, (common.read_text(os.path.join(args.input_dir, d)) for d in documents))
    with open(args.docs_out, "w", encoding="utf-8") as f:
        f.writelines(d + "\n" for d in documents)


def command_predictions(args):
    with open(args.docs, encoding="utf-8") as f:
        documents = f.read().split("\n")[:-1]
    with open(args.probs, encoding="utf-8") as f:
        ranked = [parse_prediction_line(line) for line in f.read().split("\n")[:-1]]
    if len(ranked) != len(documents):
        sys.exit(f"fasttext_peer: {args.probs} has {len(ranked)} lines, expected {len(documents)}")
    with open(f"{args.model}/settings.json", encoding="utf-8") as f:
        settings = json.load(f)
    empty = [i for i, r in enumerate(ranked) if not r]
    if empty and settings["multi_label"]:
        # Below-threshold documents get their top label (untimed, a few lines only).
        with open(args.tokens, encoding="utf-8") as f:
            lines = f.read().split("\n")
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as sub:
            sub.writelines(lines[i] + "\n" for i in empty)
            sub.flush()
            for i, top in zip(empty, predict_probabilities(f"{args.model}/model.bin", sub.name, 1)):
                ranked[i] = top
    chosen = [decide(r, settings["threshold"], settings["multi_label"]) for r in ranked]
    common.write_predictions(args.out, documents, chosen)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n", 1)[1])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("tokenise")
    p.add_argument("input_dir")
    p.add_argument("text_out")
    p.add_argument("docs_out")
    for name in ("tune", "train"):
        p = sub.add_parser(name)
        p.add_argument("--seeds", required=True)
        p.add_argument("--labels", required=True)
        if name == "tune":
            p.add_argument("--out", required=True)
        else:
            p.add_argument("--params", required=True)
            p.add_argument("--model", required=True)
    p = sub.add_parser("predictions")
    for option in ("--model", "--docs", "--tokens", "--probs", "--out"):
        p.add_argument(option, required=True)
    args = parser.parse_args()
    {"tokenise": command_tokenise, "tune": command_tune, "train": command_train,
     "predictions": command_predictions}[args.command](args)


if __name__ == "__main__":
    main()
