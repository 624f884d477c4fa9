package dev.newsflow.local.registry;

import java.util.List;

/** Confluent's {@code offset} and {@code limit} on list answers: skip, then take (a limit below 1 takes all). */
final class Paging {

  private Paging() {
  }

  static <T> List<T> page(ApiRequest request, List<T> all) {
    int offset = Math.max(0, request.integer("offset", 0));
    int limit = request.integer("limit", -1);
    if (offset >= all.size()) {
      return List.of();
    }
    int end = limit < 1 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
    return all.subList(offset, end);
  }
}
