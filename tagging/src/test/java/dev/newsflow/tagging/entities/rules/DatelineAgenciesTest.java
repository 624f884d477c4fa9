package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class DatelineAgenciesTest {

  private final DatelineAgencies rule = new DatelineAgencies();

  @Test
  void shouldTakeTheAgencyInADatelinesBrackets() {
    assertThat(find(rule, "KESTREL BAY, May 3 (Harbor Wire) -\nARNVIK (Tidal News Service) - The port reopened."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Harbor Wire", EntityType.ORGANIZATION),
            tuple("Tidal News Service", EntityType.ORGANIZATION));
  }

  @Test
  void shouldLeaveBracketsInProseAndLinesWithoutACapitalPlace() {
    assertThat(find(rule, "Kestrel Bay (Harbor Wire) - the port reopened.")).isEmpty();
    assertThat(find(rule, "ARNVIK council (Harbor Wire) said on Monday it would reopen the port.")).isEmpty();
    assertThat(find(rule, "ARNVIK, May 3 (a quiet day) -")).isEmpty();
  }
}
