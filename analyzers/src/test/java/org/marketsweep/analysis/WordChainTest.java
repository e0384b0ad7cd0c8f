package org.marketsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * A listing chain read word by word (its head over the text, its tail over each word the head
 * gives) gives exactly the terms, position increments and offsets of the whole chain, in every
 * analysis language, for real product text, disguised words, hand-written edge cases and
 * random mixtures; with the stems of every language, the sink hears the same stems at the same
 * positions.
 */
class WordChainTest {
  private final ListingAnalyzers analyzers = new ListingAnalyzers();

  private static List<String> texts() {
    List<String> texts = ChainTexts.mixture(new Random(20261124L), 4, 2000);
    for (String s : ChainTexts.adversarial()) {
      texts.add(s + " " + s);
    }
    return texts;
  }

  @Test
  void wordByWordGivesTheWholeChain() {
    List<String> texts = texts();
    assertTrue(texts.size() > 2000, texts.size() + " texts");
    for (String language : ListingAnalyzers.languages()) {
      Analyzer whole = analyzers.listingAnalyzer(language);
      WordChain chain = analyzers.listingWordChain(language);
      WordChain.Tail tail = chain.tail(null);
      for (String text : texts) {
        assertEquals(String.join("\n", tokens(whole, text, null)),
            String.join("\n", wordByWord(chain, tail, text, null)),
            () -> language + ": " + ListingChainEquivalenceTest.escape(text));
      }
    }
  }

  @Test
  void stemsOfEveryLanguageGoToTheSinkAtTheirWord() {
    Recorder wholeSink = new Recorder();
    Recorder tailSink = new Recorder();
    Analyzer whole = analyzers.anyLanguageAnalyzer(wholeSink);
    WordChain chain = analyzers.anyLanguageWordChain();
    WordChain.Tail tail = chain.tail(tailSink);
    int stemmed = 0;
    for (String text : texts()) {
      wholeSink.heard.clear();
      tailSink.heard.clear();
      List<String> expected = tokens(whole, text, null);
      List<String> actual = wordByWord(chain, tail, text, tailSink);
      assertEquals(String.join("\n", expected), String.join("\n", actual),
          () -> ListingChainEquivalenceTest.escape(text));
      assertEquals(wholeSink.heard, tailSink.heard,
          () -> ListingChainEquivalenceTest.escape(text));
      stemmed += wholeSink.heard.isEmpty() ? 0 : 1;
    }
    assertTrue(stemmed > 1000, stemmed + " texts stemmed");
  }

  /** The costly filters are in the tail: the head only splits and reads obfuscation. */
  @Test
  void stemsAndFoldingAreInTheTail() {
    WordChain chain = analyzers.listingWordChain("fr");
    // case-folded and the letters joined, not yet stemmed or stripped of accents
    assertEquals(List.of("\\u00e9l\\u00e9phants +1 [0,9)", "ivo +1 [10,15)",
            "ivory +1 [16,25)"),
        tokens(chain.head(), "Éléphants i v o I.V.O.R.Y", null));
    List<String> terms = new ArrayList<>();
    char[] word = "éléphants".toCharArray();
    int count = chain.tail(null).analyse(word, word.length,
        (t, n) -> terms.add(new String(t, 0, n)));
    assertEquals(terms.size(), count);
    assertTrue(terms.contains("elephants") && terms.contains("elephant#fr"), terms.toString());
    assertThrows(IllegalArgumentException.class,
        () -> analyzers.anyLanguageWordChain().tail(null));
  }

  /** The whole chain's tokens as "term +increment [start,end)", the stems heard meanwhile. */
  private static List<String> tokens(Analyzer analyzer, String text, Recorder sink) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(token(term.toString(), posInc.getPositionIncrement(), offset.startOffset(),
            offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The same, from the head's words and what the tail makes of each. */
  private static List<String> wordByWord(WordChain chain, WordChain.Tail tail, String text,
      Recorder sink) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = chain.head().tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        int increment = posInc.getPositionIncrement();
        assertTrue(increment >= 1, "a word at a position of its own");
        position += increment;
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (sink != null) {
          sink.at(position, start, end);
        }
        List<String> terms = new ArrayList<>();
        tail.analyse(term.buffer(), term.length(), (t, n) -> terms.add(new String(t, 0, n)));
        for (int k = 0; k < terms.size(); k++) {
          out.add(token(terms.get(k), k == 0 ? increment : 0, start, end));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String token(String term, int increment, int start, int end) {
    return ListingChainEquivalenceTest.escape(term) + " +" + increment + " [" + start + ","
        + end + ")";
  }

  /**
   * Wants every term; keeps each stem heard as term@position[start,end], the position and
   * offsets as the sink reports them, or as {@link #at} set them for stems from a tail.
   */
  private static final class Recorder implements AnyLanguageStemFilter.Sink {
    final Map<String, Integer> codes = new HashMap<>();
    final List<String> terms = new ArrayList<>();
    final Set<String> heard = new TreeSet<>();
    private boolean fixed;
    private int position;
    private int start;
    private int end;

    void at(int position, int start, int end) {
      this.fixed = true;
      this.position = position;
      this.start = start;
      this.end = end;
    }

    @Override
    public int code(char[] term, int length) {
      return codes.computeIfAbsent(new String(term, 0, length), k -> {
        terms.add(k);
        return terms.size() - 1;
      });
    }

    @Override
    public void stems(int[] ids, int offset, int count, int position, int start, int end) {
      for (int i = offset; i < offset + count; i++) {
        heard.add(terms.get(ids[i]) + "@" + (fixed ? this.position : position) + "["
            + (fixed ? this.start : start) + "," + (fixed ? this.end : end) + "]");
      }
    }
  }
}
