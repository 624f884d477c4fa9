package dev.newsflow.testkit;

import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the shared {@link TestCluster} into test constructors, test methods and lifecycle
 * methods ({@code @BeforeAll static void setUp(TestCluster cluster)}):
 *
 * <pre>{@code
 * @ExtendWith(NewsflowClusterExtension.class)
 * class PublisherIT {
 *   @Test
 *   void shouldPublishArticle(TestCluster cluster) { ... }
 * }
 * }</pre>
 *
 * <p>All test classes of a JVM get the same cluster ({@link TestClusters#shared()}), started when a test first asks
 * for it. It is kept in the root extension store, so JUnit closes it when the whole run ends. Tests sharing it should
 * use their own topic names and consumer groups. Stateless and thread-safe.
 */
public final class NewsflowClusterExtension implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(NewsflowClusterExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == TestCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return cluster(extensionContext);
  }

  /** The shared cluster, for extensions or tests that have an {@link ExtensionContext} but no parameter. */
  public static TestCluster cluster(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedCluster.class, key -> new SharedCluster(TestClusters.shared()), SharedCluster.class)
        .cluster();
  }

  /** The store closes AutoCloseable values when the root context (the whole test run) ends. */
  private record SharedCluster(TestCluster cluster) implements AutoCloseable {

    @Override
    public void close() {
      TestClusters.closeShared();
    }
  }
}
