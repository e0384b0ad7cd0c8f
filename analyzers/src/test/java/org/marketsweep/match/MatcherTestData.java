package org.marketsweep.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marketsweep.lists.Category;
import org.marketsweep.lists.Conditions;
import org.marketsweep.lists.Rule;
import org.marketsweep.lists.Severity;

/** Generated rules of every query shape and listings that hit and miss them. */
final class MatcherTestData {
  /** Words rules and listings share; several inflect (stems), several repeat in phrases. */
  static final String[] WORDS = {
      "ivory", "tusk", "tusks", "carved", "carving", "carvings", "elephant", "elephants",
      "rhino", "horn", "horns", "powder", "replica", "replicas", "rolex", "submariner", "fake",
      "copy", "clone", "watch", "watches", "antique", "bangle", "statue", "statues", "white",
      "resin", "faux", "plastic", "colour", "coloured", "genuine", "real", "old", "rare",
      "marfil", "elfenbein", "ivoire", "sculpture", "sculptures", "tallado", "figura",
      "schnitzerei", "kosc", "sloniowa", "podrobka", "replique", "montre", "croc", "embossed",
      "laser", "pointer", "magnet", "balls", "neodymium", "1", "5000mw", "shark", "fin",
      "fins", "turtle", "shell", "bear", "bile", "pangolin", "scales", "tiger", "bone",
      "wine", "leather", "bag", "bags", "gucci", "louis", "vuitton", "dupe", "inspired"};
  static final String[] FILLER = {"the", "a", "with", "for", "and", "very", "nice", "box",
      "papers", "size", "12", "new", "used", "great", "condition", "de", "en", "und", "mit",
      "sehr", "très", "bon", "état", "stan", "dobry", "con", "muy"};
  static final List<List<String>> LANGUAGES = List.of(List.of(), List.of("en"),
      List.of("en", "fr", "de"), List.of("fr"), List.of("de", "nl", "pl"), List.of("es", "it"),
      List.of("en", "fr", "de", "es", "it", "nl", "pl", "pt", "cs"));
  static final String[] LISTING_LANGUAGES = {null, null, "en", "fr", "de", "pl", "es", "it",
      "nl", "pt-BR", "xx"};

  /**
   * Listing titles and descriptions written in each language with stems, long enough for the
   * language to be detected, with inflected rule words (so that stems decide) and without.
   */
  static final String[][] SENTENCES = {
      {"Antique carved ivory elephants, pair of statues",
          "Two hand carved elephants with long tusks, bought in the seventies, very good condition"},
      {"Replica watches with box and papers",
          "These replicas look like the real watches, nobody will notice the difference"},
      {"Vintage leather bags for sale",
          "Genuine leather, lightly used, the colours are still bright and the straps are fine"},
      {"Sculptures anciennes en ivoire sculpté",
          "Deux éléphants sculptés avec leurs défenses, très bon état, vendus avec certificat"},
      {"Montres répliques avec boîte",
          "Ces répliques ressemblent aux vraies montres, livraison rapide partout en France"},
      {"Sac en cuir véritable pour femme",
          "Très beau sac acheté en boutique, porté quelques fois seulement, aucune rayure"},
      {"Alte Elfenbeinschnitzereien aus Sammlung",
          "Zwei geschnitzte Elefanten mit Stoßzähnen, sehr guter Zustand, aus einem Nachlass"},
      {"Uhren Repliken mit Box und Papieren",
          "Die Repliken sehen aus wie echte Uhren, Versand innerhalb von zwei Tagen"},
      {"Figuras de marfil tallado antiguas",
          "Dos elefantes tallados con sus colmillos, en muy buen estado, se venden juntos"},
      {"Relojes réplicas con caja y papeles",
          "Las réplicas parecen relojes auténticos, envío gratis a toda España"},
      {"Sculture antiche in avorio intagliato",
          "Due elefanti intagliati con le zanne, ottime condizioni, provenienti da una collezione"},
      {"Orologi repliche con scatola",
          "Queste repliche sembrano orologi veri, spedizione veloce in tutta Italia"},
      {"Oude ivoren beeldjes van olifanten",
          "Twee gesneden olifanten met slagtanden, zeer goede staat, uit een nalatenschap"},
      {"Replica horloges met doos en papieren",
          "Deze replica's lijken op echte horloges, snelle verzending in heel Nederland"},
      {"Stare figurki z kości słoniowej",
          "Dwa rzeźbione słonie z ciosami, stan bardzo dobry, sprzedam razem z certyfikatem"},
      {"Zegarki repliki z pudełkiem",
          "Te repliki wyglądają jak prawdziwe zegarki, szybka wysyłka na terenie całej Polski"},
      {"Esculturas antigas de marfim entalhado",
          "Dois elefantes entalhados com as presas, em muito bom estado, vendidos juntos"},
      {"Relógios réplicas com caixa",
          "Estas réplicas parecem relógios verdadeiros, envio rápido para todo o Brasil"},
      {"Staré řezby ze slonoviny",
          "Dva vyřezávaní sloni s kly, ve velmi dobrém stavu, prodávám společně s certifikátem"},
      {"Hodinky repliky s krabičkou",
          "Tyto repliky vypadají jako pravé hodinky, rychlé doručení po celé České republice"}};

  private MatcherTestData() {}

  static Rule rule(String id, String query, List<String> languages, Conditions conditions) {
    return new Rule(id, query, Category.COUNTERFEIT, null, Severity.HIGH, languages, null,
        conditions, Map.of(), List.of(), List.of(), "generated", "1.0.0", "generated.yaml", 1);
  }

  static List<Rule> generatedRules(Random r, int count) {
    return generatedRules(r, count, true);
  }

  /** Generated rules; without wildcards (and fuzzy terms) when {@code wildcards} is false. */
  static List<Rule> generatedRules(Random r, int count, boolean wildcards) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String query = query(r, 0, wildcards);
      rules.add(rule("g-" + i, query, LANGUAGES.get(r.nextInt(LANGUAGES.size())),
          Conditions.NONE));
    }
    return rules;
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  /** A query of a random shape; deeper levels get simpler. */
  static String query(Random r, int depth, boolean wildcards) {
    int shape = r.nextInt(depth > 1 ? 6 : 15);
    return switch (shape) {
      case 0, 1 -> word(r);
      case 2 -> "\"" + word(r) + " " + word(r) + "\"";
      case 3 -> "\"" + phraseWords(r) + "\"~" + (1 + r.nextInt(4));
      case 4 -> wildcards ? wildcard(r) : word(r) + "s";
      case 5 -> "\"" + word(r) + " " + word(r) + " " + word(r) + "\"";
      case 6, 7 -> query(r, depth + 1, wildcards) + " " + query(r, depth + 1, wildcards);
      case 8, 9 -> "(" + query(r, depth + 1, wildcards) + " OR " + query(r, depth + 1, wildcards) + " OR "
          + query(r, depth + 1, wildcards) + ")";
      case 10 -> query(r, depth + 1, wildcards) + " NOT " + query(r, depth + 1, wildcards);
      case 11 -> "(" + query(r, depth + 1, wildcards) + " OR " + query(r, depth + 1, wildcards) + ") NOT ("
          + query(r, depth + 1, wildcards) + " OR " + query(r, depth + 1, wildcards) + ")";
      case 12 -> "croc-embossed " + word(r);
      case 13 -> "+" + word(r) + " " + word(r) + " -" + word(r);
      default -> "\"" + word(r) + " " + word(r) + "\"~" + r.nextInt(3) + " AND "
          + query(r, depth + 1, wildcards);
    };
  }

  /** Two to four words, sometimes repeating one (sloppy phrases with repeats). */
  private static String phraseWords(Random r) {
    int n = 2 + r.nextInt(3);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(i > 0 && r.nextInt(4) == 0 ? words.get(r.nextInt(i)) : word(r));
    }
    return String.join(" ", words);
  }

  private static String wildcard(Random r) {
    String w = word(r);
    if (w.length() < 4) {
      return w + "*";
    }
    return switch (r.nextInt(6)) {
      case 0 -> w.substring(0, 2) + "*";
      case 1 -> w.substring(0, 3) + "?" + w.substring(4);
      case 2 -> w.charAt(0) + "*" + w.substring(w.length() - 2);
      case 3 -> "/" + w.substring(0, 2) + ".*/";
      case 4 -> w.substring(0, w.length() - 1) + "~1";
      default -> w.substring(0, 3) + "*";
    };
  }

  static List<ListingText> generatedListings(Random r, int count) {
    List<ListingText> listings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = text(r, 3 + r.nextInt(8));
      String description = r.nextInt(3) == 0 ? null : text(r, 5 + r.nextInt(60));
      String language = LISTING_LANGUAGES[r.nextInt(LISTING_LANGUAGES.length)];
      listings.add(new ListingText(title, description, language, null, null, null, null));
    }
    return listings;
  }

  private static String text(Random r, int words) {
    StringBuilder b = new StringBuilder();
    String previous = word(r);
    for (int i = 0; i < words; i++) {
      String w = r.nextInt(5) == 0 ? previous : r.nextInt(3) == 0
          ? FILLER[r.nextInt(FILLER.length)] : word(r);
      previous = w;
      if (r.nextInt(8) == 0) {
        w = obfuscate(r, w);
      } else if (r.nextInt(6) == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      if (b.length() > 0) {
        b.append(r.nextInt(10) == 0 ? ", " : r.nextInt(12) == 0 ? " - " : " ");
      }
      b.append(w);
    }
    return b.toString();
  }

  private static String obfuscate(Random r, String w) {
    return switch (r.nextInt(7)) {
      case 0 -> w.replace('o', '0').replace('i', '1').replace('e', '3');
      case 1 -> String.join(" ", w.toUpperCase().split(""));
      case 2 -> String.join(".", w.split(""));
      case 3 -> w.replace('o', '\u043E').replace('a', '\u0430');
      case 4 -> w.length() > 2 ? w.substring(0, 2) + w.charAt(2) + w.charAt(2) + w.charAt(2)
          + w.substring(3) : w;
      case 5 -> w.length() > 2 ? w.charAt(0) + "@" + w.substring(2) : w;
      default -> w.toUpperCase();
    };
  }
}
