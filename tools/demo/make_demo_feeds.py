#!/usr/bin/env python3
"""Builds the bundled demo marketplace feeds (demo/feeds/<marketplace>/<date>.jsonl).

Lawful listings are real product titles, descriptions and prices from public
entity-resolution benchmarks (abt.com / buy.com / amazon.com / Google Base, ~2009) and the
Web Data Commons product corpus; see demo/SOURCES.md. On top of them, a few dozen illicit
offers are planted (some obfuscated, some in other languages), listings come and go across
the days, some are marked removed, and three rows break the contract on purpose so that the
demo shows quarantine.

Run by hand when the demo data should change (needs the shared data folder):
    python3 tools/demo/make_demo_feeds.py --data ../shared/data --out demo/feeds
"""
import argparse
import csv
import datetime as dt
import json
import random
import re
from pathlib import Path

DAYS = [dt.date(2026, 11, 1), dt.date(2026, 11, 2), dt.date(2026, 11, 3)]
MARKETPLACES = {"shopnet": "en", "bazaar-eu": None}
PER_DAY = 1500

# Planted illicit offers: (category, language, title, description, price, currency).
PLANTED = [
    ("wildlife", "en", "Antique carved ivory netsuke, elephant figure", "Genuine old elephant ivory, hand carved, 6 cm.", 450, "EUR"),
    ("wildlife", "en", "1vory bangle bracelet, real not resin", "Solid tusk piece, heavy, natural grain.", 320, "EUR"),
    ("wildlife", None, "I V O R Y tusk carving dragon", "Private collection, shipping worldwide discreetly.", 1200, "USD"),
    ("wildlife", "en", "Genuine rhino horn libation cup", "Rhinoceros horn cup, Qing style, certificate not available.", 9000, "USD"),
    ("wildlife", None, "rh1no h0rn powder 10g traditional medicine", "Pure horn powder for fever.", 600, "USD"),
    ("wildlife", "en", "Pangolin scales 500g dried", "Natural pangolin scale for TCM, chuan shan jia.", 250, "EUR"),
    ("wildlife", "fr", "Sculpture en ivoire ancienne, éléphant", "Véritable ivoire d'éléphant, début XXe siècle.", 800, "EUR"),
    ("wildlife", "de", "Elfenbein Schnitzerei antik, Netsuke", "Echtes Elfenbein, Sammlerstück.", 700, "EUR"),
    ("wildlife", "es", "Colmillo de marfil tallado auténtico", "Marfil de elefante, pieza única.", 1500, "EUR"),
    ("wildlife", "it", "Statuetta in avorio antico, soggetto orientale", "Avorio vero, fine Ottocento.", 650, "EUR"),
    ("wildlife", "en", "Tiger bone wine, aged 10 years", "Traditional tiger bone liquor.", 380, "USD"),
    ("wildlife", "en", "Bear bile capsules 100 pcs", "Pure bear bile powder.", 90, "USD"),
    ("wildlife", "en", "Hawksbill turtle shell hair comb, real tortoiseshell", "Vintage bekko.", 140, "EUR"),
    ("wildlife", "en", "Dried shark fin 1kg premium grade", "Whole shark fins for soup.", 300, "USD"),
    ("wildlife", "en", "African grey parrot chicks for sale, hand reared", "Baby Congo African greys, DNA sexed.", 1100, "EUR"),
    ("counterfeit", "en", "Rolex Submariner replica 1:1 automatic", "Super clone 904L steel, AAA quality.", 189, "EUR"),
    ("counterfeit", None, "R-O-L-E-X Daytona r3plica", "Mirror quality, same as original.", 220, "USD"),
    ("counterfeit", "en", "Louis Vuitton Neverfull MM monogram AAA replica", "Top quality copy with dust bag.", 120, "EUR"),
    ("counterfeit", "en", "Gucci GG Marmont bag fake, mirror quality", "1:1 copy, fast shipping.", 95, "EUR"),
    ("counterfeit", "en", "AirPods Pro 2 1:1 copy with ANC", "Clone, works with iPhone.", 35, "USD"),
    ("counterfeit", "fr", "Réplique sac Chanel Timeless, qualité miroir", "Copie parfaite.", 150, "EUR"),
    ("counterfeit", "de", "Omega Seamaster Nachbildung Automatik", "Replik in Top-Qualität.", 140, "EUR"),
    ("counterfeit", "nl", "Namaak Adidas Yeezy Boost 350", "Nep, goede kwaliteit.", 60, "EUR"),
    ("counterfeit", "pl", "Torebka Prada podróbka, jak oryginał", "Replika wysokiej jakości.", 180, "PLN"),
    ("counterfeit", "en", "Nike Air Jordan 1 replica UA sneakers", "Unauthorized authentic, AAA.", 70, "USD"),
    ("counterfeit", "en", "Cartier Love bracelet replica 18k", "Copy with screwdriver.", 45, "EUR"),
    ("counterfeit", "en", "Rolex Submariner Date black dial", "Brand new watch, fast delivery.", 89, "EUR"),
    ("unsafe", "en", "Neodymium magnet balls 216 pcs 5mm, desk toy", "Strong magnetic balls puzzle for kids.", 12, "EUR"),
    ("unsafe", "en", "Green laser pointer 5000mw burning high power", "Burns matches, lights cigarettes.", 29, "USD"),
    ("unsafe", "en", "Mercury whitening cream, fast skin lightening", "Contains mercurous chloride, removes dark spots.", 15, "USD"),
    ("unsafe", "en", "Infant sleep positioner wedge, anti-roll", "Keeps baby on the back while sleeping.", 19, "EUR"),
    ("unsafe", "en", "Cobra 6 firecrackers, category F4, 10 pieces", "Very loud, for professionals only.", 49, "EUR"),
    ("unsafe", "de", "Laserpointer 3000mW grün, extrem stark", "Brennt Streichhölzer an.", 25, "EUR"),
    ("unsafe", "en", "Amber teething necklace for babies", "Natural Baltic amber beads.", 14, "EUR"),
]

BAD_ROWS = [
    '{"listing_id": "bad-1", "title": "Vintage camera strap", "price": "twelve euros", "observed_at": "2026-11-01T09:00:00Z"}',
    '{"listing_id": "bad-2", "title": "", "description": "title missing", "observed_at": "2026-11-01T09:00:00Z"}',
    '{"listing_id": "bad-3", "title": "Tripod", "observed_at": "yesterday"}',
]

TAGGED = re.compile(r'^"(.*)"@([a-z]{2})\b')


def lawful(data: Path):
    items = []
    with open(data / "products/abt-buy__abt.csv", encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            price = re.sub(r"[^0-9.]", "", r.get("price") or "")
            items.append((r["name"], r["description"], float(price) if price else None, "en"))
    with open(data / "products/amazon-google__Amazon.csv", encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            try:
                price = float(r["price"]) or None
            except ValueError:
                price = None
            items.append((r["title"], r["description"], price, "en"))
    for name in ("wdc_cameras_unique_titles.txt", "wdc_computers_unique_titles.txt"):
        for line in (data / "products" / name).read_text(encoding="utf-8").splitlines():
            m = TAGGED.match(line)
            if m and m.group(2) in ("en", "de", "fr", "es", "it", "nl", "pl"):
                items.append((m.group(1), None, None, m.group(2)))
    return [i for i in items if i[0].strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rnd = random.Random(20261101)
    pool = lawful(args.data)
    rnd.shuffle(pool)
    next_id = 1
    for mi, (marketplace, declared) in enumerate(MARKETPLACES.items()):
        catalogue = []
        for title, desc, price, lang in pool[mi * 2 * PER_DAY:(mi * 2 + 1) * PER_DAY + PER_DAY // 2]:
            catalogue.append({"listing_id": f"{marketplace[:2]}-{next_id:06d}", "title": title,
                              "description": desc, "price": price, "lang": lang,
                              "seller_id": f"s{rnd.randint(1, 400):04d}"})
            next_id += 1
        planted = [p for i, p in enumerate(PLANTED) if i % 2 == mi]
        for cat, lang, title, desc, price, cur in planted:
            catalogue.append({"listing_id": f"{marketplace[:2]}-{next_id:06d}", "title": title,
                              "description": desc, "price": price, "currency": cur, "lang": lang,
                              "seller_id": f"s9{rnd.randint(0, 9):03d}", "planted": cat})
            next_id += 1
        alive = set(range(PER_DAY)) | set(range(len(catalogue) - len(planted), len(catalogue)))
        gone_planted = []
        relister = random.Random(20261103 + mi)
        for day_index, day in enumerate(DAYS):
            if day_index > 0:
                for i in list(alive):
                    if rnd.random() < (0.25 if "planted" in catalogue[i] else 0.04):
                        alive.discard(i)
                        if "planted" in catalogue[i] and day_index == 1:
                            gone_planted.append(i)
                newcomers = [i for i in range(PER_DAY, len(catalogue) - len(planted)) if i not in alive]
                alive |= set(rnd.sample(newcomers, min(len(newcomers), PER_DAY // 20)))
            rows = []
            relisted = []
            if day_index == 2:
                # Removed planted offers come back under a new id, edited to dodge the filter.
                for i in gone_planted[:2]:
                    item = catalogue[i]
                    words = item["title"].split()
                    relister.shuffle(words)
                    relisted.append(dict(item, listing_id=f"{marketplace[:2]}-r{len(relisted) + 1:05d}",
                                         title=" ".join(words).replace("o", "0", 1),
                                         seller_id=item["seller_id"] if len(relisted) == 0
                                         else f"s9{relister.randint(0, 9):03d}"))
            for i in sorted(alive):
                item = catalogue[i]
                seen = dt.datetime.combine(day, dt.time(1, 0)) + dt.timedelta(minutes=rnd.randint(0, 240))
                row = {"marketplace": marketplace, "listing_id": item["listing_id"],
                       "url": f"https://{marketplace}.example/item/{item['listing_id']}",
                       "title": item["title"], "description": item["description"],
                       "price": item["price"], "currency": item.get("currency", "USD" if item["price"] else None),
                       "seller_id": item["seller_id"], "category": None,
                       "language": item["lang"] if declared or rnd.random() < 0.3 else None,
                       "observed_at": seen.isoformat() + "Z", "status": "active"}
                if "planted" in item and day_index == 2 and rnd.random() < 0.3:
                    row["status"] = "removed"
                rows.append({k: v for k, v in row.items() if v is not None})
            for item in relisted:
                seen = dt.datetime.combine(day, dt.time(5, 30))
                rows.append({k: v for k, v in {
                    "marketplace": marketplace, "listing_id": item["listing_id"],
                    "url": f"https://{marketplace}.example/item/{item['listing_id']}",
                    "title": item["title"], "description": item["description"],
                    "price": item["price"], "currency": item.get("currency"),
                    "seller_id": item["seller_id"], "observed_at": seen.isoformat() + "Z",
                    "status": "active"}.items() if v is not None})
            out = args.out / marketplace / f"{day.isoformat()}.jsonl"
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                if day_index == 0 and mi == 0:
                    for bad in BAD_ROWS:
                        f.write(bad + "\n")
            print(out, len(rows))


if __name__ == "__main__":
    main()
