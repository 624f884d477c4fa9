package dev.newsflow.models.ner;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * One training run of the NER model, from the inputs to the model: the shared corpora (relabelled to the
 * CoNLL-2003 convention, or only mapped for a baseline), the project's own annotated sentences and generated
 * ones, the project's feature descriptor and gazetteers. Everything is read in a fixed order so that the same
 * inputs give the same model.
 */
public final class NerTrainingRun {

  /** What to train on and how. */
  public record Config(Path trainingDir, Path gazetteerDir, Path projectDir, Set<SharedCorpus> corpora,
      boolean relabel, boolean projectSentences, int generated, long seed, boolean projectFeatures,
      NerTrainer.Options options) {
  }

  /** The trained model and what went into it. */
  public record Result(TokenNameFinderModel model, Map<String, Integer> sentencesBySource,
      Map<String, Integer> namesByType, int sentences, int tokens, long trainMillis) {
  }

  public Result run(Config config) throws IOException {
    Set<String> demonyms = new TreeSet<>(Gazetteers.readList(config.projectDir().resolve("lists/demonyms.txt")));
    List<LabeledSentence> sentences = new ArrayList<>();
    Map<String, Integer> bySource = new TreeMap<>();
    for (SharedCorpus corpus : config.corpora()) {
      Relabeller relabeller = config.relabel() ? corpus.relabeller(demonyms) : corpus.plainRelabeller();
      int kept = 0;
      for (LabeledSentence sentence : corpus.read(config.trainingDir())) {
        Optional<LabeledSentence> relabelled = relabeller.relabel(sentence);
        if (relabelled.isPresent()) {
          sentences.add(relabelled.get());
          kept++;
        }
      }
      bySource.put(corpus.folder(), kept);
    }
    if (config.projectSentences()) {
      ProjectSentenceReader reader = new ProjectSentenceReader();
      for (Path file : projectFiles(config.projectDir())) {
        List<LabeledSentence> read;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          read = reader.read(in, "project/" + file.getFileName());
        }
        sentences.addAll(read);
        bySource.put("project/" + file.getFileName(), read.size());
      }
      if (config.generated() > 0) {
        List<String> lines = NewsSentenceGenerator.fromProjectDir(config.projectDir())
            .generate(config.generated(), config.seed());
        List<LabeledSentence> read = reader.read(new StringReader(String.join("\n", lines)), "generated");
        sentences.addAll(read);
        bySource.put("generated", read.size());
      }
    }
    Map<String, Integer> byType = new TreeMap<>();
    int tokens = 0;
    for (LabeledSentence sentence : sentences) {
      tokens += sentence.tokens().size();
      for (LabeledSentence.Span span : sentence.spans()) {
        byType.merge(span.label(), 1, Integer::sum);
      }
    }
    byte[] descriptor = null;
    Map<String, Object> resources = Map.of();
    if (config.projectFeatures()) {
      descriptor = Files.readAllBytes(config.projectDir().resolve("features.xml"));
      resources = new Gazetteers().build(config.projectDir(), config.gazetteerDir());
    }
    long started = System.nanoTime();
    TokenNameFinderModel model = new NerTrainer().train(sentences, descriptor, resources, config.options());
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Result(model, bySource, byType, sentences.size(), tokens, millis);
  }

  /** The annotated sentence files: {@code *.txt} directly in the project folder, by name. */
  static List<Path> projectFiles(Path projectDir) throws IOException {
    if (!Files.isDirectory(projectDir)) {
      throw new IOException("no project training folder at " + projectDir);
    }
    try (Stream<Path> files = Files.list(projectDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("templates.txt")).sorted().toList();
    }
  }
}
