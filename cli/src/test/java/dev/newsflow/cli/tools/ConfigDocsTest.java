package dev.newsflow.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDocsTest {

  /** The module runs its tests in cli/, so the project's docs are one level up. */
  private static final Path CONFIGURATION_DOC = Path.of("..", "docs", "configuration.md");

  @Test
  void shouldFindDocsConfigurationTablesUpToDateWithTheSettingsDefinitions() throws Exception {
    String doc = Files.readString(CONFIGURATION_DOC, StandardCharsets.UTF_8);

    assertThat(ConfigCommand.regenerate(doc))
        .as("docs/configuration.md is stale: run ./newsflow config docs --write docs/configuration.md")
        .isEqualTo(doc);
  }

  @Test
  void shouldReportAStaleFileAndRewriteIt(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("configuration.md");
    StringBuilder sections = new StringBuilder("# x\n");
    for (String service : ConfigCommand.services().keySet()) {
      sections.append(ConfigCommand.beginMarker(service)).append("\n| old |\n").append(ConfigCommand.END_MARKER)
          .append('\n');
    }
    Files.writeString(doc, sections + "tail\n");
    StringWriter err = new StringWriter();

    int stale = Main.commandLine().setErr(new PrintWriter(err)).execute("config", "docs", "--check", doc.toString());
    int written = Main.commandLine().execute("config", "docs", "--write", doc.toString());
    int fresh = Main.commandLine().execute("config", "docs", "--check", doc.toString());

    assertThat(stale).isEqualTo(1);
    assertThat(err.toString()).contains("stale");
    assertThat(written).isZero();
    assertThat(fresh).isZero();
    assertThat(Files.readString(doc)).contains("| `dedupe.retention` | `7d` |").doesNotContain("| old |")
        .endsWith("tail\n");
  }

  @Test
  void shouldPrintACommentedDefaultsFileThatNamesEverySetting() {
    StringWriter out = new StringWriter();

    int code = Main.commandLine().setOut(new PrintWriter(out)).execute("config", "defaults", "enrich");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("\nthreads=0\n", "\ndedupe.retention=7d\n", "\n#topics.model=\n",
        "# --- Dedupe ---");
  }
}
