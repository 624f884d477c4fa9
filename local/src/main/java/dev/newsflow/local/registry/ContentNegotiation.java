package dev.newsflow.local.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Confluent's media types: what the registry answers in (by the client's {@code Accept}) and what request
 * bodies it reads (by {@code Content-Type}). Answers come as {@code application/vnd.schemaregistry.v1+json}
 * (server quality 1), {@code application/vnd.schemaregistry+json} (0.9) or {@code application/json} (0.5);
 * among the types the client accepts, its highest {@code q} wins, then the server's quality, as JAX-RS
 * servers choose. Bodies may be any of those three or {@code application/octet-stream}. Stateless.
 */
final class ContentNegotiation {

  static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  static final String REGISTRY_JSON = "application/vnd.schemaregistry+json";
  static final String JSON = "application/json";
  private static final List<String> PRODUCED = List.of(V1_JSON, REGISTRY_JSON, JSON);
  private static final List<String> CONSUMED = List.of(V1_JSON, REGISTRY_JSON, JSON, "application/octet-stream");

  private ContentNegotiation() {
  }

  /** One range of an Accept header: {@code type/subtype} (either may be {@code *}) and its q. */
  private record Range(String type, String subtype, double q) {
    /** How well the range names the media type: 2 exactly, 1 by type, 0 by wildcard, -1 not at all. */
    int specificity(String mediaType) {
      String[] parts = mediaType.split("/");
      if (type.equals("*")) {
        return subtype.equals("*") ? 0 : -1;
      }
      if (!type.equals(parts[0])) {
        return -1;
      }
      if (subtype.equals("*")) {
        return 1;
      }
      return subtype.equals(parts[1]) ? 2 : -1;
    }
  }

  /**
   * The media type to answer in, given the request's Accept header values (none or blank: accept anything);
   * empty when the client accepts none of ours (406).
   */
  static Optional<String> responseType(List<String> acceptHeaders) {
    List<Range> ranges = new ArrayList<>();
    boolean any = false;
    for (String header : acceptHeaders == null ? List.<String>of() : acceptHeaders) {
      for (String part : header.split(",")) {
        if (!part.isBlank()) {
          any = true;
          parse(part).ifPresent(ranges::add);
        }
      }
    }
    if (!any) {
      return Optional.of(V1_JSON);
    }
    String best = null;
    double bestQ = 0;
    for (String produced : PRODUCED) {
      // The most specific range naming the type decides its q; PRODUCED's order breaks ties.
      double q = ranges.stream()
          .filter(r -> r.specificity(produced) >= 0)
          .max((a, b) -> Integer.compare(a.specificity(produced), b.specificity(produced)))
          .map(Range::q)
          .orElse(0.0);
      if (q > bestQ) {
        best = produced;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a body of this Content-Type is read; a request without one is. */
  static boolean readsRequestType(String contentTypeOrNull) {
    if (contentTypeOrNull == null || contentTypeOrNull.isBlank()) {
      return true;
    }
    String mediaType = contentTypeOrNull.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return CONSUMED.contains(mediaType);
  }

  /** Parses one range, e.g. {@code application/json;q=0.5}; empty when malformed. */
  private static Optional<Range> parse(String part) {
    String[] pieces = part.split(";");
    String[] type = pieces[0].trim().toLowerCase(Locale.ROOT).split("/");
    if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
      return Optional.empty();
    }
    double q = 1.0;
    for (int i = 1; i < pieces.length; i++) {
      String[] param = pieces[i].trim().split("=", 2);
      if (param.length == 2 && param[0].trim().equalsIgnoreCase("q")) {
        try {
          q = Double.parseDouble(param[1].trim());
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return q < 0 || q > 1 ? Optional.empty() : Optional.of(new Range(type[0], type[1], q));
  }
}
