package dev.newsflow.tagging.entities.kb;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The knowledge base of known entities: canonical names, aliases, types and ids, loaded from the compact resource
 * that {@code newsflow build kb} writes ({@link #RESOURCE}), plus the list of words that are usually written in lower
 * case (which makes a capitalised one at a sentence start a poor name).
 *
 * <p>Lookups are by alias and case-aware: "US" matches the country, "us" does not; a token in capitals ("UKRAINE",
 * as in headlines and datelines) matches a capitalised alias. Immutable and thread-safe.
 */
public final class KnowledgeBase {

  public static final String RESOURCE = "dev/newsflow/tagging/entities/kb/kb-en.tsv.gz";
  public static final String WORDS_RESOURCE = "dev/newsflow/tagging/entities/kb/words-en.tsv.gz";
  /** First line of the file format, checked on load. */
  /** First line of a knowledge-base file (format version). */
  public static final String HEADER = "#newsflow-kb\t1";

  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
  /** Lower-case words inside names ("Bank of England", "Lula da Silva") that stay lower case in text. */
  private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "de", "da", "du", "del", "della", "di",
      "van", "von", "der", "den", "la", "le", "bin", "al", "el", "y", "for", "on", "in", "&");

  /** One way of writing an entry: the alias tokens as written, and the entry's index. */
  private record Alias(String[] tokens, int entry) { }

  private final List<KbEntry> entries;
  private final Map<String, Alias[]> byKey;
  private final Map<String, Integer> longestByFirstToken;
  private final Map<String, KbEntry> byId;
  private final Set<String> lowercaseWords;
  private final Set<String> personWords;

  private KnowledgeBase(List<KbEntry> entries, Set<String> lowercaseWords, Set<String> personWords) {
    this.entries = List.copyOf(entries);
    this.lowercaseWords = Set.copyOf(lowercaseWords);
    this.personWords = Set.copyOf(personWords);
    Map<String, List<Alias>> index = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    Map<String, KbEntry> ids = new HashMap<>();
    for (int e = 0; e < this.entries.size(); e++) {
      KbEntry entry = this.entries.get(e);
      if (entry.id() != null) {
        ids.putIfAbsent(entry.id(), entry);
      }
      Set<String> seen = new HashSet<>();
      for (String alias : entry.aliases()) {
        String[] tokens = tokens(alias);
        if (tokens.length == 0 || !seen.add(String.join(" ", tokens))) {
          continue;
        }
        String key = key(tokens);
        index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Alias(tokens, e));
        longest.merge(tokens[0].toLowerCase(Locale.ROOT), tokens.length, Math::max);
      }
    }
    Map<String, Alias[]> compact = new HashMap<>(index.size() * 4 / 3 + 1);
    index.forEach((k, v) -> compact.put(k, v.toArray(new Alias[0])));
    this.byKey = compact;
    this.longestByFirstToken = longest;
    this.byId = ids;
  }

  /** Builds one from entries directly (tests, the builder's self-check). */
  public static KnowledgeBase of(List<KbEntry> entries, Set<String> lowercaseWords, Set<String> personWords) {
    return new KnowledgeBase(entries, lowercaseWords, personWords);
  }

  /** The knowledge base bundled in the jar, loaded once per class loader. */
  public static KnowledgeBase loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final KnowledgeBase DEFAULT = loadResource();

    private static KnowledgeBase loadResource() {
      ClassLoader loader = KnowledgeBase.class.getClassLoader();
      try (InputStream kb = loader.getResourceAsStream(RESOURCE);
          InputStream words = loader.getResourceAsStream(WORDS_RESOURCE)) {
        if (kb == null || words == null) {
          throw new IllegalStateException("knowledge base resource missing from the classpath: " + RESOURCE
              + " (rebuild it with `newsflow build kb`)");
        }
        return read(kb, words);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the knowledge base " + RESOURCE, e);
      }
    }
  }

  /** Reads the gzip-compressed entry file and word list written by {@link KnowledgeBaseBuilder}. */
  public static KnowledgeBase read(InputStream kbGz, InputStream wordsGz) throws IOException {
    List<KbEntry> entries = new ArrayList<>();
    try (BufferedReader in = reader(kbGz)) {
      String first = in.readLine();
      if (!HEADER.equals(first)) {
        throw new IOException("not a newsflow knowledge base file (first line " + first + ")");
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        entries.add(parse(line, lineNo));
      }
    }
    Set<String> lowercase = new HashSet<>();
    Set<String> person = new HashSet<>();
    try (BufferedReader in = reader(wordsGz)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("l\t")) {
          lowercase.add(line.substring(2));
        } else if (line.startsWith("p\t")) {
          person.add(line.substring(2));
        }
      }
    }
    return new KnowledgeBase(entries, lowercase, person);
  }

  private static BufferedReader reader(InputStream gz) throws IOException {
    return new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8));
  }

  /** Columns: id, kind, type, name, country, prior, ref, aliases ('|'-separated). */
  static KbEntry parse(String line, int lineNo) throws IOException {
    String[] c = line.split("\t", -1);
    if (c.length != 8) {
      throw new IOException("knowledge base line " + lineNo + ": expected 8 columns, got " + c.length);
    }
    try {
      return new KbEntry(c[0], KbEntry.Kind.valueOf(c[1]), EntityType.valueOf(c[2]), c[3], c[4],
          Long.parseLong(c[5]), c[6], Arrays.asList(c[7].split("\\|")));
    } catch (IllegalArgumentException e) {
      throw new IOException("knowledge base line " + lineNo + ": " + e.getMessage(), e);
    }
  }

  /** The line {@link #parse} reads back. */
  /** One entry as a line of the knowledge-base file (the builder writes what {@link #read} reads). */
  public static String format(KbEntry e) {
    return String.join("\t", e.id() == null ? "" : e.id(), e.kind().name(), e.type().name(), e.name(),
        e.country() == null ? "" : e.country(), Long.toString(e.prior()), e.ref() == null ? "" : e.ref(),
        String.join("|", e.aliases()));
  }

  public List<KbEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public KbEntry byId(String id) {
    return byId.get(id);
  }

  /** Whether {@code word} (any case) is a word usually written in lower case, like "reading" or "details". */
  public boolean isLowercaseWord(String word) {
    return lowercaseWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} (as written) is mostly seen inside person names, like "Martin" or "Murray". */
  public boolean isPersonNameWord(String word) {
    return personWords.contains(word);
  }

  /** A longest alias match over tokens: the tokens {@code [start, end)} and the entries written that way. */
  public record Match(int start, int end, List<KbEntry> entries) { }

  /**
   * The longest alias that starts at token {@code i}, or null. Every token must agree in case with the alias
   * (or be written in capitals where the alias is capitalised).
   */
  public Match longestMatch(List<Token> tokens, int i) {
    Integer longest = longestByFirstToken.get(plain(tokens.get(i).text()).toLowerCase(Locale.ROOT));
    if (longest == null) {
      return null;
    }
    int max = Math.min(longest, tokens.size() - i);
    StringBuilder key = new StringBuilder();
    String[] keys = new String[max];
    for (int n = 0; n < max; n++) {
      if (n > 0) {
        key.append(' ');
      }
      key.append(plain(tokens.get(i + n).text()).toLowerCase(Locale.ROOT));
      keys[n] = key.toString();
    }
    for (int n = max; n >= 1; n--) {
      Alias[] aliases = byKey.get(keys[n - 1]);
      if (aliases == null) {
        continue;
      }
      List<KbEntry> found = null;
      for (Alias alias : aliases) {
        if (agrees(tokens, i, alias.tokens())) {
          if (found == null) {
            found = new ArrayList<>(2);
          }
          KbEntry entry = entries.get(alias.entry());
          if (!found.contains(entry)) {
            found.add(entry);
          }
        }
      }
      if (found != null) {
        return new Match(i, i + n, Collections.unmodifiableList(found));
      }
    }
    return null;
  }

  /** The entries one of whose aliases is exactly {@code surface} (case-aware as above). */
  public List<KbEntry> lookup(String surface) {
    List<Token> tokens = TOKENIZER.tokenize(surface);
    if (tokens.isEmpty()) {
      return List.of();
    }
    Match match = longestMatch(tokens, 0);
    return match != null && match.end() == tokens.size() ? match.entries() : List.of();
  }

  /** Whether some entry has {@code surface} as an alias, spelled exactly so ("US", not "us" or "Us"). */
  public boolean hasExactAlias(String surface) {
    return lookup(surface).stream().anyMatch(e -> e.aliases().contains(surface));
  }

  private static boolean agrees(List<Token> tokens, int start, String[] alias) {
    for (int k = 0; k < alias.length; k++) {
      if (!agrees(tokens.get(start + k).text(), alias[k])) {
        return false;
      }
    }
    return true;
  }

  /** Same spelling; or the text token is in capitals, the alias token capitalised (or a connective). */
  static boolean agrees(String text, String alias) {
    text = plain(text);
    if (text.equals(alias)) {
      return true;
    }
    if (!text.equalsIgnoreCase(alias) || !isAllCaps(text)) {
      return false;
    }
    return Character.isUpperCase(alias.charAt(0)) || CONNECTIVES.contains(alias);
  }

  /** Has letters, none of them lower case. */
  public static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  private static String[] tokens(String alias) {
    if (isPlainWords(alias)) {
      return alias.split(" "); // most aliases: the tokenizer would split them just so, only slower
    }
    List<Token> tokens = TOKENIZER.tokenize(alias);
    String[] out = new String[tokens.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = plain(tokens.get(k).text());
    }
    return out;
  }

  /** Curly apostrophes as straight ones: "People’s" is written both ways, the lists use "'". */
  static String plain(String token) {
    return token.indexOf('’') < 0 && token.indexOf('‘') < 0 ? token : token.replace('’', '\'').replace('‘', '\'');
  }

  /** Letters (and digits) in words separated by single spaces. */
  private static boolean isPlainWords(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == ' ' ? s.charAt(k - 1) == ' ' : !Character.isLetterOrDigit(ch)) {
        return false;
      }
    }
    return true;
  }

  private static String key(String[] tokens) {
    return String.join(" ", tokens).toLowerCase(Locale.ROOT);
  }
}
