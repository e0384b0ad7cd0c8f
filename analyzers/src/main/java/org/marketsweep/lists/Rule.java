package org.marketsweep.lists;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of a keyword list: a query in Lucene classic syntax plus what a flag it raises
 * says. Built by {@link KeywordListParser}; compiled by the matcher.
 *
 * @param line line of the rule's query in {@code file}, for error messages
 */
public record Rule(
    String id,
    String query,
    Category category,
    String dsaCategory,
    Severity severity,
    List<String> languages,
    String description,
    Conditions conditions,
    Map<String, String> info,
    List<Example> matchExamples,
    List<Example> noMatchExamples,
    String listName,
    String listVersion,
    String file,
    int line) implements java.io.Serializable {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    languages = List.copyOf(languages);
    info = Map.copyOf(info);
    matchExamples = List.copyOf(matchExamples);
    noMatchExamples = List.copyOf(noMatchExamples);
  }

  /** {@code file:line} of the rule, for messages. */
  public String location() {
    return file + ":" + line;
  }
}
