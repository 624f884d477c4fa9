package dev.newsflow.tagging.entities.model;

import opennlp.tools.ml.model.Context;

/**
 * The model weights of every feature one word contributes wherever the feature plan reads it: per emission of the
 * {@link FeaturePlan} that reads a word (word, word class, prefixes, suffixes, gazetteer word), the known features in
 * OpenNLP's order; and its pairing with each previous outcome. Features the model never saw are left out.
 * Immutable.
 *
 * @param id the decoder's number for the word (keys its word-pair cache)
 * @param wordClass index of the word's class (capitalised, all caps, number, ...)
 * @param perEmission known features per plan emission; null for emissions that do not read the word
 * @param afterOutcome "pow=&lt;outcome&gt;,&lt;word&gt;" per previous outcome (null entries: unknown)
 */
record WordFeatures(int id, int wordClass, Context[][] perEmission, Context[] afterOutcome) {}
