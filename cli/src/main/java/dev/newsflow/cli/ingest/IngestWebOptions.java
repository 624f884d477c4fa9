package dev.newsflow.cli.ingest;

import dev.newsflow.ingest.config.IngestSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options of the commands that fetch over HTTP ({@code ingest url|feed|sitemap}): the settings file, named flags
 * for the settings people change most, and {@code --set KEY=VALUE} for any other. Precedence: flags, then
 * environment ({@code NEWSFLOW_INGEST_*}), then {@code --config FILE}, then the bundled defaults.
 */
public final class IngestWebOptions {

  @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:NEWSFLOW_INGEST_CONFIG}",
      description = "Ingest settings file (properties; keys as in docs/configuration.md; env NEWSFLOW_INGEST_CONFIG).")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Any ingest setting, e.g. --set host.delay=2s; repeatable; wins over file and environment.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "http.user-agent.")
  String userAgent;

  @Option(names = "--host-delay", paramLabel = "DURATION", description = "host.delay: pause between requests to one host.")
  String hostDelay;

  @Option(names = "--allow-private-networks", description = "net.allow-private-networks: allow loopback and private "
      + "addresses (trusted networks only).")
  Boolean allowPrivateNetworks;

  @Option(names = "--ignore-robots", description = "robots.enabled=false; for your own sites only.")
  boolean ignoreRobots;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "data-dir: where feed state is kept.")
  String dataDir;

  /** The layered settings; {@code extra} are the command's own flags (they win over everything). */
  public IngestSettings settings(Map<String, String> extra) {
    Map<String, String> flags = new LinkedHashMap<>(set);
    putIfSet(flags, "http.user-agent", userAgent);
    putIfSet(flags, "host.delay", hostDelay);
    putIfSet(flags, "net.allow-private-networks", allowPrivateNetworks == null ? null : allowPrivateNetworks.toString());
    putIfSet(flags, "robots.enabled", ignoreRobots ? "false" : null);
    putIfSet(flags, "data-dir", dataDir);
    extra.forEach((k, v) -> putIfSet(flags, k, v));
    return IngestSettings.load(configFile, System.getenv(), flags);
  }

  private static void putIfSet(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
