package dev.newsflow.tagging.entities;

/** The kinds of entity, CoNLL's four plus EVENT. Same names as the wire contract's {@code EntityType}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  EVENT,
  MISC
}
