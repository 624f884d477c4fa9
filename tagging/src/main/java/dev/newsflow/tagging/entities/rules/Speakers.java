package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * Speech: "said John Smith", "John Smith said" (two or more capitalised words) → PERSON, unless the words are an
 * organisation, a title or a name the knowledge base types itself.
 */
final class Speakers implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (!w.equals("said") && !w.equals("says") && !w.equals("told")) {
        continue;
      }
      // "..., said John Smith." / "..., said John Smith, a ..."
      int after = sentence.nameRun(i + 1);
      if (w.equals("said") && after >= 2 && (i + 1 + after == tokens.size()
          || !Shapes.hasLetter(tokens.get(i + 1 + after).text()))) {
        addSpeaker(sentence, i + 1, i + 1 + after, out);
      }
      // "John Smith said ..." where the name opens a clause.
      int start = i;
      while (start > 0 && i - start < 4 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())) {
        start--;
      }
      if (i - start >= 2 && (start == 0 || !Shapes.hasLetter(tokens.get(start - 1).text()))
          && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start).text()))) {
        addSpeaker(sentence, start, i, out);
      }
    }
  }

  private static void addSpeaker(RuleContext sentence, int start, int end, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    RuleWords words = sentence.words();
    String name = sentence.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
    String lastWord = tokens.get(end - 1).text();
    if (words.organisationSuffixes.contains(lastWord) || !sentence.kb().lookup(name).isEmpty()
        || words.titles.contains(Shapes.lower(lastWord))) {
      return; // an organisation, or a name the knowledge base types itself
    }
    for (int k = start; k < end; k++) {
      String lw = Shapes.lower(tokens.get(k).text());
      if (words.titles.contains(lw) || Shapes.CALENDAR.contains(lw)) {
        return;
      }
    }
    out.add(sentence.mention(start, end, EntityType.PERSON, 0.55));
  }
}
