package dev.newsflow.cli.run;

import dev.newsflow.cli.errors.CommandFailure;
import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.SettingsCommand;
import dev.newsflow.cli.options.SettingsOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.cli.query.DatabaseOptions;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schemas.config.ServiceSettings;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.duckdb.DuckDbStore;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.sink.postgres.PostgresStore;
import dev.newsflow.sink.store.ArticleStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: writes enriched events to a store until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Write enriched events and story states to PostgreSQL, a DuckDB file or a JSON Lines file until "
        + "Ctrl-C.")
public final class SinkCommand implements Callable<Integer>, SettingsCommand {

  /** The stores the sink can write to. */
  public enum Store { JSONL, DUCKDB, POSTGRES }

  @Mixin
  ClusterOptions cluster;

  @Mixin
  public DatabaseOptions database;

  /** Default port of the sink's /metrics, /health and /ready. */
  public static final int DEFAULT_METRICS_PORT = 9402;

  @Mixin
  OpsOptions ops;

  @Option(names = "--store", paramLabel = "jsonl|duckdb|postgres", converter = StoreConverter.class,
      description = "Where to write (default: jsonl with --jsonl, duckdb with --duckdb).")
  Store store;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "Append events to this JSON Lines file (story states to stories-FILE beside it).")
  Path jsonl;

  // The settings' flags: names here, defaults and help from SinkConfig.CONFIG (SettingsCommand). The values are
  // read through the parse result (SettingsOptions), so the fields only declare the options.
  @Option(names = "--group-id", descriptionKey = SinkConfig.GROUP_ID, paramLabel = "GROUP")
  String groupId;

  @Option(names = "--max-batch", descriptionKey = SinkConfig.MAX_BATCH, paramLabel = "N")
  String maxBatch;

  @Option(names = "--max-batch-wait", descriptionKey = SinkConfig.MAX_BATCH_WAIT, paramLabel = "DURATION")
  String maxBatchWait;

  @Mixin
  SettingsOptions settingsOptions;

  @Spec
  CommandSpec spec;

  @Override
  public ServiceSettings settings() {
    return SinkConfig.SETTINGS;
  }

  @Override
  public Integer call() throws Exception {
    SinkConfig config = SinkConfig.of(cluster.settings(), cluster.topics(),
        settingsOptions.values(SinkConfig.SETTINGS));
    Store chosen = chosenStore();
    cluster.connect(); // once the settings are known to be right: the user's mistakes first, then the cluster
    Shutdown shutdown = new Shutdown();
    try (ServiceMetrics metrics = new ServiceMetrics();
         SinkService sink = new SinkService(config, open(chosen), metrics.registry());
         OpsServer server = ops.start(metrics, DEFAULT_METRICS_PORT, routes -> routes.readiness("sink", sink.readiness()))) {
      sink.start();
      spec.commandLine().getErr().println("sink running: " + config.topics().enriched() + " -> " + describe(chosen)
          + (server == null ? "" : "; metrics on " + server.url() + "/metrics") + "; Ctrl-C to stop");
      spec.commandLine().getErr().flush();
      shutdown.await();
    } finally {
      shutdown.done();
    }
    return 0;
  }

  public Store chosenStore() {
    Store chosen = store != null ? store : jsonl != null ? Store.JSONL : database.duckdb() != null ? Store.DUCKDB
        : null;
    if (chosen == null) {
      throw new ParameterException(spec.commandLine(), "choose a store: --store postgres, --duckdb FILE or "
          + "--jsonl FILE");
    }
    if (chosen == Store.JSONL && jsonl == null) {
      throw new ParameterException(spec.commandLine(), "--store jsonl needs --jsonl FILE");
    }
    if (chosen == Store.DUCKDB && database.duckdb() == null) {
      throw new ParameterException(spec.commandLine(), "--store duckdb needs --duckdb FILE");
    }
    return chosen;
  }

  /** The store; one that cannot be opened (a DuckDB file another process holds, a server down) is one line. */
  private ArticleStore open(Store chosen) throws Exception {
    try {
      return switch (chosen) {
        case JSONL -> new JsonLinesStore(jsonl);
        case DUCKDB -> new DuckDbStore(database.duckdb());
        case POSTGRES -> new PostgresStore(database.postgres());
      };
    } catch (SQLException e) {
      throw new CommandFailure("cannot open " + describe(chosen) + ": " + e.getMessage(), e);
    }
  }

  private String describe(Store chosen) {
    return switch (chosen) {
      case JSONL -> jsonl.toAbsolutePath().toString();
      case DUCKDB -> "DuckDB " + database.duckdb().toAbsolutePath();
      case POSTGRES -> "PostgreSQL " + database.postgres().jdbcUrl();
    };
  }

  /** Accepts the store names in any case. */
  static final class StoreConverter implements picocli.CommandLine.ITypeConverter<Store> {
    @Override
    public Store convert(String value) {
      return Store.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
