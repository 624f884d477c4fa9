package dev.newsflow.sink.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.json.AvroJson;
import dev.newsflow.sink.store.ArticleStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * Appends enriched articles to a JSON Lines file, one event per line, and forces the file to disk after each
 * batch so the sink may commit offsets. A redelivered batch appends its events again: readers that need one row
 * per article keep the last line per id (the id is in every line), as with any append-only log. A delete appends
 * {@code {"id":"ID","deleted":true}}: the last line of an id saying so means the article is gone.
 *
 * <p>Not thread-safe: owned by one sink thread.
 */
public final class JsonLinesStore implements ArticleStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;

  public JsonLinesStore(Path file) throws IOException {
    this.file = file.toAbsolutePath();
    Path parent = this.file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
  }

  @Override
  public void write(List<EnrichedArticle> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (EnrichedArticle article : batch) {
      lines.append(AvroJson.toJson(article)).append('\n');
    }
    append(lines);
  }

  /** Appends one delete line per id (the file is a log: earlier lines stay). */
  @Override
  public void delete(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (String id : ids) {
      lines.append(JSON.createObjectNode().put("id", id).put("deleted", true)).append('\n');
    }
    append(lines);
  }

  private void append(CharSequence lines) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  public Path file() {
    return file;
  }

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
