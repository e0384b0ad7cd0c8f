package org.marketsweep.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads from a SnakeYAML node tree that record a {@link ListProblem} with the node's
 * line instead of throwing, so one pass reports every mistake in a file.
 */
final class YamlReader {
  private final String file;
  private final List<ListProblem> problems;

  YamlReader(String file, List<ListProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  void problem(Node node, String message) {
    problems.add(new ListProblem(file, line(node), message));
  }

  /** The entries of a mapping by key, or null (with a problem) when the node is not one. */
  Map<String, Node> mapping(Node node, String what, Set<String> allowedKeys) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, what + " must be a mapping of key: value");
      return null;
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null || !allowedKeys.contains(key)) {
        problem(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
            + String.join(", ", allowedKeys.stream().sorted().toList()) + ")");
      } else if (entries.put(key, t.getValueNode()) != null) {
        problem(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
      }
    }
    return entries;
  }

  String string(Map<String, Node> entries, String key, String what, boolean required,
      Node owner) {
    Node node = entries.get(key);
    if (node == null) {
      if (required) {
        problem(owner, what + " needs '" + key + "'");
      }
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      problem(node, "'" + key + "' of " + what + " must be a single value");
      return null;
    }
    String value = scalar.getValue().strip();
    if (required && value.isEmpty()) {
      problem(node, "'" + key + "' of " + what + " is empty");
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  List<String> strings(Map<String, Node> entries, String key, String what) {
    Node node = entries.get(key);
    if (node == null) {
      return List.of();
    }
    if (node instanceof ScalarNode scalar) {
      return List.of(scalar.getValue().strip());
    }
    List<String> values = new ArrayList<>();
    for (Node item : sequence(node, "'" + key + "' of " + what)) {
      if (item instanceof ScalarNode scalar) {
        values.add(scalar.getValue().strip());
      } else {
        problem(item, "'" + key + "' of " + what + " must list plain values");
      }
    }
    return values;
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    problem(node, what + " must be a list");
    return List.of();
  }

  BigDecimal decimal(Map<String, Node> entries, String key, String what) {
    String value = string(entries, key, what, false, null);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      problem(entries.get(key), "'" + key + "' of " + what + " is not a number: \"" + value
          + "\"");
      return null;
    }
  }
}
