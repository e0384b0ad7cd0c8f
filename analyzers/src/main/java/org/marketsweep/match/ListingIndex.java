package org.marketsweep.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.marketsweep.analysis.ListingAnalyzers;

/**
 * One listing's analysed text, as {@link FastMatcher} reads it: for each term a rule uses,
 * where it occurs (positions and offsets, as Lucene's {@code MemoryIndex} would store them);
 * when some rule needs them, every distinct term and the token stream itself. Reused, one per
 * thread: {@link #analyse} clears what the previous listing left.
 */
final class ListingIndex {
  /** Where one term occurs, in token order. */
  static final class Occurrences {
    int count;
    int[] positions = new int[4];
    int[] starts = new int[4];
    int[] ends = new int[4];

    void add(int position, int start, int end) {
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      positions[count] = position;
      starts[count] = start;
      ends[count] = end;
      count++;
    }

    /** Index of the first occurrence at {@code position} or after, or {@code count}. */
    int seek(int position, int from) {
      int i = from;
      while (i < count && positions[i] < position) {
        i++;
      }
      return i;
    }
  }

  /** One token as the analyzer emitted it, for replaying into a Lucene index. */
  record Token(String term, int positionIncrement, int start, int end) {}

  private final TermIds ids;
  private final boolean keepAllTerms;
  /** Ids of the rule terms present, in order of first occurrence: their slots. */
  private int[] present = new int[64];
  /** Occurrences per slot, reused from listing to listing. */
  private Occurrences[] bySlot = new Occurrences[64];
  /**
   * The slot of each present term, by term id; only read for terms {@link #presentBits} has,
   * so it is never cleared (a direct table: no hashing or probing for the few hundred rule
   * terms and stems a listing records).
   */
  private final int[] slotById;
  private final long[] presentBits;
  /** What {@link #has} reads: {@link #presentBits}, or {@link #restrictedBits}. */
  private long[] bits;
  /** The present terms less the stems of all languages but one; see {@link #restrict}. */
  private long[] restrictedBits;
  private int presentCount;
  private int stamp;
  private final Map<String, Occurrences> allTerms = new HashMap<>();
  private final List<Occurrences> spare = new ArrayList<>();
  private final List<Token> tokens = new ArrayList<>();
  private MemoryIndex memoryIndex;
  /**
   * Per slot, the answer kept for this listing: the stamp of the listing it was kept for
   * times two, plus 1 for yes (one array: one memory access per question).
   */
  private int[] remembered;

  /**
   * @param remembered how many answers (of shared disjunctions, of gates) to keep
   * @param keepAllTerms whether to keep every distinct term and the tokens, for rules with
   *     wildcards or queries run through Lucene itself
   */
  ListingIndex(TermIds ids, boolean keepAllTerms, int remembered) {
    this.ids = ids;
    this.remembered = new int[remembered];
    this.keepAllTerms = keepAllTerms;
    this.presentBits = new long[(ids.size() + 63) >>> 6];
    this.slotById = new int[ids.size()];
    this.bits = presentBits;
  }

  void analyse(Analyzer analyzer, String text) {
    clear();
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        int increment = posInc.getPositionIncrement();
        position += increment;
        int id = ids.id(term.buffer(), term.length());
        Occurrences occurrences = null;
        if (id >= 0) {
          occurrences = occurrencesOf(id);
        }
        if (keepAllTerms) {
          String t = term.toString();
          tokens.add(new Token(t, increment, offset.startOffset(), offset.endOffset()));
          if (occurrences == null) {
            occurrences = allTerms.computeIfAbsent(t, k -> newOccurrences());
          } else {
            allTerms.putIfAbsent(t, occurrences);
          }
        }
        if (occurrences != null) {
          occurrences.add(position, offset.startOffset(), offset.endOffset());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse listing text", e);
    }
  }

  /**
   * Analyses {@code text} through the word chain of {@code words}: the same index as {@link
   * #analyse(Analyzer, String)} with the whole chain, the tail run only for words {@code words}
   * has not met. Not for an index that keeps every term.
   */
  void analyse(WordTerms words, String text) {
    if (keepAllTerms) {
      throw new IllegalStateException("An index that keeps every term reads the whole chain");
    }
    clear();
    try (TokenStream ts = words.head().tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        int increment = posInc.getPositionIncrement();
        if (increment < 1) {
          throw new IllegalStateException("The head of a word chain put two words at "
              + "position " + position + " of a listing");
        }
        position += increment;
        words.lookUp(term.buffer(), term.length());
        int count = words.count();
        if (count > 1) {
          int[] codes = words.codes();
          int from = words.offset();
          int stemsFrom = from + 1 + codes[from];
          int start = offset.startOffset();
          int end = offset.endOffset();
          // stems are tagged (tusk#en), never a term of the chain: their order does not matter
          addStems(codes, stemsFrom, from + count - stemsFrom, position, start, end);
          for (int i = from + 1; i < stemsFrom; i++) {
            occurrencesOf(codes[i]).add(position, start, end);
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse listing text", e);
    }
  }

  /**
   * Adds occurrences of the rule terms {@code ids[offset..offset+count)} at {@code position},
   * during {@link #analyse} (stems reported beside the token stream, at positions not before
   * those already added to these terms); a term already at that position is not added again,
   * as in the stream.
   */
  void addStems(int[] ids, int offset, int count, int position, int start, int end) {
    for (int i = offset; i < offset + count; i++) {
      Occurrences o = occurrencesOf(ids[i]);
      if (o.count == 0 || o.positions[o.count - 1] != position) {
        o.add(position, start, end);
      }
    }
  }

  private Occurrences occurrencesOf(int id) {
    if (has(id)) {
      return bySlot[slotOf(id)];
    }
    presentBits[id >>> 6] |= 1L << id;
    if (presentCount == present.length) {
      present = Arrays.copyOf(present, presentCount * 2);
      bySlot = Arrays.copyOf(bySlot, presentCount * 2);
    }
    int slot = presentCount++;
    present[slot] = id;
    slotById[id] = slot;
    Occurrences o = bySlot[slot];
    if (o == null) {
      o = new Occurrences();
      bySlot[slot] = o;
    }
    o.count = 0;
    return o;
  }

  /** The slot of a present term. */
  private int slotOf(int id) {
    return slotById[id];
  }

  private Occurrences newOccurrences() {
    Occurrences o = spare.isEmpty() ? new Occurrences() : spare.remove(spare.size() - 1);
    o.count = 0;
    return o;
  }

  private void clear() {
    forgetAnswers();
    for (int i = 0; i < presentCount; i++) {
      presentBits[present[i] >>> 6] = 0;
      if (restrictedBits != null) {
        restrictedBits[present[i] >>> 6] = 0;
      }
    }
    bits = presentBits;
    presentCount = 0;
    for (Map.Entry<String, Occurrences> e : allTerms.entrySet()) {
      int id = ids.id(e.getKey());
      if (id < 0) {
        spare.add(e.getValue());
      }
    }
    allTerms.clear();
    tokens.clear();
    memoryIndex = null;
  }

  /** Forgets the answers kept for this listing. */
  private void forgetAnswers() {
    if (stamp == Integer.MAX_VALUE >>> 1) {
      Arrays.fill(remembered, 0);
      stamp = 0;
    }
    stamp++;
  }

  /**
   * Hides, until the next {@link #analyse} or call, the stems of every language but {@code
   * language} (an index of {@code termLanguages}), or with -1 shows all terms again. Words
   * that are not stems stay: a listing analysed with every language's stems then has exactly
   * the rule terms it has when analysed in {@code language} (0: none, no stems). Kept answers
   * are forgotten.
   *
   * @param termLanguages per term id, 0 for a word, or the stem's language index (1 and up)
   */
  void restrict(byte[] termLanguages, int language) {
    forgetAnswers();
    if (language < 0) {
      bits = presentBits;
      return;
    }
    if (restrictedBits == null) {
      restrictedBits = new long[presentBits.length];
    }
    for (int i = 0; i < presentCount; i++) {
      int id = present[i];
      int l = termLanguages[id];
      if (l == 0 || l == language) {
        restrictedBits[id >>> 6] |= 1L << id;
      } else {
        restrictedBits[id >>> 6] &= ~(1L << id);
      }
    }
    bits = restrictedBits;
  }

  /** Makes room for {@code count} kept answers (a candidate index with more gates). */
  void ensureRemembered(int count) {
    if (count > remembered.length) {
      remembered = Arrays.copyOf(remembered, count);
    }
  }

  /** The answer kept in {@code slot} for this listing: 1 or 0, or -1 when not known. */
  int remembered(int slot) {
    int kept = remembered[slot];
    return kept >>> 1 != stamp ? -1 : kept & 1;
  }

  void remember(int slot, boolean answer) {
    remembered[slot] = stamp << 1 | (answer ? 1 : 0);
  }

  /** Whether the listing has the rule term {@code id} (a compact test, for hot loops). */
  boolean has(int id) {
    return (bits[id >>> 6] & (1L << id)) != 0;
  }

  /** Whether the listing has any of the rule terms {@code ids}. */
  boolean hasAny(int[] ids) {
    for (int id : ids) {
      if (has(id)) {
        return true;
      }
    }
    return false;
  }

  /** Occurrences of the rule term {@code id}, or null when the listing lacks it. */
  Occurrences get(int id) {
    return has(id) ? bySlot[slotOf(id)] : null;
  }

  /** How many distinct rule terms the listing has; see {@link #presentId}. */
  int presentCount() {
    return presentCount;
  }

  int presentId(int i) {
    return present[i];
  }

  /** Every distinct term of the listing (only when built to keep them). */
  Map<String, Occurrences> allTerms() {
    return allTerms;
  }

  /** The listing as a one-document Lucene index (only when built to keep the tokens). */
  MemoryIndex memoryIndex() {
    if (memoryIndex == null) {
      memoryIndex = new MemoryIndex(true);
      memoryIndex.addField(ListingAnalyzers.FIELD, new Replay(tokens));
    }
    return memoryIndex;
  }

  /** Plays the kept tokens again. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<Token> tokens;
    private int next;

    Replay(List<Token> tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.size()) {
        return false;
      }
      clearAttributes();
      Token t = tokens.get(next++);
      term.setEmpty().append(t.term());
      posInc.setPositionIncrement(t.positionIncrement());
      offset.setOffset(t.start(), t.end());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      if (!tokens.isEmpty()) {
        Token last = tokens.get(tokens.size() - 1);
        offset.setOffset(last.end(), last.end());
      }
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
