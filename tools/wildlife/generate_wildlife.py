#!/usr/bin/env python3
"""Generate keyword-lists/wildlife/cites-species.yaml from the CITES Species+ export.

Usage (run by hand; the output is committed, nothing reads the CSV at run/test time):

    python3 tools/wildlife/generate_wildlife.py \\
        /path/to/cites_species_compact_2017.csv \\
        keyword-lists/wildlife/cites-species.yaml

Python 3 standard library only.

What it writes
--------------
* one rule per PROFILE below: the taxa most traded as products (elephants, rhinos,
  pangolins, big cats, bears, marine turtles, tortoises, parrots, sharks and rays,
  seahorses, sturgeon, primates, timbers, agarwood, corals ...). Common names come from the
  CSV (English, Spanish, French, filtered) plus the hand-written names below (German,
  Italian, Dutch, Polish, Portuguese, Czech and trade names). Each name is required
  together with a product / trade-form term of the profile's kind.
* one rule per other Appendix I animal species with a usable English common name, with
  the product / trade forms of its class (mammal, bird, reptile, fish, amphibian, insect).
  Single-word names are used only if listed in SINGLE_WORD_OK; names that are ordinary
  words, brands or domestic breeds are in BLOCKED_NAMES. Taxa with a non-CITES (NC)
  population in their listing (red deer, domestic sheep, ...) are skipped.

Severity follows the Appendix: I -> critical, II -> high, III -> medium (highest appendix
of a split listing). Every rule carries info: {cites_appendix, taxon}.
"""
import csv
import re
import sys
import unicodedata

LANGS = ['en', 'fr', 'es', 'de', 'it', 'nl', 'pl', 'pt', 'cs']

# ---------------------------------------------------------------------------------------
# Product / trade-form terms per kind and language. Plain forms and explicit plurals (the
# matcher does not rely on stemming). Phrases in double quotes.
FORMS = {
    'mammal': {
        'en': 'skin skins pelt pelts fur hide hides skull skulls bone bones tooth teeth fang fangs claw claws '
              'tusk tusks horn horns taxidermy stuffed "trophy mount" rug meat bushmeat cub cubs baby babies '
              '"for sale" live pup pups',
        'fr': 'peau peaux fourrure crane cranes dent dents griffe griffes corne cornes naturalise naturalisee '
              'empaille empaillee trophee viande bebe vivant vivante "a vendre"',
        'es': 'piel pieles craneo hueso huesos diente dientes colmillo colmillos garra garras cuerno cuernos '
              'disecado disecada taxidermia trofeo carne cachorro cachorros cria crias vivo viva "en venta" "se vende"',
        'de': 'fell felle pelz schadel knochen zahn zahne kralle krallen horn horner praparat ausgestopft '
              'ausgestopfter trophae fleisch jungtier lebend "zu verkaufen"',
        'it': 'pelle pelli pelliccia cranio teschio osso ossa dente denti artiglio artigli zanna zanne corno corna '
              'imbalsamato imbalsamata tassidermia trofeo carne cucciolo cuccioli vivo "in vendita" vendo',
        'nl': 'vel huid bont schedel botten tand tanden klauw klauwen slagtand hoorn opgezet opgezette '
              'taxidermie trofee vlees welp welpen levend "te koop"',
        'pl': 'skora skory futro czaszka kosc kosci zab zeby kiel kly pazur pazury rogi wypchany wypchana '
              'preparat trofeum mieso mlode zywy zywa sprzedam',
        'pt': 'pele peles couro cranio osso ossos dente dentes garra garras chifre chifres empalhado empalhada '
              'taxidermia trofeu carne filhote filhotes vivo "a venda" vendo',
        'cs': 'kuze kozesina lebka kost kosti zub zuby tesak drap drapy rohy vycpany vycpana preparat trofej '
              'maso mlade zivy prodam',
    },
    'bird': {
        'en': 'live chick chicks egg eggs "fertile eggs" feather feathers taxidermy stuffed mounted "breeding pair" '
              '"hand reared" "hand raised" "hand fed" baby babies "for sale" skin skins',
        'fr': 'vivant vivants oeuf oeufs plume plumes poussin poussins naturalise empaille "eleve a la main" bebe '
              '"a vendre"',
        'es': 'vivo vivos huevo huevos pluma plumas polluelo polluelos pichon pichones disecado "criado a mano" '
              '"en venta" "se vende"',
        'de': 'lebend ei eier feder federn kuken zuchtpaar ausgestopft handaufzucht nachzucht "zu verkaufen"',
        'it': 'vivo uovo uova piuma piume pulcino pulcini imbalsamato "svezzato a mano" "in vendita" vendo',
        'nl': 'levend eieren veer veren kuiken kuikens kweekpaar opgezet handopfok "te koop"',
        'pl': 'zywy jajo jaja pioro piora piskle piskleta wypchany sprzedam',
        'pt': 'vivo ovo ovos pena penas filhote filhotes empalhado "a venda" vendo',
        'cs': 'zivy vejce pero pera mlade vycpany prodam',
    },
    'reptile': {
        'en': 'live baby babies hatchling hatchlings juvenile juveniles "captive bred" cb wc skin skins leather '
              'shell shells egg eggs stuffed taxidermy meat "for sale"',
        'fr': 'vivant bebe juvenile peau cuir carapace oeufs naturalise "a vendre"',
        'es': 'vivo viva cria crias juvenil piel cuero caparazon huevos disecado "en venta" "se vende"',
        'de': 'lebend baby schlupfling jungtier jungtiere haut leder panzer eier nachzucht nz "zu verkaufen"',
        'it': 'vivo cucciolo piccolo pelle cuoio carapace guscio uova "in vendita" vendo',
        'nl': 'levend baby huid leer schild eieren nakweek "te koop"',
        'pl': 'zywy mlode skora pancerz jaja sprzedam',
        'pt': 'vivo filhote pele couro casco carapaca ovos "a venda" vendo',
        'cs': 'zivy mlade kuze krunyr vejce prodam',
    },
    'fish': {
        'en': 'live fin fins rostrum "swim bladder" maw maws bladder meat "for sale" juvenile specimen',
        'fr': 'vivant aileron ailerons rostre "vessie natatoire" "a vendre"',
        'es': 'vivo aleta aletas buche "vejiga natatoria" "en venta" "se vende"',
        'de': 'lebend flosse flossen schwimmblase "zu verkaufen"',
        'it': 'vivo pinna pinne "vescica natatoria" vendo',
        'nl': 'levend vin vinnen zwemblaas "te koop"',
        'pl': 'zywy pletwa pletwy sprzedam',
        'pt': 'vivo barbatana barbatanas "bexiga natatoria" vendo',
        'cs': 'zivy ploutev ploutve prodam',
    },
    'amphibian': {
        'en': 'live tadpole tadpoles froglet froglets juvenile juveniles "captive bred" cb eggs "for sale" specimen',
        'fr': 'vivant tetard tetards juvenile "a vendre"',
        'es': 'vivo vivos renacuajo renacuajos juvenil "en venta" "se vende"',
        'de': 'lebend kaulquappe kaulquappen nachzucht nz "zu verkaufen"',
        'it': 'vivo girino girini vendo',
        'nl': 'levend kikkervisjes nakweek "te koop"',
        'pl': 'zywy kijanki sprzedam',
        'pt': 'vivo girino girinos vendo',
        'cs': 'zivy pulec pulci prodam',
    },
    'insect': {
        'en': 'specimen specimens pinned framed "a1" pair pupa pupae live "for sale" ex-pupa',
        'fr': 'specimen specimens encadre naturalise vivant "a vendre"',
        'es': 'especimen ejemplar enmarcado "en venta" "se vende"',
        'de': 'praparat gerahmt genadelt lebend "zu verkaufen"',
        'it': 'esemplare incorniciato vendo',
        'nl': 'ingelijst opgezet "te koop"',
        'pl': 'okaz preparat sprzedam',
        'pt': 'exemplar emoldurado vendo',
        'cs': 'preparat exemplar prodam',
    },
    # elephants: ivory, hair, skin, live
    'elephant': {
        'en': 'ivory tusk tusks "tusk tip" carving carved bangle skin hide "tail hair" "hair bracelet" '
              'foot calf baby live meat',
        'fr': 'ivoire defense defenses "poils de queue" peau bebe',
        'es': 'marfil colmillo colmillos "pelo de cola" piel cria',
        'de': 'elfenbein stosszahn stosszahne schwanzhaar haut',
        'it': 'avorio zanna zanne "peli di coda" pelle',
        'nl': 'ivoor slagtand slagtanden staarthaar huid',
        'pl': 'kosc kiel kly skora',
        'pt': 'marfim presa presas pele',
        'cs': 'slonovina kel kly kuze',
    },
    'rhino': {
        'en': 'horn horns "horn powder" powder cup bead beads bangle carving carved tip',
        'fr': 'corne cornes poudre',
        'es': 'cuerno cuernos polvo',
        'de': 'horn horner pulver',
        'it': 'corno corna polvere',
        'nl': 'hoorn hoorns poeder',
        'pl': 'rog rogi proszek',
        'pt': 'chifre chifres corno po',
        'cs': 'roh rohy prasek',
    },
    'pangolin': {
        'en': 'scale scales skin meat live baby "for sale" powder medicine leather boots',
        'fr': 'ecaille ecailles peau viande vivant poudre',
        'es': 'escama escamas piel carne vivo polvo',
        'de': 'schuppe schuppen haut fleisch lebend pulver',
        'it': 'scaglia scaglie squama squame pelle carne vivo polvere',
        'nl': 'schub schubben huid vlees levend poeder',
        'pl': 'luska luski skora mieso zywy proszek',
        'pt': 'escama escamas pele carne vivo po',
        'cs': 'supina supiny kuze maso zivy prasek',
    },
    'bear': {
        'en': 'bile gallbladder "gall bladder" paw paws claw claws tooth teeth skull skin pelt hide rug '
              'cub cubs "bear fat" grease',
        'fr': 'bile "vesicule biliaire" patte pattes griffe griffes dent dents crane peau fourrure tapis ourson',
        'es': 'bilis "vesicula biliar" pata patas garra garras diente dientes craneo piel alfombra cachorro',
        'de': 'galle gallenblase tatze tatzen pranke pranken kralle krallen zahn zahne schadel fell',
        'it': 'bile cistifellea zampa zampe artiglio artigli dente denti cranio pelle pelliccia cucciolo',
        'nl': 'gal galblaas poot poten klauw klauwen tand tanden schedel vel huid welp',
        'pl': 'zolc "woreczek zolciowy" lapa lapy pazur pazury zab zeby czaszka skora futro',
        'pt': 'bile "vesicula biliar" pata patas garra garras dente dentes cranio pele',
        'cs': 'zluc "zlucovy mechyr" tlapa tlapy drap drapy zub zuby lebka kuze',
    },
    'turtle': {
        'en': 'shell shells tortoiseshell "turtle shell" scute scutes carapace bekko comb bangle bracelet '
              'stuffed taxidermy eggs egg meat live baby hatchling hatchlings',
        'fr': 'ecaille ecailles carapace peigne bracelet naturalisee oeufs viande vivante bebe',
        'es': 'caparazon concha peineta peine pulsera disecada huevos carne viva cria',
        'de': 'schildpatt panzer kamm armreif eier fleisch lebend',
        'it': 'tartaruga guscio carapace pettine bracciale imbalsamata uova carne viva',
        'nl': 'schild schildpad kam armband eieren vlees levend',
        'pl': 'skorupa pancerz grzebien bransoleta jaja mieso zywy',
        'pt': 'casco carapaca pente pulseira ovos carne vivo filhote',
        'cs': 'krunyr hreben naramek vejce maso zivy',
    },
    'shark': {
        'en': 'fin fins "fin soup" jaw jaws tooth teeth cartilage "gill plates" "gill plate" "gill rakers" liver "liver oil" meat',
        'fr': 'aileron ailerons machoire machoires dent dents cartilage branchies',
        'es': 'aleta aletas mandibula mandibulas diente dientes cartilago branquias',
        'de': 'flosse flossen kiefer gebiss zahn zahne knorpel kiemen',
        'it': 'pinna pinne mascella mascelle dente denti cartilagine branchie',
        'nl': 'vin vinnen kaak kaken tand tanden kraakbeen kieuwen',
        'pl': 'pletwa pletwy szczeka zab zeby chrzastka skrzela',
        'pt': 'barbatana barbatanas mandibula dente dentes cartilagem guelras',
        'cs': 'ploutev ploutve celist zub zuby chrupavka zabry',
    },
    'seahorse': {
        'en': 'dried dry "tcm" medicine powder wine capsule capsules bulk kg pcs',
        'fr': 'seche seches sechees poudre',
        'es': 'seco secos polvo',
        'de': 'getrocknet getrocknete pulver',
        'it': 'secco secchi essiccati essiccato polvere',
        'nl': 'gedroogd gedroogde poeder',
        'pl': 'suszony suszone proszek',
        'pt': 'seco secos po',
        'cs': 'suseny susene prasek',
    },
    'sturgeon': {
        'en': 'caviar roe eggs "fish eggs" tin tins malossol',
        'fr': 'caviar oeufs',
        'es': 'caviar huevas',
        'de': 'kaviar rogen',
        'it': 'caviale uova',
        'nl': 'kaviaar kuit',
        'pl': 'kawior ikra',
        'pt': 'caviar ovas',
        'cs': 'kaviar jikry',
    },
    'parrot': {
        'en': 'live chick chicks baby babies egg eggs "fertile eggs" "hand reared" "hand raised" "hand fed" tame '
              '"breeding pair" talking "for sale" dna "dna sexed" "closed ring" "ready to wean" weaned',
        'fr': 'vivant bebe bebes oeuf oeufs "eleve a la main" apprivoise couple parleur "a vendre"',
        'es': 'vivo pichon pichones polluelo huevos "criado a mano" manso pareja hablador "en venta" "se vende"',
        'de': 'lebend kuken eier handaufzucht zahm zuchtpaar sprechend nachzucht "zu verkaufen"',
        'it': 'vivo pulcino pulli uova "svezzato a mano" "imbeccato a mano" docile coppia parlante vendo "in vendita"',
        'nl': 'levend jong jongen kuiken eieren handopfok tam kweekpaar pratend "te koop"',
        'pl': 'zywy piskle piskleta jaja "karmiony recznie" oswojony para gadajaca sprzedam',
        'pt': 'vivo filhote filhotes ovos "criado a mao" manso casal falante vendo "a venda"',
        'cs': 'zivy mlade mladata vejce "rucni odchov" ochoceny par mluvici prodam',
    },
    'tortoise': {
        'en': 'live baby babies hatchling hatchlings juvenile juveniles "captive bred" cb adult shell '
              'female male pair "for sale"',
        'fr': 'vivante bebe bebes juvenile carapace femelle male couple "a vendre"',
        'es': 'viva vivas cria crias juvenil caparazon hembra macho pareja "en venta" "se vende"',
        'de': 'lebend baby babys schlupfling schlupflinge jungtier jungtiere nachzucht nz weibchen mannchen panzer "zu verkaufen"',
        'it': 'viva cucciolo cuccioli piccola piccole giovane femmina maschio carapace vendo "in vendita"',
        'nl': 'levend baby babys jong jongen nakweek vrouw man schild "te koop"',
        'pl': 'zywy zywe mlode mloda samica samiec pancerz sprzedam',
        'pt': 'viva filhote filhotes femea macho casco vendo "a venda"',
        'cs': 'ziva mlade mladata samice samec krunyr prodam',
    },
    'primate': {
        'en': 'live baby babies infant pet "for sale" skull skulls hand hands skin meat bushmeat tame',
        'fr': 'vivant bebe petit crane main peau viande "a vendre"',
        'es': 'vivo bebe cria craneo mano piel carne mascota "en venta" "se vende"',
        'de': 'lebend baby jungtier schadel hand haut fleisch haustier "zu verkaufen"',
        'it': 'vivo cucciolo cranio mano pelle carne vendo',
        'nl': 'levend baby jong schedel hand huid vlees huisdier "te koop"',
        'pl': 'zywy mlode czaszka reka skora mieso sprzedam',
        'pt': 'vivo filhote cranio mao pele carne vendo',
        'cs': 'zivy mlade lebka ruka kuze maso prodam',
    },
    'wood': {
        'en': 'log logs timber lumber wood plank planks board boards billet billets beam beams '
              'furniture chair chairs table tables bed cabinet bracelet beads "mala" carving carved '
              'chips powder "guitar back" fretboard tonewood "cubic meter" m3',
        'fr': 'bois buche buches grume grumes planche planches meuble meubles chaise table bracelet perles sculpture',
        'es': 'madera tronco troncos tabla tablas tablon tablones mueble muebles silla mesa pulsera cuentas talla tallado',
        'de': 'holz stamm stamme brett bretter bohle bohlen mobel stuhl tisch armband perlen schnitzerei '
              'tonholz griffbrett',
        'it': 'legno tronco tronchi tavola tavole mobile mobili sedia tavolo bracciale perline scultura',
        'nl': 'hout stam stammen plank planken meubel meubels stoel tafel armband kralen houtsnijwerk',
        'pl': 'drewno drewna kloda klody deska deski meble krzeslo stol bransoleta koraliki rzezba',
        'pt': 'madeira tora toras tabua tabuas movel moveis cadeira mesa pulseira contas escultura',
        'cs': 'drevo kmen kmeny prkno prkna nabytek zidle stul naramek koralky rezba',
    },
    'agarwood': {
        'en': 'chip chips wood chunk chunks log bracelet beads "mala" incense stick sticks powder "wild" sinking '
              '"oud wood" kyara resin',
        'fr': 'copeaux bois bracelet perles encens',
        'es': 'astillas madera pulsera cuentas incienso',
        'de': 'holz spane chips armband perlen raucherwerk',
        'it': 'legno scaglie bracciale perline incenso',
        'nl': 'hout snippers armband kralen wierook',
        'pl': 'drewno wiory bransoleta koraliki kadzidlo',
        'pt': 'madeira lascas pulseira contas incenso',
        'cs': 'drevo tresky naramek koralky kadidlo',
    },
    'coral': {
        'en': 'branch branches necklace bead beads bracelet raw rough "natural" live rock carving carved '
              'cabochon ring pendant earrings specimen frag',
        'fr': 'branche branches collier perles bracelet brut naturel vivant sculpture bague pendentif',
        'es': 'rama ramas collar cuentas pulsera bruto natural vivo tallado anillo colgante',
        'de': 'ast aste kette perlen armband roh naturlich lebend schnitzerei ring anhanger',
        'it': 'ramo rami collana perle bracciale grezzo naturale vivo scultura anello ciondolo',
        'nl': 'tak takken ketting kralen armband ruw natuurlijk levend ring hanger',
        'pl': 'galazka galazki naszyjnik koraliki bransoleta surowy naturalny zywy pierscionek wisiorek',
        'pt': 'ramo ramos colar contas pulseira bruto natural vivo anel pingente',
        'cs': 'vetvicka nahrdelnik koralky naramek surovy prirodni zivy prsten privesek',
    },
    'shell': {
        'en': 'shell shells meat pearl pearls "conch pearl" live',
        'fr': 'coquille coquilles coquillage chair perle vivant',
        'es': 'concha conchas carne perla vivo',
        'de': 'schale schalen muschel fleisch perle lebend',
        'it': 'conchiglia conchiglie carne perla vivo',
        'nl': 'schelp schelpen vlees parel levend',
        'pl': 'muszla muszle mieso perla zywy',
        'pt': 'concha conchas carne perola vivo',
        'cs': 'ulita skorapka maso perla zivy',
    },
    'musk': {
        'en': 'musk pod pods grain gland glands "musk pod" powder',
        'fr': 'musc poche glande',
        'es': 'almizcle bolsa glandula',
        'de': 'moschus beutel druse',
        'it': 'muschio ghiandola',
        'nl': 'muskus klier',
        'pl': 'pizmo gruczol',
        'pt': 'almiscar glandula',
        'cs': 'pizmo zlaza',
    },
    'wool': {
        'en': 'wool fiber fibre yarn shawl scarf fleece cloth raw',
        'fr': 'laine chale echarpe tissu',
        'es': 'lana chal bufanda tela fibra',
        'de': 'wolle schal tuch stoff',
        'it': 'lana scialle sciarpa tessuto',
        'nl': 'wol sjaal stof',
        'pl': 'welna szal szalik tkanina',
        'pt': 'la xale cachecol tecido',
        'cs': 'vlna sala satek latka',
    },
}
FORMS['cat'] = FORMS['mammal']
FORMS['saiga'] = {
    'en': 'horn horns slice slices shavings powder musk pod pods grain shawl shawls "ring shawl" wool scarf '
          'skin pelt meat live "for sale"',
    'fr': 'corne cornes poudre musc chale laine echarpe peau',
    'es': 'cuerno cuernos polvo almizcle chal lana bufanda piel',
    'de': 'horn horner pulver moschus beutel schal wolle tuch fell',
    'it': 'corno corna polvere muschio scialle lana sciarpa pelle',
    'nl': 'hoorn hoorns poeder muskus sjaal wol vel',
    'pl': 'rog rogi proszek pizmo szal welna skora',
    'pt': 'chifre chifres po almiscar xale la pele',
    'cs': 'roh rohy prasek pizmo sala vlna kuze',
}
FORMS['whale'] = {
    'en': 'tooth teeth tusk tusks ivory scrimshaw bone bones baleen meat "whale meat" oil ambergris jaw vertebra',
    'fr': 'dent dents defense defenses ivoire fanon viande huile',
    'es': 'diente dientes colmillo colmillos marfil hueso huesos barba carne aceite',
    'de': 'zahn zahne stosszahn elfenbein knochen barte fleisch tran',
    'it': 'dente denti zanna zanne avorio osso ossa carne olio',
    'nl': 'tand tanden slagtand ivoor bot botten balein vlees traan',
    'pl': 'zab zeby kiel kly kosc kosci fiszbin mieso tran',
    'pt': 'dente dentes presa marfim osso ossos barbatana carne oleo',
    'cs': 'zub zuby kel kly slonovina kost kosti kostice maso',
}

# Exclusions for lawful senses, applied to every generated rule (all languages).
GLOBAL_NOT = (
    'faux fake imitation replica resin plastic synthetic vegan plush toy toys "soft toy" "stuffed animal" '
    'poster print pattern sticker decal costume book "t shirt" mug coin stamp '
    '"video game" "video games" videogame videogames xbox playstation ps2 ps3 ps4 ps5 nintendo wii '
    'gamecube dvd "blu ray" bluray documentary '
    'simili synthetique peluche jouet affiche deguisement livre motif '
    'imitacion sintetico juguete disfraz libro estampado '
    'kunstfell kunstpelz kunstleder kunstharz imitat plusch kuscheltier stofftier spielzeug kostum '
    'finto ecopelle giocattolo stampa nep namaak knuffel speelgoed boek '
    'sztuczny sztuczna imitacja maskotka pluszak zabawka '
    'pelucia brinquedo livro umela plysak hracka kniha'
)

SINGLE_WORD_OK = {
    'pangolin', 'pangolins', 'orangutan', 'orangutans', 'orang-utan', 'chimpanzee', 'chimpanzees', 'bonobo',
    'bonobos', 'cheetah', 'cheetahs', 'ocelot', 'margay', 'aye-aye', 'dugong', 'vaquita', 'markhor', 'addax',
    'gharial', 'babirusa', 'kouprey', 'tamaraw', 'chiru', 'shahtoosh', 'baiji', 'kakapo', 'gyrfalcon',
    'angonoka', 'totoaba', 'oncilla', 'mandrill', 'indris', 'muriqui', 'argali', 'serow',
}
BLOCKED_NAMES = {
    'tiger cat', 'sea cat', 'mountain cat', 'golden cat', 'marbled cat', 'desert lynx', 'domestic sheep',
    'red sheep', 'grey wolf', 'common wolf', 'timber wolf', 'red deer', 'fallow deer', 'bunch', 'drill',
    'sea cow', 'hump whale', 'greater stick-nest rat', 'house-building rat', 'finner', 'duck hawk', 'peregrine', 'common otter', 'hunting leopard',
    'spanish lynx', 'panther', 'lion', 'jaguar', 'leopard', 'tiger', 'elk', 'wapiti', 'mouflon',
    'black lemur', 'brown lemur', 'gorilla', 'drill', 'goral', 'gaur', 'red goral', 'snow leopard',
    'grey parrot', 'thick-billed parrot', 'imperial parrot', 'red-necked parrot', 'st vincent parrot',
    'cuban amazon', 'golden conure', 'ounce', 'little blue macaw', 'blue macaw', 'night parrot',
    'ground parrot', 'night owl',
}
# Taxa handled by PROFILES or the hand-curated lists (skipped by the automatic pass).
AUTO_SKIP_GENERA = {'Panthera', 'Uncia', 'Neofelis', 'Acinonyx', 'Loxodonta', 'Elephas', 'Ceratotherium',
                    'Diceros', 'Dicerorhinus', 'Rhinoceros', 'Manis', 'Ursus', 'Helarctos', 'Melursus',
                    'Tremarctos', 'Ailuropoda', 'Eretmochelys', 'Chelonia', 'Caretta', 'Lepidochelys',
                    'Dermochelys', 'Natator', 'Psittacus', 'Nycticebus', 'Pongo', 'Pan', 'Gorilla', 'Moschus',
                    'Canis', 'Ovis', 'Cervus', 'Dama', 'Equus', 'Capra', 'Bos', 'Bubalus', 'Lontra', 'Lutra',
                    'Aonyx', 'Enhydra', 'Vicugna', 'Pantholops', 'Astrochelys', 'Physeter', 'Pristis',
                    'Anoxypristis', 'Totoaba', 'Acipenser', 'Scleropages', 'Falco', 'Crocodylus',
                    'Balaenoptera', 'Megaptera', 'Eubalaena', 'Balaena', 'Eschrichtius', 'Monachus'}

# ---------------------------------------------------------------------------------------
# Hand profiles: taxa most traded as products. names: per language, '|' separated; the first
# name of a language is used in the generated examples. CSV names of the taxon are added.
# compounds: single tokens (German/Dutch compounds) that match on their own.
PROFILES = [
    dict(key='elephant', taxa=['Loxodonta africana', 'Elephas maximus'], kind='elephant', csv_names=False,
         names={'en': 'elephant|elephants|"african elephant"|"asian elephant"',
                'fr': 'elephant|elephants', 'es': 'elefante|elefantes', 'de': 'elefant|elefanten',
                'it': 'elefante|elefanti', 'nl': 'olifant|olifanten', 'pl': 'slon|slonia|slonie|sloni|sloniowa|sloniowy',
                'pt': 'elefante|elefantes', 'cs': 'slon|slona|sloni|sloniho'},
         compounds='elefantenhaut elefantenhaar elefantenstosszahn olifantshaar olifantshuid',
         not_='mammoth mamut mammouth mamut mammut walking rides sanctuary "elephant ear" "elephant ears" '
              'plant bulb bulbs "elephant foot yam" garlic "elephant skin" '
              'oreille orecchie ohr oren snake "ivory white" ivoirefarben couleur color colour trunk '
              'planter elefantengras "elephant grass"',
         ex_match=['Genuine African elephant tusk tip, carved', 'Elephant tail hair bracelet, real hair, lucky',
                   'Défense d\'éléphant ancienne sculptée'],
         ex_no=['Elephant ear plant bulbs x3', 'Plush elephant toy with big ears',
                'Ivory white elephant figurine, resin']),
    dict(key='rhinoceros', taxa=['Ceratotherium simum', 'Diceros bicornis', 'Rhinoceros unicornis',
                                  'Rhinoceros sondaicus', 'Dicerorhinus sumatrensis'], kind='rhino', csv_names=False,
         names={'en': 'rhino|rhinos|rhinoceros|rhinoceroses', 'fr': 'rhinoceros|rhino', 'es': 'rinoceronte|rinocerontes|rino',
                'de': 'nashorn|nashorner|rhinozeros|rhino', 'it': 'rinoceronte|rinoceronti', 'nl': 'neushoorn|neushoorns|rhino',
                'pl': 'nosorozca|nosorozec|nosorozcow|nosorozcowy', 'pt': 'rinoceronte|rinocerontes', 'cs': 'nosorozce|nosorozec|nosorozci'},
         compounds='nashornhorn nashornpulver neushoornhoorn rhinohorn',
         not_='"rhino 3d" rhino3d software rhinoceros5 rhinoceros6 rhinoceros7 mcneel grasshopper cad license '
              'licence "rhino shield" rhinoshield "rhino linings" "rhino tank" "rhino rack" rhinorack '
              'beetle beetles kafer scarabee escarabajo "nashornkafer" "rhino beetle" "rhinoceros beetle" '
              'iguana leguan viper vipera "rhino viper" boot boots "rhino records" ultimate "rhino ramp" '
              'sled toolbox "rhino tool" jack ladder',
         ex_match=['Genuine rhino horn cup, antique, libation', 'R h i n o  h o r n powder 10g', 'rh1no h0rn bangle, genuine',
                   'Corne de rhinocéros authentique', 'Cuerno de rinoceronte natural'],
         ex_no=['Rhino 3D 7 commercial license', 'Rhinoceros beetle horn specimen, framed',
                'RhinoShield phone case', 'Faux rhino horn resin replica for display']),
    dict(key='pangolin', taxa=['Manis', 'Phataginus', 'Smutsia'], kind='pangolin', csv_names=False,
         appendix='I',
         note='All eight pangolin species were transferred to Appendix I at CoP17 (2016, in force '
              '2017-01-02); the 2017 export lists Manis only at genus level and predates the move of the '
              'African species to Phataginus and Smutsia. Appendix set by hand.',
         names={'en': 'pangolin|pangolins|"scaly anteater"|"scaly anteaters"', 'fr': 'pangolin|pangolins',
                'es': 'pangolin|pangolines', 'de': 'pangolin|pangoline|schuppentier|schuppentiere',
                'it': 'pangolino|pangolini', 'nl': 'pangolin|pangolins|schubdier|schubdieren',
                'pl': 'pangolin|pangolina|luskowiec|luskowca|luskowce', 'pt': 'pangolim|pangolins',
                'cs': 'luskoun|luskouna|luskouni|pangolin'},
         compounds='pangolinschuppen schuppentierschuppen',
         not_='"pangolin sdk" repo github "pangolin game" lipid clamp',
         ex_match=['Pangolin scales 500g for medicine', 'p a n g o l i n scales, dried, raw', 'Pangоlin scаles wholesale',
                   'Écailles de pangolin naturelles', 'Łuski łuskowca 100 g'],
         ex_no=['Pangolin plush toy, 30 cm', 'Pangolin print poster A3']),
    dict(key='tiger', taxa=['Panthera tigris'], kind='cat', csv_names=False,
         names={'en': 'tiger|tigers', 'fr': 'tigre|tigres', 'es': 'tigre|tigres', 'de': 'tiger',
                'it': 'tigre|tigri', 'nl': 'tijger|tijgers', 'pl': 'tygrys|tygrysa|tygrysi|tygrysia|tygrysie',
                'pt': 'tigre|tigres', 'cs': 'tygr|tygra|tygri|tygrovi'},
         compounds='tigerfell tigerkralle tigerkrallen tigerzahn tigerzahne tigerknochen tigerschadel tigerbaby '
                   'tijgervel tijgerhuid tijgertand tijgerklauw',
         not_='onitsuka asics balm "tiger eye" "tigers eye" "tiger s eye" tigerauge oeil ojo occhio woods shark '
              'requin tiburon hai squalo haai lily prawn prawns shrimp shrimps garnelen crevette crevettes '
              'gamba gambas camaron camarones gamberi mac osx apple nut nuts "tiger nut" chufa "tiger bread" '
              'barb barbs pleco loach fish fisch pez pesce vis tail "tiger tail" moth beetle "tiger king" '
              '"eye of the tiger" "tony the tiger" hobbes "tiger woods" maple "tiger stripe" stripes '
              'striped rayas streifen tabby kitten mower "tiger balm" "tiger tank" tank cricket beer',
         ex_match=['Tiger claw pendant, genuine, old', 'Tiger skin rug with head, vintage',
                   'Skóra tygrysa z głową', 'Tigerkralle echt, Anhänger', 'Peau de tigre ancienne'],
         ex_no=['Tiger eye stone bracelet 8mm', 'Onitsuka Tiger Mexico 66 sneakers',
                'Tiger print faux fur throw', 'Tiger shark tooth fossil 2 inch']),
    dict(key='leopard', taxa=['Panthera pardus'], kind='cat', csv_names=False,
         names={'en': 'leopard|leopards', 'fr': 'leopard|leopards', 'es': 'leopardo|leopardos', 'de': 'leopard|leoparden',
                'it': 'leopardo|leopardi', 'nl': 'luipaard|luipaarden', 'pl': 'lampart|lamparta|lamparcia|lamparcie',
                'pt': 'leopardo|leopardos', 'cs': 'levhart|levharta|levharti'},
         compounds='leopardenfell luipaardvel',
         not_='mac osx apple gecko geckos gekko tortoise tortue tortuga schildkrote tartaruga schildpad zolw '
              'pleco frog shark moth cat bengal snow "snow leopard" neiges nieves schnee nevi sneeuw '
              'clouded nebulosa seal slug lily danio print prints pattern patterned look dress blouse shirt '
              'leggings skirt scarf shoes heels boots bag handbag "leopard spot" spots spotted motif '
              'leopardato luipaardprint panterka "animal print" tank panzer gecko chameleon python',
         ex_match=['Leopard skin, full, with claws, antique', 'Genuine leopard claws (2)',
                   'Peau de léopard véritable, ancienne'],
         ex_no=['Leopard print faux fur coat', 'Leopard gecko baby for sale', 'Leopard tortoise hatchling CB',
                'Mac OS X Leopard install DVD']),
    dict(key='snow-leopard', taxa=['Uncia uncia', 'Panthera uncia'], kind='cat', csv_names=False,
         names={'en': '"snow leopard"|"snow leopards"', 'fr': '"leopard des neiges"|"panthere des neiges"|irbis',
                'es': '"leopardo de las nieves"|"leopardo nival"', 'de': 'schneeleopard|schneeleoparden',
                'it': '"leopardo delle nevi"', 'nl': 'sneeuwluipaard', 'pl': '"pantera sniezna"|"pantery snieznej"|irbis',
                'pt': '"leopardo das neves"', 'cs': '"irbis"|"levhart snezny"'},
         not_='mac osx apple "os x" macbook imac install dvd upgrade',
         ex_match=['Snow leopard pelt, Himalaya', 'Schneeleopard Fell echt'],
         ex_no=['Mac OS X 10.6 Snow Leopard install DVD', 'Snow leopard plush toy with soft fur']),
    dict(key='clouded-leopard', taxa=['Neofelis nebulosa'], kind='cat', csv_names=False,
         names={'en': '"clouded leopard"|"clouded leopards"', 'fr': '"panthere nebuleuse"', 'es': '"pantera nebulosa"',
                'de': 'nebelparder', 'it': '"leopardo nebuloso"', 'nl': '"nevelpanter"', 'pl': '"pantera mglista"',
                'pt': '"leopardo nebuloso"', 'cs': '"levhart oblacny"'},
         not_='print pattern',
         ex_match=['Clouded leopard skin, old'], ex_no=['Clouded leopard plush toy, soft fur']),
    dict(key='jaguar', taxa=['Panthera onca'], kind='cat', csv_names=False,
         names={'en': 'jaguar|jaguars', 'es': 'jaguar|yaguar|otorongo', 'fr': 'jaguar', 'de': 'jaguar',
                'it': 'giaguaro|giaguari', 'nl': 'jaguar', 'pl': 'jaguar|jaguara', 'pt': 'jaguar|onca|"onca pintada"',
                'cs': 'jaguar|jaguara'},
         not_='car cars auto coche voiture wagen xf xj xe xk xjs xkr xjr xj6 xj8 xk8 "f pace" "e pace" "i pace" '
              '"f type" "s type" "x type" "mk2" "land rover" rover brake brakes pad pads seat seats engine key keys '
              'fob bonnet grille badge emblem wheel wheels rim rims mirror steering headlight taillight bumper '
              'diecast model modell modelo "1 18" "1 43" corgi matchbox "hot wheels" guitar fender squier bass '
              'pickup pickups strings atari cartridge console game games watch watches perfume cologne '
              'eau toilette parfum leather cuir leder pelle cuero couro classic restoration '
              'carburetor v12 v8 sovereign daimler jag',
         ex_match=['Jaguar skin with head, Amazon, antique', 'Colmillo de jaguar auténtico',
                   'Jaguar claws set of 4, real'],
         ex_no=['Jaguar XF brake pads front', 'Jaguar F-Type leather seat cover', 'Fender Jaguar bass guitar',
                'Jaguar cub plush toy']),
    dict(key='cheetah', taxa=['Acinonyx jubatus'], kind='cat', csv_names=False,
         names={'en': 'cheetah|cheetahs', 'fr': 'guepard|guepards', 'es': 'guepardo|guepardos|chita',
                'de': 'gepard|geparden', 'it': 'ghepardo|ghepardi', 'nl': 'jachtluipaard|jachtluipaarden',
                'pl': 'gepard|geparda|gepardy', 'pt': 'guepardo|chita', 'cs': 'gepard|geparda'},
         not_='print prints pattern dress leggings "cheetah girls" mobile app tank '
              'banana plush shoes boots',
         ex_match=['Cheetah cub for sale, hand raised', 'Cheetah skin rug, real fur', 'Guépard bébé à vendre'],
         ex_no=['Cheetah print leggings', 'Cheetah plush toy with soft fur', 'The Cheetah Girls DVD']),
    dict(key='bear', taxa=['Ursus thibetanus', 'Helarctos malayanus', 'Melursus ursinus', 'Tremarctos ornatus',
                           'Ursus arctos', 'Ursus americanus', 'Ursus maritimus'], kind='bear', csv_names=False,
         appendix='I',
         note='Asiatic black bear, sun bear, sloth bear and spectacled bear are Appendix I; brown bear is I/II; '
              'American black bear and polar bear are Appendix II. Bile, gall bladders and paws are '
              'rarely legal in trade: severity of Appendix I.',
         names={'en': 'bear|bears|"moon bear"|"sun bear"|"black bear"|"brown bear"|grizzly|"polar bear"',
                'fr': 'ours', 'es': 'oso|osos', 'de': 'bar|baren|barin', 'it': 'orso|orsi|orsa',
                'nl': 'beer|beren', 'pl': 'niedzwiedz|niedzwiedzia|niedzwiedzie|niedzwiedzi',
                'pt': 'urso|ursos', 'cs': 'medved|medveda|medvedi'},
         compounds='barengalle barenfell barentatze barentatzen barenkralle barenkrallen barenzahn '
                   'berenvel berenklauw berengal',
         not_='teddy gummy gummi gummies haribo honey "care bears" "care bear" bearing bearings "polar bear" '
              'grylls "bear grylls" brand "bear paw" bearpaw shoes boots slippers chaussons zapatillas '
              'bag bags market "bear market" bull "bear spray" "bear proof" "bear resistant" canister '
              'scouts "cub scout" beer bier cerveza birra "bear creek" "koala bear" "water bear" '
              'berry bearberry "bear claw" pastry pastries "bear claws" donut danish garlic allium '
              'wild "wild garlic" barlauch "ours en peluche" doudou nounours gummibarchen '
              '"gummy bear" "oso de peluche" orsetto beertje teddybeer mis misie misiu pluszowy medvidek',
         ex_match=['Bear bile capsules, pure, from Asia', 'Moon bear gall bladder, dried',
                   'Bilis de oso natural 50 capsulas', 'Niedźwiedzia żółć w kapsułkach'],
         ex_no=['Teddy bear with soft fur, 40 cm', 'Bear Grylls survival knife', 'Bearpaw Emma boots, sheepskin']),
    dict(key='hawksbill', taxa=['Eretmochelys imbricata'], kind='turtle', csv_names=False,
         names={'en': 'hawksbill|"hawksbill turtle"|"hawksbill sea turtle"|"sea turtle"|"sea turtles"|"marine turtle"|"green turtle"|"loggerhead"|"leatherback"',
                'fr': '"tortue marine"|"tortue imbriquee"|"tortue a ecailles"|"tortue verte"',
                'es': '"concha de carey"|"peineta de carey"|"tortuga carey"|"tortuga de carey"|"tortuga marina"|"tortuga verde"|"tortuga laud"|caguama',
                'de': '"echte karettschildkrote"|karettschildkrote|meeresschildkrote|meeresschildkroten|suppenschildkrote',
                'it': '"tartaruga embricata"|"tartaruga marina"|"tartaruga di mare"|"tartaruga verde"',
                'nl': 'karetschildpad|zeeschildpad|zeeschildpadden|"soepschildpad"',
                'pl': 'szylkret|"zolw szylkretowy"|"zolw morski"|"zolwia morskiego"|"zolwie morskie"',
                'pt': '"tartaruga de pente"|"tartaruga marinha"|"tartaruga verde"|"tartaruga de couro"',
                'cs': 'kareta|"kareta pravá"|"morska zelva"|"morske zelvy"'},
         not_='mariah jim drew acetate frames frame glasses sunglasses eyewear spectacles lunettes gafas brille occhiali bril '
              'okulary oculos bryle havana print pattern "tortoise shell color" colour color couleur '
              'plastic celluloid bakelite lucite',
         ex_match=['Hawksbill turtle shell, whole, 60 cm', 'Peineta de carey antigua, auténtica',
                   'Sea turtle shell with stand, real', 'Carapace de tortue marine naturalisée'],
         ex_no=['Tortoise shell acetate sunglasses', 'Sea turtle plush toy, big shell',
                'Sea turtle print beach towel']),
    dict(key='tortoises-i', taxa=['Astrochelys radiata', 'Astrochelys yniphora', 'Geochelone platynota',
                                  'Psammobates geometricus', 'Pyxis arachnoides', 'Pyxis planicauda',
                                  'Gopherus flavomarginatus', 'Geochelone elegans', 'Chelonoidis nigra'],
         kind='tortoise', csv_names=False,
         names={'en': '"radiated tortoise"|"radiated tortoises"|radiata|"ploughshare tortoise"|"plowshare tortoise"|angonoka|yniphora|'
                      '"burmese star tortoise"|platynota|"star tortoise"|"indian star tortoise"|"star tortoises"|"geometric tortoise"|'
                      '"spider tortoise"|"flat tailed tortoise"|"flat-tailed tortoise"|"bolson tortoise"|"galapagos tortoise"',
                'fr': '"tortue radiee"|"tortue rayonnee"|"tortue a eperon"|"tortue etoilee"|"tortue araignee"|"tortue des galapagos"',
                'es': '"tortuga estrellada"|"tortuga radiada"|"tortuga rayada"|"tortuga arana"|"tortuga de galapagos"',
                'de': 'strahlenschildkrote|strahlenschildkroten|pflugscharschildkrote|sternschildkrote|sternschildkroten|'
                      '"indische sternschildkrote"|spinnenschildkrote|galapagos-riesenschildkrote',
                'it': '"testuggine raggiata"|"tartaruga raggiata"|"testuggine stellata"|"tartaruga stellata"|"testuggine ragno"',
                'nl': 'stralenschildpad|stralenschildpadden|sterschildpad|sterschildpadden|spinschildpad',
                'pl': '"zolw promienisty"|"zolwie promieniste"|"zolw gwiazdzisty"|"zolw indyjski"|"zolw pajakowaty"',
                'pt': '"tartaruga radiada"|"tartaruga estrelada"|"jabuti estrelado"|"tartaruga aranha"',
                'cs': '"zelva paprscita"|"zelva hvezdnata"|"zelva pavouci"'},
         not_='print pattern',
         ex_match=['Radiated tortoise baby CB 2024 for sale', 'Sternschildkröte Nachzucht abzugeben, Jungtier',
                   'Indian star tortoise hatchlings, captive bred', 'Tortue radiée juvénile à vendre'],
         ex_no=['Radiated tortoise plush toy', 'Star tortoise shell pattern leggings']),
    dict(key='african-grey', taxa=['Psittacus erithacus', 'Psittacus timneh'], kind='parrot', csv_names=False,
         note='African grey parrot transferred to Appendix I at CoP17 (in force 2017-01-02).',
         names={'en': '"african grey"|"african greys"|"african gray"|"grey parrot"|"gray parrot"|"congo african grey"|"timneh grey"|"cag"',
                'fr': '"gris du gabon"|"perroquet gris"|jaco|jacquot',
                'es': 'yaco|yacos|"loro gris"|"loro yaco"|"gris africano"|"loro gris africano"',
                'de': 'graupapagei|graupapageien|kongo-graupapagei|timneh-graupapagei',
                'it': '"pappagallo cenerino"|cenerino|cenerini|"cenerino del congo"|"grigio africano"',
                'nl': '"grijze roodstaart"|roodstaart|roodstaarten|"grijze roodstaartpapegaai"|"grijze papegaai"|"afrikaanse grijze"',
                'pl': 'zako|zaka|"papuga zako"|"zako kongo"|zakonia',
                'pt': '"papagaio cinzento"|"papagaio do congo"|"cinzento africano"',
                'cs': 'zako|"papousek sedy"|"papousek zako"|zakove'},
         not_='cage cages kafig gabbia klatka kooi jaula perch stand food pellets seed seeds harness vet ornament '
              'ceramic paint emulsion colour color farbe kleur futter voer alimento mangime karma '
              '"roodstaart vis" meerval catfish',
         ex_match=['African grey parrot baby, hand reared, DNA sexed', 'Gris du Gabon bébé EAM à vendre',
                   'Graupapagei Handaufzucht zu verkaufen', 'Papuga żako piskle, karmiony ręcznie'],
         ex_no=['Cage for African grey parrot, large', 'African grey parrot food pellets 2kg',
                'Ceramic African grey figurine']),
]

# profiles with fewer languages (names mostly trade names)
PROFILES += [
    dict(key='slow-loris', taxa=['Nycticebus coucang', 'Nycticebus bengalensis', 'Nycticebus pygmaeus',
                                 'Nycticebus javanicus', 'Nycticebus menagensis'], kind='primate', csv_names=False,
         names={'en': '"slow loris"|"slow lorises"|"pygmy loris"|nycticebus', 'fr': '"loris lent"',
                'es': '"loris lento"', 'de': 'plumplori|plumploris|zwergplumplori', 'it': '"lori lento"',
                'nl': '"plompe lori"', 'pl': '"lori kukang"|kukang', 'pt': '"loris lento"',
                'cs': '"outlon malajsky"|"outlon pomaly"'},
         not_='lorikeet lorikeets lory parrot papagei papegaai papuga app',
         ex_match=['Slow loris baby for sale, very tame', 'Plumplori Baby zu verkaufen'],
         ex_no=['Slow loris plush toy', 'Slow loris poster print']),
]

PROFILES += [
    dict(key='sharks', taxa=['Rhincodon typus', 'Carcharodon carcharias', 'Cetorhinus maximus', 'Sphyrna lewini',
                             'Sphyrna mokarran', 'Sphyrna zygaena', 'Carcharhinus longimanus',
                             'Carcharhinus falciformis', 'Lamna nasus', 'Alopias'], kind='shark', csv_names=False,
         appendix='II',
         names={'en': '"whale shark"|"great white"|"great white shark"|"basking shark"|hammerhead|"hammerhead shark"|'
                      '"oceanic whitetip"|"silky shark"|porbeagle|"thresher shark"',
                'fr': '"requin baleine"|"grand requin blanc"|"requin pelerin"|"requin marteau"|"requin longimane"|"requin soyeux"|"requin taupe"|"requin renard"',
                'es': '"tiburon ballena"|"tiburon blanco"|"tiburon peregrino"|"pez martillo"|"tiburon martillo"|cornuda|"tiburon oceanico"|"tiburon sedoso"|marrajo|"tiburon zorro"',
                'de': 'walhai|"weisser hai"|weisshai|riesenhai|hammerhai|hammerhaie|weissspitzen-hochseehai|"seidenhai"|heringshai|fuchshai',
                'it': '"squalo balena"|"squalo bianco"|"squalo elefante"|"squalo martello"|"squalo seta"|smeriglio|"squalo volpe"',
                'nl': 'walvishaai|"witte haai"|reuzenhaai|hamerhaai|hamerhaaien|haringhaai|voshaai',
                'pl': '"rekin wielorybi"|"zarlacz bialy"|"rekin bialy"|"rekin olbrzymi"|"rekin mlot"|mlotowate|"zarlacz sledziowy"|kosogon',
                'pt': '"tubarao baleia"|"tubarao branco"|"tubarao peregrino"|"tubarao martelo"|"tubarao raposa"',
                'cs': '"zralok obrovsky"|"zralok bily"|"zralok veliky"|kladivoun|"zralok sleďovy"|liskoun'},
         not_='fossil fossils fossile fosil fossilien megalodon otodus replica cast diving dive tour snorkel '
              'swim "swim with" excursion tshirt shirt sticker print wetsuit',
         ex_match=['Dried hammerhead shark fins 1kg', 'Great white shark jaw, real, 40 cm',
                   'Aletas de tiburón martillo secas', 'Walhai Flossen getrocknet'],
         ex_no=['Great white shark tooth fossil replica, 3 inch', 'Whale shark swim tour voucher, Cancun',
                'Hammerhead shark plush toy with fins']),
    dict(key='manta-mobula', taxa=['Manta birostris', 'Manta alfredi', 'Mobula'], kind='shark', csv_names=False,
         appendix='II',
         names={'en': '"manta ray"|"manta rays"|"mobula ray"|"mobula rays"|"devil ray"|"devil rays"|manta|mobula',
                'fr': '"raie manta"|"raies manta"|"raie diable"|mobula', 'es': '"manta raya"|"mantarraya"|mobula|"raya diablo"',
                'de': 'mantarochen|teufelsrochen|mobula', 'it': '"manta"|"razza manta"|"diavolo di mare"|mobula',
                'nl': 'reuzenmanta|mantarog|duivelsrog', 'pl': '"manta"|"diabel morski"', 'pt': '"raia manta"|jamanta|mobula',
                'cs': '"manta obrovska"|mobula'},
         not_='diving dive tour snorkel shirt lure kayak camera "manta pro" manta5 '
              'hydrofoil bike scuba mask vest kite',
         ex_match=['Dried manta ray gill plates, 500 g', 'Mobula gill rakers for soup'],
         ex_no=['Manta ray night snorkel tour Kona', 'Manta ray plush toy, gill print']),
    dict(key='seahorse', taxa=['Hippocampus'], kind='seahorse', csv_names=False, appendix='II',
         names={'en': 'seahorse|seahorses|"sea horse"|"sea horses"|hippocampus', 'fr': 'hippocampe|hippocampes',
                'es': '"caballito de mar"|"caballitos de mar"|hipocampo|hipocampos', 'de': 'seepferdchen',
                'it': 'cavalluccio|cavallucci|"cavalluccio marino"|"cavallucci marini"', 'nl': 'zeepaardje|zeepaardjes',
                'pl': 'konik|koniki|"konik morski"|"koniki morskie"', 'pt': '"cavalo marinho"|"cavalos marinhos"|"cavalo-marinho"',
                'cs': '"morsky konik"|"morsti konici"|konik|konici'},
         not_='pendant charm necklace earrings brooch ring silver gold jewelry jewellery bijou schmuck gioiello '
              'sieraad "hippocampus" brain mri neuro memory',
         ex_match=['Dried seahorse for TCM, 50 g', 'Hippocampes séchés, médecine chinoise',
                   'Getrocknete Seepferdchen 20 Stück'],
         ex_no=['Seahorse pendant, sterling silver', 'Dried flowers and seahorse print card']),
    dict(key='sturgeon-caviar', taxa=['Acipenseriformes', 'Huso huso', 'Acipenser'], kind='sturgeon',
         csv_names=False, appendix='II',
         names={'en': 'beluga|sturgeon|osetra|ossetra|oscietra|sevruga|sterlet|kaluga|"wild caviar"',
                'fr': 'esturgeon|esturgeons|osciètre|sevruga|beluga', 'es': 'esturion|beluga|sevruga|"caviar salvaje"',
                'de': 'stor|beluga|sevruga|sterlet|"wildkaviar"|wildfang', 'it': 'storione|beluga|sevruga|"caviale selvatico"',
                'nl': 'steur|beluga', 'pl': 'jesiotr|jesiotra|bieluga|sewruga', 'pt': 'esturjao|beluga',
                'cs': 'jeseter|jesetera|vyza'},
         not_='vodka "beluga vodka" lentil lentils lentilles lenteja lenticchie linsen "beluga lentils" '
              'whale wal baleine ballena balena walvis wieloryb "beluga whale" plush airbus aircraft '
              'serum cream creme crema cosmetic cosmetics skincare "caviar cream" face lashes mascara '
              '"cites label" "cites code" "cites certificate" farmed aquaculture "farm raised" zucht '
              'allevamento crianza kweek hodowla "faux caviar" "caviar aubergine"',
         ex_match=['Wild beluga caviar 250g, no label, cash', 'Kawior z jesiotra dzikiego 1 kg',
                   'Caviar beluga sauvage 100 g, sans étiquette'],
         ex_no=['Beluga Noble vodka 0.7 l', 'Beluga lentils 500 g organic', 'Caviar face cream with beluga extract']),
    dict(key='great-apes', taxa=['Pongo pygmaeus', 'Pongo abelii', 'Pan troglodytes', 'Pan paniscus',
                                 'Gorilla gorilla', 'Gorilla beringei'], kind='primate', csv_names=False, appendix='I',
         names={'en': 'orangutan|orangutans|orang-utan|chimpanzee|chimpanzees|chimp|chimps|bonobo|bonobos|gorilla|gorillas',
                'fr': 'orang-outan|orangs-outans|chimpanze|chimpanzes|bonobo|gorille|gorilles',
                'es': 'orangutan|chimpance|chimpances|bonobo|gorila|gorilas', 'de': 'orang-utan|schimpanse|schimpansen|bonobo|gorilla',
                'it': 'orango|oranghi|scimpanze|bonobo|gorilla', 'nl': 'orang-oetan|chimpansee|chimpansees|bonobo|gorilla',
                'pl': 'orangutan|szympans|szympansa|bonobo|goryl|goryla', 'pt': 'orangotango|chimpanze|bonobo|gorila',
                'cs': 'orangutan|simpanz|simpanze|bonobo|gorila|gorily'},
         not_='glass "gorilla glass" tape glue grip gripper pod gorillapod cart carts tub tubs ladder ladders '
              'snot hair gel mat mats "gorilla mind" preworkout supplement protein gym wear "gorilla wear" '
              'gorillaz band vinyl cd album sprayer mount joby tripod "monkey wrench" suit '
              'mask masque mascara maske maschera masker maska "sock monkey" costume warmer',
         ex_match=['Baby orangutan for sale, very tame', 'Chimpanzee skull, real, with jaw',
                   'Bébé chimpanzé à vendre', 'Szympans młode sprzedam'],
         ex_no=['Gorilla Glass 5 screen protector', 'Gorilla tape black 10 m', 'Chimpanzee plush toy baby',
                'Joby GorillaPod 3K tripod mount']),
    dict(key='macaws-cockatoos-i', taxa=['Anodorhynchus hyacinthinus', 'Cyanopsitta spixii', 'Ara macao',
                                         'Ara militaris', 'Ara ambiguus', 'Ara glaucogularis', 'Ara rubrogenys',
                                         'Anodorhynchus leari', 'Cacatua moluccensis', 'Cacatua goffiniana',
                                         'Cacatua sulphurea', 'Cacatua haematuropygia', 'Probosciger aterrimus'],
         kind='parrot', csv_names=False,
         names={'en': '"hyacinth macaw"|"hyacinth macaws"|"hyacinthine macaw"|"spix macaw"|"spix s macaw"|"lear s macaw"|"lears macaw"|'
                      '"scarlet macaw"|"scarlet macaws"|"military macaw"|"great green macaw"|"blue throated macaw"|"blue-throated macaw"|'
                      '"red fronted macaw"|"moluccan cockatoo"|"salmon crested cockatoo"|"goffin cockatoo"|"goffin s cockatoo"|"goffins cockatoo"|'
                      '"yellow crested cockatoo"|"citron crested cockatoo"|"palm cockatoo"|"philippine cockatoo"',
                'fr': '"ara hyacinthe"|"ara jacinthe"|"ara de spix"|"ara macao"|"ara rouge"|"ara militaire"|"ara de buffon"|'
                      '"cacatoes des moluques"|"cacatoes de goffin"|"cacatoes soufre"|"cacatoes noir"|"cacatoes a huppe jaune"',
                'es': '"guacamayo jacinto"|"guacamayo azul"|"guacamayo de spix"|"guacamayo bandera"|"guacamaya roja"|"lapa roja"|'
                      '"guacamayo militar"|"guacamaya verde"|"cacatua de las molucas"|"cacatua de goffin"|"cacatua enlutada"|"cacatua sulfurea"',
                'de': 'hyazinthara|hyazintharas|spixara|"arakanga"|hellroter|soldatenara|bechsteinara|'
                      'molukkenkakadu|goffinkakadu|gelbwangenkakadu|orangehaubenkakadu|palmkakadu|"grosser soldatenara"',
                'it': '"ara giacinto"|"ara di spix"|"ara macao"|"ara militare"|"ara di buffon"|"cacatua delle molucche"|"cacatua di goffin"|"cacatua palmista"',
                'nl': 'hyacinth-ara|"hyacint ara"|hyacintara|"spix ara"|geelvleugelara|"militaire ara"|"molukse kaketoe"|"goffin kaketoe"|goffinkaketoe|"kleine geelkuifkaketoe"|"palmkaketoe"',
                'pl': '"ara hiacyntowa"|"ara hiacyntowe"|"ara zoltoskrzydla"|"ara zielona"|"kakadu molucka"|"kakadu goffina"|"kakadu palmowa"|"kakadu zoltolica"',
                'pt': '"arara azul"|"arara-azul"|"ararinha azul"|"ararinha-azul"|"arara vermelha"|"arara canga"|"cacatua das molucas"|"cacatua de goffin"',
                'cs': '"ara hyacintovy"|"ara arakanga"|"ara vojensky"|"kakadu molucky"|"kakadu goffinuv"|"kakadu palmovy"|"kakadu zlutolici"'},
         not_='cage cages perch stand food pellets seed seeds toy toys ornament earrings print poster '
              'figurine ceramic statue',
         ex_match=['Hyacinth macaw pair, hand reared, for sale', 'Guacamayo jacinto pichón criado a mano',
                   'Goffin cockatoo baby, tame, DNA sexed', 'Hyazinthara Handaufzucht abzugeben, zahm'],
         ex_no=['Hyacinth macaw cage, extra large', 'Scarlet macaw ceramic figurine']),
    dict(key='rosewood', taxa=['Dalbergia', 'Dalbergia nigra', 'Dalbergia cochinchinensis', 'Dalbergia retusa',
                               'Dalbergia stevensonii', 'Dalbergia odorifera', 'Dalbergia latifolia',
                               'Dalbergia melanoxylon', 'Pterocarpus erinaceus'], kind='wood', csv_names=False,
         appendix='II',
         note='Dalbergia spp. Appendix II (CoP17, 2017; finished musical instruments exempted at CoP18 2019); '
              'Dalbergia nigra Appendix I.',
         names={'en': '"siamese rosewood"|"brazilian rosewood"|"honduras rosewood"|"honduran rosewood"|"madagascar rosewood"|'
                      '"burmese rosewood"|"laos rosewood"|"thai rosewood"|"african rosewood"|"kosso"|"pterocarpus erinaceus"|'
                      'huanghuali|"huang hua li"|hongmu|"hong mu"|"old growth rosewood"|"dalbergia cochinchinensis"|'
                      '"dalbergia nigra"|"dalbergia odorifera"|"dalbergia retusa"|"dalbergia stevensonii"|"dalbergia latifolia"|'
                      '"dalbergia maritima"|"dalbergia baronii"|"dalbergia louvelii"|"bois de rose"|cocobolo|"african blackwood"|'
                      '"dalbergia melanoxylon"|"kingwood"|"tulipwood"|"palisander"|"palissandre"|"jacaranda"',
                'fr': '"bois de rose"|palissandre|"palissandre du bresil"|"palissandre de madagascar"|"palissandre de rio"',
                'es': 'palisandro|"palo de rosa"|"palisandro de brasil"|"palisandro de honduras"|"jacaranda de bahia"|cocobolo|granadillo',
                'de': 'palisander|rio-palisander|riopalisander|"ostindischer palisander"|"madagaskar palisander"|rosenholz|grenadill',
                'it': 'palissandro|"palissandro di rio"|"palissandro indiano"|"legno di rosa"',
                'nl': 'palissander|"rio palissander"|rozenhout', 'pl': 'palisander|"palisander brazylijski"|"palisander indyjski"|"drewno rozane"',
                'pt': '"jacaranda da bahia"|"pau rosa"|"jacaranda"|palisandro|"pau-rosa"',
                'cs': 'palisandr|"palisandr rio"|"ruzove drevo"'},
         not_='oil essential "rosewood oil" "huile de bois de rose" "aniba" "aniba rosaeodora" candle soap perfume '
              'fragrance scent diffuser finish color colour stain laminate vinyl "rosewood finish" '
              '"rosewood effect" "rosewood colour" "rosewood color" effect decor "rosewood grain" grain '
              'print pattern sanctuary',
         ex_match=['Siamese rosewood logs 3 m3, Dalbergia cochinchinensis', 'Huanghuali armchair, Ming style, old wood',
                   'Palisandro de Madagascar tablones 2 m', 'Madagascar rosewood planks, guitar tonewood'],
         ex_no=['Rosewood essential oil 10 ml', 'Rosewood effect vinyl flooring', 'Laminate table, rosewood colour']),
    dict(key='red-sanders', taxa=['Pterocarpus santalinus'], kind='wood', csv_names=True, appendix='II',
         names={'en': '"red sanders"|redsanders|"red sandalwood"|"red sandal wood"|"red sander"|"rakta chandan"|"lal chandan"|zitan|"zi tan"|"pterocarpus santalinus"',
                'fr': '"santal rouge"|"bois de santal rouge"', 'es': '"sandalo rojo"|"madera de sandalo rojo"', 'de': '"rotes sandelholz"|"rotem sandelholz"|"rote sandelholz"',
                'it': '"sandalo rosso"', 'nl': '"rood sandelhout"|"rode sandelhout"', 'pl': '"czerwony sandalowiec"|"czerwonego sandalowca"|"sandalowiec czerwony"',
                'pt': '"sandalo vermelho"', 'cs': '"cerveny santal"|"cerveneho santalu"'},
         not_='oil essential perfume fragrance soap candle cream face paste tilak skincare cosmetic '
              'cosmetics mask "face pack" sindoor',
         ex_match=['Red sandalwood logs 1 ton, Pterocarpus santalinus', 'Zitan wood carved box, old',
                   'Bois de santal rouge, bûches 50 kg'],
         ex_no=['Red sandalwood face pack powder 100 g', 'Red sandalwood essential oil 10 ml']),
    dict(key='agarwood', taxa=['Aquilaria', 'Gyrinops', 'Aquilaria malaccensis'], kind='agarwood', csv_names=False,
         appendix='II',
         names={'en': 'agarwood|aquilaria|gaharu|"aloeswood"|eaglewood|kyara|kynam|"chen xiang"|"wild agarwood"',
                'fr': '"bois d agar"|"bois d aigle"|"bois d aloes"', 'es': '"madera de agar"|agar|"palo de aguila"',
                'de': 'adlerholz|agarholz|aloeholz', 'it': '"legno di agar"|"legno d aquila"',
                'nl': 'agarhout|adelaarshout', 'pl': '"drewno agarowe"|agarowiec|"drzewo agarowe"', 'pt': '"pau de aguila"|"madeira de agar"',
                'cs': '"agarove drevo"|"aloove drevo"'},
         not_='perfume parfum eau fragrance spray diffuser "essential oil" candle soap shampoo deodorant '
              'lotion cream body agar-agar "agar agar" gelatin jelly dessert agarose petri "agar plate" '
              'bacteriological cologne room air freshener',
         ex_match=['Wild agarwood chips, sinking grade, 100 g', 'Gaharu kyara bracelet 108 beads',
                   'Bois d\'agar sauvage, copeaux 50 g'],
         ex_no=['Oud agarwood perfume spray 100 ml', 'Agar agar powder for jelly 500 g']),
    dict(key='corals', taxa=['Antipatharia', 'Scleractinia', 'Corallium rubrum', 'Corallium japonicum',
                             'Corallium elatius', 'Corallium konojoi', 'Corallium secundum'], kind='coral',
         csv_names=False, appendix='II',
         note='Black and stony corals Appendix II; precious red/pink corals (Corallium) Appendix III (China).',
         names={'en': '"black coral"|"red coral"|"pink coral"|"angel skin coral"|"sardinian coral"|"mediterranean coral"|"momo coral"|"aka coral"|"blood coral"|"precious coral"|"oxblood coral"',
                'fr': '"corail noir"|"corail rouge"|"corail rose"|"corail de mediterranee"|"corail peau d ange"',
                'es': '"coral negro"|"coral rojo"|"coral rosa"|"coral mediterraneo"|"coral sardo"',
                'de': '"schwarze koralle"|"schwarzer koralle"|"rote koralle"|"roter koralle"|"rote korallen"|"schaumkoralle"|blutkoralle|edelkoralle|edelkorallen',
                'it': '"corallo nero"|"corallo rosso"|"corallo rosa"|"corallo sardo"|"corallo mediterraneo"|"corallo di sciacca"|"pelle d angelo"',
                'nl': '"zwart koraal"|"zwarte koraal"|"rood koraal"|"rode koraal"|bloedkoraal|edelkoraal',
                'pl': '"czarny koral"|"koral czerwony"|"czerwony koral"|"czerwonego korala"|"koral szlachetny"',
                'pt': '"coral negro"|"coral vermelho"|"coral rosa"', 'cs': '"cerny koral"|"cerveny koral"|"ruzovy koral"|"drahy koral"'},
         not_='dyed bamboo "bamboo coral" sponge "sponge coral" reconstructed reconstituted pressed glass "coral color" '
              '"coral colour" "coral red" colour color couleur farbe colore kleur kolor barva lipstick nail polish '
              'dress shirt paint towel "coral fleece" fleece yarn wool tulle velvet "red coral lentils" lentils lenticchie '
              'lentejas tinto tinta tinte gefarbt "coral snake" snake "coral bells" heuchera plant seed seeds '
              '"coral red" "coral pink" cd vinyl',
         ex_match=['Natural red coral branch necklace, Sardinian, 25 g', 'Black coral raw branch 40 cm',
                   'Collana corallo rosso di Sciacca naturale', 'Edelkoralle Kette Blutkoralle, 19. Jh.'],
         ex_no=['Red coral lentils 1 kg', 'Dyed bamboo coral beads, red', 'Coral fleece blanket pink coral color']),
    dict(key='saiga-musk-vicuna', taxa=['Saiga tatarica', 'Moschus', 'Pantholops hodgsonii', 'Vicugna vicugna'],
         kind='saiga', csv_names=False, appendix='II',
         names={'en': 'saiga|"saiga horn"|"saiga antelope"|"musk deer"|"musk pod"|"musk pods"|"deer musk"|shahtoosh|shatoosh|"tibetan antelope"|chiru',
                'fr': 'saiga|"cerf porte-musc"|"porte musc"|chahtouche|shahtoosh|chiru',
                'es': '"antilope saiga"|saiga|"ciervo almizclero"|shahtoosh', 'de': 'saiga|saigahorn|moschushirsch|moschusbeutel|shahtoosh',
                'it': 'saiga|"cervo muschiato"|shahtoosh', 'nl': 'saiga|muskushert|shahtoosh', 'pl': 'suhak|saiga|pizmowiec|shahtoosh',
                'pt': 'saiga|"cervo almiscarado"|shahtoosh', 'cs': 'sajga|kabar|shahtoosh'},
         not_='"saiga 12" kalashnikov rifle shotgun magazine mag stock izhmash gun airsoft perfume '
              'parfum synthetic "white musk" pashmina',
         ex_match=['Saiga horn slices for TCM, 50 g', 'Shahtoosh shawl, ring shawl, antique',
                   'Musk deer pod, natural musk 2 g'],
         ex_no=['Saiga 12 shotgun magazine 10 rd', 'Saiga antelope plush toy']),
    dict(key='cetacean-teeth', taxa=['Physeter macrocephalus', 'Monodon monoceros', 'Odobenus rosmarus',
                                     'Hippopotamus amphibius', 'Orcinus orca'], kind='whale', csv_names=False,
         appendix='I',
         note='Sperm whale Appendix I; narwhal and hippopotamus Appendix II; walrus Appendix III (Canada). '
              'Severity of the highest listing (sperm whale teeth / scrimshaw).',
         names={'en': '"sperm whale"|"sperm whales"|cachalot|narwhal|narwhals|walrus|hippo|hippopotamus|orca|"killer whale"|whale|whales',
                'fr': 'cachalot|narval|hippopotame|orque|baleine', 'es': 'cachalote|narval|hipopotamo|orca|ballena',
                'de': 'pottwal|narwal|walross|flusspferd|nilpferd|schwertwal|orca|wal|wale', 'it': 'capodoglio|narvalo|tricheco|ippopotamo|orca|balena',
                'nl': 'potvis|narwal|walrus|nijlpaard|orka|walvis', 'pl': 'kaszalot|narwal|hipopotam|hipopotama|orka|wieloryb|wieloryba',
                'pt': 'cachalote|narval|hipopotamo|orca|baleia', 'cs': 'vorvan|narval|mroz|hroch|hrocha|kosatka|velryba|velryby'},
         compounds='pottwalzahn pottwalzahne walrosszahn walrosszahne narwalzahn flusspferdzahn nilpferdzahn '
                   'potviskies potvistand walrustand',
         not_='fossil fossils fossilized fossile fossilien fosil prehistoric ichthyosaur mosasaur megalodon '
              'cetotherium "whale watching" watching tour cruise "orca bay" orcabay "orca coolers" cooler tumbler '
              'dive snorkel lamp lamps corset corsets',
         ex_match=['Sperm whale tooth, scrimshaw, 19th century', 'Walrus tusk ivory, carved, 30 cm',
                   'Hippo tooth, raw, 1.2 kg', 'Narwhal tusk 180 cm'],
         ex_no=['Fossil whale vertebra, Miocene', 'Orca tumbler 30 oz cooler cup', 'Whale watching tour voucher',
                'Jaws Unleashed (Xbox): the great white shark against divers and killer whales']),
]

# ---------------------------------------------------------------------------------------
SEVERITY = {'I': 'critical', 'II': 'high', 'III': 'medium'}
CLASS_KIND = {'Mammalia': 'mammal', 'Aves': 'bird', 'Reptilia': 'reptile', 'Actinopteri': 'fish',
              'Elasmobranchii': 'fish', 'Coelacanthi': 'fish', 'Amphibia': 'amphibian', 'Insecta': 'insect'}
EX_FORM = {'mammal': ('skin', 'piel', 'peau'), 'cat': ('skin', 'piel', 'peau'), 'bird': ('chick', 'polluelo', 'poussin'),
           'reptile': ('hatchling', 'cria', 'bebe'), 'fish': ('live', 'vivo', 'vivant'),
           'amphibian': ('live', 'vivo', 'vivant'), 'insect': ('specimen', 'ejemplar', 'specimen')}


def fold(s):
    s = unicodedata.normalize('NFKD', s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L'))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def split_terms(s):
    """'a b "c d"' -> ['a', 'b', '"c d"']"""
    return re.findall(r'"[^"]*"|[^\s"]+', s)


def q_term(t):
    """Render one name/form as a query term: single token plain, several tokens as a phrase."""
    t = t.strip()
    if t.startswith('"'):
        inner = t.strip('"')
    else:
        inner = t
    inner = fold(inner).replace('’', "'")
    inner = re.sub(r"[^a-z0-9']+", ' ', inner).strip(" '")
    if not inner:
        return None
    return '"%s"' % inner if (' ' in inner or "'" in inner) else inner


def or_group(terms):
    seen = []
    for t in terms:
        q = q_term(t)
        if q and q not in seen:
            seen.append(q)
    return '(' + ' OR '.join(seen) + ')' if seen else None, seen


def usable_name(name):
    n = name.strip()
    if not n or not re.fullmatch(r"[A-Za-zÀ-ÿ' .\-]+", n):
        return None
    low = fold(n)
    if low in BLOCKED_NAMES:
        return None
    words = re.split(r'[\s\-]+', low)
    if len(words) == 1 and low not in SINGLE_WORD_OK:
        return None
    if len(low) < 5:
        return None
    return n


def plural(name):
    if name.endswith(('s', 'x', 'sh', 'ch')):
        return name + 'es'
    return name + 's'


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as fh:
        return {r['FullName']: r for r in csv.DictReader(fh)}


def top_appendix(listing):
    parts = [p for p in listing.split('/') if p in SEVERITY]
    for a in ('I', 'II', 'III'):
        if a in parts:
            return a
    return None


def yq(s):
    """YAML single-quoted scalar."""
    return "'" + s.replace("'", "''") + "'"


def build_query(names_by_lang, compounds, kind, langs, not_terms):
    names = []
    for l in langs:
        names += names_by_lang.get(l, [])
    forms = []
    for l in ['en'] + [l for l in langs if l != 'en']:
        forms += split_terms(FORMS[kind].get(l, ''))
    ng, _ = or_group(names)
    fg, _ = or_group(forms)
    core = '%s AND %s' % (ng, fg)
    if compounds:
        cg, _ = or_group(split_terms(compounds))
        core = '(%s) OR %s' % (core, cg)
        core = '(' + core + ')'
    xg, _ = or_group(split_terms(GLOBAL_NOT) + split_terms(not_terms))
    return '%s NOT %s' % (core, xg)


def emit_rule(out, rid, query, langs, severity, taxon, appendix, description, ex_match, ex_no, note=None):
    out.append('  - id: %s' % rid)
    out.append('    description: %s' % yq(description))
    out.append('    languages: [%s]' % ', '.join(langs))
    out.append('    severity: %s' % severity)
    out.append('    info:')
    out.append('      cites_appendix: %s' % yq(appendix))
    out.append('      taxon: %s' % yq(taxon))
    if note:
        out.append('      note: %s' % yq(note))
    out.append('    query: %s' % yq(query))
    out.append('    examples:')
    out.append('      match:')
    for e in ex_match:
        out.append('        - %s' % yq(e))
    out.append('      no_match:')
    for e in ex_no:
        out.append('        - %s' % yq(e))


def csv_names(row):
    res = {}
    for col, l in (('EnglishNames', 'en'), ('SpanishNames', 'es'), ('FrenchNames', 'fr')):
        ns = []
        for n in (row.get(col) or '').split(','):
            n = usable_name(n)
            if n:
                variants = [n]
                if l == 'en' and "'s " in n:
                    variants += [n.replace("'s ", ' '), n.replace("'s ", 's ')]
                if l == 'en':
                    variants += [plural(v) for v in list(variants)]
                for v in variants:
                    ns.append('"%s"' % v if (' ' in v or '-' in v or "'" in v) else v)
        if ns:
            res[l] = ns
    return res


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    rows = read_csv(argv[1])
    out = []
    out.append('# GENERATED by tools/wildlife/generate_wildlife.py from the CITES Species+ export')
    out.append('# (UNEP-WCMC / CITES, 2017-04-21). Do not edit by hand: change the generator and re-run it.')
    out.append('# See SOURCES.md in this folder.')
    out.append('name: wildlife-cites-species')
    out.append('version: 1.0.1')
    out.append('category: wildlife')
    out.append('dsa_category: STATEMENT_CATEGORY_ANIMAL_WELFARE')
    out.append('severity: high')
    out.append('languages: [%s]' % ', '.join(LANGS))
    out.append('description: CITES-listed species (Appendix I animals and the Appendix II taxa most traded as '
               'products) named together with a product or live-trade term.')
    out.append('source: CITES Species+ export 2017-04-21 (UNEP-WCMC / CITES), hand-added names and trade forms')
    out.append('changelog:')
    out.append('  - version: 1.0.1')
    out.append('    date: 2026-12-07')
    out.append('    changes: Offers that name a video game console, a DVD or Blu-ray, or a documentary'
               ' are left out (games and films about an animal).')
    out.append('  - version: 1.0.0')
    out.append('    date: 2026-11-23')
    out.append('    changes: First generated version.')
    out.append('rules:')
    n_rules = 0
    # ---- profiles
    for p in PROFILES:
        apps = []
        for t in p['taxa']:
            r = rows.get(t)
            if r:
                a = top_appendix(r['CurrentListing'])
                if a:
                    apps.append(a)
        appendix = p.get('appendix') or (min(apps, key=lambda a: len(a)) if apps else 'II')
        names = {l: v.split('|') for l, v in p['names'].items()}
        if p.get('csv_names'):
            for t in p['taxa']:
                if t in rows:
                    for l, ns in csv_names(rows[t]).items():
                        names.setdefault(l, [])
                        names[l] += [n for n in ns if n not in names[l]]
        langs = [l for l in LANGS if names.get(l)]
        q = build_query(names, p.get('compounds', ''), p['kind'], langs, p.get('not_', ''))
        emit_rule(out, 'wl-cites-%s' % p['key'], q, langs, SEVERITY[appendix], ', '.join(p['taxa']), appendix,
                  'CITES Appendix %s: %s offered as product or live animal.' % (appendix, ', '.join(p['taxa'])),
                  p['ex_match'], p['ex_no'], p.get('note'))
        n_rules += 1
    # ---- automatic pass: other Appendix I animal species
    done = set()
    for name, r in sorted(rows.items()):
        if r['Kingdom'] != 'Animalia' or r['RankName'] != 'SPECIES':
            continue
        listing = r['CurrentListing']
        if 'NC' in listing.split('/') or top_appendix(listing) != 'I':
            continue
        if r['Genus'] in AUTO_SKIP_GENERA or r['Class'] not in CLASS_KIND:
            continue
        kind = CLASS_KIND[r['Class']]
        names = csv_names(r)
        if not names.get('en'):
            continue
        key = tuple(sorted(set(names['en'])))
        if key in done:
            continue
        done.add(key)
        langs = [l for l in ('en', 'es', 'fr') if names.get(l)]
        q = build_query(names, '', kind, langs, '')
        en = names['en'][0].strip('"')
        f_en, f_es, f_fr = EX_FORM[kind]
        exm = ['%s %s for sale' % (en, f_en)]
        if names.get('es'):
            exm.append('%s de %s, se vende' % (f_es.capitalize(), names['es'][0].strip('"').lower()))
        elif names.get('fr'):
            exm.append('%s %s à vendre' % (names['fr'][0].strip('"'), f_fr))
        exn = ['%s plush toy' % en, 'Faux %s %s, resin replica' % (en.lower(), f_en)]
        slug = re.sub(r'[^a-z0-9]+', '-', fold(name)).strip('-')
        emit_rule(out, 'wl-cites-%s' % slug, q, langs, 'critical', name, 'I',
                  'CITES Appendix I: %s (%s) offered as live animal or product.' % (en, name), exm, exn)
        n_rules += 1
    with open(argv[2], 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    sys.stderr.write('wrote %d rules to %s\n' % (n_rules, argv[2]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
