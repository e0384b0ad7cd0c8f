package org.marketsweep.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The stems {@link StemVariantFilter} would add in any of several languages, for a listing
 * whose language is not known yet. Tokens pass unchanged; for each word, its tagged stem in
 * every language, as the chain would leave it (Unicode-folded), goes to a {@link Sink} with
 * the word's position and offsets, when the sink has a code for it. Whatever wanted term a
 * listing has when analysed in one of those languages, the sink hears of at the same position.
 *
 * <p>Stems are not emitted as tokens: a word has wanted stems in several languages, and the
 * rest of the chain would treat each again. Stemming every word in every language costs more
 * than the rest of the chain, and the same words recur from listing to listing, so each word's
 * codes are cached, up to {@value #MAX_CACHED_WORDS} words, then the cache starts afresh.
 * Keyword-marked tokens have no stems, as in {@link StemVariantFilter}.
 */
public final class AnyLanguageStemFilter extends TokenFilter {
  /** Receives the stems; one per stream, used from one thread. */
  public interface Sink {
    /** The code of a wanted term, or -1 when the term is not wanted. */
    int code(char[] term, int length);

    /**
     * The codes of a word's wanted stems, {@code codes[offset..offset+count)}, distinct, at
     * the word's position (counted from 0, as a consumer of the whole chain counts it) and
     * offsets.
     */
    void stems(int[] codes, int offset, int count, int position, int startOffset,
        int endOffset);
  }

  static final int MAX_CACHED_WORDS = 1 << 16;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final TaggedStems stems;
  private final Sink sink;
  private final WordCodes cache = new WordCodes(MAX_CACHED_WORDS);
  private final Variants all = new Variants();
  private int[] newCodes = new int[16];
  private char[] folded = new char[32];
  private final StringBuilder slowFolding = new StringBuilder();
  private int position;

  /**
   * {@code input} through {@code filters}, with the stems of {@code languages} sent to {@code
   * sink} just before the Unicode folding (the chain's last change to a term); without stems
   * when {@code languages} is null.
   */
  static TokenStream filter(TokenStream input, List<TokenFilterFactory> filters,
      List<String> languages, Sink sink) {
    TokenStream stream = input;
    for (TokenFilterFactory filter : filters) {
      if (languages != null && filter instanceof UnicodeFoldingFilterFactory) {
        stream = new AnyLanguageStemFilter(stream, languages, sink);
      }
      stream = filter.create(stream);
    }
    return stream;
  }

  public AnyLanguageStemFilter(TokenStream input, List<String> languages, Sink sink) {
    super(input);
    this.stems = new TaggedStems(languages);
    this.sink = sink;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    position += posIncAtt.getPositionIncrement();
    int length = termAtt.length();
    if (keywordAtt.isKeyword() || length < TaggedStems.MIN_WORD_LENGTH) {
      return true;
    }
    char[] term = termAtt.buffer();
    if (!cache.find(term, length)) {
      cache.put(term, length, newCodes, codes(term, length));
    }
    if (cache.count() > 0) {
      sink.stems(cache.codes(), cache.offset(), cache.count(), position,
          offsetAtt.startOffset(), offsetAtt.endOffset());
    }
    return true;
  }

  /** Works out the word's codes into {@link #newCodes}; returns how many. */
  private int codes(char[] term, int length) {
    all.clear();
    stems.add(term, length, all);
    if (newCodes.length < all.size()) {
      newCodes = new int[all.size()];
    }
    int count = 0;
    for (int k = 0; k < all.size(); k++) {
      int code = code(all.buffer(), all.start(k), all.length(k));
      if (code >= 0 && !contains(newCodes, count, code)) {
        newCodes[count++] = code;
      }
    }
    return count;
  }

  private static boolean contains(int[] codes, int count, int code) {
    for (int i = 0; i < count; i++) {
      if (codes[i] == code) {
        return true;
      }
    }
    return false;
  }

  /** The sink's code for the folded form of {@code chars[start..start+n)}. */
  private int code(char[] chars, int start, int n) {
    if (folded.length < n) {
      folded = new char[Math.max(n, 2 * folded.length)];
    }
    System.arraycopy(chars, start, folded, 0, n);
    if (NormalizerTable.FOLDING.normalizeInPlace(folded, n)) {
      return sink.code(folded, n);
    }
    slowFolding.setLength(0);
    NormalizerTable.FOLDING.normalizer.normalize(new String(chars, start, n), slowFolding);
    char[] slow = slowFolding.toString().toCharArray();
    return sink.code(slow, slow.length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    position = -1;
  }
}
