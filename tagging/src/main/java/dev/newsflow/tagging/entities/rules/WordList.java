package dev.newsflow.tagging.entities.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a word list: one word or phrase a line, kept as written (case and inner spaces; surrounding blanks are
 * trimmed), in file order; blank lines and lines starting with {@code #} are skipped. A word listed twice is an
 * error, as {@code Set.of} made it when the lists were code.
 */
final class WordList {

  private WordList() { }

  /** The list in the resource {@code name}, relative to this package. */
  static Set<String> load(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list resource missing: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + name, e);
    }
  }

  static Set<String> read(InputStream in, String name) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String word = line.strip();
      if (word.isEmpty() || word.startsWith("#")) {
        continue;
      }
      if (!words.add(word)) {
        throw new IOException(name + " line " + lineNo + ": \"" + word + "\" is listed twice");
      }
    }
    return Collections.unmodifiableSet(words);
  }
}
