package org.marketsweep.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads every list below a folder (or one list file). A list's default category is the
 * first folder on its path named {@code counterfeit}, {@code wildlife} or {@code unsafe}.
 * Rule ids and list names must be unique across everything loaded.
 */
public final class KeywordLists {

  /** The lists that parsed, and every problem found (parse errors, duplicates). */
  public record Loaded(List<KeywordList> lists, List<ListProblem> problems) {
    public Loaded {
      lists = List.copyOf(lists);
      problems = List.copyOf(problems);
    }

    /** Every rule of every list, in load order. */
    public List<Rule> rules() {
      return lists.stream().flatMap(l -> l.rules().stream()).toList();
    }
  }

  private KeywordLists() {}

  public static Loaded load(Path root) {
    List<Path> files = listFiles(root);
    List<KeywordList> lists = new ArrayList<>();
    List<ListProblem> problems = new ArrayList<>();
    Map<String, Rule> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Path file : files) {
      String display = file.toString();
      KeywordListParser.Result result =
          KeywordListParser.parse(file, display, folderCategory(file));
      problems.addAll(result.problems());
      KeywordList list = result.list();
      if (list == null) {
        continue;
      }
      String other = names.putIfAbsent(list.name(), display);
      if (other != null) {
        problems.add(new ListProblem(display, 1,
            "list name \"" + list.name() + "\" is already used by " + other));
      }
      List<Rule> unique = new ArrayList<>();
      for (Rule rule : list.rules()) {
        Rule first = ids.putIfAbsent(rule.id(), rule);
        if (first != null) {
          problems.add(new ListProblem(display, rule.line(),
              "rule id \"" + rule.id() + "\" is already used at " + first.location()));
        } else {
          unique.add(rule);
        }
      }
      lists.add(new KeywordList(list.name(), list.version(), list.category(), list.languages(),
          list.description(), list.source(), list.changelog(), unique, list.file()));
    }
    if (files.isEmpty()) {
      problems.add(new ListProblem(root.toString(), 0, "no list files (*.yaml, *.yml, *.txt)"));
    }
    return new Loaded(lists, problems);
  }

  private static List<Path> listFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return Files.exists(root) ? List.of(root) : List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(KeywordListParser::isListFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list keyword lists in " + root, e);
    }
  }

  /** The category named by the nearest enclosing folder, or null. */
  private static Category folderCategory(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    for (; dir != null && dir.getFileName() != null; dir = dir.getParent()) {
      Category c = Category.parse(dir.getFileName().toString());
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
