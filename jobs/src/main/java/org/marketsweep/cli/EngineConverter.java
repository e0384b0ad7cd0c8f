package org.marketsweep.cli;

import org.marketsweep.match.MatcherEngine;
import picocli.CommandLine;

/** Reads {@code --engine fast|monitor}. */
final class EngineConverter implements CommandLine.ITypeConverter<MatcherEngine> {
  @Override
  public MatcherEngine convert(String value) {
    try {
      return MatcherEngine.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
