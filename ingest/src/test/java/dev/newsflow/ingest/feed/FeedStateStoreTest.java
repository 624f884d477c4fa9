package dev.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {

  @TempDir
  Path dir;

  @Test
  void shouldRoundTripStateAndForgetTheOldestSeenItemsBeyondTheBound() {
    FeedState state = new FeedState("https://n.example/feed.xml");
    for (int i = 1; i <= 5; i++) {
      state.markSeen("item-" + i, 3);
    }
    state.markSeen("item-4", 3); // already known: order unchanged
    state.etag = "\"abc\"";
    state.lastModified = "Tue, 25 Nov 2025 10:00:00 GMT";
    state.polls = 7;
    FeedStateStore store = new FeedStateStore(dir.resolve("sub/feeds.json"));

    store.save(List.of(state));
    Map<String, FeedState> loaded = new FeedStateStore(dir.resolve("sub/feeds.json")).load();

    FeedState back = loaded.get("https://n.example/feed.xml");
    assertThat(back.seen).containsExactly("item-3", "item-4", "item-5");
    assertThat(back.hasSeen("item-5")).isTrue();
    assertThat(back.hasSeen("item-1")).isFalse();
    assertThat(back.etag).isEqualTo("\"abc\"");
    assertThat(back.lastModified).isEqualTo("Tue, 25 Nov 2025 10:00:00 GMT");
    assertThat(back.polls).isEqualTo(7);
    assertThat(dir.resolve("sub")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void shouldStartEmptyWithoutAFileAndRefuseACorruptOneClearly() throws Exception {
    assertThat(new FeedStateStore(dir.resolve("none.json")).load()).isEmpty();
    Path corrupt = dir.resolve("corrupt.json");
    Files.writeString(corrupt, "{not json");
    assertThatThrownBy(() -> new FeedStateStore(corrupt).load()).hasMessageContaining("cannot read feed state")
        .hasMessageContaining("corrupt.json");
  }
}
