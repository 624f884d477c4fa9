package dev.newsflow.cli.run;

import dev.newsflow.cli.options.DurationConverter;
import dev.newsflow.cli.options.OpsOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.schema.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsflow demo}: the pipeline end to end on the embedded stack. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the embedded Kafka broker and schema registry with bundled samples, "
        + "printing each enriched event as JSON.")
public final class DemoCommand implements Callable<Integer> {

  /** Default port of the demo's dashboard and operations endpoints. */
  public static final int DEFAULT_HTTP_PORT = 8088;

  @Mixin
  OpsOptions ops;

  @Option(names = "--once", description = "Publish the samples once; exit 0 when all are enriched and stored, "
      + "non-zero on failure.")
  boolean once;

  @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "" + SampleReplay.DEFAULT_RATE,
      description = "Without --once: after the first pass, replay the samples with fresh ids at this many articles "
          + "a second until Ctrl-C, so the dashboard keeps moving; 0 publishes them once (default ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--data-dir", description = "Keep broker, registry and sink data here (default: a temp dir).")
  Path dataDir;

  @Option(names = "--timeout", defaultValue = "120s",
      description = "With --once, how long to wait for the samples (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration timeout;

  @Option(names = "--in-process-broker", hidden = true,
      description = "Run the broker inside this JVM instead of a child JVM.")
  boolean inProcessBroker;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (rate < 0 || rate > SampleReplay.MAX_RATE || Double.isNaN(rate)) {
      throw new ParameterException(spec.commandLine(), "--rate must be 0 (no replay) or above, at most "
          + (int) SampleReplay.MAX_RATE + ": " + rate);
    }
    Demo.Options options = new Demo.Options(dataDir, !inProcessBroker, timeout, ops.bind,
        ops.port(DEFAULT_HTTP_PORT), !ops.portGiven());
    Shutdown shutdown = once ? null : new Shutdown();
    try (Demo demo = new Demo(options, spec.commandLine().getOut(), spec.commandLine().getErr())) {
      List<RawArticle> samples = demo.start();
      if (once) {
        Set<String> ids = samples.stream().map(RawArticle::getId).collect(Collectors.toSet());
        return demo.printEvents(ids, () -> false) ? 0 : 1;
      }
      if (rate > 0) {
        demo.replay(rate);
        spec.commandLine().getErr().printf("newsflow demo: replaying the %d samples with fresh ids, %s a second "
            + "(--rate); Ctrl-C to stop%n", samples.size(), rate);
      } else {
        spec.commandLine().getErr().println("newsflow demo: running; Ctrl-C to stop");
      }
      spec.commandLine().getErr().flush();
      AtomicBoolean stopping = new AtomicBoolean();
      Thread printer = new Thread(() -> demo.printEvents(null, stopping::get), "newsflow-demo-printer");
      printer.start();
      shutdown.await();
      stopping.set(true);
      printer.join(5_000);
      return 0;
    } finally {
      if (shutdown != null) {
        shutdown.done();
      }
    }
  }
}
