package org.marketsweep.analysis;

import java.util.Iterator;
import org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Tells the streams whose whole token is the usual attributes: one {@link
 * PackedTokenAttributeImpl} (term, offsets, increment, length, type, frequency), as Lucene's
 * tokenizers make by default, and at most a keyword flag. Filters that put a token aside and
 * bring it back later copy those few fields instead of cloning an {@link AttributeSource.State}
 * per token (profiles of a scan showed the clones); other streams keep using states.
 */
final class PlainTokens {
  private PlainTokens() {}

  /** Whether every attribute of {@code source} is a packed token or a keyword flag. */
  static boolean isPlain(AttributeSource source) {
    for (Iterator<AttributeImpl> it = source.getAttributeImplsIterator(); it.hasNext(); ) {
      Class<?> impl = it.next().getClass();
      if (impl != PackedTokenAttributeImpl.class && impl != KeywordAttributeImpl.class) {
        return false;
      }
    }
    return true;
  }
}
