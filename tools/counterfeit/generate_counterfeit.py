#!/usr/bin/env python3
"""Generate keyword-lists/counterfeit/brands-indicators.yaml and brands-price.yaml.

Input: brands.csv beside this script (one row per commonly counterfeited brand).
Python 3 standard library only.  Usage (from the repository root):

    python3 tools/counterfeit/generate_counterfeit.py            # write both files
    python3 tools/counterfeit/generate_counterfeit.py --stdout    # print instead

Every brand row yields up to four rules (ids prefixed `cf-`):
  cf-<slug>-replica  brand + explicit counterfeit words, all languages   (high)
  cf-<slug>-copy     brand + copy / imitation / "not original" words     (medium)
  cf-<slug>-inspired brand + "inspired by" / "dupe" / "style" euphemisms (low)
  cf-<slug>-price    brand + product type + implausibly low price        (medium)
A brand name alone never flags: every rule needs an indicator term or a price condition.
See keyword-lists/counterfeit/SOURCES.md.
"""
import csv
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, 'keyword-lists', 'counterfeit')
# Versions and changelog of each generated list, newest first; the first entry is the version.
CHANGELOG = {
    'counterfeit-brands-indicators': [
        ('1.0.1', '2026-12-07', 'MAC Cosmetics rules leave out image software for Apple computers'
                                ' ("mac" with "palette" and "clone": Photoshop, Corel Painter).'),
        ('1.0.0', '2026-11-23', 'First version: brands x indicator terms in en, fr, es, de, it, nl, pl, pt, cs.'),
    ],
    'counterfeit-brands-price': [
        ('1.0.1', '2026-11-23', 'Watch price rules need the brand name, not two model names'
                                ' (a comics list naming Submariner and Explorer was flagged).'),
        ('1.0.0', '2026-11-23', 'First version: brands x indicator terms in en, fr, es, de, it, nl, pl, pt, cs.'),
    ],
}
LANGS = ['en', 'fr', 'es', 'de', 'it', 'nl', 'pl', 'pt', 'cs']

# ---------------------------------------------------------------- indicator terms
# Explicit counterfeit vocabulary (high severity). Plain forms; plurals spelled out.
STRONG = {
    'en': ['replica', 'replicas', 'fake', 'fakes', 'counterfeit', 'counterfeits', 'knockoff',
           'knockoffs', '"knock off"', '"knock offs"', '"1:1"', '"mirror quality"',
           '"mirror grade"', '"mirror copy"', '"super clone"', 'superclone', '"super copy"',
           '"first copy"', '"1st copy"', '"master copy"', '"high copy"', '"top copy"',
           '"unauthorized authentic"', '"unauthorised authentic"'],
    'fr': ['réplique', 'répliques', 'contrefaçon', 'contrefaçons', 'contrefait', 'contrefaite',
           'contrefaits', 'fausse', '"qualité miroir"', '"haute copie"'],
    'es': ['réplicas', 'falso', 'falsa', 'falsos', 'falsas', 'falsificado', 'falsificada',
           'falsificados', 'falsificadas', 'falsificación', '"calidad espejo"'],
    'de': ['Replik', 'Repliken', 'Replikat', 'Fälschung', 'Fälschungen', 'gefälscht',
           'gefälschte', 'gefälschter', 'gefälschtes', 'gefälschten', 'nachgemacht',
           'nachgemachte', 'Plagiat', 'Plagiate'],
    'it': ['repliche', 'falsi', 'contraffatto', 'contraffatta', 'contraffatti', 'contraffatte',
           'tarocco', 'tarocca', 'taroccato', 'taroccata', 'taroccati', 'taroccate',
           '"qualità specchio"'],
    'nl': ['namaak', 'neppe', '"nep tas"', '"nep horloge"', '"nep schoenen"', '"is nep"', 'vervalst', 'vervalste'],
    'pl': ['podróbka', 'podróbki', 'podróbkę', 'podróbek', 'podrobiony', 'podrobiona',
           'podrobione', 'podrobionych', 'replika', 'repliki', 'replikę', 'falsyfikat'],
    'pt': ['falsificados', '"primeira linha"'],
    'cs': ['repliky', 'padělek', 'padělky', 'padělaný', 'padělaná', 'padělané', 'falešný',
           'falešná', 'falešné'],
}
# quality grades used for fakes; not for electronics (AAA batteries)
GRADES = ['"aaa quality"', '"aaa grade"', '"aaa replica"', '"aaa copy"', '"top aaa"', '"qualité aaa"',
          '"calidad aaa"', '"qualità aaa"', '"jakość aaa"', '"qualidade aaa"', '"aaa kwaliteit"', '"grade aaa"', '"7a quality"', '"7a grade"', '"grade 7a"',
          '"5a quality"', '"10a quality"']
SECTOR_STRONG = {
    'watches': ['clone', 'clones', '"swiss clone"', '"clean factory"', '"noob factory"',
                '"vs factory"', '"zf factory"', '"ar factory"', 'vsf', 'clon', 'klon'],
    'sneakers': ['ua', 'reps', '"pk batch"', '"god batch"', '"og batch"', '"top batch"',
                 '"best batch"', 'ljr'],
    'streetwear': ['reps', '"best batch"', '"top batch"', 'ua'],
}
# Copy / imitation vocabulary (medium severity).
WEAK = {
    'en': ['copy', 'copies', 'imitation', 'imitations', '"look alike"', 'lookalike',
           '"same as original"', '"same as the original"', '"like original"', '"like the original"',
           '"original quality"', '"not original"', '"non original"', '"not genuine"',
           '"non genuine"', '"unbranded version"', 'clone', 'clones'],
    'fr': ['copie', '"pas original"', '"non original"', '"identique à l\'original"'],
    'es': ['copia', 'copias', 'imitación', 'imitaciones', 'clon', '"no original"',
           '"no es original"', '"igual al original"'],
    'de': ['Kopie', 'Kopien', 'Imitat', 'Imitate', 'Nachbildung', 'Nachbildungen',
           '"nicht original"', '"kein original"', '"wie original"', '"wie das original"'],
    'it': ['copie', 'imitazione', 'imitazioni', '"non originale"', '"come originale"'],
    'nl': ['kopie', 'kopieën', 'imitatie', '"niet origineel"', '"net echt"'],
    'pl': ['kopia', 'imitacja', 'imitacje', 'klon', '"nie oryginał"', 'nieoryginalny',
           'nieoryginalna', 'nieoryginalne', '"jak oryginał"'],
    'pt': ['cópia', 'cópias', 'imitação', 'imitações', '"não original"', '"igual ao original"'],
    'cs': ['imitace', 'napodobenina', 'napodobeniny', '"není originál"', 'neoriginální'],
}
# electronics: bare "copy"/"clone" are everyday words there (copy files, disk clone)
WEAK_ELECTRONICS_DROP = {'copy', 'copies', 'clone', 'clones', 'copie', 'copia', 'copias', 'Kopie',
                         'Kopien', 'copie', 'kopie', 'kopia', 'cópia', 'cópias', 'clon', 'klon'}
WEAK_ELECTRONICS_ADD = ['"exact copy"', '"copy version"', '"best copy"', '"clone version"',
                        '"copie exacte"', '"copia exacta"', '"exakte kopie"', '"dokładna kopia"']

# ---------------------------------------------------------------- exclusions
NEGATIONS = ['"not a replica"', '"not replica"', '"no replica"', '"no replicas"', '"not fake"',
             '"not a fake"', '"no fake"', '"no fakes"', '"not a copy"', '"no copies"',
             '"not a knockoff"', '"never fake"', '"kein fake"', '"keine replik"',
             '"keine fälschung"', '"keine kopie"', '"kein plagiat"', '"pas une copie"',
             '"pas une réplique"', '"pas une contrefaçon"', '"pas de contrefaçon"',
             '"pas un faux"', '"no es réplica"', '"no es una réplica"', '"no es copia"',
             '"no es falso"', '"no es una copia"', '"non è una replica"', '"non è un falso"',
             '"non è una copia"', '"non replica"', '"non falso"', '"geen namaak"',
             '"geen replica"', '"geen nep"', '"geen kopie"', '"nie podróbka"',
             '"nie jest podróbką"', '"nie replika"', '"nie kopia"', '"não é réplica"',
             '"não é cópia"', '"não é falsificado"', '"není padělek"', '"není replika"',
             '"není kopie"', '"beware of fakes"', '"spot a fake"', '"spot fakes"',
             '"fake vs real"', '"real vs fake"', '"legit check"', '"authenticated by"', 'entrupy']
MODELS = ['diecast', '"die cast"', '"scale model"', '"scale models"', '"model car"', '"model kit"',
          'modellauto', 'modellino', 'maquette', 'miniature', 'miniatures', 'miniatur',
          'schaalmodel', '"1:18"', '"1:43"', '"1:24"', '"1:12"', '"1:64"', '"1:32"', '"1:87"',
          'prop', 'props', 'cosplay', 'costume', 'helmet', 'helmets', '"life size"', 'statue',
          'sculpture', 'figurine', 'museum']
TECH = ['replicator', 'replicators', 'duplicator', 'duplicators', 'docking', '"copy paper"',
        '"copy machine"', 'printer', 'printers',
        'multifunction', 'scanner', 'macro', 'magnification', '"aspect ratio"', '"1:1 ratio"',
        '"reproduction ratio"', '"clone software"', '"cloning software"', 'cloning',
        '"data migration"']
PAPERWORK = ['"copy of receipt"', '"copy of the receipt"', '"receipt copy"', '"copy of invoice"',
             '"copy of the invoice"', '"invoice copy"', '"copie de la facture"', '"copie facture"',
             '"copia de la factura"', '"copia della fattura"', '"copia fattura"',
             '"kopie der rechnung"', '"kopie rechnung"', '"kopia paragonu"', '"kopia faktury"',
             '"kopie faktury"', '"kopie factuur"', '"cópia da nota"', '"cópia do recibo"']
LICENSED = ['"official replica"', '"officially licensed"', '"licensed replica"',
            '"official licensed"', '"réplique officielle"', '"réplica oficial"',
            '"replica ufficiale"', '"offizielle replik"', 'margiela']
MATERIALS = ['"fake fur"', '"fake leather"', '"fake suede"', '"fake tan"', '"fake lashes"',
             '"fake eyelashes"', '"fake nails"', '"fake tattoo"', '"fake tattoos"',
             '"imitation leather"', '"imitation pearl"', '"imitation pearls"',
             '"fausse fourrure"', '"fausse peau"', '"fausses perles"', '"fausse perle"']
SPORTS = ['jersey', 'jerseys', '"replica shirt"', '"replica kit"', 'trikot', 'trikots', 'maillot',
          'maillots', '"camiseta réplica"', '"maglia replica"', 'voetbalshirt', '"home kit"',
          '"away kit"', '"home shirt"', '"away shirt"']
BALLS = ['"match ball"', 'ball', 'balls', 'ballon', 'balón', 'pallone', 'piłka', 'bal', 'míč']
BRAND_EXCLUDE = {
    'tiffany': ['lamp', 'lamps', 'lampe', 'lámpara', 'lampada', '"stained glass"', 'leaded'],
    'hermes': ['sculpture', 'parcel', 'courier', '"hermes of"', 'mythology', 'greek'],
    'canada-goose': ['decoy', 'decoys', 'taxidermy', 'bird', 'birds'],
    'valentino': ['rossi', 'vr46', 'agv'],
    'nike': ['goddess', 'samothrace', 'victory'] + BALLS,
    'adidas': BALLS,
    'under-armour': BALLS,
    'supreme': ['"supreme quality"', '"supreme court"'],
    # "mac" with "palette" and "clone" is also image software for Apple computers
    'mac': ['software', 'windows', 'win/mac', 'pc/mac', 'mac/pc', 'macos', 'mac os', 'osx', 'os x',
            'macbook', 'imac', 'photoshop', 'adobe', 'corel', 'cd-rom', 'dvd-rom', 'installer'],
    'chanel': ['speaker', 'speakers', 'loudspeaker', 'audio', 'amplifier', 'receiver', 'surround',
               'mixer', '"center channel"', '"centre channel"', 'multichannel', '"dual channel"',
               '"single channel"', 'tv', 'hdmi', 'radio', 'oscilloscope', 'youtube', 'telegram',
               'subscribe', 'dvr', 'nvr', 'cctv', 'memory', 'ram', 'ddr4', 'ddr5'],
}

# ---------------------------------------------------------------- product vocabulary
SECTOR_WORDS = {
    'watches': ['watch', 'watches', 'wristwatch', 'montre', 'montres', 'uhr', 'uhren',
                'armbanduhr', 'reloj', 'relojes', 'orologio', 'orologi', 'horloge', 'zegarek',
                'zegarki', 'hodinky', 'relógio', 'chronograph', 'chronographe', 'cronografo'],
    'bags': ['bag', 'bags', 'handbag', 'handbags', 'purse', 'tote', 'clutch', 'backpack',
             'crossbody', 'wallet', 'sac', 'sacs', 'sacoche', 'tasche', 'taschen', 'handtasche',
             'bolso', 'bolsos', 'bolsa', 'bolsas', 'borsa', 'borse', 'borsetta', 'tas', 'tassen',
             'handtas', 'torebka', 'torebki', 'torba', 'kabelka', 'kabelky', 'portefeuille',
             'cartera', 'portafoglio', 'portfel', 'carteira', 'belt', 'ceinture', 'gürtel',
             'cinturón', 'cintura', 'riem', 'pasek', 'opasek', 'cinto'],
    'fashion': ['jacket', 'coat', 'hoodie', 'sweater', 'shirt', 'tshirt', '"t shirt"', 'tee',
                'dress', 'jeans', 'scarf', 'belt', 'cap', 'sneakers', 'shoes', 'boots', 'bag',
                'veste', 'manteau', 'jacke', 'mantel', 'chaqueta', 'abrigo', 'giacca', 'giubbotto',
                'jas', 'kurtka', 'bunda', 'casaco', 'jaqueta', 'ceinture', 'gürtel', 'cinturón',
                'cintura', 'pasek', 'sac', 'tasche', 'bolso', 'borsa', 'torebka', 'bolsa',
                'kabelka', 'schuhe', 'zapatos', 'scarpe', 'schoenen', 'buty', 'boty', 'sapatos'],
    'streetwear': ['hoodie', 'hoodies', 'sweatshirt', 'crewneck', 'tee', 'tshirt', '"t shirt"',
                   'jacket', 'cap', 'beanie', 'backpack', 'bag', 'shirt', 'sweat', 'sudadera',
                   'felpa', 'bluza', 'moletom', 'mikina', 'pull', 'kapuzenpullover', 'trui', 'belt',
                   'sneakers', 'shoes', 'jeans', 'pants', 'shorts'],
    'sneakers': ['sneakers', 'sneaker', 'trainers', 'shoes', 'shoe', 'kicks', 'baskets',
                 'chaussures', 'schuhe', 'turnschuhe', 'zapatillas', 'scarpe', 'schoenen', 'buty',
                 'tenisky', 'tênis', 'boty', 'sapatilhas'],
    'jewelry': ['bracelet', 'necklace', 'ring', 'rings', 'earrings', 'pendant', 'charm', 'charms',
                'bead', 'beads', 'bangle', 'jewelry', 'jewellery', 'bijoux', 'collier', 'bague',
                'armband', 'kette', 'ohrringe', 'schmuck', 'pulsera', 'collar', 'anillo',
                'pendientes', 'bracciale', 'collana', 'anello', 'orecchini', 'ketting',
                'oorbellen', 'bransoletka', 'naszyjnik', 'pierścionek', 'kolczyki', 'náramek',
                'náhrdelník', 'prsten', 'náušnice', 'pulseira', 'colar', 'anel', 'brincos'],
    'eyewear': ['sunglasses', 'glasses', 'shades', 'lunettes', 'sonnenbrille', 'gafas',
                'occhiali', 'zonnebril', 'okulary', 'brýle', 'óculos'],
    'perfume': ['perfume', 'perfumes', 'parfum', 'parfums', 'fragrance', 'cologne', 'edp', 'edt',
                'extrait', 'profumo', 'perfumy', 'parfém', 'parfüm'],
    'cosmetics': ['lipstick', 'foundation', 'mascara', 'eyeshadow', 'palette', 'concealer',
                  'blush', 'powder', 'highlighter', '"lip gloss"', '"lip kit"', 'makeup',
                  'cosmetics', 'serum', 'rouge', 'maquillage', 'lippenstift', 'pintalabios',
                  'rossetto', 'szminka', 'batom', 'rtěnka', 'podkład', 'fondotinta', 'paleta',
                  'palet', 'paletka'],
    'electronics': ['headphones', 'earbuds', 'earphones', 'charger', 'cable', 'speaker',
                    'smartwatch', 'watch', 'phone', 'smartphone', 'controller', 'kopfhörer',
                    'écouteurs', 'auriculares', 'auricolari', 'oordopjes', 'słuchawki', 'fones',
                    'sluchátka', 'ladegerät', 'chargeur', 'cargador', 'caricatore', 'ładowarka'],
    'accessories': ['pen', 'pens', 'lighter', 'wallet', 'belt', 'suitcase', 'luggage', 'stylo',
                    'briquet', 'feuerzeug', 'encendedor', 'accendino', 'koffer', 'valise',
                    'maleta', 'valigia', 'walizka', 'kufr', 'plush', 'keychain'],
}
HAS_STYLE = {'bags', 'watches', 'jewelry', 'eyewear', 'fashion'}
PRICE_ONLY = {'airpods'}
STYLE_ONLY = {'chanel-perfume', 'dior-perfume', 'ysl-perfume'}

PRICE_EXCLUDE = ['"empty box"', '"box only"', '"watch box"', '"presentation box"', '"boîte vide"', '"leere box"', '"caja vacía"', '"scatola vuota"', '"dust bag"', 'dustbag',
                 '"shopping bag"', '"paper bag"', '"gift bag"', '"gift box"', '"strap for"',
                 '"straps for"', '"band for"', '"bracelet for"', 'compatible', 'kompatibel',
                 'compatibile', 'kompatybilny', 'catalog', 'catalogue', 'katalog', 'catálogo',
                 'magazine',
                 'poster', 'sticker', 'stickers', 'aufkleber', 'keychain', 'keyring', '"key ring"',
                 'llavero', 'portachiavi', 'brelok', '"porte clés"', 'winder', 'organizer',
                 'organiser', 'insert', 'cushion', 'pillow', 'manual', 'broken', 'defect',
                 'defective', 'defekt', 'kaputt', '"for parts"', '"spares or repair"',
                 '"not working"', '"en panne"', '"pour pièces"', 'averiado', 'guasto', 'rotto',
                 'kapot', 'uszkodzony', 'uszkodzone', '"na części"', 'nefunkční', 'rental',
                 'raffle', 'voucher', '"gift card"', 'photo', 'toy', 'kids', 'kid', 'children',
                 'child', 'enfant', 'kinder', 'niño', 'niña', 'bambino', 'bambina',
                 'toddler', 'dětské', 'dziecięce', 'vip', 'gwp', '"gift with purchase"',
                 'cosmetic', 'makeup', 'trousse', 'case', 'cover', 'skin', '"ear tips"',
                 'eartips', 'tips', 'left', 'single', 'replacement', 'ersatz',
                 'remplacement', 'repuesto', 'ricambio', 'dummy', 'attrappe', 'cleaning',
                 'cleaner', 'holder', 'stand', 'attachment', 'attachments', 'nozzle', 'filter',
                 'brush', 'diffuser', 'ear', 'pads', 'earpads', 'cushions', 'cable', 'charger',
                 'refill', 'ink', 'nib', 'cartridge', 'cartridges', 'sample', 'samples', 'decant',
                 'vial', 'tester']

# example nouns per sector / language (used to write realistic example titles)
NOUN = {
    'watches': dict(en='watch', fr='Montre', es='Reloj', de='Uhr', it='Orologio', nl='Horloge', pl='Zegarek', pt='Relógio', cs='Hodinky'),
    'bags': dict(en='bag', fr='Sac', es='Bolso', de='Tasche', it='Borsa', nl='Tas', pl='Torebka', pt='Bolsa', cs='Kabelka'),
    'fashion': dict(en='jacket', fr='Veste', es='Chaqueta', de='Jacke', it='Giacca', nl='Jas', pl='Kurtka', pt='Jaqueta', cs='Bunda'),
    'streetwear': dict(en='hoodie', fr='Sweat', es='Sudadera', de='Hoodie', it='Felpa', nl='Hoodie', pl='Bluza', pt='Moletom', cs='Mikina'),
    'sneakers': dict(en='sneakers', fr='Baskets', es='Zapatillas', de='Schuhe', it='Scarpe', nl='Schoenen', pl='Buty', pt='Tênis', cs='Boty'),
    'jewelry': dict(en='bracelet', fr='Bracelet', es='Pulsera', de='Armband', it='Bracciale', nl='Armband', pl='Bransoletka', pt='Pulseira', cs='Náramek'),
    'eyewear': dict(en='sunglasses', fr='Lunettes', es='Gafas', de='Sonnenbrille', it='Occhiali', nl='Zonnebril', pl='Okulary', pt='Óculos', cs='Brýle'),
    'perfume': dict(en='perfume', fr='Parfum', es='Perfume', de='Parfüm', it='Profumo', nl='Parfum', pl='Perfumy', pt='Perfume', cs='Parfém'),
    'cosmetics': dict(en='lipstick', fr='Maquillage', es='Pintalabios', de='Lippenstift', it='Rossetto', nl='Lippenstift', pl='Szminka', pt='Batom', cs='Rtěnka'),
    'electronics': dict(en='headphones', fr='Écouteurs', es='Auriculares', de='Kopfhörer', it='Auricolari', nl='Oordopjes', pl='Słuchawki', pt='Fones', cs='Sluchátka'),
    'accessories': dict(en='accessory', fr='Stylo', es='Maleta', de='Koffer', it='Valigia', nl='Koffer', pl='Walizka', pt='Mala', cs='Kufr'),
}
# one strong and one weak phrase per language, as sellers write them
STRONG_EX = dict(en='replica AAA+ quality', fr='réplique qualité miroir', es='réplica calidad espejo',
                 de='Fälschung', it='taroccata prima scelta', nl='namaak topkwaliteit',
                 pl='podróbka jakość premium', pt='réplica primeira linha', cs='padělek')
STRONG_EX_EL = dict(en='1:1 replica', fr='contrefaçon 1:1', es='réplica 1:1', de='Replik 1:1',
                    it='contraffatto 1:1', nl='namaak 1:1', pl='podróbka 1:1', pt='réplica 1:1', cs='replika 1:1')
WEAK_EX = dict(en='copy, same as original', fr='copie identique', es='copia exacta', de='Kopie wie Original',
               it='imitazione perfetta', nl='kopie, net echt', pl='kopia jak oryginał', pt='cópia igual ao original',
               cs='imitace')
WEAK_EX_EL = dict(en='imitation, not original', fr='imitation, non original', es='imitación, no original',
                  de='Imitat, nicht original', it='imitazione, non originale', nl='imitatie, niet origineel',
                  pl='imitacja, nie oryginał', pt='imitação, não original', cs='imitace, neoriginální')
FOREIGN = ['fr', 'es', 'de', 'it', 'nl', 'pl', 'pt', 'cs']


def slop_phrase(words, slop):
    return '"%s"~%d' % (' '.join(words), slop)


def q_or(terms):
    terms = list(dict.fromkeys(terms))
    return terms[0] if len(terms) == 1 else '(' + ' OR '.join(terms) + ')'


def term(t):
    """A term or phrase as written in a query: words with spaces or syntax chars are quoted."""
    if t.startswith('"'):
        return t
    if any(c in t for c in ' :/&-.\''):
        return '"%s"' % t
    return t


def split(cell):
    return [x.strip() for x in cell.split('|') if x.strip()]


def brand_clause(row):
    """(aliases) or ((aliases) OR (ambiguous AND context)) -- never a bare ambiguous word."""
    aliases = [term(a) for a in split(row['aliases'])]
    amb = [term(a) for a in split(row['ambiguous'])]
    if not amb:
        return q_or(aliases)
    ctx = q_or(SECTOR_WORDS[row['sector']] + [term(p) for p in split(row['price_models'])])
    amb_part = '(%s AND %s)' % (q_or(amb), ctx)
    if not aliases:
        return amb_part
    return '(%s OR %s)' % (q_or(aliases), amb_part)


# Lawful offers that a brand's copy rule once flagged, kept as its no_match examples.
COPY_NO_MATCH = {
    'mac': ['Adobe Photoshop CS2 (Mac) [old version]: palettes, clone stamp and healing brush',
            'Corel Painter X win/mac: natural-media brushes, colour palettes and a clone source'],
}


def exclusions(row, kind):
    ex = NEGATIONS + MODELS + TECH + LICENSED + MATERIALS
    if kind == 'copy':
        ex = ex + PAPERWORK
    if row['sector'] in ('sneakers', 'streetwear', 'fashion'):
        ex = ex + SPORTS
    ex = ex + [term(x) for x in BRAND_EXCLUDE.get(row['slug'], [])]
    return q_or(ex)


def strong_terms(row):
    t = [x for lang in LANGS for x in STRONG[lang]]
    if row['sector'] != 'electronics':
        t += GRADES
    t += SECTOR_STRONG.get(row['sector'], [])
    return [term(x) for x in t]


def weak_terms(row):
    t = [x for lang in LANGS for x in WEAK[lang]]
    if row['sector'] == 'electronics':
        t = [x for x in t if x not in WEAK_ELECTRONICS_DROP] + WEAK_ELECTRONICS_ADD
    if row['sector'] == 'watches':
        t = [x for x in t if x not in ('clone', 'clones', 'clon', 'klon')]
    return [term(x) for x in t]


def style_terms(row):
    main = [a for a in split(row['aliases'])][:2]
    if not main:
        main = split(row['ambiguous'])[:1]
    out = []
    for a in main:
        w = a.replace('-', ' ').replace('&', ' ').replace('.', ' ').split()
        for s in ('inspired', 'inspiré', 'inspirée', 'inspirado', 'inspirada', 'ispirato', 'ispirata',
                  'inspiriert', 'geïnspireerd', 'inspirowane', 'inspirowany', 'inspirowana',
                  'inspirováno', 'dupe', 'dupes'):
            out.append(slop_phrase([s] + w, 3))
            out.append(slop_phrase(w + [s], 3))
        if row['sector'] in HAS_STYLE:
            for s in ('style', 'look', 'façon', 'estilo', 'stile', 'stylu', 'stijl'):
                out.append('"%s %s"' % (' '.join(w), s) if s in ('style', 'look') else '"%s %s"' % (s, ' '.join(w)))
            out.append('"%s style"' % ' '.join(w))
        if row['sector'] == 'watches':
            out.append(slop_phrase(['homage'] + w, 3))
            out.append(slop_phrase(w + ['homage'], 3))
            out.append(slop_phrase(['hommage'] + w, 3))
        if row['sector'] == 'perfume':
            for s in ('impression', 'alternative', 'version'):
                out.append(slop_phrase([s] + w, 3))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- examples
def obfuscated(row):
    return row['obf'] or row['brand']


def cyr(s):
    table = str.maketrans({'o': 'о', 'a': 'а', 'e': 'е'})
    # only the first replaceable letter, as sellers do
    for i, c in enumerate(s):
        if c in 'oae':
            return s[:i] + c.translate(table) + s[i + 1:]
    return s


def products(row):
    p = split(row['products'])
    return p + p + p


def needs_ctx_word(row):
    """Titles for brands whose name is ambiguous must also carry a product word."""
    return bool(split(row['ambiguous'])) and not split(row['aliases'])


def display(row):
    """The brand as used in example titles: first unambiguous alias when the name is ambiguous."""
    if split(row['ambiguous']):
        return row['brand']
    return row['brand']


def ex_strong(row, i):
    b, p = row['brand'], products(row)
    el = row['sector'] == 'electronics'
    n = NOUN[row['sector']]
    l1, l2 = FOREIGN[i % 8], FOREIGN[(i + 3) % 8]
    se = STRONG_EX_EL if el else STRONG_EX
    m = [
        '%s %s %s %s' % (b, p[0], n['en'], se['en']),
        '%s %s %s r3plica' % (obfuscated(row), p[1], n['en']),
        '%s %s %s %s' % (n[l1], cyr(b), p[2], se[l1]),
        {'title': '%s %s %s' % (n[l2], b, p[0]), 'description': se[l2], 'language': l2},
    ]
    if row['sector'] in ('sneakers',):
        m.append('%s %s UA best batch' % (b, p[1]))
    if row['sector'] == 'watches':
        m.append('%s %s super clone 904L steel' % (b, p[0]))
    nm = [
        '%s %s %s - 100%% authentic, not a replica, receipt included' % (b, p[0], n['en']),
        '%s %s %s original, bought in the boutique, box and papers' % (b, p[1], n['en']),
    ]
    if row['sector'] in ('sneakers', 'streetwear', 'fashion'):
        nm.append('%s Real Madrid 24/25 home replica jersey' % b)
    if row['sector'] == 'electronics':
        nm.append('%s USB-C port replicator docking station' % b)
        nm.append('%s macro lens 1:1 magnification' % b)
    else:
        nm.append('%s %s 1:43 diecast scale model' % (b, p[0]))
    nm.append('%s %s %s, ça va avec tout, a great gift' % (b, p[1], n['fr']))
    return m, nm


def ex_copy(row, i):
    b, p = row['brand'], products(row)
    el = row['sector'] == 'electronics'
    n = NOUN[row['sector']]
    l1, l2 = FOREIGN[(i + 1) % 8], FOREIGN[(i + 5) % 8]
    we = WEAK_EX_EL if el else WEAK_EX
    m = [
        '%s %s %s %s' % (b, p[0], n['en'], we['en']),
        '%s %s %s' % (obfuscated(row), p[1], we[l1]),
        '%s %s %s %s' % (n[l2], b, p[2], we[l2]),
    ]
    nm = [
        '%s %s %s, genuine, copy of receipt included' % (b, p[0], n['en']),
        '%s %s %s original mit Rechnungskopie' % (n['de'], b, p[1]),
        '%s %s %s, kopia paragonu w zestawie' % (n['pl'], b, p[2]),
    ]
    if el:
        nm.append('%s %s - copy your photos and files in seconds' % (b, p[0]))
    nm += COPY_NO_MATCH.get(row['slug'], [])
    return m, nm


def style_alias(row):
    a = split(row['aliases'])[:1] or split(row['ambiguous'])[:1]
    return a[0]


def ex_style(row, i):
    b, p = row['brand'], products(row)
    a = style_alias(row)
    n = NOUN[row['sector']]
    A = a.title() if a.islower() else a
    m = ['%s inspired by %s %s' % (n['en'].capitalize(), A, p[0]),
         'Dupe %s %s' % (A, p[1])]
    lang = FOREIGN[i % 8]
    foreign = dict(fr='%s inspiré de %s' % (n['fr'], A), es='%s inspirado en %s' % (n['es'], A),
                   de='%s inspiriert von %s' % (n['de'], A), it='%s ispirato a %s' % (n['it'], A),
                   nl='%s geïnspireerd op %s' % (n['nl'], A), pl='%s inspirowane %s' % (n['pl'], A),
                   pt='%s inspirada em %s' % (n['pt'], A), cs='%s inspirováno %s' % (n['cs'], A))
    m.append(foreign[lang])
    if row['sector'] == 'watches':
        m.append('%s homage %s automatic 40mm' % (A, p[0]))
    nm = ['%s %s %s, authentic, sealed' % (b, p[0], n['en']),
          '%s %s, original receipt and dust bag, new season collection inspired by the 1970s archive' % (b, p[1])]
    return m, nm


def ex_price(row, i):
    b, p = row['brand'], products(row)
    thr = int(row['price_below'])
    m = [{'title': '%s %s' % (b, p[0]), 'price': max(1, thr // 5), 'currency': 'EUR'},
         {'title': '%s %s new' % (obfuscated(row), p[0]), 'price': max(1, thr // 3), 'currency': 'EUR'}]
    nm = [{'title': '%s %s' % (b, p[0]), 'price': thr * 4, 'currency': 'EUR'},
          {'title': 'Empty box for %s %s' % (b, p[0]), 'price': max(1, thr // 4), 'currency': 'EUR'},
          {'title': '%s %s' % (b, p[1])}]
    return m, nm


# ---------------------------------------------------------------- rules
def rules_for(row, i):
    slug, sector = row['slug'], row['sector']
    bc = brand_clause(row)
    out = []
    base_info = {'brand': row['brand'], 'sector': sector}
    if slug not in PRICE_ONLY and slug not in STYLE_ONLY:
        m, nm = ex_strong(row, i)
        out.append(dict(id='cf-%s-replica' % slug, severity='high',
                        description='%s offered with explicit counterfeit words (replica, fake, 1:1, AAA ...).' % row['brand'],
                        query='%s AND %s NOT %s' % (bc, q_or(strong_terms(row)), exclusions(row, 'strong')),
                        info=base_info, match=m, no_match=nm))
        m, nm = ex_copy(row, i)
        out.append(dict(id='cf-%s-copy' % slug, severity='medium',
                        description='%s offered as a copy / imitation / "not original".' % row['brand'],
                        query='%s AND %s NOT %s' % (bc, q_or(weak_terms(row)), exclusions(row, 'copy')),
                        info=base_info, match=m, no_match=nm))
    if slug not in PRICE_ONLY and sector != 'electronics':
        m, nm = ex_style(row, i)
        out.append(dict(id='cf-%s-inspired' % slug, severity='low',
                        description='"Inspired by" / dupe / "-style" offers naming %s (lookalikes; legal in some markets, review).' % row['brand'],
                        query='%s NOT %s' % (q_or(style_terms(row)), q_or(NEGATIONS + MODELS + [term(x) for x in BRAND_EXCLUDE.get(slug, [])])),
                        info=base_info, match=m, no_match=nm))
    if row['price_below'] and slug not in STYLE_ONLY:
        m, nm = ex_price(row, i)
        models = q_or([term(x) for x in split(row['price_models'])])
        fors = []
        for a in split(row['aliases'])[:2] + split(row['ambiguous'])[:1]:
            for f in ('for', 'für', 'pour', 'para', 'per', 'voor', 'do', 'pro'):
                fors.append('"%s %s"' % (f, a))
            if sector in ('watches', 'bags', 'jewelry', 'fashion', 'eyewear'):
                fors.append('"%s box"' % a)
                fors.append('"%s boxes"' % a)
        ex = PRICE_EXCLUDE + fors
        if sector == 'watches' and int(row['price_below']) < 1000:
            ex = ex + ['vintage']
        if sector == 'watches':
            ex = [x for x in ex if x not in ('case', 'left', 'right', 'single')]
        info = dict(base_info, genuine_min_price_eur=row['min_price_eur'])
        # The brand part of a price rule must name the brand, not a model: two model names
        # (a comics list with "Submariner" and "Explorer") are no watch offer.
        # Only when the brand's own name is an alias: some brands are known by a model name.
        model_names = {x.lower() for x in split(row['price_models'])}
        brand_aliases = [a for a in split(row['aliases']) if a.lower() not in model_names]
        named = row['brand'].lower() in {a.lower() for a in brand_aliases}
        price_row = dict(row, aliases='|'.join(brand_aliases)) if named and sector == 'watches' else row
        out.append(dict(id='cf-%s-price' % slug, severity='medium',
                        description='%s %s offered below %s (genuine new from about %s EUR).' % (
                            row['brand'], sector, row['price_below'], row['min_price_eur']),
                        query='%s AND %s NOT %s' % (brand_clause(price_row), models, q_or(ex)),
                        conditions={'price_below': int(row['price_below'])},
                        info=info, match=m, no_match=nm))
    return out


# ---------------------------------------------------------------- YAML output
def y(s):
    return "'" + str(s).replace("'", "''") + "'"


def y_example(e, indent):
    pad = ' ' * indent
    if isinstance(e, str):
        return '%s- %s\n' % (pad, y(e))
    keys = [k for k in ('title', 'description', 'price', 'currency', 'language', 'category') if k in e]
    s = '%s- %s: %s\n' % (pad, keys[0], y(e[keys[0]]))
    for k in keys[1:]:
        v = e[k]
        s += '%s  %s: %s\n' % (pad, k, v if isinstance(v, (int, float)) else y(v))
    return s


def emit(name, description, rules, header_comment):
    s = '# GENERATED by tools/counterfeit/generate_counterfeit.py from tools/counterfeit/brands.csv.\n'
    s += '# Do not edit by hand: change the generator or brands.csv and re-run it.\n'
    s += '# %s\n' % header_comment
    s += 'name: %s\nversion: %s\ncategory: counterfeit\n' % (name, CHANGELOG[name][0][0])
    s += 'dsa_category: STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS\n'
    s += 'severity: medium\nlanguages: [%s]\n' % ', '.join(LANGS)
    s += 'description: %s\n' % y(description)
    s += 'source: %s\n' % y('Brand owners\' sites and customs/EUIPO seizure reports; see SOURCES.md')
    s += 'changelog:\n'
    for version, date, changes in CHANGELOG[name]:
        s += '  - version: %s\n    date: %s\n    changes: %s\n' % (version, date, y(changes))
    s += 'rules:\n'
    for r in rules:
        s += '  - id: %s\n' % r['id']
        s += '    query: %s\n' % y(r['query'])
        s += '    severity: %s\n' % r['severity']
        s += '    description: %s\n' % y(r['description'])
        if r.get('conditions'):
            s += '    conditions:\n'
            for k, v in r['conditions'].items():
                s += '      %s: %s\n' % (k, v)
        s += '    info:\n'
        for k, v in r['info'].items():
            s += '      %s: %s\n' % (k, y(v))
        s += '    examples:\n      match:\n'
        for e in r['match']:
            s += y_example(e, 8)
        s += '      no_match:\n'
        for e in r['no_match']:
            s += y_example(e, 8)
    return s


def main(argv):
    rows = list(csv.DictReader(open(os.path.join(HERE, 'brands.csv'), encoding='utf-8')))
    seen = set()
    for r in rows:
        if r['slug'] in seen:
            sys.exit('duplicate slug %s in brands.csv' % r['slug'])
        seen.add(r['slug'])
    ind, price = [], []
    for i, row in enumerate(rows):
        for r in rules_for(row, i):
            (price if r['id'].endswith('-price') else ind).append(r)
    files = {
        'brands-indicators.yaml': emit('counterfeit-brands-indicators',
                                       'Commonly counterfeited brands named together with counterfeit, copy or lookalike wording, in nine languages.',
                                       ind, '%d brands, %d rules' % (len(rows), len(ind))),
        'brands-price.yaml': emit('counterfeit-brands-price',
                                  'Luxury / high-value branded products offered far below any plausible genuine price.',
                                  price, '%d rules' % len(price)),
    }
    for fn, text in files.items():
        if '--stdout' in argv:
            sys.stdout.write(text)
        else:
            with open(os.path.join(OUT_DIR, fn), 'w', encoding='utf-8') as f:
                f.write(text)
            print('wrote %s (%d rules)' % (os.path.join(OUT_DIR, fn), text.count('\n  - id: ')))


if __name__ == '__main__':
    main(sys.argv[1:])
