/**
 * Test support shared by the modules' tests: a {@link dev.newsflow.testkit.TestCluster} (Kafka
 * plus Schema Registry), embedded or in containers, and the JUnit 5
 * {@link dev.newsflow.testkit.NewsflowClusterExtension} that hands one shared cluster to test methods;
 * for unit tests of topologies, the {@link dev.newsflow.testkit.TopologyHarness} around Kafka's test driver, and
 * {@link dev.newsflow.testkit.FixedKeyMockContext} to test a fixed-key processor alone.
 * JUnit Jupiter API and Testcontainers are optional dependencies of this module: users add them in test scope.
 */
package dev.newsflow.testkit;
