package dev.newsflow.tagging.entities.rules;

import static dev.newsflow.tagging.entities.rules.RuleFixture.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import org.junit.jupiter.api.Test;

class ProductNamesTest {

  private final ProductNames rule = new ProductNames();

  @Test
  void shouldTakeAMakerWithAModelNumberOrCodeAsOneProduct() {
    assertThat(find(rule, "Sales of the Samsung Galaxy Z9 and the Apple iPad Nano 4 rose, and a Boeing 797 landed."))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Samsung Galaxy Z9", EntityType.MISC, 0.75),
            tuple("Apple iPad Nano 4", EntityType.MISC, 0.75), tuple("Boeing 797", EntityType.MISC, 0.75));
  }

  @Test
  void shouldLeaveAMakerWithoutAModelNumberOrCode() {
    assertThat(find(rule, "Samsung Chief Executive Lee spoke. Apple in 2027 will grow. Actor Harrison Ford 3 "
        + "times won. Toyota shares rose.")).isEmpty();
  }

  @Test
  void shouldTellModelCodesFromYearsAndWords() {
    assertThat(ProductNames.isNumber("797")).isTrue();
    assertThat(ProductNames.isNumber("2027")).isFalse();
    assertThat(ProductNames.isCode("Z9")).isTrue();
    assertThat(ProductNames.isCode("X")).isTrue();
    assertThat(ProductNames.isCode("Galaxy")).isFalse();
    assertThat(ProductNames.isCamel("iPad")).isTrue();
    assertThat(ProductNames.isCamel("ipad")).isFalse();
  }

  @Test
  void shouldReadModelCodesWithHyphensAndSuffixesButNotQuarters() {
    assertThat(ProductNames.isCode("777-9F")).isTrue();
    assertThat(ProductNames.isCode("A321neo")).isTrue();
    assertThat(ProductNames.isCode("P9+")).isTrue();
    assertThat(ProductNames.isCode("Q3")).isFalse();
    assertThat(ProductNames.isCode("H1")).isFalse();
    assertThat(ProductNames.isCode("neo321")).isFalse();
  }

  @Test
  void shouldTakeTheModelAloneAfterTheMakersPossessive() {
    assertThat(find(rule, "Players bought Sony's PlayStation 7 and a Boeing 777-9F flew; Apple's Q3 results came."))
        .extracting(Mention::text)
        .containsExactly("PlayStation 7", "Boeing 777-9F");
  }
}
