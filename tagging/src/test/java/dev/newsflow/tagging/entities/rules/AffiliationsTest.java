package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

  private final Affiliations pattern = new Affiliations();

  @Test
  void shouldTakeTheWholeWordWhenTheRestIsANationality() {
    assertThat(find(pattern, "They held anti-French and Pro-Ukrainian banners."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("anti-French", EntityType.MISC, 0.7), tuple("Pro-Ukrainian", EntityType.MISC, 0.7));
  }

  @Test
  void shouldLeaveUnknownNamesAndOtherPrefixesAlone() {
    assertThat(find(pattern, "They held pro-Moldovan, semi-French and anti-war banners.")).isEmpty();
  }
}
