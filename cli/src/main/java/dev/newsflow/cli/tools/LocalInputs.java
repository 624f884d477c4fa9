package dev.newsflow.cli.tools;

import dev.newsflow.cli.options.ContentLimitOption;
import dev.newsflow.ingest.file.ArticleFileReader;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of the commands that work on local files without Kafka ({@code extract}, {@code tag}, {@code topics}). */
public final class LocalInputs {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to read; '-' or none for stdin.")
  List<String> files;

  @Mixin
  ContentLimitOption contentLimit;

  /** The files given, or stdin ("-") when none. */
  List<String> inputs() {
    return files == null || files.isEmpty() ? List.of("-") : files;
  }

  /** A reader of HTML and text files (.gz too) within the size limit. */
  ArticleFileReader reader() {
    return new ArticleFileReader(contentLimit.maxContentBytes, Clock.systemUTC());
  }
}
