package org.marketsweep.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.util.IntsRefBuilder;

/**
 * Tests whether any of a list of clauses matches, fast for the long OR-lists of words and
 * phrases rules are made of: term clauses are one sorted id list; each phrase is tried only
 * when the listing has a term of its first position (one flat gate array over all phrases);
 * other clauses are tried one by one. Rules share their long lists (the same indicator words,
 * the same exclusions): {@link Shared} makes one instance of each, whose answer a listing
 * keeps once known.
 */
final class Disjunction {
  /** Slot of the answer kept per listing, or -1 for none. */
  private final int slot;
  private final int[] terms;
  private final int[] gateIds;
  private final PhraseTerms[] gated;
  private final CompiledQuery[] others;
  /**
   * What matches alike whichever stems a listing has (a listing analysed with every language's
   * stems has the same words at the same positions as in its own language): the words that
   * are not stems, and the exact phrases reduced to such words.
   */
  private final int[] plainTerms;
  private final PhraseTerms[] plainPhrases;
  /** The word lists of clauses that are disjunctions themselves ({@code NOT (a OR b)}). */
  private final Disjunction[] nested;

  private Disjunction(List<CompiledQuery> clauses, int slot, IntPredicate isStem) {
    this.slot = slot;
    IntsRefBuilder termIds = new IntsRefBuilder();
    List<PhraseTerms> phrases = new ArrayList<>();
    List<long[]> gates = new ArrayList<>();
    List<CompiledQuery> rest = new ArrayList<>();
    for (CompiledQuery c : clauses) {
      if (c instanceof TermsQuery t) {
        for (int id : t.ids()) {
          termIds.append(id);
        }
      } else if (c instanceof PhraseTerms p) {
        for (int id : p.groups()[0]) {
          gates.add(new long[] {id, phrases.size()});
        }
        phrases.add(p);
      } else {
        rest.add(c);
      }
    }
    terms = IntSets.sortedDistinct(termIds.ints(), termIds.length());
    gates.sort((a, b) -> Long.compare(a[0], b[0]));
    gateIds = gates.stream().mapToInt(g -> (int) g[0]).toArray();
    gated = new PhraseTerms[gates.size()];
    for (int i = 0; i < gated.length; i++) {
      gated[i] = phrases.get((int) gates.get(i)[1]);
    }
    others = rest.toArray(new CompiledQuery[0]);
    plainTerms = Arrays.stream(terms).filter(isStem.negate()).toArray();
    plainPhrases = phrases.stream().map(p -> p.withoutStems(isStem))
        .filter(java.util.Objects::nonNull).toArray(PhraseTerms[]::new);
    nested = rest.stream()
        .filter(c -> c instanceof BooleanClauses.Prepared p && p.isDisjunction())
        .map(c -> ((BooleanClauses.Prepared) c).optional())
        .toArray(Disjunction[]::new);
  }

  /**
   * Whether a listing analysed with every language's stems has a clause that surely matches
   * it in its own language too (through words and exact phrases without their stems, here or
   * in nested lists): for exclusions, which then rule the listing out in every language.
   */
  boolean surelyAny(ListingIndex listing) {
    if (listing.hasAny(plainTerms)) {
      return true;
    }
    for (PhraseTerms p : plainPhrases) {
      if (p.matches(listing)) {
        return true;
      }
    }
    for (Disjunction d : nested) {
      if (d.surelyAny(listing)) {
        return true;
      }
    }
    return false;
  }

  boolean any(ListingIndex listing) {
    return kept(listing, false);
  }

  /**
   * Whether any clause {@link CompiledQuery#mayMatch may match}. It keeps its answer in the
   * same slot as {@link #any}: a listing is asked one or the other between two analyses.
   */
  boolean mayAny(ListingIndex listing) {
    return kept(listing, true);
  }

  /** The answer kept for the listing, worked out and kept if not known yet. */
  private boolean kept(ListingIndex listing, boolean upperBound) {
    if (slot < 0) {
      return compute(listing, upperBound);
    }
    int known = listing.remembered(slot);
    if (known >= 0) {
      return known == 1;
    }
    boolean any = compute(listing, upperBound);
    listing.remember(slot, any);
    return any;
  }

  /** Whether a clause matches, or with {@code upperBound} may match. */
  private boolean compute(ListingIndex listing, boolean upperBound) {
    if (listing.hasAny(terms)) {
      return true;
    }
    for (int i = 0; i < gateIds.length; i++) {
      if (listing.has(gateIds[i])
          && (upperBound ? gated[i].mayMatch(listing) : gated[i].matches(listing))) {
        return true;
      }
    }
    for (CompiledQuery c : others) {
      if (upperBound ? c.mayMatch(listing) : c.matches(listing)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the spans of every clause that matches, as {@link BooleanClauses#addSpans} would. */
  void addSpans(ListingIndex listing, List<Highlights.Span> spans) {
    for (int id : terms) {
      ListingIndex.Occurrences o = listing.get(id);
      if (o != null) {
        for (int i = 0; i < o.count; i++) {
          spans.add(new Highlights.Span(o.starts[i], o.ends[i]));
        }
      }
    }
    PhraseTerms last = null;
    for (int i = 0; i < gateIds.length; i++) {
      if (gated[i] != last && listing.has(gateIds[i]) && gated[i].matches(listing)) {
        gated[i].addSpans(listing, spans);
        last = gated[i];
      }
    }
    for (CompiledQuery c : others) {
      if (c.matches(listing)) {
        c.addSpans(listing, spans);
      }
    }
  }

  /** Makes one disjunction of each list of words and phrases; not thread-safe. */
  static final class Shared {
    private final java.util.Map<String, Disjunction> byContent = new java.util.HashMap<>();
    private final IntPredicate isStem;

    /** @param isStem whether a term id is a stem tagged with its language */
    Shared(IntPredicate isStem) {
      this.isStem = isStem;
    }

    Disjunction of(List<CompiledQuery> clauses) {
      List<String> keys = new ArrayList<>();
      for (CompiledQuery c : clauses) {
        if (c instanceof TermsQuery t) {
          keys.add("t" + Arrays.toString(t.ids()));
        } else if (c instanceof PhraseTerms p) {
          keys.add("p" + p.slop() + Arrays.deepToString(p.groups())
              + Arrays.toString(p.offsets()));
        } else {
          return new Disjunction(clauses, -1, isStem);
        }
      }
      keys.sort(null);
      return byContent.computeIfAbsent(String.join(" ", keys),
          k -> new Disjunction(clauses, byContent.size(), isStem));
    }

    /** How many slots a listing needs for the answers. */
    int size() {
      return byContent.size();
    }
  }
}
