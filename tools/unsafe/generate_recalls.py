#!/usr/bin/env python3
"""Generate the recall matcher lists in keyword-lists/unsafe/ from public recall data.

Reads the US CPSC recall export (JSON lines) and, optionally, the FDA/USDA food recall
export, and writes one YAML rule per recall:

    keyword-lists/unsafe/recalls-cpsc.yaml   one rule per CPSC consumer-product recall
    keyword-lists/unsafe/recalls-food.yaml   one rule per FDA/USDA food recall (optional)

Every rule needs the brand / manufacturer AND a product name, a model number or a UPC,
never the brand alone. Recalls whose text cannot give such a precise query are skipped and
written to the log with the reason.

If --lawful points at a folder of real lawful product titles (wdc_*_titles.txt, one per line,
and latin-1 CSVs with name/title + description), the generator uses it as a false-positive
trap: a brand that is common among lawful titles must be combined with a specific product
name or model number, and a rule that still matches a lawful title is tightened with the
product type or dropped (logged).

Python 3 standard library only. Run by hand (see keyword-lists/unsafe/SOURCES.md):

    python3 tools/unsafe/generate_recalls.py \
        --cpsc   ../shared/data/recalls/cpsc_recalls.jsonl \
        --food   ../shared/data/recalls/fda_usda_food_recalls_2024_2025.json \
        --lawful ../shared/data/products \
        --out    keyword-lists/unsafe \
        --log    /tmp/recalls-skipped.tsv

The output is deterministic for the same inputs; commit it. Nothing in marketsweep reads the
input data at run or test time.
"""
import argparse
import collections
import csv
import datetime
import glob
import hashlib
import html
import json
import os
import re
import sys
import unicodedata

LIST_VERSION = "1.0.0"

# --------------------------------------------------------------------------- analysis
# A rough stand-in for the matcher's analysis (lower case, diacritics folded, split on
# anything that is not a letter or digit). Used to pick words and to self-test the rules.

_SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i"})
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)+[a-z]*|[a-z0-9]+")


def fold(text):
    t = unicodedata.normalize("NFKC", text).translate(_SPECIAL).lower()
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))


def tokens(text):
    return _TOKEN.findall(fold(text))


# --------------------------------------------------------------------------- vocab

STOP = set("""
a an and or the of for with without in on at by to from as is are be was were this that these those
its it's his her their our your my other others all any each both some such only also not no nor but
sold exclusively used using use made make makes includes including include included only
model models number numbers no nos item items style styles sku skus upc upcs code codes date dates
lot lots serial version versions series type types part parts kit kits set sets pack packs piece
pieces pc pcs new old one two three four five six seven eight nine ten first second third
various assorted certain select selected some all manufactured between before after during since
product products brand brands name names collection collections line lines edition editions
about approximately inch inches foot feet ft oz ounce ounces lb lbs pound pounds volt volts watt watts
gallon gallons pint pints quart quarts mm cm amp amps gauge size sizes color colors colour small
large medium mini big little extra super deluxe premium standard classic original professional pro
ii iii iv vi vii viii ix xl xxl xs
""".split())

# Retailers and distributors: recalled goods were sold there, the goods do not carry the name.
RETAILERS = set("""
wal mart walmart target sears toys r us kmart home depot lowe s lowes jc penney jcpenney penney qvc
babies meijer big lots sam s club amazon com dollar tree ace hardware walgreens bj s wholesale
menards costco kohl s montgomery ward aafes army air force exchange service family burlington coat
factory christmas shops hsn shopping network pier imports l g sourcing merchandise kb ltd
commodities bed bath beyond best buy nordstrom express dick s sporting goods buy baby tj maxx ross
caldor macy s eckerd cvs rite aid dollar general marshalls shopko ames bradlees zellers fred meyer
staples office max officemax depot circuit city radioshack tuesday morning hobby lobby michaels
joann jo ann fabrics dillard s belk bon ton boscov s sportsman s warehouse gander mountain cabela s
bass pro overstock wayfair ebay etsy hammacher schlemmer sharper image skymall
""".split())
RETAILER_NAMES = [
    "wal-mart", "walmart", "target", "sears", "toys r us", "kmart", "home depot", "lowe's", "lowes",
    "jc penney", "j.c. penney", "qvc", "babies r us", "big lots", "sam's club", "amazon.com", "amazon",
    "dollar tree", "ace hardware", "walgreens", "bj's wholesale", "menards", "costco", "kohl's",
    "montgomery ward", "army & air force exchange service (aafes)", "aafes", "family dollar",
    "burlington coat factory", "christmas tree shops", "hsn (home shopping network)", "hsn",
    "pier 1 imports", "l g sourcing", "lg sourcing", "service merchandise", "kb toys",
    "ltd commodities", "bed, bath & beyond", "bed bath & beyond", "best buy", "nordstrom",
    "dollar express", "dick's sporting goods", "buy buy baby", "tj maxx", "ross", "caldor", "macy's",
    "eckerd", "cvs", "rite aid", "dollar general", "marshalls", "shopko", "ames", "bradlees",
    "zellers", "fred meyer", "staples", "officemax", "office depot", "circuit city", "radioshack",
    "tuesday morning", "hobby lobby", "michaels", "jo-ann", "joann", "dillard's", "belk", "boscov's",
    "gander mountain", "cabela's", "bass pro shops", "overstock.com", "wayfair", "ebay", "etsy",
    "hammacher schlemmer", "sharper image", "skymall", "dollar bill$", "dollar stop plus", "ross stores",
    "meijer", "wegmans", "kroger", "safeway", "publix", "aldi", "albertsons", "trader joe's", "h-e-b",
    "whole foods", "sprouts", "giant eagle", "jewel osco", "cub foods", "food lion", "winn-dixie",
    "hy-vee", "shoprite", "stop & shop", "harris teeter", "randalls", "tom thumb", "vons", "pavilions",
]
# Retailer/private label names that are also product brands: kept when they open the product name.
OWN_BRAND_RETAILERS = {"meijer", "ikea", "toys r us", "pottery barn", "pottery barn kids", "land of nod",
                       "ll bean", "l.l. bean", "pbteen", "restoration hardware", "crate & barrel",
                       "williams-sonoma", "target", "kmart", "sears", "walgreens", "cvs", "dollar tree",
                       "big lots", "costco", "sam's club"}

CORP_SUFFIX = set("""
inc incorporated corp corporation co company cos ltd limited llc l l c plc gmbh ag sa spa bv nv pty
industries industrial international intl manufacturing mfg group products product usa us america
americas north enterprises enterprise trading imports import importers importer exports export
associates brands technologies technology holdings sales distributors distributing distribution
worldwide global consumer lifestyle juvenile dba the of and
""".split())

# Well-known aliases (manufacturer field spelling -> names seen on listings).
ALIASES = {
    "general electric": ["GE", "General Electric"],
    "hewlett-packard (hp)": ["HP", "Hewlett-Packard", "Hewlett Packard"],
    "hewlett-packard": ["HP", "Hewlett-Packard", "Hewlett Packard"],
    "deere & company (john deere)": ["John Deere", "Deere"],
    "bombardier (brp)": ["Bombardier", "BRP", "Ski-Doo", "Sea-Doo", "Can-Am"],
    "bosch (robert bosch tool)": ["Bosch"],
    "black & decker": ["Black & Decker", "Black and Decker", "Black+Decker"],
    "fisher-price": ["Fisher-Price", "Fisher Price"],
    "l.l. bean": ["LL Bean", "L.L. Bean", "L.L.Bean"],
    "ll bean": ["LL Bean", "L.L. Bean", "L.L.Bean"],
    "phil & teds": ["Phil & Teds", "Phil and Teds", "phil&teds"],
    "dorel juvenile group": ["Dorel", "Cosco", "Safety 1st", "Eddie Bauer"],
    "one world technologies": ["Ridgid", "Ryobi", "One World"],
    "lg electronics": ["LG", "Kenmore"],
    "electrolux": ["Electrolux", "Frigidaire"],
    "whirlpool": ["Whirlpool", "Maytag", "KitchenAid", "Amana", "Kenmore"],
}

# Brands so common on lawful listings that "brand + product type" is never enough.
BIG_BRANDS = set("""
sony hp dell apple canon nikon samsung lg panasonic philips toshiba lenovo compaq acer asus
microsoft ge kenmore whirlpool black decker ikea disney mattel hasbro fisher price honda yamaha
suzuki kawasaki bosch coleman sunbeam hamilton beach cuisinart kitchenaid nintendo logitech
motorola nokia kodak olympus fujifilm fuji pentax epson brother lexmark xerox belkin targus
gateway emerson rca jvc sharp sanyo pioneer bose garmin tomtom kyocera casio sandisk kingston
intel amd nvidia gopro graco evenflo chicco
adidas nike puma reebok converse vans fila asics skechers crocs ugg timberland columbia gap levi levis
zara lego barbie hotwheels playmobil vtech leapfrog target walmart ikea samsonite starbucks coca cola
pepsi kellogg mcdonald mcdonalds nintendo sega pokemon marvel
""".split())

HAZARD_TEXT = {
    "fire & fire-related burn": "fire and burn",
    "fire & fire-related burn ": "fire and burn",
    "choking": "choking",
    "fall": "fall",
    "laceration": "laceration",
    "electrocution/electric shock": "electric shock",
    "vehicle accident": "crash",
    "lead": "lead poisoning",
    "strangulation": "strangulation",
    "burn - not fire-related": "burn",
    "burn": "burn",
    "entrapment": "entrapment",
    "explosion/projectiles": "explosion and projectile",
    "internal injury": "injury",
    "collapse": "collapse",
    "poisoning": "poisoning",
    "drowning": "drowning",
    "suffocation": "suffocation",
    "amputation": "amputation",
    "carbon monoxide (co)": "carbon monoxide poisoning",
    "entanglement": "entanglement",
    "magnet ingestion": "magnet ingestion",
    "aspiration": "aspiration",
    "injury": "injury",
    "crash": "crash",
    "cadmium": "cadmium exposure",
    "ingestion": "ingestion",
    "safety equipment malfunction": "safety equipment failure",
    "phthalates": "phthalate exposure",
    "communications failure": "communications failure",
}
HIGH_HAZARDS = {"fire & fire-related burn", "choking", "strangulation", "lead", "suffocation",
                "electrocution/electric shock", "drowning", "carbon monoxide (co)", "poisoning",
                "magnet ingestion", "entrapment", "cadmium", "aspiration", "explosion/projectiles",
                "phthalates"}

UNIT_RE = re.compile(r"^\d+(?:[.,]\d+)?(?:v|vac|vdc|volt|volts|w|watt|watts|k|mah|ah|mm|cm|m|in|inch|"
                     r"ft|foot|oz|lb|lbs|pint|pt|qt|gal|hp|cc|amp|amps|a|gauge|ga|pc|pcs|pk|ct|x|th|st|"
                     r"nd|rd|s|mph|hz|khz|ghz|mhz|gb|mb|tb|l|ml|btu|psi|kg|g|yr|yrs|mo|d|lm|rpm|ton|"
                     r"cu|sq|pack|piece|count|day|hr|hour|quart|qts|gpm|db)$")


def slug(text):
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s or "x"


def yq(s):
    """YAML single-quoted scalar."""
    return "'" + s.replace("'", "''") + "'"


def clean_text(s):
    s = html.unescape(html.unescape(s or ""))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ae", " ").replace("\u2122", " ").replace("\u00a9", " ").replace("•", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def qterm(surface):
    """A query clause for a word or phrase as written on a listing.

    The surface form is kept (apostrophes, dots, hyphens inside words) so that the matcher's
    analyzer splits the query exactly like the listing: "Claire's", "G.Nutt", "AB-1234".
    """
    surface = re.sub(r'["\\]', " ", fold(surface))
    surface = re.sub(r"[\u2018\u2019`]", "'", surface)
    surface = re.sub(r"[^\w'.\- ]|_", " ", surface)
    surface = re.sub(r"(?<!\w)['.\-]+|['.\-]+(?!\w)", " ", surface)
    surface = re.sub(r"\s+", " ", surface).strip()
    # "F A O Schwarz": the matcher joins letters split by spaces on listings, not in queries
    surface = re.sub(r"\b[a-z](?: [a-z]\b)+", lambda m: m.group(0).replace(" ", ""), surface)
    toks = tokens(surface)
    if not toks:
        return None
    if re.fullmatch(r"[a-z0-9]+", surface):
        return surface
    out = '"' + surface + '"'
    # "S.D.S. Toys", "P.Jamas": listings may keep the dots or have them undone as obfuscation
    joined = re.sub(r"\b([a-z])\.(?=[a-z]\b|[a-z]{2,})", r"\1", surface)
    joined = re.sub(r"\b([a-z])\.(?=[a-z])", r"\1", joined)
    if joined != surface and tokens(joined):
        alt = joined if re.fullmatch(r"[a-z0-9]+", joined) else '"' + joined + '"'
        out = "(" + out + " OR " + alt + ")"
    return out


def any_of(clauses):
    seen = []
    for c in clauses:
        if c and c not in seen:
            seen.append(c)
    if not seen:
        return None
    if len(seen) == 1:
        return seen[0]
    return "(" + " OR ".join(seen) + ")"


def plural_forms(word):
    w = word.lower()
    forms = {w}
    if len(w) < 3 or not w.isalpha():
        return sorted(forms)
    if w.endswith("ies") and len(w) > 4:
        forms.add(w[:-3] + "y")
    elif re.search(r"(ches|shes|xes|sses|zes)$", w):
        forms.add(w[:-2])
    elif w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
        forms.add(w[:-1])
    elif w.endswith("y") and not re.search(r"[aeiou]y$", w):
        forms.add(w[:-1] + "ies")
    elif re.search(r"(ch|sh|x|ss|z)$", w):
        forms.add(w + "es")
    elif not w.endswith("s"):
        forms.add(w + "s")
    return sorted(forms)


def singular(word):
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(ches|shes|xes|sses|zes)$", w):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
        return w[:-1]
    return w


# --------------------------------------------------------------------------- matcher (self-test)

class Q:
    """Tiny evaluator for the queries this generator writes: AND/OR groups of terms and phrases."""

    def __init__(self, q):
        self.tree = self._parse(q)

    @staticmethod
    def _parse(q):
        pos = 0
        toks = re.findall(r'\(|\)|"[^"]*"|AND|OR|NOT|[^\s()"]+', q)

        def seq():
            nonlocal pos
            items, op, neg = [], "AND", False
            nots = []
            while pos < len(toks) and toks[pos] != ")":
                t = toks[pos]
                if t in ("AND", "OR"):
                    op = t
                    pos += 1
                    continue
                if t == "NOT":
                    neg = True
                    pos += 1
                    continue
                if t == "(":
                    pos += 1
                    node = seq()
                    pos += 1
                elif t.startswith('"'):
                    node = ("P", tokens(t[1:-1]))
                    pos += 1
                else:
                    node = ("P", tokens(t))
                    pos += 1
                (nots if neg else items).append(node)
                neg = False
            return (op, items, nots)

        return seq()

    def match(self, text):
        toks = tokens(text)
        return self._ev(self.tree, toks, set(toks))


    def _ev(self, node, toks, tset):
        if node[0] == "P":
            ph = node[1]
            if not all(p in tset for p in ph):
                return False
            n = len(ph)
            return any(toks[i:i + n] == ph for i in range(len(toks) - n + 1))
        op, items, nots = node
        if any(self._ev(n, toks, tset) for n in nots):
            return False
        if op == "OR":
            return any(self._ev(n, toks, tset) for n in items)
        return bool(items) and all(self._ev(n, toks, tset) for n in items)


def _squash_tokens(text):
    """tokens with in-word punctuation removed and spaced single letters joined ("H-E-B" -> heb)"""
    t = fold(text)
    t = re.sub(r"(?<=\w)['.\-](?=\w)", "", t)
    t = re.sub(r"\b[a-z](?: [a-z]\b)+", lambda m: m.group(0).replace(" ", ""), t)
    return _TOKEN.findall(t)


def _collapse_tokens(text):
    """repeated letters collapsed and a final s dropped (obfuscation undo, light stemming)"""
    out = []
    for w in _squash_tokens(text):
        w = re.sub(r"([a-z])\1+", r"\1", w)
        if len(w) > 3 and w.endswith("s"):
            w = w[:-1]
        out.append(w)
    return out


def loose_match(query, text):
    """True if the query could match the text under the matcher's more permissive analysis."""
    global tokens
    if Q(query).match(text):
        return True
    saved = tokens
    try:
        for f in (_squash_tokens, _collapse_tokens):
            tokens = f
            if Q(query).match(text):
                return True
    finally:
        tokens = saved
    return False


# --------------------------------------------------------------------------- lawful corpus

def load_lawful(folder):
    texts = []
    if not folder:
        return texts
    for f in sorted(glob.glob(os.path.join(folder, "wdc_*_titles.txt"))):
        with open(f, encoding="utf-8") as fh:
            texts.extend(line.strip() for line in fh if line.strip())
    for f in sorted(glob.glob(os.path.join(folder, "*.csv"))):
        if "mapping" in f:
            continue
        with open(f, encoding="latin-1", newline="") as fh:
            for row in csv.DictReader(fh):
                t = row.get("name") or row.get("title") or ""
                texts.append((t + " \n " + (row.get("description") or "") + " " + (row.get("manufacturer") or "")).strip())
    return texts


class Lawful:
    def __init__(self, texts):
        self.texts = texts
        self.toks = [tokens(t) for t in texts]
        self.index = collections.defaultdict(set)
        for i, ts in enumerate(self.toks):
            for t in set(ts):
                self.index[t].add(i)

    def df_phrase(self, phrase_tokens):
        if not phrase_tokens:
            return 0
        cand = None
        for t in phrase_tokens:
            s = self.index.get(t, set())
            cand = s if cand is None else cand & s
            if not cand:
                return 0
        n = len(phrase_tokens)
        return sum(1 for i in cand if any(self.toks[i][j:j + n] == phrase_tokens for j in range(len(self.toks[i]) - n + 1)))

    def hits(self, query, limit=3):
        q = Q(query)
        # candidate filter: any document with at least one token of the query
        needed = set(tokens(re.sub(r"\b(AND|OR|NOT)\b", " ", query)))
        cand = set()
        for t in needed:
            cand |= self.index.get(t, set())
        out = []
        for i in sorted(cand):
            if q.match(self.texts[i]):
                out.append(self.texts[i])
                if len(out) >= limit:
                    break
        return out


# --------------------------------------------------------------------------- CPSC

def clean_manufacturer(m):
    """-> list of brand surfaces for one manufacturer field value."""
    m = clean_text(m)
    key = m.lower()
    if key in ALIASES:
        return list(ALIASES[key])
    out = []
    paren = re.findall(r"\(([^)]*)\)", m)
    base = re.sub(r"\([^)]*\)", " ", m).strip(" ,")
    for cand in [base] + paren:
        cand = cand.strip(" ,.")
        if not cand:
            continue
        out.append(cand)
        words = cand.replace(",", " ").split()
        while words and fold(words[-1]).strip(".") in CORP_SUFFIX:
            words.pop()
        while words and fold(words[0]).strip(".") in ("the",):
            words.pop(0)
        short = " ".join(words)
        if short and short != cand:
            out.append(short)
    return out


def is_retailer(name):
    n = fold(clean_text(name)).strip()
    return n in RETAILER_NAMES


def find_phrase(hay_toks, phrase_toks):
    n = len(phrase_toks)
    for i in range(len(hay_toks) - n + 1):
        if hay_toks[i:i + n] == phrase_toks:
            return i
    return -1


MODEL_CTX = re.compile(r"(?i)\b(?:model|models|item|style|sku|part|cat\.?|catalog|article|product)\s*"
                       r"(?:no\.?|nos\.?|number|numbers|#)?\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9\-./]{2,}[A-Z0-9])")
MODEL_TOKEN = re.compile(r"(?<![\w-])([A-Za-z]{0,6}[-]?\d[\w\-/.]*\w|[A-Za-z]+\d+[A-Za-z]*)(?![\w-])")


def model_numbers(text):
    found = []
    for m in MODEL_CTX.finditer(text):
        found.append(m.group(1))
    # "MS 391", "SX 85", "250 XC": letters and digits written apart
    for m in re.finditer(r"\b([A-Z]{1,4}[ -]\d{2,5}[A-Z]?|\d{2,4}[ -][A-Z]{1,3}(?:-[A-Z])?)\b", text):
        found.append(m.group(1))
    for m in MODEL_TOKEN.finditer(text):
        found.append(m.group(1))
    out = []
    for f in found:
        f = f.strip(".-/")
        ft = tokens(f)
        if not ft:
            continue
        flat = "".join(ft)
        digits = sum(ch.isdigit() for ch in flat)
        letters = sum(ch.isalpha() for ch in flat)
        if digits < 2 or len(flat) < 4:
            continue
        if len(ft) == 1 and UNIT_RE.match(ft[0]):
            continue
        if len(ft) == 2 and ft[0].isdigit() and UNIT_RE.match(ft[0] + ft[1]):
            continue
        if any(UNIT_RE.match(t) for t in ft) and letters and len(ft) <= 2 and not re.search(r"[a-z]{2,}\d|\d[a-z]+\d", flat):
            # "35-pint", "18 volt", "12.5W" are sizes, not models
            if all(UNIT_RE.match(t) or t.isdigit() for t in ft):
                continue
        if re.fullmatch(r"(19|20)\d\d", flat):
            continue
        if letters == 0 and len(flat) < 5:
            continue  # short bare numbers are too ambiguous
        if re.fullmatch(r"\d+(st|nd|rd|th|s)", flat):
            continue
        if f not in out:
            out.append(f)
    return out


def hazard_sentence(hazards, product_type):
    hs = [HAZARD_TEXT.get(h.strip().lower(), h.strip().lower()) for h in (hazards or []) if h and h.strip()]
    hs = list(dict.fromkeys(hs))
    if not hs:
        return "Recalled by the US CPSC for a safety defect."
    if len(hs) == 1:
        txt = hs[0] + " hazard"
    else:
        txt = ", ".join(hs[:-1]) + " and " + hs[-1] + " hazards"
    return txt[0].upper() + txt[1:] + "."


def severity(hazards):
    hs = {h.strip().lower() for h in (hazards or []) if h}
    return "high" if hs & HIGH_HAZARDS else "medium"


SOLD_AT = re.compile(r"(?i)\b(sold|available|distributed)\s+(exclusively\s+)?(at|by|through|in|to)\b.*$")


def load_dictionary(path):
    """Lower-case English words (proper nouns left out) from a system word list, if present."""
    words = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8", errors="ignore") as fh:
            for line in fh:
                w = line.strip()
                if w and w == w.lower() and "'" not in w:
                    words.add(fold(w))
    return words


class Builder:
    def __init__(self, recalls, lawful, dictionary):
        self.recalls = recalls
        self.lawful = lawful
        self.dict = dictionary
        # document frequency of words over recall descriptions and product types
        # (counted per maker, so a maker's own product line named in several of its recalls,
        # such as Toro "ZRT" or Polaris "Ranger", stays a product name)
        self.df = collections.Counter()
        self.type_words = set()
        seen_by = collections.defaultdict(set)
        for r in recalls:
            maker = fold((r.get("manufacturers") or [""])[0])
            words = set()
            for d in r.get("descriptions") or []:
                words |= set(tokens(d))
            for t in r.get("product_types") or []:
                tw = tokens(t)
                words |= set(tw)
                self.type_words |= set(tw)
                self.type_words |= {singular(w) for w in tw}
            for w in words:
                seen_by[w].add(maker)
        for w, makers in seen_by.items():
            self.df[w] = len(makers)
        # brand lexicon: every non-retail manufacturer spelling seen anywhere, by first word
        self.brand_lex = collections.defaultdict(dict)
        for r in recalls:
            for m in r.get("manufacturers") or []:
                if is_retailer(m) and fold(m) not in OWN_BRAND_RETAILERS:
                    continue
                for b in clean_manufacturer(m):
                    bt = tuple(tokens(b))
                    if not bt or (len(bt) == 1 and (bt[0] in STOP or self.common(bt[0]) or len(bt[0]) < 3)):
                        continue
                    self.brand_lex[bt[0]][bt] = b
        for v in ALIASES.values():
            for b in v:
                bt = tuple(tokens(b))
                self.brand_lex[bt[0]][bt] = b

    def common(self, w):
        """an ordinary word (dictionary, or frequent in recall texts)"""
        return (w in self.dict or singular(w) in self.dict or self.df[w] >= 6) and w not in BIG_BRANDS

    def generic(self, w):
        return (w in STOP or len(w) <= 2 or w.isdigit() or self.df[w] >= 4 or w in self.type_words
                or singular(w) in self.type_words or UNIT_RE.match(w) is not None
                or (w.endswith("s") and self.df[w[:-1]] >= 4))

    def lawful_df(self, toks):
        return self.lawful.df_phrase(list(toks)) if self.lawful else 0

    def big_brand(self, btoks):
        if " ".join(btoks) in BIG_BRANDS or (len(btoks) == 1 and btoks[0] in BIG_BRANDS):
            return True
        return self.lawful_df(btoks) >= 5

    def lex_brands(self, dtoks):
        out = []
        for i, t in enumerate(dtoks):
            for bt, b in self.brand_lex.get(t, {}).items():
                if tuple(dtoks[i:i + len(bt)]) == bt:
                    if len(bt) == 1 and bt[0] in RETAILERS and fold(b) not in OWN_BRAND_RETAILERS:
                        continue
                    out.append(b)
        return out

    def desc_parts(self, d, brands, brand_tok_set):
        """names (strong), weak names, models, head noun + modifier of one description"""
        models = []
        for mdl in model_numbers(d):
            mt = tuple(tokens(mdl))
            if mt and mt not in [tuple(tokens(x)) for x in models] and not set(mt) & brand_tok_set \
                    and not any(re.fullmatch(r"(19|20)\d\d", t) for t in mt):
                models.append(mdl)
        work = fold(d)
        for b, bt in sorted(brands, key=lambda x: -len(x[1])):
            work = re.sub(r"(?<![\w])" + r"[\W_]*".join(re.escape(t) for t in bt) + r"(?:'s)?(?![\w])", " | ", work)
        for mdl in models:
            work = work.replace(fold(mdl), " | ")
        work = re.sub(r"\b(model|models|item|style|upc|isbn|sku)\b[^,;|]*", " | ", work)
        segs = re.split(r"[|,;:()/&+]|\band\b|\bor\b|\bwith\b|\bfor\b|\bin\b|\bof\b|\bthe\b|\bto\b|\bby\b|\bon\b|\bfrom\b", work)
        strong, weak = [], []
        for seg in segs:
            ws = tokens(seg)
            run = []
            for w in ws + [None]:
                if w is not None and not self.generic(w) and not w.isdigit() and w not in brand_tok_set:
                    run.append(w)
                    continue
                if run:
                    if len(run) == 1 and len(run[0]) < 3:
                        pass
                    elif all(self.common(x) for x in run) and len(run) < 3:
                        weak.append(tuple(run))
                    else:
                        strong.append(tuple(run))
                    run = []
        alpha = [w for w in tokens(work) if w.isalpha() and w not in STOP and len(w) > 2 and w not in brand_tok_set]
        head = alpha[-1] if alpha else None
        mod = alpha[-2] if len(alpha) >= 2 else None
        if head:
            # the product type is not a product name ("Subwoofers", "TV/VCRs")
            hs = singular(head)
            def strip_head(names):
                out = []
                for n in names:
                    n = tuple(w for w in n if singular(w) != hs)
                    if n and not (len(n) == 1 and len(n[0]) < 3):
                        out.append(n)
                return out
            strong, weak = strip_head(strong), strip_head(weak)
        return list(dict.fromkeys(strong)), list(dict.fromkeys(weak)), models, head, mod

    def build(self, r):
        """-> (rule dict, None) or (None, reason)."""
        descs = [clean_text(d) for d in (r.get("descriptions") or []) if d and clean_text(d)]
        descs = list(dict.fromkeys(descs))
        if not descs:
            return None, "no product description"
        manu = [clean_text(m) for m in (r.get("manufacturers") or []) if m]
        desc_all = " ; ".join(descs)
        dtoks = tokens(desc_all)
        # ---- brands
        brand_surfaces = []
        for m in manu:
            own = fold(m) in OWN_BRAND_RETAILERS
            if is_retailer(m) and not own:
                continue
            if is_retailer(m) and own and find_phrase(dtoks, tokens(m)) < 0:
                continue
            brand_surfaces.extend(clean_manufacturer(m))
        # the notice often names the maker shorter than the manufacturer field ("Claire's" for
        # "Claire's Boutiques", "Weber" for "Weber-Stephen Products")
        for m in manu:
            if is_retailer(m) and fold(m) not in OWN_BRAND_RETAILERS:
                continue
            mw = re.sub(r"\([^)]*\)", " ", m).replace(",", " ").split()
            for k in range(len(mw) - 1, 0, -1):
                pre = tokens(" ".join(mw[:k]))
                if not pre or find_phrase(dtoks, pre) < 0:
                    continue
                if all(self.common(t) or len(t) < 3 for t in pre):
                    continue
                brand_surfaces.append(" ".join(mw[:k]))
                break
        brand_surfaces.extend(self.lex_brands(dtoks))
        for d in descs:
            for w in re.findall(r"\b[A-Z][A-Z&\-]{3,}\b", d):
                wt = tokens(w)
                if wt and all(not self.generic(t) and not self.common(t) for t in wt) and w not in ("ISBN", "UPC"):
                    brand_surfaces.append(w)
        brands, seen = [], set()
        for b in brand_surfaces:
            bt = tuple(tokens(b))
            if not bt or bt in seen:
                continue
            if len(bt) == 1 and (bt[0] in STOP or len(bt[0]) < 2):
                continue
            if all(t in CORP_SUFFIX or t in STOP for t in bt):
                continue
            seen.add(bt)
            brands.append((b, bt))
        if not brands:
            return None, "no brand or manufacturer name (only retailers)"
        brand_tok_set = set(t for _, bt in brands for t in bt)
        upcs = []
        for u in r.get("upcs") or []:
            for part in str(u).split():
                if re.fullmatch(r"\d{11,14}", part):
                    upcs.append(part)
        upcs = list(dict.fromkeys(upcs))
        # ---- one clause per product line of the notice
        clauses = []   # (query, kind, brands_d, strong, weak, models, head)
        reasons = []
        for d in descs:
            d2 = SOLD_AT.sub("", d)
            d2t = tokens(d2)
            bd = [(b, bt) for b, bt in brands if find_phrase(d2t, list(bt)) >= 0]
            if not bd:
                bd = brands
            # a shortened alias that is an ordinary word ("Sunrise", "World") is not a brand on its own
            bd_q = [(b, bt) for b, bt in bd if len(bt) > 1 or not self.common(bt[0]) or find_phrase(d2t, list(bt)) >= 0]
            if not bd_q:
                bd_q = bd
            brand_q = any_of([qterm(b) for b, _ in bd_q])
            big = any(self.big_brand(bt) for _, bt in bd_q)
            word_brand = all(len(bt) == 1 and self.common(bt[0]) for _, bt in bd_q)
            strong, weak, models, head, mod = self.desc_parts(d2, brands, brand_tok_set)
            type_q = any_of(plural_forms(head)) if head else None
            if head:
                weak = [n for n in weak if singular(n[-1]) != singular(head)]
            spec = [qterm(" ".join(n)) for n in strong] + [qterm(m) for m in models]
            if spec:
                q = brand_q + " AND " + any_of(spec)
                kind = "name"
                if (not models and (big or word_brand) and type_q
                        and all(len(n) == 1 for n in strong)):
                    q += " AND " + type_q
                    kind = "name+type"
                elif weak and type_q and not big:
                    q = brand_q + " AND (" + any_of(spec) + " OR (" + any_of([qterm(" ".join(n)) for n in weak]) + " AND " + type_q + "))"
            elif weak and type_q and not big:
                q = brand_q + " AND " + any_of([qterm(" ".join(n)) for n in weak]) + " AND " + type_q
                kind = "weak+type"
            elif type_q and not big and not word_brand:
                q = brand_q + " AND " + type_q
                kind = "type"
            else:
                reasons.append("brand common on lawful listings and no product name/model" if big
                               else ("brand name is a common word and no product name/model" if word_brand
                                     else "no product name, model or product type"))
                continue
            clauses.append((q, kind, bd_q, strong + weak, models, head))
        if upcs:
            clauses.append((any_of([qterm(b) for b, _ in brands]) + " AND " + any_of(upcs), "upc", brands, [], [], None))
        # dedupe, check each clause against lawful titles
        kept, seenq = [], set()
        for c in clauses:
            if c[0] in seenq:
                continue
            seenq.add(c[0])
            if self.lawful:
                hits = self.lawful.hits(c[0])
                if hits and c[5]:
                    q2 = c[0] + " AND " + any_of(plural_forms(c[5]))
                    if c[1] not in ("type", "weak+type", "name+type") and not self.lawful.hits(q2):
                        c = (q2, c[1] + "+type") + c[2:]
                        hits = []
                if hits:
                    reasons.append("matches lawful product titles, e.g. %r" % hits[0][:120])
                    continue
            kept.append(c)
        if not kept:
            return None, (reasons[0] if reasons else "no precise clause")
        kept = kept[:12]
        if len(kept) == 1:
            query = kept[0][0]
        else:
            query = " OR ".join("(" + c[0] + ")" for c in kept)
        return {"clauses": kept, "brands": brands, "query": query, "descs": descs, "upcs": upcs}, None


def make_examples(r, built, other_types, lawful):
    brands, descs = built["brands"], built["descs"]
    q = Q(built["query"])
    cands = []
    for c in built["clauses"][:3]:
        query, kind, bd, names, models, head = c
        b0 = bd[0][0]
        hs = singular(head) if head else ""
        if models:
            cands.append("%s %s %s" % (b0, models[0], hs))
        if names:
            cands.append("%s %s %s - used, good condition" % (b0, " ".join(names[0]).title(), hs))
        if kind.startswith("type"):
            cands.append("%s %s for sale" % (b0, hs))
        if kind == "upc":
            cands.append("%s %s UPC %s" % (b0, hs or "item", built["upcs"][0]))
    for d in descs[:2]:
        d0 = SOLD_AT.sub("", d).strip(" ,.")
        if len(d0) > 90:
            d0 = d0[:90].rsplit(" ", 1)[0].rstrip(" ,;&-")
        if not any(find_phrase(tokens(d0), list(bt)) >= 0 for _, bt in brands):
            d0 = brands[0][0] + " " + d0
        cands.append(d0)
    matches = []
    for c in cands:
        c = re.sub(r"\s+", " ", c).strip()
        if q.match(c) and c not in matches:
            matches.append(c)
    matches = matches[:2]
    no = []
    b0 = brands[0][0]
    qt = set(tokens(built["query"]))
    h = int(hashlib.sha1(r["recall_number"].encode()).hexdigest(), 16)
    for k in range(len(other_types)):
        t = other_types[(h + k) % len(other_types)]
        c = "%s %s" % (b0, t)
        if not loose_match(built["query"], c) and not set(tokens(t)) & qt:
            no.append(c)
            break
    # the product without the brand
    nb = fold(SOLD_AT.sub("", descs[0]))
    for _, bt in sorted(brands, key=lambda x: -len(x[1])):
        nb = re.sub(r"(?<![\w])" + r"[\W_]*".join(re.escape(t) for t in bt) + r"(?:'s)?(?![\w])", " ", nb)
    nb = re.sub(r"\s+", " ", re.sub(r"\s([,.;])", r"\1", nb)).strip(" ,.-&/")
    if nb and not loose_match(built["query"], nb) and len(tokens(nb)) >= 2:
        no.append(nb)
    return matches, no


# Examples on which `marketsweep lists check` disagrees with this script's rough analysis
# (apostrophes, dotted initials, elisions, repeated letters). Found by running the checker on
# the output; they are dropped, and a rule left without a match or no_match example is skipped.
CHECKER_DROPPED_EXAMPLES = {
    "us-fda-g-nutt-vanilla-nutt-ice": {"G.Nutt Vanilla G.Nutt Ice Cream"},
    "us-fda-l-espoir-espoir-drycapot-cookies": {"espoir drycapot cookies"},
    "us-cpsc-11191": {"Fashionviews P.Jamas children's sleepwear"},
    "us-cpsc-10710": {'Airtex Design Group Land of Nod Roman Shades "Weren\'t Built in a Day"'},
    "us-cpsc-07198": {"vivre royale pine cone candles"},
    "us-cpsc-06104": {"Decathlon USA Quechua Rn'x7FX snowboard bindings"},
    "us-cpsc-00136": {"Kellogg's Nascar Pull'N Go Hot Wheels style toy cars"},
    "us-cpsc-97032": {"Bedder Bunk switch"},
    "us-cpsc-95027": {"Gilbert lighter"},
}


def drop_checked(rule_id, examples):
    bad = CHECKER_DROPPED_EXAMPLES.get(rule_id, set())
    return [x for x in examples if x not in bad]


def hazard_of(r):
    return r.get("hazards") or []


def cpsc_rules(path, lawful, log, dictionary):
    recalls = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                recalls.append(json.loads(line))
    usable = []
    for r in recalls:
        rn = str(r.get("recall_number") or "").strip()
        if r.get("organization") != "CPSC":
            log.append((rn or "-", str(r.get("organization") or "unknown"), "not a CPSC consumer-product recall (vehicle or drug)"))
            continue
        r["recall_number"] = rn
        usable.append(r)
    b = Builder(usable, lawful, dictionary)
    other_types = sorted({singular_phrase(t) for r in usable for t in (r.get("product_types") or [])
                          if t and re.fullmatch(r"[A-Za-z ]+", t) and len(t) < 25})
    rules = []
    for r in sorted(usable, key=lambda x: (x.get("recall_date") or "", x["recall_number"]), reverse=True):
        rn = r["recall_number"]
        if not re.fullmatch(r"[0-9A-Za-z-]+", rn):
            log.append((rn, "CPSC", "unusable recall number"))
            continue
        built, why = b.build(r)
        if not built:
            log.append((rn, "CPSC", why + " | " + "; ".join(r.get("descriptions") or [])[:160]))
            continue
        m, n = make_examples(r, built, other_types, lawful)
        m, n = drop_checked("us-cpsc-" + slug(rn), m), drop_checked("us-cpsc-" + slug(rn), n)
        if not m or not n:
            log.append((rn, "CPSC", "could not build examples | " + built["query"][:160]))
            continue
        rules.append((r, built, m, n))
    return rules


def singular_phrase(t):
    ws = t.split()
    if not ws:
        return t
    ws[-1] = singular(ws[-1])
    return " ".join(w.lower() for w in ws)


def write_cpsc(rules, out, total):
    today = datetime.date.today().isoformat()
    lines = []
    lines.append("# GENERATED by tools/unsafe/generate_recalls.py from the US CPSC recall export")
    lines.append("# (public domain). Do not edit by hand: change the generator and re-run it.")
    lines.append("name: unsafe-recalls-cpsc")
    lines.append("version: " + LIST_VERSION)
    lines.append("category: unsafe")
    lines.append("dsa_category: STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS")
    lines.append("severity: medium")
    lines.append("languages: [en]")
    lines.append("description: Consumer products recalled by the US Consumer Product Safety Commission; each rule needs the brand or manufacturer AND the recalled product name, model number or UPC.")
    lines.append("source: US CPSC recalls (public domain), %d recalls to 2014; %d rules" % (total, len(rules)))
    lines.append("changelog:")
    lines.append("  - version: " + LIST_VERSION)
    lines.append("    date: " + today)
    lines.append("    changes: Generated from the CPSC recall export.")
    lines.append("rules:")
    for r, bl, m, n in rules:
        rn = r["recall_number"]
        lines.append("  - id: us-cpsc-" + slug(rn))
        lines.append("    query: " + yq(bl["query"]))
        lines.append("    severity: " + severity(hazard_of(r)))
        lines.append("    description: " + yq("Recalled (CPSC %s): %s" % (rn, "; ".join(bl["descs"])[:200])))
        lines.append("    info:")
        lines.append("      recall_number: " + yq(rn))
        lines.append("      recall_date: " + yq(r.get("recall_date") or "unknown"))
        lines.append("      hazard: " + yq(hazard_sentence(hazard_of(r), None)))
        lines.append("      source: CPSC")
        if r.get("recall_url"):
            lines.append("      url: " + yq(r["recall_url"]))
        lines.append("    examples:")
        lines.append("      match:")
        for x in m:
            lines.append("        - " + yq(x))
        lines.append("      no_match:")
        for x in n:
            lines.append("        - " + yq(x))
    with open(os.path.join(out, "recalls-cpsc.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- FDA / USDA food

FOOD_NO_BRAND = {"multiple brands", "multiple brand names", "no brand", "none", "various", "multiple",
                 "unbranded", "n/a", "private label"}


def food_rules(path, lawful, log):
    with open(path, encoding="utf-8") as fh:
        items = json.load(fh)
    rules = []
    seen_ids = set()
    for it in items:
        agency = it.get("agency") or "FDA"
        brand_raw = clean_text(it.get("brand_name") or "")
        company = clean_text(it.get("company_name") or "")
        prod = clean_text(it.get("product_description") or "")
        reason = clean_text(it.get("recall_reason") or "")
        date = (it.get("company_announce_dttm") or it.get("notification_dttm") or "")[:10]
        if "cancel" in reason.lower() or "false positive" in reason.lower():
            log.append((it.get("uid") or "-", agency, "recall cancelled"))
            continue
        names = []
        if agency == "USDA":
            # product names are quoted in the description: “HELLO FRESH READY MADE MEALS …”
            quoted = re.findall(r'"([^"]{4,80})"', prod)
            names = [q for q in quoted if not re.fullmatch(r"[\d\s/.\-A-Z]{0,3}[\d/.\-\s]+", q)]
            if not names:
                log.append((it.get("notice_id_number") or "-", agency, "no product name in notice"))
                continue
            # first two words of the quoted name are usually the brand
            rule_items = []
            for nm in names[:3]:
                nt = tokens(nm)
                if len(nt) < 3:
                    continue
                rule_items.append(nm)
            if not rule_items:
                log.append((it.get("notice_id_number") or "-", agency, "product names too short to be precise"))
                continue
            phr = [qterm(" ".join(nm.split()[:5])) for nm in rule_items]
            query = any_of(phr)
            brand_disp = rule_items[0]
            title = rule_items[0] if not rule_items[0].isupper() else rule_items[0].capitalize()
            rid = "us-usda-" + slug(it.get("notice_id_number") or it.get("uid") or title)
            match_ex = [title + " - frozen, family pack"]
            no_ex = ["Organic " + " ".join(tokens(rule_items[0])[-2:]) + " from a farm shop"]
        else:
            brands = [b.strip() for b in re.split(r"[/,]| and ", brand_raw) if b.strip()]
            brands = [b for b in brands if fold(b) not in FOOD_NO_BRAND and fold(b) not in RETAILER_NAMES
                      and not all(t in CORP_SUFFIX for t in tokens(b))]
            if not brands:
                log.append((it.get("uid") or "-", agency, "no brand (multiple brands, store brand or none): %s" % brand_raw))
                continue
            ptoks = [w for w in tokens(prod) if w not in STOP and not w.isdigit() and not UNIT_RE.match(w)]
            if len(ptoks) < 1 or not prod:
                log.append((it.get("uid") or "-", agency, "no product description"))
                continue
            # the product: the description's words; need the brand AND at least the last two content words
            words = [w for w in tokens(prod) if w.isalpha() and w not in STOP and len(w) > 2]
            if not words:
                log.append((it.get("uid") or "-", agency, "no product words"))
                continue
            core = words[:4]
            head = words[-1] if len(words) <= 4 else words[3]
            brand_q = any_of([qterm(b) for b in brands])
            core3 = list(dict.fromkeys(core[:3]))
            name_q = " AND ".join([w for w in core3[:-1]] + [any_of(plural_forms(core3[-1]))])
            query = brand_q + " AND " + name_q
            title = "%s %s" % (brands[0], prod)
            rid = "us-fda-" + slug(brands[0])[:30] + "-" + slug(" ".join(core[:3]))[:40]
            match_ex = [title]
            no_ex = ["%s gift box assortment" % brands[0] if not Q(query).match("%s gift box assortment" % brands[0]) else "%s tote bag" % brands[0],
                     " ".join(words)]
        if rid in seen_ids:
            log.append((rid, agency, "duplicate of an earlier notice for the same product"))
            continue
        q = Q(query)
        match_ex = drop_checked(rid, [x for x in match_ex if q.match(x)])
        no_ex = drop_checked(rid, [x for x in no_ex if not loose_match(query, x)])
        if not match_ex or not no_ex:
            log.append((rid, agency, "could not build examples"))
            continue
        if lawful:
            hits = lawful.hits(query)
            if hits:
                log.append((rid, agency, "matches lawful product titles, e.g. %r" % hits[0][:100]))
                continue
        seen_ids.add(rid)
        risk = (it.get("risk_level") or it.get("recall_classification") or "")
        sev = "high" if ("class i" in risk.lower() and "class ii" not in risk.lower()) or re.search(
            r"(?i)botulin|listeria|salmonella|e\. ?coli|lead|stec|choking|undeclared (milk|peanut|egg|tree)", reason) else "medium"
        hz = reason.rstrip(".")
        hz = hz[0].upper() + hz[1:] + "." if hz else "Food safety recall."
        rules.append({"id": rid, "query": query, "severity": sev, "agency": agency, "date": date,
                      "hazard": hz, "url": it.get("recall_url") or "", "product": prod,
                      "brand": brand_raw or company, "match": match_ex, "no_match": no_ex,
                      "notice": it.get("notice_id_number") or ""})
    return rules


def write_food(rules, out):
    today = datetime.date.today().isoformat()
    lines = ["# GENERATED by tools/unsafe/generate_recalls.py from the FDA / USDA food recall export",
             "# (public domain). Do not edit by hand: change the generator and re-run it.",
             "name: unsafe-recalls-food",
             "version: " + LIST_VERSION,
             "category: unsafe",
             "dsa_category: STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
             "severity: medium",
             "languages: [en]",
             "description: Foods recalled by the US FDA or USDA FSIS in 2024-2025; each rule needs the brand AND the recalled product.",
             "source: US FDA and USDA FSIS recall notices 2024-2025 (public domain)",
             "changelog:",
             "  - version: " + LIST_VERSION,
             "    date: " + today,
             "    changes: Generated from the FDA/USDA recall export.",
             "rules:"]
    for r in rules:
        lines.append("  - id: " + r["id"])
        lines.append("    query: " + yq(r["query"]))
        lines.append("    severity: " + r["severity"])
        lines.append("    description: " + yq(("Recalled (%s): %s %s" % (r["agency"], r["brand"], r["product"]))[:220]))
        lines.append("    info:")
        if r["notice"]:
            lines.append("      recall_number: " + yq(r["notice"]))
        lines.append("      recall_date: " + yq(r["date"] or "unknown"))
        lines.append("      hazard: " + yq(r["hazard"][:200]))
        lines.append("      source: " + r["agency"])
        if r["url"]:
            lines.append("      url: " + yq(r["url"]))
        lines.append("    examples:")
        lines.append("      match:")
        for x in r["match"]:
            lines.append("        - " + yq(x))
        lines.append("      no_match:")
        for x in r["no_match"]:
            lines.append("        - " + yq(x))
    with open(os.path.join(out, "recalls-food.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cpsc", required=True, help="cpsc_recalls.jsonl")
    ap.add_argument("--food", help="fda_usda_food_recalls_*.json (optional)")
    ap.add_argument("--lawful", help="folder of lawful product titles used as false-positive traps (optional)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "keyword-lists", "unsafe"))
    ap.add_argument("--dictionary", default="/usr/share/dict/words",
                    help="English word list (Debian package wamerican) to tell product names from ordinary words")
    ap.add_argument("--log", default="recalls-skipped.tsv", help="where to write the skipped recalls and reasons")
    a = ap.parse_args(argv)
    lawful = Lawful(load_lawful(a.lawful)) if a.lawful else None
    log = []
    rules = cpsc_rules(a.cpsc, lawful, log, load_dictionary(a.dictionary))
    n_cpsc = sum(1 for _ in open(a.cpsc, encoding="utf-8"))
    os.makedirs(a.out, exist_ok=True)
    write_cpsc(rules, a.out, n_cpsc)
    food = []
    if a.food:
        food = food_rules(a.food, lawful, log)
        write_food(food, a.out)
    with open(a.log, "w", encoding="utf-8") as fh:
        fh.write("recall\tsource\treason\n")
        for row in log:
            fh.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in row) + "\n")
    reasons = collections.Counter(r[2].split(" | ")[0].split(", e.g.")[0] for r in log)
    print("CPSC rules: %d; food rules: %d; skipped: %d" % (len(rules), len(food), len(log)), file=sys.stderr)
    for k, v in reasons.most_common():
        print("  %5d  %s" % (v, k), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
