/**
 * Lucene analysis that survives how sellers write.
 *
 * <p>Sits between the listing text and the matcher: {@link
 * org.marketsweep.analysis.ListingAnalyzers} builds the listing-side chain (per listing
 * language) and the query-side chain (per rule languages). Each obfuscation trick is one
 * filter with an SPI factory, so a {@code CustomAnalyzer} recipe can name it:
 *
 * <pre>{@code
 * Analyzer a = CustomAnalyzer.builder(new ClasspathResourceLoader(loader))
 *     .addCharFilter("emoji").addCharFilter("inWordSymbol")
 *     .withTokenizer("standard")
 *     .addTokenFilter("icuNormalizer2", "name", "nfkc_cf")
 *     .addTokenFilter("spacedLetter").addTokenFilter("confusable")
 *     .addTokenFilter("leetspeak").addTokenFilter("repeatedLetter")
 *     .addTokenFilter("stemVariants", "languages", "en")
 *     .addTokenFilter("icuFolding")
 *     .build();
 * // "R-O-L-E-X r3plica" -> rolex, r3plica + replica (same position)
 * }</pre>
 *
 * <p>The chain runs over every listing of a scan, so {@link
 * org.marketsweep.analysis.ListingAnalyzers} uses faster stand-ins with the same output for
 * three stock Lucene filters: {@code nfkcCaseFold} for {@code icuNormalizer2} with {@code
 * name=nfkc_cf}, {@code unicodeFolding} for {@code icuFolding}, and {@code
 * samePositionDuplicates} for {@code removeDuplicates}. A test compares the chains against a
 * frozen copy of the original ones, token by token.
 *
 * <p>Every filter after the spaced-letter reader works on one token at a time ({@link
 * org.marketsweep.analysis.PerTokenFilterFactory}), so a chain can be read word by word ({@link
 * org.marketsweep.analysis.WordChain}): its head over the text, its tail once per distinct word,
 * with the same terms, positions and offsets.
 *
 * <p>Character swaps are data: {@code leetspeak.txt}, {@code leet-symbols.txt} and {@code
 * confusables.txt} in Lucene's {@code "from" => "to"} mapping format.
 */
package org.marketsweep.analysis;
