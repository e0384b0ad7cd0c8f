package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.Conditions;

/** A rule's branches: what they hold, and that a listing its query matches has one. */
class BranchesTest {
  private final TermIds ids = new TermIds();
  private final QueryTranslator translator = new QueryTranslator(ids);
  private final RuleCompiler compiler = new RuleCompiler(new ListingAnalyzers());

  private CompiledQuery query(String text) {
    try {
      return translator.translate(
          compiler.compile(MatcherTestData.rule("r", text, List.of(), Conditions.NONE)));
    } catch (RuleCompiler.InvalidQueryException e) {
      throw new AssertionError(e);
    }
  }

  /** The branches as words: one string per branch, its lists joined with " & ". */
  private List<String> words(int[][][] branches) {
    return Arrays.stream(branches).map(b -> String.join(" & ", Arrays.stream(b)
        .map(list -> String.join("|", Arrays.stream(list).mapToObj(ids::term).toList()))
        .toList())).toList();
  }

  @Test
  void orsOfConjunctionsAreKeptApartAndRequiredClausesMultiply() {
    int[][][] phrases = Branches.of(query("\"fake ivory\" OR \"carved tusk\""));
    assertNotNull(phrases);
    assertEquals(2, phrases.length);
    assertTrue(words(phrases).get(0).contains("fake"), words(phrases).toString());
    assertTrue(words(phrases).get(0).contains("ivory"), words(phrases).toString());

    int[][][] product = Branches.of(query("(rolex OR \"omega watch\") AND (replica OR copy)"
        + " AND NOT genuine"));
    assertNotNull(product);
    // (rolex) & (replica|copy), (omega & watch) & (replica|copy): exclusions left out
    assertEquals(2, product.length);
    assertTrue(words(product).stream().noneMatch(w -> w.contains("genuin")),
        words(product).toString());
  }

  @Test
  void oneConjunctionOrOneListOfWordsHasNoBranchesToTest() {
    // a single conjunction: its gates already test it
    assertNull(Branches.of(query("rolex AND replica")));
    assertNull(Branches.of(query("\"fake ivory\"")));
    // an OR of single words is one list
    assertNull(Branches.of(query("ivory OR tusk OR horn")));
    // a wildcard branch always may hold: nothing to test
    assertNull(Branches.of(query("\"fake ivory\" OR tusk*")));
  }

  @Test
  void tooManyBranchesFallBackToTheGates() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i <= Branches.LIMIT; i++) {
      q.append(i == 0 ? "" : " OR ").append("\"w").append(i).append("a w").append(i)
          .append("b\"");
    }
    assertNull(Branches.of(query(q.toString())));
  }
}
