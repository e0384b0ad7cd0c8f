/**
 * Matches listings against compiled rules.
 *
 * <p>{@link org.marketsweep.match.ListingMatcher} is the engine interface; {@link
 * org.marketsweep.match.MonitorMatcher} is the reference engine on Lucene Monitor. A matcher
 * is built once (per executor in Spark) and is thread-safe. For each listing it returns the
 * language used and each matching rule with the terms as written and a highlighted snippet.
 * {@link org.marketsweep.match.ListChecker} runs every list example through the matcher.
 *
 * <pre>{@code
 * MonitorMatcher.Build build = MonitorMatcher.build(rules);
 * try (MonitorMatcher matcher = build.matcher()) {
 *   MatchResult r = matcher.match(ListingText.of("R-O-L-E-X Daytona r3plica"));
 *   r.matches().forEach(m -> System.out.println(m.rule().id() + " " + m.snippet()));
 * }
 * }</pre>
 */
package org.marketsweep.match;
