package dev.newsflow.models.ner;

import dev.newsflow.tagging.entities.EntityType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The openly licensed annotated corpora of the shared training folder, each with its file layout, its column
 * format and how its labels map to the CoNLL-2003 convention. Files are read in sorted order so training is
 * repeatable.
 */
public enum SharedCorpus {

  WIKIGOLD("wikigold", ColumnFormat.TOKEN_TAG, ".conll.txt", false,
      Map.of("per", EntityType.PERSON, "org", EntityType.ORGANIZATION, "loc", EntityType.LOCATION,
          "misc", EntityType.MISC), true, false),
  BTC("btc", ColumnFormat.TOKEN_TAG, ".conll", false,
      Map.of("per", EntityType.PERSON, "org", EntityType.ORGANIZATION, "loc", EntityType.LOCATION), false, false),
  WNUT17("wnut17", ColumnFormat.TOKEN_TAG, ".conll", false,
      Map.of("person", EntityType.PERSON, "location", EntityType.LOCATION, "group", EntityType.ORGANIZATION,
          "corporation", EntityType.ORGANIZATION, "product", EntityType.MISC, "creative-work", EntityType.MISC),
      false, false),
  RE3D("re3d", ColumnFormat.TOKEN_TAG, ".conll", false,
      Map.of("person", EntityType.PERSON, "organisation", EntityType.ORGANIZATION, "location", EntityType.LOCATION,
          "nationality", EntityType.MISC), false, true),
  /** CC BY-SA 4.0: a model trained on it is share-alike, so it is left out unless asked for. */
  UNER_EN_EWT("uner-en-ewt", ColumnFormat.UNER, ".iob2", true,
      Map.of("per", EntityType.PERSON, "org", EntityType.ORGANIZATION, "loc", EntityType.LOCATION), false, false);

  private final String folder;
  private final ColumnFormat format;
  private final String suffix;
  private final boolean shareAlike;
  private final Map<String, EntityType> labels;
  private final boolean annotatesNationalities;
  private final boolean trimSpans;

  SharedCorpus(String folder, ColumnFormat format, String suffix, boolean shareAlike, Map<String, EntityType> labels,
      boolean annotatesNationalities, boolean trimSpans) {
    this.folder = folder;
    this.format = format;
    this.suffix = suffix;
    this.shareAlike = shareAlike;
    this.labels = labels;
    this.annotatesNationalities = annotatesNationalities;
    this.trimSpans = trimSpans;
  }

  public String folder() {
    return folder;
  }

  public boolean shareAlike() {
    return shareAlike;
  }

  public Relabeller relabeller(Set<String> demonyms) {
    return new Relabeller(labels, annotatesNationalities, trimSpans, demonyms);
  }

  /** A relabeller that only maps label names, without demonym tagging or trimming (the "no relabelling" baseline). */
  public Relabeller plainRelabeller() {
    return new Relabeller(labels, true, false, Set.of());
  }

  /** All sentences of this corpus under {@code trainingDir}, with the corpus's own labels. */
  public List<LabeledSentence> read(Path trainingDir) throws IOException {
    Path root = trainingDir.resolve(folder);
    if (!Files.isDirectory(root)) {
      throw new IOException("no " + folder + " corpus at " + root);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
          .toList();
    }
    ConllColumnReader reader = new ConllColumnReader(format);
    List<LabeledSentence> out = new ArrayList<>();
    for (Path file : files) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        out.addAll(reader.read(in, folder + "/" + root.relativize(file)));
      }
    }
    return out;
  }
}
