package org.marketsweep.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for Unicode TR 30 folding (diacritics, case, width and the like) through a {@link
 * TableNormalizerFilter}: the output of {@code icuFolding}, faster. No arguments.
 */
public final class UnicodeFoldingFilterFactory extends TokenFilterFactory
    implements PerTokenFilterFactory {
  public static final String NAME = "unicodeFolding";

  public UnicodeFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public UnicodeFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new TableNormalizerFilter(input, NormalizerTable.FOLDING);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
