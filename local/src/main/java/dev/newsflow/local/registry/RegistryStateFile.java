package dev.newsflow.local.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.RegistrySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps an {@link InMemorySchemaStore} in a JSON file across restarts. Each save writes a temp
 * file next to the target, forces it to disk and moves it over the target, so a crash leaves
 * either the old or the new state, never half a file.
 *
 * <p>Thread-safe: saves are serialised, and each writes a snapshot taken inside the lock, so
 * a later save never overwrites newer state with older.
 */
final class RegistryStateFile {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private long savedModifications = -1;

  RegistryStateFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path path() {
    return file;
  }

  /** The saved store, or an empty one if the file does not exist yet. */
  InMemorySchemaStore load() {
    if (!Files.exists(file)) {
      return new InMemorySchemaStore();
    }
    try {
      RegistrySnapshot snapshot = JSON.readValue(file.toFile(), RegistrySnapshot.class);
      return InMemorySchemaStore.fromSnapshot(snapshot);
    } catch (IOException | IllegalArgumentException e) {
      // Refuse to start rather than silently lose registered schemas (and the ids in topics).
      throw new IllegalStateException("Cannot read schema registry state from " + file + ": " + e.getMessage()
          + " (fix or move the file away to start empty)", e);
    }
  }

  /** Writes the store if it changed since the last save. */
  synchronized void saveIfChanged(InMemorySchemaStore store) {
    long modifications = store.modificationCount();
    if (modifications == savedModifications) {
      return;
    }
    RegistrySnapshot snapshot = store.snapshot();
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        writeDurably(temp, JSON.writeValueAsBytes(snapshot));
        moveOver(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save schema registry state to " + file, e);
    }
    savedModifications = modifications;
  }

  private static void writeDurably(Path path, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  private void moveOver(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
