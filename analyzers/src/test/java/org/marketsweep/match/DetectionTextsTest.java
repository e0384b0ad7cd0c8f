package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/** The detector must see exactly the text language-detector's own preparation gives it. */
class DetectionTextsTest {
  static final List<String> CRAFTED = List.of("", "a", "Rolex Submariner replica 1:1",
      "see https://shop.example/item?id=12&x=y#top for the ivory netsuke",
      "mail seller@shop.example or sales.team@x-y.example now", "@ 50% off", "http:// broken",
      "ivоry with a Cyrillic о", "Слоновая кость резьба antique", "象牙雕刻 ivory carving",
      "Ελεφαντόδοντο γλυπτό ivory", "réplique montre Rolex, très bon état",
      "i🐘vory bangle 💍 for sale", "ＩＶＯＲＹ full width", "naïve café ÀÉÎÕÜ",
      "mixed: ivory ivoire elfenbein marfil avorio słoniowa kość");

  @Test
  void preparesTheSameTextAsTheLibrary() {
    TextObjectFactory library = CommonTextObjectFactories.forDetectingOnLargeText();
    TextObjectFactory ours = DetectionTexts.forDetectingOnLargeText();
    List<String> texts = new ArrayList<>(CRAFTED);
    for (Rule rule : KeywordLists.load(Path.of("..", "keyword-lists")).rules()) {
      for (Example e : rule.matchExamples()) {
        texts.add(e.listing().text());
      }
      for (Example e : rule.noMatchExamples()) {
        texts.add(e.listing().text());
      }
    }
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      every.append((char) c);
      if (c % 64 == 63) {
        texts.add(every.toString());
        texts.add("ivory " + every + "  " + every.reverse());
        every.setLength(0);
      }
    }
    texts.add("x ".repeat(6000) + "  ivoire".repeat(600));
    for (String text : texts) {
      String expected = library.forText(text).toString();
      assertEquals(expected, ours.forText(text).toString(), text);
      assertEquals(expected, DetectionTexts.prepare(text), text);
    }
  }
}
