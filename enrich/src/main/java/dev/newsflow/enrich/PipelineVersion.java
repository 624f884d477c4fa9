package dev.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version stamped on every enriched article: the project version, filtered into a resource at build time. */
public final class PipelineVersion {

  private static final String VERSION = "newsflow-" + resolve();

  private PipelineVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String resolve() {
    try (InputStream in = PipelineVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
