package org.marketsweep.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chains of marketsweep. A listing is indexed into one field named after its
 * language ({@code text_fr}, …, or {@code text_und} when the language is unknown or has no
 * stemmer here); a rule is compiled once per field with the matching query-side chain.
 *
 * <p>Listing side: emoji and in-word symbols are undone, the text is split by Unicode word
 * rules, case-folded (NFKC), elisions and possessives dropped, obfuscation read back
 * (spaced letters, look-alike letters, leetspeak, stretched letters), then, for a known
 * language, each word is kept and also stemmed, and finally diacritics are folded.
 * Query side: the same normalisation without the obfuscation readers; a query word also
 * keeps its unstemmed form, so a rule written in plain (even accent-free) forms matches
 * whatever language a listing is analysed in.
 */
public final class ListingAnalyzers {
  /** Field prefix; the suffix is a language code or {@link #UNDETERMINED}. */
  public static final String FIELD_PREFIX = "text_";
  public static final String UNDETERMINED = "und";

  /** Languages with a stemmer, and the filters that stem them (after case folding). */
  private static final Map<String, List<String[]>> STEMMERS = stemmers();

  private final Map<String, Analyzer> indexAnalyzers = new LinkedHashMap<>();
  private final Map<String, Analyzer> queryAnalyzers = new LinkedHashMap<>();
  private final PerFieldAnalyzerWrapper indexAnalyzer;

  public ListingAnalyzers() {
    for (String language : languages()) {
      List<String[]> stemmer = STEMMERS.getOrDefault(language, List.of());
      indexAnalyzers.put(field(language), build(true, stemmer));
      queryAnalyzers.put(field(language), build(false, stemmer));
    }
    indexAnalyzer = new PerFieldAnalyzerWrapper(
        indexAnalyzers.get(field(UNDETERMINED)), indexAnalyzers);
  }

  /** Every language with its own field, {@link #UNDETERMINED} last. */
  public static List<String> languages() {
    List<String> all = new java.util.ArrayList<>(STEMMERS.keySet());
    all.add(UNDETERMINED);
    return List.copyOf(all);
  }

  /** The field a listing in {@code language} (BCP-47, any case, may be null) is indexed into. */
  public static String field(String language) {
    return FIELD_PREFIX + fieldLanguage(language);
  }

  /** The primary tag of {@code language} if it has its own field, else {@link #UNDETERMINED}. */
  public static String fieldLanguage(String language) {
    if (language == null || language.isBlank()) {
      return UNDETERMINED;
    }
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return STEMMERS.containsKey(primary) ? primary : UNDETERMINED;
  }

  /** Listing-side analyzer for every field (per-field wrapper). */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** Listing-side analyzer of one field. */
  public Analyzer indexAnalyzer(String field) {
    return indexAnalyzers.get(field);
  }

  /** Query-side analyzer of one field (no obfuscation readers, same normalisation). */
  public Analyzer queryAnalyzer(String field) {
    return queryAnalyzers.get(field);
  }

  /** All fields, {@code text_und} last. */
  public List<String> fields() {
    return List.copyOf(indexAnalyzers.keySet());
  }

  private static Analyzer build(boolean listingSide, List<String[]> stemmer) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(
          new ClasspathResourceLoader(ListingAnalyzers.class.getClassLoader()));
      if (listingSide) {
        b.addCharFilter(EmojiCharFilterFactory.NAME);
        b.addCharFilter(InWordSymbolCharFilterFactory.NAME);
      }
      b.withTokenizer("standard");
      b.addTokenFilter("icuNormalizer2", "name", "nfkc_cf");
      b.addTokenFilter("elision",
          "articles", "org/marketsweep/analysis/elisions.txt", "ignoreCase", "true");
      b.addTokenFilter("englishPossessive");
      if (listingSide) {
        b.addTokenFilter(SpacedLetterFilterFactory.NAME);
        b.addTokenFilter(ConfusableFilterFactory.NAME);
        b.addTokenFilter(LeetspeakFilterFactory.NAME);
        b.addTokenFilter(RepeatedLetterFilterFactory.NAME);
      }
      if (!stemmer.isEmpty()) {
        b.addTokenFilter("keywordRepeat");
      }
      for (String[] filter : stemmer) {
        b.addTokenFilter(filter[0], java.util.Arrays.copyOfRange(filter, 1, filter.length));
      }
      b.addTokenFilter("icuFolding");
      if (!stemmer.isEmpty()) {
        b.addTokenFilter("removeDuplicates");
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the listing analyzers", e);
    }
  }

  private static Map<String, List<String[]>> stemmers() {
    Map<String, List<String[]>> m = new LinkedHashMap<>();
    m.put("en", List.<String[]>of(new String[] {"englishMinimalStem"}));
    m.put("fr", List.<String[]>of(new String[] {"frenchLightStem"}));
    m.put("de", List.of(new String[] {"germanNormalization"}, new String[] {"germanLightStem"}));
    m.put("es", List.<String[]>of(new String[] {"spanishLightStem"}));
    m.put("it", List.<String[]>of(new String[] {"italianLightStem"}));
    m.put("nl", List.<String[]>of(new String[] {"snowballPorter", "language", "Dutch"}));
    m.put("pl", List.<String[]>of(new String[] {"stempelPolishStem"}));
    m.put("pt", List.<String[]>of(new String[] {"portugueseLightStem"}));
    m.put("cs", List.<String[]>of(new String[] {"czechStem"}));
    return java.util.Collections.unmodifiableMap(m);
  }
}
