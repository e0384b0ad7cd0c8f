package org.marketsweep.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link InWordSymbolCharFilter}. Argument {@code mapping}: a file of one-char
 * swaps in Lucene's mapping format; defaults to the bundled {@code leet-symbols.txt}.
 */
public final class InWordSymbolCharFilterFactory extends CharFilterFactory
    implements ResourceLoaderAware {
  public static final String NAME = "inWordSymbol";
  static final String DEFAULT_MAPPING = "org/marketsweep/analysis/leet-symbols.txt";

  private final String mapping;
  private Map<Integer, String> swaps;
  /** The swaps' sources; every swap is one char ({@link #inform} checks). */
  private MappedChars mapped;

  public InWordSymbolCharFilterFactory(Map<String, String> args) {
    super(args);
    mapping = get(args, "mapping", DEFAULT_MAPPING);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public InWordSymbolCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    Map<Integer, String> loaded = new HashMap<>();
    for (Map.Entry<Integer, List<String>> e : CharMappings.load(loader, mapping).entrySet()) {
      String to = e.getValue().get(0);
      if (to.length() != 1) {
        throw new IllegalArgumentException(
            "Mapping " + mapping + ": a symbol must map to one char, got \"" + to + "\"");
      }
      loaded.put(e.getKey(), to);
    }
    swaps = Map.copyOf(loaded);
    mapped = new MappedChars(swaps.keySet());
  }

  @Override
  public Reader create(Reader input) {
    return new InWordSymbolCharFilter(input, swaps, mapped, true);
  }

  @Override
  public Reader normalize(Reader input) {
    return input;
  }
}
