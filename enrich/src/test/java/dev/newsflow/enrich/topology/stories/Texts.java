package dev.newsflow.enrich.topology.stories;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;

/** Invented reports for the stories tests: two outlets' first reports of one earthquake, a follow-up, another event. */
final class Texts {

  static final String QUAKE_WIRE = "A magnitude 6.8 earthquake struck the mountainous north of Kyrgyzstan "
      + "on Monday, killing at least 14 people and damaging hundreds of homes near the town of Naryn, the emergency "
      + "ministry said. Rescue teams were searching collapsed buildings through the night.";
  static final String QUAKE_DAILY = "At least 14 people died when a powerful earthquake of magnitude 6.8 hit "
      + "northern Kyrgyzstan on Monday, officials in Naryn said, as rescuers dug through rubble of damaged homes. "
      + "The emergency ministry warned the death toll could rise.";
  static final String QUAKE_LATER = "Rescuers in northern Kyrgyzstan pulled two survivors from the rubble "
      + "on Tuesday as the death toll from Monday's magnitude 6.8 earthquake near Naryn rose to 21, the emergency "
      + "ministry said.";
  static final String CHIPS = "Lumentra, the Dutch chipmaker, said on Monday it would build a 4 billion euro "
      + "factory in Eindhoven, creating 1,200 jobs by 2029. Chief executive Marit de Vries said demand from car "
      + "makers justified the expansion.";

  private Texts() {}

  /** A TEXT article as {@code outlet} publishes it: its title field, its URL, fetched when it was published. */
  static RawArticle report(String id, String outlet, String title, String text, Instant publishedAt) {
    return RawArticle.newBuilder().setId(id).setSourceId(outlet).setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setTitle(title).setContent(text).setFetchedAt(publishedAt)
        .setUrl("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id).build();
  }
}
