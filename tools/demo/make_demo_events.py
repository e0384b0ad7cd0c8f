#!/usr/bin/env python3
"""Builds the bundled demo event files from the demo feeds:
demo/events/{notices,removals,decisions}/<date>.jsonl.

Planted illicit offers get notices from trusted flaggers, authorities and users on the day
they are first seen; some are removed by an explicit removal event, most are confirmed by a
reviewer. A few lawful listings get user notices that reviewers reject (most notices
platforms receive are invalid), and one removal is reinstated after a counter-notice. Seeded,
so the output is reproducible.

    python3 tools/demo/make_demo_events.py --feeds demo/feeds --out demo/events
"""
import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_demo_feeds import PLANTED  # noqa: E402

SOURCES = ["trusted_flagger", "authority", "user"]


def at(observed: str, hours: float) -> str:
    t = dt.datetime.fromisoformat(observed.replace("Z", "+00:00")) + dt.timedelta(hours=hours)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rnd = random.Random(20261101)
    planted_titles = {p[2] for p in PLANTED}
    first_seen = {}  # (marketplace, id) -> (date, row)
    for feed in sorted(args.feeds.glob("*/*.jsonl")):
        date = feed.stem
        for line in feed.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            key = (row.get("marketplace"), row.get("listing_id"))
            if None in key or not row.get("observed_at", "").startswith("20"):
                continue
            first_seen.setdefault(key, (date, row))
    events = {"notices": {}, "removals": {}, "decisions": {}}

    def add(kind, date, record):
        events[kind].setdefault(date, []).append(record)

    n = 0
    planted = sorted(k for k, (_, r) in first_seen.items() if r["title"] in planted_titles)
    lawful = sorted(k for k, (_, r) in first_seen.items() if r["title"] not in planted_titles)
    for i, key in enumerate(planted):
        date, row = first_seen[key]
        if i % 3 == 2:
            continue  # left to proactive detection alone
        n += 1
        received = at(row["observed_at"], rnd.uniform(1, 20))
        add("notices", date, {"notice_id": f"N-{n:04d}", "marketplace": key[0],
                              "listing_id": key[1], "source": SOURCES[i % 3],
                              "flagger_id": f"{SOURCES[i % 3][:2]}-{i % 4 + 1}",
                              "category": None, "received_at": received})
        if i % 4 == 0:
            removed = at(received, rnd.uniform(2, 60))
            add("removals", removed[:10] if removed[:10] <= "2026-11-03" else "2026-11-03",
                {"marketplace": key[0], "listing_id": key[1], "removed_at": removed,
                 "reason": "notice upheld"})
        decided = at(received, rnd.uniform(1, 30))
        add("decisions", min(decided[:10], "2026-11-03"),
            {"marketplace": key[0], "listing_id": key[1], "rule_id": None,
             "decision": "confirmed", "decided_at": decided})
    for j, key in enumerate(rnd.sample(lawful, 6)):
        date, row = first_seen[key]
        n += 1
        received = at(row["observed_at"], rnd.uniform(1, 20))
        add("notices", date, {"notice_id": f"N-{n:04d}", "marketplace": key[0],
                              "listing_id": key[1], "source": "user",
                              "flagger_id": f"us-{j + 10}", "category": "counterfeit",
                              "received_at": received})
        decision = "reinstated_after_counter_notice" if j == 0 else "rejected"
        decided = at(received, rnd.uniform(2, 20))
        add("decisions", min(decided[:10], "2026-11-03"),
            {"marketplace": key[0], "listing_id": key[1], "rule_id": None,
             "decision": decision, "decided_at": decided})
    for kind, by_date in events.items():
        folder = args.out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for date, records in sorted(by_date.items()):
            with open(folder / f"{date}.jsonl", "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps({k: v for k, v in r.items() if v is not None}) + "\n")


if __name__ == "__main__":
    main()
