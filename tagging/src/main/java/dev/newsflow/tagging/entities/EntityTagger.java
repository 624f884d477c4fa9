package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.entities.model.StatisticalNameFinder;
import dev.newsflow.tagging.entities.rules.RuleNameFinder;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Entity tagging of one document: the tokenizer splits the text, every {@link NameFinder} proposes mentions, the
 * {@link MentionMerger} makes them one non-overlapping set, the {@link EntityResolver} groups them into linked
 * entities with salience. The title is tagged the same way; its mentions count towards names and salience but
 * have no spans (spans index the text). Thread-safe when the parts are (all of ours are).
 */
public final class EntityTagger {

  private final NewsTokenizer tokenizer;
  private final List<NameFinder> finders;
  private final MentionMerger merger;
  private final EntityResolver resolver;

  public EntityTagger(NewsTokenizer tokenizer, List<NameFinder> finders, MentionMerger merger,
      EntityResolver resolver) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.finders = List.copyOf(finders);
    this.merger = Objects.requireNonNull(merger, "merger");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The shipped tagger: the statistical model, the rules and the gazetteer over the bundled knowledge base. */
  public static EntityTagger shipped() {
    return withFinders(List.of(StatisticalNameFinder.loadDefault()));
  }

  /**
   * The default tagger on the bundled knowledge base: rule and gazetteer finders plus {@code extra} (for example
   * the statistical model's finder).
   */
  public static EntityTagger withFinders(List<NameFinder> extra) {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    List<NameFinder> finders = new ArrayList<>(extra);
    finders.add(new RuleNameFinder(kb));
    finders.add(new GazetteerNameFinder(kb));
    return new EntityTagger(new NewsTokenizer(), finders, new MentionMerger(kb), new EntityResolver(kb));
  }

  /**
   * Tags a document.
   *
   * @param title the headline, or null
   * @param text the clean text; mention offsets index it
   */
  public TaggedText tag(String title, String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = tokenizer.split(text);
    List<Mention> merged = findAndMerge(text, sentences);
    List<Mention> titleMentions = List.of();
    if (title != null && !title.isBlank()) {
      titleMentions = confirmedInTitle(findAndMerge(title, tokenizer.split(title)), merged);
    }
    EntityResolver.Resolution r = resolver.resolve(titleMentions, text, sentences, merged);
    return new TaggedText(r.mentions(), r.entityOfMention(), r.entities());
  }

  /** The entities alone, sorted by salience (fits {@code ArticleTagger.EntityStage} as {@code tagger::entities}). */
  public List<Entity> entities(String title, String text) {
    return tag(title, text).entities();
  }

  /**
   * Headlines are often in title case, where the statistical model cannot tell names from capitalised words
   * ("Volunteers Pull Two Tonnes of Plastic"). A title mention only the model found counts when the text has a
   * mention of the same surface; rule and knowledge-base mentions count as they are.
   */
  private static List<Mention> confirmedInTitle(List<Mention> titleMentions, List<Mention> textMentions) {
    Set<String> inText = new HashSet<>();
    for (Mention m : textMentions) {
      inText.add(m.text());
    }
    List<Mention> confirmed = new ArrayList<>(titleMentions.size());
    for (Mention m : titleMentions) {
      if (!StatisticalNameFinder.SOURCE.equals(m.source()) || inText.contains(m.text())) {
        confirmed.add(m);
      }
    }
    return confirmed;
  }

  private List<Mention> findAndMerge(String text, List<Sentence> sentences) {
    List<Mention> candidates = new ArrayList<>();
    for (NameFinder finder : finders) {
      candidates.addAll(finder.find(text, sentences));
    }
    return merger.merge(text, sentences, candidates);
  }
}
