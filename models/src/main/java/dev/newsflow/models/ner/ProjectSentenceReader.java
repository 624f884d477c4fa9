package dev.newsflow.models.ner;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's own annotated sentences: OpenNLP name-sample lines ({@code <START:person> Jesper Ronnback
 * <END> ( <START:location> Sweden <END> ) 25.76 points}), one sentence per line. Markers may touch the words
 * around them. The text between the markers is tokenized again with {@link NewsTokenizer} so the model trains on exactly the tokens it sees at run time,
 * whatever spacing the writer used. A blank line starts a new document; {@code #} lines are comments.
 */
public final class ProjectSentenceReader {

  private static final Pattern MARKER = Pattern.compile("<START:([A-Za-z_-]+)>|<END>");

  private final NewsTokenizer tokenizer = new NewsTokenizer();

  public List<LabeledSentence> read(Reader input, String source) throws IOException {
    List<LabeledSentence> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(input);
    String line;
    int lineNumber = 0;
    boolean documentStart = true;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        documentStart = true;
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      out.add(parse(line, source + ":" + lineNumber, documentStart));
      documentStart = false;
    }
    return out;
  }

  /** One annotated line to a sentence; fails with the location on unbalanced or unknown markers. */
  public LabeledSentence parse(String line, String where, boolean documentStart) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<LabeledSentence.Span> spans = new ArrayList<>();
    String openType = null;
    int openAt = -1;
    int last = 0;
    Matcher marker = MARKER.matcher(line);
    while (marker.find()) {
      addTokens(line.substring(last, marker.start()), tokens);
      last = marker.end();
      if (marker.group(1) != null) {
        if (openType != null) {
          throw new IOException(where + ": nested <START> in '" + line + "'");
        }
        openType = marker.group(1);
        openAt = tokens.size();
      } else {
        if (openType == null) {
          throw new IOException(where + ": <END> without <START> in '" + line + "'");
        }
        if (tokens.size() == openAt) {
          throw new IOException(where + ": empty name in '" + line + "'");
        }
        spans.add(new LabeledSentence.Span(openAt, tokens.size(), openType));
        openType = null;
      }
    }
    if (openType != null) {
      throw new IOException(where + ": <START> without <END> in '" + line + "'");
    }
    addTokens(line.substring(last), tokens);
    return new LabeledSentence(where, tokens, spans, documentStart);
  }

  private void addTokens(String plain, List<String> tokens) {
    if (plain.isBlank()) {
      return;
    }
    // Sentence breaks inside one line do not matter here: every token the tokenizer finds.
    for (Token token : tokenizer.tokenize(plain)) {
      tokens.add(token.text());
    }
  }
}
