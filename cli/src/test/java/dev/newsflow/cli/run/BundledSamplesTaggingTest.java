package dev.newsflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.tagging.entities.Entity;
import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.entities.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities of the demo's bundled samples (and of two of the project's own extraction pages that the demo
 * screenshots showed), through the clean stage and the shipped tagger, as a newcomer sees them in the dashboard.
 */
class BundledSamplesTaggingTest {

  private static EntityTagger tagger;
  private static final Map<String, List<Entity>> SAMPLES = new HashMap<>();

  @BeforeAll
  static void tagSamples() {
    tagger = EntityTagger.shipped();
    List<String> names = BundledSamples.names();
    List<RawArticle> articles = BundledSamples.load(new ArticleFileReader());
    for (int i = 0; i < names.size(); i++) {
      SAMPLES.put(names.get(i), tag(articles.get(i)));
    }
  }

  private static List<Entity> tag(RawArticle raw) {
    CleanedArticle article = new ArticleCleaner().clean(raw.getContent(),
        ContentKind.valueOf(raw.getContentType().name()), raw.getUrl(), raw.getFetchedAt());
    return tagger.entities(article.title(), article.text());
  }

  private static List<Entity> corpusPage(String name) throws IOException {
    Path page = Path.of("..", "extract", "src", "test", "resources", "corpus", name, "page.html");
    try (InputStream in = Files.newInputStream(page)) {
      return tag(new ArticleFileReader().read(name + ".html", in, "test"));
    }
  }

  @Test
  void shouldTagARoleBeforeANameAsNoPartOfIt() {
    assertThat(SAMPLES.get("river-cleanup.txt")).extracting(Entity::name, Entity::type)
        .contains(tuple("Priya Natarajan", EntityType.PERSON),
            tuple("River Lea Trust", EntityType.ORGANIZATION),
            tuple("Lea River", EntityType.LOCATION))
        .noneMatch(t -> String.valueOf(t.toList().get(0)).startsWith("Organiser"));
  }

  @Test
  void shouldTagANationalityAsMiscAsTheContractSays() {
    // docs/entities.md: MISC holds nationalities, religions and peoples; CoNLL-2003 tags "European" MISC too.
    assertThat(SAMPLES.get("chip-plant-expansion.html")).extracting(Entity::name, Entity::type, Entity::kbId)
        .contains(tuple("European", EntityType.MISC, null),
            tuple("European Commission", EntityType.ORGANIZATION, "Q8880"),
            tuple("Elena Marquardt", EntityType.PERSON, null),
            tuple("Dresden", EntityType.LOCATION, "geonames:2935022"));
  }

  @Test
  void shouldNotTakeTheHarbourForAPerson() {
    List<Entity> entities = SAMPLES.get("harbour-bridge-vote.html");
    assertThat(entities).extracting(Entity::name, Entity::type)
        .contains(tuple("Harbour Residents Association", EntityType.ORGANIZATION),
            tuple("Daniel Okafor", EntityType.PERSON),
            tuple("Margaret Lindqvist", EntityType.PERSON),
            tuple("Northport", EntityType.LOCATION));
    assertThat(entities).extracting(Entity::name).doesNotContain("Harbour");
  }

  @Test
  void shouldNameEverySamplePersonInFull() {
    assertThat(SAMPLES.values()).flatExtracting(list -> list)
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .allMatch(name -> name.contains(" "), "person names in the samples are full names");
  }

  @Test
  void shouldTagNewsServicesAndHousingFirmsAsOrganisations() throws IOException {
    assertThat(corpusPage("wire-story-div-paragraphs")).extracting(Entity::name, Entity::type)
        .contains(tuple("Continental Newswire", EntityType.ORGANIZATION),
            tuple("Petra Lindqvist", EntityType.PERSON));
    List<Entity> housing = corpusPage("wordpress-yoast-graph");
    assertThat(housing).extracting(Entity::name, Entity::type)
        .contains(tuple("Greenway Homes", EntityType.ORGANIZATION), tuple("Joyce Amadi", EntityType.PERSON));
    assertThat(housing).filteredOn(e -> e.name().startsWith("Greenway")).extracting(Entity::type)
        .containsOnly(EntityType.ORGANIZATION);
  }
}
