package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole names after merging, whatever finder cut them: two person mentions with only a space between are one full
 * name ("Dana" + "Holt Brandt"); a generational suffix after a person belongs to the name ("Dana Holt Jr."); a
 * number after a designator ("Terminal 3", "Gate 12") belongs to the name; so does a leading word such as "Greater"
 * or "Upper" before a place ("Greater Harbourton"). Thread-safe.
 */
public final class NameBoundaries {

  private final RuleWords words = RuleWords.english();

  /** The mentions (sorted by start, not overlapping) with their boundaries mended, still sorted. */
  public List<Mention> mend(String text, List<Sentence> sentences, List<Mention> mentions) {
    Map<Integer, Token> tokenAt = new HashMap<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        tokenAt.put(t.start(), t);
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.type() == EntityType.PERSON && m.type() == EntityType.PERSON
          && m.start() == previous.end() + 1 && text.charAt(previous.end()) == ' ') {
        out.set(out.size() - 1, extend(text, previous, m.end()));
        continue;
      }
      out.add(m);
    }
    Map<Integer, Token> tokenEndingAt = new HashMap<>();
    tokenAt.values().forEach(t -> tokenEndingAt.put(t.end(), t));
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      Token before = m.start() > 0 ? tokenEndingAt.get(m.start() - 1) : null;
      if (m.type() == EntityType.LOCATION && before != null && text.charAt(m.start() - 1) == ' '
          && words.leadingPlaceWords.contains(before.text()) && (k == 0 || out.get(k - 1).end() <= before.start())) {
        m = new Mention(before.start(), m.end(), m.type(), text.substring(before.start(), m.end()), m.source(),
            m.confidence());
        out.set(k, m);
      }
      Token next = tokenAt.get(m.end() + 1);
      if (next == null || text.charAt(m.end()) != ' '
          || k + 1 < out.size() && out.get(k + 1).start() < next.end()) {
        continue;
      }
      String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
      boolean suffix = m.type() == EntityType.PERSON && words.nameSuffixes.contains(next.text());
      boolean number = words.designatorHeads.contains(last) && next.text().chars().allMatch(Character::isDigit);
      if (suffix || number) {
        out.set(k, extend(text, m, next.end()));
      }
    }
    return out;
  }

  private static Mention extend(String text, Mention m, int end) {
    return new Mention(m.start(), end, m.type(), text.substring(m.start(), end), m.source(), m.confidence());
  }
}
