package org.marketsweep.match;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.marketsweep.analysis.AnyLanguageStemFilter;
import org.marketsweep.analysis.WordChain;
import org.marketsweep.analysis.WordCodes;

/**
 * One thread's reading of words into rule terms through a {@link WordChain}: for each word the
 * chain's head gives, the ids of the rule terms its tail makes of it and of the rule terms
 * among the stems it sends. Kept for up to {@value #MAX_CACHED_WORDS} words (then the cache
 * starts afresh), so that the tail runs once per distinct word instead of once per token.
 * The ids are {@link #codes()} from {@link #offset()}: how many of the tail's terms are rule
 * terms, their ids in the tail's order, then the ids of the stems, distinct. Not thread-safe.
 */
final class WordTerms implements AnyLanguageStemFilter.Sink, WordChain.Terms {
  static final int MAX_CACHED_WORDS = 1 << 15;

  private final Analyzer head;
  private final WordChain.Tail tail;
  private final TermIds ids;
  private final WordCodes cache;
  /** The word being worked out: its terms' ids, then its stems' ids, from index 1. */
  private int[] terms = new int[16];
  private int termCount;
  private int[] stems = new int[16];
  private int stemCount;

  WordTerms(WordChain chain, TermIds ids, int maxWords) {
    this.head = chain.head();
    this.tail = chain.tail(this);
    this.ids = ids;
    this.cache = new WordCodes(maxWords);
  }

  /** The chain's head, whose tokens are the words to {@link #lookUp}. */
  Analyzer head() {
    return head;
  }

  /** Finds the ids of {@code word[0..length)}, working them out the first time. */
  void lookUp(char[] word, int length) {
    if (cache.find(word, length)) {
      return;
    }
    termCount = 1;
    stemCount = 0;
    tail.analyse(word, length, this);
    terms[0] = termCount - 1;
    if (termCount + stemCount > terms.length) {
      terms = Arrays.copyOf(terms, termCount + stemCount);
    }
    System.arraycopy(stems, 0, terms, termCount, stemCount);
    cache.put(word, length, terms, termCount + stemCount);
  }

  /** The ids of the word looked up last, from {@link #offset()}: see the class comment. */
  int[] codes() {
    return cache.codes();
  }

  int offset() {
    return cache.offset();
  }

  /** How many codes the word looked up last has: 1 when it has no rule terms. */
  int count() {
    return cache.count();
  }

  @Override
  public void term(char[] term, int length) {
    int id = ids.id(term, length);
    if (id >= 0) {
      if (termCount == terms.length) {
        terms = Arrays.copyOf(terms, 2 * termCount);
      }
      terms[termCount++] = id;
    }
  }

  @Override
  public int code(char[] term, int length) {
    return ids.id(term, length);
  }

  @Override
  public void stems(int[] codes, int offset, int count, int position, int startOffset,
      int endOffset) {
    for (int i = offset; i < offset + count; i++) {
      if (!contains(stems, stemCount, codes[i])) {
        if (stemCount == stems.length) {
          stems = Arrays.copyOf(stems, 2 * stemCount);
        }
        stems[stemCount++] = codes[i];
      }
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
