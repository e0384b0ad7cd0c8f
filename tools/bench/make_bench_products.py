#!/usr/bin/env python3
"""Builds jobs/src/main/resources/bench/products.jsonl.gz, the real product text that
`marketsweep bench` builds its corpus from (see jobs/src/main/resources/bench/SOURCES.md).

One JSON object per line: source, language, title, description (may be null), price (may be
null). A seeded sample, so the output is reproducible. Run by hand when the slice should
change (needs the shared data folder):
    python3 tools/bench/make_bench_products.py --data ../shared/data \
        --out jobs/src/main/resources/bench/products.jsonl.gz
"""
import argparse
import csv
import gzip
import json
import random
import re
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "cs")
TAGGED = re.compile(r'^"(.*?)"@([a-z]{2})\b')
MAX_DESCRIPTION = 1200
# Records kept per source: Leipzig offers with descriptions, WDC titles per language.
LIMITS = {"abt": 1081, "amazon": 900, "google": 600, "wdc-en": 400}


def clean(text):
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) > MAX_DESCRIPTION:
        text = text[:MAX_DESCRIPTION].rsplit(" ", 1)[0]
    return text or None


def price(value):
    digits = re.sub(r"[^0-9.]", "", value or "")
    try:
        p = float(digits)
    except ValueError:
        return None
    return p if p > 0 else None


def leipzig(data, name, title_column, source):
    with open(data / "products" / name, encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            title = clean(r[title_column])
            if title:
                yield {"source": source, "language": "en", "title": title,
                       "description": clean(r["description"]), "price": price(r["price"])}


def wdc(data):
    seen = set()
    for name in ("wdc_cameras_unique_titles.txt", "wdc_computers_unique_titles.txt"):
        for line in (data / "products" / name).read_text(encoding="utf-8").splitlines():
            m = TAGGED.match(line)
            if not m or m.group(2) not in LANGUAGES:
                continue
            title = clean(m.group(1))
            if title and len(title) >= 12 and title not in seen:
                seen.add(title)
                yield {"source": "wdc", "language": m.group(2), "title": title,
                       "description": None, "price": None}


def sample(rnd, records, limit):
    records = list(records)
    rnd.shuffle(records)
    return records[:limit]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rnd = random.Random(20261123)
    out = sample(rnd, leipzig(args.data, "abt-buy__abt.csv", "name", "abt"), LIMITS["abt"])
    with_description = [r for r in leipzig(args.data, "amazon-google__Amazon.csv", "title",
                                            "amazon") if r["description"]]
    out += sample(rnd, with_description, LIMITS["amazon"])
    with_description = [r for r in leipzig(args.data, "amazon-google__GoogleProducts.csv",
                                            "name", "google") if r["description"]]
    out += sample(rnd, with_description, LIMITS["google"])
    titles = list(wdc(args.data))
    out += sample(rnd, [t for t in titles if t["language"] == "en"], LIMITS["wdc-en"])
    out += [t for t in titles if t["language"] != "en"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as f:
        for r in out:
            f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    counts = {}
    for r in out:
        counts[(r["source"], r["language"])] = counts.get((r["source"], r["language"]), 0) + 1
    print(len(out), "records", sorted(counts.items()))


if __name__ == "__main__":
    main()
