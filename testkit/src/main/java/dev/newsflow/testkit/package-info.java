/**
 * Test support shared by the modules' integration tests: a {@link dev.newsflow.testkit.TestCluster} (Kafka
 * plus Schema Registry), embedded or in containers, and the JUnit 5
 * {@link dev.newsflow.testkit.NewsflowClusterExtension} that hands one shared cluster to test methods.
 * JUnit Jupiter API and Testcontainers are optional dependencies of this module: users add them in test scope.
 */
package dev.newsflow.testkit;
