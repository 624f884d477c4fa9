package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.SmallKb;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule alone over invented text, on the small test knowledge base and the shipped word lists. */
final class RuleFixture {

  private static final KnowledgeBase KB = SmallKb.get();
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

  private RuleFixture() { }

  /** The mentions {@code rule} finds in {@code text}, sentence by sentence (no headline check). */
  static List<Mention> find(NameRule rule, String text) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : TOKENIZER.split(text)) {
      rule.find(context(text, s), out);
    }
    for (Mention m : out) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.source()).isEqualTo(RuleNameFinder.SOURCE);
    }
    return out;
  }

  /** The mentions one pattern of a first-match family finds alone. */
  static List<Mention> find(FirstMatch.Alternative alternative, String text) {
    return find(new FirstMatch(alternative), text);
  }

  /** The first sentence of {@code text} as the rules see it. */
  static RuleContext context(String text) {
    return context(text, TOKENIZER.split(text).get(0));
  }

  private static RuleContext context(String text, Sentence s) {
    return new RuleContext(text, s.tokens(), KB, RuleWords.english());
  }
}
