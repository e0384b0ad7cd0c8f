package org.marketsweep.analysis;

/**
 * A token filter factory whose filters read one token at a time: what they make of a token
 * (its term, and other terms at its position, with its offsets) depends on its term alone,
 * never on the tokens around it or on its other attributes. {@link
 * SamePositionDuplicatesFilterFactory} counts as one because it only compares the terms of one
 * position, and a position is one token's in a chain where each token starts its own. The
 * filters after the last factory of a chain that is not one of these can be run once per
 * distinct word instead of once per token ({@link WordChain}).
 */
public interface PerTokenFilterFactory {}
