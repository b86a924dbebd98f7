#!/usr/bin/python3
"""Small questions bench/run asks about label CSVs, answered by bench/score.py's reader.

Usage:
  corpus.py documents LABELS.csv     the `document` column, one per line
  corpus.py single-label LABELS.csv  prints yes when every row has exactly one label
  corpus.py categories LABELS.csv    the number of distinct categories
  corpus.py rows RESULTS.csv         the number of data rows (quoted newlines allowed)
"""
import sys

import score


def main(argv):
    if len(argv) != 2 or argv[0] not in ("documents", "single-label", "categories", "rows"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, path = argv
    label_sets = score.read_label_sets(path)
    if command == "documents":
        sys.stdout.writelines(d + "\n" for d in label_sets)
    elif command == "single-label":
        print("yes" if score.is_single_label(label_sets) else "no")
    elif command == "categories":
        print(len(set().union(*label_sets.values())))
    else:
        print(len(label_sets))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
