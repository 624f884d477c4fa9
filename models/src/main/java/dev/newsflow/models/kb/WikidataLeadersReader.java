package dev.newsflow.models.kb;

import static dev.newsflow.models.kb.Draft.FORMER_LEADER_PRIOR;
import static dev.newsflow.models.kb.Draft.PERSON_PRIOR;
import static dev.newsflow.models.kb.Draft.fold;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the Wikidata world-leaders snapshot ({@code wikidata-world-leaders/wikidata.csv}). */
final class WikidataLeadersReader {

  /** A Wikidata item id. */
  static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private WikidataLeadersReader() {}

  /**
   * Office holders by QID: the canonical name, the country, a higher prior while in office.
   *
   * @param countries the countries, to find the code of each row's country by one of their names
   */
  static Map<String, Draft> readLeaders(Path csv, Collection<Draft> countries) throws IOException {
    Map<String, String> countryCodes = new HashMap<>();
    countries.forEach(d -> d.aliases.forEach(a -> countryCodes.put(a, d.country)));
    Map<String, Draft> people = new TreeMap<>();
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
        .readValues(csv.toFile())) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String qid = row.getOrDefault("officeholder", "").strip();
        String label = row.getOrDefault("officeholderLabel", "").strip();
        if (!QID.matcher(qid).matches() || label.isEmpty() || label.equals(qid)) {
          continue;
        }
        String country = countryCodes.get(row.getOrDefault("country", "").replaceFirst("^Kingdom of (the )?", ""));
        boolean current = row.getOrDefault("end_year", "").isBlank();
        Draft d = people.computeIfAbsent(qid,
            q -> new Draft(q, Kind.PERSON, EntityType.PERSON, label, country, FORMER_LEADER_PRIOR));
        if (current) {
          d.prior = PERSON_PRIOR;
        }
        d.aliases.add(fold(label));
      }
    }
    return people;
  }
}
