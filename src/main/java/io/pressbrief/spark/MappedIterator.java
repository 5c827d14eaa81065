package io.pressbrief.spark;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that converts each element of another lazily, so a partition is never held in memory. */
final class MappedIterator<A, B> implements Iterator<B> {
  private final Iterator<A> source;
  private final Function<A, B> convert;

  MappedIterator(Iterator<A> source, Function<A, B> convert) {
    this.source = source;
    this.convert = convert;
  }

  @Override
  public boolean hasNext() {
    return source.hasNext();
  }

  @Override
  public B next() {
    return convert.apply(source.next());
  }
}
