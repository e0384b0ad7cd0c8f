package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.marketsweep.lists.Category;
import org.marketsweep.lists.KeywordListParser;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * The keyword list of a sweep, as the authority sent it: one YAML or plain-text list file,
 * its exact text and the SHA-256 of its bytes (recorded in the manifest), and its rules.
 * Unlike the nightly scan, any problem in the list is fatal: a sweep must run the whole list.
 *
 * @param category the category given for lists that name none, or null
 */
public record SweepList(Path file, String text, String sha256, Category category,
    List<Rule> rules) {

  public SweepList {
    rules = List.copyOf(rules);
  }

  /**
   * Reads and parses {@code file}.
   *
   * @param category category of the rules when the list names none (plain-text lists without
   *     a {@code # category:} line); null to use the list's own (or its folder's)
   * @throws IllegalArgumentException naming file and line when the list cannot be used
   */
  public static SweepList load(Path file, Category category) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Sweep list is not a file: " + file);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sweep list " + file, e);
    }
    List<ListProblem> problems;
    List<Rule> rules;
    if (category == null) {
      KeywordLists.Loaded loaded = KeywordLists.load(file);
      problems = loaded.problems();
      rules = loaded.rules();
    } else {
      KeywordListParser.Result parsed = KeywordListParser.parse(file, file.toString(), category);
      problems = parsed.problems();
      rules = parsed.list() == null ? List.of() : parsed.list().rules();
    }
    if (!problems.isEmpty()) {
      String all = problems.stream().map(ListProblem::toString)
          .collect(Collectors.joining("; "));
      boolean noCategory = problems.stream().anyMatch(p -> p.message().contains("category"));
      throw new IllegalArgumentException("Sweep list " + file + " cannot be used: " + all
          + (noCategory ? " (give the list a '# category:' line, or pass --category"
              + " counterfeit|wildlife|unsafe)" : ""));
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("Sweep list " + file + " has no terms or rules");
    }
    return new SweepList(file, new String(bytes, StandardCharsets.UTF_8),
        Hashes.sha256Hex(bytes), category, rules);
  }
}
