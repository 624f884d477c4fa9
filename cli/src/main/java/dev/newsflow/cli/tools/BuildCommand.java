package dev.newsflow.cli.tools;

import dev.newsflow.models.kb.KnowledgeBaseBuilder;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow build}: builds the resources the product ships from openly licensed data. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build shipped resources from the openly licensed data (see subcommands).",
    subcommands = {BuildCommand.Kb.class})
public final class BuildCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow build kb}: the entity knowledge base. */
  @Command(name = "kb", mixinStandardHelpOptions = true,
      description = "Build the entity knowledge base from GeoNames, the Wikidata world-leaders snapshot and the "
          + "curated lists; writes kb-en.tsv.gz and words-en.tsv.gz (deterministic).")
  public static final class Kb implements Callable<Integer> {

    static final String DEFAULT_OUT = "tagging/src/main/resources/" + KnowledgeBase.RESOURCE;

    @Option(names = "--gazetteer-dir", defaultValue = "../shared/training/gazetteer",
        description = "Holds geonames/{cities15000.zip,countryInfo.txt} and wikidata-world-leaders/wikidata.csv "
            + "(default ${DEFAULT-VALUE}).")
    Path gazetteerDir;

    @Option(names = "--curated", defaultValue = "models/src/kb/curated",
        description = "The team's curated lists (default ${DEFAULT-VALUE}).")
    Path curated;

    @Option(names = "--corpus-dir", defaultValue = "../shared/training/ner",
        description = "Annotated training sentences, read for the words usually written in lower case "
            + "(default ${DEFAULT-VALUE}; optional).")
    Path corpusDir;

    @Option(names = "--out", defaultValue = DEFAULT_OUT,
        description = "The knowledge base file; the word list is written next to it (default ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      for (Path required : new Path[] {gazetteerDir.resolve("geonames/cities15000.zip"),
          gazetteerDir.resolve("geonames/countryInfo.txt"),
          gazetteerDir.resolve("wikidata-world-leaders/wikidata.csv"), curated.resolve("countries.tsv")}) {
        if (!Files.isRegularFile(required)) {
          err.println("build kb: missing input " + required);
          return 2;
        }
      }
      long t0 = System.nanoTime();
      KnowledgeBaseBuilder.Built built = KnowledgeBaseBuilder.build(
          new KnowledgeBaseBuilder.Inputs(gazetteerDir, curated, corpusDir));
      Path words = out.resolveSibling(Path.of(KnowledgeBase.WORDS_RESOURCE).getFileName());
      built.write(out, words);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      built.summary().warnings().forEach(w -> err.println("build kb: warning: " + w));
      stdout.printf("knowledge base: %d entries %s, %d aliases, %d lower-case words, %d name words; %s (%,d bytes), "
              + "%s (%,d bytes)"
              + " in %d ms%n", built.summary().entries(), built.summary().entriesByKind(), built.summary().aliases(),
          built.summary().lowercaseWords(), built.summary().personWords(), out, Files.size(out), words, Files.size(words), ms);
      stdout.flush();
      return 0;
    }
  }
}
