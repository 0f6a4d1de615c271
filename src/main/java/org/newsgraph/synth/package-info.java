/**
 * Synthetic defence-news articles for benchmarks and load tests, built from the reference knowledge base and the
 * trigger lexicons under {@code ontology/}. Every file is labelled synthetic on its first line.
 */
package org.newsgraph.synth;
