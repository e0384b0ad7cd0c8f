package org.marketsweep.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * The reference matcher: every rule registered in a Lucene {@link Monitor}, each listing
 * analysed (with its language's stems) into an in-memory index and run against the rules its
 * terms select. Rule
 * conditions (price, category, marketplace) are tested after the text matched.
 */
public final class MonitorMatcher implements ListingMatcher {
  /** Listing text, indexed with offsets so that matches can be highlighted. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final ListingAnalyzers analyzers;
  private final LanguageGuesser guesser;
  private final Monitor monitor;
  private final Map<String, Rule> rules;

  /** A matcher, and the rules that could not be compiled (left out, with the reason). */
  public record Build(MonitorMatcher matcher, List<ListProblem> problems) {}

  private MonitorMatcher(ListingAnalyzers analyzers, LanguageGuesser guesser, Monitor monitor,
      Map<String, Rule> rules) {
    this.analyzers = analyzers;
    this.guesser = guesser;
    this.monitor = monitor;
    this.rules = rules;
  }

  public static Build build(Collection<Rule> rules) {
    ListingAnalyzers analyzers = new ListingAnalyzers();
    List<MonitorQuery> queries = new ArrayList<>();
    Map<String, Rule> byId = new HashMap<>();
    List<ListProblem> problems = new ArrayList<>();
    for (RuleCompiler.Compiled c : RuleCompiler.compileAll(analyzers, List.copyOf(rules),
        Runtime.getRuntime().availableProcessors())) {
      if (c.query() == null) {
        problems.add(c.problem());
        continue;
      }
      queries.add(new MonitorQuery(c.rule().id(), c.query()));
      byId.put(c.rule().id(), c.rule());
    }
    try {
      Monitor monitor = new Monitor(analyzers.listingAnalyzer(ListingAnalyzers.UNDETERMINED));
      monitor.register(queries);
      return new Build(new MonitorMatcher(analyzers, LanguageGuesser.forListingLanguages(),
          monitor, Map.copyOf(byId)), problems);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the rule monitor", e);
    }
  }

  @Override
  public MatchResult match(ListingText listing) {
    ListingText l = MatchResults.resolveLanguage(guesser, listing);
    Document doc = new Document();
    doc.add(new Field(ListingAnalyzers.FIELD,
        analyzers.listingAnalyzer(l.language()).tokenStream(ListingAnalyzers.FIELD, l.text()),
        TEXT_WITH_OFFSETS));
    MatchingQueries<HighlightsMatch> found;
    try {
      found = monitor.match(doc, HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("Matching failed", e);
    }
    if (!found.getErrors().isEmpty()) {
      throw new IllegalStateException("Rules failed while matching: " + found.getErrors());
    }
    return toResult(l, found.getMatches());
  }

  private MatchResult toResult(ListingText listing, Collection<HighlightsMatch> matches) {
    List<RuleMatch> out = new ArrayList<>();
    for (HighlightsMatch m : matches) {
      Rule rule = rules.get(m.getQueryId());
      if (rule == null || !rule.conditions().test(listing)) {
        continue;
      }
      List<Highlights.Span> spans = new ArrayList<>();
      for (var hits : m.getHits().values()) {
        for (HighlightsMatch.Hit hit : hits) {
          spans.add(new Highlights.Span(hit.startOffset, hit.endOffset));
        }
      }
      out.add(MatchResults.ruleMatch(rule, listing.text(), spans));
    }
    return MatchResults.result(listing, out);
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Whether the rule with this id compiled and is matched. */
  @Override
  public boolean hasRule(String id) {
    return rules.containsKey(id);
  }

  @Override
  public int ruleCount() {
    return rules.size();
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the rule monitor", e);
    }
  }
}
