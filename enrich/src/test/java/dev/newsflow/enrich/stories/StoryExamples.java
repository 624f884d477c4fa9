package dev.newsflow.enrich.stories;

import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Invented articles for the story tests: a few events told by several outlets, and unrelated background news. */
final class StoryExamples {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private StoryExamples() {}

  static long at(Duration afterMonday) {
    return MONDAY.plus(afterMonday).toEpochMilli();
  }

  static Entity entity(String name, EntityType type, String kbId, double salience) {
    return Entity.newBuilder().setName(name).setType(type).setKbId(kbId).setMentions(1).setSalience(salience)
        .setSpans(List.of()).build();
  }

  static Entity place(String name, double salience) {
    return entity(name, EntityType.LOCATION, null, salience);
  }

  static Entity org(String name, double salience) {
    return entity(name, EntityType.ORGANIZATION, null, salience);
  }

  static Topic topic(String code, String label, int rank) {
    return Topic.newBuilder().setCode(code).setLabel(label).setScore(0.9).setRank(rank).build();
  }

  static StoryArticle article(String id, String outlet, long time, String title, String lead, Entity... entities) {
    return new StoryArticle(id, title, lead, outlet, time, List.of(entities), List.of(), null);
  }

  /** Unrelated news of the same days, so that document frequencies look like a stream's. */
  static List<StoryArticle> background() {
    String[][] items = {
        {"Central bank holds interest rates steady", "The central bank kept its benchmark rate unchanged, citing "
            + "easing inflation and a cooling labour market."},
        {"Storm warning issued for coastal districts", "Forecasters warned of gale-force winds and heavy rain along "
            + "the coast, and ferry services were cancelled."},
        {"Veteran striker signs for second-division club", "The 34-year-old forward agreed a one-season contract "
            + "after leaving his previous club in the summer."},
        {"Museum returns looted bronze sculptures", "Curators handed back twelve bronze figures taken during the "
            + "colonial era in a ceremony attended by ministers."},
        {"Chipmaker posts record quarterly profit", "Strong demand for data-centre processors lifted revenue by a "
            + "third, beating analysts' expectations."},
        {"Heatwave pushes electricity demand to a peak", "Grid operators asked households to cut use in the "
            + "evening as temperatures passed forty degrees."},
        {"Novelist wins literary prize for debut", "The judges praised the book's portrait of a fishing village "
            + "and its language."},
        {"Teachers vote to strike over pay", "Union members backed walkouts next month after talks with the "
            + "education ministry broke down."},
        {"Space agency delays lunar lander launch", "Engineers found a fuel valve fault during final checks, "
            + "pushing the launch back by at least two weeks."},
        {"Airline cancels flights after software outage", "Thousands of passengers were stranded as check-in "
            + "systems failed at several airports."},
        {"Farmers protest against fuel tax rise", "Tractors blocked roads into the capital as farmers demanded "
            + "the government scrap the planned increase."},
        {"Hospital opens new cancer treatment wing", "The unit will treat up to two hundred patients a day and "
            + "cut waiting times, the health authority said."},
    };
    List<StoryArticle> articles = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      articles.add(article("bg" + i, "outlet" + (i % 4), at(Duration.ofHours(i)), items[i][0], items[i][1]));
    }
    return articles;
  }

  static StoryArticle bridgeFirst() {
    return article("bridge-1", "Northport Herald", at(Duration.ofHours(20)),
        "Bridge collapses in Northport, injuring twelve",
        "A road bridge over the Ferrin River in Northport collapsed on Tuesday morning, sending three cars into "
            + "the water and injuring twelve people, city officials said.",
        place("Northport", 0.6), place("Ferrin River", 0.4));
  }

  static StoryArticle bridgeOtherOutlet() {
    return article("bridge-2", "Daily Courier", at(Duration.ofHours(23)),
        "Twelve hurt as Northport river bridge gives way",
        "Twelve people were hurt when the Ferrin River bridge in Northport gave way during rush hour, dropping "
            + "cars into the river. Engineers had flagged cracks in the bridge last year.",
        place("Northport", 0.5), place("Ferrin River", 0.5));
  }

  static StoryArticle bridgeFollowUp(Duration later) {
    return article("bridge-3", "Evening Post", at(Duration.ofHours(20).plus(later)),
        "Northport bridge collapse blamed on corroded cables",
        "Investigators looking into the collapse of the Ferrin River bridge in Northport said corroded support "
            + "cables caused the failure that injured twelve people.",
        place("Northport", 0.5), place("Ferrin River", 0.4));
  }

  /** The same city the same week, a different event. */
  static StoryArticle northportBudget() {
    return article("budget-1", "Northport Herald", at(Duration.ofDays(2)),
        "Northport council approves school budget",
        "Northport city council approved a budget that raises school spending by four percent and hires "
            + "forty teachers, after a three-hour debate.",
        place("Northport", 0.8), org("Northport City Council", 0.5));
  }
}
