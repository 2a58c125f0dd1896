package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {

    @Test
    void picksTwoDistinctFreePortsOnFirstStart() {
        PortAllocator.Ports ports = new PortAllocator().choose(null, null);
        assertNotEquals(ports.http(), ports.transport());
        assertTrue(PortAllocator.canBindLoopback(ports.http()));
        assertTrue(PortAllocator.canBindLoopback(ports.transport()));
    }

    @Test
    void neverPromisesAPortAnotherNodeOfTheClusterHolds() {
        PortAllocator allocator = new PortAllocator(port -> true);
        assertEquals(new PortAllocator.Ports(9202, 9302), allocator.choose(9202, 9302, java.util.Set.of(9201, 9301)));
        PortAllocator.Ports moved = allocator.choose(9201, 9302, java.util.Set.of(9201, 9301));
        assertNotEquals(9201, moved.http(), "node 1's remembered HTTP port is not given to another node");
        assertEquals(9302, moved.transport());
        assertTrue(PortAllocator.canBindLoopback(moved.http()));
    }

    @Test
    void reusesRememberedPortsWhenStillFree() {
        PortAllocator.Ports ports = new PortAllocator(port -> true).choose(9201, 9301);
        assertEquals(new PortAllocator.Ports(9201, 9301), ports);
    }

    @Test
    void replacesOnlyThePortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            assertFalse(PortAllocator.canBindLoopback(busy));

            PortAllocator.Ports httpTaken = new PortAllocator().choose(busy, freePort());
            assertNotEquals(busy, httpTaken.http());
            assertNotEquals(httpTaken.http(), httpTaken.transport());

            int http = freePort();
            PortAllocator.Ports transportTaken = new PortAllocator().choose(http, busy);
            assertEquals(http, transportTaken.http(), "a free HTTP port is kept so the URL stays the same");
            assertNotEquals(busy, transportTaken.transport());
            assertNotEquals(http, transportTaken.transport());
        }
    }

    @Test
    void neverReturnsTheSamePortTwice() {
        PortAllocator.Ports ports = new PortAllocator(port -> true).choose(9201, 9201);
        assertEquals(9201, ports.http());
        assertNotEquals(9201, ports.transport());
    }

    @Test
    void ignoresNonsensePorts() {
        PortAllocator.Ports ports = new PortAllocator(port -> true).choose(0, 70000);
        assertTrue(ports.http() > 0 && ports.http() <= 65535);
        assertTrue(ports.transport() > 0 && ports.transport() <= 65535);
        assertNotEquals(ports.http(), ports.transport());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
