package dev.newsflow.models.kb;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/** Writes the two gzip resources the tagger reads: the knowledge base and its word list, reproducibly. */
final class KnowledgeBaseWriter {

  private KnowledgeBaseWriter() {}

  /** Writes {@code entries} to {@code kbFile} and the words to {@code wordsFile}, creating the directory. */
  static void write(List<KbEntry> entries, Set<String> lowercaseWords, Set<String> personWords, Path kbFile,
      Path wordsFile) throws IOException {
    Path parent = kbFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = gzipWriter(kbFile)) {
      out.write(KnowledgeBase.HEADER + "\n");
      out.write("# Built by `newsflow build kb` from GeoNames (geonames.org, CC BY 4.0), Wikidata (CC0) and the "
          + "project's curated lists.\n");
      out.write("# id\tkind\ttype\tname\tcountry\tprior\tref\taliases\n");
      for (KbEntry e : entries) {
        out.write(KnowledgeBase.format(e));
        out.write('\n');
      }
    }
    try (Writer out = gzipWriter(wordsFile)) {
      out.write("# l = a word mostly written in lower case, p = a word mostly part of person names (curated list\n"
          + "# plus the CC BY 4.0 training corpora wikigold, btc, wnut17)\n");
      for (String w : lowercaseWords) {
        out.write("l\t" + w + "\n");
      }
      for (String w : personWords) {
        out.write("p\t" + w + "\n");
      }
    }
  }

  private static Writer gzipWriter(Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    // GZIPOutputStream writes a fixed header (no time stamp, no file name), so the bytes are reproducible.
    return new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8);
  }
}
