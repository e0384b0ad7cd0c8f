package org.marketsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/** Pieces of work measured side by side see every listing once, alternating chunk by chunk. */
class ThroughputTest {

  @Test
  void worksAlternateChunkByChunkTheOrderReversedEveryOtherChunk() {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    List<Throughput> out = Throughput.alternate(1, 2_500, 1_000,
        List.of(i -> calls.add("a" + i), i -> calls.add("b" + i)));
    assertEquals(5_000, calls.size());
    List<String> starts = List.of(calls.get(0), calls.get(1_000), calls.get(2_000),
        calls.get(3_000), calls.get(4_000), calls.get(4_500));
    assertEquals(List.of("a0", "b0", "b1000", "a1000", "a2000", "b2000"), starts);
    assertEquals("b2499", calls.get(4_999));
    for (Throughput t : out) {
      assertEquals(2_500, t.items());
      assertEquals(1, t.threads());
    }
  }

  @Test
  void everyListingIsWorkedOnceByEachPieceOnEveryThread() {
    AtomicLongArray a = new AtomicLongArray(10_007);
    AtomicLongArray b = new AtomicLongArray(10_007);
    Throughput.alternate(2, 10_007, 1_000, List.<java.util.function.LongConsumer>of(i -> a.incrementAndGet((int) i),
        i -> b.incrementAndGet((int) i)));
    for (int i = 0; i < a.length(); i++) {
      assertEquals(1, a.get(i), "a " + i);
      assertEquals(1, b.get(i), "b " + i);
    }
  }

  @Test
  void theSameThreadsWorkEveryChunk() {
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    Throughput.alternate(2, 20_000, 1_000, List.of(i -> workers.add(Thread.currentThread()),
        i -> workers.add(Thread.currentThread())));
    assertTrue(workers.size() <= 2, workers.size() + " threads");
    assertFalse(workers.contains(Thread.currentThread()));
  }

  @Test
  void aFailureInAPieceOfWorkIsRethrown() {
    ConcurrentHashMap<Long, Boolean> seen = new ConcurrentHashMap<>();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Throughput.alternate(2, 3_000, 1_000, List.of(i -> seen.put(i, true), i -> {
          if (i == 1_500) {
            throw new IllegalArgumentException("bad listing " + i);
          }
        })));
    assertEquals("bad listing 1500", e.getCause().getMessage());
  }
}
