package dev.newsflow.models.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the word list from the curated {@code common-words.txt} and the annotated training corpora: the words
 * mostly written in lower case, and the words mostly seen inside person names. Not thread-safe.
 */
final class WordListBuilder {

  private final List<String> warnings = new ArrayList<>();

  /** What could not be used. */
  List<String> warnings() {
    return warnings;
  }

  /**
   * Words the corpora write mostly in lower case (at least three times lower case and at least twice as often as
   * capitalised inside a sentence), plus the curated list, each as "l\tword"; and words seen mostly inside person
   * names, as "p\tWord". Only the CC BY 4.0 sets are read.
   */
  Set<String> corpusWords(Path curated, Path corpusDir) throws IOException {
    Set<String> words = new TreeSet<>();
    List<String> lines = Files.isRegularFile(curated) ? Files.readAllLines(curated, StandardCharsets.UTF_8) : List.of();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add("l\t" + line.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (corpusDir == null || !Files.isDirectory(corpusDir)) {
      warnings.add("no training corpus at " + corpusDir + ": lower-case words from the curated list only");
      return words;
    }
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> nameCounts = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("wikigold", "btc", "wnut17")) {
      Path d = corpusDir.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().matches(".*\\.conll(\\.txt)?")).sorted().forEach(files::add);
        }
      }
    }
    for (Path f : files) {
      boolean sentenceStart = true;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          sentenceStart = true;
          continue;
        }
        String[] cols = line.strip().split("[\t ]+");
        String word = cols[0];
        String tag = cols[cols.length - 1].toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
          int[] n = nameCounts.computeIfAbsent(word, k -> new int[2]);
          if (tag.endsWith("-per") || tag.endsWith("-person")) {
            n[0]++;
          } else if (tag.endsWith("-loc") || tag.endsWith("-location")) {
            n[1]++;
          }
        }
        if (word.chars().allMatch(Character::isLetter) && word.length() > 1) {
          int[] c = counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2]);
          if (word.chars().allMatch(Character::isLowerCase)) {
            c[0]++;
          } else if (!sentenceStart && Character.isUpperCase(word.charAt(0))) {
            c[1]++;
          }
        }
        sentenceStart = false;
      }
    }
    counts.forEach((w, c) -> {
      if (c[0] >= 3 && c[0] >= 2 * c[1]) {
        words.add("l\t" + w);
      }
    });
    // Words mostly seen inside person names ("Martin", "Murray"): a town of that name is a weak guess alone.
    nameCounts.forEach((w, c) -> {
      if (c[0] >= 2 && c[0] > 2 * c[1]) {
        words.add("p\t" + w);
      }
    });
    return words;
  }
}
