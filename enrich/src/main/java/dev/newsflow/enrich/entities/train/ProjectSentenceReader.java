package dev.newsflow.enrich.entities.train;

import dev.newsflow.enrich.nlp.NewsTokenizer;
import dev.newsflow.enrich.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's own annotated sentences: OpenNLP name-sample lines ({@code <START:person> Jesper Ronnback
 * <END> ( <START:location> Sweden <END> ) 25.76 points}), one sentence per line. The text between the markers
 * is tokenized again with {@link NewsTokenizer} so the model trains on exactly the tokens it sees at run time,
 * whatever spacing the writer used. A blank line starts a new document; {@code #} lines are comments.
 */
public final class ProjectSentenceReader {

  private static final String END = "<END>";
  private static final String START = "<START:";

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
    StringBuilder plain = new StringBuilder();
    String openType = null;
    int openAt = -1;
    for (String piece : line.trim().split("\\s+")) {
      if (piece.startsWith(START) && piece.endsWith(">")) {
        if (openType != null) {
          throw new IOException(where + ": nested <START> in '" + line + "'");
        }
        addTokens(plain, tokens);
        openType = piece.substring(START.length(), piece.length() - 1);
        if (openType.isEmpty()) {
          throw new IOException(where + ": empty type in '" + line + "'");
        }
        openAt = tokens.size();
      } else if (piece.equals(END)) {
        if (openType == null) {
          throw new IOException(where + ": <END> without <START> in '" + line + "'");
        }
        addTokens(plain, tokens);
        if (tokens.size() == openAt) {
          throw new IOException(where + ": empty name in '" + line + "'");
        }
        spans.add(new LabeledSentence.Span(openAt, tokens.size(), openType));
        openType = null;
      } else {
        plain.append(piece).append(' ');
      }
    }
    if (openType != null) {
      throw new IOException(where + ": <START> without <END> in '" + line + "'");
    }
    addTokens(plain, tokens);
    return new LabeledSentence(where, tokens, spans, documentStart);
  }

  private void addTokens(StringBuilder plain, List<String> tokens) {
    if (plain.isEmpty()) {
      return;
    }
    // One line of text: every token the tokenizer finds, sentence breaks inside a line do not matter here.
    for (Token token : tokenizer.tokenize(plain.toString())) {
      tokens.add(token.text());
    }
    plain.setLength(0);
  }
}
