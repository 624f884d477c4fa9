package dev.newsflow.local.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks free TCP ports by letting the OS choose; stateless and thread-safe. */
final class FreePorts {

  private FreePorts() {
  }

  /**
   * Returns {@code count} distinct ports free on {@code host} right now. All sockets are held open until every
   * port is chosen, so the OS cannot hand out the same port twice.
   */
  static int[] pick(String host, int count) {
    ServerSocket[] sockets = new ServerSocket[count];
    try {
      InetAddress address = InetAddress.getByName(host);
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, address);
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pick a free port on " + host, e);
    } finally {
      for (ServerSocket socket : sockets) {
        closeQuietly(socket);
      }
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was bound to it but us; the port is released either way
    }
  }
}
