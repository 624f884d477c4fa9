package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | The council said on Tuesday that the bridge, which was built in 1890, will be closed for repairs and that"
          + " traffic from the north has to use the ring road. It is the second closure this year.",
      "de | Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren. Der Verkehr wird über"
          + " die Ringstraße umgeleitet, sagte eine Sprecherin der Stadt, und die Arbeiten sind auf drei Monate angelegt.",
      "fr | Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux. La circulation sera déviée"
          + " par le périphérique, a indiqué une porte-parole de la ville, et les travaux dureront trois mois.",
      "es | El ayuntamiento votó el martes cerrar el viejo puente para reparaciones. El tráfico será desviado por la"
          + " circunvalación, según una portavoz de la ciudad, y las obras durarán tres meses, como estaba previsto.",
      "it | Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori. Il traffico sarà deviato"
          + " sulla tangenziale, ha detto una portavoce della città, e i lavori dureranno tre mesi, come previsto. Il"
          + " sindaco ha spiegato che il ponte è stato costruito nel 1890 e che non è più sicuro per il traffico pesante.",
      "pt | A câmara municipal votou na terça-feira o fecho da ponte velha para obras. O trânsito será desviado pela"
          + " circular, disse uma porta-voz da cidade, e as obras vão durar três meses, como estava previsto.",
      "nl | De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel. Het verkeer wordt via de"
          + " ringweg omgeleid, zei een woordvoerster van de stad, en de werken duren naar verwachting drie maanden.",
  })
  void shouldNameTheLanguageOfProseDenseWithItsFunctionWords(String expected, String text) {
    assertThat(FunctionWords.clearLanguage(text)).isEqualTo(expected);
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ca | L'ajuntament va votar dimarts el tancament del pont vell per a obres. El trànsit es desviarà per la ronda,"
          + " segons una portaveu de la ciutat, i les obres duraran tres mesos, amb els talls previstos als matins.",
      "gl | O concello votou o martes o peche da ponte vella para obras. O tráfico será desviado pola circunvalación,"
          + " segundo unha voceira da cidade, e as obras durarán tres meses, coa estrada pechada polo día.",
      "da | Byrådet besluttede tirsdag at lukke den gamle bro for reparationer, og trafikken ledes om ad ringvejen."
          + " Det oplyser en talskvinde for kommunen, som ikke venter at arbejdet varer mere end tre måneder.",
      "sv | Kommunfullmäktige beslutade på tisdagen att stänga den gamla bron för reparationer, och trafiken leds om"
          + " via ringleden. Det meddelar en talesperson för staden, som inte väntar sig att arbetet tar mer än tre månader.",
      "af | Die stadsraad het Dinsdag besluit om die ou brug vir herstelwerk te sluit, en die verkeer word oor die"
          + " ringpad omgelei. Hulle sê die werk sal nie langer as drie maande duur nie.",
  })
  void shouldLeaveCloseRelativesToTheModel(String language, String text) {
    assertThat(FunctionWords.clearLanguage(text)).as("relative %s", language).isNull();
  }

  @Test
  void shouldLeaveThinOrMixedTextToTheModel() {
    assertThat(FunctionWords.clearLanguage("Paris Saint-Germain 3 Olympique Lyonnais 1 (Mbappé 12, 54, Neymar 80)"))
        .isNull();
    assertThat(FunctionWords.clearLanguage("The bridge is closed.")).as("too few words").isNull();
    assertThat(FunctionWords.clearLanguage("The mayor said that the bridge will be closed, and der Stadtrat hat die"
        + " Brücke für den Verkehr gesperrt, sagte die Sprecherin, und die Arbeiten sind nicht beendet.")).isNull();
    assertThat(FunctionWords.clearLanguage("")).isNull();
  }
}
