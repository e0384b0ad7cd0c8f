package org.marketsweep.lists;

import org.marketsweep.match.ListingText;

/** A listing a rule must (or must not) match, and the line of the list that states it. */
public record Example(ListingText listing, int line) implements java.io.Serializable {}
