package dev.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.fetch.FetchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSettingsTest {

  @TempDir
  Path dir;

  @Test
  void shouldLayerDefaultsFileEnvironmentAndFlagsInThatOrder() throws Exception {
    Path file = dir.resolve("ingest.properties");
    Files.writeString(file, "host.delay=3s\nfetch.threads=7\nfeed.interval=1h\n");
    Map<String, String> env = Map.of("NEWSFLOW_INGEST_FETCH_THREADS", "9", "NEWSFLOW_INGEST_FEED_INTERVAL", "2h",
        "NEWSFLOW_INGEST_SOMETHING_ELSE", "ignored");
    Map<String, String> flags = Map.of("feed.interval", "5m");

    IngestSettings s = IngestSettings.load(file, env, flags);

    assertThat(s.duration("host.delay")).isEqualTo(Duration.ofSeconds(3));   // file over defaults
    assertThat(s.integer("fetch.threads", 1)).isEqualTo(9);                 // environment over file
    assertThat(s.duration("feed.interval")).isEqualTo(Duration.ofMinutes(5)); // flag over environment
    assertThat(s.duration("fetch.read-timeout")).isEqualTo(Duration.ofSeconds(30)); // default
  }

  @Test
  void shouldRefuseUnknownKeysAndBadValuesClearly() throws Exception {
    Path file = dir.resolve("typo.properties");
    Files.writeString(file, "host.dealy=3s\n");
    assertThatThrownBy(() -> IngestSettings.load(file, Map.of(), Map.of()))
        .hasMessageContaining("unknown ingest setting 'host.dealy'").hasMessageContaining("host.delay");
    assertThatThrownBy(() -> IngestSettings.defaults().with("host.delay", "soon").duration("host.delay"))
        .hasMessageContaining("host.delay='soon'").hasMessageContaining("a duration");
    assertThatThrownBy(() -> FetchConfig.from(IngestSettings.defaults().with("fetch.threads", "0")))
        .hasMessageContaining("fetch.threads").hasMessageContaining("at least 1");
    assertThatThrownBy(() -> FetchConfig.from(IngestSettings.defaults().with("net.allow", "10.0.0.0/40")))
        .hasMessageContaining("prefix length");
  }

  @Test
  void shouldDefaultToAPoliteUserAgentAndPublicAddressesOnly() {
    FetchConfig config = FetchConfig.defaults();
    assertThat(config.userAgent()).startsWith("newsflow/").doesNotContain("{version}").contains("+https://");
    assertThat(config.addressPolicy().allowPrivateNetworks()).isFalse();
    assertThat(config.robotsEnabled()).isTrue();
    assertThat(IngestSettings.envName("host.max-crawl-delay")).isEqualTo("NEWSFLOW_INGEST_HOST_MAX_CRAWL_DELAY");
  }

  @Test
  void shouldTakeEveryDefaultFromTheDefinitions() {
    IngestSettings defaults = IngestSettings.defaults();

    assertThat(defaults.asMap().keySet()).isEqualTo(IngestDefinitions.CONFIG.names());
    assertThat(defaults.duration("host.delay")).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.number("fetch.max-body-bytes", 1)).isEqualTo(10_485_760L);
    assertThat(defaults.list("net.allow")).isEmpty();
    assertThat(defaults.string("data-dir")).isEqualTo(".newsflow/ingest");
  }

  @Test
  void shouldRefuseAValueOfTheWrongKindWhenTheSettingsAreBuiltNamingItsOrigin() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "fetch.threads=many\n");

    assertThatThrownBy(() -> IngestSettings.load(file, Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fetch.threads='many'").hasMessageContaining("from file " + file);
    assertThatThrownBy(() -> IngestSettings.defaults().with("robots.enabled", "maybe"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("robots.enabled='maybe'");
  }
}
