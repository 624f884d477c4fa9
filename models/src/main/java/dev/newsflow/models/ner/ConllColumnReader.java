package dev.newsflow.models.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-like column files into {@link LabeledSentence}s. Tags may be IOB1 (I- everywhere, B- only between
 * two adjacent names of one type) or IOB2/BIO (B- opens every name): a name starts at every B- tag and at an I-
 * tag whose type differs from the previous token's, which decodes both. Columns split on tabs, or on spaces when
 * a line has no tab. A malformed line fails with its line number.
 */
public final class ConllColumnReader {

  private final ColumnFormat format;

  public ConllColumnReader(ColumnFormat format) {
    this.format = format;
  }

  public List<LabeledSentence> read(Reader input, String source) throws IOException {
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean documentStart = true;
    BufferedReader reader = new BufferedReader(input);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (format.commentPrefix() != null && line.startsWith(format.commentPrefix())) {
        if (line.startsWith("# newdoc")) {
          flush(tokens, tags, sentences, source, documentStart);
          documentStart = true;
        }
        continue;
      }
      if (line.isBlank()) {
        if (flush(tokens, tags, sentences, source, documentStart)) {
          documentStart = false;
        }
        continue;
      }
      String[] columns = line.indexOf('\t') >= 0 ? line.split("\t") : line.trim().split(" +");
      if (columns[0].equals("-DOCSTART-")) {
        flush(tokens, tags, sentences, source, documentStart);
        documentStart = true;
        continue;
      }
      int tokenAt = index(format.tokenColumn(), columns.length);
      int tagAt = index(format.tagColumn(), columns.length);
      if (tokenAt < 0 || tagAt < 0 || tokenAt == tagAt) {
        throw new IOException(source + ":" + lineNumber + ": expected token and tag columns, got '" + line + "'");
      }
      tokens.add(columns[tokenAt]);
      tags.add(columns[tagAt].trim());
    }
    flush(tokens, tags, sentences, source, documentStart);
    return sentences;
  }

  private static int index(int column, int length) {
    int at = column < 0 ? length + column : column;
    return at >= 0 && at < length ? at : -1;
  }

  private static boolean flush(List<String> tokens, List<String> tags, List<LabeledSentence> out, String source,
      boolean documentStart) throws IOException {
    if (tokens.isEmpty()) {
      return false;
    }
    out.add(new LabeledSentence(source, tokens, decode(tags, source), documentStart));
    tokens.clear();
    tags.clear();
    return true;
  }

  /** IOB1 or IOB2 tags to spans. */
  static List<LabeledSentence.Span> decode(List<String> tags, String source) throws IOException {
    List<LabeledSentence.Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix;
      String tagType;
      if (tag.equals("O") || tag.isEmpty()) {
        prefix = "O";
        tagType = null;
      } else if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
        prefix = tag.substring(0, 1);
        tagType = tag.substring(2);
      } else {
        throw new IOException(source + ": unknown tag '" + tag + "'");
      }
      boolean continues = type != null && tagType != null && tagType.equals(type)
          && (prefix.equals("I") || prefix.equals("E"));
      if (!continues) {
        if (type != null) {
          spans.add(new LabeledSentence.Span(start, i, type));
        }
        start = tagType == null ? -1 : i;
        type = tagType;
      }
    }
    return spans;
  }
}
