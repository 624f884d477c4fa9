package dev.newsflow.extract;

/**
 * What a body is: an HTML page or plain text. The wire contract has its own {@code ContentKind} with the same
 * names; this library keeps its own so it needs no wire-format classes.
 */
public enum ContentKind {
  HTML,
  TEXT
}
