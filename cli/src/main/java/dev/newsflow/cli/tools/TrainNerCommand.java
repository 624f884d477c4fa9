package dev.newsflow.cli.tools;

import dev.newsflow.models.ner.NerTrainer;
import dev.newsflow.models.ner.NerTrainingRun;
import dev.newsflow.models.ner.SharedCorpus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow train ner}: trains the named-entity model the enrich stage ships (docs/entities.md). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the named-entity model from ../shared/training/ner and the project's own sentences.")
public final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--training-dir", defaultValue = "../shared/training/ner",
      description = "The shared annotated corpora (default ${DEFAULT-VALUE}).")
  Path trainingDir;

  @Option(names = "--gazetteer-dir", defaultValue = "../shared/training/gazetteer",
      description = "GeoNames files for the place gazetteer (default ${DEFAULT-VALUE}).")
  Path gazetteerDir;

  @Option(names = "--project-data", defaultValue = "models/src/train/ner",
      description = "The project's annotated sentences, templates, lists and feature descriptor "
          + "(default ${DEFAULT-VALUE}).")
  Path projectData;

  @Option(names = "--out",
      defaultValue = "tagging/src/main/resources/dev/newsflow/tagging/entities/model/ner-en.bin",
      description = "Where to write the model (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--corpora", split = ",", defaultValue = "wikigold,btc,wnut17,re3d",
      description = "Shared corpora to use: wikigold, btc, wnut17, re3d, uner-en-ewt (CC BY-SA: the model then "
          + "becomes share-alike) or none. Default ${DEFAULT-VALUE}.")
  List<String> corpora;

  @Option(names = "--no-relabel",
      description = "Only map the shared corpora's label names, without relabelling them to the CoNLL-2003 "
          + "convention (a baseline for comparison).")
  boolean noRelabel;

  @Option(names = "--no-project-sentences",
      description = "Leave out the project's annotated and generated sentences (a baseline for comparison).")
  boolean noProjectSentences;

  @Option(names = "--generated", defaultValue = "6000",
      description = "How many sentences to generate from the project's templates (default ${DEFAULT-VALUE}).")
  int generated;

  @Option(names = "--seed", defaultValue = "20030601", description = "Seed of the sentence generator.")
  long seed;

  @Option(names = "--features", defaultValue = "project",
      description = "project (features.xml and gazetteers in --project-data) or default (OpenNLP's). "
          + "Default ${DEFAULT-VALUE}.")
  String features;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
      description = "PERCEPTRON or MAXENT (default ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "0",
      description = "Drop features seen fewer times than this (default ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--beam-size", defaultValue = "3", description = "Decoder beam size (default ${DEFAULT-VALUE}).")
  int beamSize;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    EnumSet<SharedCorpus> chosen = EnumSet.noneOf(SharedCorpus.class);
    for (String name : corpora) {
      if (name.equalsIgnoreCase("none")) {
        continue;
      }
      SharedCorpus corpus = null;
      for (SharedCorpus c : SharedCorpus.values()) {
        if (c.folder().equalsIgnoreCase(name.strip())) {
          corpus = c;
        }
      }
      if (corpus == null) {
        spec.commandLine().getErr().println("unknown corpus '" + name + "'");
        return 2;
      }
      chosen.add(corpus);
    }
    String algo = algorithm.toUpperCase(Locale.ROOT);
    if (!algo.equals("PERCEPTRON") && !algo.equals("MAXENT")) {
      spec.commandLine().getErr().println("--algorithm must be PERCEPTRON or MAXENT");
      return 2;
    }
    NerTrainingRun.Config config = new NerTrainingRun.Config(trainingDir, gazetteerDir, projectData, chosen,
        !noRelabel, !noProjectSentences, generated, seed, features.equalsIgnoreCase("project"),
        new NerTrainer.Options(algo, iterations, cutoff, beamSize));
    NerTrainingRun.Result result = new NerTrainingRun().run(config);
    for (Map.Entry<String, Integer> e : result.sentencesBySource().entrySet()) {
      stdout.printf(Locale.ROOT, "sentences %-40s %7d%n", e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Integer> e : result.namesByType().entrySet()) {
      stdout.printf(Locale.ROOT, "names     %-40s %7d%n", e.getKey(), e.getValue());
    }
    if (chosen.stream().anyMatch(SharedCorpus::shareAlike)) {
      stdout.println("note: trained on CC BY-SA 4.0 data (uner-en-ewt): the model is share-alike.");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(out)) {
      NerTrainer.write(result.model(), file);
    }
    stdout.printf(Locale.ROOT, "trained on %d sentences, %d tokens in %.1f s (%s, %d iterations); wrote %s (%d bytes)%n",
        result.sentences(), result.tokens(), result.trainMillis() / 1000.0, algo, iterations, out, Files.size(out));
    return 0;
  }
}
