package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstMatchTest {

  @Test
  void shouldTryThePatternsInOrderAndLetTheFirstMatchEndTheTurn() {
    List<String> tried = new ArrayList<>();
    FirstMatch.Alternative first = (s, i, out) -> {
      tried.add("first@" + i);
      return i == 1 ? i : -1;
    };
    FirstMatch.Alternative second = (s, i, out) -> {
      tried.add("second@" + i);
      return -1;
    };
    find(new FirstMatch(first, second), "one two three");
    assertThat(tried).containsExactly("first@0", "second@0", "first@1", "first@2", "second@2");
  }

  @Test
  void shouldGoOnAfterTheTokensAMatchUsed() {
    List<Integer> tried = new ArrayList<>();
    FirstMatch.Alternative skipTwo = (s, i, out) -> {
      tried.add(i);
      return i == 0 ? 2 : -1;
    };
    find(new FirstMatch(skipTwo), "one two three four");
    assertThat(tried).containsExactly(0, 3);
  }

  @Test
  void shouldKeepAnOrganisationHeadFromBeingCutShortByASuffix() {
    FirstMatch kindWords = new FirstMatch(new HeadedOrganisations(), SuffixedNames.ORGANISATIONS);
    assertThat(find(kindWords, "Members of the University of Oxford Union voted."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("University of Oxford Union", EntityType.ORGANIZATION));
    assertThat(find(SuffixedNames.ORGANISATIONS, "Members of the University of Oxford Union voted."))
        .extracting(Mention::text).containsExactly("Oxford Union");
  }
}
