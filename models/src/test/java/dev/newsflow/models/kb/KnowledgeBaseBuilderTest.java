package dev.newsflow.models.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder on small input files in the shape of GeoNames, the Wikidata snapshot and the curated lists. */
class KnowledgeBaseBuilderTest {

  @TempDir
  Path dir;

  private Path gazetteer;
  private Path curated;

  @BeforeEach
  void writeInputs() throws IOException {
    gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
    Path geonames = Files.createDirectories(gazetteer.resolve("geonames"));
    Files.writeString(geonames.resolve("countryInfo.txt"), String.join("\n",
        "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\t"
            + "CurrencyName\tPhone\tPostal Code Format\tPostal Code Regex\tLanguages\tgeonameid\tneighbours\t"
            + "EquivalentFipsCode",
        row("XA", "XAA", "001", "XA", "Arcadia", "Vellin", "100", "5000000", "EU", ".xa", "XAC", "Crown", "1", "",
            "", "xa", "900001", "XB", ""),
        row("XB", "XBB", "002", "XB", "Borelia", "Stad", "100", "2000000", "EU", ".xb", "XBC", "Mark", "2", "", "",
            "xb", "900002", "XA", "")) + "\n");
    try (OutputStream out = Files.newOutputStream(geonames.resolve("cities15000.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("cities15000.txt"));
      String cities = String.join("\n",
          city("800001", "Vellin", "Vellin", "Velinum,VELLIN,Welin", "XA", "1500000"),
          city("800002", "Stad", "Stad", "", "XB", "400000"),
          city("800003", "Vellin", "Vellin", "", "XB", "20000"),
          city("800004", "Ox", "Ox", "", "XB", "30000")) + "\n";
      zip.write(cities.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path leaders = Files.createDirectories(gazetteer.resolve("wikidata-world-leaders"));
    Files.writeString(leaders.resolve("wikidata.csv"), String.join("\n",
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year",
        "Q900001,Arcadia,Q1,President of Arcadia,Q123456,Ana Ferro,2019,",
        "Q900001,Arcadia,Q1,President of Arcadia,Q123457,\"Old, Leader\",2001,2019") + "\n");
    curated = Files.createDirectories(dir.resolve("curated"));
    Files.writeString(curated.resolve("countries.tsv"), "# comment\nXA\t\tArcady|the Arcadia\n");
    Files.writeString(curated.resolve("demonyms.tsv"), "XA\tArcadian|Arcadians\n");
    Files.writeString(curated.resolve("cities.tsv"), "Vellin\tXA\tVellinburg\tVellin City\n");
    Files.writeString(curated.resolve("leaders-2025.tsv"), "Ana Ferro\tPERSON\tFerro\tXA\t\n");
    Files.writeString(curated.resolve("organisations.tsv"), "Union of Things\tORGANIZATION\tUoT\t\tQ42x\n");
    Files.writeString(curated.resolve("common-words.txt"), "stad\n");
  }

  private static String row(String... columns) {
    return String.join("\t", columns);
  }

  private static String city(String id, String name, String ascii, String alternates, String country,
      String population) {
    return row(id, name, ascii, alternates, "0", "0", "P", "PPL", country, "", "", "", "", "", population, "", "1",
        "Europe/X", "2024-01-01");
  }

  private KnowledgeBaseBuilder.Built build() throws IOException {
    return KnowledgeBaseBuilder.build(new KnowledgeBaseBuilder.Inputs(gazetteer, curated, dir.resolve("none")));
  }

  @Test
  void shouldTakeIdsFromTheDataAndAliasesFromTheCuratedLists() throws IOException {
    KnowledgeBaseBuilder.Built built = build();
    KnowledgeBase kb = KnowledgeBase.of(built.entries(), built.lowercaseWords(), built.personWords());

    KbEntry arcadia = kb.lookup("Arcady").get(0);
    assertThat(arcadia.id()).isEqualTo("geonames:900001");
    assertThat(arcadia.prior()).isEqualTo(5_000_000);
    assertThat(kb.lookup("the Arcadia")).isEmpty(); // not an alias: "the" forms are left to the tagger
    KbEntry vellin = kb.lookup("Vellinburg").get(0);
    assertThat(vellin.id()).isEqualTo("geonames:800001"); // the larger Vellin, the one in XA
    assertThat(vellin.name()).isEqualTo("Vellin City");
    assertThat(kb.lookup("Velinum")).containsExactly(vellin); // alternate names of large cities
    assertThat(kb.lookup("Ox")).isEmpty(); // two-letter town names are left out
    KbEntry demonym = kb.lookup("Arcadians").get(0);
    assertThat(demonym.type()).isEqualTo(EntityType.MISC);
    assertThat(demonym.linkId()).isEqualTo("geonames:900001");
    KbEntry ferro = kb.lookup("Ferro").get(0);
    assertThat(ferro.id()).isEqualTo("Q123456"); // from the snapshot, the curated line had none
    assertThat(ferro.country()).isEqualTo("XA");
    assertThat(kb.lookup("Old, Leader").get(0).id()).isEqualTo("Q123457");
    KbEntry union = kb.lookup("UoT").get(0);
    assertThat(union.id()).isNull(); // a malformed QID is dropped, not guessed
    assertThat(built.summary().warnings()).anyMatch(w -> w.contains("malformed QID Q42x"));
    assertThat(kb.isLowercaseWord("Stad")).isTrue();
  }

  @Test
  void shouldWriteTheSameBytesEveryTimeAndReadThemBack() throws IOException {
    Path a = dir.resolve("a/kb.tsv.gz");
    Path b = dir.resolve("b/kb.tsv.gz");
    build().write(a, a.resolveSibling("words.tsv.gz"));
    build().write(b, b.resolveSibling("words.tsv.gz"));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a.resolveSibling("words.tsv.gz")))
        .isEqualTo(Files.readAllBytes(b.resolveSibling("words.tsv.gz")));
    try (InputStream kbIn = Files.newInputStream(a);
        InputStream words = Files.newInputStream(a.resolveSibling("words.tsv.gz"))) {
      KnowledgeBase kb = KnowledgeBase.read(kbIn, words);
      assertThat(kb.size()).isEqualTo(build().entries().size());
      assertThat(kb.lookup("Stad").get(0).id()).isEqualTo("geonames:800002");
      assertThat(kb.isLowercaseWord("stad")).isTrue();
    }
  }
}
