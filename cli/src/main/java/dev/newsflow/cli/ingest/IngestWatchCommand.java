package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.ContentLimitOption;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.ingest.IngestServices;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.service.IngestService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest watch DIR...}: ingest files dropped into directories until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Watch drop directories: new files (.jsonl, .warc, .html, .txt, optionally .gz) are published,"
        + " then moved to DIR/done/ or DIR/failed/ (with NAME.reason.txt). Runs until Ctrl-C.")
final class IngestWatchCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  WatchOptions watch;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories to watch (created if missing).")
  List<Path> dirs;

  @Mixin
  ContentLimitOption contentLimit;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // Drop directories read no ingest settings: the defaults stand in for them.
    try (IngestServices services = new IngestServices(IngestSettings.defaults(), cluster.connect(),
        cluster.topics().raw())) {
      IngestService service = services.service(dirs.stream()
          .map(dir -> services.dropDirectory(dir, contentLimit.maxContentBytes, watch.settle(), watch.rescan())).toList());
      Shutdown shutdown = new Shutdown();
      try {
        service.start();
        spec.commandLine().getErr().println("watching " + dirs + " (Ctrl-C to stop)");
        spec.commandLine().getErr().flush();
        shutdown.await();
      } finally {
        service.stop();
        shutdown.done();
      }
    }
    return 0;
  }
}
