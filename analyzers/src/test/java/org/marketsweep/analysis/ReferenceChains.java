package org.marketsweep.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * The listing and query analysis chains exactly as {@link ListingAnalyzers} built them before
 * the analysis speed work: the stock Lucene {@code icuNormalizer2}, {@code elision}, {@code
 * englishPossessive}, {@code icuFolding} and {@code removeDuplicates} factories and frozen
 * copies ({@code Reference…}) of the marketsweep filters. The optimised chains must produce
 * the same tokens, so this class must not follow changes to the production chain.
 */
final class ReferenceChains {
  private ReferenceChains() {}

  /** The reference listing-side analyzer for {@code language} (a tag, or null). */
  static Analyzer listing(String language) {
    return build(true, stemLanguages(Arrays.asList(language)));
  }

  /** The reference query-side analyzer for rules written for {@code languages}. */
  static Analyzer query(Collection<String> languages) {
    return build(false, stemLanguages(languages));
  }

  private static String stemLanguages(Collection<String> languages) {
    TreeSet<String> stemmed = new TreeSet<>();
    for (String l : languages) {
      String lang = ListingAnalyzers.analysisLanguage(l);
      if (!lang.equals(ListingAnalyzers.UNDETERMINED)) {
        stemmed.add(lang);
      }
    }
    return String.join(",", stemmed);
  }

  private static Analyzer build(boolean listingSide, String stemLanguages) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(
          new ClasspathResourceLoader(ReferenceChains.class.getClassLoader()));
      if (listingSide) {
        b.addCharFilter(Emoji.class);
        b.addCharFilter(InWordSymbol.class);
      }
      b.withTokenizer("standard");
      b.addTokenFilter("icuNormalizer2", "name", "nfkc_cf");
      b.addTokenFilter("elision",
          "articles", "org/marketsweep/analysis/elisions.txt", "ignoreCase", "true");
      b.addTokenFilter("englishPossessive");
      if (listingSide) {
        b.addTokenFilter(SpacedLetter.class);
        b.addTokenFilter(Confusable.class);
        b.addTokenFilter(Leetspeak.class);
        b.addTokenFilter(RepeatedLetter.class);
      }
      if (!stemLanguages.isEmpty()) {
        b.addTokenFilter(StemVariants.class, "languages", stemLanguages);
      }
      b.addTokenFilter("icuFolding");
      b.addTokenFilter("removeDuplicates");
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void noArgs(Map<String, String> args) {
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Reference {@code emoji}. */
  public static final class Emoji extends CharFilterFactory {
    public Emoji(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public Reader create(Reader input) {
      return new ReferenceEmojiCharFilter(input);
    }
  }

  /** Reference {@code inWordSymbol}, bundled mapping. */
  public static final class InWordSymbol extends CharFilterFactory
      implements ResourceLoaderAware {
    private Map<Integer, String> swaps;

    public InWordSymbol(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
      Map<Integer, String> loaded = new HashMap<>();
      for (Map.Entry<Integer, List<String>> e : CharMappings.load(loader,
          InWordSymbolCharFilterFactory.DEFAULT_MAPPING).entrySet()) {
        loaded.put(e.getKey(), e.getValue().get(0));
      }
      swaps = Map.copyOf(loaded);
    }

    @Override
    public Reader create(Reader input) {
      return new ReferenceInWordSymbolCharFilter(input, swaps);
    }
  }

  /** Reference {@code spacedLetter}. */
  public static final class SpacedLetter extends TokenFilterFactory {
    public SpacedLetter(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ReferenceSpacedLetterFilter(input);
    }
  }

  /** Reference {@code confusable}, bundled mapping. */
  public static final class Confusable extends TokenFilterFactory
      implements ResourceLoaderAware {
    private Map<Integer, List<String>> latin;

    public Confusable(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
      latin = Map.copyOf(CharMappings.load(loader, ConfusableFilterFactory.DEFAULT_MAPPING));
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ReferenceConfusableFilter(input, latin);
    }
  }

  /** Reference {@code leetspeak}, bundled mapping. */
  public static final class Leetspeak extends TokenFilterFactory
      implements ResourceLoaderAware {
    private Map<Integer, List<String>> readings;

    public Leetspeak(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
      readings = Map.copyOf(CharMappings.load(loader, LeetspeakFilterFactory.DEFAULT_MAPPING));
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ReferenceLeetspeakFilter(input, readings);
    }
  }

  /** Reference {@code repeatedLetter}. */
  public static final class RepeatedLetter extends TokenFilterFactory {
    public RepeatedLetter(Map<String, String> args) {
      super(args);
      noArgs(args);
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ReferenceRepeatedLetterFilter(input);
    }
  }

  /** Reference {@code stemVariants}. */
  public static final class StemVariants extends TokenFilterFactory {
    private final List<String> languages;

    public StemVariants(Map<String, String> args) {
      super(args);
      languages = Arrays.stream(require(args, "languages").split(","))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      noArgs(args);
    }

    @Override
    public TokenStream create(TokenStream input) {
      return new ReferenceStemVariantFilter(input, languages);
    }
  }
}
