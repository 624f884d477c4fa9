package dev.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.compress.Compression;
// Kafka's internal stream and batch format: the exact code path the producer compresses batches with.
import org.apache.kafka.common.record.internal.RecordBatch;
import org.apache.kafka.common.utils.internals.ByteBufferOutputStream;

/**
 * What each Kafka compression codec costs on real article pages, as the ingest producer uses them: pages packed
 * into batches of about 256 KB (its {@code batch.size}) and compressed with Kafka's own codecs. Prints the
 * compression ratio and the compression speed on one core per codec. Measures the choice of ingest's default
 * ({@code zstd}) against {@code gzip}, the one codec kafkajs reads without a plug-in.
 *
 * <p>{@code java -cp ... dev.newsflow.bench.CompressionCost DIR} where DIR holds {@code *.html.gz} pages.
 */
public final class CompressionCost {

  private static final int BATCH_BYTES = 256 * 1024;
  private static final int ROUNDS = 20;

  private CompressionCost() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CompressionCost DIR (a directory of *.html.gz pages)");
      System.exit(2);
    }
    List<byte[]> pages = pages(Path.of(args[0]));
    long total = pages.stream().mapToLong(p -> p.length).sum();
    System.out.printf("%d pages, %.1f MB, average %.1f KB%n", pages.size(), total / 1e6, total / 1e3 / pages.size());
    Map<String, Compression> codecs = new LinkedHashMap<>();
    codecs.put("gzip", Compression.gzip().build());
    codecs.put("gzip level 1", Compression.gzip().level(1).build());
    codecs.put("lz4", Compression.lz4().build());
    codecs.put("zstd", Compression.zstd().build());
    for (int warmup = 0; warmup < 2; warmup++) {
      for (Map.Entry<String, Compression> codec : codecs.entrySet()) {
        long start = System.nanoTime();
        long out = 0;
        for (int round = 0; round < ROUNDS; round++) {
          out += compressInBatches(pages, codec.getValue());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (warmup == 1) {
          System.out.printf("CODEC %-12s ratio %.2f, %.0f MB/s, %.2f ms per 256 KB batch%n", codec.getKey(),
              (double) total * ROUNDS / out, total * ROUNDS / 1e6 / seconds,
              seconds * 1000 / ((double) total * ROUNDS / BATCH_BYTES));
        }
      }
    }
  }

  private static long compressInBatches(List<byte[]> pages, Compression compression) throws IOException {
    long compressed = 0;
    int next = 0;
    while (next < pages.size()) {
      ByteBufferOutputStream buffer = new ByteBufferOutputStream(ByteBuffer.allocate(BATCH_BYTES));
      try (OutputStream out = compression.wrapForOutput(buffer, RecordBatch.CURRENT_MAGIC_VALUE)) {
        int size = 0;
        while (next < pages.size() && size < BATCH_BYTES) {
          out.write(pages.get(next));
          size += pages.get(next++).length;
        }
      }
      compressed += buffer.position();
    }
    return compressed;
  }

  private static List<byte[]> pages(Path dir) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.html.gz")) {
      for (Path file : files) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    if (pages.isEmpty()) {
      throw new IOException("no *.html.gz pages in " + dir);
    }
    return pages;
  }
}
