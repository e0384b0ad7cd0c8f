package org.marketsweep.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chains of marketsweep, all over one field, {@value #FIELD}.
 *
 * <p>Listing side: emoji and in-word symbols are undone, the text is split by Unicode word
 * rules, case-folded (NFKC), elisions and possessives dropped, obfuscation read back
 * (spaced letters, look-alike letters, leetspeak, stretched letters); when the listing's
 * language has a stemmer, each word's stem is added at its position; diacritics are folded
 * last. Query side: the same normalisation without the obfuscation readers, and each word
 * gains its stems in the languages the rule is written for. A rule written in plain (even
 * accent-free) forms therefore matches whatever language a listing is in, and stems add the
 * inflections a rule did not spell out.
 */
public final class ListingAnalyzers {
  public static final String FIELD = "text";
  public static final String UNDETERMINED = "und";

  private final Map<String, Analyzer> listingAnalyzers = new ConcurrentHashMap<>();
  private final Map<String, Analyzer> queryAnalyzers = new ConcurrentHashMap<>();
  /**
   * Listing analyzers by the tag as given: a scan asks once per listing, and parsing the tag
   * each time (strip, lower-case, look-up) showed in profiles. Bounded, as tags come from data.
   */
  private final Map<String, Analyzer> listingAnalyzersByTag = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_TAGS = 1024;
  /** Word chains by the listing analyzer they are cut from. */
  private final Map<Analyzer, WordChain> wordChains = new ConcurrentHashMap<>();
  private volatile WordChain anyLanguageWordChain;

  /** Every language with its own stemming, then {@link #UNDETERMINED}. */
  public static List<String> languages() {
    List<String> all = new java.util.ArrayList<>(stemmedLanguages());
    all.add(UNDETERMINED);
    return List.copyOf(all);
  }

  /** Every language with its own stemming, in order. */
  public static List<String> stemmedLanguages() {
    return List.copyOf(new TreeSet<>(Stemmers.languages()));
  }

  /** The primary tag of {@code language} if it has a stemmer, else {@link #UNDETERMINED}. */
  public static String analysisLanguage(String language) {
    if (language == null || language.isBlank()) {
      return UNDETERMINED;
    }
    String tag = language.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
      end++;
    }
    String primary = tag.substring(0, end);
    return Stemmers.languages().contains(primary) ? primary : UNDETERMINED;
  }

  /** Listing-side analyzer for listings in {@code language} (any BCP-47 tag, or null). */
  public Analyzer listingAnalyzer(String language) {
    Analyzer cached = language == null ? null : listingAnalyzersByTag.get(language);
    if (cached != null) {
      return cached;
    }
    String lang = analysisLanguage(language);
    Analyzer analyzer = listingAnalyzers.computeIfAbsent(lang,
        l -> build(true, stemLanguages(List.of(l))));
    if (language != null && listingAnalyzersByTag.size() < MAX_CACHED_TAGS) {
      listingAnalyzersByTag.put(language, analyzer);
    }
    return analyzer;
  }

  /**
   * The listing-side chain for {@code language} cut into words ({@link WordChain}): the same
   * terms, positions and offsets as {@link #listingAnalyzer}, with the per-word filters apart.
   */
  public WordChain listingWordChain(String language) {
    return wordChains.computeIfAbsent(listingAnalyzer(language),
        a -> WordChain.of((CustomAnalyzer) a));
  }

  /**
   * The chain of {@link #anyLanguageAnalyzer} cut into words: the stems of every language go
   * to the sink of each {@link WordChain.Tail}.
   */
  public WordChain anyLanguageWordChain() {
    WordChain chain = anyLanguageWordChain;
    if (chain == null) {
      chain = listingWordChain(UNDETERMINED).withAnyLanguageStems(stemmedLanguages());
      anyLanguageWordChain = chain;
    }
    return chain;
  }

  /** Query-side analyzer for rules written for {@code languages} (may be empty). */
  public Analyzer queryAnalyzer(Collection<String> languages) {
    String key = String.join(",", stemLanguages(languages));
    return queryAnalyzers.computeIfAbsent(key, k -> build(false, k));
  }

  /**
   * Listing-side analyzer for listings whose language is not known yet: the chain of {@link
   * #UNDETERMINED}, and where a language's chain adds stems, each word's stems in every
   * language with a stemmer go to {@code sink} ({@link AnyLanguageStemFilter}). Every term a
   * listing has at some position when analysed in any one language, the stream or the sink
   * gives at that position. Each call builds a new analyzer; the sink hears from every thread
   * that uses it.
   */
  public Analyzer anyLanguageAnalyzer(AnyLanguageStemFilter.Sink sink) {
    CustomAnalyzer plain = (CustomAnalyzer) listingAnalyzer(UNDETERMINED);
    List<String> languages = stemmedLanguages();
    if (plain.getTokenFilterFactories().stream()
        .noneMatch(f -> f instanceof UnicodeFoldingFilterFactory)) {
      throw new IllegalStateException("The listing chain has no folding to put stems before");
    }
    return new Analyzer() {
      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        for (CharFilterFactory charFilter : plain.getCharFilterFactories()) {
          reader = charFilter.create(reader);
        }
        return reader;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = plain.getTokenizerFactory().create(attributeFactory(fieldName));
        return new TokenStreamComponents(tokenizer, AnyLanguageStemFilter.filter(tokenizer,
            plain.getTokenFilterFactories(), languages, sink));
      }
    };
  }

  private static String stemLanguages(Collection<String> languages) {
    TreeSet<String> stemmed = new TreeSet<>();
    for (String l : languages) {
      String lang = analysisLanguage(l);
      if (!lang.equals(UNDETERMINED)) {
        stemmed.add(lang);
      }
    }
    return String.join(",", stemmed);
  }

  private static Analyzer build(boolean listingSide, String stemLanguages) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(
          new ClasspathResourceLoader(ListingAnalyzers.class.getClassLoader()));
      if (listingSide) {
        b.addCharFilter(EmojiCharFilterFactory.NAME);
        b.addCharFilter(InWordSymbolCharFilterFactory.NAME);
      }
      b.withTokenizer("standard");
      b.addTokenFilter(NfkcCaseFoldFilterFactory.NAME);
      b.addTokenFilter("elision",
          "articles", "org/marketsweep/analysis/elisions.txt", "ignoreCase", "true");
      b.addTokenFilter("englishPossessive");
      if (listingSide) {
        b.addTokenFilter(SpacedLetterFilterFactory.NAME);
        b.addTokenFilter(ConfusableFilterFactory.NAME);
        b.addTokenFilter(LeetspeakFilterFactory.NAME);
        b.addTokenFilter(RepeatedLetterFilterFactory.NAME);
      }
      if (!stemLanguages.isEmpty()) {
        b.addTokenFilter(StemVariantFilterFactory.NAME, "languages", stemLanguages);
      }
      b.addTokenFilter(UnicodeFoldingFilterFactory.NAME);
      b.addTokenFilter(SamePositionDuplicatesFilterFactory.NAME);
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the listing analyzers", e);
    }
  }
}
