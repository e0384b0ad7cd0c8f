package org.marketsweep.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;

/** Each obfuscation reader on its own, then the whole listing chain. */
public class TestObfuscationFilters extends BaseTokenStreamTestCase {

  private static Analyzer chain(String... filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        var stream = new org.apache.lucene.analysis.core.LowerCaseFilter(tokenizer);
        org.apache.lucene.analysis.TokenStream out = stream;
        for (String name : filters) {
          out = factory(name).create(out);
        }
        return new TokenStreamComponents(tokenizer, out);
      }
    };
  }

  private static TokenFilterFactory factory(String spec) {
    String[] nameAndLanguages = spec.split(":");
    Map<String, String> args = new HashMap<>();
    if (nameAndLanguages.length > 1) {
      args.put("languages", nameAndLanguages[1]);
    }
    TokenFilterFactory f = TokenFilterFactory.forName(nameAndLanguages[0], args);
    if (f instanceof org.apache.lucene.util.ResourceLoaderAware aware) {
      try {
        aware.inform(new ClasspathResourceLoader(TestObfuscationFilters.class.getClassLoader()));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return f;
  }

  /** The quick "no emoji below U+00A9" test answers as the Unicode properties do. */
  public void testNothingBelowTheFirstPictographIsAnEmojiPart() {
    for (int cp = 0; cp < EmojiCharFilter.FIRST_EMOJI_PART; cp++) {
      assertFalse(Integer.toHexString(cp),
          com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp,
              com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)
          || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp,
              com.ibm.icu.lang.UProperty.EMOJI_MODIFIER)
          || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp,
              com.ibm.icu.lang.UProperty.REGIONAL_INDICATOR));
    }
    assertTrue(EmojiCharFilter.isEmojiPart(EmojiCharFilter.FIRST_EMOJI_PART));
  }

  /** The emoji table answers as the Unicode properties, for every code point. */
  public void testEmojiTableAsUnicodeProperties() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (EmojiCharFilter.isEmojiPart(cp) != EmojiCharFilter.isEmojiPartOfUnicode(cp)) {
        fail("U+" + Integer.toHexString(cp));
      }
    }
  }

  public void testSpacedLetters() throws IOException {
    Analyzer a = chain(SpacedLetterFilterFactory.NAME);
    assertAnalyzesTo(a, "I V O R Y tusk", new String[] {"ivory", "tusk"},
        new int[] {0, 10}, new int[] {9, 14}, new int[] {1, 1});
    assertAnalyzesTo(a, "real R-O-L-E-X", new String[] {"real", "rolex"},
        new int[] {0, 5}, new int[] {4, 14}, new int[] {1, 1});
    assertAnalyzesTo(a, "i.v.o.r.y bangle", new String[] {"ivory", "bangle"});
    assertAnalyzesTo(a, "r_o_l_e_x", new String[] {"rolex"});
    assertAnalyzesTo(a, "4 x 4 truck", new String[] {"4", "x", "4", "truck"});
    assertAnalyzesTo(a, "vitamin a b", new String[] {"vitamin", "a", "b"});
    assertAnalyzesTo(a, "u.s", new String[] {"u.s"});
    checkRandomData(random(), a, 200);
    a.close();
  }

  public void testLeetspeak() throws IOException {
    Analyzer a = chain(LeetspeakFilterFactory.NAME);
    assertAnalyzesTo(a, "1vory r3plica 2024", new String[] {"1vory", "ivory", "lvory", "r3plica",
        "replica", "2024"}, new int[] {1, 0, 0, 1, 0, 1});
    assertAnalyzesTo(a, "gucc1", new String[] {"gucc1", "gucci", "guccl"});
    assertAnalyzesTo(a, "h0rn", new String[] {"h0rn", "horn"});
    checkRandomData(random(), a, 200);
    a.close();
  }

  public void testConfusables() throws IOException {
    Analyzer a = chain(ConfusableFilterFactory.NAME);
    // Latin word with a Cyrillic о: replaced by its Latin reading
    assertAnalyzesTo(a, "iv\u043Ery", new String[] {"ivory"}, new int[] {1});
    // Cyrillic word of look-alikes only: kept, with the Latin reading as a variant
    assertAnalyzesTo(a, "\u0440\u043E\u0440", new String[] {"\u0440\u043E\u0440", "pop"},
        new int[] {1, 0});
    // genuine Russian word with letters that have no Latin look-alike: untouched
    assertAnalyzesTo(a, "\u0441\u043B\u043E\u043D", new String[] {"\u0441\u043B\u043E\u043D"});
    checkRandomData(random(), a, 200);
    a.close();
  }

  public void testRepeatedLetters() throws IOException {
    Analyzer a = chain(RepeatedLetterFilterFactory.NAME);
    assertAnalyzesTo(a, "ivorrry", new String[] {"ivorrry", "ivory", "ivorry"},
        new int[] {1, 0, 0});
    assertAnalyzesTo(a, "guuucci", new String[] {"guuucci", "gucci", "guucci"});
    assertAnalyzesTo(a, "channel", new String[] {"channel"});
    assertAnalyzesTo(a, "horn", new String[] {"horn"});
    assertAnalyzesTo(a, "1000", new String[] {"1000"});
    checkRandomData(random(), a, 200);
    a.close();
  }

  public void testEmojiBetweenLettersIsDropped() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }

      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new EmojiCharFilter(reader);
      }
    };
    assertAnalyzesTo(a, "i\uD83D\uDC18vory rhino \uD83E\uDD8F horn",
        new String[] {"ivory", "rhino", "horn"}, new int[] {0, 8, 17}, new int[] {7, 13, 21});
    checkRandomData(random(), a, 200);
    a.close();
  }

  public void testSymbolsInsideWords() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }

      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return charFactory(InWordSymbolCharFilterFactory.NAME).create(reader);
      }
    };
    assertAnalyzesTo(a, "iv@ry $upreme costs $25 now!", new String[] {"ivary", "supreme",
        "costs", "25", "now"});
    checkRandomData(random(), a, 200);
    a.close();
  }

  private static CharFilterFactory charFactory(String name) {
    CharFilterFactory f = CharFilterFactory.forName(name, new HashMap<>());
    try {
      ((org.apache.lucene.util.ResourceLoaderAware) f).inform(
          new ClasspathResourceLoader(TestObfuscationFilters.class.getClassLoader()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return f;
  }

  public void testWholeListingChain() throws IOException {
    ListingAnalyzers analyzers = new ListingAnalyzers();
    Analyzer neutral = analyzers.listingAnalyzer(null);
    assertAnalyzesTo(neutral, "Réplique l'IVOIRE", new String[] {"replique", "ivoire"});
    assertAnalyzesTo(neutral, "Ｒｏｌｅｘ", new String[] {"rolex"});
    Analyzer english = analyzers.listingAnalyzer("en-GB");
    assertAnalyzesTo(english, "tusks", new String[] {"tusks", "tusk#en"}, new int[] {1, 0});
    Analyzer rule = analyzers.queryAnalyzer(java.util.List.of("pl", "fr", "xx"));
    assertAnalyzesTo(rule, "répliques", new String[] {"repliques", "repliqu#fr", "repliques#pl"},
        new int[] {1, 0, 0});
    for (String language : ListingAnalyzers.languages()) {
      checkRandomData(random(), analyzers.listingAnalyzer(language), 100);
      checkRandomData(random(), analyzers.queryAnalyzer(java.util.List.of(language)), 100);
    }
  }

  public void testStemVariants() throws IOException {
    Analyzer a = chain(StemVariantFilterFactory.NAME + ":en,de");
    assertAnalyzesTo(a, "tusks of elephants", new String[] {"tusks", "tusk#en", "tusk#de",
        "of", "elephants", "elephant#en", "elephant#de"});
  }

  public void testFactoriesRejectBogusArguments() {
    for (String name : new String[] {LeetspeakFilterFactory.NAME, ConfusableFilterFactory.NAME,
        RepeatedLetterFilterFactory.NAME, SpacedLetterFilterFactory.NAME,
        StemVariantFilterFactory.NAME}) {
      Map<String, String> args = new HashMap<>(Map.of("bogusArg", "bogusValue"));
      if (name.equals(StemVariantFilterFactory.NAME)) {
        args.put("languages", "en");
      }
      IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
          () -> TokenFilterFactory.forName(name, args));
      assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    }
    expectThrows(IllegalArgumentException.class, () -> TokenFilterFactory.forName(
        StemVariantFilterFactory.NAME, new HashMap<>(Map.of("languages", "tlh"))));
    for (String name : new String[] {EmojiCharFilterFactory.NAME,
        InWordSymbolCharFilterFactory.NAME}) {
      Map<String, String> args = new HashMap<>(Map.of("bogusArg", "bogusValue"));
      expectThrows(IllegalArgumentException.class, () -> CharFilterFactory.forName(name, args));
    }
  }
}
