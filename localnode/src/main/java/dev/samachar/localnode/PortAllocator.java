package dev.samachar.localnode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Chooses the node's HTTP and transport ports. Ports remembered from an earlier start are kept when still
 * free, so the node's URL does not change between restarts; a port now taken by something else is replaced.
 */
final class PortAllocator {

    record Ports(int http, int transport) {}

    private final IntPredicate isFree;

    PortAllocator() {
        this(PortAllocator::canBindLoopback);
    }

    /** @param isFree test seam deciding whether a remembered port may be reused */
    PortAllocator(IntPredicate isFree) {
        this.isFree = isFree;
    }

    Ports choose(Integer previousHttp, Integer previousTransport) {
        return choose(previousHttp, previousTransport, Set.of());
    }

    /**
     * @param avoid ports promised to other nodes of the same cluster: free now, but not for long
     */
    Ports choose(Integer previousHttp, Integer previousTransport, Set<Integer> avoid) {
        int http = reusable(previousHttp, avoid) ? previousHttp : 0;
        int transport = reusable(previousTransport, avoid) && previousTransport != http ? previousTransport : 0;
        if (http == 0 || transport == 0) {
            Set<Integer> taken = new HashSet<>(avoid);
            taken.add(http);
            taken.add(transport);
            int[] fresh = freshPorts(taken);
            http = http == 0 ? fresh[0] : http;
            transport = transport == 0 ? fresh[1] : transport;
        }
        return new Ports(http, transport);
    }

    private boolean reusable(Integer port, Set<Integer> avoid) {
        return port != null && port > 0 && port <= 65535 && !avoid.contains(port) && isFree.test(port);
    }

    /**
     * Lets the OS hand out two ephemeral ports. Both sockets are held open together so the two ports differ,
     * and the ports already kept are avoided.
     */
    private static int[] freshPorts(Set<Integer> taken) {
        InetAddress loopback = ipv4Loopback();
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket a = new ServerSocket(0, 1, loopback);
                    ServerSocket b = new ServerSocket(0, 1, loopback)) {
                int pa = a.getLocalPort();
                int pb = b.getLocalPort();
                if (!taken.contains(pa) && !taken.contains(pb)) {
                    return new int[] {pa, pb};
                }
            } catch (IOException e) {
                throw new LocalNodeException("Cannot find a free local port on 127.0.0.1: " + IoErrors.describe(e), e);
            }
        }
        throw new LocalNodeException("Cannot find a free local port on 127.0.0.1");
    }

    /** Mirrors how Elasticsearch binds (127.0.0.1 with SO_REUSEADDR), so a port in TIME_WAIT still counts as free. */
    static boolean canBindLoopback(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(ipv4Loopback(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The node binds 127.0.0.1 explicitly; getLoopbackAddress() could be ::1 on IPv6-preferring JVMs. */
    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError("a 4-byte address is always valid", e);
        }
    }
}
