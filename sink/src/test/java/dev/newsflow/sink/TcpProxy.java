package dev.newsflow.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy for outage tests: forwards a local port to a target; {@link #cut()} closes every connection and
 * stops listening (clients see resets, then refused connections), {@link #restore()} listens again on the same
 * port. The target server itself is never touched. Thread-safe.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    ServerSocket first = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    this.port = first.getLocalPort();
    listen(first);
  }

  public int port() {
    return port;
  }

  /** Drops all connections and refuses new ones until {@link #restore()}. */
  public synchronized void cut() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  public synchronized void restore() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
    listen(again);
  }

  private void listen(ServerSocket socket) {
    server = socket;
    Thread acceptor = new Thread(() -> acceptAll(socket), "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void acceptAll(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        sockets.add(client);
        Socket upstream;
        try {
          upstream = new Socket(targetHost, targetPort);
        } catch (IOException e) {
          closeQuietly(client);
          continue;
        }
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // closed by cut() or close(), or the target refused: the client sees its connection fail
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
