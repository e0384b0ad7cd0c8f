package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

public class HighlightsTest {
  @Test
  void snippetEndsAfterASpanThatCrossesTheWordEnd() {
    String text = "ivory" + " x".repeat(30) + "yy,rhino horn cup";
    int rhino = text.indexOf("rhino");
    List<Highlights.Span> spans = List.of(new Highlights.Span(0, 5),
        new Highlights.Span(rhino, rhino + "rhino horn".length()));
    assertEquals("[[ivory]]" + " x".repeat(30) + "yy,[[rhino horn]]…",
        Highlights.snippet(text, spans));
  }
}
