#!/usr/bin/python3
"""Renders bench/run's measurements as one markdown table.

Input: a TSV of `section<TAB>tool<TAB>figure<TAB>value` rows, one per
measurement (repeats give several rows). Tool `-` carries the section's
description (figure `about`). Timings become `median [min–max]`, ratios are
doctagger's median over the peer's median; a tool that was not run shows `n/a`,
one that failed shows `failed`.
Usage: table.py MEASUREMENTS.tsv
"""
import statistics
import sys

TOOLS = (("doctagger", "doctagger"), ("fasttext", "fastText"), ("sklearn", "scikit-learn"))
# figure key -> (label, decimals)
FIGURES = {
    "micro_f1": ("micro-F1", 3),
    "macro_f1": ("macro-F1", 3),
    "accuracy": ("accuracy", 3),
    "train_s": ("train wall s", 1),
    "train_rss_mib": ("train peak RSS MiB", 0),
    "docs_s": ("classify docs/s", 0),
    "mb_s": ("classify MB/s", 2),
    "classify_s": ("classify wall s", 2),
    "classify_rss_mib": ("classify peak RSS MiB", 0),
    "exit_code": ("classify exit code (0 = finished)", 0),
    "tune_s": ("peer settings search s (once, not in train)", 1),
}


def read(path):
    about, values, order = {}, {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            section, tool, figure, value = line.rstrip("\n").split("\t")
            if tool == "-":
                about[section] = value
                continue
            if (section, figure) not in order:
                order.append((section, figure))
            values.setdefault((section, tool, figure), []).append(value)
    sections = list(dict.fromkeys(section for section, _ in order))
    rank = {figure: i for i, figure in enumerate(FIGURES)}
    order.sort(key=lambda sf: (sections.index(sf[0]), rank.get(sf[1], len(rank))))
    return about, values, order


def number(text, decimals):
    value = float(text)
    return f"{value:,.{decimals}f}" if decimals else f"{value:,.0f}"


def cell(samples, decimals):
    if samples is None:
        return "n/a"
    if "failed" in samples:
        return "failed"
    numbers = sorted(float(s) for s in samples)
    median = number(statistics.median(numbers), decimals)
    if len(numbers) == 1:
        return median
    return f"{median} [{number(numbers[0], decimals)}–{number(numbers[-1], decimals)}]"


def ratio(ours, theirs):
    try:
        a = statistics.median(float(s) for s in ours)
        b = statistics.median(float(s) for s in theirs)
    except (TypeError, ValueError):
        return "—"
    return f"{a / b:.2f}" if b else "—"


def render(about, values, order):
    peers = TOOLS[1:]
    lines = ["| corpus | figure | " + " | ".join(name for _, name in TOOLS)
             + " | " + " | ".join(f"doctagger/{name}" for _, name in peers) + " |",
             "|---|---|" + "---:|" * (len(TOOLS) + len(peers))]
    previous = None
    for section, figure in order:
        label, decimals = FIGURES.get(figure, (figure, 3))
        shown = f"**{section}** {about.get(section, '')}".strip() if section != previous else ""
        previous = section
        samples = {tool: values.get((section, tool, figure)) for tool, _ in TOOLS}
        cells = [cell(samples[tool], decimals) for tool, _ in TOOLS]
        ratios = [ratio(samples["doctagger"], samples[tool])
                  if figure not in ("tune_s", "exit_code") else "—" for tool, _ in peers]
        lines.append(f"| {shown} | {label} | " + " | ".join(cells + ratios) + " |")
    return "\n".join(lines)


def main(argv):
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print(render(*read(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
