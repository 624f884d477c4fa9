package dev.newsflow.cli;

import dev.newsflow.enrich.PipelineVersion;
import picocli.CommandLine;

/** {@code newsflow --version}: the pipeline version stamped on enriched articles. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {PipelineVersion.get()};
  }
}
