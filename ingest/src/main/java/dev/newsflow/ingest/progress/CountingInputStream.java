package dev.newsflow.ingest.progress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** Counts the bytes read through it into a shared counter, so progress can follow several files. */
public final class CountingInputStream extends FilterInputStream {

  private final LongAdder counter;

  public CountingInputStream(InputStream in, LongAdder counter) {
    super(in);
    this.counter = counter;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counter.increment();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n > 0) {
      counter.add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counter.add(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would count bytes twice
  }
}
