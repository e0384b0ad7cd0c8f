package org.marketsweep.lists;

import java.util.List;

/** A parsed keyword list: its header and its rules, in file order. */
public record KeywordList(
    String name,
    String version,
    Category category,
    List<String> languages,
    String description,
    String source,
    List<ChangelogEntry> changelog,
    List<Rule> rules,
    String file) implements java.io.Serializable {

  public KeywordList {
    languages = List.copyOf(languages);
    changelog = List.copyOf(changelog);
    rules = List.copyOf(rules);
  }

  /** One entry of a list's changelog. */
  public record ChangelogEntry(String version, String date, String changes)
      implements java.io.Serializable {}
}
