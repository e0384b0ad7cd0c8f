package org.marketsweep.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML bytes into text. The charset is taken, in order, from a byte-order mark, the HTTP
 * {@code Content-Type} charset, a {@code <meta charset>} / {@code http-equiv} declaration in the
 * first 8 KB, else UTF-8. A declared UTF-8 that the bytes are not valid UTF-8 for falls back to the
 * next declaration, and finally to windows-1252 (a superset of the printable ISO-8859-1), so a
 * latin-1 page mislabelled as UTF-8 still decodes correctly.
 */
final class HtmlDecoder {
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoder() {}

  /** The decoded text and the charset used. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, String contentType) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    Charset header = contentType == null ? null : find(HEADER_CHARSET, contentType);
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Charset meta = find(META_CHARSET, head);
    for (Charset c : new Charset[] {header, meta}) {
      if (c == null) {
        continue;
      }
      if (!c.equals(StandardCharsets.UTF_8)) {
        return new Decoded(new String(bytes, widen(c)), widen(c));
      }
      if (isValidUtf8(bytes)) {
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      }
    }
    if (isValidUtf8(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
  }

  /** Browsers treat ISO-8859-1 and US-ASCII labels as windows-1252. */
  private static Charset widen(Charset c) {
    return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : c;
  }

  private static Charset find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // An unknown label is the same as no label: look for the next declaration.
        continue;
      }
    }
    return null;
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
