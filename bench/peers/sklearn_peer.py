#!/usr/bin/python3
"""scikit-learn peer of the doctagger benchmark (Debian package `python3-sklearn`).

Commands:
  tune --seeds DIR --labels CSV --out PARAMS.json
      picks C from {0.1, 0.3, 1, 3} on a held-out 15% of the training data;
      not timed by the harness
  train --seeds DIR --labels CSV --params PARAMS.json --model FILE
      the timed fit on all training documents; pickles the model to FILE
  classify --model FILE --input DIR --out CSV
      the timed batch run: loads the pickle, reads every file under DIR,
      writes a `document,labels` CSV

Model: TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), then
for multi-label corpora OneVsRestClassifier(LinearSVC(C)) with labels whose
decision value is > 0 (the top one when none is: every training document has a
label), for single-label corpora LinearSVC(C) and its argmax.
Run it with /usr/bin/python3 (Debian's sklearn), single-threaded (liblinear).
"""
import argparse
import json
import pickle

import common

C_GRID = (0.1, 0.3, 1.0, 3.0)


def build(c, multi_label):
    # Imported here so `--help` answers without loading scikit-learn.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    svm = LinearSVC(C=c, random_state=0)
    return make_pipeline(vectorizer, OneVsRestClassifier(svm) if multi_label else svm)


class TopicModel:
    """A fitted pipeline plus what turns its scores back into label sets."""

    def __init__(self, c, multi_label):
        self.multi_label = multi_label
        self.pipeline = build(c, multi_label)
        self.binarizer = None

    def fit(self, texts, label_sets):
        if self.multi_label:
            from sklearn.preprocessing import MultiLabelBinarizer
            self.binarizer = MultiLabelBinarizer()
            self.pipeline.fit(texts, self.binarizer.fit_transform(label_sets))
        else:
            self.pipeline.fit(texts, [next(iter(labels)) for labels in label_sets])
        # The pruned-terms set is only for inspection and would bloat the pickle.
        vectorizer = self.pipeline.steps[0][1]
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_
        return self

    def predict(self, texts):
        if not texts:
            return []
        if not self.multi_label:
            return [frozenset([label]) for label in self.pipeline.predict(texts)]
        scores = self.pipeline.decision_function(texts)
        classes = self.binarizer.classes_
        chosen = []
        for row in scores:
            positive = frozenset(classes[j] for j in (row > 0).nonzero()[0])
            chosen.append(positive or frozenset([classes[row.argmax()]]))
        return chosen


def read_corpus(args):
    documents, texts, label_sets = common.read_labelled(args.seeds, args.labels)
    multi_label = not common.score.is_single_label(dict(zip(documents, label_sets)))
    return texts, label_sets, multi_label


def command_tune(args):
    texts, label_sets, multi_label = read_corpus(args)
    fit_idx, held_idx = common.holdout_split(len(texts))
    truth = [label_sets[i] for i in held_idx]
    results = []
    for c in C_GRID:
        model = TopicModel(c, multi_label).fit([texts[i] for i in fit_idx],
                                               [label_sets[i] for i in fit_idx])
        value = common.objective(truth, model.predict([texts[i] for i in held_idx]),
                                 not multi_label)
        common.log(f"sklearn tune: C={c} held-out "
                   f"{'micro-F1' if multi_label else 'accuracy'}={value:.4f}")
        results.append({"C": c, "multi_label": multi_label, "held_out": value})
    best = max(results, key=lambda r: r["held_out"])
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"chosen": {"C": best["C"], "multi_label": multi_label}, "grid": results},
                  f, indent=1)
    common.log(f"sklearn tune: chose C={best['C']}")


def command_train(args):
    with open(args.params, encoding="utf-8") as f:
        params = json.load(f)["chosen"]
    texts, label_sets, _ = read_corpus(args)
    model = TopicModel(params["C"], params["multi_label"]).fit(texts, label_sets)
    with open(args.model, "wb") as f:
        pickle.dump(model, f, protocol=pickle.HIGHEST_PROTOCOL)


def command_classify(args):
    with open(args.model, "rb") as f:
        model = pickle.load(f)
    documents = common.list_documents(args.input)
    texts = [common.read_text(f"{args.input}/{d}") for d in documents]
    common.write_predictions(args.out, documents, model.predict(texts))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n", 1)[1])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("tune", "train"):
        p = sub.add_parser(name)
        p.add_argument("--seeds", required=True)
        p.add_argument("--labels", required=True)
        if name == "tune":
            p.add_argument("--out", required=True)
        else:
            p.add_argument("--params", required=True)
            p.add_argument("--model", required=True)
    p = sub.add_parser("classify")
    for option in ("--model", "--input", "--out"):
        p.add_argument(option, required=True)
    args = parser.parse_args()
    {"tune": command_tune, "train": command_train, "classify": command_classify}[args.command](args)


if __name__ == "__main__":
    main()
