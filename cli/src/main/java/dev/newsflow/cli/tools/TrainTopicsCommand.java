package dev.newsflow.cli.tools;

import dev.newsflow.tagging.topics.LabelledText;
import dev.newsflow.tagging.topics.NaiveBayesTopicModel;
import dev.newsflow.tagging.topics.TopicTrainingData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow train topics}: a Naive Bayes topic model from labelled JSON lines. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Train a topic model from labelled JSON lines: {\"text\", \"title\" (optional), "
        + "\"topics\": [IPTC code, IPTC label or your own label, ...]}.",
        "Use it with 'newsflow topics --model FILE [--blend 0.5]'."})
public final class TrainTopicsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Labelled JSON lines (several files are concatenated).")
  List<Path> data;

  @Option(names = "--out", defaultValue = "topics-model.tsv", paramLabel = "FILE",
      description = "Where to write the model (default ${DEFAULT-VALUE}).")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<LabelledText> examples = new ArrayList<>();
    try {
      for (Path p : data) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          examples.addAll(TopicTrainingData.read(r, p.toString()));
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("train topics: " + e.getMessage());
      return 2;
    }
    if (examples.isEmpty()) {
      err.println("train topics: no examples in " + data);
      return 2;
    }
    NaiveBayesTopicModel model = NaiveBayesTopicModel.train(examples);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("train topics: %d examples, %d labels %s, %d terms -> %s%n", examples.size(),
        model.labels().size(), model.labels(), model.vocabularySize(), out);
    stdout.flush();
    return 0;
  }
}
