package org.marketsweep.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link StemVariantFilter}. Argument {@code languages}: comma-separated primary
 * language tags, each with a stemmer in {@link Stemmers}.
 */
public final class StemVariantFilterFactory extends TokenFilterFactory
    implements PerTokenFilterFactory {
  public static final String NAME = "stemVariants";

  private final List<String> languages;

  public StemVariantFilterFactory(Map<String, String> args) {
    super(args);
    languages = Arrays.stream(require(args, "languages").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    languages.forEach(Stemmers::create);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public StemVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StemVariantFilter(input, languages);
  }
}
