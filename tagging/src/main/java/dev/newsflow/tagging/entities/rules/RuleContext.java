package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the rules see it: its tokens, the text they index, the knowledge base and the word lists, with the
 * span and lookup helpers several rules share. Immutable.
 *
 * @param text the whole text; token offsets index it
 * @param tokens the sentence's tokens
 */
record RuleContext(String text, List<Token> tokens, KnowledgeBase kb, RuleWords words) {

  /** A rule mention over tokens {@code [from, to)}. */
  Mention mention(int from, int to, EntityType type, double confidence) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new Mention(start, end, type, text.substring(start, end), RuleNameFinder.SOURCE, confidence);
  }

  /** How many tokens from {@code i} make a name: capitalised words, initials, particles inside ("van der"). */
  int nameRun(int i) {
    int n = 0;
    while (i + n < tokens.size() && n < 4) {
      String w = tokens.get(i + n).text();
      String lw = Shapes.lower(w);
      if (Shapes.isCapitalisedWord(w) && !Shapes.FUNCTION_WORDS.contains(lw) && !Shapes.CALENDAR.contains(lw)
          && !words.titles.contains(lw)) {
        n++;
      } else if (n > 0 && words.nameParticles.contains(w) && i + n + 1 < tokens.size()
          && Shapes.isCapitalisedWord(tokens.get(i + n + 1).text())) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  /** Capitalised words, with "of"/"and"/"for" inside when followed by another capitalised word. */
  int orgRun(int i) {
    int n = 0;
    while (i + n < tokens.size() && n < 8) {
      String w = tokens.get(i + n).text();
      if (Shapes.isCapitalisedWord(w) && !Shapes.CALENDAR.contains(Shapes.lower(w))) {
        n++;
      } else if (n > 0 && words.organisationConnectives.contains(w) && i + n + 1 < tokens.size()
          && Shapes.isCapitalisedWord(tokens.get(i + n + 1).text())) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  /**
   * The first of the capitalised words running up to token {@code i} (not a sentence-opening "The"); the ordinary
   * words that often open names count when capitalised ("New York Stock Exchange", "First Quantum Minerals").
   */
  int leadingCaps(int i) {
    int start = i;
    while (start > 0 && i - start < 5 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())
        && (!Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start - 1).text()))
            || NAME_OPENERS.contains(tokens.get(start - 1).text()))
        && !Shapes.CALENDAR.contains(Shapes.lower(tokens.get(start - 1).text()))) {
      start--;
    }
    return start;
  }

  /** Function words that open names when capitalised. */
  private static final Set<String> NAME_OPENERS = Set.of("New", "Old", "First", "One");

  boolean isNationality(String word) {
    return kb.lookup(word).stream().anyMatch(e -> e.kind() == KbEntry.Kind.DEMONYM);
  }

  boolean knownAsOtherThanPerson(String name) {
    List<KbEntry> known = kb.lookup(name);
    return !known.isEmpty() && known.stream().noneMatch(e -> e.type() == EntityType.PERSON);
  }

  /** The knowledge base's type for {@code name} (the most likely entry), or {@code fallback}. */
  EntityType knownType(String name, EntityType fallback) {
    List<KbEntry> known = kb.lookup(name);
    return known.stream().max((a, b) -> Long.compare(a.prior(), b.prior())).map(KbEntry::type).orElse(fallback);
  }

  /** Whether the most likely entry for {@code name} is a town or region (whose team a sports line means). */
  boolean isTown(String name) {
    KbEntry top = kb.lookup(name).stream().max((a, b) -> Long.compare(a.prior(), b.prior())).orElse(null);
    return top != null && (top.kind() == KbEntry.Kind.CITY || top.kind() == KbEntry.Kind.PLACE);
  }
}
