package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class NamesWithCountriesTest {

  private final NamesWithCountries rule = new NamesWithCountries();

  @Test
  void shouldTakeANameBeforeACountryOrNationalityInBrackets() {
    assertThat(find(rule, "1. Luc Moreau (France) 1:02.5\n2. Anna Berg (French) 1:03.1"))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Luc Moreau", EntityType.PERSON, 0.75), tuple("Anna Berg", EntityType.PERSON, 0.75));
  }

  @Test
  void shouldNeedTwoWordsAndACountry() {
    assertThat(find(rule, "1. Moreau (France) 1:02.5")).isEmpty();
    assertThat(find(rule, "2. Anna Berg (Reading) 1:03.1")).isEmpty(); // a town in brackets is not a country
    assertThat(find(rule, "3. Anna Berg () 1:03.1")).isEmpty();
  }
}
