package dev.newsflow.models.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiplies the variety of the hand-written sentences: templates written by the project ({@code templates.txt}
 * in the project training folder) whose slots are filled from the project's name lists with a fixed seed, so the
 * same lists give the same sentences. A slot is {@code {type:list}} (a tagged name of that type drawn from
 * {@code lists/<list>.txt}), {@code {person}} (a first name and surname, or a surname alone), {@code {word:list}} (an untagged word
 * from a list, such as a title), or an untagged
 * filler: {@code {num}}, {@code {score}}, {@code {points}}, {@code {date}}, {@code {day}}, {@code {month}}. A
 * template line starting with {@code !upper} is a headline in capitals; {@code !title} one with every word
 * capitalised, as web headlines are.
 */
public final class NewsSentenceGenerator {

  private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(?::([a-z-]+))?}");
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final List<String> templates;
  private final Path listDir;
  private final Map<String, List<String>> lists = new HashMap<>();

  public NewsSentenceGenerator(List<String> templates, Path listDir) {
    this.templates = List.copyOf(templates);
    this.listDir = listDir;
  }

  public static NewsSentenceGenerator fromProjectDir(Path projectDir) throws IOException {
    return new NewsSentenceGenerator(Gazetteers.readList(projectDir.resolve("templates.txt")),
        projectDir.resolve("lists"));
  }

  /** {@code count} annotated lines in OpenNLP name-sample format, the same for the same seed and lists. */
  public List<String> generate(int count, long seed) throws IOException {
    List<String> out = new ArrayList<>(count);
    if (templates.isEmpty()) {
      return out;
    }
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      out.add(fill(templates.get(i % templates.size()), random).strip().replaceAll("\\s+", " "));
    }
    return out;
  }

  private String fill(String template, Random random) throws IOException {
    boolean upper = template.startsWith("!upper ");
    boolean title = template.startsWith("!title ");
    String body = upper || title ? template.substring(7) : template;
    Matcher m = SLOT.matcher(body);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(restyle(body.substring(last, m.start()), upper, title));
      out.append(slot(m.group(1), m.group(2), random, upper));
      last = m.end();
    }
    out.append(restyle(body.substring(last), upper, title));
    return out.toString();
  }

  /** Headline styles: all capitals, or every word capitalised ("Stocks Surge After Rate Cut"). */
  private static String restyle(String text, boolean upper, boolean title) {
    if (upper) {
      return text.toUpperCase(Locale.ROOT);
    }
    if (!title) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ';
    }
    return out.toString();
  }

  private String slot(String name, String list, Random random, boolean upper) throws IOException {
    String filler = switch (name) {
      case "num" -> Integer.toString(1 + random.nextInt(120));
      case "score" -> random.nextInt(5) + "-" + random.nextInt(4);
      case "points" -> (10 + random.nextInt(80)) + "." + (10 + random.nextInt(90));
      case "date" -> String.format(Locale.ROOT, "%d-%02d-%02d", 1990 + random.nextInt(36), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      case "day" -> DAYS[random.nextInt(DAYS.length)];
      case "month" -> MONTHS[random.nextInt(MONTHS.length)];
      case "person" -> null;
      default -> null;
    };
    if (filler != null) {
      return upper ? filler.toUpperCase(Locale.ROOT) : filler;
    }
    String type;
    String value;
    if (name.equals("person") && list == null) {
      type = "person";
      String surname = pick("surnames", random);
      value = random.nextInt(4) == 0 ? surname : pick("first-names", random) + " " + surname;
    } else if (name.equals("word") && list != null) {
      // An untagged filler from a list: titles, roles, common capitalised words.
      String word = pick(list, random);
      return upper ? word.toUpperCase(Locale.ROOT) : word;
    } else if (list != null) {
      type = name;
      value = pick(list, random);
    } else {
      throw new IOException("unknown template slot {" + name + "}");
    }
    if (upper) {
      value = value.toUpperCase(Locale.ROOT);
    }
    return " <START:" + type + "> " + value + " <END> ";
  }

  private String pick(String list, Random random) throws IOException {
    List<String> values = lists.get(list);
    if (values == null) {
      values = Gazetteers.readList(listDir.resolve(list + ".txt"));
      if (values.isEmpty()) {
        throw new IOException("template list " + listDir.resolve(list + ".txt") + " is missing or empty");
      }
      lists.put(list, values);
    }
    return values.get(random.nextInt(values.size()));
  }
}
