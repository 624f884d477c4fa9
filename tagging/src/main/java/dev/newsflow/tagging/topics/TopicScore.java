package dev.newsflow.tagging.topics;

/** One ranked topic: the IPTC Media Topic code and label, a score in 0..1 and its rank (1 = best). */
public record TopicScore(String code, String label, double score, int rank) {}
