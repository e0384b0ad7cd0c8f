package org.marketsweep.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A listing chain cut in two, so that most of its filters run once per distinct word rather
 * than once per token. The head (char filters, tokenizer, and the filters up to the last one
 * that is not a {@link PerTokenFilterFactory}, such as the spaced-letter reader) runs over the
 * whole text; each token it gives is a word, one per position. The tail (the filters after it)
 * turns a word into the terms the whole chain has at that word's position, in the chain's
 * order. For each head token, its tail terms at its position and offsets are exactly the
 * terms, positions and offsets the whole chain gives (not their types or position lengths).
 * Product text repeats its words, so a caller keeps what the tail made of each word and runs
 * the tail only for words it has not met.
 *
 * <p>A chain with the stems of every language ({@link ListingAnalyzers#anyLanguageWordChain})
 * has an {@link AnyLanguageStemFilter} in its tail: each word's stems go to the tail's sink, at
 * no position of their own; they belong at the word's.
 */
public final class WordChain {
  /** Receives the terms the tail makes of one word, in order. */
  public interface Terms {
    /** One term, {@code term[0..length)}; the array is only valid during the call. */
    void term(char[] term, int length);
  }

  private final Analyzer head;
  private final List<TokenFilterFactory> tail;
  /** The languages of the stems a tail sends to its sink, or null when it sends none. */
  private final List<String> anyLanguageStems;

  private WordChain(Analyzer head, List<TokenFilterFactory> tail,
      List<String> anyLanguageStems) {
    this.head = head;
    this.tail = tail;
    this.anyLanguageStems = anyLanguageStems;
  }

  /** {@code chain} cut after its last filter that is not a {@link PerTokenFilterFactory}. */
  static WordChain of(CustomAnalyzer chain) {
    List<TokenFilterFactory> filters = chain.getTokenFilterFactories();
    int cut = filters.size();
    while (cut > 0 && filters.get(cut - 1) instanceof PerTokenFilterFactory) {
      cut--;
    }
    List<CharFilterFactory> charFilters = chain.getCharFilterFactories();
    List<TokenFilterFactory> headFilters = List.copyOf(filters.subList(0, cut));
    Analyzer head = new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        for (CharFilterFactory charFilter : charFilters) {
          reader = charFilter.create(reader);
        }
        return reader;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = chain.getTokenizerFactory().create(attributeFactory(fieldName));
        TokenStream stream = tokenizer;
        for (TokenFilterFactory filter : headFilters) {
          stream = filter.create(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
    return new WordChain(head, List.copyOf(filters.subList(cut, filters.size())), null);
  }

  /**
   * This chain with an {@link AnyLanguageStemFilter} for {@code languages} before its Unicode
   * folding, which must be in the tail.
   */
  WordChain withAnyLanguageStems(List<String> languages) {
    if (tail.stream().noneMatch(f -> f instanceof UnicodeFoldingFilterFactory)) {
      throw new IllegalStateException("The chain's tail has no folding to put stems before");
    }
    return new WordChain(head, tail, List.copyOf(languages));
  }

  /** The head: shared, like any analyzer (each thread gets its own components). */
  public Analyzer head() {
    return head;
  }

  /** Whether a tail sends each word's stems in every language to its sink. */
  public boolean sendsStems() {
    return anyLanguageStems != null;
  }

  /**
   * A new tail, for one thread.
   *
   * @param sink where the stems go when the chain {@link #sendsStems()}, else ignored (may be
   *     null)
   */
  public Tail tail(AnyLanguageStemFilter.Sink sink) {
    if (sendsStems() && sink == null) {
      throw new IllegalArgumentException("This chain's tail sends stems: it needs a sink");
    }
    OneWord source = new OneWord();
    return new Tail(source,
        AnyLanguageStemFilter.filter(source, tail, anyLanguageStems, sink));
  }

  /** The tail filters over one word at a time; not thread-safe. */
  public static final class Tail {
    private final OneWord source;
    private final TokenStream stream;
    private final CharTermAttribute term;
    private final PositionIncrementAttribute posInc;

    private Tail(OneWord source, TokenStream stream) {
      this.source = source;
      this.stream = stream;
      this.term = stream.addAttribute(CharTermAttribute.class);
      this.posInc = stream.addAttribute(PositionIncrementAttribute.class);
    }

    /**
     * Gives {@code terms} the terms the tail makes of {@code word[0..length)}, the word the
     * head gave, in the order the whole chain gives them at the word's position; returns how
     * many. Stems go to the sink meanwhile.
     *
     * @throws IllegalStateException if a tail filter moves a term off the word's position
     */
    public int analyse(char[] word, int length, Terms terms) {
      source.set(word, length);
      int count = 0;
      try {
        stream.reset();
        while (stream.incrementToken()) {
          if (posInc.getPositionIncrement() != (count == 0 ? 1 : 0)) {
            throw new IllegalStateException("A filter after the head moved a term of \""
                + new String(word, 0, length) + "\" off the word's position");
          }
          terms.term(term.buffer(), term.length());
          count++;
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot analyse a word", e);
      }
      return count;
    }
  }

  /** A stream of one token, the word to run the tail over. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] word = new char[32];
    private int length;
    private boolean done;

    void set(char[] chars, int n) {
      if (word.length < n) {
        word = new char[Math.max(n, 2 * word.length)];
      }
      System.arraycopy(chars, 0, word, 0, n);
      length = n;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(word, 0, length);
      posInc.setPositionIncrement(1);
      offset.setOffset(0, length);
      done = true;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(length, length);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
