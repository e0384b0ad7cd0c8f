package org.marketsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The optimised analysis chains of {@link ListingAnalyzers} give exactly the tokens of the
 * chains as they were before the speed work ({@link ReferenceChains}): same terms, position
 * increments, offsets, position lengths and types, and the same final offset and position
 * increment, for real product text, hand-written edge cases and random mixtures. Listing side
 * in every analysis language, query side for no, one and several rule languages.
 */
class ListingChainEquivalenceTest {
  private static final int RANDOM_STRINGS = 20_000;

  private final ListingAnalyzers optimised = new ListingAnalyzers();

  /** A listing side and a query side pair per language, plus multi-language queries. */
  private List<Analyzer[]> pairs() {
    List<Analyzer[]> pairs = new ArrayList<>();
    for (String lang : ListingAnalyzers.languages()) {
      pairs.add(new Analyzer[] {ReferenceChains.listing(lang), optimised.listingAnalyzer(lang)});
      List<String> langs = lang.equals(ListingAnalyzers.UNDETERMINED) ? List.of() : List.of(lang);
      pairs.add(new Analyzer[] {ReferenceChains.query(langs), optimised.queryAnalyzer(langs)});
    }
    List<String> several = List.of("en", "fr", "de", "es", "it", "nl", "pl", "pt", "cs");
    pairs.add(new Analyzer[] {ReferenceChains.query(several), optimised.queryAnalyzer(several)});
    return pairs;
  }

  @Test
  void realProductText() {
    List<Analyzer[]> pairs = pairs();
    Random r = new Random(20240611L);
    int texts = 0;
    for (ChainTexts.Listing l : ChainTexts.products()) {
      for (Analyzer[] pair : pairs) {
        assertSame(pair, l.text());
      }
      String disguised = ChainTexts.obfuscateWords(l.text(), r);
      assertSame(pairs.get(r.nextInt(pairs.size())), disguised);
      assertSame(new Analyzer[] {ReferenceChains.listing(l.language()),
          optimised.listingAnalyzer(l.language())}, disguised);
      texts++;
    }
    assertTrue(texts > 3000, "read " + texts + " products");
  }

  /** Each distinct line of the keyword lists through two of the chains, in turn. */
  @Test
  void keywordListLines() {
    List<Analyzer[]> pairs = pairs();
    List<String> lines = List.copyOf(new LinkedHashSet<>(ChainTexts.keywordListLines()));
    assertTrue(lines.size() > 1000, "read " + lines.size() + " lines");
    for (int i = 0; i < lines.size(); i++) {
      assertSame(pairs.get(i % pairs.size()), lines.get(i));
      assertSame(pairs.get((7 * i + 3) % pairs.size()), lines.get(i));
    }
  }

  @Test
  void adversarialStrings() {
    for (Analyzer[] pair : pairs()) {
      for (String s : ChainTexts.adversarial()) {
        assertSame(pair, s);
        assertSame(pair, s + " " + s);
      }
    }
  }

  @Test
  void randomStrings() {
    List<Analyzer[]> pairs = pairs();
    Random r = new Random(0x5eed_1157L);
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String s = ChainTexts.random(r);
      for (Analyzer[] pair : pairs) {
        assertSame(pair, s);
      }
    }
  }

  /**
   * A consumer that adds attributes of its own (payloads, flags) makes the filters put tokens
   * aside as states rather than field copies; the output is the same.
   */
  @Test
  void streamsWithFurtherAttributes() {
    List<Analyzer[]> pairs = pairs();
    Random r = new Random(5);
    List<String> texts = new ArrayList<>(ChainTexts.adversarial());
    for (int i = 0; i < 3000; i++) {
      texts.add(ChainTexts.random(r));
    }
    for (String s : texts) {
      for (Analyzer[] pair : pairs) {
        assertEquals(tokens(pair[0], new StringReader(s), true),
            tokens(pair[1], new StringReader(s), true), () -> "text: " + escape(s));
      }
    }
  }

  /** Text handed over through a reader that returns a few chars per read. */
  @Test
  void tricklingReader() {
    List<Analyzer[]> pairs = pairs();
    Random r = new Random(77);
    for (int i = 0; i < 2000; i++) {
      String s = ChainTexts.random(r);
      Analyzer[] pair = pairs.get(i % pairs.size());
      int chunk = 1 + r.nextInt(8);
      assertEquals(tokens(pair[0], new Trickle(s, chunk)), tokens(pair[1], new Trickle(s, chunk)),
          () -> "text: " + escape(s));
    }
  }

  /** {@link Analyzer#normalize}, used for wildcard and prefix terms, is unchanged too. */
  @Test
  void normalizeForm() {
    List<Analyzer[]> pairs = pairs();
    Random r = new Random(11);
    List<String> texts = new ArrayList<>(ChainTexts.adversarial());
    for (int i = 0; i < 5000; i++) {
      texts.add(ChainTexts.random(r));
    }
    for (Analyzer[] pair : pairs) {
      for (String s : texts) {
        assertEquals(pair[0].normalize(ListingAnalyzers.FIELD, s),
            pair[1].normalize(ListingAnalyzers.FIELD, s), () -> "text: " + escape(s));
      }
    }
  }

  private static void assertSame(Analyzer[] pair, String text) {
    List<String> expected = tokens(pair[0], new StringReader(text));
    List<String> actual = tokens(pair[1], new StringReader(text));
    if (!expected.equals(actual)) {
      assertEquals(String.join("\n", expected), String.join("\n", actual),
          () -> "text: " + escape(text));
    }
  }

  /** One line per token, then one for the end state. */
  static List<String> tokens(Analyzer analyzer, Reader text) {
    return tokens(analyzer, text, false);
  }

  /** @param furtherAttributes whether to add payload and flags attributes before reading */
  static List<String> tokens(Analyzer analyzer, Reader text, boolean furtherAttributes) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      if (furtherAttributes) {
        ts.addAttribute(PayloadAttribute.class);
        ts.addAttribute(FlagsAttribute.class);
      }
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(escape(term.toString()) + " +" + posInc.getPositionIncrement() + " ["
            + offset.startOffset() + "," + offset.endOffset() + ") len "
            + posLen.getPositionLength() + " " + type.type() + (keyword.isKeyword() ? " kw" : ""));
      }
      ts.end();
      out.add("end +" + posInc.getPositionIncrement() + " [" + offset.startOffset() + ","
          + offset.endOffset() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** A reader that hands out at most {@code chunk} chars per read. */
  private static final class Trickle extends Reader {
    private final String text;
    private final int chunk;
    private int at;

    Trickle(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), text.length() - at);
      text.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
