package org.marketsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The chain without a language, with every language's stems reported to a sink, gives
 * exactly the terms (at their positions and offsets) that the chains of the single languages
 * give together; and only those the sink wants.
 */
class AnyLanguageStemFilterTest {
  private final ListingAnalyzers analyzers = new ListingAnalyzers();

  /** Wants every term, or only those in {@code wanted}; keeps what it hears. */
  private static final class Recorder implements AnyLanguageStemFilter.Sink {
    final Set<String> wanted;
    final Map<String, Integer> codes = new HashMap<>();
    final List<String> terms = new ArrayList<>();
    final Set<String> heard = new TreeSet<>();

    Recorder(Set<String> wanted) {
      this.wanted = wanted;
    }

    @Override
    public int code(char[] term, int length) {
      String t = new String(term, 0, length);
      if (wanted != null && !wanted.contains(t)) {
        return -1;
      }
      return codes.computeIfAbsent(t, k -> {
        terms.add(k);
        return terms.size() - 1;
      });
    }

    @Override
    public void stems(int[] ids, int offset, int count, int position, int start, int end) {
      for (int i = offset; i < offset + count; i++) {
        heard.add(key(terms.get(ids[i]), position, start, end));
      }
    }
  }

  private static String key(String term, int position, int start, int end) {
    return term + "@" + position + "[" + start + "," + end + "]";
  }

  /** Every token as term@position[start,end]. */
  private static Set<String> tokens(Analyzer analyzer, String text) {
    Set<String> out = new TreeSet<>();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        out.add(key(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private List<String> texts() {
    return ChainTexts.mixture(new Random(20261123L), 3, 500);
  }

  @Test
  void givesTheTermsOfEveryLanguageTogether() {
    Recorder recorder = new Recorder(null);
    Analyzer any = analyzers.anyLanguageAnalyzer(recorder);
    List<String> texts = texts();
    assertTrue(texts.size() > 1000, texts.size() + " texts");
    int stemmed = 0;
    for (String text : texts) {
      Set<String> expected = new TreeSet<>();
      for (String language : ListingAnalyzers.languages()) {
        expected.addAll(tokens(analyzers.listingAnalyzer(language), text));
      }
      recorder.heard.clear();
      Set<String> actual = tokens(any, text);
      assertEquals(tokens(analyzers.listingAnalyzer(ListingAnalyzers.UNDETERMINED), text),
          actual, text);
      stemmed += recorder.heard.isEmpty() ? 0 : 1;
      actual.addAll(recorder.heard);
      assertEquals(expected, actual, text);
    }
    assertTrue(stemmed > texts.size() / 2, stemmed + " of " + texts.size() + " stemmed");
  }

  @Test
  void reportsOnlyWantedStems() {
    Set<String> wanted = Set.of("elephant#fr", "elephant#en", "tusk#en", "marfil#es");
    Recorder recorder = new Recorder(wanted);
    Analyzer any = analyzers.anyLanguageAnalyzer(recorder);
    String text = "Éléphants en ivoire, elephant tusks, figuras de marfil, elephants";
    for (int round = 0; round < 2; round++) {
      recorder.heard.clear();
      tokens(any, text);
      Set<String> terms = new TreeSet<>();
      recorder.heard.forEach(h -> terms.add(h.substring(0, h.indexOf('@'))));
      assertEquals(new TreeSet<>(wanted), terms, "round " + round);
      assertTrue(recorder.heard.contains("elephant#fr@0[0,9]"), recorder.heard.toString());
    }
  }

  @Test
  void wordCodesStartAfreshWhenFull() {
    WordCodes cache = new WordCodes(2);
    char[] a = "tusks".toCharArray();
    char[] b = "ivoire".toCharArray();
    char[] c = "marfil".toCharArray();
    cache.put(a, a.length, new int[] {7, 8}, 2);
    cache.put(b, b.length, new int[] {9}, 1);
    assertTrue(cache.find(a, a.length));
    assertEquals(List.of(7, 8), codes(cache));
    assertTrue(cache.find(b, b.length));
    assertEquals(List.of(9), codes(cache));
    assertFalse(cache.find(c, c.length));
    assertFalse(cache.find(a, 4), "a prefix is another word");
    cache.put(c, c.length, new int[0], 0);
    assertEquals(1, cache.size());
    assertFalse(cache.find(a, a.length));
    assertTrue(cache.find(c, c.length));
    assertEquals(List.of(), codes(cache));
  }

  private static List<Integer> codes(WordCodes cache) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < cache.count(); i++) {
      out.add(cache.codes()[cache.offset() + i]);
    }
    return out;
  }
}
