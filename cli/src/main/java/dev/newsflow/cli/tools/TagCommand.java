package dev.newsflow.cli.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.cli.errors.ErrorLine;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.tagging.TaggedLanguages;
import dev.newsflow.tagging.entities.Entity;
import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Span;
import dev.newsflow.tagging.entities.TaggedText;
import dev.newsflow.tagging.topics.DefaultTopicClassifier;
import dev.newsflow.tagging.topics.TopicClassifier;
import dev.newsflow.tagging.topics.TopicInput;
import dev.newsflow.tagging.topics.TopicScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow tag}: entity tagging of files or stdin, without Kafka; one JVM for many inputs. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tag entities and IPTC topics in HTML or text files (.gz too), or stdin ('-'); inputs go through "
        + "the clean stage first and the output is JSON (entities with ids, mentions, offsets into the clean text, "
        + "salience; ranked topics with scores).",
        "With --jsonl, reads {\"id\",\"text\"[,\"title\"]} lines and writes {\"id\",\"entities\":[{\"start\",\"end\","
            + "\"type\",\"name\",\"kbId\"}],\"topics\":[label,...]} lines, offsets into the given text (not cleaned): the "
            + "format of the scorers in ../shared/eval."})
public final class TagCommand implements Callable<Integer> {

  @Mixin
  LocalInputs local;

  @Option(names = "--jsonl", description = "JSON lines in and out (see above).")
  boolean jsonl;

  @Option(names = "--compact", description = "One line per document instead of pretty-printed JSON.")
  boolean compact;

  @Spec
  CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  private TopicClassifier topics;


  @Override
  public Integer call() throws IOException {
    EntityTagger tagger = EntityTagger.shipped();
    topics = DefaultTopicClassifier.load();
    List<String> inputs = local.inputs();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    for (String input : inputs) {
      try {
        failures += jsonl ? tagLines(tagger, input, out, err) : tagDocument(tagger, input, out);
      } catch (IOException | RuntimeException e) {
        failures++;
        err.println("tag: " + ErrorLine.about(input, e));
      }
    }
    out.flush();
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  // --- documents -------------------------------------------------------------------------------------------------

  private int tagDocument(EntityTagger tagger, String input, PrintWriter out) throws IOException {
    ArticleFileReader reader = local.reader();
    RawArticle raw = ExtractCommand.read(reader, input);
    CleanedArticle article = new ArticleCleaner().clean(raw.getContent(), ContentKind.valueOf(raw.getContentType().name()), raw.getUrl(),
        raw.getFetchedAt());
    ObjectNode node = JSON.createObjectNode();
    node.put("file", input);
    node.put("title", article.title());
    node.put("language", article.language());
    ArrayNode warnings = node.putArray("warnings");
    article.warnings().forEach(warnings::add);
    ArrayNode entities = node.putArray("entities");
    ArrayNode topics = node.putArray("topics");
    if (!TaggedLanguages.isTagged(article.language())) {
      warnings.add("entities are tagged in English only; language is " + article.language());
    } else {
      TaggedText tagged = tagger.tag(article.title(), article.text());
      for (Entity e : tagged.entities()) {
        ObjectNode en = entities.addObject();
        en.put("name", e.name());
        en.put("type", e.type().name());
        en.put("id", e.kbId());
        en.put("mentions", e.mentions());
        en.put("salience", e.salience());
        ArrayNode spans = en.putArray("spans");
        for (Span s : e.spans()) {
          spans.addObject().put("start", s.start()).put("end", s.end())
              .put("text", article.text().substring(s.start(), s.end()));
        }
      }
      TopicInput topicInput = new TopicInput(article.title(), article.text(), article.section(), raw.getUrl(),
          tagged.entities());
      for (TopicScore t : this.topics.classify(topicInput)) {
        topics.addObject().put("code", t.code()).put("label", t.label()).put("score", t.score())
            .put("rank", t.rank());
      }
    }
    node.put("text", article.text());
    out.println(compact ? JSON.writeValueAsString(node) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    return 0;
  }


  // --- JSON lines ------------------------------------------------------------------------------------------------

  private int tagLines(EntityTagger tagger, String input, PrintWriter out, PrintWriter err) throws IOException {
    int failures = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        "-".equals(input) ? System.in : Files.newInputStream(Path.of(input)), StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.println(tagLine(tagger, line));
        } catch (IllegalArgumentException | JsonProcessingException e) {
          failures++;
          err.println("tag: " + input + " line " + lineNo + ": " + e.getMessage());
        }
      }
    }
    return failures;
  }

  private String tagLine(EntityTagger tagger, String line) throws JsonProcessingException {
    if (line.length() > local.contentLimit.maxContentBytes) {
      throw new IllegalArgumentException("line longer than " + local.contentLimit.maxContentBytes + " characters");
    }
    JsonNode doc = JSON.readTree(line);
    if (doc == null || !doc.isObject() || !doc.path("text").isTextual()) {
      throw new IllegalArgumentException("expected an object with a \"text\" string");
    }
    String text = doc.get("text").asText();
    String title = doc.path("title").isTextual() ? doc.get("title").asText() : null;
    TaggedText tagged = tagger.tag(title, text);
    ObjectNode node = JSON.createObjectNode();
    node.set("id", doc.get("id"));
    ArrayNode entities = node.putArray("entities");
    for (int i = 0; i < tagged.mentions().size(); i++) {
      Mention m = tagged.mentions().get(i);
      Entity e = tagged.entityOf(i);
      entities.addObject().put("start", m.start()).put("end", m.end()).put("type", m.type().name())
          .put("name", e.name()).put("kbId", e.kbId());
    }
    // Ranked labels, the shape the topic scorers in ../shared/eval take.
    ArrayNode topics = node.putArray("topics");
    this.topics.classify(new TopicInput(title, text, null, null, tagged.entities()))
        .forEach(t -> topics.add(t.label()));
    return JSON.writeValueAsString(node);
  }
}
