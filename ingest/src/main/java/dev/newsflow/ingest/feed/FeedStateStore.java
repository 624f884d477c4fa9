package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feed state in one JSON file (a list of {@link FeedState}), written to a temporary file and moved into place, so
 * a crash mid-write never leaves a half file. Thread-safe within a process.
 */
public final class FeedStateStore {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public FeedStateStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The stored states by feed URL; empty when the file does not exist yet. */
  public synchronized Map<String, FeedState> load() {
    Map<String, FeedState> states = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return states;
    }
    try {
      List<FeedState> list = JSON.readValue(file.toFile(), new TypeReference<List<FeedState>>() {});
      for (FeedState s : list) {
        if (s.url != null) {
          states.put(s.url, s);
        }
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read feed state " + file + " (fix or move it away): "
          + e.getMessage(), e);
    }
  }

  public synchronized void save(Collection<FeedState> states) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      JSON.writeValue(tmp.toFile(), states.stream().map(FeedState::copy).toList());
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write feed state " + file + ": " + e.getMessage(), e);
    }
  }
}
