package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.extract.meta.TextDates.Order;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19: dates as pages write them in text, in the major news languages (invented snippets). */
class TextDatesTest {

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // numeric, day first by the dot or a day over 12
      "Veröffentlicht am 16.03.2020, 08:15 Uhr   | de | 2020-03-16",
      "Donnerstag, 5.3.2020                      | de | 2020-03-05",
      "25/03/2020 - 04:30                        | pt | 2020-03-25",
      "3/25/2020 4:30 PM                         | en | 2020-03-25",
      "16-03-2020                                | nl | 2020-03-16",
      // year first, CJK and Korean
      "2020-03-16 20:29:58                       | zh | 2020-03-16",
      "2020/3/16 01:10                           | ja | 2020-03-16",
      "2020年3月16日 10:30                        | ja | 2020-03-16",
      "发布时间：2020年03月16日                     | zh | 2020-03-16",
      "입력 2020년 3월 16일 오후 2:30              | ko | 2020-03-16",
      "2020. 3. 16. 14:30                        | ko | 2020-03-16",
      // month names
      "March 16, 2020                            | en | 2020-03-16",
      "Posted on 16th March 2020                 | en | 2020-03-16",
      "Montag, 16. März 2020                     | de | 2020-03-16",
      "16. Maerz 2020                            | -  | -",
      "le 16 mars 2020 à 08h15                   | fr | 2020-03-16",
      "16 février 2020                           | fr | 2020-02-16",
      "lunes 16 de marzo de 2020                 | es | 2020-03-16",
      "16 marzo 2020                             | it | 2020-03-16",
      "16 de março de 2020                       | pt | 2020-03-16",
      "16 maart 2020                             | nl | 2020-03-16",
      "16 marca 2020                             | pl | 2020-03-16",
      "16 марта 2020, 10:15                      | ru | 2020-03-16",
      "16 березня 2020                           | uk | 2020-03-16",
      "16 Mart 2020 Pazartesi                    | tr | 2020-03-16",
      "16 Ağustos 2020                           | tr | 2020-08-16",
      "16 مارس 2020                              | ar | 2020-03-16",
      "16 آذار 2020                              | ar | 2020-03-16",
      "١٦ مارس ٢٠٢٠                              | ar | 2020-03-16",
      "2020. március 16.                         | hu | 2020-03-16",
      "Sept. 16, 2020                            | en | 2020-09-16",
      // not dates
      "ISBN 978-3-16-148410-0                    | de | -",
      "31.02.2020                                | de | -",
      "16 Leute 2020                             | de | -",
      "Seite 3 von 12                            | de | -",
  })
  void shouldReadTheDayInEachShapeAndLanguage(String text, String language, String expected) {
    LocalDate day = TextDates.find(text, language, "en".equals(language) ? Order.MONTH_FIRST : Order.DAY_FIRST);
    assertThat(day).isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "04/03/2020 | DAY_FIRST   | 2020-03-04",
      "04/03/2020 | MONTH_FIRST | 2020-04-03",
      "04.03.2020 | MONTH_FIRST | 2020-03-04",
  })
  void shouldReadAmbiguousNumericDatesInThePagesOrder(String text, Order order, String expected) {
    assertThat(TextDates.find(text, null, order)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "25/03/2020 | DAY_FIRST",
      "03/25/2020 | MONTH_FIRST",
      "03/04/2020 | -",
      "25.03.2020 | -",
  })
  void shouldTellTheOrderFromUnambiguousDates(String text, Order expected) {
    assertThat(TextDates.evidence(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "listopad | pl | 11",
      "listopad | hr | 10",
      "listopad | -  | 0",
      "März     | de | 3",
      "marz     | -  | 3",
      "Sept.    | en | 9",
      "mayo     | es | 5",
      "haziran  | tr | 6",
      "ma       | -  | 0",
  })
  void shouldKnowMonthNamesAndLeaveAmbiguousOnesToThePagesLanguage(String word, String language, int month) {
    assertThat(MonthTable.get().month(word, language)).isEqualTo(month);
  }

  /** The generated table still agrees with the JDK's locale data it was made from. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "ar"})
  void shouldKnowEveryMonthNameTheJdkKnows(String language) {
    Locale locale = Locale.forLanguageTag(language);
    for (Month month : Month.values()) {
      for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
        assertThat(MonthTable.get().month(month.getDisplayName(style, locale), language)).as("%s %s", month, style)
            .isEqualTo(month.getValue());
      }
    }
  }
}
