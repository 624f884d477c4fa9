package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | The city council voted on Tuesday to close the old bridge for repairs, and traffic will be diverted.",
      "de | Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren und den Verkehr umzuleiten.",
      "fr | Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, et la circulation sera déviée.",
      "es | El ayuntamiento votó el martes cerrar el viejo puente para reparaciones y el tráfico será desviado.",
      "it | Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori, il traffico sarà deviato.",
      "pt | A câmara municipal votou na terça-feira o fecho da ponte velha para obras, e o trânsito será desviado.",
      "nl | De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel, het verkeer wordt omgeleid.",
      "pl | Rada miasta zagłosowała we wtorek za zamknięciem starego mostu na czas remontu, ruch zostanie objechany.",
      "ru | Городской совет во вторник проголосовал за закрытие старого моста на ремонт, движение будет перекрыто.",
      "uk | Міська рада у вівторок проголосувала за закриття старого мосту на ремонт, рух буде перенаправлено.",
      "ar | صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم للإصلاحات وسيتم تحويل حركة المرور",
      "tr | Belediye meclisi salı günü eski köprünün onarım için kapatılmasına karar verdi, trafik yönlendirilecek.",
      "ja | 市議会は火曜日、古い橋を修理のために閉鎖することを決議し、交通は迂回される予定だ。",
      "zh | 市议会周二投票决定关闭旧桥进行维修，交通将被改道。当局表示工程将持续三个月。",
      "ko | 시의회는 화요일 낡은 다리를 보수를 위해 폐쇄하기로 의결했으며 교통은 우회될 예정이다.",
      "el | Το δημοτικό συμβούλιο ψήφισε την Τρίτη το κλείσιμο της παλιάς γέφυρας για επισκευές.",
      "da | Regeringen vil hæve afgifterne på brændstof fra næste år, oplyser ministeriet.",
      "sv | Regeringen vill höja skatten på bränsle från nästa år, meddelar departementet.",
      "fi | Hallitus aikoo nostaa polttoaineveroa ensi vuonna, kertoo ministeriö.",
      "cs | Vláda chce od příštího roku zvýšit daně z pohonných hmot, uvedlo ministerstvo.",
      "ro | Guvernul va majora taxele pe combustibil de anul viitor, a anunțat ministerul.",
      "hu | A kormány jövőre emeli az üzemanyag adóját, közölte a minisztérium.",
      "vi | Chính phủ sẽ tăng thuế nhiên liệu từ năm tới, bộ tài chính cho biết.",
      "hi | सरकार अगले साल से ईंधन पर कर बढ़ाएगी, मंत्रालय ने कहा।",
      "id | Pemerintah akan menaikkan pajak bahan bakar mulai tahun depan, kata kementerian.",
      "he | מועצת העיר הצביעה ביום שלישי על סגירת הגשר הישן לצורך תיקונים והתנועה תוסט.",
  })
  void shouldDetectCommonNewsLanguages(String expected, String text) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @Test
  void shouldReturnNullForTooShortText() {
    assertThat(LanguageDetector.detect("Hello")).isNull();
    assertThat(LanguageDetector.detect("  ")).isNull();
    assertThat(LanguageDetector.detect(null)).isNull();
  }

  @Test
  void shouldReturnNullForDigitsAndPunctuationOnly() {
    assertThat(LanguageDetector.detect("12:30 — 14:45 / 2025-01-01 ... 99% (+3.5) 1,000,000 $$$ ###")).isNull();
  }

  @Test
  void shouldDecideOnTheOpeningOfALongText() {
    String english = "The harbour reopened after the storm and ferries resumed their crossings this morning. ";
    assertThat(LanguageDetector.detect(english.repeat(200))).isEqualTo("en");
  }
}
