package dev.newsflow.sink.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
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
 * <p>Stories go to a file of their own beside the articles' ({@code stories-NAME} for an articles file
 * {@code NAME}, e.g. {@code stories-news.jsonl}), created with the first story, with the same rules: one story state
 * per line, the last line per id wins, a delete line for a tombstone. Keeping them apart leaves the articles file
 * one record type, as its readers expect.
 *
 * <p>Not thread-safe: owned by one sink thread.
 */
public final class JsonLinesStore implements ArticleStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;
  private final Path storiesFile;
  private FileChannel storiesChannel;

  public JsonLinesStore(Path file) throws IOException {
    this.file = file.toAbsolutePath();
    Path parent = this.file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.channel = open(this.file);
    this.storiesFile = this.file.resolveSibling("stories-" + this.file.getFileName());
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
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
    if (!ids.isEmpty()) {
      append(channel, deleteLines(ids));
    }
  }

  @Override
  public void writeStories(List<Story> stories) throws IOException {
    if (stories.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (Story story : stories) {
      lines.append(AvroJson.toJson(story)).append('\n');
    }
    append(storiesChannel(), lines);
  }

  @Override
  public void deleteStories(Collection<String> ids) throws IOException {
    if (!ids.isEmpty()) {
      append(storiesChannel(), deleteLines(ids));
    }
  }

  private static StringBuilder deleteLines(Collection<String> ids) {
    StringBuilder lines = new StringBuilder();
    for (String id : ids) {
      lines.append(JSON.createObjectNode().put("id", id).put("deleted", true)).append('\n');
    }
    return lines;
  }

  private FileChannel storiesChannel() throws IOException {
    if (storiesChannel == null) {
      storiesChannel = open(storiesFile);
    }
    return storiesChannel;
  }

  private void append(CharSequence lines) throws IOException {
    append(channel, lines);
  }

  private static void append(FileChannel channel, CharSequence lines) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  public Path file() {
    return file;
  }

  /** Where story states go (created with the first one). */
  public Path storiesFile() {
    return storiesFile;
  }

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public void close() throws IOException {
    channel.close();
    if (storiesChannel != null) {
      storiesChannel.close();
    }
  }
}
