package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Linking: a mention whose text is an alias of knowledge-base entries of its type links to the one that fits the
 * document best: a city or region in a country the document mentions first, else the largest prior (population).
 * Thread-safe.
 */
final class KbLinker {

  private final KnowledgeBase kb;

  KbLinker(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Countries the document names (countries themselves, their demonyms). */
  Set<String> documentCountries(List<Mention> mentions, List<Mention> titleMentions) {
    Set<String> out = new HashSet<>();
    for (List<Mention> list : List.of(mentions, titleMentions)) {
      for (Mention m : list) {
        if (m.type() == EntityType.LOCATION || m.type() == EntityType.MISC) {
          for (KbEntry e : kb.lookup(m.text())) {
            if ((e.kind() == KbEntry.Kind.COUNTRY || e.kind() == KbEntry.Kind.DEMONYM) && e.country() != null) {
              out.add(e.country());
            }
          }
        }
      }
    }
    return out;
  }

  /** The entry {@code surface} refers to given its type and the document's countries, or null. */
  KbEntry link(String surface, EntityType type, Set<String> countries) {
    KbEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (KbEntry e : kb.lookup(surface)) {
      if (e.type() != type) {
        continue;
      }
      double score = Math.log10(e.prior() + 1.0);
      if (e.kind() == KbEntry.Kind.COUNTRY) {
        score += 1.0;
      } else if (e.country() != null && countries.contains(e.country())) {
        score += 0.75; // a namesake in a country the text is about; population still counts more
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }
}
