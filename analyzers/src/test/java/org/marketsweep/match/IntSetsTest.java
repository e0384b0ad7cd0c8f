package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Term id sets as sorted arrays, and the keys of "any of these". */
class IntSetsTest {

  @Test
  void sortedDistinctKeepsEachValueOnceInOrderAndLeavesItsInputAlone() {
    Random r = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      int[] ids = new int[r.nextInt(40)];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = r.nextInt(round % 2 == 0 ? 10 : 1_000_000) - 5;
      }
      int[] before = ids.clone();
      assertArrayEquals(Arrays.stream(ids).sorted().distinct().toArray(),
          IntSets.sortedDistinct(ids), Arrays.toString(ids));
      assertArrayEquals(before, ids);
    }
    assertArrayEquals(new int[0], IntSets.sortedDistinct(new int[0]));
    assertArrayEquals(new int[] {7}, IntSets.sortedDistinct(new int[] {7, 7, 7}));
    assertArrayEquals(new int[] {2, 5}, IntSets.sortedDistinct(new int[] {5, 2, 5, 1, 1}, 3));
  }

  @Test
  void anyOfSeveralKeysHasAllTheirTermsAndPrefixesAndTheSumOfTheirCosts() {
    Keys a = new Keys(new int[] {3, 1}, new String[] {"ivor"}, false, 2.0);
    Keys b = new Keys(new int[] {9}, new String[0], false, 0.5);
    Keys c = new Keys(new int[] {4, 5}, new String[] {"rhin", "pango"}, false, 1.0);
    Keys any = Keys.any(List.of(a, b, c));
    assertArrayEquals(new int[] {3, 1, 9, 4, 5}, any.terms());
    assertArrayEquals(new String[] {"ivor", "rhin", "pango"}, any.prefixes());
    assertEquals(3.5, any.cost());
    assertEquals(false, any.always());
    assertSame(Keys.ALWAYS, Keys.any(List.of(a, Keys.ALWAYS, c)));
    Keys none = Keys.any(List.of());
    assertEquals(0, none.terms().length + none.prefixes().length);
    assertEquals(false, none.always());
  }
}
