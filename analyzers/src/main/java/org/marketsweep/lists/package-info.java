/**
 * The keyword-list model and parser.
 *
 * <p>A list is a YAML file (or a plain-text term list) of {@link org.marketsweep.lists.Rule}s;
 * {@link org.marketsweep.lists.KeywordLists#load} reads a folder of them and reports every
 * mistake as {@code file:line: problem} ({@link org.marketsweep.lists.ListProblem}) without
 * stopping at the first. The format is documented in {@code keyword-lists/README.md}.
 *
 * <pre>{@code
 * KeywordLists.Loaded loaded = KeywordLists.load(Path.of("keyword-lists"));
 * loaded.problems().forEach(System.err::println);
 * List<Rule> rules = loaded.rules();
 * }</pre>
 */
package org.marketsweep.lists;
