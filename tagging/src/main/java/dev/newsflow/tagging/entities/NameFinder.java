package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.nlp.Sentence;
import java.util.List;

/**
 * Finds entity mentions in one document. Implementations: the trained statistical model, title/role rules, the
 * knowledge-base gazetteer. Offsets are into {@code text}; {@code sentences} come from the shared tokenizer so
 * every finder agrees on token boundaries. Implementations are thread-safe.
 */
public interface NameFinder {

  List<Mention> find(String text, List<Sentence> sentences);
}
