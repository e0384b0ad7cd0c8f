package org.marketsweep.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.cz.CzechStemmer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Light stemmers of the languages marketsweep analyses, as word functions: Lucene's light
 * (or minimal) stemmers where Lucene has one, Snowball for Dutch, Stempel for Polish.
 * A stemmer instance is not thread-safe; {@link #create} makes a fresh one.
 */
public final class Stemmers {
  /** A word-to-stem function. */
  @FunctionalInterface
  public interface WordStemmer {
    String stem(String word);
  }

  /** Lucene's stemmers that work in place on a char array. */
  private static final Map<String, Supplier<InPlace>> IN_PLACE = Map.of(
      "en", () -> new EnglishMinimalStemmer()::stem,
      "fr", () -> new FrenchLightStemmer()::stem,
      "de", () -> new GermanLightStemmer()::stem,
      "es", () -> new SpanishLightStemmer()::stem,
      "it", () -> new ItalianLightStemmer()::stem,
      "pt", () -> new PortugueseLightStemmer()::stem,
      "cs", () -> new CzechStemmer()::stem);

  private static final Map<String, Supplier<WordStemmer>> BY_LANGUAGE = Map.of(
      "en", () -> light(IN_PLACE.get("en").get()),
      "fr", () -> light(IN_PLACE.get("fr").get()),
      "de", () -> light(IN_PLACE.get("de").get()),
      "es", () -> light(IN_PLACE.get("es").get()),
      "it", () -> light(IN_PLACE.get("it").get()),
      "pt", () -> light(IN_PLACE.get("pt").get()),
      "cs", () -> light(IN_PLACE.get("cs").get()),
      "nl", Stemmers::dutch,
      "pl", Stemmers::polish);

  private Stemmers() {}

  /** Languages with a stemmer (primary BCP-47 tags). */
  public static Set<String> languages() {
    return BY_LANGUAGE.keySet();
  }

  /** A new stemmer for {@code language}; throws for a language without one. */
  public static WordStemmer create(String language) {
    Supplier<WordStemmer> s = BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
    if (s == null) {
      throw new IllegalArgumentException("No stemmer for language \"" + language + "\" (have "
          + new java.util.TreeSet<>(BY_LANGUAGE.keySet()) + ")");
    }
    return s.get();
  }

  /**
   * The shape of Lucene's light stemmers: stem {@code word[0..length)} in place, return the
   * new length. The array holds exactly the word, as {@link #create}'s stemmers pass it.
   */
  interface InPlace {
    int stem(char[] word, int length);
  }

  /**
   * A new in-place stemmer for {@code language}, or null when its stemmer works on strings
   * only (Dutch, Polish). Spares a filter the strings of {@link WordStemmer} on every word.
   */
  static InPlace createInPlace(String language) {
    Supplier<InPlace> s = IN_PLACE.get(language.toLowerCase(Locale.ROOT));
    return s == null ? null : s.get();
  }

  private static WordStemmer light(InPlace stemmer) {
    return word -> {
      char[] chars = word.toCharArray();
      return new String(chars, 0, stemmer.stem(chars, chars.length));
    };
  }

  private static WordStemmer dutch() {
    DutchStemmer snowball = new DutchStemmer();
    return word -> {
      snowball.setCurrent(word);
      snowball.stem();
      return snowball.getCurrent();
    };
  }

  private static WordStemmer polish() {
    StempelStemmer stempel = new StempelStemmer(PolishAnalyzer.getDefaultTable());
    return word -> {
      StringBuilder stem = stempel.stem(word);
      return stem == null || stem.length() == 0 ? word : stem.toString();
    };
  }
}
