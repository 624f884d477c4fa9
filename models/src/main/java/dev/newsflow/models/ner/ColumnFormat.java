package dev.newsflow.models.ner;

/**
 * How a CoNLL-like file lays out its columns: which column holds the token and which the tag (negative counts
 * from the end), and which lines are comments. Blank lines end sentences; {@code -DOCSTART-} lines end documents.
 */
public record ColumnFormat(int tokenColumn, int tagColumn, String commentPrefix) {

  /** Token first, tag last, no comments: wikigold, btc, wnut17, re3d. */
  public static final ColumnFormat TOKEN_TAG = new ColumnFormat(0, -1, null);

  /** Universal NER's IOB2 files: index, token, tag, ...; {@code #} comment lines. */
  public static final ColumnFormat UNER = new ColumnFormat(1, 2, "#");
}
