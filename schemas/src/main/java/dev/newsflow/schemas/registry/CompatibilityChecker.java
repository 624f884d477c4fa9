package dev.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Decides whether a candidate schema may follow a subject's earlier versions under a
 * {@link CompatibilityLevel}, using Avro's own reader/writer rules ({@link SchemaCompatibility}),
 * the same rules a resolving decoder applies at read time.
 *
 * <p>Stateless and thread-safe; the mock client, the embedded registry and the schema evolution
 * tests all use this one implementation.
 */
public final class CompatibilityChecker {

  private CompatibilityChecker() {
  }

  /** The outcome: compatible or not, and Avro's description of each incompatibility found. */
  public record Result(boolean compatible, List<String> messages) {
    public Result {
      messages = List.copyOf(messages);
    }
  }

  /** Shorthand for {@code check(...).compatible()}. */
  public static boolean isCompatible(CompatibilityLevel level, Schema candidate, List<Schema> previousOldestFirst) {
    return check(level, candidate, previousOldestFirst).compatible();
  }

  /**
   * Checks {@code candidate} against {@code previousOldestFirst}: only the last one for
   * non-transitive levels, all of them for transitive ones. No previous versions: compatible.
   */
  public static Result check(CompatibilityLevel level, Schema candidate, List<Schema> previousOldestFirst) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(previousOldestFirst, "previousOldestFirst");
    if (level == CompatibilityLevel.NONE || previousOldestFirst.isEmpty()) {
      return new Result(true, List.of());
    }
    List<Schema> against = level.transitive()
        ? previousOldestFirst
        : List.of(previousOldestFirst.get(previousOldestFirst.size() - 1));
    List<String> messages = new ArrayList<>();
    for (Schema previous : against) {
      if (level.backward()) {
        collect(candidate, previous, "BACKWARD", messages);
      }
      if (level.forward()) {
        collect(previous, candidate, "FORWARD", messages);
      }
    }
    return new Result(messages.isEmpty(), messages);
  }

  /** Adds a message per incompatibility found when {@code reader} reads data from {@code writer}. */
  private static void collect(Schema reader, Schema writer, String direction, List<String> messages) {
    SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
      messages.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
          + ": " + incompatibility.getMessage());
    }
    if (pair.getResult().getIncompatibilities().isEmpty()) {
      messages.add(direction + ": " + pair.getDescription());
    }
  }
}
