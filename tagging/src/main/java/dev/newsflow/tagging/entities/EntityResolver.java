package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a document's merged mentions into entities.
 * <ol>
 *   <li><b>Document consistency</b> ({@link DocumentConsistency}). Every surface form keeps one type, voted by its
 *       mentions' confidences and the document's evidence (contexts, appositions, legal forms, spelled-out
 *       acronyms); a form tagged once is tagged wherever else it occurs in the text (whole tokens, same case), and
 *       so is the surname of a person named in full.</li>
 *   <li><b>Linking</b> ({@link KbLinker}). A mention whose text is an alias of knowledge-base entries of its type
 *       links to the one that fits the document best: a city or region in a country the document mentions first,
 *       else the largest prior (population).</li>
 *   <li><b>Consolidation</b> ({@link Consolidation}). Mentions linked to one entry are one entity named by the entry
 *       ("U.S." and "United States"); an unlinked surname or honorific form ("Mr. Putin", "Witkoff") joins the one
 *       full name of the same type in the document; other mentions group by their text.</li>
 *   <li><b>Salience</b> ({@link Salience}) in 0..1: each mention weighs 1, plus 2 in the title, plus 1 in the lead
 *       (the first two sentences), plus up to 0.5 the earlier it comes; an entity's sum is divided by the largest
 *       sum.</li>
 * </ol>
 * Thread-safe.
 */
public final class EntityResolver {

  /** The resolved document: mentions (offsets into the text) with the entity each belongs to, and entities. */
  public record Resolution(List<Mention> mentions, List<Integer> entityOfMention, List<Entity> entities) {
    public Resolution {
      mentions = List.copyOf(mentions);
      entityOfMention = List.copyOf(entityOfMention);
      entities = List.copyOf(entities);
    }
  }

  private final DocumentConsistency consistency;
  private final KbLinker linker;
  private final Consolidation consolidation;

  public EntityResolver(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    this.consistency = new DocumentConsistency(kb);
    this.linker = new KbLinker(kb);
    this.consolidation = new Consolidation(linker);
  }

  /**
   * @param titleMentions mentions found in the title (offsets into the title; they weigh in salience and names)
   * @param text the clean text
   * @param sentences its sentences
   * @param mentions the merged mentions in the text
   */
  public Resolution resolve(List<Mention> titleMentions, String text, List<Sentence> sentences,
      List<Mention> mentions) {
    List<Mention> all = consistency.apply(titleMentions, text, sentences, mentions);

    // Linking and grouping, over text mentions and then title mentions.
    Set<String> countries = linker.documentCountries(all, titleMentions);
    List<Mention> both = new ArrayList<>(all);
    both.addAll(titleMentions);
    Consolidation.Groups groups = consolidation.group(both, countries);

    // Salience and output.
    Map<EntityGroup, Double> salience = Salience.weigh(groups, both, all.size(), text, sentences);
    List<EntityGroup> roots = new ArrayList<>(salience.keySet());
    roots.sort(Comparator.comparingDouble((EntityGroup g) -> -salience.get(g))
        .thenComparingInt(g -> g.spans.isEmpty() ? Integer.MAX_VALUE : g.spans.get(0).start()));
    List<Entity> entities = new ArrayList<>(roots.size());
    Map<EntityGroup, Integer> entityIndex = new HashMap<>();
    for (EntityGroup g : roots) {
      entityIndex.put(g, entities.size());
      g.spans.sort(Comparator.comparingInt(Span::start));
      entities.add(new Entity(g.name(), g.type, g.entry == null ? null : g.entry.linkId(), g.count,
          salience.get(g), g.spans));
    }
    List<Integer> entityOf = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      entityOf.add(entityIndex.get(groups.byMention().get(k).root()));
    }
    return new Resolution(all, entityOf, entities);
  }
}
