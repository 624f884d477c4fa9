package dev.newsflow.tagging.entities.model;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.NameFinder;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained named-entity model: an Apache OpenNLP name finder (trained by {@code newsflow train ner}, see
 * docs/entities.md) over the shared tokenizer's sentences. Mentions carry source {@code model} and the model's
 * probability as confidence.
 *
 * <p>Decoding runs on {@link FastNameDecoder}, which gives exactly what OpenNLP's {@link NameFinderME} gives and
 * several times faster; a model whose features it does not reproduce (checked at load, {@link CompiledNameModel})
 * is decoded by {@link NameFinderME}.
 *
 * <p>Thread-safe: the model is shared, the decoder (which keeps state) is one per thread.
 * The decoder's document memory (a name seen earlier in the document keeps its type later, "Reuters" after
 * "Reuters") is cleared at the start of every {@link #find} call, that is once per document.
 */
public final class StatisticalNameFinder implements NameFinder {

  /** Classpath location of the shipped model. */
  public static final String DEFAULT_RESOURCE = "dev/newsflow/tagging/entities/model/ner-en.bin";

  public static final String SOURCE = "model";

  private final TokenNameFinderModel model;
  private final CompiledNameModel compiled;
  private final ThreadLocal<NameFinderME> referenceDecoders;
  private final ThreadLocal<FastNameDecoder> fastDecoders;

  public StatisticalNameFinder(TokenNameFinderModel model) {
    this(model, CompiledNameModel.compile(model));
  }

  private StatisticalNameFinder(TokenNameFinderModel model, CompiledNameModel compiled) {
    this.model = model;
    this.compiled = compiled;
    this.referenceDecoders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.fastDecoders = ThreadLocal.withInitial(() -> new FastNameDecoder(compiled));
  }

  /** The model shipped in the jar, read and compiled once per JVM (each finder keeps its own decoders). */
  public static StatisticalNameFinder loadDefault() {
    return new StatisticalNameFinder(ShippedModel.MODEL, ShippedModel.COMPILED);
  }

  private static final class ShippedModel {
    static final TokenNameFinderModel MODEL = readShipped().model();
    static final CompiledNameModel COMPILED = CompiledNameModel.compile(MODEL);
  }

  private static StatisticalNameFinder readShipped() {
    ClassLoader loader = StatisticalNameFinder.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the NER model " + DEFAULT_RESOURCE + " is not on the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the NER model " + DEFAULT_RESOURCE, e);
    }
  }

  public static StatisticalNameFinder load(InputStream in) throws IOException {
    return new StatisticalNameFinder(new TokenNameFinderModel(in));
  }

  public TokenNameFinderModel model() {
    return model;
  }

  /** Whether decoding runs on the fast decoder (false: on OpenNLP's, for a model with other features). */
  public boolean fastDecoding() {
    return compiled != null;
  }

  @Override
  public List<Mention> find(String text, List<Sentence> sentences) {
    FastNameDecoder fast = compiled == null ? null : fastDecoders.get();
    NameFinderME reference = compiled == null ? referenceDecoders.get() : null;
    if (fast != null) {
      fast.clearAdaptiveData();
    } else {
      reference.clearAdaptiveData();
    }
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = sentence.words();
      for (Span span : fast != null ? fast.find(words) : reference.find(words)) {
        EntityType type = NerTypes.fromModelName(span.getType());
        if (type == null) {
          continue;
        }
        int start = tokens.get(span.getStart()).start();
        int end = tokens.get(span.getEnd() - 1).end();
        mentions.add(new Mention(start, end, type, text.substring(start, end), SOURCE, span.getProb()));
      }
    }
    return mentions;
  }
}
