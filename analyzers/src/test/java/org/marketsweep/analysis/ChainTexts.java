package org.marketsweep.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Texts for comparing analysis chains: real product titles and descriptions (the bench slice
 * of {@code jobs}), the example and query lines of the bundled keyword lists, hand-written
 * adversarial strings, and seeded random mixtures of the character classes sellers and
 * Unicode throw at the chain.
 */
public final class ChainTexts {
  private ChainTexts() {}

  /** A listing text and its language tag. */
  public record Listing(String language, String text) {}

  static final String PRODUCTS = "jobs/src/main/resources/bench/products.jsonl.gz";

  /** The repository root: the nearest directory at or above the working one with jobs/. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(PRODUCTS))) {
        return p;
      }
    }
    throw new IllegalStateException("No " + PRODUCTS + " at or above " + Path.of("")
        .toAbsolutePath());
  }

  /** The bench slice of real products: title, newline, description, as listings are read. */
  public static List<Listing> products() {
    List<Listing> out = new ArrayList<>();
    Path file = repositoryRoot().resolve(PRODUCTS);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String title = jsonString(line, "title");
        String description = jsonString(line, "description");
        String text = description == null || description.isEmpty()
            ? title : title + "\n" + description;
        out.add(new Listing(jsonString(line, "language"), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every line of the bundled keyword lists (queries, examples, descriptions). */
  static List<String> keywordListLines() {
    Path root = repositoryRoot().resolve("keyword-lists");
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The string value of {@code "key": "…"} in one JSON line, or null. */
  private static String jsonString(String line, String key) {
    int at = line.indexOf("\"" + key + "\": \"");
    if (at < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = at + key.length() + 5; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = line.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
    throw new IllegalArgumentException("Unterminated string for " + key + ": " + line);
  }

  /** Hand-written strings aimed at each filter's edge cases. */
  public static List<String> adversarial() {
    List<String> s = new ArrayList<>(List.of(
        "", " ", "   \t\n  ", "\u00a0\u2009\u3000", "\n",
        "1vory r3pl1ca r3plica gucc1 2024 1:1 LFC25770ST 4x4 10a 7A",
        "\u211d\ud835\udd60\ud835\udd5d\ud835\udd56\ud835\udd69 watch", // ℝ𝕠𝕝𝕖𝕩
        "i v o r y tusk", "I V O R Y", "R-O-L-E-X real", "i.v.o.r.y bangle", "r_o_l_e_x",
        "i'v'o'r'y", "i\u2019v\u2019o\u2019r\u2019y", "i\u00b7v\u00b7o\u00b7r\u00b7y",
        "4 x 4 truck", "vitamin a b", "u.s", "a b c d e f g", "1 2 3 a",
        "ivoooory ivorrry guuucci channel aaa aaaa zzzz!!! ...", "\u00e9\u00e9\u00e9t\u00e9",
        "l'ivoire d\u2019ivoire L'IVOIRE qu'il dell'avorio j'ai c'est",
        "John's rolex's the dogs' bone JOHN'S O'Brien",
        "i\ud83d\udc18vory rhino \ud83e\udd8f horn \ud83d\udc4d\ud83c\udffd ok",
        "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 family \ud83c\uddeb\ud83c\uddf7 flag",
        "1\ufe0f\u20e3 keycap \u00a9 \u00ae \u2122 \u2764\ufe0f love\u2764you",
        "\u2764", "a\u2764", "\u2764b", "a\u2764b", "\ud83d\ude00\ud83d\ude00", "x\ud83d\ude00",
        "caf\u00e9 cafe\u0301 na\u0308ive \u0301start",
        "\uff29\uff36\uff2f\uff32\uff39 \uff52\uff4f\uff4c\uff45\uff58 \uff11\uff12\uff13",
        "iv\u043ery \u0440\u043e\u0440 \u0440\u0435\u043f\u043b\u0438\u043a\u0430 "
            + "\u03b9\u03bd\u03bf\u03c1\u03c5 \u039f\u039c\u0395\u0393\u0391",
        "\u0130stanbul \u0131\u015f\u0131k D\u0130YARBAKIR I\u0307",
        "Stra\u00dfe STRASSE gro\u00df \u1e9e", "\ufb01ne \ufb02ower \ufb00 \ufb03",
        "re\u00adpli\u00adca soft\u00adhyphen",
        "iv@ry $upreme rol!ex $25 now! @home a@b @@ iv0ry",
        "\ud800 lone \udc00 surrogates \ud83d", "\ud83d\ude00",
        "\u0627\u0644\u0639\u0627\u062c \u05e9\u05df \u0e07\u0e32\u0e0a\u0e49\u0e32\u0e07 "
            + "\u4e2d\u6587\u8c61\u7259 \ud55c\uad6d\uc5b4 \u0939\u093e\u0925\u0940",
        "\u1100\u1161\u11a8 jamo",
        "tusks tusk Tusks ivories Elfenbein St\u00fccke ko\u015bci s\u0142oniowej "
            + "mar\u00e9 slonovina slonoviny",
        "ABC-123 e-mail co-op x-ray \u2013 \u2014 \u2212 \u2010",
        "\u00bd \u00b2 \u2460 \u2163 \u00b5 \u2126 \u212b \u00c5",
        "\u1f00\u0345 \u1fb3 \u03a3\u03b1\u03c3 \u03c2"));
    StringBuilder longToken = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      longToken.append((char) ('a' + i % 26));
    }
    s.add(longToken + " tail");
    s.add("x".repeat(600));
    s.add("I" + "V".repeat(270) + "ory r3" + "pl1ca".repeat(60));
    s.add("a ".repeat(300));
    s.add("\ud83d\udc18".repeat(200));
    s.add("\u00e9".repeat(260) + " \uff41".repeat(50));
    return s;
  }

  private static final String[] WORDS = {"ivory", "replica", "rolex", "gucci", "tusk",
      "tusks", "rhino", "horn", "louis", "vuitton", "watch", "fake", "copy", "pangolin",
      "scales", "Elfenbein", "r\u00e9plique", "contrefa\u00e7on", "podr\u00f3bka",
      "pad\u011blek", "falsificado", "taroccata", "namaak", "the", "a", "and", "with",
      "Stra\u00dfe", "\u0130stanbul", "na\u00efve", "caf\u00e9", "1:1", "AAA", "7A", "25",
      "2024", "LFC25770ST", "iphone", "x", "I", "l'", "d\u2019", "'s", "\u2019s", "qu'"};

  private static final String[] SYMBOLS = {" ", " ", " ", "  ", "\t", "\n", ".", ",", "'",
      "\u2019", "-", "_", "@", "$", "!", "#", "&", "*", "/", ":", ";", "(", ")", "\"",
      "\u00b7", "\u00ad", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2009", "\u3000", "+",
      "%", "?", "\u20ac", "\u00a3", "|", "~", "=", "<", ">"};

  private static final String[] SPECIALS = {"\ud83d\udc18", "\ud83e\udd8f",
      "\ud83d\udc4d\ud83c\udffd", "\ud83c\uddeb\ud83c\uddf7", "\u2764\ufe0f", "\u00a9",
      "\u00ae", "\u2122", "1\ufe0f\u20e3", "\ud83d\udc68\u200d\ud83d\udc69", "\ufe0f",
      "\u20e3", "\u0301", "\u0308", "\u0327", "\u0345", "\u0130", "\u0131", "\u00df",
      "\u1e9e", "\ufb01", "\ufb02", "\ufb00", "\u2160", "\u00bd", "\u00b2", "\u2460",
      "\u212b", "\u2126", "\u00b5", "\u211d", "\ud835\udd60", "\ud835\udc00", "\ud800",
      "\udc00", "\u3131", "\u1100", "\u1161", "\uac00", "\u4e2d", "\u3042", "\u30a2",
      "\u0627", "\u05e9", "\u0e07", "\u0939", "\u093e", "\u0f00", "\u0410", "\u0430",
      "\u043e", "\u0440", "\u0441", "\u0435", "\u0456", "\u0451", "\u0391", "\u03b1",
      "\u03bf", "\u03c1", "\u03c2", "\u03a3", "\u1f00", "\u00c5", "\u00e9", "\u00c9",
      "\u00f1", "\u00e7", "\u00f8", "\u00e6", "\u0153", "\u0142", "\u011b", "\u0159",
      "\u00fc", "\u00dc", "\u2013", "\u2212", "\uff21", "\uff41", "\uff11", "\uff20",
      "\uff04", "\ufffd", "\uffff", "\u0000", "\u001f", "\u007f", "\u0085", "\u2028"};

  /** A random mixture of words, obfuscated words, ASCII, symbols and Unicode oddities. */
  public static String random(Random r) {
    StringBuilder s = new StringBuilder();
    int pieces = r.nextInt(10) == 0 ? r.nextInt(150) : r.nextInt(30);
    for (int p = 0; p < pieces; p++) {
      switch (r.nextInt(9)) {
        case 0, 1 -> s.append(obfuscate(WORDS[r.nextInt(WORDS.length)], r));
        case 2 -> s.append(WORDS[r.nextInt(WORDS.length)]);
        case 3, 4 -> s.append(SYMBOLS[r.nextInt(SYMBOLS.length)]);
        case 5 -> s.append(SPECIALS[r.nextInt(SPECIALS.length)]);
        case 6 -> s.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 'A' + r.nextInt(26)));
        case 7 -> s.append((char) ('0' + r.nextInt(10)));
        default -> s.appendCodePoint(anyCodePoint(r));
      }
    }
    if (r.nextInt(200) == 0) {
      s.append("q".repeat(250 + r.nextInt(20)));
    }
    return s.toString();
  }

  private static int anyCodePoint(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> r.nextInt(0x80);
      case 1 -> r.nextInt(0x800);
      case 2 -> r.nextInt(0x10000);
      default -> r.nextInt(0x110000);
    };
  }

  /** {@code word} disguised as sellers do, or left alone. */
  static String obfuscate(String word, Random r) {
    if (word.isEmpty()) {
      return word;
    }
    StringBuilder out = new StringBuilder();
    switch (r.nextInt(8)) {
      case 0 -> {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          int k = "oieasltb".indexOf(Character.toLowerCase(c));
          out.append(k >= 0 && r.nextBoolean() ? "01345178".charAt(k) : c);
        }
      }
      case 1 -> {
        String sep = new String[] {" ", "-", ".", "_", "'", " . "}[r.nextInt(6)];
        for (int i = 0; i < word.length(); i++) {
          out.append(i > 0 ? sep : "").append(word.charAt(i));
        }
      }
      case 2 -> {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          int k = "aeopcxyiABEHKMOPCTX".indexOf(c);
          out.append(k >= 0 && r.nextBoolean()
              ? "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0410\u0412\u0415\u041d"
                  .concat("\u041a\u041c\u041e\u0420\u0421\u0422\u0425").charAt(k) : c);
        }
      }
      case 3 -> {
        int at = r.nextInt(word.length());
        out.append(word, 0, at).append(String.valueOf(word.charAt(at)).repeat(2 + r.nextInt(4)))
            .append(word.substring(at));
      }
      case 4 -> {
        int at = r.nextInt(word.length());
        out.append(word, 0, at).append("@$!|(0".charAt(r.nextInt(6)))
            .append(word.substring(Math.min(word.length(), at + 1)));
      }
      case 5 -> out.append(word.toUpperCase(java.util.Locale.ROOT));
      case 6 -> {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          out.append(c >= 'a' && c <= 'z' && r.nextBoolean() ? (char) (c - 'a' + 0xff41) : c);
        }
      }
      default -> {
        int at = r.nextInt(word.length());
        out.append(word, 0, at).append(SPECIALS[r.nextInt(12)]).append(word.substring(at));
      }
    }
    return out.toString();
  }

  /** {@code text} with some of its words disguised, as the bench corpus does. */
  public static String obfuscateWords(String text, Random r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(6) == 0) {
        words[i] = obfuscate(words[i], r);
      }
    }
    return String.join(" ", words);
  }

  /**
   * Every {@code stride}-th product text and the same with some words disguised, then the
   * adversarial strings and {@code randoms} random mixtures: texts to compare two ways of
   * reading listings on.
   */
  public static List<String> mixture(Random r, int stride, int randoms) {
    List<String> texts = new ArrayList<>();
    List<Listing> products = products();
    for (int i = 0; i < products.size(); i += stride) {
      texts.add(products.get(i).text());
      texts.add(obfuscateWords(products.get(i).text(), r));
    }
    texts.addAll(adversarial());
    for (int i = 0; i < randoms; i++) {
      texts.add(random(r));
    }
    return texts;
  }
}
