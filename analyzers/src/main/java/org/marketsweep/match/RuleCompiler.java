package org.marketsweep.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.ListProblem;
import org.marketsweep.lists.Rule;

/**
 * Compiles a rule's query (Lucene classic syntax, default operator AND) into a Lucene query on
 * the listing field, analysed with the query-side chain of the languages the rule is written
 * for. Lists repeat the same words and phrases in many rules (indicator and exclusion lists),
 * so a compiler analyses each (analyzer, text) once and reuses the resulting immutable query.
 * Not thread-safe.
 */
public final class RuleCompiler {
  private final ListingAnalyzers analyzers;
  /** Analysed word and phrase queries, per query analyzer (identity) and quoted text. */
  private final Map<Analyzer, Map<String, Query>> analysed = new IdentityHashMap<>();

  public RuleCompiler(ListingAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** Thrown for a query that does not parse or cannot match anything. */
  public static final class InvalidQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidQueryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A rule and its query, or the problem that left it out (query null). */
  public record Compiled(Rule rule, Query query, ListProblem problem) {}

  /** Rules per thread below which {@link #compileAll} stays on the calling thread. */
  static final int RULES_PER_THREAD = 500;

  /**
   * Compiles every rule, in order, on up to {@code threads} threads: each takes a run of
   * consecutive rules (rules of one list share words) with a compiler of its own. The queries
   * are the same as one compiler's, whichever thread made them.
   */
  public static List<Compiled> compileAll(ListingAnalyzers analyzers, List<Rule> rules,
      int threads) {
    int parts = Math.max(1, Math.min(threads, rules.size() / RULES_PER_THREAD));
    if (parts == 1) {
      return compileRun(analyzers, rules);
    }
    ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
      Thread t = new Thread(r, "rule-compiler");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<Compiled>>> others = new ArrayList<>();
      int per = (rules.size() + parts - 1) / parts;
      for (int from = per; from < rules.size(); from += per) {
        List<Rule> run = rules.subList(from, Math.min(rules.size(), from + per));
        others.add(pool.submit(() -> compileRun(analyzers, run)));
      }
      List<Compiled> all = new ArrayList<>(compileRun(analyzers, rules.subList(0, per)));
      for (Future<List<Compiled>> f : others) {
        all.addAll(f.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while compiling rules", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new IllegalStateException("Cannot compile rules", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Compiled> compileRun(ListingAnalyzers analyzers, List<Rule> rules) {
    RuleCompiler compiler = new RuleCompiler(analyzers);
    List<Compiled> out = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      try {
        out.add(new Compiled(rule, compiler.compile(rule), null));
      } catch (InvalidQueryException e) {
        out.add(new Compiled(rule, null, new ListProblem(rule.file(), rule.line(),
            "rule " + rule.id() + ": " + e.getMessage() + " in query " + rule.query())));
      }
    }
    return out;
  }

  public Query compile(Rule rule) throws InvalidQueryException {
    Analyzer analyzer = analyzers.queryAnalyzer(rule.languages());
    return parse(rule.query(), new RuleQueryParser(ListingAnalyzers.FIELD, analyzer,
        analysed.computeIfAbsent(analyzer, a -> new HashMap<>())));
  }

  /** Parses {@code query} against one field; public for tests and the benchmark. */
  public static Query parse(String query, String field, Analyzer analyzer)
      throws InvalidQueryException {
    return parse(query, new RuleQueryParser(field, analyzer, new HashMap<>()));
  }

  private static Query parse(String query, RuleQueryParser parser)
      throws InvalidQueryException {
    Query parsed;
    try {
      parsed = parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidQueryException(firstLine(e.getMessage()), e);
    }
    if (parsed == null || parsed instanceof MatchNoDocsQuery) {
      throw new InvalidQueryException("query has no words left after analysis", null);
    }
    if (isOnlyNegative(parsed)) {
      throw new InvalidQueryException("query has only exclusions (NOT …): add a term to"
          + " match", null);
    }
    return parsed;
  }

  private static boolean isOnlyNegative(Query query) {
    if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
      return false;
    }
    return bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse query";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Classic query parser that refuses field prefixes and leading wildcards, and takes the
   * analysed query of a word or phrase from {@code analysed} when an earlier rule had it.
   */
  private static final class RuleQueryParser extends QueryParser {
    private final String field;
    private final Map<String, Query> analysed;

    RuleQueryParser(String field, Analyzer analyzer, Map<String, Query> analysed) {
      super(field, analyzer);
      this.field = field;
      this.analysed = analysed;
      setDefaultOperator(QueryParser.Operator.AND);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
      setAllowLeadingWildcard(false);
    }

    private void checkField(String used) throws ParseException {
      if (!field.equals(used)) {
        throw new ParseException("field prefixes are not supported (\"" + used + ":\"); quote"
            + " text containing ':' like \"1:1\"");
      }
    }

    @Override
    protected Query getFieldQuery(String f, String text, boolean quoted) throws ParseException {
      checkField(f);
      String key = (quoted ? '"' : ' ') + text;
      Query known = analysed.get(key);
      if (known == null && !analysed.containsKey(key)) {
        known = super.getFieldQuery(f, text, quoted);
        analysed.put(key, known);
      }
      return known;
    }

    @Override
    protected Query getFieldQuery(String f, String text, int slop) throws ParseException {
      checkField(f);
      return super.getFieldQuery(f, text, slop);
    }

    @Override
    protected Query getWildcardQuery(String f, String text) throws ParseException {
      checkField(f);
      return super.getWildcardQuery(f, text);
    }

    @Override
    protected Query getPrefixQuery(String f, String text) throws ParseException {
      checkField(f);
      return super.getPrefixQuery(f, text);
    }

    @Override
    protected Query getFuzzyQuery(String f, String text, float similarity)
        throws ParseException {
      checkField(f);
      return super.getFuzzyQuery(f, text, similarity);
    }

    @Override
    protected Query getRegexpQuery(String f, String text) throws ParseException {
      checkField(f);
      return super.getRegexpQuery(f, text);
    }

    @Override
    protected Query getRangeQuery(String f, String a, String b, boolean s, boolean e)
        throws ParseException {
      throw new ParseException("range queries are not supported");
    }
  }
}
