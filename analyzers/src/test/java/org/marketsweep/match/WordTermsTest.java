package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.marketsweep.analysis.AnyLanguageStemFilter;
import org.marketsweep.analysis.ChainTexts;
import org.marketsweep.analysis.ListingAnalyzers;

/**
 * A listing read word by word, each word's rule terms kept from listing to listing, gives the
 * same index (every rule term present, at the same positions and offsets) as the whole chain
 * run over every token: in every analysis language, and with the stems of every language; with
 * a cache small enough to start afresh many times.
 */
class WordTermsTest {
  private static final int SMALL_CACHE = 64;
  private final ListingAnalyzers analyzers = new ListingAnalyzers();

  @Test
  void sameIndexAsTheWholeChain() {
    List<String> texts = ChainTexts.mixture(new Random(17), 8, 500);
    TermIds ids = ruleTerms(texts);
    for (String language : ListingAnalyzers.languages()) {
      Analyzer whole = analyzers.listingAnalyzer(language);
      WordTerms words = new WordTerms(analyzers.listingWordChain(language), ids, SMALL_CACHE);
      ListingIndex expected = new ListingIndex(ids, false, 0);
      ListingIndex actual = new ListingIndex(ids, false, 0);
      int withTerms = 0;
      for (String text : texts) {
        expected.analyse(whole, text);
        actual.analyse(words, text);
        assertEquals(dump(ids, expected), dump(ids, actual), () -> language + ": " + text);
        withTerms += expected.presentCount() > 0 ? 1 : 0;
      }
      assertTrue(withTerms > texts.size() / 2, language + ": " + withTerms + " with terms");
    }
  }

  @Test
  void sameIndexWithTheStemsOfEveryLanguage() {
    List<String> texts = ChainTexts.mixture(new Random(18), 8, 500);
    TermIds ids = ruleTerms(texts);
    ListingIndex expected = new ListingIndex(ids, false, 0);
    Analyzer whole = analyzers.anyLanguageAnalyzer(new AnyLanguageStemFilter.Sink() {
      @Override
      public int code(char[] term, int length) {
        return ids.id(term, length);
      }

      @Override
      public void stems(int[] codes, int offset, int count, int position, int start,
          int end) {
        expected.addStems(codes, offset, count, position, start, end);
      }
    });
    WordTerms words = new WordTerms(analyzers.anyLanguageWordChain(), ids, SMALL_CACHE);
    ListingIndex actual = new ListingIndex(ids, false, 0);
    int stemmed = 0;
    for (String text : texts) {
      expected.analyse(whole, text);
      actual.analyse(words, text);
      Map<String, String> index = dump(ids, expected);
      assertEquals(index, dump(ids, actual), text);
      stemmed += index.keySet().stream().anyMatch(t -> t.contains("#")) ? 1 : 0;
    }
    assertTrue(stemmed > texts.size() / 2, stemmed + " of " + texts.size() + " with stems");
  }

  @Test
  void anIndexKeepingEveryTermReadsTheWholeChain() {
    TermIds ids = new TermIds();
    ids.freeze();
    WordTerms words = new WordTerms(analyzers.listingWordChain("en"), ids, SMALL_CACHE);
    assertThrows(IllegalStateException.class,
        () -> new ListingIndex(ids, true, 0).analyse(words, "ivory"));
  }

  /**
   * Every other term (and stem) the texts have in any language, in sorted order, as the rule
   * terms: a listing has some of its words among them and some not.
   */
  private TermIds ruleTerms(List<String> texts) {
    TreeSet<String> all = new TreeSet<>();
    for (String language : List.of("en", "fr", "de", "es", "pl", "und")) {
      for (String text : texts) {
        all.addAll(terms(analyzers.listingAnalyzer(language), text));
      }
    }
    TermIds ids = new TermIds();
    int i = 0;
    for (String term : all) {
      if (i++ % 2 == 0) {
        ids.add(term);
      }
    }
    ids.freeze();
    return ids;
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Each present rule term with its occurrences, by term. */
  private static Map<String, String> dump(TermIds ids, ListingIndex index) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < index.presentCount(); i++) {
      int id = index.presentId(i);
      ListingIndex.Occurrences o = index.get(id);
      StringBuilder where = new StringBuilder();
      for (int k = 0; k < o.count; k++) {
        where.append(o.positions[k]).append('[').append(o.starts[k]).append(',')
            .append(o.ends[k]).append("] ");
      }
      out.put(ids.term(id), where.toString());
    }
    return out;
  }
}
