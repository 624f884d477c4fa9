package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * A title or role before a name: "President Volodymyr Zelensky", "Secretary of State Marco Rubio", "Putin aide Yuri
 * Ushakov", "Mr. Smith", "spokeswoman Jane Doe", "his special envoy, Steve Witkoff," → PERSON, the name only. After a
 * strong title (or "Mr", "Dr" as British copy writes them) one capitalised word is a name; after others it takes two.
 */
final class TitledNames implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    RuleWords words = sentence.words();
    for (int i = 0; i < tokens.size() - 1; i++) {
      // Every name after a title starts with a capital: skip the lookups otherwise.
      if (!Shapes.isCapitalisedWord(tokens.get(i + 1).text()) && !",".equals(tokens.get(i + 1).text())
          && !"of".equals(tokens.get(i + 1).text())) {
        continue;
      }
      String w = Shapes.lower(tokens.get(i).text());
      boolean honorific = words.honorifics.contains(w) && Shapes.startsUpper(tokens.get(i).text());
      if (!words.titles.contains(w) && !honorific) {
        int hyphen = w.lastIndexOf('-');
        if (hyphen < 0 || !words.titles.contains(w.substring(hyphen + 1))) {
          continue; // "Lieutenant-General", "Vice-Admiral" count as their last part
        }
        w = w.substring(hyphen + 1);
      }
      int nameStart = i + 1;
      // "his special envoy, Steve Witkoff, ...": the name set off by commas after the role.
      if (",".equals(tokens.get(nameStart).text()) && nameStart + 1 < tokens.size()) {
        int run = sentence.nameRun(nameStart + 1);
        int after = nameStart + 1 + run;
        if (run >= 2 && (after == tokens.size() || words.afterName.contains(tokens.get(after).text()))) {
          String name = text.substring(tokens.get(nameStart + 1).start(), tokens.get(after - 1).end());
          if (!sentence.knownAsOtherThanPerson(name)) {
            out.add(sentence.mention(nameStart + 1, after, EntityType.PERSON, 0.7));
            i = after - 1;
          }
        }
        continue;
      }
      // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Sergei Lavrov": skip the office's complement.
      if ("of".equals(tokens.get(nameStart).text()) && nameStart + 1 < tokens.size()) {
        int run = sentence.nameRun(nameStart + 1);
        if (run < 2) {
          continue;
        }
        int nameLength = run >= 3 ? 2 : 1;
        nameStart = nameStart + 1 + run - nameLength;
      }
      // "defender German Dietmar Beiersdorfer": a nationality before the name is not part of it.
      while (nameStart < tokens.size() - 1 && sentence.isNationality(tokens.get(nameStart).text())) {
        nameStart++;
      }
      int end = sentence.nameRun(nameStart);
      if (end == 0) {
        continue;
      }
      boolean strong = words.strongTitles.contains(w) || honorific;
      if (end == 1 && !strong) {
        continue;
      }
      int last = nameStart + end - 1;
      String name = text.substring(tokens.get(nameStart).start(), tokens.get(last).end());
      if (sentence.knownAsOtherThanPerson(name) || Shapes.CALENDAR.contains(Shapes.lower(name))) {
        continue;
      }
      out.add(sentence.mention(nameStart, last + 1, EntityType.PERSON, strong ? 0.85 : 0.7));
      i = last;
    }
  }
}
