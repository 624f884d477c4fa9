package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.regex.Matcher;

/**
 * "X-based" (and -headquartered) → X LOCATION; "X-backed", "X-led", "X-born", ... → X with the type the knowledge base
 * gives it, nothing when it does not know X. A matching word is done with either way.
 */
final class HyphenatedNames implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    Token t = sentence.tokens().get(i);
    int dash = t.text().lastIndexOf('-');
    RuleWords words = sentence.words();
    Matcher m = dash > 0 && Character.isUpperCase(t.text().charAt(0))
        && words.hyphenSuffixes.contains(t.text().substring(dash + 1)) ? words.hyphenAdjective.matcher(t.text()) : null;
    if (m != null && m.matches()) {
      String name = m.group(1);
      EntityType type = sentence.knownType(name, null);
      if (type == null && (m.group(2).equals("based") || m.group(2).equals("headquartered"))) {
        type = EntityType.LOCATION;
      }
      if (type != null) {
        out.add(new Mention(t.start(), t.start() + name.length(), type, name, RuleNameFinder.SOURCE, 0.7));
      }
      return i;
    }
    return -1;
  }
}
