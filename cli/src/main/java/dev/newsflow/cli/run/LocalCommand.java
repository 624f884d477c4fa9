package dev.newsflow.cli.run;

import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.local.LocalStack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow local}: the embedded broker and registry on the conventional ports, until Ctrl-C. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = "Start only the embedded Kafka broker and schema registry, for other newsflow commands to use.")
public final class LocalCommand implements Callable<Integer> {

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Default ${DEFAULT-VALUE}; 0 picks a free port.")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081",
      description = "Default ${DEFAULT-VALUE}; 0 picks a free port.")
  int registryPort;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--data-dir", defaultValue = ".newsflow/local",
      description = "Broker and registry state, kept across restarts (default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    Shutdown shutdown = new Shutdown();
    try (LocalStack stack = LocalStack.builder().host(host).kafkaPort(kafkaPort).registryPort(registryPort)
        .dataDir(dataDir).build().start()) {
      System.out.println("Kafka:           " + stack.bootstrapServers());
      System.out.println("Schema Registry: " + stack.schemaRegistryUrl());
      System.out.println("Data:            " + dataDir.toAbsolutePath());
      System.out.println("Ctrl-C to stop.");
      System.out.flush();
      shutdown.await();
    } finally {
      shutdown.done();
    }
    return 0;
  }
}
