package dev.newsflow.tagging.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled training data: JSON lines {@code {"text": "...", "title": "..." (optional),
 * "topics": ["medtop:11000000" or "politics" or an own label, ...]}}. Blank lines are skipped; a bad line is an
 * error naming the line, so nothing is silently lost.
 */
public final class TopicTrainingData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TopicTrainingData() {
  }

  public static List<LabelledText> read(BufferedReader in, String name) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
      }
      JsonNode text = node.get("text");
      JsonNode topics = node.get("topics");
      if (text == null || !text.isTextual() || topics == null || !topics.isArray() || topics.isEmpty()) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected {\"text\": string, \"topics\": [label, ...]} with at least one label");
      }
      List<String> labels = new ArrayList<>();
      for (JsonNode t : topics) {
        if (!t.isTextual() || t.asText().isBlank()) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": topics must be non-empty strings");
        }
        labels.add(t.asText());
      }
      JsonNode title = node.get("title");
      out.add(new LabelledText(title != null && title.isTextual() ? title.asText() : "", text.asText(), labels));
    }
    return out;
  }
}
