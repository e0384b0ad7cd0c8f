package org.marketsweep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where bundled files live: below {@code marketsweep.home} (set by the launcher) or here. */
final class Paths {
  private Paths() {}

  static Path home() {
    String home = System.getProperty("marketsweep.home");
    return Path.of(home == null || home.isBlank() ? "." : home);
  }

  /** The bundled keyword lists. */
  static Path defaultLists() {
    return home().resolve("keyword-lists");
  }

  static Path existing(Path path, String what) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(what + " does not exist: " + path);
    }
    return path;
  }
}
