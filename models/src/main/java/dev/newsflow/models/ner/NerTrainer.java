package dev.newsflow.models.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP name finder on labelled sentences and writes it repeatably: the same sentences in the same
 * order with the same options give the same model file, byte for byte (zip entry times and the manifest's
 * timestamp are fixed).
 */
public final class NerTrainer {

  /** Training options. {@code algorithm} is OpenNLP's name: PERCEPTRON or MAXENT. */
  public record Options(String algorithm, int iterations, int cutoff, int beamSize) {
    public static Options defaults() {
      return new Options("PERCEPTRON", 100, 0, 3);
    }
  }

  /**
   * @param descriptor the feature generator XML, or null for OpenNLP's default features
   * @param resources the gazetteers the descriptor names
   */
  public TokenNameFinderModel train(List<LabeledSentence> sentences, byte[] descriptor, Map<String, Object> resources,
      Options options) throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (LabeledSentence sentence : sentences) {
      samples.add(toSample(sentence));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("BeamSize", options.beamSize());
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor,
        resources == null ? Map.of() : resources, new BioCodec());
    return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  public static NameSample toSample(LabeledSentence sentence) {
    Span[] names = new Span[sentence.spans().size()];
    for (int i = 0; i < names.length; i++) {
      LabeledSentence.Span span = sentence.spans().get(i);
      names[i] = new Span(span.start(), span.end(), span.label());
    }
    return new NameSample(sentence.source(), sentence.tokens().toArray(String[]::new), names, null,
        sentence.documentStart());
  }

  /** Serializes the model with fixed zip entry times and without the manifest's training timestamp. */
  public static void write(TokenNameFinderModel model, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
         ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          content = stableManifest(content);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(0L);
        zip.putNextEntry(copy);
        zip.write(content);
        zip.closeEntry();
      }
    }
  }

  /** The manifest without the store date comment and with a fixed timestamp; other lines in their order. */
  private static byte[] stableManifest(byte[] content) {
    StringBuilder out = new StringBuilder();
    for (String line : new String(content, StandardCharsets.ISO_8859_1).split("\r?\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("Timestamp=")) {
        line = "Timestamp=0";
      }
      out.append(line).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Reads a model written by {@link #write}. */
  public static TokenNameFinderModel read(InputStream in) throws IOException {
    return new TokenNameFinderModel(in);
  }
}
