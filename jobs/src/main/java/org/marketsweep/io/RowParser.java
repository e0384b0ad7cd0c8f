package org.marketsweep.io;

import java.io.Serializable;
import java.util.function.Function;

/**
 * Turns one input row, seen through a lookup of its fields by column name, into a record of
 * type {@code T}, or says which field breaks the contract and why.
 */
@FunctionalInterface
public interface RowParser<T> extends Serializable {
  T parse(Function<String, Object> field) throws InvalidFieldException;
}
