"""What both peers share: reading a corpus, the held-out split, the tuning
objective and the predictions CSV, so fastText and scikit-learn see exactly
the same documents and are judged by the same scorer (bench/score.py)."""
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import score  # noqa: E402  (bench/score.py, the one scorer of the harness)

# Share of the training documents held out for tuning, and its fixed seed.
HOLDOUT_SHARE = 0.15
HOLDOUT_SEED = 20240611


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def read_labelled(seeds_dir, labels_csv):
    """Returns (documents, texts, label_sets) for the rows of a labels CSV."""
    label_sets = score.read_label_sets(labels_csv)
    documents = list(label_sets)
    texts = [read_text(os.path.join(seeds_dir, d)) for d in documents]
    return documents, texts, [label_sets[d] for d in documents]


def list_documents(input_dir):
    """Every regular file under input_dir as sorted '/'-joined relative paths."""
    found = []
    for root, dirs, files in os.walk(input_dir):
        dirs.sort()
        rel = os.path.relpath(root, input_dir)
        for name in sorted(files):
            found.append(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/"))
    return found


def holdout_split(count):
    """Returns (fit_indices, held_out_indices), a fixed random split."""
    order = list(range(count))
    random.Random(HOLDOUT_SEED).shuffle(order)
    cut = int(round(count * HOLDOUT_SHARE))
    return sorted(order[cut:]), sorted(order[:cut])


def objective(true_sets, predicted_sets, single_label):
    """Accuracy for single-label corpora, micro-F1 otherwise (bench/score.py)."""
    truth = dict(enumerate(true_sets))
    figures = score.score(truth, dict(enumerate(predicted_sets)))
    return figures["accuracy"] if single_label else figures["micro_f1"]


def write_predictions(path, documents, label_sets):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["document", "labels"])
        for document, labels in zip(documents, label_sets):
            writer.writerow([document, ";".join(sorted(labels))])


def log(message):
    print(message, file=sys.stderr, flush=True)
