package dev.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class InMemorySchemaStoreTest {

  private static final Schema A = SchemaBuilder.record("A").fields().requiredString("id").endRecord();
  private static final Schema B = SchemaBuilder.record("B").fields().requiredInt("n").endRecord();

  @Test
  void shouldRestoreIdsVersionsAndLevelsFromSnapshot() {
    InMemorySchemaStore store = new InMemorySchemaStore();
    store.register("a-value", A);
    store.register("b-value", B);
    store.setSubjectCompatibility("b-value", CompatibilityLevel.FULL);
    store.setGlobalCompatibility(CompatibilityLevel.FORWARD);

    InMemorySchemaStore restored = InMemorySchemaStore.fromSnapshot(store.snapshot());

    assertThat(restored.snapshot()).isEqualTo(store.snapshot());
    assertThat(restored.lookup("b-value", B).id()).isEqualTo(2);
    assertThat(restored.subjectCompatibility("b-value")).contains(CompatibilityLevel.FULL);
    assertThat(restored.register("c-value", SchemaBuilder.record("C").fields().endRecord())).isEqualTo(3);
  }

  @Test
  void shouldHideSoftDeletedSubjectButKeepItsIdsResolvable() {
    InMemorySchemaStore store = new InMemorySchemaStore();
    int id = store.register("a-value", A);

    assertThat(store.deleteSubject("a-value", false)).containsExactly(1);

    assertThat(store.subjects()).isEmpty();
    assertThat(store.schemaById(id)).isEqualTo(A);
    assertThatThrownBy(() -> store.latest("a-value")).isInstanceOfSatisfying(SchemaRegistryException.class,
        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND));
    // Re-registering continues the numbering and keeps the global id.
    assertThat(store.register("a-value", A)).isEqualTo(id);
    assertThat(store.latest("a-value").version()).isEqualTo(2);
  }

  @Test
  void shouldRequireSoftDeleteBeforePermanentDelete() {
    InMemorySchemaStore store = new InMemorySchemaStore();
    store.register("a-value", A);

    assertThatThrownBy(() -> store.deleteSubject("a-value", true)).isInstanceOfSatisfying(
        SchemaRegistryException.class,
        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_SOFT_DELETED));
    store.deleteSubject("a-value", false);
    assertThat(store.deleteSubject("a-value", true)).containsExactly(1);
    assertThat(store.snapshot().subjects()).isEmpty();
  }

  @Test
  void shouldRejectUnparsableSchemaWith42201() {
    assertThatThrownBy(() -> InMemorySchemaStore.parseSchema("{\"type\": \"record\", \"name\": \"X\"}"))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(422);
          assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
        });
  }

  @Test
  void shouldCountModificationsOnlyWhenStateChanges() {
    InMemorySchemaStore store = new InMemorySchemaStore();
    store.register("a-value", A);
    long afterFirst = store.modificationCount();

    store.register("a-value", A);

    assertThat(store.modificationCount()).isEqualTo(afterFirst);
  }

  @Test
  void shouldRestoreModesAndImportedIdsAndVersionsFromSnapshot() {
    InMemorySchemaStore store = new InMemorySchemaStore();
    store.setMode("a-value", RegistryMode.IMPORT, false);
    store.register("a-value", A, 30, 5);
    store.setMode(null, RegistryMode.READONLY, false);

    InMemorySchemaStore restored = InMemorySchemaStore.fromSnapshot(store.snapshot());

    assertThat(restored.snapshot()).isEqualTo(store.snapshot());
    assertThat(restored.globalMode()).isEqualTo(RegistryMode.READONLY);
    assertThat(restored.subjectMode("a-value")).contains(RegistryMode.IMPORT);
    assertThat(restored.version("a-value", 5).id()).isEqualTo(30);
    assertThat(restored.maxId()).isEqualTo(30);
  }

  @Test
  void shouldRefuseASnapshotWithAVersionTwice() {
    RegistrySnapshot snapshot = new RegistrySnapshot(RegistrySnapshot.FORMAT_VERSION, "BACKWARD", 2,
        List.of(new RegistrySnapshot.StoredSchema(1, A.toString())),
        List.of(new RegistrySnapshot.StoredSubject("a-value", null, List.of(
            new RegistrySnapshot.StoredVersion(1, 1, false), new RegistrySnapshot.StoredVersion(1, 1, true)))));

    assertThatThrownBy(() -> InMemorySchemaStore.fromSnapshot(snapshot))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 1 twice");
  }
}
