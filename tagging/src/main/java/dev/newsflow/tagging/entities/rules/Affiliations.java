package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.regex.Matcher;

/** "pro-Israeli", "anti-American": the whole word is a MISC name in news conventions. */
final class Affiliations implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    Token t = sentence.tokens().get(i);
    int dash = t.text().lastIndexOf('-');
    String prefix = dash > 0 ? Shapes.lower(t.text().substring(0, t.text().indexOf('-'))) : "";
    RuleWords words = sentence.words();
    Matcher affiliation = words.affiliationPrefixes.contains(prefix) ? words.affiliation.matcher(t.text()) : null;
    if (affiliation != null && affiliation.matches() && sentence.kb().lookup(affiliation.group(1)).stream()
        .anyMatch(e -> e.kind() == KbEntry.Kind.DEMONYM || e.kind() == KbEntry.Kind.GROUP)) {
      out.add(new Mention(t.start(), t.end(), EntityType.MISC, t.text(), RuleNameFinder.SOURCE, 0.7));
      return i;
    }
    return -1;
  }
}
