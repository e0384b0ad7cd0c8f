/**
 * Matching listings against compiled keyword-list rules.
 *
 * <p>{@link org.marketsweep.match.MonitorMatcher} is the reference: every rule in a Lucene
 * Monitor, each listing indexed and run against the rules its terms select.
 * {@link org.marketsweep.match.FastMatcher} gives the same matches, terms and snippets
 * much faster: each rule's Lucene query (from {@link org.marketsweep.match.RuleCompiler}) is
 * compiled once into an evaluator over one listing's analysed terms and positions; a
 * listing is analysed once, its terms select candidate rules (each filed under its rarest
 * required terms and gated by its other required terms) and only those are checked. Sloppy
 * phrases are decided by Lucene's own sloppy phrase matcher; query types without an
 * evaluator run through Lucene on a one-document index. Both implement
 * {@link org.marketsweep.match.ListingMatcher}; {@code MatcherEquivalenceTest} keeps them
 * equal. {@link org.marketsweep.match.ListChecker} runs every list example through a matcher.
 *
 * <pre>{@code
 * FastMatcher.Build build = FastMatcher.build(rules);
 * build.problems().forEach(System.err::println);   // rules left out, file:line: why
 * try (FastMatcher matcher = build.matcher()) {
 *   MatchResult r = matcher.match(ListingText.of("R-O-L-E-X Daytona r3plica"));
 *   r.matches().forEach(m -> System.out.println(m.rule().id() + " " + m.snippet()));
 * }
 * }</pre>
 */
package org.marketsweep.match;
